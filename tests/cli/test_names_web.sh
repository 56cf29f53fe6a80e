#!/usr/bin/env bash
# test_names_web.sh - PERSON accuracy on the hand-written web-style set
# tests/accuracy/names_web.jsonl (news, press releases, contact and staff pages,
# announcements, obituaries, court news in az, tr and en). Runs
# `gizli scan --format jsonl` with the default policy and checks the
# per-language PERSON scores against tests/accuracy/floors-names-web.json.
# Usage (from the project root): bash tests/cli/test_names_web.sh /path/to/gizli
# Needs only python3 (stdlib); never reads ../shared.
set -u
GIZLI=${1:?usage: test_names_web.sh /path/to/gizli}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ACC="$ROOT/tests/accuracy"
GOLD="$ACC/names_web.jsonl"

. "$ROOT/tests/cli/scan_set.sh"
# The committed JSONL must be what the builder makes from the marked-up source.
if ! python3 "$ACC/names_web_build.py" --check; then
  echo "FAIL: tests/accuracy/names_web.jsonl does not match names_web.src.txt" >&2
  exit 1
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

scan_set "$GOLD" "$TMP/pred.jsonl"
python3 "$ACC/names_eval.py" "$GOLD" "$TMP/pred.jsonl" --floors "$ACC/floors-names-web.json"
rc=$?
if [ $rc -ne 0 ]; then
  echo "FAIL: PERSON accuracy on names_web below floors (evaluator exit $rc)" >&2
  echo "      details: python3 tests/accuracy/names_eval.py $GOLD PRED --errors" >&2
  exit 1
fi
echo "PASS: names_web PERSON floors met"
