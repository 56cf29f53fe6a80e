#!/bin/bash
# test_deid.sh - de-identification through the CLI, each step in its own
# process: keygen (mode 0600, no overwrite, rotation), redact --policy
# reversible/fpe then reveal byte for byte (text and jsonl), determinism
# across processes, other key -> other output, wrong/missing key -> error
# and no output, audit log verification and tamper detection.
# Usage: bash tests/cli/test_deid.sh path/to/gizli   (from the project root)
set -u
G=${1:?usage: test_deid.sh path/to/gizli}
T=$(mktemp -d /tmp/gizli-cli-deid-XXXXXX)
trap 'rm -rf "$T"' EXIT
fail=0
check() { # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fail=1; fi
}
not() { ! "$@"; }

cat > "$T/in.txt" <<'EOF'
Müşteri T.C. kimlik numarası 10000000146, IBAN TR33 0006 1005 1978 6457 8413 26.
Telefon: +90 532 123 45 67, e-posta ahmet.kaya@firma.com.tr. Kart 4111 1111 1111 1111.
Vergi kimlik no: 1234567890. VÖEN 1400057421.
EOF
printf '{"id":1,"text":"TC 10000000146 ve tel +90 532 123 45 67"}\n{"id":2,"text":"IBAN TR33 0006 1005 1978 6457 8413 26"}\n' > "$T/in.jsonl"

# keys
"$G" keygen "$T/a.key" 2>/dev/null
check "keygen writes a key file" test -s "$T/a.key"
check "key file mode is 0600" test "$(stat -c %a "$T/a.key")" = 600
"$G" keygen "$T/a.key" 2>/dev/null
check "keygen refuses to overwrite" test $? -ne 0
"$G" keygen "$T/b.key" 2>/dev/null
check "keygen prints no secret" test -z "$("$G" keygen "$T/c.key" 2>&1 | grep -E '[0-9a-f]{64}')"

for pol in reversible fpe; do
  "$G" redact --policy "$pol" --key "$T/a.key" "$T/in.txt" > "$T/$pol.1" 2>/dev/null
  "$G" redact --policy "$pol" --key "$T/a.key" "$T/in.txt" > "$T/$pol.2" 2>/dev/null
  "$G" redact --policy "$pol" --key "$T/b.key" "$T/in.txt" > "$T/$pol.b" 2>/dev/null
  check "$pol: output differs from input" not cmp -s "$T/in.txt" "$T/$pol.1"
  check "$pol: deterministic across processes" cmp -s "$T/$pol.1" "$T/$pol.2"
  check "$pol: other key gives other output" not cmp -s "$T/$pol.1" "$T/$pol.b"
  for v in 10000000146 "TR33 0006 1005 1978 6457 8413 26" "+90 532 123 45 67" \
           ahmet.kaya@firma.com.tr "4111 1111 1111 1111" 1234567890 1400057421; do
    check "$pol: '$v' not in output" not grep -qF "$v" "$T/$pol.1"
  done
  "$G" reveal --policy "$pol" --key "$T/a.key" --audit-log "$T/audit.log" "$T/$pol.1" \
    > "$T/$pol.back" 2>/dev/null
  check "$pol: reveal exit 0" test $? -eq 0
  check "$pol: reveal gives the input byte for byte" cmp -s "$T/in.txt" "$T/$pol.back"
  "$G" redact --format jsonl --policy "$pol" --key "$T/a.key" "$T/in.jsonl" > "$T/$pol.jl" 2>/dev/null
  "$G" reveal --format jsonl --policy "$pol" --key "$T/a.key" --audit-log "$T/audit.log" \
    "$T/$pol.jl" > "$T/$pol.jl.back" 2>/dev/null
  check "$pol: jsonl round trip" cmp -s "$T/in.jsonl" "$T/$pol.jl.back"
done

# FPE values keep their checksum: the scanner still finds a TCKN, IBAN, card
scan=$("$G" scan "$T/fpe.1" 2>/dev/null)
for t in TR_TCKN IBAN CREDIT_CARD TR_VKN AZ_VOEN; do
  check "fpe: $t still detected (valid checksum)" grep -q "$t" <<<"$scan"
done

# wrong key: error, nothing revealed; missing key: key error
"$G" reveal --key "$T/b.key" --audit-log "$T/wrong.log" "$T/reversible.1" > "$T/wrong.out" 2>/dev/null
rc=$?
check "wrong key: exit 8" test $rc -eq 8
check "wrong key: no output" test ! -s "$T/wrong.out"
"$G" reveal --key "$T/missing.key" "$T/reversible.1" > /dev/null 2>&1
check "missing key: exit 7" test $? -eq 7

# rotation: a new key for new tokens, old tokens still reveal
"$G" keygen --add "$T/a.key" 2>/dev/null
"$G" reveal --key "$T/a.key" --audit-log "$T/audit.log" "$T/reversible.1" > "$T/rot.back" 2>/dev/null
check "rotation: old tokens reveal with the rotated file" cmp -s "$T/in.txt" "$T/rot.back"
"$G" redact --policy reversible --key "$T/a.key" "$T/in.txt" 2>/dev/null > "$T/rot.red"
check "rotation: new tokens name the new key" grep -q '\[\[ENC:TR_TCKN:k2:' "$T/rot.red"

# audit log: intact, then tampered
"$G" audit verify --key "$T/a.key" "$T/audit.log" > /dev/null 2>&1
check "audit: intact log verifies" test $? -eq 0
check "audit: no plaintext in log" not grep -qE '10000000146|ahmet' "$T/audit.log"
"$G" audit pubkey --key "$T/a.key" --out "$T/a.pub" 2>/dev/null
"$G" audit verify --pub "$T/a.pub" "$T/audit.log" > /dev/null 2>&1
check "audit: verifies with the public key" test $? -eq 0
sed -i '2s/"time":"2/"time":"1/' "$T/audit.log"
msg=$("$G" audit verify --key "$T/a.key" "$T/audit.log" 2>&1)
check "audit: edited record detected (exit 9)" test $? -eq 9
check "audit: names line 2" grep -q ':2:' <<<"$msg"
sed -i '2d' "$T/audit.log"
msg=$("$G" audit verify --key "$T/a.key" "$T/audit.log" 2>&1)
check "audit: removed record detected at line 2" grep -q ':2:' <<<"$msg"

exit $fail
