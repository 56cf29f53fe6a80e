#!/usr/bin/env bash
# test_stream_2gb.sh - 2 GiB of generated text through `gizli redact` on a
# pipe: peak RSS must stay under 100 MB, and every identifier must be
# replaced, including the ones that straddle the stream's internal chunk
# boundaries (the line length is chosen so that boundaries fall inside
# identifiers many times). Usage: bash tests/cli/test_stream_2gb.sh path/to/gizli
set -eu
G=${1:?usage: test_stream_2gb.sh path/to/gizli}
SIZE=${GIZLI_STREAM_TEST_BYTES:-2147483648}
python3 - "$G" "$SIZE" <<'PY'
import resource, subprocess, sys, threading
g, size = sys.argv[1], int(sys.argv[2])
line = (b"Musteri TCKN 10000000146 ile 0532 123 45 67 numarasindan aradi. "
        + b"lorem ipsum dolor sit amet consectetur " * 23 + b"\n")
n = size // len(line)
p = subprocess.Popen([g, "redact", "--no-progress", "--lang", "tr", "--types", "TR_TCKN,PHONE"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
def feed():
    block = line * 1024
    left = n
    while left:
        k = min(left, 1024)
        p.stdin.write(block if k == 1024 else line * k)
        left -= k
    p.stdin.close()
threading.Thread(target=feed, daemon=True).start()
want = (b"Musteri TCKN [TR_TCKN] ile [PHONE] numarasindan aradi. "
        + b"lorem ipsum dolor sit amet consectetur " * 23 + b"\n")
total, tcknc, phones = 0, 0, 0
tails = {b"[TR_TCKN]": b"", b"[PHONE]": b""}
counts = {b"[TR_TCKN]": 0, b"[PHONE]": 0}
while True:
    buf = p.stdout.read(1 << 20)
    if not buf:
        break
    total += len(buf)
    for tok in counts:  # keep len(tok)-1 bytes: catches straddling tokens, counts none twice
        data = tails[tok] + buf
        counts[tok] += data.count(tok)
        tails[tok] = data[-(len(tok) - 1):]
    if b"1000000014" in tails[b"[TR_TCKN]"] + buf:
        sys.exit("an identifier leaked")
tcknc, phones = counts[b"[TR_TCKN]"], counts[b"[PHONE]"]
rc = p.wait()
rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{n} lines, {total} bytes out, {tcknc} TCKN and {phones} phones replaced, peak RSS {rss_mb:.1f} MB")
ok = rc == 0 and total == n * len(want) and tcknc == n and phones == n and rss_mb < 100
print("1 passed, 0 failed" if ok else "0 passed, 1 failed")
sys.exit(0 if ok else 1)
PY
