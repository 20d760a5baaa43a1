#!/usr/bin/env bash
# run-golden.sh - compare govm's teaching outputs with recorded golden files.
#
# usage: tests/run-golden.sh GOVM path/to/NAME.MODE.golden    compare
#        tests/run-golden.sh --print GOVM path/to/NAME.go MODE  print the capture
#
# MODE is one of
#   trace    `govm run --trace-memory NAME.go`
#   disasm   `govm disasm NAME.go`
#   layout   `govm layout NAME.go`
# run from the program's directory (so it is named NAME.go everywhere), stdin
# /dev/null, killed after GOLDEN_TIMEOUT seconds (default 60).
#
# A golden file holds one capture: stdout and stderr kept apart (so their
# interleaving cannot matter), then the exit status:
#
#   --- stdout
#   ...everything govm wrote to stdout...
#   --- stderr
#   ...everything govm wrote to stderr...
#   --- exit 0
#
# A section whose text does not end in a newline gets one added, followed by
# the line `\ no newline at end`. Addresses in govm are deterministic, so the
# capture is compared byte for byte; a difference is shown as a unified diff
# and the test fails (exit 1). When a change is intended, regenerate with
# scripts/update-golden.sh GOVM and review the diff.
set -u
export LC_ALL=C

# capture GOVM DIR NAME MODE: the golden text on stdout.
capture() {
  local govm=$1 dir=$2 name=$3 mode=$4 work rc
  local -a cmd
  case $mode in
    trace) cmd=("$govm" run --trace-memory "$name.go") ;;
    disasm) cmd=("$govm" disasm "$name.go") ;;
    layout) cmd=("$govm" layout "$name.go") ;;
    *) echo "run-golden: unknown mode '$mode' (trace, disasm, layout)" >&2; return 2 ;;
  esac
  work=$(mktemp -d "${TMPDIR:-/tmp}/golden.XXXXXX")
  (cd "$dir" && exec timeout -k 5 "${GOLDEN_TIMEOUT:-60}" "${cmd[@]}") < /dev/null > "$work/out" 2> "$work/err"
  rc=$?
  section stdout "$work/out"
  section stderr "$work/err"
  echo "--- exit $rc"
  rm -rf "$work"
}

section() {
  echo "--- $1"
  cat "$2"
  if [ -s "$2" ] && [ "$(tail -c 1 "$2" | od -An -c | tr -d ' ')" != '\n' ]; then
    printf '\n\\ no newline at end\n'
  fi
}

abspath() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }

if [ "${1:-}" = --print ]; then
  [ $# -eq 4 ] || { echo "usage: $0 --print GOVM NAME.go MODE" >&2; exit 2; }
  govm=$(abspath "$2")
  [ -x "$govm" ] || { echo "run-golden: govm '$govm' is not executable" >&2; exit 2; }
  [ -f "$3" ] || { echo "run-golden: no program '$3'" >&2; exit 2; }
  capture "$govm" "$(cd "$(dirname "$3")" && pwd)" "$(basename "$3" .go)" "$4"
  exit $?
fi

[ $# -eq 2 ] || { echo "usage: $0 GOVM NAME.MODE.golden" >&2; exit 2; }
govm=$(abspath "$1") golden=$2
[ -x "$govm" ] || { echo "run-golden: govm '$govm' is not executable" >&2; exit 2; }
[ -f "$golden" ] || { echo "run-golden: no golden file '$golden'" >&2; exit 2; }
dir=$(cd "$(dirname "$golden")" && pwd)
base=$(basename "$golden" .golden)  # NAME.MODE
name=${base%.*} mode=${base##*.}
[ -f "$dir/$name.go" ] || { echo "run-golden: no program $dir/$name.go for $golden" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/golden.$base.XXXXXX")
trap 'rm -rf "$work"' EXIT
capture "$govm" "$dir" "$name" "$mode" > "$work/got" || exit 2
if cmp -s "$golden" "$work/got"; then
  echo "ok $base"
  exit 0
fi
echo "FAIL $base: output differs from $base.golden (--- golden, +++ govm now):"
diff -u --label "$base.golden" --label "$base (govm)" "$golden" "$work/got" | head -n 120
echo "(if the change is intended: scripts/update-golden.sh GOVM $name.go, then review the diff)"
exit 1
