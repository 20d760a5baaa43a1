#!/usr/bin/env python3
"""The stepper on a real terminal (a pty): it starts with a prompt, Enter
runs to the next memory event, the line editor's history recalls a command
(Up arrow), colour is on unless NO_COLOR, and quit ends it with status 0.

    run-pty.py GOVM    (run from anywhere; uses tests/step/grow.go)
"""
import os, pty, select, sys, time

GOVM = sys.argv[1]
PROG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "grow.go")


def session(env_extra):
    pid, fd = pty.fork()
    if pid == 0:
        env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        env.update(env_extra)
        os.execve(GOVM, [GOVM, "step", PROG], env)
    seen = b""

    def expect(what, timeout=10.0):
        nonlocal seen
        end = time.time() + timeout
        while what not in seen:
            left = end - time.time()
            if left <= 0:
                raise SystemExit(f"FAIL: waited for {what!r}; the terminal shows:\n{seen.decode(errors='replace')}")
            r, _, _ = select.select([fd], [], [], left)
            if r:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    chunk = b""
                if not chunk:
                    raise SystemExit(f"FAIL: the stepper ended early; it showed:\n{seen.decode(errors='replace')}")
                seen += chunk
        at = seen.index(what) + len(what)
        out, seen = seen[:at], seen[at:]
        return out

    expect(b"(govm) ")
    os.write(fd, b"\r")                      # Enter: next
    first = expect(b"stop 1:")
    expect(b"(govm) ")
    os.write(fd, b"lx\x7fist\r")             # a typo erased with Backspace: "list"
    expect(b"package main")              # fails unless "list" ran
    expect(b"(govm) ")
    os.write(fd, b"\x1b[A\r")                # Up: list again from the history
    expect(b"package main")
    expect(b"(govm) ")
    os.write(fd, b"quit\r")
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        raise SystemExit(f"FAIL: quit ended the stepper with status {status}")
    return first


coloured = session({})
if b"\x1b[" not in coloured:
    raise SystemExit("FAIL: no colour on a terminal")
plain = session({"NO_COLOR": "1"})
if b"\x1b[1m" in plain or b"\x1b[32m" in plain:
    raise SystemExit("FAIL: colour despite NO_COLOR")
print("ok: the stepper on a pty starts, steps on Enter, edits and recalls lines, quits with 0")
