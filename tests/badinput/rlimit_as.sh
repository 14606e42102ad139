#!/usr/bin/env bash
# xrun under an address-space limit: with 8 GB it must still run the program
# (a smaller guest space), with 2 GB it must fail cleanly (status 71, one
# "xrun:" line), never crash.   usage: rlimit_as.sh XRUN PROGRAM
xrun=$1 prog=$2
out=$(ulimit -v 8000000; "$xrun" "$prog" 2>&1); st=$?
[ $st -eq 0 ] || { echo "8 GB limit: status $st: $out"; exit 1; }
err=$(ulimit -v 2000000; "$xrun" "$prog" 2>&1 >/dev/null); st=$?
[ $st -eq 71 ] || { echo "2 GB limit: status $st, expected 71: $err"; exit 1; }
[ "$(printf '%s\n' "$err" | grep -c .)" -eq 1 ] && [[ $err == xrun:* ]] \
  || { echo "2 GB limit: expected one 'xrun:' line, got: $err"; exit 1; }
echo "ok: runs with 8 GB, clean error with 2 GB"
