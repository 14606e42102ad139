#!/usr/bin/env bash
# Run one Debian-root test: run.sh XRUN ROOT SRCDIR NAME
# Builds the arm64 root (scripts/debian-root.sh, once per build directory),
# then runs t-NAME.sh, which runs Debian's arm64 programs under xrun and the
# same Debian programs natively, and compares what they print and write.
# Exit status: 0 all identical, 1 a difference, 77 skipped (no root).
set -uo pipefail
xrun=$(realpath "$1") root=$2 srcdir=$3 name=$4
topdir=$(cd "$srcdir/../.." && pwd)
work=$(dirname "$root")/work-$name-${XRUN_BACKEND:-jit}
H=$work/host G=$work/guest
export LC_ALL=C TZ=UTC TMPDIR=$work
# shellcheck source=lib.sh
. "$srcdir/lib.sh"
mkdir -p "$work"
ensure_root
fresh_dirs
# shellcheck disable=SC1090
. "$srcdir/t-$name.sh"
finish
