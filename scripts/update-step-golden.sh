#!/bin/sh
# Rewrites the stepper's golden transcripts (tests/step/*.golden) from the
# real command: scripts/update-step-golden.sh [path/to/govm]. Read the diff
# before committing: a golden is only as right as the session it records.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
govm=$(cd "$(dirname "${1:-$root/build/cli/govm}")" && pwd)/$(basename "${1:-govm}")
for script in "$root"/tests/step/*.script; do
  name=$(basename "$script" .script)
  "$root/tests/step/run-step.sh" "$govm" "$name" --update
  echo "tests/step/$name.golden"
done
