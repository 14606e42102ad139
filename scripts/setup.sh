#!/usr/bin/env bash
# Set up a fresh Debian 12 machine for xrun: install the build and test
# dependencies (including the cross compilers the tests use), build xrun,
# and run the bundled riscv64 example through it.
#   bash scripts/setup.sh            # everything
#   bash scripts/setup.sh --no-run   # install and build only
set -euo pipefail
cd "$(dirname "$0")/.."

PKGS=(meson ninja-build pkg-config gcc python3 libelf-dev libcapstone-dev libglib2.0-dev
      libffi-dev libcriterion-dev gcc-riscv64-linux-gnu libc6-dev-riscv64-cross \
      gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user
      lua5.4 sqlite3 xz-utils bzip2 cpp-12 time     # bench/run's native Debian programs and peak RSS
      busybox perl gzip tar findutils              # native oracles of the Debian-root tests (tests/debian)
      openssl grep pcre2-utils gawk sed diffutils file git make tcl8.6 zstd jq
      debootstrap                                   # binfmt tests: a Debian arm64 root
      opensbi u-boot-qemu)                          # tests/system's OpenSBI + U-Boot boot tests

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo

# The real-program tests build Debian's own sources (apt-get source): they
# need a deb-src entry, which Debian 12 images do not enable by default.
if ! grep -rqs '^Types:.*deb-src\|^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  echo "setup: adding a deb-src entry for bookworm (for tests/real)"
  $SUDO tee /etc/apt/sources.list.d/xrun-deb-src.sources >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  need_update=1
fi

# The Debian-root tests compare with the host's programs: those must be the
# version the arm64 root gets (apt's candidate), not an older preinstalled one.
ORACLES=(openssl libssl3 grep pcre2-utils libpcre2-8-0 gawk sed diffutils file libmagic1 git make
         lua5.4 tcl8.6 libtcl8.6 zstd libzstd1 jq libjq1)
outdated_oracles() {
  local p have cand
  for p in "${ORACLES[@]}"; do
    have=$(dpkg-query -W -f='${Version}\n' "$p" 2>/dev/null | head -n 1)
    cand=$(apt-cache policy "$p" 2>/dev/null | sed -n 's/^ *Candidate: //p')
    [ -z "$have" ] || [ -z "$cand" ] || [ "$cand" = "(none)" ] || [ "$have" = "$cand" ] || echo "$p"
  done
}
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
missing+=($(outdated_oracles))
if [ ${#missing[@]} -gt 0 ] || [ -n "${need_update:-}" ]; then
  # Downloaded packages stay in the build directory, so later runs reuse them.
  cache="$PWD/build/.apt-cache"
  mkdir -p "$cache/partial"
  $SUDO apt-get update -qq
  missing+=($(outdated_oracles))             # with the fresh lists
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
      -o Dir::Cache::archives="$cache" "${missing[@]}" >/dev/null
  fi
fi

if [ ! -f build/build.ninja ]; then
  meson setup build
fi
ninja -C build

if [ "${1:-}" != "--no-run" ]; then
  for arch in riscv64 aarch64; do
    echo "setup: running the bundled example: ./build/xrun build/examples/hello-$arch a b"
    ./build/xrun build/examples/hello-$arch a b
  done
fi
