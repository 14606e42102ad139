# bash: a script with pipes, subshells, command substitution, here-docs,
# functions, arithmetic, background jobs with wait, traps; the guest bash
# execs the root's (arm64) programs, the host's its own.
need_host /usr/bin/bash
cp "$srcdir/bash-test.sh" "$H/" && put bash-test.sh
check "bash bash-test.sh" /usr/bin/bash bash-test.sh
# $RANDOM is seeded inside the pipeline's subshell (bash reseeds it in every
# subshell), so host and guest print the same lines.
check "bash -c (seeded \$RANDOM loop, printf, external sort, uniq, wc, sha256sum)" /usr/bin/bash -c \
  '{ RANDOM=4242; for ((i = 0; i < 300; i++)); do printf "%d %s\n" $((i * i % 97)) "$RANDOM-seeded"; done; } | sort -n | uniq | tee lines.txt | wc -l; sha256sum <lines.txt; echo "$BASH_VERSION"'
