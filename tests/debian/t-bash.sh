# bash: a script with pipes, subshells, command substitution, here-docs,
# functions, arithmetic, background jobs with wait, traps; the guest bash
# execs the root's (arm64) programs, the host's its own.
need_host /usr/bin/bash
cp "$srcdir/bash-test.sh" "$H/" && put bash-test.sh
check "bash bash-test.sh" /usr/bin/bash bash-test.sh
check "bash -c (loop, printf, external wc)" /usr/bin/bash -c \
  'for ((i = 0; i < 300; i++)); do printf "%d %s\n" $((i * i % 97)) "$RANDOM-seeded" ; done | sort -n | uniq | wc -l; echo "$BASH_VERSION"'
