#!/bin/sh
# Installs the Debian 12 packages gizli needs to build, test, fuzz and benchmark.
# Only packages that are missing are installed. Non-root users: run the single
# apt-get line printed below with sudo, or run this script with sudo.
set -eu
# Multi-pattern matching: Intel Hyperscan on x86-64, Vectorscan elsewhere.
# Debian 12's Vectorscan 5.4.9 misses matches that end in the last bytes of
# a buffer longer than 64 bytes on CPUs with AVX-512 (its AVX-512 scan
# paths; fixed upstream only in 5.4.13, VectorCamp/vectorscan#375, #378);
# Hyperscan 5.4.0 has the same API and is correct there. The two packages
# conflict: installing one removes the other. GIZLI_HS_PKG overrides.
if [ "$(dpkg --print-architecture 2>/dev/null)" = amd64 ]; then HS_PKG=libhyperscan-dev; else HS_PKG=libvectorscan-dev; fi
HS_PKG=${GIZLI_HS_PKG:-$HS_PKG}
PKGS="build-essential cmake pkg-config clang libclang-rt-14-dev llvm \
$HS_PKG libssl-dev libutf8proc-dev libjansson-dev libyaml-dev python3"
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
# the other matching library, if installed, has to go (apt's "pkg-" form)
case "$HS_PKG" in
  libhyperscan-dev) other="libvectorscan-dev libvectorscan5" ;;
  *) other="libhyperscan-dev libhyperscan5" ;;
esac
for p in $other; do
  if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p-"
  fi
done
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
