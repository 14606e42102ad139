#!/usr/bin/env bash
# Real-program test: Lua 5.4 from Debian's source package, built for the host
# and statically for the guest (riscv64 or aarch64) from the same source
# (-ffp-contract=off); every script in lua/ must print the same under xrun as
# natively.
# usage: run-lua.sh XRUN CACHE_DIR SCRIPT_DIR [ARCH]        (exit 77: skipped)
set -uo pipefail
xrun=$(realpath "$1") cache=$2 scripts=$(realpath "$3") GUEST_ARCH=${4:-riscv64}
. "$(dirname "$0")/common.sh"
mkdir -p "$cache" && cd "$cache" || exit 1

g=$GUEST_ARCH
if [ ! -x host/src/lua ] || [ ! -x $g/src/lua ]; then
  need_cross_compiler
  fetch_source lua5.4 host $g
  make -s -C host/src generic CC=gcc MYCFLAGS=-ffp-contract=off >build-host.log 2>&1 || { cat build-host.log; exit 1; }
  make -s -C $g/src generic CC="$(guest_cc)" MYCFLAGS=-ffp-contract=off MYLDFLAGS=-static \
    >build-$g.log 2>&1 || { cat build-$g.log; exit 1; }
fi

status=0
for script in "$scripts"/*.lua; do
  want=$(host/src/lua "$script" 2>&1; echo "exit $?")
  got=$("$xrun" $g/src/lua "$script" 2>&1; echo "exit $?")
  if [ "$want" = "$got" ]; then
    echo "ok: $(basename "$script")"
  else
    echo "MISMATCH: $(basename "$script")"
    diff <(echo "$want") <(echo "$got") | head -20
    status=1
  fi
done
exit $status
