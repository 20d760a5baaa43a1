#!/usr/bin/env python3
"""run-escape.py - check `govm build -m` against a file's escape annotations.

usage: tests/escape/run-escape.py GOVM path/to/FILE.go

Each file in tests/escape is a Go program whose lines carry, in Go's
errorcheck style, the escape decisions gc makes there (recorded from
`go build -gcflags='-m -l'`, see scripts/check-escape-go.py):

    x := 42              // ERROR "moved to heap: x"
    fmt.Println(x, y)    // ERROR "... argument does not escape" "x escapes to heap"

The file is built as `GOVM build -m FILE.go` (flags from an optional first
line `// errorcheck -m`, -m by default), which must succeed (exit 0) and
print its decisions on stdout as FILE:LINE:COL: message. Matching is
run-errors.py's (Go's test/run.go): each quoted regexp must match a message
on its line, every message a regexp matches is accounted for, and a message
no regexp matches is unexpected. All failures are reported.

Exit status: 0 pass, 1 mismatch, 2 usage or setup error.
"""

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = int(os.environ.get("ESCAPE_TIMEOUT", "60"))
HERE = os.path.dirname(os.path.abspath(__file__))


def load_errorcheck():
    """run-errors.py's annotation reader and matcher, shared."""
    spec = importlib.util.spec_from_file_location("run_errors", os.path.join(HERE, "..", "run-errors.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv):
    if len(argv) != 3:
        print("usage: run-escape.py GOVM FILE.go", file=sys.stderr)
        return 2
    ec = load_errorcheck()
    govm, path = os.path.abspath(argv[1]), argv[2]
    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
    except OSError as e:
        print(f"run-escape: {e}", file=sys.stderr)
        return 2
    filename = os.path.basename(path)
    flags, wants, problems = ec.read_annotations(source)
    flags = flags or ["-m"]
    if problems:
        for p in problems:
            print(f"{filename}: {p}")
        return 2
    with tempfile.TemporaryDirectory(prefix="escape.") as work:
        shutil.copyfile(path, os.path.join(work, filename))
        cmd = [govm, "build", *flags, filename]
        try:
            run = subprocess.run(cmd, cwd=work, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            print(f"FAIL {filename}: `govm build` killed after {TIMEOUT}s")
            return 1
    stdout = run.stdout.decode("utf-8", "replace")
    stderr = run.stderr.decode("utf-8", "replace")
    diags, unparsed = ec.parse_diagnostics(stdout, filename)
    failures = []
    if run.returncode != 0:
        failures.append(f"govm build exited with status {run.returncode}, want 0:\n{stderr.rstrip()}")
    failures += ec.check(wants, diags)
    failures += [f"output line not in FILE:LINE:COL: form: {t!r}" for t in unparsed]
    if failures:
        print(f"FAIL {filename}: {' '.join(cmd[1:])}")
        for f in failures:
            print("  " + f)
        print("--- govm output:")
        print(stdout.rstrip("\n"))
        return 1
    print(f"ok {filename} ({len(wants)} expected decisions, {len(diags)} reported)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
