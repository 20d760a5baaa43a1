#!/usr/bin/env python3
"""update-docs.py: fills the command outputs shown in README.md and docs/*.md
from the real govm, so the docs cannot drift from what govm prints.

A block in a Markdown file looks like this:

    <!-- output: govm run --trace-memory examples/frames.go -->
    ```
    ...whatever the command printed...
    ```
    <!-- end output -->

The command runs from the repository root through bash, with its first word
`govm` meaning the built binary (environment assignments such as
`GODEBUG=gctrace=1` may precede it); stdout and stderr are both shown, in order.
It may go on as a pipeline (`| head -20`, `| grep grow`).

    scripts/update-docs.py GOVM            rewrite the blocks in place
    scripts/update-docs.py --check GOVM    exit 1 when a block is out of date

Any other argument starting with "-" (--help) prints this text and exits 2.
"""
import os
import pathlib
import re
import shlex
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
ENV_PREFIX = re.compile(r"(?:[A-Z][A-Z0-9_]*=[^\s'\"$`;|&]* +)*")
BLOCK = re.compile(r"(<!-- output: (?P<cmd>.*?) -->\n)```[^\n]*\n(?P<body>.*?)```\n(<!-- end output -->)", re.S)


def run(cmd, govm):
    """Runs cmd (a shell pipeline whose first word is `govm`) from the root."""
    # (docs/gc.md) Environment assignments may come first, as a shell
    # reads them: `GODEBUG=gctrace=1 GOGC=50 govm run ...`.
    env = ENV_PREFIX.match(cmd).group(0)
    cmd = cmd[len(env):]
    if not cmd.startswith("govm "):
        sys.exit(f"update-docs: a block's command must start with govm: {cmd}")
    script = env + shlex.quote(govm) + cmd[len("govm"):]
    p = subprocess.run(["bash", "-c", script], cwd=ROOT, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=120)
    text = p.stdout.decode("utf-8", "replace")
    if text and not text.endswith("\n"):
        text += "\n"
    return text


def usage():
    """Prints the usage (the module's docstring) and exits 2, as a command
    given arguments it does not take does."""
    sys.stderr.write(__doc__.lstrip())
    sys.exit(2)


def main():
    args = sys.argv[1:]
    check = bool(args) and args[0] == "--check"
    if check:
        args = args[1:]
    # Only --check is an option: anything else that starts with "-" (--help,
    # -h) is not the govm binary. Taken for it, it once rewrote every block
    # of every doc with bash's "command not found".
    if len(args) != 1 or args[0].startswith("-"):
        usage()
    govm = pathlib.Path(args[0]).resolve()
    if not govm.is_file() or not os.access(govm, os.X_OK):
        # Every block would show bash's "No such file or directory".
        print(f"update-docs: {args[0]} is not an executable govm binary", file=sys.stderr)
        usage()
    govm = str(govm)
    stale = []
    for md in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = md.read_text()
        new = BLOCK.sub(lambda m: m.group(1) + "```\n" + run(m.group("cmd"), govm) + "```\n" + m.group(4), text)
        if new != text:
            stale.append(md.relative_to(ROOT))
            if not check:
                md.write_text(new)
    if check and stale:
        print("out of date (run scripts/update-docs.py BUILD/cli/govm):", *map(str, stale), sep="\n  ")
        sys.exit(1)


if __name__ == "__main__":
    main()
