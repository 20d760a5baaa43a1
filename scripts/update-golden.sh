#!/usr/bin/env bash
# update-golden.sh - (re)generate the golden files of tests/golden from a
# built govm.
#
# usage: scripts/update-golden.sh GOVM [NAME.go ...]
#   with no program named, every tests/golden/*.go is recorded.
#
# For each program it writes NAME.trace.golden, NAME.disasm.golden and
# NAME.layout.golden beside it, in the format tests/run-golden.sh documents
# (and produces: this script asks it for the capture, so the two cannot
# disagree). Before recording, when Go is installed, plain `govm run` must
# print what the program compiled by real Go prints and exit alike, so that a
# golden file never freezes a wrong program output; a capture in which govm
# exited with a status above 2 (a crash or internal error) is not recorded.
# Review `git diff tests/golden` after running it.
set -euo pipefail
export LC_ALL=C

[ $# -ge 1 ] || { echo "usage: $0 GOVM [NAME.go ...]" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=$ROOT/tests/golden
GOVM=$1; shift
case $GOVM in /*) ;; *) GOVM=$PWD/$GOVM ;; esac
[ -x "$GOVM" ] || { echo "update-golden: govm '$GOVM' is not executable" >&2; exit 2; }

names=()
if [ $# -eq 0 ]; then
  for f in "$DIR"/*.go; do names+=("$(basename "$f" .go)"); done
else
  for a in "$@"; do names+=("$(basename "$a" .go)"); done
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/update-golden.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export GOCACHE=$WORK/gocache HOME=$WORK/home GO111MODULE=off GOFLAGS=

status=0
for name in "${names[@]}"; do
  src=$DIR/$name.go
  [ -f "$src" ] || { echo "update-golden: no $src" >&2; status=1; continue; }
  if command -v go > /dev/null; then
    (cd "$DIR" && go build -o "$WORK/$name" "$name.go") || { status=1; continue; }
    set +e
    (cd "$DIR" && "$WORK/$name" < /dev/null > "$WORK/want" 2> /dev/null)
    want_rc=$?
    (cd "$DIR" && timeout 60 "$GOVM" run "$name.go" < /dev/null > "$WORK/got" 2> "$WORK/got.err")
    got_rc=$?
    set -e
    if ! cmp -s "$WORK/want" "$WORK/got" || [ $want_rc != $got_rc ]; then
      echo "update-golden: $name.go: govm run disagrees with Go (exit $got_rc, Go $want_rc); not recorded:" >&2
      diff -u --label go --label govm "$WORK/want" "$WORK/got" | head -n 20 >&2 || true
      head -n 5 "$WORK/got.err" >&2
      status=1
      continue
    fi
  fi
  for mode in trace disasm layout; do
    out=$DIR/$name.$mode.golden
    bash "$ROOT/tests/run-golden.sh" --print "$GOVM" "$src" "$mode" > "$WORK/capture"
    rc=$(tail -n 1 "$WORK/capture" | sed -n 's/^--- exit //p')
    if [ "${rc:-x}" -gt 2 ] 2> /dev/null || [ -z "$rc" ]; then
      echo "update-golden: $name $mode: govm exited with status ${rc:-?}; not recorded" >&2
      sed -n '/^--- stderr$/,$p' "$WORK/capture" | head -n 10 >&2
      status=1
      continue
    fi
    if [ -f "$out" ] && cmp -s "$out" "$WORK/capture"; then
      echo "unchanged $name.$mode.golden"
    else
      cp "$WORK/capture" "$out"
      echo "wrote     $name.$mode.golden ($(wc -l < "$out") lines)"
    fi
  done
done
exit $status
