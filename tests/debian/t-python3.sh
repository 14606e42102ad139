# python3 (Debian's, /usr/bin/python3 on both sides): threading, signal,
# json, re, zlib, hashlib, sqlite3, decimal, struct, misc; subprocess (execve)
# as its own check.  -B: no .pyc written into the root or the source tree.
# Under the interpreter backend: smaller loops, and the sections share one
# python3 start-up.
need_host /usr/bin/python3
cp "$srcdir/py-test.py" "$H/" && put py-test.py
if [ "${XRUN_BACKEND:-jit}" = interp ]; then
  export PY_TEST_LIGHT=1
  check "python3 py-test.py (all sections but subprocess, light)" /usr/bin/python3 -B py-test.py
else
  for s in threading signal json re zlib hashlib sqlite3 decimal struct misc; do
    check "python3 py-test.py $s" /usr/bin/python3 -B py-test.py "$s"
  done
  # signals once threads have exited (glibc blocks all signals in an exiting
  # thread; that must not block them for the process)
  check "python3 py-test.py threading signal (one process)" /usr/bin/python3 -B py-test.py threading signal
fi
check "python3 py-test.py subprocess" /usr/bin/python3 -B py-test.py subprocess
