#!/usr/bin/env python3
"""run-trace-json.py: runs `govm run --trace-memory --trace-format=json` and
validates the traces against docs/trace-schema.json, however the program
ends.

    run-trace-json.py GOVM CASE

CASE is one of:
  golden         every tests/golden program (trace to a file): every line
                 valid, the exit line's code equal to govm's exit status, and
                 every event kind of the schema seen at least once
  conformance    the same for every tests/conformance program
                 Both cases also run GC_PROGRAM (tests/conformance/
                 gc_trace_kinds.go) at --trace-memory=gc-mark, the only level
                 that writes gc-grey and gc-black lines, and check that it
                 writes every collector kind and that the plain level writes
                 no mark lines.
  stderr         the trace on stderr (no --trace-file), stdout untouched
  panic          a panicking program: trace ends with reason "panic", code 2
  fatal          stack overflow (small --max-stack): reason "fatal", code 2
  limit          --max-steps: reason "limit", code 124
  deadlock       every goroutine blocked: reason "fatal", code 2, Go's report
  goroutine-limit  --max-goroutines: reason "limit", code 124
  compile-error  a program that does not compile: exit 1, no trace lines
  sigint         SIGINT to a program that loops forever: exit 130, a message,
                 reason "interrupt"
  os-exit        (issue 6) os.Exit(3) with deferred calls pending: exit 3,
                 reason "normal", the exit line still written, no deferred
                 call run

The validator implements the part of JSON Schema (draft 2020-12) that the
schema uses: $ref (local), oneOf, type, const, enum, pattern, minimum,
maximum, minLength, properties, required, additionalProperties: false. An
unknown keyword is an error, so the schema cannot use a rule this script
would silently skip. Beyond the schema it checks what a schema cannot: seq
is 1, 2, 3... with no gap, the exit line is the last line and appears once.
"""
import json
import os
import pathlib
import re
import signal
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "docs" / "trace-schema.json"
# The program that makes every collector event (gc-start, gc-roots, free,
# gc-end, shrink; gc-grey and gc-black only at --trace-memory=gc-mark).
GC_PROGRAM = ROOT / "tests" / "conformance" / "gc_trace_kinds.go"
GC_KINDS = {"gc-start", "gc-roots", "gc-grey", "gc-black", "free", "gc-end", "shrink"}
MARK_KINDS = {"gc-grey", "gc-black"}
ANNOTATIONS = {"$schema", "$id", "title", "description", "version", "$defs", "$comment"}
TYPES = {
    "object": lambda v: isinstance(v, dict),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "null": lambda v: v is None,
}


class Validator:
    """Validates instances against the schema's subset of JSON Schema."""

    def __init__(self, schema):
        self.root = schema
        self.patterns = {}
        self.leaf_cache = {}  # (schema id, type, value) -> errors: traces repeat their values

    def errors(self, schema, v, where="$"):
        """The list of violations of schema by v (empty: valid)."""
        if isinstance(v, (dict, list)):
            return self.check(schema, v, where)
        key = (id(schema), type(v), v)
        errs = self.leaf_cache.get(key)
        if errs is None:
            errs = self.leaf_cache[key] = self.check(schema, v, "")
        return [where + e for e in errs]

    def resolve(self, ref):
        if not ref.startswith("#/"):
            raise SystemExit(f"schema: only local $ref are supported: {ref}")
        node = self.root
        for part in ref[2:].split("/"):
            node = node[part]
        return node

    def check(self, schema, v, where):
        errs = []
        for key, rule in schema.items():
            if key in ANNOTATIONS or key in ("properties", "required", "additionalProperties"):
                continue
            if key == "$ref":
                errs += self.errors(self.resolve(rule), v, where)
            elif key == "oneOf":
                ok = [i for i, s in enumerate(rule) if not self.errors(s, v, where)]
                if len(ok) != 1:
                    errs.append(f"{where}: matches {len(ok)} of the oneOf alternatives, not 1")
            elif key == "type":
                if not TYPES[rule](v):
                    errs.append(f"{where}: {v!r} is not of type {rule}")
            elif key == "const":
                if v != rule or type(v) is not type(rule):
                    errs.append(f"{where}: {v!r} is not {rule!r}")
            elif key == "enum":
                if v not in rule:
                    errs.append(f"{where}: {v!r} is not one of {rule}")
            elif key == "pattern":
                pat = self.patterns.setdefault(rule, re.compile(rule))
                if isinstance(v, str) and not pat.search(v):
                    errs.append(f"{where}: {v!r} does not match {rule}")
            elif key == "minimum":
                if TYPES["number"](v) and v < rule:
                    errs.append(f"{where}: {v} < {rule}")
            elif key == "maximum":
                if TYPES["number"](v) and v > rule:
                    errs.append(f"{where}: {v} > {rule}")
            elif key == "minLength":
                if isinstance(v, str) and len(v) < rule:
                    errs.append(f"{where}: {v!r} is shorter than {rule}")
            else:
                raise SystemExit(f"schema: keyword {key} is not supported by this validator")
        if isinstance(v, dict):
            props = schema.get("properties", {})
            for name in schema.get("required", []):
                if name not in v:
                    errs.append(f"{where}: missing required {name!r}")
            for name, value in v.items():
                if name in props:
                    errs += self.errors(props[name], value, f"{where}.{name}")
                elif schema.get("additionalProperties", True) is False:
                    errs.append(f"{where}: unexpected {name!r}")
        return errs


def schema_kinds(schema):
    """The kinds the schema's alternatives name, from their kind const."""
    v = Validator(schema)
    return {v.resolve(alt["$ref"])["properties"]["kind"]["const"] for alt in schema["oneOf"]}


def check_trace(text, validator, what, seen=None):
    """Validates a whole trace; returns (the exit line, error list)."""
    errs = []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        errs.append(f"{what}: the trace does not end with a newline")
    exit_line = None
    # Lines are validated in full, against the alternative their kind
    # names (an unknown kind: against the whole oneOf, which fails), so
    # that the error says what is wrong with the line rather than that no
    # alternative matched. Every line is parsed and its seq checked; past
    # FULL lines of one kind in one trace (deep recursions write hundreds of
    # thousands of identical-looking frame events), only every SAMPLE-th
    # is validated against the schema, which keeps the suite fast.
    FULL, SAMPLE = 3000, 97
    per_kind = {}
    branch = {}
    for alt in validator.root["oneOf"]:
        d = validator.resolve(alt["$ref"])
        branch[d["properties"]["kind"]["const"]] = d
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            errs.append(f"{what}:{i}: not JSON: {e}: {line[:120]}")
            continue
        kind = obj.get("kind") if isinstance(obj, dict) else None
        n = per_kind[kind] = per_kind.get(kind, 0) + 1
        schema = branch.get(kind, validator.root)
        e = validator.errors(schema, obj) if n <= FULL or n % SAMPLE == 0 or kind == "exit" else None
        if e:
            errs.append(f"{what}:{i}: {'; '.join(e)}: {line[:200]}")
        if isinstance(obj, dict) and obj.get("seq") != i:
            errs.append(f"{what}:{i}: seq {obj.get('seq')} (want {i})")
        if kind == "exit":
            if exit_line is not None:
                errs.append(f"{what}:{i}: a second exit line")
            exit_line = obj
        elif exit_line is not None:
            errs.append(f"{what}:{i}: a line after the exit line")
        if seen is not None:
            seen.add(kind)
        if len(errs) > 20:
            errs.append(f"{what}: too many errors")
            break
    if exit_line is None and not errs:
        errs.append(f"{what}: no exit line")
    return exit_line, errs


class Case:
    def __init__(self, govm):
        self.govm = govm
        self.schema = json.loads(SCHEMA_PATH.read_text())
        self.validator = Validator(self.schema)
        self.tmp = tempfile.TemporaryDirectory(prefix="govm-trace-json-")
        self.failures = []

    def fail(self, msg):
        self.failures.append(msg)

    def run(self, prog, *flags, timeout=120):
        """Runs govm with the JSON trace in a file; returns (status, stdout, stderr, trace)."""
        trace = pathlib.Path(self.tmp.name) / "trace.jsonl"
        if trace.exists():
            trace.unlink()
        p = subprocess.run([self.govm, "run", "--trace-memory", "--trace-format=json", "--trace-file", str(trace),
                            *flags, str(prog)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=timeout)
        text = trace.read_text(encoding="utf-8") if trace.exists() else None
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), text

    def expect_end(self, prog, want_code, want_reason, *flags):
        code, _, err, text = self.run(prog, *flags)
        name = pathlib.Path(prog).name
        if code != want_code:
            self.fail(f"{name}: exit status {code}, want {want_code}; stderr:\n{err[-2000:]}")
        if text is None:
            self.fail(f"{name}: no trace file")
            return None
        last, errs = check_trace(text, self.validator, name)
        self.failures += errs
        if last is not None:
            if last.get("reason") != want_reason or last.get("code") != want_code:
                self.fail(f"{name}: exit line {last}, want code {want_code} reason {want_reason}")
        return err

    def write(self, name, source):
        path = pathlib.Path(self.tmp.name) / name
        path.write_text(source)
        return path


def case_golden(c):
    check_programs(c, sorted((ROOT / "tests" / "golden").glob("*.go")), every_kind=True)


def case_conformance(c):
    check_programs(c, sorted((ROOT / "tests" / "conformance").glob("*.go")), every_kind=True)


def check_programs(c, progs, every_kind):
    # stack_overflow traces a gigabyte of frames (16 million lines) under
    # Go's default --max-stack; the fatal case runs it with a small stack.
    progs = [p for p in progs if p.name != "stack_overflow.go"]
    seen = set()
    for prog in progs:
        check_program(c, prog, seen)
    check_gc_program(c, seen)
    missing = schema_kinds(c.schema) - seen - {"exit"}
    if every_kind and missing:
        c.fail(f"event kinds never seen in any trace (add a program that makes them): {sorted(missing)}")
    print(f"{len(progs)} traces valid; kinds seen: {sorted(k for k in seen if k)}")


def check_gc_program(c, seen):
    """GC_PROGRAM at --trace-memory=gc-mark writes every collector kind; at
    the plain level it writes the others but no mark lines."""
    plain, mark = set(), set()
    check_program(c, GC_PROGRAM, plain)
    check_program(c, GC_PROGRAM, mark, "--trace-memory=gc-mark")
    seen |= plain | mark
    if plain & MARK_KINDS:
        c.fail(f"{GC_PROGRAM.name}: {sorted(plain & MARK_KINDS)} without --trace-memory=gc-mark")
    if GC_KINDS - MARK_KINDS - plain:
        c.fail(f"{GC_PROGRAM.name}: no {sorted(GC_KINDS - MARK_KINDS - plain)} lines at --trace-memory")
    if GC_KINDS - mark:
        c.fail(f"{GC_PROGRAM.name}: no {sorted(GC_KINDS - mark)} lines at --trace-memory=gc-mark")


def check_program(c, prog, seen, *flags):
    """Runs prog with the JSON trace (and flags) and checks the whole trace."""
    what = prog.name + "".join(" " + f for f in flags)
    code, _, err, text = c.run(prog, *flags)
    if text is None:
        c.fail(f"{what}: no trace file")
        return
    last, errs = check_trace(text, c.validator, what, seen)
    c.failures += errs
    if last is not None:
        if last["code"] != code:
            c.fail(f"{what}: exit line code {last['code']}, govm's status {code}")
        want = {0: "normal", 2: "panic"}.get(code)
        err_file = prog.with_suffix(".err")
        if code == 2 and err_file.exists() and err_file.read_text().startswith("fatal error:"):
            want = "fatal"  # a runtime fatal error (Go's throw), not a panic
        if want is not None and last["reason"] != want:
            c.fail(f"{what}: exit line reason {last['reason']} for status {code}")
        expected = prog.with_suffix(".exit")
        if expected.exists() and int(expected.read_text().split()[0]) != code:
            c.fail(f"{what}: status {code} under the JSON trace, want {expected.read_text().strip()}")


def case_stderr(c):
    prog = ROOT / "tests" / "golden" / "strings.go"
    p = subprocess.run([c.govm, "run", "--trace-memory", "--trace-format=json", str(prog)], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=120)
    if p.returncode != 0:
        c.fail(f"status {p.returncode}")
    plain = subprocess.run([c.govm, "run", str(prog)], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=120)
    if p.stdout != plain.stdout:
        c.fail("stdout differs with the trace on")
    last, errs = check_trace(p.stderr.decode("utf-8", "replace"), c.validator, "stderr")
    c.failures += errs
    if last is not None and last["reason"] != "normal":
        c.fail(f"exit line {last}")


def case_panic(c):
    err = c.expect_end(ROOT / "tests" / "conformance" / "panic_divide.go", 2, "panic")
    if err is not None and "panic: runtime error: integer divide by zero" not in err:
        c.fail(f"the panic report is missing from stderr:\n{err}")


def case_os_exit(c):
    prog = ROOT / "tests" / "conformance" / "os_exit.go"
    c.expect_end(prog, 3, "normal")
    _, out, err, _ = c.run(prog)
    if "never printed" in out + err or "exiting with 3" not in out:
        c.fail(f"os.Exit ran deferred calls or lost output:\n{out}{err}")


def case_fatal(c):
    err = c.expect_end(ROOT / "tests" / "conformance" / "stack_overflow.go", 2, "fatal", "--max-stack=64K")
    if err is not None and "stack overflow" not in err:
        c.fail(f"no stack overflow report on stderr:\n{err}")


def case_deadlock(c):
    """(issue 5) Every goroutine blocked: the trace still ends with its exit
    line, after the go-park events that led there."""
    err = c.expect_end(ROOT / "examples" / "deadlock.go", 2, "fatal")
    if err is not None and "fatal error: all goroutines are asleep - deadlock!" not in err:
        c.fail(f"no deadlock report on stderr:\n{err}")


def case_goroutine_limit(c):
    err = c.expect_end(ROOT / "tests" / "conformance" / "go_hundred_thousand.go", 124, "limit", "--max-goroutines=1000")
    if err is not None and "--max-goroutines=1000" not in err:
        c.fail(f"no limit message on stderr:\n{err}")


def case_limit(c):
    err = c.expect_end(ROOT / "tests" / "conformance" / "primes.go", 124, "limit", "--max-steps=5000")
    if err is not None and "--max-steps=5000" not in err:
        c.fail(f"no limit message on stderr:\n{err}")


def case_compile_error(c):
    prog = c.write("bad.go", "package main\n\nfunc main() {\n\tx := 1\n}\n")
    code, _, err, text = c.run(prog)
    if code != 1:
        c.fail(f"status {code}, want 1; stderr:\n{err}")
    if text:  # no file, or an empty one: nothing ran
        c.fail(f"a compile error left a trace:\n{text[:500]}")


LOOP = """package main

var n int

func step(i int) int {
\treturn i + 1
}

func main() {
\tfor {
\t\tn = step(n)
\t}
}
"""


def case_sigint(c):
    prog = c.write("loop.go", LOOP)
    trace = pathlib.Path(c.tmp.name) / "loop.jsonl"
    p = subprocess.Popen([c.govm, "run", "--trace-memory", "--trace-format=json", "--trace-file", str(trace),
                          str(prog)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    # Wait until the program is surely running: the trace file has grown
    # past its first buffer of lines.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not trace.exists() or trace.stat().st_size < 65536):
        if p.poll() is not None:
            break
        time.sleep(0.05)
    if p.poll() is not None:
        c.fail(f"the looping program ended by itself, status {p.returncode}")
        return
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        c.fail("govm did not stop within 60 s of SIGINT")
        return
    err = err.decode("utf-8", "replace")
    if p.returncode != 130:
        c.fail(f"status {p.returncode}, want 130; stderr:\n{err[-2000:]}")
    if "interrupted" not in err:
        c.fail(f"no message on stderr:\n{err[-2000:]}")
    last, errs = check_trace(trace.read_text(encoding="utf-8"), c.validator, "loop.jsonl")
    c.failures += errs
    if last is not None and (last["reason"] != "interrupt" or last["code"] != 130):
        c.fail(f"exit line {last}, want code 130 reason interrupt")


CASES = {
    "golden": case_golden, "conformance": case_conformance, "stderr": case_stderr, "panic": case_panic, "fatal": case_fatal,
    "limit": case_limit, "compile-error": case_compile_error, "sigint": case_sigint, "deadlock": case_deadlock,
    "goroutine-limit": case_goroutine_limit, "os-exit": case_os_exit,
}


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in CASES:
        sys.exit(f"usage: run-trace-json.py GOVM {{{'|'.join(CASES)}}}")
    c = Case(os.path.abspath(sys.argv[1]))
    CASES[sys.argv[2]](c)
    for f in c.failures:
        print("FAIL:", f)
    sys.exit(1 if c.failures else 0)


if __name__ == "__main__":
    main()
