#!/usr/bin/env python3
"""check-escape-go.py - govm's escape decisions against real gc's.

usage: scripts/check-escape-go.py GOVM FILE.go...
       scripts/check-escape-go.py --annotate FILE.go

The first form builds each file with real Go, `go build -gcflags='-m -l'`
(escape analysis without inlining, which govm does not do), and with
`GOVM build -m`, and compares the two sets of decisions: every "moved to
heap", "escapes to heap", "does not escape" and "leaking param" line, by
position and message. gc prints a message twice when two locations at one
position decide the same (a value and its interface conversion); govm
prints it once, so both sides are compared as sets.

A disagreement on a line that carries a `// govm differs: <why>` comment is
expected (and reported as such); any other fails the check. Prints, per
file and in total, how many of gc's decisions govm matched.

`--annotate` prints FILE.go with gc's messages appended to their lines as
errorcheck annotations (`// ERROR "moved to heap: x"`), the way the files
of tests/escape were first written; review before keeping.

Exit status: 0 agreement, 1 unexplained disagreement, 2 usage or setup
error (no `go` on PATH is one: the check needs the oracle).
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 120
DECISION = re.compile(r"moved to heap|escapes to heap|does not escape|leaking param")
LINE = re.compile(r"^(?:\./)?(.+?):(\d+):(\d+): (.*)$")
DIFFERS = re.compile(r"//\s*govm differs:")


def decisions(output, filename, everything=False):
    """The set of (line, col, message) escape decisions in -m output (with
    everything, every message: "f ignoring self-assignment in ..." too)."""
    out = set()
    for text in output.splitlines():
        m = LINE.match(text)
        if m and os.path.basename(m.group(1)) == filename and (everything or DECISION.search(m.group(4))):
            out.add((int(m.group(2)), int(m.group(3)), m.group(4)))
    return out


def run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    return r.returncode, r.stdout.decode("utf-8", "replace") + r.stderr.decode("utf-8", "replace")


def gc_decisions(path, work, everything=False):
    filename = os.path.basename(path)
    env_cmd = ["go", "build", "-gcflags=-m -l", "-o", os.devnull, filename]
    rc, out = run(env_cmd, work)
    if rc != 0:
        raise RuntimeError(f"go build failed ({rc}):\n{out}")
    return decisions(out, filename, everything)


def check_file(govm, path):
    """Returns (matched, gc_total, unexplained failures, expected differences)."""
    filename = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    differs = {i + 1 for i, text in enumerate(lines) if DIFFERS.search(text)}
    with tempfile.TemporaryDirectory(prefix="escape-go.") as work:
        shutil.copyfile(path, os.path.join(work, filename))
        with open(os.path.join(work, "go.mod"), "w") as f:
            f.write("module escapecheck\n\ngo 1.19\n")
        gc = gc_decisions(path, work)
        rc, out = run([govm, "build", "-m", filename], work)
        if rc != 0:
            return 0, len(gc), [f"govm build -m exited with status {rc}:\n{out}"], []
        ours = decisions(out, filename)
    failures, expected = [], []
    for line, col, msg in sorted(gc - ours):
        (expected if line in differs else failures).append(f"{filename}:{line}:{col}: gc says {msg!r}, govm does not")
    for line, col, msg in sorted(ours - gc):
        (expected if line in differs else failures).append(f"{filename}:{line}:{col}: govm says {msg!r}, gc does not")
    return len(gc & ours), len(gc), failures, expected


def quote(msg):
    """A message as an errorcheck regexp: Go's syntax, read by Python's re."""
    # run-errors.py reads "..." without escapes: a quote becomes '.'.
    return re.sub(r'([\\\[\]()*+?^$|])', r"\\\1", msg).replace('"', ".")


def annotate(path):
    filename = os.path.basename(path)
    with tempfile.TemporaryDirectory(prefix="escape-go.") as work:
        shutil.copyfile(path, os.path.join(work, filename))
        with open(os.path.join(work, "go.mod"), "w") as f:
            f.write("module escapecheck\n\ngo 1.19\n")
        gc = gc_decisions(path, work, everything=True)
    by_line = {}
    for line, col, msg in sorted(gc):
        by_line.setdefault(line, []).append(msg)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for i, text in enumerate(lines, start=1):
        if i in by_line:
            text = re.sub(r"\s*// ERROR.*$", "", text)
            text += " // ERROR " + " ".join(f'"{quote(m)}"' for m in by_line[i])
        lines[i - 1] = text
    sys.stdout.write("\n".join(lines))


def main(argv):
    if len(argv) == 3 and argv[1] == "--annotate":
        annotate(argv[2])
        return 0
    if len(argv) < 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    if shutil.which("go") is None:
        print("check-escape-go: `go` is not on PATH; this check compares with real gc and needs it", file=sys.stderr)
        return 2
    govm = os.path.abspath(argv[1])
    total_matched = total_gc = 0
    all_failures = []
    for path in argv[2:]:
        try:
            matched, gc_total, failures, expected = check_file(govm, path)
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as e:
            print(f"check-escape-go: {path}: {e}", file=sys.stderr)
            return 2
        total_matched += matched
        total_gc += gc_total
        status = "FAIL" if failures else "ok"
        print(f"{status} {os.path.basename(path)}: govm agrees with gc on {matched} of {gc_total} decisions"
              + (f", {len(expected)} known differences" if expected else ""))
        for f in failures:
            print("  " + f)
        for f in expected:
            print("  (govm differs, as annotated) " + f)
        all_failures += failures
    if len(argv) > 3:
        print(f"total: {total_matched} of {total_gc} gc decisions matched, {len(all_failures)} unexplained differences")
    return 1 if all_failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
