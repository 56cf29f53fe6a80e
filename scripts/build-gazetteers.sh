#!/bin/sh
# build-gazetteers.sh - rebuilds data/names/gazetteer.tsv (name and place lists
# used by the PERSON/LOCATION/ORGANIZATION recognizer) from the npm package
# @faker-js/faker, installed at a pinned version into a temporary directory.
# Provenance and licence: see docs/names.md. Usage: sh scripts/build-gazetteers.sh
set -eu
FAKER_VERSION=10.6.0
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root/scripts/build-gazetteers.mjs" "$tmp/"
(cd "$tmp" && npm install --silent --no-audit --no-fund "@faker-js/faker@$FAKER_VERSION" >/dev/null)
mkdir -p "$root/data/names"
(cd "$tmp" && node build-gazetteers.mjs "$root/data/names/gazetteer.tsv")
