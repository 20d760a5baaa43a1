#!/usr/bin/env python3
"""run-limits.py - run a program under govm's limits and check how each run ends.

usage: tests/run-limits.py GOVM path/to/FILE.go

FILE.go carries its cases as comments, one a line:

    // govm run --max-heap=64K => exit 124: govm: program exceeded --max-heap=64K (heap would reach 131040 bytes)
    // govm run --timeout=10 => exit 2: govm: invalid value "10" for flag --timeout: want a duration ...
    // govm run => exit 0

Each case runs `GOVM run ARGS FILE.go` (ARGS split as a shell would, without
expansion) from a temporary copy of the file, stdin /dev/null, killed after
60 seconds. The exit status must be the one given; the text after the colon,
when there is one, must be a whole line of stderr. Only what can be relied on
is checked: no timing (a --timeout case only has to end with the limit).

Exit status of this script: 0 pass, 1 mismatch, 2 usage or setup error.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

CASE = re.compile(r"^// govm run(?P<args>(?: \S+)*) => exit (?P<code>\d+)(?:: (?P<line>.*))?$")


def cases(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            m = CASE.match(line.rstrip("\n"))
            if m:
                yield n, shlex.split(m["args"]), int(m["code"]), m["line"]


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    govm, src = os.path.abspath(sys.argv[1]), sys.argv[2]
    if not os.access(govm, os.X_OK):
        print(f"run-limits: govm '{govm}' is not executable", file=sys.stderr)
        return 2
    found = list(cases(src))
    if not found:
        print(f"run-limits: {src} has no '// govm run ... => exit N' cases", file=sys.stderr)
        return 2
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        name = os.path.basename(src)
        shutil.copy(src, os.path.join(tmp, name))
        for n, args, code, line in found:
            cmd = [govm, "run", *args, name]
            try:
                p = subprocess.run(cmd, cwd=tmp, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
            except subprocess.TimeoutExpired:
                print(f"{src}:{n}: {shlex.join(cmd[1:])}: still running after 60 s")
                failures += 1
                continue
            err = p.stderr.decode("utf-8", "replace")
            problems = []
            if p.returncode != code:
                problems.append(f"exit status {p.returncode}, want {code}")
            if line is not None and line not in err.splitlines():
                problems.append(f"stderr has no line {line!r}")
            if problems:
                failures += 1
                print(f"{src}:{n}: govm {shlex.join(cmd[1:])}: " + "; ".join(problems))
                print("  stderr: " + "\n  stderr: ".join(err.splitlines()[-5:]))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
