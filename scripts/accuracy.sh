#!/bin/sh
# Accuracy figures for ACCURACY.md: structured types on the project's own
# labelled set, a generated held-out set and the hand-written realistic set,
# then person names on the public NER test splits and the seed articles
# (skipped with a message when ../shared is absent).
set -eu
BUILD=${1:-build}
SHARED=${GIZLI_SHARED:-../shared}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
echo "== structured types: tests/accuracy/accuracy.jsonl"
"$BUILD/gizli" scan --format jsonl tests/accuracy/accuracy.jsonl >"$T/p.jsonl"
python3 tests/accuracy/evaluate.py tests/accuracy/accuracy.jsonl "$T/p.jsonl" --types structured
for seed in 7 99; do
  echo "== structured types: held-out set (tests/accuracy/holdout_gen.py --seed $seed --docs 900)"
  python3 tests/accuracy/holdout_gen.py --seed "$seed" --docs 900 --out "$T/h.jsonl" >/dev/null
  "$BUILD/gizli" scan --format jsonl "$T/h.jsonl" >"$T/hp.jsonl"
  python3 tests/accuracy/evaluate.py "$T/h.jsonl" "$T/hp.jsonl" --types structured
done
echo "== structured types: tests/accuracy/realistic.jsonl (hand-written, web-style)"
"$BUILD/gizli" scan --format jsonl tests/accuracy/realistic.jsonl >"$T/r.jsonl"
python3 tests/accuracy/evaluate.py tests/accuracy/realistic.jsonl "$T/r.jsonl" --types structured
echo "== names"
"$BUILD/eval_ner" --shared "$SHARED"
