#!/bin/bash
# test_csv.sh - CSV and TSV records through the CLI (--format csv): a column's
# header is the label of its values, findings are reported per row and
# column, redaction rewrites only the fields with findings and keeps every
# other byte (quoting, CRLF, a byte order mark, fields spanning lines),
# surrogates with a comma get quotes so the row keeps its field count,
# `redact --policy reversible` then `reveal` gives the file back byte for
# byte, and malformed records stop with file:line:column and exit 4.
# Usage: bash tests/cli/test_csv.sh path/to/gizli   (from the project root)
set -u
G=${1:?usage: test_csv.sh path/to/gizli}
T=$(mktemp -d /tmp/gizli-cli-csv-XXXXXX)
trap 'rm -rf "$T"' EXIT
fail=0
not_grep() { ! grep -q "$@"; }
check() { # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fail=1; fi
}
# fields of a CSV file per row, as Python's csv module reads them
shape() { python3 -c "
import csv, sys
d = sys.argv[2]
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(' '.join(str(len(r)) for r in csv.reader(f, delimiter='\t' if d == 'tab' else d)))" "$1" "${2:-,}"; }

printf 'name,dob,phone,note\r\nAli Veli,12.04.1990,0532 123 45 67,"müşteri ""VIP"", çok\r\nsatırlı not"\r\n"Kaya, Ayşe",1985-03-12,,ok\r\n' >"$T/a.csv"
printf '\xEF\xBB\xBFad;doğum_tarixi;fin;iban\nRəşad Məmmədov;03.01.1969;5ZQ8PRT;AZ21NABZ00000000137010001944\n' >"$T/b.csv"
printf 'id\tmail\tip\n7\tjane.roe@example.org\t203.0.113.9\n' >"$T/c.tsv"

# scan: a birth date is found in a "dob" column without any birth word
"$G" scan --format csv --json "$T/a.csv" >"$T/a.scan"
check "scan: exit 0" test $? -eq 0
check "scan: the dob column's values are dates of birth" \
  test "$(grep -c '"column":"dob","type":"DATE_OF_BIRTH"' "$T/a.scan")" -eq 2
check "scan: row, field and offsets within the value" \
  grep -q '"row":2,"line":2,"field":3,"column":"phone","type":"PHONE","start":0,"end":14' "$T/a.scan"
check "scan: the header row is not data" not_grep '"row":1,' "$T/a.scan"
"$G" scan --format csv --json "$T/b.csv" >"$T/b.scan"
check "scan: ';' found from the header, FIN in a 'fin' column" \
  grep -q '"column":"fin","type":"AZ_FIN","start":0,"end":7' "$T/b.scan"
check "scan: IBAN in the last field" grep -q '"type":"IBAN"' "$T/b.scan"
"$G" scan --format csv --delimiter tab --json "$T/c.tsv" >"$T/c.scan"
check "scan: TSV with --delimiter tab" test "$(grep -c '"type":"\(EMAIL\|IP_ADDRESS\)"' "$T/c.scan")" -eq 2

# redact: field counts kept, untouched fields byte for byte
"$G" redact --format csv "$T/a.csv" >"$T/a.red"
check "redact: same fields per row" test "$(shape "$T/a.red")" = "$(shape "$T/a.csv")"
check "redact: header row and CRLF line ends kept" \
  test "$(head -c 21 "$T/a.red" | od -c | head -2)" = "$(head -c 21 "$T/a.csv" | od -c | head -2)"
check "redact: a quoted multi-line field without findings is kept" \
  grep -q '"müşteri ""VIP"", çok' "$T/a.red"
check "redact: values replaced" grep -q '^\[PERSON\],\[DATE_OF_BIRTH\],\[PHONE\],' "$T/a.red"
"$G" redact --format csv "$T/b.csv" >"$T/b.red"
check "redact: byte order mark kept" test "$(head -c 3 "$T/b.red" | od -An -tx1)" = " ef bb bf"
check "redact: ';' rows keep their fields" test "$(shape "$T/b.red" ";")" = "4 4"

# surrogates may hold the delimiter: the field gets quotes
# a fixed test key: surrogates depend on the key, so a failure is reproducible
printf 'gizli-keyfile 1\nkey k1 2026-11-24T00:00:00Z %s\n' \
  0d9c1b7e5a3f2468ace013579bdf2468a1c3e5f7092b4d6f8e0a2c4e6f8b1d3f >"$T/k.key"
chmod 600 "$T/k.key"
printf 'name,address\nAli Veli,Atatürk Cad. No: 5 Çankaya/Ankara\n' >"$T/d.csv"
"$G" redact --format csv --lang tr --policy surrogate --key "$T/k.key" "$T/d.csv" >"$T/d.red"
check "surrogate: two fields per row" test "$(shape "$T/d.red")" = "2 2"
check "surrogate: address replaced" not_grep 'Atatürk Cad. No: 5 Çankaya/Ankara' "$T/d.red"
check "surrogate: name replaced" not_grep 'Ali Veli' "$T/d.red"

# reversible round trip, byte for byte, for all three files
for f in a.csv b.csv c.tsv; do
  d=","
  [ "$f" = c.tsv ] && d=tab
  "$G" redact --format csv --delimiter "$d" --policy reversible --key "$T/k.key" "$T/$f" >"$T/$f.enc"
  "$G" reveal --format csv --delimiter "$d" --policy reversible --key "$T/k.key" \
    --audit-log "$T/audit.log" "$T/$f.enc" >"$T/$f.back" 2>/dev/null
  check "reversible: $f comes back byte for byte" cmp -s "$T/$f" "$T/$f.back"
  check "reversible: $f has tokens" grep -q 'ENC:' "$T/$f.enc"
done
"$G" audit verify --key "$T/k.key" "$T/audit.log" >/dev/null 2>&1
check "audit log of the CSV reveals verifies" test $? -eq 0

# --no-header: the first row is data
printf 'Ali Veli,0532 123 45 67\n' >"$T/e.csv"
check "--no-header scans the first row" \
  test "$("$G" scan --format csv --no-header --json "$T/e.csv" | grep -c '"field":2,"column":"2","type":"PHONE"')" -eq 1

# malformed records: file:line:column, exit 4, earlier records written
printf 'a,b\n1,"open\n2,3\n' >"$T/bad1.csv"
"$G" redact --format csv "$T/bad1.csv" >"$T/bad1.out" 2>"$T/bad1.err"
check "unterminated quote: exit 4" test $? -eq 4
check "unterminated quote: position named" grep -q "bad1.csv:2:3: malformed CSV record" "$T/bad1.err"
check "unterminated quote: the header before it is written" test "$(cat "$T/bad1.out")" = "a,b"
printf 'a,b\n"x"y,2\n' >"$T/bad2.csv"
"$G" scan --format csv "$T/bad2.csv" >/dev/null 2>"$T/bad2.err"
check "text after a closing quote: exit 4" test $? -eq 4
check "text after a closing quote: position named" grep -q "bad2.csv:2:4: malformed CSV record" "$T/bad2.err"
"$G" scan --format csv --delimiter ab "$T/a.csv" >/dev/null 2>&1
check "bad --delimiter: usage error" test $? -eq 2

# threads: records are shared out among the workers and written in input
# order; the output is the same with one thread or two, and a malformed
# record after good ones (in the same batch) still stops exactly there
python3 -c "
import random
r = random.Random(7)
print('name,phone,note')
for i in range(3000):
    print('Ali Veli %d,0532 %03d %02d %02d,\"not %d, satır\"' % (i, r.randrange(100, 999), r.randrange(10, 99), r.randrange(10, 99), i))
" >"$T/many.csv"
"$G" redact --format csv --threads 1 "$T/many.csv" >"$T/many.1" 2>/dev/null
"$G" redact --format csv --threads 2 "$T/many.csv" >"$T/many.2" 2>/dev/null
check "threads: redact output the same with 1 and 2 threads" cmp -s "$T/many.1" "$T/many.2"
check "threads: every record written" test "$(shape "$T/many.2" | wc -w)" -eq 3001
check "threads: phone replaced in the last record" grep -q '^\[PERSON\] 2999,\[PHONE\],"not 2999, satır"' "$T/many.2"
"$G" scan --format csv --threads 2 "$T/many.csv" >"$T/many.s2" 2>/dev/null
"$G" scan --format csv --threads 1 "$T/many.csv" >"$T/many.s1" 2>/dev/null
check "threads: scan output the same with 1 and 2 threads" cmp -s "$T/many.s1" "$T/many.s2"
{ head -n 2001 "$T/many.csv"; printf '"x"y,1,2\n'; tail -n 5 "$T/many.csv"; } >"$T/many-bad.csv"
"$G" redact --format csv --threads 2 "$T/many-bad.csv" >"$T/many-bad.out" 2>"$T/many-bad.err"
check "threads: malformed record after good ones: exit 4" test $? -eq 4
check "threads: malformed record: position named" grep -q "many-bad.csv:2002:4: malformed CSV record" "$T/many-bad.err"
check "threads: the 2000 records before it are written, nothing after" \
  cmp -s "$T/many-bad.out" <(head -n 2001 "$T/many.1")

exit $fail
