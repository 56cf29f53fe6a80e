#!/usr/bin/env bash
# build-surrogates.sh - regenerates lib/deid_surrogate_data.h (the surrogate
# name lists of lib/deid_surrogate.c): installs the pinned npm package
# @faker-js/faker into a temporary directory, dumps its gendered first names
# (az, tr, en) and runs scripts/build-surrogates.py, which adds the surnames of
# data/names/gazetteer.tsv. usage: bash scripts/build-surrogates.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
FAKER_VERSION=10.6.0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm install --silent --no-audit --no-fund "@faker-js/faker@$FAKER_VERSION" >/dev/null)
cat > "$tmp/dump.mjs" <<'JS'
import { az, tr, en } from '@faker-js/faker';
const lines = ['# faker ' + process.argv[2]];
for (const [lang, l] of Object.entries({ az, tr, en }))
  for (const g of ['male', 'female'])
    for (const w of (l.person.first_name[g] || [])) lines.push(`${g}\t${lang}\t${w}`);
console.log(lines.join('\n'));
JS
(cd "$tmp" && node dump.mjs "$FAKER_VERSION") > "$tmp/first.tsv"
python3 "$ROOT/scripts/build-surrogates.py" "$tmp/first.tsv" "$ROOT/lib/deid_surrogate_data.h"
