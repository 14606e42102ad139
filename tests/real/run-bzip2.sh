#!/usr/bin/env bash
# Real-program test: bzip2 1.0.8 from Debian's source package, built for the
# host and statically for the guest (riscv64 or aarch64).  Under xrun it must
# produce byte-identical compressed files to the native build at every block
# size, decompress the reference samples shipped with the source, and pass
# its own -t check.
# usage: run-bzip2.sh XRUN CACHE_DIR [ARCH]        (exit 77: skipped)
set -uo pipefail
xrun=$(realpath "$1") cache=$2 GUEST_ARCH=${3:-riscv64}
. "$(dirname "$0")/common.sh"
mkdir -p "$cache" && cd "$cache" || exit 1

g=$GUEST_ARCH
if [ ! -x host/bzip2 ] || [ ! -x $g/bzip2 ]; then
  need_cross_compiler
  fetch_source bzip2 host $g
  make -s -C host bzip2 >build-host.log 2>&1 || { cat build-host.log; exit 1; }
  make -s -C $g bzip2 CC="$(guest_cc)" LDFLAGS=-static >build-$g.log 2>&1 \
    || { cat build-$g.log; exit 1; }
fi

status=0
check() {   # description, then the command's success
  if "${@:2}"; then echo "ok: $1"; else echo "FAIL: $1"; status=1; fi
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in 1 2 3; do
  ref=host/sample$n.ref
  check "decompress sample$n.bz2" \
    bash -c "'$xrun' $g/bzip2 -dc host/sample$n.bz2 | cmp -s - $ref"
  for level in 1 5 9; do
    host/bzip2 -$level -c "$ref" > "$work/want"
    "$xrun" $g/bzip2 -$level -c "$ref" > "$work/got"
    check "compress sample$n -$level identical" cmp -s "$work/want" "$work/got"
  done
  check "bzip2 -t on xrun's output" "$xrun" $g/bzip2 -t "$work/got"
done
exit $status
