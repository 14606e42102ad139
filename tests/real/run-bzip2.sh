#!/usr/bin/env bash
# Real-program test: bzip2 1.0.8 from Debian's source package, built for the
# host and statically for riscv64.  Under xrun it must produce byte-identical
# compressed files to the native build at every block size, decompress the
# reference samples shipped with the source, and pass its own -t check.
# usage: run-bzip2.sh XRUN CACHE_DIR        (exit 77: skipped)
set -uo pipefail
xrun=$(realpath "$1") cache=$2
. "$(dirname "$0")/common.sh"
mkdir -p "$cache" && cd "$cache" || exit 1

if [ ! -x host/bzip2 ] || [ ! -x rv64/bzip2 ]; then
  need_cross_compiler
  fetch_source bzip2 host rv64
  make -s -C host bzip2 >build-host.log 2>&1 || { cat build-host.log; exit 1; }
  make -s -C rv64 bzip2 CC=riscv64-linux-gnu-gcc LDFLAGS=-static >build-rv64.log 2>&1 \
    || { cat build-rv64.log; exit 1; }
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
    bash -c "'$xrun' rv64/bzip2 -dc host/sample$n.bz2 | cmp -s - $ref"
  for level in 1 5 9; do
    host/bzip2 -$level -c "$ref" > "$work/want"
    "$xrun" rv64/bzip2 -$level -c "$ref" > "$work/got"
    check "compress sample$n -$level identical" cmp -s "$work/want" "$work/got"
  done
  check "bzip2 -t on xrun's output" "$xrun" rv64/bzip2 -t "$work/got"
done
exit $status
