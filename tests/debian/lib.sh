# Shared by the Debian-root tests (sourced by run.sh): the arm64 root, and
# running one Debian program natively and under xrun with the results
# compared.  Host and guest each work in their own directory ($H and $G,
# same inputs), so files the programs write can be compared too.

# The packages of the root (one list for every test: one root, one stamp).
# dash: /bin/sh of the root, so system() and shell=True stay arm64.
DEBIAN_PKGS=(bash coreutils busybox dash python3 perl sqlite3 xz-utils gzip bzip2 tar findutils
             openssl grep pcre2-utils gawk sed diffutils file git make lua5.4 tcl8.6 zstd jq)

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
failures=0
checks=0

# ensure_root: build (or find up to date) the root, once per build directory:
# concurrent tests wait on a lock.  Skips when it cannot be built.
ensure_root() {
  local log=$root.log
  mkdir -p "$(dirname "$root")"
  if ! flock "$root.lock" bash "$topdir/scripts/debian-root.sh" arm64 "$root" \
       "${DEBIAN_PKGS[@]}" >"$log" 2>&1; then
    cat "$log"
    skip "cannot build the Debian arm64 root (network? apt?); see above"
  fi
}

# need_host PROG...: the native oracle must be Debian's own program.
need_host() {
  local p
  for p in "$@"; do
    [ -x "$p" ] || skip "$p is not installed on the host (scripts/setup.sh installs it)"
  done
}

# need_version PKG...: the host's PKG is the root's version (a security
# update may change the output); otherwise skip (scripts/setup.sh upgrades
# the host's oracles to apt's candidate, the version the root gets).
need_version() {
  local p hv rv
  for p in "$@"; do
    hv=$(dpkg-query -W -f='${Version}\n' "$p" 2>/dev/null | head -n 1)
    rv=$(awk -v p="$p" '$1 == p { print $2 }' "$root/.debian-root.stamp")
    [ -n "$hv" ] && [ "$hv" = "$rv" ] ||
      skip "host $p ${hv:-is not installed}, root $p ${rv:-missing}: run scripts/setup.sh"
  done
}

# fresh_dirs: empty host and guest work directories.
fresh_dirs() {
  rm -rf "$work" && mkdir -p "$H" "$G"
}

# put REL: copy a file from $H (where a test generated it) to $G.
put() { cp -p "$H/$1" "$G/$1"; }

# run_both [-i STDIN] PROG ARG...: run /usr/bin/PROG natively in $H and the
# root's under xrun in $G (argv[0] the same), leaving out/err/rc in each.
run_both() {
  local in=/dev/null
  if [ "$1" = -i ]; then in=$2; shift 2; fi
  local prog=$1; shift
  (cd "$H" && "$prog" "$@" <"$in" >.out 2>.err; echo $? >.rc)
  (cd "$G" && "$xrun" -L "$root" -0 "$prog" "$root$prog" "$@" <"$in" >.out 2>.err; echo $? >.rc)
}

# same DESC: compare the last run_both's stdout, stderr and exit status.
same() {
  local desc=$1 what
  checks=$((checks + 1))
  for what in .out .err .rc; do
    if ! cmp -s "$H/$what" "$G/$what"; then
      fail "$desc: ${what#.} differs (host < > guest)"
      diff "$H/$what" "$G/$what" | head -n 20
      return
    fi
  done
  echo "ok: $desc: stdout $(wc -c <"$H/.out") bytes $(cut -c1-12 <<<"$(sha256sum <"$H/.out")"), stderr $(wc -c <"$H/.err") bytes, exit $(cat "$H/.rc") identical"
}

# check DESC [-i STDIN] PROG ARG...: run_both, then same.
check() {
  local desc=$1; shift
  run_both "$@"
  same "$desc"
}

# same_file DESC REL: a file both runs wrote must be identical.
same_file() {
  checks=$((checks + 1))
  if [ ! -e "$H/$2" ] || ! cmp -s "$H/$2" "$G/$2"; then
    fail "$1: $2 differs or is missing (host $(wc -c <"$H/$2" 2>&1) bytes, guest $(wc -c <"$G/$2" 2>&1) bytes)"
  else
    echo "ok: $1: $2 identical ($(wc -c <"$H/$2") bytes)"
  fi
}

# expect DESC FILE: the host's stdout must also equal FILE (a fixed answer).
expect() {
  checks=$((checks + 1))
  if cmp -s "$H/.out" "$2"; then echo "ok: $1: host output is the expected one"
  else fail "$1: host output differs from $2"; diff "$2" "$H/.out" | head; fi
}

finish() {
  echo "$checks checks, $failures failed (backend ${XRUN_BACKEND:-jit})"
  [ "$failures" -eq 0 ]
}

# sorted: sort the last run's stdout in both directories (for programs whose
# output order follows the directory order, which differs between $H and $G).
sorted() { local d; for d in "$H" "$G"; do sort -o "$d/.out" "$d/.out"; done; }

# tree_sum DESC DIR: the two trees under DIR have the same names, types,
# modes, sizes and contents.
tree_sum() {
  local d
  for d in "$H" "$G"; do
    (cd "$d/$2" && find . -printf '%y %m %s %p %l\n' | sort &&
     find . -type f -print0 | sort -z | xargs -0 -r sha256sum) >"$d/.tree" 2>&1
  done
  checks=$((checks + 1))
  if cmp -s "$H/.tree" "$G/.tree"; then
    echo "ok: $1: trees identical ($(grep -c . <"$H/.tree") lines of listing and sums)"
  else
    fail "$1: trees differ"; diff "$H/.tree" "$G/.tree" | head -n 20
  fi
}

# gen_text FILE LINES SEED: deterministic text (words, numbers, CSV-ish).
gen_text() {
  /usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import random, sys
path, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
r = random.Random(seed)
words = ["alpha", "beta", "gamma", "delta", "Epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "Lambda", "mu", "nu", "xi", "omicron", "pi", "rho"]
with open(path, "w") as f:
    for i in range(n):
        f.write("%s,%d,%s,%.3f,%s\n" % (r.choice(words), r.randint(-5000, 5000),
                r.choice(words) + str(r.randint(0, 99)), r.uniform(-1e4, 1e4),
                " ".join(r.choice(words) for _ in range(r.randint(0, 6)))))
PY
}

# gen_bin FILE BYTES SEED: deterministic random bytes.
gen_bin() {
  /usr/bin/python3 -c 'import random, sys
r = random.Random(int(sys.argv[3]))
open(sys.argv[1], "wb").write(bytes(r.getrandbits(8) for _ in range(int(sys.argv[2]))))' "$1" "$2" "$3"
}
