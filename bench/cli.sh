#!/usr/bin/env bash
# cli.sh - end-to-end timings of the gizli command line on the benchmark
# corpus (engine compile, reading, writing and JSONL handling included), as
# a Markdown table for BENCHMARKS.md. Each row is the fastest of REPEAT runs;
# peak RSS comes from GNU time (/usr/bin/time, Debian package "time") when
# present, otherwise from bash's own times (RSS then shown as "-").
# The compiled-detector cache lives in BUILD/bench-data/hs-cache and is
# filled before the table, so the rows time the cached start (a first run
# pays the 1-2 s compile once); a last table times a one-line input cold
# (--no-cache) and cached.
# usage: bash bench/cli.sh [BUILD_DIR] [SIZE_MB] [REPEAT]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
SIZE=${2:-200}
REPEAT=${3:-2}
cmake --build "$BUILD" --target gizli gencorpus -j2 >/dev/null
mkdir -p "$BUILD/bench-data"
for fmt in text jsonl; do
  c="$BUILD/bench-data/corpus-${SIZE}mb.$fmt"
  if [ ! -s "$c" ] || [ "$BUILD/gencorpus" -nt "$c" ]; then
    "$BUILD/gencorpus" "$c.tmp" "$SIZE" "$fmt"
    mv "$c.tmp" "$c"
  fi
done
CSV_MB=$((SIZE < 50 ? SIZE : 50)) # a people table (bench/gencorpus.c csv)
CSV="$BUILD/bench-data/people-${CSV_MB}mb.csv"
if [ ! -s "$CSV" ] || [ "$BUILD/gencorpus" -nt "$CSV" ]; then
  "$BUILD/gencorpus" "$CSV.tmp" "$CSV_MB" csv
  mv "$CSV.tmp" "$CSV"
fi
TEXT="$BUILD/bench-data/corpus-${SIZE}mb.text"
JSONL="$BUILD/bench-data/corpus-${SIZE}mb.jsonl"
G="$BUILD/gizli"
export GIZLI_CACHE_DIR="$BUILD/bench-data/hs-cache"
echo "Tel 0532 123 45 67" >"$BUILD/bench-data/one-line.txt"
for t in "" "--exclude PERSON"; do "$G" scan $t "$BUILD/bench-data/one-line.txt" >/dev/null; done
GNU_TIME=
if [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; then GNU_TIME=/usr/bin/time; fi

# run LABEL INPUT CMD...: fastest wall time of REPEAT runs, MiB/s of INPUT, peak RSS
run() {
  local label=$1 input=$2
  shift 2
  local mib best="" rss="-" t0 t1 secs r out
  mib=$(awk -v b="$(stat -c %s "$input")" 'BEGIN { printf "%.1f", b / 1048576 }')
  for ((r = 0; r < REPEAT; r++)); do
    out=$(mktemp)
    t0=$(date +%s.%N)
    if [ -n "$GNU_TIME" ]; then
      "$GNU_TIME" -f %M -o "$out.rss" "$@" >/dev/null
    else
      "$@" >/dev/null
    fi
    t1=$(date +%s.%N)
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
    if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$secs
      [ -n "$GNU_TIME" ] && rss=$(awk '{ printf "%.0f MB", $1 / 1000 }' "$out.rss")
    fi
    rm -f "$out" "$out.rss"
  done
  printf '| %s | %s s | %s | %s |\n' "$label" "$best" \
    "$(awk -v m="$mib" -v s="$best" 'BEGIN { if (m < 0.1) print "-"; else printf "%.1f", m / s }')" "$rss"
}

echo "| command ($SIZE MiB corpus, cached start) | time | MiB/s | peak RSS |"
echo "|---|---:|---:|---:|"
run '`gizli redact --exclude PERSON corpus.text` (streaming)' "$TEXT" \
  "$G" redact --exclude PERSON "$TEXT"
run '`gizli redact corpus.text` (names on)' "$TEXT" "$G" redact "$TEXT"
run '`gizli scan --format jsonl --threads 1 --exclude PERSON corpus.jsonl`' "$JSONL" \
  "$G" scan --format jsonl --threads 1 --exclude PERSON "$JSONL"
run 'same, both cores (the JSONL default)' "$JSONL" \
  "$G" scan --format jsonl --exclude PERSON "$JSONL"
run '`gizli redact --format jsonl corpus.jsonl` (names on, both cores)' "$JSONL" \
  "$G" redact --format jsonl "$JSONL"
run "\`gizli redact --format csv people.csv\` (names on; $CSV_MB MiB, 8 values a row)" "$CSV" \
  "$G" redact --format csv "$CSV"
run 'same, `--exclude PERSON`' "$CSV" "$G" redact --format csv --exclude PERSON "$CSV"

ONE="$BUILD/bench-data/one-line.txt"
echo
echo "| one-line input (start-up) | time | MiB/s | peak RSS |"
echo "|---|---:|---:|---:|"
run '`gizli scan --no-cache` (compile every time)' "$ONE" "$G" scan --no-cache "$ONE"
run '`gizli scan` (compiled databases from the cache)' "$ONE" "$G" scan "$ONE"
