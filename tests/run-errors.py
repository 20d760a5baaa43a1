#!/usr/bin/env python3
"""run-errors.py - check govm's compile errors against a file's annotations.

usage: tests/run-errors.py GOVM path/to/FILE.go

The annotations follow Go's test/ convention (test/run.go, "errorcheck"):

    x := 1 << s  // ERROR "invalid shift"
    y := z       // ERROR "undefined: z" "declared and not used"

Each quoted string (taken verbatim, no Go unquoting; "LINE" stands for the
annotation's own line number, "LINE+n"/"LINE-n" for lines near it) is a
regular expression (Go's syntax, which for these purposes is Python's `re`)
that must match, with re.search, the message of at least one diagnostic
reported on that line; every diagnostic the regexp matches is accounted for.
A diagnostic on any line that no regexp of that line matches is unexpected.
Both failures are reported, all of them, and the test fails.

The file is copied into a temporary directory and built there as
`GOVM build [FLAGS] FILE.go`, so diagnostics name it `FILE.go` and nothing is
written beside the source. FLAGS come from an optional first line
`// errorcheck FLAGS` (e.g. `// errorcheck -m` to check escape decisions,
printed as diagnostics in gc's `-m` format).

Exit status of the build: 1 when the file carries ERROR annotations, 0 when it
carries none; with -m in FLAGS (decisions are not errors) 0 or 1 is accepted.
Diagnostics are read from stderr (and stdout, for -m) as gc prints them:
`FILE:LINE:COL: message`, a message continuing on following lines that start
with a tab (joined to it with "\\n"); a "# package" header line and a final
"too many errors" line are allowed and ignored.

Exit status of this script: 0 pass, 1 mismatch, 2 usage or setup error.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = int(os.environ.get("ERRORS_TIMEOUT", "60"))

# `// ERROR "rx" "rx"...` or `/* ERROR "rx" */`; GC_ERROR is gc's own variant.
ANNOTATION = re.compile(r"(?://|/\*)\s*(?:GC_)?ERROR\b(.*)")
QUOTED = re.compile(r'"([^"]*)"')
LINE_REF = re.compile(r"LINE(?:([+-])(\d+))?")
DIAG = re.compile(r"^(.+?):(\d+)(?::(\d+))?: (.*)$")


class Expectation:
    def __init__(self, line, pattern):
        self.line = line
        self.pattern = pattern
        self.regex = None


def read_annotations(source):
    """Returns (flags, expectations, problems)."""
    lines = source.split("\n")
    flags = []
    if lines and lines[0].startswith("// errorcheck"):
        flags = lines[0][len("// errorcheck"):].split()
    wants, problems = [], []
    for number, text in enumerate(lines, start=1):
        m = ANNOTATION.search(text)
        if not m:
            continue
        quoted = QUOTED.findall(m.group(1))
        if not quoted:
            problems.append(f"line {number}: ERROR annotation without a \"quoted\" regexp: {text.strip()!r}")
        for raw in quoted:
            pattern = LINE_REF.sub(lambda r: str(number + (int(r.group(2)) * (-1 if r.group(1) == "-" else 1) if r.group(1) else 0)), raw)
            want = Expectation(number, pattern)
            try:
                want.regex = re.compile(pattern)
            except re.error as e:
                problems.append(f"line {number}: bad regexp {raw!r}: {e}")
                continue
            wants.append(want)
    return flags, wants, problems


def parse_diagnostics(output, filename):
    """Returns (diagnostics as (line, col, message), unparsed lines)."""
    diags, unparsed = [], []
    for text in output.split("\n"):
        if text == "":
            continue
        if text.startswith("\t") and diags:
            line, col, msg = diags[-1]
            diags[-1] = (line, col, msg + "\n" + text)
            continue
        # Go's test/run.go leaves out the package header gc prints
        # ("# command-line-arguments") and "go tool"/"go:" lines.
        if text == "too many errors" or text.startswith(("#", "go tool", "go: ")):
            continue
        m = DIAG.match(text)
        if m and os.path.basename(m.group(1)) == filename:
            diags.append((int(m.group(2)), int(m.group(3) or 0), m.group(4)))
        else:
            unparsed.append(text)
    return diags, unparsed


def check(wants, diags):
    """Go's errorcheck: each regexp must match some diagnostic of its line and
    consumes all it matches; what is left over is unexpected."""
    remaining = list(diags)
    failures = []
    for want in wants:
        on_line = [d for d in remaining if d[0] == want.line]
        if not on_line:
            why = "errors on this line were all matched by other regexps" if any(d[0] == want.line for d in diags) else "no error reported on this line"
            failures.append(f"line {want.line}: missing error matching \"{want.pattern}\" ({why})")
            continue
        hit = [d for d in on_line if want.regex.search(d[2])]
        if not hit:
            got = "; ".join(repr(d[2]) for d in on_line)
            failures.append(f"line {want.line}: no error matches \"{want.pattern}\"; errors on this line: {got}")
            continue
        remaining = [d for d in remaining if d not in hit]
    for line, col, msg in remaining:
        failures.append(f"line {line}:{col}: unexpected error: {msg!r}")
    return failures


def main(argv):
    if len(argv) != 3:
        print("usage: run-errors.py GOVM FILE.go", file=sys.stderr)
        return 2
    govm, path = os.path.abspath(argv[1]), argv[2]
    if not os.access(govm, os.X_OK):
        print(f"run-errors: govm '{govm}' is not executable", file=sys.stderr)
        return 2
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            source = f.read()
    except OSError as e:
        print(f"run-errors: {e}", file=sys.stderr)
        return 2
    filename = os.path.basename(path)
    flags, wants, problems = read_annotations(source)
    if problems:
        for p in problems:
            print(f"{filename}: {p}")
        return 2

    with tempfile.TemporaryDirectory(prefix="errors.") as work:
        shutil.copyfile(path, os.path.join(work, filename))
        cmd = [govm, "build", *flags, filename]
        try:
            run = subprocess.run(cmd, cwd=work, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            print(f"FAIL {filename}: `govm build` killed after {TIMEOUT}s")
            return 1
    stderr = run.stderr.decode("utf-8", "replace")
    stdout = run.stdout.decode("utf-8", "replace")
    output = stderr + ("\n" + stdout if "-m" in flags else "")
    diags, unparsed = parse_diagnostics(output, filename)

    failures = []
    escape_mode = any(f.startswith("-m") for f in flags)
    want_rc = 1 if wants else 0
    if run.returncode < 0 or run.returncode > 1:
        failures.append(f"govm build exited with status {run.returncode} (crash or internal error)")
    elif not escape_mode and run.returncode != want_rc:
        why = "the file has ERROR annotations" if wants else "the file has no ERROR annotations"
        failures.append(f"govm build exited with status {run.returncode}, want {want_rc} ({why})")
    failures += check(wants, diags)
    for text in unparsed:
        failures.append(f"output line not in FILE:LINE:COL: form (or naming another file): {text!r}")

    if failures:
        print(f"FAIL {filename}: {' '.join(cmd[1:])}")
        for f in failures:
            print("  " + f)
        if stderr.strip() or (escape_mode and stdout.strip()):
            print("--- govm output:")
            print(output.rstrip("\n"))
        return 1
    print(f"ok {filename} ({len(wants)} expected errors, {len(diags)} reported)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
