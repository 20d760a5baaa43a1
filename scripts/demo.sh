#!/usr/bin/env bash
# demo.sh: the README's first command. Installs what is missing, builds govm
# (Release) in build/, and runs a teaching example with --trace-memory.
#   bash scripts/demo.sh [example.go]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/deps.sh"
govm_install_deps
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$root/build" -j"$(nproc)" --target govm >/dev/null
example=${1:-$root/examples/stack_growth.go}
echo "\$ govm run --trace-memory ${example#$root/}" >&2
cd "$root"
exec "$root/build/cli/govm" run --trace-memory "${example#$root/}"
