#!/usr/bin/env bash
# record-conformance.sh - record what real Go does with each conformance
# program, as the expectations govm is tested against.
#
# usage: scripts/record-conformance.sh [NAME.go | NAME ...]
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
# Go here is Debian's 1.19; govm follows today's Go (1.22+). The programs use
# a subset (no closures, no goroutines, no for-range over ints) in which the
# two agree, so nothing recorded depends on the version. A program for which
# they would differ must say so in its opening comment.
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
  printf '%-28s exit %-3s %s\n' "$name" "$rc" "$(head -c 70 "$DIR/$name.err" | tr -d '\n')"
done
exit $failed
