#!/usr/bin/env bash
# test.sh: the README's second command (and CI's). Installs what is missing,
# builds govm with its tests, and runs the whole suite through ctest.
#   bash scripts/test.sh              # RelWithDebInfo build in build-test/
#   bash scripts/test.sh --sanitize   # ASan + UBSan build in build-asan/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/deps.sh"
govm_install_deps

dir=$root/build-test
args=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "${1:-}" = "--sanitize" ]; then
  dir=$root/build-asan
  args=(-DCMAKE_BUILD_TYPE=Debug -DGOVM_SANITIZE=ON)
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
fi
cmake -S "$root" -B "$dir" "${args[@]}" >/dev/null
cmake --build "$dir" -j"$(nproc)"
cd "$dir"
ctest --output-on-failure -j"$(nproc)"
