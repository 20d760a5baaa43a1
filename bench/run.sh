#!/usr/bin/env bash
# bench/run.sh - benchmark govm against its peers with the shared kit.
#
# usage: bench/run.sh [KIT OPTIONS]
#   default options: -b fib,loop -p go,lua -n 5
#
# Builds govm in Release into build-release/ at the repository root
# (configuring it the first time; an incremental build afterwards, so the
# binary measured is the current source), then runs the shared kit,
# ../shared/bench/run.sh beside the repository, on it:
#
#   ../shared/bench/run.sh KIT OPTIONS build-release/cli/govm
#
# Options are the kit's (see ../shared/bench/run.sh -h): -b benchmarks,
# -p peers, -n runs, -w warm-ups, -t time limit, -o markdown output, -k.
# env: GOVM=path   measure that binary instead (no build)
#      JOBS=N      parallel build jobs (default 2)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(git -C "$HERE" rev-parse --show-toplevel 2> /dev/null || (cd "$HERE/.." && pwd))
KIT=$ROOT/../shared/bench/run.sh
[ -x "$KIT" ] || [ -f "$KIT" ] || { echo "bench/run.sh: no benchmark kit at $KIT" >&2; exit 2; }

if [ -z "${GOVM:-}" ]; then
  BUILD=$ROOT/build-release
  if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF > /dev/null
  fi
  echo "bench/run.sh: building govm (Release) in $BUILD" >&2
  cmake --build "$BUILD" --target govm -j "${JOBS:-2}" > "$BUILD/bench-build.log" 2>&1 || {
    echo "bench/run.sh: build failed; see $BUILD/bench-build.log" >&2
    tail -n 20 "$BUILD/bench-build.log" >&2
    exit 2
  }
  GOVM=$BUILD/cli/govm
fi
[ -x "$GOVM" ] || { echo "bench/run.sh: govm '$GOVM' is not executable" >&2; exit 2; }

if [ $# -eq 0 ]; then
  set -- -b fib,loop -p go,lua -n 5
fi
exec bash "$KIT" "$@" "$GOVM"
