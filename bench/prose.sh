#!/usr/bin/env bash
# prose.sh - the engine on running English prose with little personal data,
# the other end from the generated corpus (one item per 290 bytes): the
# quotations of the Debian packages fortunes and fortunes-min (BSD), joined
# into documents of about 2.8 KB, one per line, repeated to at least SIZE_MB. On such
# text the cost is per byte and per word (context words, street and month
# words, the name model's tokens), not per finding.
# usage: bash bench/prose.sh [BUILD_DIR] [SIZE_MB] [bench options...]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
SIZE=${2:-50}
shift $(( $# > 2 ? 2 : $# ))
FORT=/usr/share/games/fortunes
sh "$ROOT/scripts/install-deps.sh" --train >/dev/null 2>&1 || true
if [ ! -f "$FORT/fortunes" ]; then
  echo "bench/prose.sh: skipped: $FORT not found (apt-get install fortunes)" >&2
  exit 0
fi
cmake --build "$BUILD" --target bench -j2 >/dev/null
mkdir -p "$BUILD/bench-data"
CORPUS="$BUILD/bench-data/prose-${SIZE}mb.text"
if [ ! -s "$CORPUS" ]; then
  python3 - "$FORT" "$SIZE" "$CORPUS.tmp" <<'EOF'
import os, sys
fort, size, out = sys.argv[1], int(sys.argv[2]) << 20, sys.argv[3]
quotes = []
for name in sorted(os.listdir(fort)):
    path = os.path.join(fort, name)
    if name.endswith(".dat") or name.endswith(".u8") or not os.path.isfile(path):
        continue
    with open(path, encoding="utf-8", errors="replace") as f:
        for q in f.read().split("\n%\n"):
            q = " ".join(q.split())
            if len(q) > 40:
                quotes.append(q)
docs, cur = [], ""
for q in quotes:
    cur += q + " "
    if len(cur) > 2800:
        docs.append(cur.strip())
        cur = ""
body = ("\n".join(docs) + "\n").encode()
with open(out, "wb") as f:
    n = 0
    while n < size:  # whole copies: no document is cut
        f.write(body)
        n += len(body)
EOF
  mv "$CORPUS.tmp" "$CORPUS"
fi
echo "## prose corpus: $CORPUS (English quotations, little personal data)"
"$BUILD/bench" "$CORPUS" -s -r 3 -c "$BUILD/bench-data/hs-cache" "$@"
"$BUILD/bench" "$CORPUS" -r 2 -c "$BUILD/bench-data/hs-cache" "$@"
