#!/usr/bin/env bash
# Set up a fresh Debian 12 machine for xrun: install the build and test
# dependencies (including the cross compilers the tests use), build xrun,
# and run the bundled riscv64 example through it.
#   bash scripts/setup.sh            # everything
#   bash scripts/setup.sh --no-run   # install and build only
set -euo pipefail
cd "$(dirname "$0")/.."

PKGS=(meson ninja-build pkg-config gcc python3 libelf-dev libcapstone-dev libglib2.0-dev
      libffi-dev libcriterion-dev gcc-riscv64-linux-gnu libc6-dev-riscv64-cross qemu-user)

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  # Keep downloaded packages in the project's cache so repeated CI runs reuse them.
  cache="$PWD/.cache/apt"
  mkdir -p "$cache/partial"
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
    -o Dir::Cache::archives="$cache" "${missing[@]}" >/dev/null
fi

if [ ! -f build/build.ninja ]; then
  meson setup build
fi
ninja -C build

if [ "${1:-}" != "--no-run" ]; then
  echo "setup: running the bundled example: ./build/xrun build/examples/hello-riscv64 a b"
  ./build/xrun build/examples/hello-riscv64 a b
fi
