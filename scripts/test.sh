#!/usr/bin/env bash
# Run the whole test suite (unit, per-instruction, program corpus, bad input).
# Extra arguments go to `meson test` (e.g. --suite programs, --setup asan).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/build.ninja ] || meson setup build
ninja -C build
# The default backend (the x86_64 JIT), then the IR interpreter: both must
# pass every test that runs guest code.
meson test -C build --print-errorlogs --num-processes "$(nproc)" "$@"
meson test -C build --print-errorlogs --num-processes "$(nproc)" --setup interp \
  --suite asm --suite programs --suite badinput "$@"
