#!/usr/bin/env bash
# run.sh - builds the benchmark tools, generates the corpus once (cached in the
# build directory) and runs bench on it.
# usage: bash bench/run.sh [BUILD_DIR] [SIZE_MB] [bench options...]
#   BUILD_DIR defaults to ./build, SIZE_MB to 200 (MiB). Extra options go to
#   bench, e.g. -t 4 -r 3 -l tr. Set GIZLI_BENCH_FORMAT=jsonl for a JSONL corpus.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
SIZE=${2:-200}
shift $(( $# > 2 ? 2 : $# ))
FORMAT=${GIZLI_BENCH_FORMAT:-text}

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$BUILD" --target gencorpus bench -j2 >/dev/null

mkdir -p "$BUILD/bench-data"
CORPUS="$BUILD/bench-data/corpus-${SIZE}mb.$FORMAT"
if [ ! -s "$CORPUS" ] || [ "$BUILD/gencorpus" -nt "$CORPUS" ]; then
  "$BUILD/gencorpus" "$CORPUS.tmp" "$SIZE" "$FORMAT"
  mv "$CORPUS.tmp" "$CORPUS"
fi
exec "$BUILD/bench" "$CORPUS" "$@"
