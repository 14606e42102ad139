#!/usr/bin/env bash
# Run the whole test suite (unit, per-instruction, program corpus, bad input,
# real programs):
#   1. with the default backend (the x86_64 JIT),
#   2. the guest suites again with the IR interpreter backend,
#   3. everything again in an ASan/UBSan build (skip with XRUN_NO_ASAN=1).
# Extra arguments go to every `meson test` (e.g. --suite programs).
# Ends with one line "tests: N passed, N failed" over all runs.
set -uo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

run() {
  meson test --print-errorlogs --num-processes "$jobs" "$@" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
}

[ -f build/build.ninja ] || meson setup build || exit 1
ninja -C build || exit 1
run -C build "$@"
run -C build --setup interp --suite asm --suite programs --suite badinput --suite real \
  --suite syscalls --suite syscalls-a64 --suite ioctls --suite exec --suite threads --suite debian "$@"
if [ "${XRUN_NO_ASAN:-0}" = 0 ]; then
  [ -f build-asan/build.ninja ] || meson setup build-asan -Db_sanitize=address,undefined || exit 1
  ninja -C build-asan || exit 1
  run -C build-asan "$@"
fi

passed=$(awk '/^Ok:/ {n += $2} END {print n + 0}' "$log")
failed=$(awk '/^(Fail|Timeout|Unexpected Pass):/ {n += $NF} END {print n + 0}' "$log")
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit $status
