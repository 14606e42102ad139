# coreutils (and tar, find): each program run directly under xrun (no exec
# needed), output and written files compared with the host's coreutils.
need_host /usr/bin/ls /usr/bin/tar /usr/bin/find
gen_text "$H/words.csv" 20000 1
mkdir -p "$H/data/sub/deeper" "$H/data/empty"
gen_text "$H/data/a.txt" 300 2
gen_text "$H/data/sub/b.csv" 1000 3
head -c 100000 /dev/zero | tr '\0' 'x' >"$H/data/sub/deeper/x.bin"
printf 'short\n' >"$H/data/sub/s.txt"
ln -s ../a.txt "$H/data/sub/link"
chmod 750 "$H/data/sub"; chmod 600 "$H/data/a.txt"
find "$H/data" -exec touch -h -d '2024-02-29 13:45:07' {} +
cp -a "$H/words.csv" "$H/data" "$G/"

check "ls -la --time-style=long-iso -R" /usr/bin/ls -la --time-style=long-iso -R data
check "ls -1 -S" /usr/bin/ls -1S data/sub
check "sort (20000 lines)" /usr/bin/sort words.csv
check "sort -t, -k2,2n -k1,1 -s" /usr/bin/sort -t, -k2,2n -k1,1 -s words.csv
check "sort -u -r -f" /usr/bin/sort -u -r -f words.csv
check "sort --parallel=2 -S 256K (temporary files)" /usr/bin/sort --parallel=2 -S 256K -t, -k4,4g words.csv
check "sha256sum" /usr/bin/sha256sum words.csv data/a.txt data/sub/deeper/x.bin
check "md5sum" /usr/bin/md5sum words.csv data/sub/b.csv
check "wc" /usr/bin/wc words.csv data/a.txt data/sub/b.csv
check "wc -L -m (stdin)" -i "$H/words.csv" /usr/bin/wc -L -m
check "date -d fixed" /usr/bin/date -d '2024-02-29 13:45:07 +0100' '+%s %A %j %U %V %G %c %z'
check "date -R -d @N" /usr/bin/date -R -d @1700000000
check "date -d relative to a fixed date" /usr/bin/date -u -d '2024-01-31 00:00 UTC + 1 month - 3 days' +%F
check "seq" /usr/bin/seq 1 3 100000
check "seq -f" /usr/bin/seq -f '%08.3f' -2.5 0.125 40
check "seq -w -s" /usr/bin/seq -w -s: 95 105
check "tr a-z A-Z" -i "$H/words.csv" /usr/bin/tr a-z A-Z
check "tr -ds" -i "$H/words.csv" /usr/bin/tr -ds '0-9' 'a-m'
check "cut -d, -f2,4" /usr/bin/cut -d, -f2,4 words.csv
check "cut -c" /usr/bin/cut -c3-9,12- words.csv
run_both /usr/bin/cut -d, -f1 words.csv
for d in "$H" "$G"; do sort "$d/.out" >"$d/col1"; done
check "uniq -c" /usr/bin/uniq -c col1
check "uniq -d -i" /usr/bin/uniq -d -i col1
check "head -n / -c" /usr/bin/head -n 7 -c 300 words.csv
check "head -n -N" /usr/bin/head -n -19990 words.csv
check "tail -n" /usr/bin/tail -n 12 words.csv
check "tail -c +N" /usr/bin/tail -c +800000 words.csv
check "od -A x -t x1z" /usr/bin/od -A x -t x1z -N 512 words.csv
check "od -t f8 -t d4" /usr/bin/od -t f8 -t d4 -N 128 data/sub/b.csv
check "base64" /usr/bin/base64 data/sub/b.csv
run_both /usr/bin/base64 -w 0 words.csv
for d in "$H" "$G"; do mv "$d/.out" "$d/w.b64"; done
check "base64 -d" /usr/bin/base64 -d w.b64
check "cp -a (tree)" /usr/bin/cp -a data copy
tree_sum "cp -a result" copy
run_both /usr/bin/find data -printf '%y %m %s %P %l\n'
sorted; same "find -printf (sorted)"
run_both /usr/bin/find data -name '*.csv' -size +1k -o -type l -print
sorted; same "find -name -size -o -type (sorted)"
check "tar -c (--sort=name, fixed owner)" /usr/bin/tar --sort=name --owner=0 --group=0 --numeric-owner -cf d.tar data
same_file "tar archive bytes" d.tar
check "tar -tvf" /usr/bin/tar -tvf d.tar
mkdir -p "$H/x" "$G/x"
check "tar -x" /usr/bin/tar -xf d.tar -C x
tree_sum "tar round trip" x
