# python3 (Debian's, /usr/bin/python3 on both sides): threading, signal,
# json, re, zlib, hashlib, sqlite3, decimal, struct, misc; subprocess (execve)
# as its own check.  -B: no .pyc written into the root or the source tree.
need_host /usr/bin/python3
cp "$srcdir/py-test.py" "$H/" && put py-test.py
for s in threading signal json re zlib hashlib sqlite3 decimal struct misc subprocess; do
  check "python3 py-test.py $s" /usr/bin/python3 -B py-test.py "$s"
done
