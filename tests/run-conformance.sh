#!/usr/bin/env bash
# run-conformance.sh - run one conformance program under govm and compare
# with what real Go did (recorded by scripts/record-conformance.sh).
#
# usage: tests/run-conformance.sh GOVM path/to/NAME.go
#        tests/run-conformance.sh --normalize-stderr < STDERR
#
# The program runs as `GOVM run NAME.go` from its own directory, so that the
# file is named `NAME.go` in messages and tracebacks whatever the build
# directory; stdin is /dev/null and the run is killed after
# CONFORMANCE_TIMEOUT seconds (default 60); GOVM_RUN_FLAGS, when set, are
# extra flags for `govm run` (the gc-stress tests: --gc-stress --gc-verify).
# Three things must match:
#   stdout                 byte for byte with NAME.out
#   exit status            with NAME.exit
#   first line of stderr   with NAME.err (empty when Go wrote nothing)
# (issue 5) When NAME.stderr exists (recorded for programs opted in with
# `scripts/record-conformance.sh --stderr NAME.go`: deadlocks, goroutine
# panics), the whole of stderr must match it too, after both sides are
# normalised by normalize_stderr below (the second usage prints stdin
# normalised; the recorder uses it, so there is one definition).
# On a mismatch it prints a unified diff (or both values) and exits 1; it
# exits 2 when the expectations are missing or GOVM is not runnable.
# Nothing is written beside the program: outputs go to a temporary directory.
set -u
export LC_ALL=C

# normalize_stderr: a traceback reduced to what govm and every Go version
# agree on. Removed: "+0x1d" pc offsets, "exit status N" lines (go run's);
# argument lists become "(...)" (Go prints register guesses like "(0x0?)",
# and "(...)" for inlined frames, govm inlines nothing); file paths become
# basenames; a signal line's pc becomes "PC" (an address in either's text,
# as the +0x offsets dropped above); "created by F in goroutine N" (Go 1.21+) becomes "created by F"
# (1.19); a frame in Go's runtime sources ("panic({...})"'s gopanic line)
# becomes "runtime/FILE.go", its line depending on the Go version (govm
# names today's); goroutine ids other than 1 are renumbered 2, 3, ... in order of
# first appearance (Go's depend on its system goroutines, govm's are
# sequential).
normalize_stderr() {
  sed -E \
      -e '/^exit status [0-9]+$/d' \
      -e 's/ \+0x[0-9a-f]+$//' \
      -e 's/^(\[signal [^]]*) pc=0x[0-9a-f]+\]$/\1 pc=PC]/' \
      -e 's/^([^ \t]+)\([^()]+\)$/\1(...)/' \
      -e 's#^\t([^ \t]*/)?runtime/([a-z0-9_]+\.go):[0-9]+$#\truntime/\2#' \
      -e 's#^\t[^ \t]*/([^/ \t]+:[0-9]+)#\t\1#' \
      -e 's/^(created by [^ ]+) in goroutine [0-9]+$/\1/' |
  awk '
    /^goroutine [0-9]+ / {
      id = $2
      if (id != 1) {
        if (!(id in renum)) renum[id] = ++next_id + 1
        sub(/^goroutine [0-9]+/, "goroutine " renum[id])
      }
    }
    { print }'
}

if [ $# -eq 1 ] && [ "$1" = --normalize-stderr ]; then
  normalize_stderr
  exit 0
fi

[ $# -eq 2 ] || { echo "usage: $0 GOVM NAME.go" >&2; exit 2; }
GOVM=$1 SRC=$2
case $GOVM in /*) ;; *) GOVM=$PWD/$GOVM ;; esac
[ -x "$GOVM" ] || { echo "run-conformance: govm '$GOVM' is not executable" >&2; exit 2; }
[ -f "$SRC" ] || { echo "run-conformance: no program '$SRC'" >&2; exit 2; }
DIR=$(cd "$(dirname "$SRC")" && pwd)
NAME=$(basename "$SRC" .go)
for ext in out exit err; do
  [ -f "$DIR/$NAME.$ext" ] || {
    echo "run-conformance: missing $DIR/$NAME.$ext (run scripts/record-conformance.sh $NAME.go)" >&2
    exit 2
  }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/conformance.$NAME.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

(cd "$DIR" && exec timeout -k 5 "${CONFORMANCE_TIMEOUT:-60}" "$GOVM" run ${GOVM_RUN_FLAGS:-} "$NAME.go") \
  < /dev/null > "$WORK/out" 2> "$WORK/err"
rc=$?

fail=0
if [ $rc = 124 ] || [ $rc = 137 ]; then
  echo "FAIL $NAME: killed after ${CONFORMANCE_TIMEOUT:-60}s (exit $rc)"
  fail=1
fi
if ! cmp -s "$DIR/$NAME.out" "$WORK/out"; then
  echo "FAIL $NAME: stdout differs (--- expected from Go, +++ govm):"
  diff -u --label "$NAME.out (go)" --label "$NAME stdout (govm)" "$DIR/$NAME.out" "$WORK/out" | head -n 80
  fail=1
fi
want_rc=$(tr -d '[:space:]' < "$DIR/$NAME.exit")
if [ "$rc" != "$want_rc" ]; then
  echo "FAIL $NAME: exit status $rc, want $want_rc"
  fail=1
fi
head -n 1 "$WORK/err" > "$WORK/err1"
if ! cmp -s "$DIR/$NAME.err" "$WORK/err1"; then
  echo "FAIL $NAME: first line of stderr differs"
  echo "  want: $(cat "$DIR/$NAME.err")"
  echo "  got:  $(cat "$WORK/err1")"
  fail=1
fi
if [ -f "$DIR/$NAME.stderr" ]; then
  normalize_stderr < "$WORK/err" > "$WORK/err.norm"
  if ! cmp -s "$DIR/$NAME.stderr" "$WORK/err.norm"; then
    echo "FAIL $NAME: stderr differs after normalising (--- expected from Go, +++ govm):"
    diff -u --label "$NAME.stderr (go)" --label "$NAME stderr (govm, normalised)" \
      "$DIR/$NAME.stderr" "$WORK/err.norm" | head -n 80
    fail=1
  fi
fi
if [ $fail = 1 ]; then
  if [ -s "$WORK/err" ]; then
    echo "--- govm stderr (first 20 lines):"
    head -n 20 "$WORK/err"
  fi
  exit 1
fi
echo "ok $NAME"
