# Text tools other than busybox's: gawk (arrays in sorted order, printf,
# gensub, strftime of fixed times, -M bignums with GMP/MPFR), sed (-E, hold
# space, -i in place), diffutils (diff -u/-r/-y, cmp -l, diff3) and file
# (libmagic over files of many types).
need_host /usr/bin/gawk /usr/bin/sed /usr/bin/diff /usr/bin/cmp /usr/bin/diff3 /usr/bin/file
need_version gawk sed diffutils file libmagic1 libmagic-mgc
lines=20000
[ "${XRUN_BACKEND:-jit}" = interp ] && lines=4000
gen_text "$H/w.csv" "$lines" 21
mkdir -p "$H/a" "$H/b"
gen_text "$H/a/one.txt" 800 22
sed -e 's/alpha/ALPHA/' -e '100,120d' -e '500a inserted line' "$H/a/one.txt" >"$H/b/one.txt"
gen_text "$H/a/two.txt" 50 23 && cp "$H/a/two.txt" "$H/b/two.txt"
gen_text "$H/b/new.txt" 10 24
sed -e '300s/.*/mine/' "$H/a/one.txt" >"$H/mine.txt"
sed -e '600s/.*/yours/' "$H/a/one.txt" >"$H/yours.txt"
# file: a few types
mkdir -p "$H/types"
cp "$root/usr/bin/dash" "$H/types/elf-arm64"
cp /usr/bin/dash "$H/types/elf-x86_64"
head -c 3000 "$H/w.csv" | gzip -9 -n >"$H/types/text.gz"
head -c 3000 "$H/w.csv" | xz >"$H/types/text.xz"
printf '#!/bin/sh\necho hi\n' >"$H/types/script"
printf '{"a": [1, 2, {"b": null}]}\n' >"$H/types/json"
printf '<?xml version="1.0"?>\n<r><x/></r>\n' >"$H/types/xml"
: >"$H/types/empty"
/usr/bin/python3 -c 'import struct, zlib, sys
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 3, 2, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(b"\0" + b"\xff" * 9 + b"\0" + b"\x10" * 9)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)' "$H/types/img.png"
cp -a "$H/w.csv" "$H/a" "$H/b" "$H/mine.txt" "$H/yours.txt" "$H/types" "$G/"

check "gawk arrays (sorted_in), printf" /usr/bin/gawk -F, \
  'BEGIN { PROCINFO["sorted_in"] = "@ind_str_asc" } { n[$1]++; s[$1] += $2; m[$1] = $4 > m[$1] ? $4 : m[$1] } END { for (k in n) printf "%-8s %5d %9d %12.3f %10.2f\n", k, n[k], s[k], s[k] / n[k], m[k] }' w.csv
check "gawk math, strings, gensub, strftime" /usr/bin/gawk 'BEGIN { srand(3); for (i = 1; i <= 30; i++) printf "%d %.10g %s %s %d %o %e\n", i, sin(i) * exp(i / 10), substr("abcdefghij", i % 5 + 1, 3), toupper(sprintf("%x", i * 4099)), int(rand() * 1000), i * 77, atan2(i, 7); print strftime("%Y-%m-%d %H:%M:%S %j %a", 1700000000, 1); print mktime("2024 02 29 13 45 07"); print gensub(/([a-z]+)([0-9]+)/, "\\2\\1", "g", "abc12 de3"); n = split("a:b::c", p, ":", seps); print n, p[3], seps[2]; print length("héllo"), index("foobar", "ob"), and(0xff0, 0x0ff), lshift(1, 40), compl(0) }'
check "gawk -M bignums" /usr/bin/gawk -M 'BEGIN { f = 1; for (i = 1; i <= 300; i++) f *= i; print f; print 2^2000 % 1000000007; PREC = 200; print sqrt(2); printf "%.60f\n", atan2(1, 1) * 4; x = 3^500; print x / 7^100; print and(2^200 - 1, 12345678901234567890123) }'
check "gawk regex fields, getline, asort" /usr/bin/gawk -F, '$3 ~ /^(kappa|mu)[0-9]$/ { c++; w[c] = $5 } END { n = asort(w); print c, n, w[1], w[n]; while ((getline line < "a/two.txt") > 0) k++; print k }' w.csv
check "sed -E substitutions" /usr/bin/sed -n -E -e 's/([a-z]*),(-?[0-9]*),/\2;\1;/p' -e '/^theta/d' w.csv
check "sed hold space (reverse, join)" /usr/bin/sed -n -e '1!G;h;$p' a/two.txt
check "sed y/// and ranges" /usr/bin/sed -e 'y/abcdefghij/ABCDEFGHIJ/' -e '/^Epsilon/,/^Lambda/s/[0-9]/#/g' -e '$=' w.csv
check "sed -i in place" /usr/bin/sed -i -e 's/gamma/GAMMA/g' -e '5,10d' a/two.txt
same_file "sed -i result" a/two.txt
check "diff -u" /usr/bin/diff -u a/one.txt b/one.txt
check "diff -r -N" /usr/bin/diff -r -N a b
check "diff -y -W 100" /usr/bin/diff -y -W 100 --suppress-common-lines a/one.txt b/one.txt
check "diff --brief / exit status" /usr/bin/diff -q a/two.txt b/two.txt
check "cmp -l" /usr/bin/cmp -l a/one.txt b/one.txt
check "cmp (first difference)" /usr/bin/cmp a/one.txt b/one.txt
check "diff3 -m (merge)" /usr/bin/diff3 -m mine.txt a/one.txt yours.txt
check "file (libmagic)" /usr/bin/file types/elf-arm64 types/elf-x86_64 types/text.gz types/text.xz types/script types/json types/xml types/empty types/img.png w.csv
check "file -i (MIME)" /usr/bin/file -i -b types/text.gz types/img.png types/script w.csv
