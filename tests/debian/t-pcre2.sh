# PCRE2's JIT compiles each pattern to aarch64 code at run time (code
# written, __clear_cache = DC CVAU + IC IVAU per line, then run): grep -P
# over a file, and pcre2test -jit over a hand-written pattern file
# (pcre2-test.txt: groups, conditionals, backreferences, lookaround, atomic
# and possessive groups; jitverify marks each JIT match) and a generated one
# (hundreds of patterns compiled one after the other in one process, each
# JIT'd into memory the previous ones ran from).  Output compared with the
# host's pcre2test and grep of the same version.
need_host /usr/bin/grep /usr/bin/pcre2test
need_version grep pcre2-utils libpcre2-8-0
n=300
[ "${XRUN_BACKEND:-jit}" = interp ] && n=60
gen_text "$H/w.csv" 8000 13
cp "$srcdir/pcre2-test.txt" "$H/"
/usr/bin/python3 - "$H/gen.txt" "$n" <<'PY'
import random, sys
r = random.Random(17)
atoms = ["a", "b", "[a-c]", r"\d", r"\w", ".", "(?:ab|ba)", "[^x]", r"\s", "c"]
quants = ["", "*", "+", "?", "{1,3}", "*?", "++", "{2}"]
with open(sys.argv[1], "w") as f:
    f.write("#pattern jitverify\n\n")
    for i in range(int(sys.argv[2])):
        pat = "".join(r.choice(atoms) + r.choice(quants) for _ in range(r.randint(2, 7)))
        if r.random() < 0.3:
            pat = "(" + pat + ")" + r.choice(["", r"\1", "|x"])
        f.write("/%s/%s\n" % (pat.replace("/", r"\/"), r.choice(["", "i", "g", "m"])))
        for _ in range(3):
            f.write("    %s\n" % "".join(r.choice("abcx1 2\t") for _ in range(r.randint(0, 20))))
        f.write("\n")
PY
for f in w.csv pcre2-test.txt gen.txt; do put $f; done
check "pcre2test -jit pcre2-test.txt" /usr/bin/pcre2test -q -jit pcre2-test.txt
checks=$((checks + 1))
grep -q '(JIT)' "$G/.out" && echo "ok: the matches ran JIT code" || fail "pcre2test: no (JIT) match"
check "pcre2test -jit, $n generated patterns" /usr/bin/pcre2test -q -jit gen.txt
check "grep -P -c" /usr/bin/grep -P -c '^(\w+),(-?\d{3}),\w+\d\b' w.csv
check "grep -P -o lookaround" /usr/bin/grep -P -o '(?<=,)\d+\.\d{2}(?=\d,)' w.csv
check "grep -P -n -i alternation, negative lookahead" /usr/bin/grep -P -n -i '(alpha|beta).*\b(?:kappa|mu)\b(?!.*theta)' w.csv
check "grep -P backreference" /usr/bin/grep -P -n '\b(\w+)\b.*\b\1\b' w.csv
check "grep -P -v -w" /usr/bin/grep -P -v -w 'eta|iota|pi' w.csv
check "grep -E -c (DFA, no PCRE)" /usr/bin/grep -E -c '^(alpha|beta),-?[0-9]{3},' w.csv
check "grep -F -f (many fixed strings)" /usr/bin/grep -c -F -e kappa1 -e mu2 -e 'rho 9' -e ',-12' w.csv
# Each JIT'd pattern is written next to code already run: only that page's
# translations may go (no whole-cache flush: -d stats counts them), and
# __clear_cache's IC IVAU on a page already dropped must not flush either.
(cd "$G" && "$xrun" -d stats -L "$root" "$root/usr/bin/pcre2test" -q -jit gen.txt >/dev/null 2>.stats)
flushes=$(awk '$3 == "flushes" { print $4 }' "$G/.stats")
checks=$((checks + 1))
[ "$flushes" = 0 ] && echo "ok: pcre2test -jit gen.txt: no code cache flush" ||
  fail "pcre2test -jit gen.txt: ${flushes:-?} code cache flushes (expected 0)"
