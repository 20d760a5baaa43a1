#!/bin/sh
# One scripted stepper session against its golden transcript:
#   run-step.sh GOVM NAME     runs `govm step --script NAME.script NAME.go`
#                             in tests/step and compares with NAME.golden
#   run-step.sh GOVM NAME --update   rewrites NAME.golden instead
# (scripts/update-step-golden.sh updates them all.) NAME.flags, when it
# exists, holds more flags for the command (a limit). The transcript is the
# stepper's stdout and stderr, then its exit status; NO_COLOR and a
# non-terminal stdin keep it plain text.
set -u
govm=$1
name=$2
dir=$(cd "$(dirname "$0")" && pwd)
cd "$dir" || exit 2
flags=$(cat "$name.flags" 2>/dev/null || true)
# shellcheck disable=SC2086 # the flags are words
actual=$( { NO_COLOR=1 "$govm" step $flags --script "$name.script" "$name.go" 2>&1 </dev/null; echo "--- exit $?"; } )
if [ "${3:-}" = "--update" ]; then
  printf '%s\n' "$actual" > "$name.golden"
  exit 0
fi
printf '%s\n' "$actual" | diff -u "$name.golden" - && exit 0
echo "step/$name: the transcript differs from tests/step/$name.golden (scripts/update-step-golden.sh rewrites it)" >&2
exit 1
