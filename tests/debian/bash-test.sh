# Bash workload for tests/debian (run by Debian's bash natively and under
# xrun, output compared): pipes, subshells, command substitution, here-docs,
# functions, arithmetic, background jobs and wait, traps, redirections.
set -u
fib() { local n=$1; if ((n < 2)); then echo "$n"; else echo $(( $(fib $((n - 1))) + $(fib $((n - 2))) )); fi; }
echo "fib 12 = $(fib 12)"

# arithmetic, arrays, string operations
declare -A color=([apple]=red [banana]=yellow [cherry]=dark-red)
arr=(zeta alpha "with space" delta)
echo "$(( (17 ** 3) % 1000 )) $(( 1 << 40 )) $(( -7 / 2 )) $(( 0x1f + 010 )) $(( 2#1011 ))"
for k in $(printf '%s\n' "${!color[@]}" | sort); do echo "$k=${color[$k]}"; done
echo "${#arr[@]} ${arr[2]} ${arr[*]:1:2} ${arr[0]^^} ${arr[1]/ph/f} ${arr[3]%ta}"
s="The quick brown fox"; echo "${s,,} ${#s} ${s:4:5} ${s// /_}"
printf '%05d|%-6s|%x|%.3f|%q\n' 42 ab 255 3.14159 "a b'c"

# pipes (builtins and external programs), pipefail, PIPESTATUS
seq 1 200 | grep 7 | sort -rn | head -n 5 | tr '\n' ' '; echo
printf 'b 2\na 1\nc 3\nb 5\n' | sort -k1,1 -k2,2n | uniq -c -w1 | cut -c1-12
true | false | true; echo "PIPESTATUS ${PIPESTATUS[*]}"
set -o pipefail; if ! (false | true); then echo "pipefail caught"; fi; set +o pipefail
while read -r a b; do echo "read $b:$a"; done < <(printf 'x 1\ny 2\n')

# subshells and command substitution
x=outer; (x=inner; echo "sub $x $BASH_SUBSHELL"); echo "after $x"
count=$(ls /usr/bin/ | grep -c '^ba') ; [ "$count" -ge 1 ] && echo "ls|grep -c ok"
n=$( (echo a; echo b; echo c) | wc -l ); echo "lines $n"
echo "nested $(echo "$(echo "$(echo deep)")")"
{ echo grouped; echo to; echo stderr >&2; } 2>&1 | sort

# here-docs and here-strings
cat <<EOT | tr a-z A-Z
here-doc with $x and $((6 * 7))
EOT
cat <<'EOT'
literal $x $(not run)
EOT
wc -w <<< "one two three four"
tr -d aeiou <<<"here string vowels"

# functions: locals, return codes, recursion, getopts
sumargs() { local t=0 a; for a; do t=$((t + a)); done; echo "$t"; return $((t % 7)); }
sumargs 1 2 3 4 5; echo "rc $?"
parse() { local OPTIND o; while getopts "ab:c" o; do echo "opt $o ${OPTARG-}"; done; shift $((OPTIND - 1)); echo "rest $*"; }
parse -a -b val -c one two

# background jobs and wait
tmp=$(mktemp -d)
for i in 1 2 3 4; do (sleep 0.$i; echo "job $i" >"$tmp/$i"; exit "$i") & pids+=($!); done
st=""; for p in "${pids[@]}"; do wait "$p"; st+="$? "; done
echo "wait statuses: $st"; cat "$tmp"/* 
sleep 0.1 & wait; echo "wait all: $?"
{ sleep 0.05; exit 9; } & wait -n; echo "wait -n: $?"

# traps: EXIT in a subshell, ERR, a signal sent to ourselves, RETURN
(trap 'echo "subshell exit trap"' EXIT; echo "in subshell")
trap 'echo "got USR1"' USR1; kill -USR1 $$; trap - USR1
(set -E; trap 'echo "ERR trap at $LINENO"' ERR; false; echo "after false")
f() { trap 'echo "return trap"' RETURN; echo "in f"; }; f; trap - RETURN
(trap 'echo "TERM in child"; exit 3' TERM; kill -TERM $BASHPID; sleep 5); echo "child status $?"

# redirections, file descriptors, noclobber
exec 3>"$tmp/fd3"; echo "via fd3" >&3; exec 3>&-; cat "$tmp/fd3"
echo one >"$tmp/f"; echo two >>"$tmp/f"; set -C; (echo three >"$tmp/f") 2>/dev/null || echo "noclobber held"; set +C
mapfile -t lines <"$tmp/f"; echo "mapfile ${#lines[@]} ${lines[1]}"
rm -rf "$tmp"
case "foo.tar.gz" in *.tar.*) echo "case glob ok";; *) echo "bad";; esac
[[ "abc123" =~ ^([a-z]+)([0-9]+)$ ]] && echo "regex ${BASH_REMATCH[2]}${BASH_REMATCH[1]}"
echo "done"; exit 5
