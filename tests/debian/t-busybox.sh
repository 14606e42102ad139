# busybox: the sh, awk, sed, grep and sort applets (Debian's busybox on both
# sides; the applets run by `busybox sh` are exec'd busybox).
need_host /usr/bin/busybox
gen_text "$H/w.csv" 3000 11
put w.csv
check "busybox awk (fields, arrays, printf)" /usr/bin/busybox awk -F, \
  '{ n[$1]++; s[$1] += $2 } END { for (k in n) printf "%s %d %d %.3f\n", k, n[k], s[k], s[k] / n[k] }' w.csv
sorted; same "busybox awk (sorted)"
check "busybox awk (math, strings)" /usr/bin/busybox awk 'BEGIN { for (i = 1; i <= 20; i++) printf "%d %.6f %s %s\n", i, sin(i) * exp(i / 10), substr("abcdefghij", i % 5 + 1, 3), toupper(sprintf("%x", i * 4099)); split("a:b:c", p, ":"); print length(p), index("hello", "ll"), match("foo123", /[0-9]+/), RSTART, RLENGTH }'
check "busybox sed" /usr/bin/busybox sed -n -e 's/\([a-z]*\),\(-\{0,1\}[0-9]*\),/\2;\1;/p' -e '/^theta/d' w.csv
check "busybox sed -E y///" /usr/bin/busybox sed -E -e 'y/abc/xyz/' -e 's/([0-9]+)\.([0-9]+)/<\2.\1>/g' -e '10q' w.csv
check "busybox grep -E -c" /usr/bin/busybox grep -E -c '^(alpha|beta),-?[0-9]{3},' w.csv
check "busybox grep -n -i -v" /usr/bin/busybox grep -n -i -v -e delta -e 'a.*a.*a' w.csv
check "busybox sort -t, -k2n" /usr/bin/busybox sort -t, -k2,2n -k1,1 w.csv
check "busybox sort -u -r" /usr/bin/busybox sort -u -r w.csv
check "busybox sh (arithmetic, functions, here-doc, pipes of applets)" /usr/bin/busybox sh -c '
  f() { echo $(( $1 * $1 + 1 )); }
  i=0; while [ $i -lt 5 ]; do f $i; i=$((i + 1)); done
  x=$(echo hello | busybox tr a-z A-Z); echo "subst $x"
  busybox cat <<EOT | busybox sed s/e/E/g
here $x
EOT
  busybox seq 1 50 | busybox grep 3 | busybox sort -rn | busybox head -n 4
  (exit 7); echo "status $?"; sleep 0.1 & wait $!; echo "bg $?"'
