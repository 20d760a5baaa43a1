#!/usr/bin/env bash
# record-conformance.sh - record what real Go does with each conformance
# program, as the expectations govm is tested against.
#
# usage: scripts/record-conformance.sh [--stderr] [NAME.go | NAME ...]
#   with no arguments, every tests/conformance/*.go is recorded.
#
# For tests/conformance/NAME.go it builds the program with the installed Go
# (`go build`, GOCACHE and HOME in a temporary directory, outside any module)
# and runs the binary with stdin from /dev/null and the working directory
# tests/conformance, then writes beside the program:
#   NAME.out   stdout, byte for byte
#   NAME.exit  the exit status, one line
#   NAME.err   the first line of stderr (with its newline), or empty
# These files are never written by hand: edit the program and run this again.
#
# (issue 5) --stderr opts the named programs in to a comparison of the whole
# of stderr: it also writes NAME.stderr, Go's stderr normalised by
# `tests/run-conformance.sh --normalize-stderr` (no pc offsets, argument
# lists or paths; goroutine ids renumbered), which run-conformance.sh then
# compares with govm's normalised stderr. A program that has a NAME.stderr
# keeps it up to date whenever it is recorded again, flag or not. Only
# programs whose traceback is the same in Go 1.19 and today's Go (no frames
# of package sync, no 1.19-only wait reasons such as "semacquire") and the
# same on every run should opt in.
#
# The one exception to "never by hand": a program whose output differs
# between Go 1.19 and today's Go (loop variables per iteration) carries a
# line "// conformance: expected by hand (why)", and its files are written
# by hand following today's Go; the recorder skips it with a note.
#
# Go here is Debian's 1.19; govm follows today's Go (1.22+). The programs use
# a subset (no closures, no for-range over ints) in which the two agree, so
# nothing recorded depends on the version. A program for which they would
# differ must say so in its opening comment. (issue 5) Goroutine programs
# must print the same on every run whatever the scheduling (synchronise,
# sort or sum what goroutines report); their tracebacks differ between
# versions ("created by main.main in goroutine 1", wait reasons such as
# "sync.WaitGroup.Wait" for 1.19's "semacquire"), which --stderr's
# normalisation absorbs for the first kind only.
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=$ROOT/tests/conformance
GO=${GO:-go}
command -v "$GO" > /dev/null || { echo "record-conformance: '$GO' not found" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/record-conformance.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/gocache" "$WORK/home" "$WORK/bin"
export GOCACHE=$WORK/gocache HOME=$WORK/home GO111MODULE=off GOFLAGS= GOPATH=$WORK/home/go

stderr_optin=0
if [ "${1:-}" = --stderr ]; then
  stderr_optin=1
  shift
  [ $# -gt 0 ] || { echo "record-conformance: --stderr needs the programs to opt in" >&2; exit 2; }
fi

names=()
if [ $# -eq 0 ]; then
  for f in "$DIR"/*.go; do names+=("$(basename "$f" .go)"); done
else
  for a in "$@"; do names+=("$(basename "$a" .go)"); done
fi

failed=0
for name in "${names[@]}"; do
  src=$DIR/$name.go
  [ -f "$src" ] || { echo "record-conformance: no $src" >&2; failed=1; continue; }
  if grep -q '^// conformance: expected by hand' "$src"; then
    printf '%-28s skipped: %s\n' "$name" "$(grep -m 1 '^// conformance: expected by hand' "$src" | cut -c4-)"
    continue
  fi
  bin=$WORK/bin/$name
  if ! (cd "$DIR" && "$GO" build -o "$bin" "$name.go") > "$WORK/build.log" 2>&1; then
    echo "record-conformance: go build failed for $name.go:" >&2
    cat "$WORK/build.log" >&2
    failed=1
    continue
  fi
  set +e
  (cd "$DIR" && timeout 120 "$bin" < /dev/null > "$WORK/out" 2> "$WORK/err")
  rc=$?
  set -e
  if [ $rc = 124 ]; then
    echo "record-conformance: $name timed out under real Go; not recorded" >&2
    failed=1
    continue
  fi
  cp "$WORK/out" "$DIR/$name.out"
  echo "$rc" > "$DIR/$name.exit"
  head -n 1 "$WORK/err" > "$DIR/$name.err"
  if [ $stderr_optin = 1 ] || [ -f "$DIR/$name.stderr" ]; then
    bash "$ROOT/tests/run-conformance.sh" --normalize-stderr < "$WORK/err" > "$DIR/$name.stderr"
  fi
  printf '%-28s exit %-3s %s\n' "$name" "$rc" "$(head -c 70 "$DIR/$name.err" | tr -d '\n')"
done
exit $failed
