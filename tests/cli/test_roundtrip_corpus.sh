#!/usr/bin/env bash
# test_roundtrip_corpus.sh - de-identification round trips on the whole
# labelled corpus (tests/accuracy/accuracy.jsonl, 1080 records, and the same
# texts as one text stream): `redact --policy P` then `reveal --policy P`
# gives the input back byte for byte for the reversible presets (reversible,
# and fpe with names encrypted instead of surrogates); no labelled original
# value survives in the de-identified output; FPE output still validates.
# Usage: bash tests/cli/test_roundtrip_corpus.sh path/to/gizli
set -u
G=${1:?usage: test_roundtrip_corpus.sh path/to/gizli}
cd "$(dirname "$0")/../.."
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1" >&2; fi; }
C=tests/accuracy/accuracy.jsonl
# A fixed test key, so that a failure is reproducible: FPE output depends on
# the key, and an output another detector reads differently (an SSN the
# scanner once took for a date) shows up only for some keys.
# GIZLI_RT_RANDOM_KEY=1 uses a new random key instead (stress runs); on a
# failure that key is kept as ./roundtrip-failed.key (a throwaway test key).
if [ "${GIZLI_RT_RANDOM_KEY:-0}" = 1 ]; then
  "$G" keygen "$T/k.key" 2>/dev/null
else
  printf 'gizli-keyfile 1\nkey k1 2026-11-24T00:00:00Z %s\n' \
    5f1c0e3a9b7d2468ace013579bdf2468a1c3e5f7092b4d6f8e0a2c4e6f8b1d3f >"$T/k.key"
  chmod 600 "$T/k.key"
fi
cat >"$T/fpe-all.yaml" <<'YAML'
version: 1
name: fpe-reversible
extends: fpe
types:
  PERSON: encrypt
YAML
python3 -c "
import json, sys
print('\n'.join(json.loads(l)['text'] for l in open('$C', encoding='utf-8')), end='')" >"$T/all.txt"

for pol in reversible "$T/fpe-all.yaml"; do
  name=$(basename "$pol" .yaml)
  "$G" redact --format jsonl --threads 2 --policy "$pol" --key "$T/k.key" "$C" >"$T/$name.jl"
  "$G" reveal --format jsonl --policy "$pol" --key "$T/k.key" --audit-log "$T/a.log" \
    "$T/$name.jl" >"$T/$name.back.jl" 2>/dev/null
  check "$name: jsonl reveal gives the corpus back byte for byte" 'cmp -s "$C" "$T/$name.back.jl"'
  "$G" redact --policy "$pol" --key "$T/k.key" "$T/all.txt" >"$T/$name.txt"
  "$G" reveal --policy "$pol" --key "$T/k.key" --audit-log "$T/a.log" "$T/$name.txt" \
    >"$T/$name.back.txt" 2>/dev/null
  check "$name: text reveal gives the stream back byte for byte" 'cmp -s "$T/all.txt" "$T/$name.back.txt"'
  # no labelled value (structured types, 6+ bytes) is left in the output
  check "$name: no original value left" "python3 - '$C' '$T/$name.jl' <<'PY'
import json, sys
gold = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
out = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]
left = 0
for g, o in zip(gold, out):
    t = g['text'].encode()
    for e in g['entities']:
        v = t[e['start']:e['end']]
        if e['type'] not in ('PERSON', 'LOCATION', 'ORGANIZATION') and len(v) >= 6 and v in o['text'].encode():
            left += 1
sys.exit(1 if left else 0)
PY"
done
# JSON written in ASCII (Python's json.dumps default: non-ASCII as \u escapes)
# comes back in the same style; az and tr records always have such escapes
# outside their findings, which is how reveal recognises the style
python3 -c "
import json
for l in open('$C', encoding='utf-8'):
    d = json.loads(l)
    if d['lang'] in ('az', 'tr'): print(json.dumps(d))" >"$T/ascii.jsonl"
"$G" redact --format jsonl --policy reversible --key "$T/k.key" "$T/ascii.jsonl" >"$T/ascii.red"
"$G" reveal --format jsonl --policy reversible --key "$T/k.key" --audit-log "$T/a.log" \
  "$T/ascii.red" >"$T/ascii.back" 2>/dev/null
check "ASCII-escaped JSONL comes back byte for byte" 'cmp -s "$T/ascii.jsonl" "$T/ascii.back"'
"$G" audit verify --key "$T/k.key" "$T/a.log" >/dev/null 2>&1
check "audit log of the five reveals verifies" '[ $? -eq 0 ]'
# FPE output is still valid: the scanner finds as many TCKN/IBAN/cards/VKN/VÖEN
"$G" scan --format jsonl "$C" >"$T/scan.before"
"$G" scan --format jsonl "$T/fpe-all.jl" >"$T/scan.after"
for t in TR_TCKN IBAN CREDIT_CARD TR_VKN AZ_VOEN; do
  a=$(grep -o "\"$t\"" "$T/scan.before" | wc -l)
  b=$(grep -o "\"$t\"" "$T/scan.after" | wc -l)
  check "fpe keeps $t valid ($a before, $b after)" '[ "$a" -gt 0 ] && [ "$a" -eq "$b" ]'
done
echo "$pass passed, $fail failed"
if [ "$fail" -gt 0 ] && [ "${GIZLI_RT_RANDOM_KEY:-0}" = 1 ]; then
  cp "$T/k.key" roundtrip-failed.key && echo "key kept in $(pwd)/roundtrip-failed.key" >&2
fi
[ "$fail" -eq 0 ]
