#!/bin/sh
# Rebuilds the name model (models/names.bin) from the public NER corpora in
# ../shared/data/ner, the fortune files of the Debian package fortunes (text
# for the word clusters) and the committed gazetteers in data/names, then rebuilds
# the library that embeds it. Deterministic: the same inputs give the same
# bytes. The gazetteers themselves are rebuilt by scripts/build-gazetteers.sh.
set -eu
BUILD=${1:-build}
SHARED=${GIZLI_SHARED:-../shared}
if [ ! -d "$SHARED/data/ner" ]; then
  echo "make train: $SHARED/data/ner not found (the corpora live beside the project)" >&2
  exit 1
fi
# unlabelled English text for the word clusters (Debian package fortunes, BSD)
sh scripts/install-deps.sh --train || true
if [ ! -f /usr/share/games/fortunes/fortunes ]; then
  echo "make train: /usr/share/games/fortunes not found: apt-get install fortunes" >&2
  exit 1
fi
"$BUILD/train_names" --ner "$SHARED/data/ner" --data data/names --out models/names.bin
cmake --build "$BUILD" -j"$(nproc 2>/dev/null || echo 2)"
