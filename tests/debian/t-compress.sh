# xz, gzip, bzip2: compress a generated file (same versions as the host, so
# the compressed bytes must be identical), then decompress and compare with
# the input.  Under the interpreter the input is smaller.
need_host /usr/bin/xz /usr/bin/gzip /usr/bin/bzip2
lines=30000 binary=200000
[ "${XRUN_BACKEND:-jit}" = interp ] && lines=2000 binary=50000
gen_text "$H/in.txt" "$lines" 7
head -c "$binary" /usr/bin/bash >>"$H/in.txt"       # some binary data too
put in.txt
echo "input: $(wc -c <"$H/in.txt") bytes"
for t in "xz -6" "xz -1e" "xz -T2 --block-size=200000" "gzip -9 -n" "gzip -1 -n" "bzip2 -9" "bzip2 -1"; do
  set -- $t
  prog=$1; shift
  case $prog in xz) ext=xz ;; gzip) ext=gz ;; bzip2) ext=bz2 ;; esac
  check "$t -c" -i "$H/in.txt" "/usr/bin/$prog" "$@" -c
  for d in "$H" "$G"; do mv "$d/.out" "$d/in.$ext"; done
  same_file "$t compressed bytes" "in.$ext"
  check "$prog -d -c" -i "$G/in.$ext" "/usr/bin/$prog" -d -c
  cmp -s "$G/.out" "$H/in.txt" && echo "ok: $prog -d output equals the input" ||
    fail "$prog -d output differs from the input"
  checks=$((checks + 1))
done
check "xz -t -v -v (list)" /usr/bin/xz -l -v in.xz
# in-place compression of a file (the program writes, fsyncs, unlinks, chmods)
check "gzip -n file" /usr/bin/gzip -n -k in.txt
same_file "gzip -k result" in.txt.gz
check "xz -k file" /usr/bin/xz -k -3 in.txt
same_file "xz -k result" in.txt.xz
check "bzip2 -k file" /usr/bin/bzip2 -k in.txt
same_file "bzip2 -k result" in.txt.bz2
