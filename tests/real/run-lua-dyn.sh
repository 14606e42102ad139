#!/usr/bin/env bash
# Real-program test: Lua 5.4 from Debian's source package built dynamically
# (make linux: -ldl, -Wl,-E) for the host and the guest (riscv64 or aarch64,
# against the Debian cross sysroot, run with -L), plus a C module loaded with
# require (dlopen).  Every script in lua/ and lua-dyn/dlopen.lua must print
# the same under xrun as natively.
# usage: run-lua-dyn.sh XRUN CACHE_DIR SRC_DIR ARCH        (exit 77: skipped)
set -uo pipefail
xrun=$(realpath "$1") cache=$2 src=$(realpath "$3") GUEST_ARCH=$4
. "$(dirname "$0")/common.sh"
sysroot=/usr/$GUEST_ARCH-linux-gnu
[ -f "$sysroot/lib/libc.so.6" ] || { echo "SKIP: no $sysroot (libc6-*-cross)"; exit 77; }
mkdir -p "$cache" && cd "$cache" || exit 1

g=$GUEST_ARCH
build() {   # DIR CC
  make -s -C "$1/src" linux CC="$2" MYCFLAGS=-ffp-contract=off >"build-$1.log" 2>&1 &&
    "$2" -O2 -shared -fPIC -I"$1/src" -o "$1/xmod.so" "$src/lua-dyn/xmod.c" -lm >>"build-$1.log" 2>&1 ||
    { cat "build-$1.log"; exit 1; }
}
if [ ! -x host/src/lua ] || [ ! -x $g/src/lua ] || [ ! -f $g/xmod.so ] ||
   [ "$src/lua-dyn/xmod.c" -nt $g/xmod.so ]; then
  need_cross_compiler
  fetch_source lua5.4 host $g
  build host gcc
  build $g "$(guest_cc)"
fi
readelf -l $g/src/lua 2>/dev/null | grep -q "interpreter: /lib/ld-linux" || { echo "FAIL: $g/src/lua is not dynamic"; exit 1; }

status=0
for script in "$src"/lua/*.lua "$src"/lua-dyn/dlopen.lua; do
  want=$(cd host && src/lua "$script" 2>&1; echo "exit $?")
  got=$(cd $g && "$xrun" -L "$sysroot" src/lua "$script" 2>&1; echo "exit $?")
  if [ "$want" = "$got" ]; then
    echo "ok: $(basename "$script") ($(wc -l <<<"$want") lines identical)"
  else
    echo "MISMATCH: $(basename "$script")"
    diff <(echo "$want") <(echo "$got") | head -20
    status=1
  fi
done
exit $status
