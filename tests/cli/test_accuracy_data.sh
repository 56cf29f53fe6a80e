#!/usr/bin/env bash
# test_accuracy_data.sh - checks the accuracy set and its evaluator, without
# the engine: the committed accuracy.jsonl is exactly what gen_accuracy.py
# generates; evaluate.py passes a perfect prediction, fails one that misses
# entities, and refuses an empty or incomplete prediction file.
# Usage (from the project root): bash tests/cli/test_accuracy_data.sh [gizli]
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ACC="$ROOT/tests/accuracy"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

command -v python3 >/dev/null || fail "python3 is required"

python3 "$ACC/gen_accuracy.py" --out "$TMP/acc.jsonl" >/dev/null || fail "gen_accuracy.py failed"
cmp -s "$TMP/acc.jsonl" "$ACC/accuracy.jsonl" ||
  fail "accuracy.jsonl differs from gen_accuracy.py output (regenerate and commit it)"

# Perfect predictions (gold copied into the CLI's output format), a copy with
# every 10th entity dropped, and an incomplete copy missing its last document.
python3 - "$ACC/accuracy.jsonl" "$TMP" <<'PY' || fail "could not build test predictions"
import json, sys
gold, tmp = sys.argv[1], sys.argv[2]
docs = [json.loads(l) for l in open(gold, encoding="utf-8")]
with open(tmp + "/perfect.jsonl", "w") as p, open(tmp + "/lossy.jsonl", "w") as l, \
     open(tmp + "/short.jsonl", "w") as s:
    k = 0
    for i, d in enumerate(docs):
        ents = [dict(e, score=1.0) for e in d["entities"]]
        p.write(json.dumps({"id": d["id"], "entities": ents}) + "\n")
        kept = []
        for e in ents:
            k += 1
            if k % 10:
                kept.append(e)
        l.write(json.dumps({"id": d["id"], "entities": kept}) + "\n")
        if i + 1 < len(docs):
            s.write(json.dumps({"id": d["id"], "entities": ents}) + "\n")
PY

EV="python3 $ACC/evaluate.py $ACC/accuracy.jsonl"
$EV "$TMP/perfect.jsonl" --floors "$ACC/floors.json" >"$TMP/out.txt" 2>&1 ||
  { cat "$TMP/out.txt"; fail "perfect predictions did not pass the floors"; }
grep -q "PASS" "$TMP/out.txt" || fail "no PASS line for perfect predictions"

$EV "$TMP/lossy.jsonl" --floors "$ACC/floors.json" >"$TMP/out.txt" 2>&1
rc=$?
[ $rc -eq 1 ] || { cat "$TMP/out.txt"; fail "lossy predictions: expected exit 1, got $rc"; }

: >"$TMP/empty.jsonl"
$EV "$TMP/empty.jsonl" --floors "$ACC/floors.json" >/dev/null 2>&1
rc=$?
[ $rc -eq 2 ] || fail "empty predictions: expected exit 2, got $rc"

$EV "$TMP/short.jsonl" --floors "$ACC/floors.json" >/dev/null 2>&1
rc=$?
[ $rc -eq 2 ] || fail "incomplete predictions: expected exit 2, got $rc"

echo "PASS: accuracy set reproducible, evaluator behaves"
