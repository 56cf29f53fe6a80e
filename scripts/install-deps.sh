#!/bin/sh
# Installs the Debian 12 packages gizli needs to build, test, fuzz and benchmark.
# Only packages that are missing are installed. Non-root users: run the single
# apt-get line printed below with sudo, or run this script with sudo.
set -eu
PKGS="build-essential cmake pkg-config clang libclang-rt-14-dev llvm \
libvectorscan-dev libssl-dev libutf8proc-dev libjansson-dev libyaml-dev python3"
# --train: also what `make train` reads (fortunes: unlabelled English text for
# the name model's word clusters, docs/names.md)
[ "${1:-}" = "--train" ] && PKGS="$PKGS fortunes"
missing=""
for p in $PKGS; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
echo "install-deps: installing:$missing" >&2
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "install-deps: not root and no sudo; run as root:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends$missing" >&2
    exit 1
  fi
else SUDO=""; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
