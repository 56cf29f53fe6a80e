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

. "$ROOT/tests/cli/scan_set.sh"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
scan_set "$GOLD" "$TMP/pred.jsonl"

python3 "$EVAL" "$GOLD" "$TMP/pred.jsonl" --types structured --floors "$FLOORS"
rc=$?
if [ $rc -ne 0 ]; then
  echo "FAIL: accuracy below floors (evaluator exit $rc)" >&2
  exit 1
fi
# A second, held-out-style set: other templates, wording and seed, generated
# now and never used for tuning, with its own (lower) floors.
python3 "$ROOT/tests/accuracy/holdout_gen.py" --seed 7 --out "$TMP/holdout.jsonl" >/dev/null
scan_set "$TMP/holdout.jsonl" "$TMP/hpred.jsonl"
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
scan_set "$RGOLD" "$TMP/rpred.jsonl"
if ! python3 "$EVAL" "$RGOLD" "$TMP/rpred.jsonl" --types structured \
    --floors "$ROOT/tests/accuracy/floors-realistic.json"; then
  echo "FAIL: realistic-set accuracy below floors" >&2
  exit 1
fi
echo "PASS: accuracy floors met"
