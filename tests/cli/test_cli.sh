#!/usr/bin/env bash
# test_cli.sh - the gizli command line as a user meets it: help, exit codes,
# golden outputs, byte-exact preservation outside findings, malformed input,
# hostile bytes, huge lines. Usage: bash tests/cli/test_cli.sh path/to/gizli
set -u
G=${1:?usage: test_cli.sh path/to/gizli}
cd "$(dirname "$0")/../.."
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
check() { if eval "$2"; then ok; else bad "$1"; fi; }
X="--exclude PERSON,LOCATION,ORGANIZATION"  # goldens cover the structured types

# --- help and usage ------------------------------------------------------
for c in scan redact reveal keygen audit; do
  "$G" $c --help >"$T/h" 2>&1; check "$c --help exits 0" '[ $? -eq 0 ] && [ -s "$T/h" ]'
done
"$G" --help >/dev/null; check "--help" '[ $? -eq 0 ]'
"$G" frobnicate 2>"$T/e"; check "unknown command exits 2" '[ $? -eq 2 ]'
"$G" scan --bogus 2>"$T/e"; check "unknown option exits 2" '[ $? -eq 2 ] && grep -q "unknown option" "$T/e"'
"$G" scan --lang xx 2>"$T/e"; check "bad --lang exits 2" '[ $? -eq 2 ]'
"$G" scan --types NOPE /dev/null 2>"$T/e"; check "bad type exits 2" '[ $? -eq 2 ] && grep -q NOPE "$T/e"'
"$G" scan "$T/missing.txt" 2>"$T/e"; check "missing file exits 3 and names it" '[ $? -eq 3 ] && grep -q missing.txt "$T/e"'
"$G" types | grep -qx TR_TCKN; check "types lists TR_TCKN" '[ $? -eq 0 ]'

# --- cache of compiled detectors (GIZLI_CACHE_DIR, --no-cache) -------------
C="$T/cache"
GIZLI_CACHE_DIR="$C" "$G" scan $X examples/sample.txt >"$T/c1"
check "cache: files written to GIZLI_CACHE_DIR" '[ -n "$(ls "$C"/*.hsdb 2>/dev/null)" ] && [ "$(stat -c %a "$C")" = 700 ]'
GIZLI_CACHE_DIR="$C" "$G" scan $X examples/sample.txt >"$T/c2"
GIZLI_CACHE_DIR="$C" "$G" scan $X --no-cache examples/sample.txt >"$T/c3"
check "cache: hit, miss and --no-cache print the same" 'cmp -s "$T/c1" "$T/c2" && cmp -s "$T/c1" "$T/c3" && [ -s "$T/c1" ]'
GIZLI_CACHE_DIR="$T/c-off" "$G" scan $X --no-cache examples/sample.txt >/dev/null
check "cache: --no-cache writes nothing" '[ ! -e "$T/c-off" ]'
mkdir -p "$T/home"
HOME="$T/home" XDG_CACHE_HOME= GIZLI_CACHE_DIR= "$G" scan $X examples/sample.txt >/dev/null
check "cache: GIZLI_CACHE_DIR= turns it off" '[ ! -e "$T/home/.cache" ]'
( unset GIZLI_CACHE_DIR XDG_CACHE_HOME; HOME="$T/home" "$G" scan $X examples/sample.txt >/dev/null )
check "cache: default is ~/.cache/gizli" '[ -n "$(ls "$T/home/.cache/gizli"/*.hsdb 2>/dev/null)" ]'

# --- golden outputs --------------------------------------------------------
"$G" scan $X --format jsonl tests/cli/records.jsonl >"$T/scan.jsonl"
check "jsonl scan golden" 'cmp -s "$T/scan.jsonl" tests/cli/golden/records.scan.jsonl || diff "$T/scan.jsonl" tests/cli/golden/records.scan.jsonl >&2'
"$G" redact $X --format jsonl tests/cli/records.jsonl >"$T/redact.jsonl"
check "jsonl redact golden" 'cmp -s "$T/redact.jsonl" tests/cli/golden/records.redact.jsonl || diff "$T/redact.jsonl" tests/cli/golden/records.redact.jsonl >&2'
"$G" redact $X examples/sample.txt >"$T/sample.txt"
check "text redact golden" 'cmp -s "$T/sample.txt" tests/cli/golden/sample.redact.txt || diff "$T/sample.txt" tests/cli/golden/sample.redact.txt >&2'
"$G" redact $X --mask=4 examples/sample.txt >"$T/mask.txt"
check "mask golden" 'cmp -s "$T/mask.txt" tests/cli/golden/sample.mask.txt || diff "$T/mask.txt" tests/cli/golden/sample.mask.txt >&2'
"$G" scan $X --format jsonl --offsets chars tests/cli/records.jsonl >"$T/chars.jsonl"
check "char offsets differ from byte offsets only after non-ASCII" \
  'python3 tests/cli/check_offsets.py tests/cli/records.jsonl "$T/scan.jsonl" "$T/chars.jsonl"'

# --- every byte outside a finding is preserved (whole accuracy corpus) -----
if python3 - "$G" tests/accuracy/accuracy.jsonl "$T" <<'PY'; then ok; else bad "byte preservation on the accuracy corpus"; fi
import json, subprocess, sys
g, corpus, tmp = sys.argv[1], sys.argv[2], sys.argv[3]
scan = subprocess.run([g, "scan", "--format", "jsonl", corpus], capture_output=True, check=True).stdout.decode().splitlines()
red = subprocess.run([g, "redact", "--format", "jsonl", corpus], capture_output=True, check=True).stdout.decode().splitlines()
src = open(corpus, encoding="utf-8").read().splitlines()
assert len(scan) == len(src) == len(red), "one output line per input line"
for s, r, line in zip(scan, red, src):
    text = json.loads(line)["text"].encode()
    ents = json.loads(s)["entities"]
    out, at = b"", 0
    for e in ents:
        out += text[at:e["start"]] + ("[%s]" % e["type"]).encode()
        at = e["end"]
    out += text[at:]
    got = json.loads(r)
    assert got["text"].encode() == out, (got["id"], got["text"][:80])
    orig = json.loads(line); orig.pop("text"); got.pop("text")
    assert orig == got, "other fields unchanged"
# the same corpus as one text stream, through the streaming path with tiny chunks
raw = "\n".join(json.loads(l)["text"] for l in src).encode()
open(tmp + "/all.txt", "wb").write(raw)
# (structured types: the name model remembers names seen earlier in a
# document, which a stream window may not contain; see docs/names.md)
X = ["--exclude", "PERSON,LOCATION,ORGANIZATION"]
js = subprocess.run([g, "scan", *X, "--json", "--chunk-size", "4096", tmp + "/all.txt"], capture_output=True, check=True).stdout.decode().splitlines()
red = subprocess.run([g, "redact", *X, "--chunk-size", "4096", tmp + "/all.txt"], capture_output=True, check=True).stdout
out, at = b"", 0
for l in js:
    e = json.loads(l)
    out += raw[at:e["start"]] + ("[%s]" % e["type"]).encode()
    at = e["end"]
out += raw[at:]
assert red == out, "text stream redaction keeps every other byte"
big = subprocess.run([g, "scan", *X, "--json", tmp + "/all.txt"], capture_output=True, check=True).stdout.decode().splitlines()
assert big == js, "findings do not depend on the chunk size"
PY

# --- threads: same output, same order ---------------------------------------
"$G" redact --format jsonl --threads 1 tests/accuracy/accuracy.jsonl >"$T/r1.jsonl"
"$G" redact --format jsonl --threads 2 tests/accuracy/accuracy.jsonl >"$T/r2.jsonl"
check "--threads 2 gives the single-threaded output" 'cmp -s "$T/r1.jsonl" "$T/r2.jsonl"'

# --- malformed JSONL --------------------------------------------------------
printf '{"id":1,"text":"ok 0532 123 45 67"}\n{"id":2,"text":"broken\n{"id":3}\n[1,2]\n{"id":5,"text":"fine"}\n' >"$T/bad.jsonl"
"$G" scan --format jsonl "$T/bad.jsonl" >"$T/o" 2>"$T/e"
check "malformed line stops with exit 4" '[ $? -eq 4 ] && grep -q "bad.jsonl:2:" "$T/e" && [ $(wc -l <"$T/o") -eq 1 ]'
"$G" redact --format jsonl --keep-going --threads 3 "$T/bad.jsonl" >"$T/o" 2>"$T/e"
check "--keep-going reports every bad line, keeps line count, exit 4" \
  '[ $? -eq 4 ] && [ $(wc -l <"$T/o") -eq 5 ] && grep -q ":3:" "$T/e" && grep -q ":4:" "$T/e" && grep -q "\"line\": 2" "$T/o" && ! grep -q "0532" "$T/o"'

# records the fast validator hands to jansson (nested object with two members,
# escaped key, exponent) give the same redaction as a flat record, and
# duplicate top-level keys are an error
printf '{"id":1,"meta":{"a":1,"b":[2,3]},"k\\u0065y":1e3,"text":"tel 0532 123 45 67"}\n{"id":2,"text":"tel 0532 123 45 67"}\n' >"$T/nested.jsonl"
"$G" redact --format jsonl "$T/nested.jsonl" >"$T/o"
check "nested records redact like flat ones" \
  '[ $? -eq 0 ] && grep -c "tel \[PHONE\]" "$T/o" | grep -q 2 && grep -q "\"meta\":{\"a\":1,\"b\":\[2,3\]}" "$T/o"'
printf '{"id":1,"text":"a","text":"b"}\n' >"$T/dup.jsonl"
"$G" scan --format jsonl "$T/dup.jsonl" >"$T/o" 2>"$T/e"
check "duplicate key is reported" '[ $? -eq 4 ] && grep -q "dup.jsonl:1:" "$T/e"'

# a byte order mark before the first record is kept by redact and not parsed
printf '\xef\xbb\xbf{"id":1,"text":"tel 0532 123 45 67"}\n' >"$T/bom.jsonl"
"$G" redact --format jsonl "$T/bom.jsonl" >"$T/o"
check "UTF-8 BOM before the first record" 'printf "\xef\xbb\xbf{\"id\":1,\"text\":\"tel [PHONE]\"}\n" | cmp -s - "$T/o"'

# --- hostile input ------------------------------------------------------------
: >"$T/empty"
"$G" redact "$T/empty" >"$T/o"; check "empty input gives empty output" '[ $? -eq 0 ] && [ ! -s "$T/o" ]'
# random bytes without letters or digits in any script (ASCII punctuation and
# control bytes, and 0xF8-0xFF, which never occur in UTF-8): nothing to find by chance
python3 -c "
import os, sys
r = bytes(b for b in os.urandom(1200000) if (b < 0x80 and not chr(b).isalnum()) or b >= 0xF8)[:300000]
sys.stdout.buffer.write(r + b' TCKN 10000000146 \0\xff' + r[:1000])" >"$T/bin"
"$G" redact "$T/bin" >"$T/o"; check "binary input: exit 0" '[ $? -eq 0 ]'
if python3 - "$T/bin" "$T/o" <<'PY'; then ok; else bad "binary input: only findings change"; fi
import sys
a, b = open(sys.argv[1], "rb").read(), open(sys.argv[2], "rb").read()
i = a.index(b" TCKN 10000000146 ")
assert b[: i + 6] == a[: i + 6]
assert b"[TR_TCKN]" in b[i:i + 40]
PY
printf 'caf\xc3\xa9 \xff\xfe 0532 123 45 67 \x00 end' >"$T/u8"
"$G" redact "$T/u8" >"$T/o"
check "invalid UTF-8 and NUL kept" 'printf "caf\xc3\xa9 \xff\xfe [PHONE] \x00 end" | cmp -s - "$T/o"'
python3 -c "
import sys
s = ('lorem ipsum dolor sit amet ' * 4000000)[:100_000_000]
sys.stdout.write(s[:50_000_000] + ' Tel: 0532 123 45 67 ' + s[50_000_000:])" >"$T/long"
"$G" redact --no-progress "$T/long" >"$T/o"
check "100 MB single line: one finding, sizes add up" \
  '[ $? -eq 0 ] && [ $(( $(stat -c %s "$T/long") - $(stat -c %s "$T/o") )) -eq 7 ] && grep -c "\[PHONE\]" "$T/o" | grep -qx 1'
python3 -c "
import json
print(json.dumps({'id': 'big', 'text': 'x ' * 5_000_000 + 'TCKN 10000000146'}))" >"$T/longjson"
"$G" scan --format jsonl "$T/longjson" >"$T/o"; check "10 MB JSONL record" 'grep -q TR_TCKN "$T/o"'
"$G" scan --fail-on-findings examples/sample.txt >/dev/null; check "--fail-on-findings exits 1" '[ $? -eq 1 ]'
echo "nothing here" | "$G" scan --fail-on-findings >/dev/null; check "--fail-on-findings exits 0 when clean" '[ $? -eq 0 ]'
"$G" scan examples/sample.txt >/dev/full 2>/dev/null; check "write error exits 5" '[ $? -eq 5 ]'

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
