#!/usr/bin/env bash
# test_accuracy.sh - runs `gizli scan --format jsonl` over the labelled accuracy
# set and checks the structured types against tests/accuracy/floors.json; then
# the generated held-out set (floors-holdout.json) and the hand-written
# realistic set (floors-realistic.json).
# Usage (from the project root): bash tests/cli/test_accuracy.sh /path/to/gizli
# Fails (non-zero) when the binary is missing, the scan fails, the output is
# incomplete, or any per-type precision/recall is below its floor.
set -u
GIZLI=${1:?usage: test_accuracy.sh /path/to/gizli}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
GOLD="$ROOT/tests/accuracy/accuracy.jsonl"
FLOORS="$ROOT/tests/accuracy/floors.json"
EVAL="$ROOT/tests/accuracy/evaluate.py"

if [ ! -x "$GIZLI" ]; then
  echo "FAIL: gizli binary not found or not executable: $GIZLI" >&2
  exit 1
fi
if ! command -v python3 >/dev/null; then
  echo "FAIL: python3 is required for the evaluator" >&2
  exit 1
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if ! "$GIZLI" scan --format jsonl "$GOLD" >"$TMP/pred.jsonl" 2>"$TMP/err.txt"; then
  echo "FAIL: '$GIZLI scan --format jsonl' exited with an error:" >&2
  head -20 "$TMP/err.txt" >&2
  exit 1
fi
ngold=$(grep -c . "$GOLD")
npred=$(grep -c . "$TMP/pred.jsonl" || true)
if [ "$ngold" != "$npred" ]; then
  echo "FAIL: scan wrote $npred lines for $ngold input documents" >&2
  head -5 "$TMP/err.txt" >&2
  exit 1
fi

python3 "$EVAL" "$GOLD" "$TMP/pred.jsonl" --types structured --floors "$FLOORS"
rc=$?
if [ $rc -ne 0 ]; then
  echo "FAIL: accuracy below floors (evaluator exit $rc)" >&2
  exit 1
fi
# A second, held-out-style set: other templates, wording and seed, generated
# now and never used for tuning, with its own (lower) floors.
python3 "$ROOT/tests/accuracy/holdout_gen.py" --seed 7 --out "$TMP/holdout.jsonl" >/dev/null
"$GIZLI" scan --format jsonl "$TMP/holdout.jsonl" >"$TMP/hpred.jsonl" || { echo "FAIL: holdout scan" >&2; exit 1; }
if ! python3 "$EVAL" "$TMP/holdout.jsonl" "$TMP/hpred.jsonl" --types structured \
    --floors "$ROOT/tests/accuracy/floors-holdout.json"; then
  echo "FAIL: held-out accuracy below floors" >&2
  exit 1
fi
# A third set, written by hand in the style of real web text
# (tests/accuracy/realistic.src.txt -> realistic.jsonl), with its own floors.
if ! python3 "$ROOT/tests/accuracy/realistic_build.py" --check; then
  echo "FAIL: tests/accuracy/realistic.jsonl does not match realistic.src.txt" >&2
  exit 1
fi
RGOLD="$ROOT/tests/accuracy/realistic.jsonl"
"$GIZLI" scan --format jsonl "$RGOLD" >"$TMP/rpred.jsonl" || { echo "FAIL: realistic scan" >&2; exit 1; }
if ! python3 "$EVAL" "$RGOLD" "$TMP/rpred.jsonl" --types structured \
    --floors "$ROOT/tests/accuracy/floors-realistic.json"; then
  echo "FAIL: realistic-set accuracy below floors" >&2
  exit 1
fi
echo "PASS: accuracy floors met"
