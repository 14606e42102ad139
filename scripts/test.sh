#!/usr/bin/env bash
# Run the whole test suite (unit, per-instruction, program corpus, bad input):
#   1. with the default backend (the x86_64 JIT),
#   2. the guest suites again with the IR interpreter backend,
#   3. everything again in an ASan/UBSan build (skip with XRUN_NO_ASAN=1).
# Extra arguments go to every `meson test` (e.g. --suite programs).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
[ -f build/build.ninja ] || meson setup build
ninja -C build
meson test -C build --print-errorlogs --num-processes "$jobs" "$@"
meson test -C build --print-errorlogs --num-processes "$jobs" --setup interp \
  --suite asm --suite programs --suite badinput "$@"
if [ "${XRUN_NO_ASAN:-0}" = 0 ]; then
  [ -f build-asan/build.ninja ] || meson setup build-asan -Db_sanitize=address,undefined
  ninja -C build-asan
  meson test -C build-asan --print-errorlogs --num-processes "$jobs" "$@"
fi
