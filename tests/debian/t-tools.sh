# Assorted tools: make -j2 running shell recipes (execve of dash and
# coreutils through make), lua5.4, tclsh8.6, zstd (levels, threads, long
# mode, a trained dictionary) and jq.
need_host /usr/bin/make /usr/bin/lua5.4 /usr/bin/tclsh8.6 /usr/bin/zstd /usr/bin/jq
need_version make lua5.4 tcl8.6 libtcl8.6 zstd libzstd1 jq libjq1
lines=8000
[ "${XRUN_BACKEND:-jit}" = interp ] && lines=2000
gen_text "$H/w.csv" "$lines" 41
mkdir -p "$H/mk" "$H/dict"
for i in 1 2 3 4 5 6; do seq "$i" 3 60 | sed 's/$/ abc/' >"$H/mk/f$i.in"; done
cat >"$H/mk/Makefile" <<'MK'
SRCS := $(sort $(wildcard *.in))
OUTS := $(SRCS:.in=.out)
all: total sums
%.out: %.in
	tr a-z A-Z <$< >$@
total: $(OUTS)
	cat $^ | sort | uniq -c | sort -k2 >$@
	@echo $(words $^) files; wc -l <$@
sums: $(OUTS)
	for f in $^; do printf '%s %s\n' $$f $$(wc -c <$$f); done >$@
	@expr 6 \* 7
.PHONY: all clean
MK
for i in $(seq 1 40); do sed -n "$i~40p" "$H/w.csv" >"$H/dict/s$i.csv"; done
cat >"$H/t.lua" <<'LUA'
local t = {}
for i = 1, 50000 do t[i] = (i * 7919) % 1000 end
table.sort(t, function(a, b) return a > b end)
local s = 0
for i, v in ipairs(t) do s = s + v * i end
print(s, string.format("%.14g %.14g %5.2f %x", math.sin(1.5), math.exp(3), 2 / 3, 48879))
print(("abc"):rep(3, "-"), ("hello world"):gsub("o", "0"), ("k=v; a=b"):match("(%w+)=(%w+)$"))
local co = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i * i) end end)
print(co(), co(), co())
print(pcall(error, {code = 42}), select("#", 1, nil, 3), math.maxinteger // 7, 7 // 2, 7.0 // 2, -7 % 3)
local f = io.open("w.csv"); local n, words = 0, {}
for line in f:lines() do n = n + 1; local w = line:match("^(%a+),"); words[w] = (words[w] or 0) + 1 end
f:close()
local keys = {}; for k in pairs(words) do keys[#keys + 1] = k end; table.sort(keys)
for _, k in ipairs(keys) do io.write(k, "=", words[k], " ") end; print(n)
print(string.pack(">i4d", 7, 1.5):byte(1, -1))
print(utf8.char(72, 228, 8364, 128512), utf8.len("häll€"))
LUA
cat >"$H/t.tcl" <<'TCL'
puts [expr {sin(1.0)}]; puts [format %.15g [expr {exp(2.5)}]]
set s 0; for {set i 0} {$i < 100000} {incr i} {incr s [expr {$i * 3 % 7}]}; puts $s
puts [lsort -integer {5 3 9 1}]; puts [regsub -all {a(b)} "abab xab" {<\1>}]
puts [clock format 1700000000 -gmt 1 -format "%Y-%m-%d %H:%M:%S %A"]
set f [open w.csv]; set n 0; while {[gets $f line] >= 0} { incr n; dict incr cnt [lindex [split $line ,] 0] }; close $f
puts $n; puts [lsort -stride 2 -index 0 [dict get $cnt]]
puts [string map {a A e E} "alpha beta"]; puts [expr {2**100}]; puts [binary encode hex [binary format I 3735928559]]
proc fib {n} { expr {$n < 2 ? $n : [fib [expr {$n - 1}]] + [fib [expr {$n - 2}]]} }; puts [fib 20]
TCL
/usr/bin/python3 - "$H/in.json" <<'PY'
import json, random, sys
r = random.Random(43)
recs = [{"id": i, "name": r.choice(["ann", "bob", "cy", "dee"]), "score": round(r.uniform(0, 100), 3),
         "tags": r.sample(["x", "y", "z", "w"], r.randint(0, 3)), "ok": r.random() < 0.5,
         "when": 1700000000 + i * 3600} for i in range(400)]
json.dump({"records": recs, "meta": {"n": len(recs), "note": "caf\u00e9 \u2603"}}, open(sys.argv[1], "w"))
PY
cp -a "$H/mk" "$H/dict" "$H/w.csv" "$H/t.lua" "$H/t.tcl" "$H/in.json" "$G/"

run_both /usr/bin/make -j2 -C mk --no-print-directory   # -j2: lines in any order
sorted; same "make -j2 (output lines sorted)"
same_file "make: total" mk/total
same_file "make: sums" mk/sums
check "make -n (up to date, dry run)" /usr/bin/make -n -C mk --no-print-directory
check "lua5.4 t.lua" /usr/bin/lua5.4 t.lua
check "lua5.4 -e (gc, string buffers)" /usr/bin/lua5.4 -e 'local t = {} for i = 1, 20000 do t[#t + 1] = tostring(i * 3) end local s = table.concat(t, ",") collectgarbage() print(#s, s:sub(-20), collectgarbage("count") > 0)'
check "tclsh8.6 t.tcl" /usr/bin/tclsh8.6 t.tcl
for t in "-19" "-3 -T2" "--ultra -22 --long=24" "-1 --rsyncable"; do
  set -- $t
  check "zstd $t" -i "$H/w.csv" /usr/bin/zstd -q -c "$@"
  for d in "$H" "$G"; do mv "$d/.out" "$d/w.zst"; done
  same_file "zstd $t compressed bytes" w.zst
  check "zstd -d ($t)" -i "$G/w.zst" /usr/bin/zstd -q -d -c --long=27
  checks=$((checks + 1))
  cmp -s "$G/.out" "$H/w.csv" && echo "ok: zstd -d output equals the input" || fail "zstd -d output differs"
done
check "zstd --train (dictionary)" /usr/bin/zstd -q --train -r dict -o w.dict --maxdict=8192
same_file "zstd dictionary" w.dict
check "zstd -D (with the dictionary)" -i "$H/dict/s7.csv" /usr/bin/zstd -q -c -D w.dict -9
check "jq filters" /usr/bin/jq -c '.records | map(select(.ok and .score > 50)) | group_by(.name) | map({name: .[0].name, n: length, mean: (map(.score) | add / length), tags: (map(.tags[]) | unique)})' in.json
check "jq -r strings, dates, math" /usr/bin/jq -r '.records[:20][] | [.id, (.name | ascii_upcase), (.when | todate), (.score | floor), (.score | sqrt | . * 1000 | round), (.tags | join("+")), (@base64 "\(.name)")] | @tsv' in.json
check "jq -S reduce, paths, unicode" /usr/bin/jq -S '{total: (reduce .records[] as $r (0; . + $r.score)), paths: ([paths(type == "boolean")] | length), meta: .meta, len: (.meta.note | length), keys: (.records[0] | keys)}' in.json
