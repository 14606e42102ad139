#!/bin/bash
# binfmt_misc tests (issue 8): registers xrun for aarch64/riscv64 ELF files
# under a handler name unique to this run, checks what guests started by the
# kernel see, and always unregisters (trap).  Needs root and binfmt_misc;
# exits 77 (meson: skipped) with a message when either is missing.
#   run.sh flags     XRUN TOOL PROBE_A64 PROBE_RV PROBE_A64_DYN PROBE_RV_DYN WORK
#   run.sh chroot    XRUN_STATIC TOOL PROBE_A64 PROBE_RV PROBE_A64_DYN PROBE_RV_DYN WORK
#   run.sh debootstrap XRUN_STATIC TOOL WORK CACHE PROBE_A64
# Expected values come from the kernel's documented binfmt_misc behaviour
# and from the same probe run under plain `xrun` (what a native run shows).
set -uo pipefail

# Every mount the tests make stays in a private mount namespace and goes
# with it (binfmt_misc handlers are global: those are unregistered by trap).
if [ -z "${XRUN_BINFMT_NS:-}" ] && [ "$(id -u)" = 0 ] && command -v unshare >/dev/null &&
   unshare --mount --propagation private true 2>/dev/null; then
    XRUN_BINFMT_NS=1 exec unshare --mount --propagation private bash "$0" "$@"
fi

MODE=$1; shift
# meson passes build paths relative to the build directory: make them absolute
# (binfmt_misc wants an absolute interpreter; the tests chdir)
args=()
for a in "$@"; do [ -e "$a" ] && args+=("$(readlink -f "$a")") || args+=("$a"); done
set -- "${args[@]}"
BF=/proc/sys/fs/binfmt_misc
NAME=xrun-test-$MODE-$$
FAILS=0
CLEAN=()

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
ok() { echo "ok: $*"; }
expect() {   # expect DESCRIPTION PATTERN TEXT: TEXT has a line matching PATTERN
    if grep -qx -- "$2" <<<"$3"; then ok "$1"; else fail "$1: no line '$2' in:"; sed 's/^/    /' <<<"$3"; fi
}

cleanup() {
    for a in aarch64 riscv64; do
        [ -e "$BF/$NAME-$a" ] && echo -1 > "$BF/$NAME-$a"
    done
    for ((i = ${#CLEAN[@]} - 1; i >= 0; i--)); do eval "${CLEAN[i]}" 2>/dev/null; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" = 0 ] || skip "binfmt_misc tests need root"
if [ ! -e $BF/register ]; then
    mount -t binfmt_misc binfmt_misc $BF 2>/dev/null || skip "binfmt_misc cannot be mounted here"
fi

register() {   # register INTERP FLAGS [ARCH]
    "$TOOL" register --name "$NAME" --interpreter "$1" --flags "$2" --arch "${3:-all}" >/dev/null ||
        { fail "register $2"; exit 1; }
}
unregister() { "$TOOL" unregister --name "$NAME" >/dev/null; }
is_dynamic() { readelf -l "$1" 2>/dev/null | grep -q 'program interpreter'; }
is_x86_64() { [ "$(od -An -tx1 -j16 -N4 "$1" 2>/dev/null | tr -d ' ')" = 02003e00 ] ||
              [ "$(od -An -tx1 -j16 -N4 "$1" 2>/dev/null | tr -d ' ')" = 03003e00 ]; }
# Unmount only real mount points inside a root: debootstrap's first stage
# makes ROOT/proc a symlink to /proc, and umount would follow it to the host's.
safe_umount() {
    local p
    for p in "$@"; do
        [ -L "$p" ] || ! mountpoint -q "$p" || umount -l "$p"
    done
}
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }

# ---- flags: the register string, P, O, C, XRUN_* -----------------------------------
mode_flags() {
    XRUN=$1 TOOL=$2 A64=$3 RV=$4 A64DYN=$5 RVDYN=$6 WORK=$7
    mkdir -p "$WORK"; W=$(mktemp -d "$WORK/flags.XXXX"); CLEAN+=("rm -rf '$W'")
    chmod 755 "$W"
    cp "$A64" "$W/a64"; cp "$RV" "$W/rv"; chmod 755 "$W/a64" "$W/rv"

    register "$XRUN" POCF
    local e
    e=$(cat "$BF/$NAME-aarch64")
    expect "aarch64 handler enabled" "enabled" "$e"
    expect "aarch64 flags" "flags: POCF" "$e"
    # e_ident: 7f E L F, class 2, data 1, version 1, OS ABI and ABI version any,
    # padding 0; e_type 2 or 3 (mask fe); e_machine 0xb7 / 0xf3
    expect "aarch64 magic" "magic 7f454c460201010000000000000000000200b700" "$e"
    expect "mask" "mask ffffffffffffff0000fffffffffffffffeffffff" "$e"
    expect "riscv64 magic" "magic 7f454c460201010000000000000000000200f300" "$(cat "$BF/$NAME-riscv64")"
    "$TOOL" status --name "$NAME" >/dev/null && ok "status: both registered" || fail "status"
    "$TOOL" list | grep -q "^$NAME-riscv64 .*enabled *POCF *$XRUN\$" && ok "list" || fail "list"

    # the kernel runs both architectures through xrun; argv as given (P)
    local out ref
    for g in a64 rv; do
        ref=$("$XRUN" -0 myname "$W/$g" one -two)
        out=$(exec -a myname "$W/$g" one -two)
        expect "$g: P keeps argv[0]" "argv0=myname" "$out"
        expect "$g: arguments (an option-like one is the guest's)" "argv2=-two" "$out"
        [ "$(grep -v '^pid=' <<<"$out")" = "$(grep -v '^pid=' <<<"$ref")" ] &&
            ok "$g: the guest sees what plain xrun shows (no AT_EXECFD, no extra fd)" ||
            { fail "$g: binfmt run differs from plain xrun"; diff <(echo "$ref") <(echo "$out"); }
    done
    expect "guest auxv has no AT_EXECFD" "execfd=none" "$out"
    expect "/proc/self/exe is the program" "exe=$W/rv" "$out"

    # ET_DYN: a PIE program and a shared object (glibc's libc.so.6 runs), with
    # the sysroot from an XRUN_* twin
    out=$(XRUN_LD_PREFIX=/usr/aarch64-linux-gnu "$A64DYN" x)
    expect "aarch64 PIE (ET_DYN) via XRUN_LD_PREFIX" "argv1=x" "$out"
    out=$(XRUN_LD_PREFIX=/usr/riscv64-linux-gnu "$RVDYN" x)
    expect "riscv64 PIE (ET_DYN)" "argv1=x" "$out"
    if [ -x /usr/aarch64-linux-gnu/lib/libc.so.6 ]; then
        out=$(XRUN_LD_PREFIX=/usr/aarch64-linux-gnu /usr/aarch64-linux-gnu/lib/libc.so.6 | head -1)
        grep -q "GNU C Library" <<<"$out" && ok "shared object libc.so.6 runs" || fail "libc.so.6: $out"
    fi
    # not ours: a relocatable object and the host's own programs
    aarch64-linux-gnu-gcc -c -x c - -o "$W/rel.o" <<<"int x;" 2>/dev/null && chmod +x "$W/rel.o" &&
        { out=$("$W/rel.o" 2>&1); [ $? = 126 ] && ok "ET_REL is not matched (ENOEXEC)" || fail "ET_REL ran: $out"; }
    [ "$(/bin/echo host)" = host ] && ok "host programs unaffected" || fail "host echo"

    # XRUN_* options reach xrun
    out=$(XRUN_STRACE=1 "$W/a64" 2>&1 >/dev/null)
    grep -q '^exit_group(0)' <<<"$out" && ok "XRUN_STRACE=1 applies under binfmt" || fail "XRUN_STRACE: $out"

    # O: an execute-only program runs for a user who cannot read it
    cp "$W/a64" "$W/xonly"; chmod 0711 "$W/xonly"
    out=$(as_nobody "$W/xonly" 2>&1)
    expect "O: execute-only program runs through AT_EXECFD" "argv0=$W/xonly" "$out"
    expect "O: /proc/self/exe names it" "exe=$W/xonly" "$out"

    # C: a setuid-root guest started by nobody has euid 0 and AT_SECURE
    cp "$W/a64" "$W/suid"; chmod 4755 "$W/suid"
    cp "$W/rv" "$W/sgid"; chgrp 0 "$W/sgid"; chmod 2755 "$W/sgid"
    out=$(as_nobody "$W/suid")
    expect "C: setuid guest sees euid 0" "uid=65534 euid=0 gid=65534 egid=65534" "$out"
    expect "C: AT_SECURE" "secure=1" "$out"
    out=$(as_nobody "$W/sgid")
    expect "C: setgid guest sees egid 0" "uid=65534 euid=65534 gid=65534 egid=0" "$out"
    out=$(XRUN_STRACE=1 as_nobody "$W/suid" 2>&1 >/dev/null)
    [ -z "$out" ] && ok "C: a setuid guest ignores XRUN_* from its caller" || fail "secure XRUN_*: $out"

    # the same without the flags: what each one changes
    unregister; register "$XRUN" F
    out=$(exec -a myname "$W/a64" one)
    expect "without P argv[0] is the path" "argv0=$W/a64" "$out"
    expect "without P arguments" "argv1=one" "$out"
    out=$(as_nobody "$W/xonly" 2>&1); rc=$?
    [ $rc != 0 ] && ok "without O an execute-only program cannot be read (rc $rc)" ||
        fail "without O xonly ran"
    out=$(as_nobody "$W/suid")
    expect "without C no setuid" "uid=65534 euid=65534 gid=65534 egid=65534" "$out"
    expect "without C no AT_SECURE" "secure=0" "$out"

    unregister

    # exported files: the binfmt.d line registers as systemd-binfmt would write it
    "$TOOL" export "$W/exp" --name "$NAME" --interpreter "$XRUN" --flags OF >/dev/null
    cat "$W/exp/$NAME-riscv64.conf" > "$BF/register" && out=$(exec -a other "$W/rv" q) &&
        expect "binfmt.d file registers (no P: argv[0] is the path)" "argv0=$W/rv" "$out" ||
        fail "binfmt.d file rejected: $(cat "$W/exp/$NAME-riscv64.conf")"
    expect "binfmt.d flags" "flags: OF" "$(cat "$BF/$NAME-riscv64")"
    out=$(cat "$W/exp/$NAME-aarch64")
    expect "update-binfmts magic" 'magic \\x7fELF\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xb7\\x00' "$out"
    expect "update-binfmts interpreter" "interpreter $XRUN" "$out"
    expect "update-binfmts fix_binary" "fix_binary yes" "$out"
    expect "update-binfmts credentials" "credentials no" "$out"
    unregister
    [ ! -e "$BF/$NAME-aarch64" ] && [ ! -e "$BF/$NAME-riscv64" ] && ok "unregistered" ||
        fail "handlers still registered"
    "$TOOL" status --name "$NAME" >/dev/null; [ $? = 3 ] && ok "status says not registered" || fail "status rc"

    # binfmt_misc not mounted (in a private mount namespace): status says so,
    # register mounts it; the handler is the kernel's, visible outside too
    out=$(unshare --mount --propagation private sh -c "umount $BF || exit 0
        '$TOOL' status --name '$NAME'; echo rc=\$?
        '$TOOL' register --name '$NAME' --interpreter '$XRUN' --arch riscv64 >/dev/null &&
            [ -e $BF/register ] && echo mounted" 2>&1)
    if grep -q "^rc=" <<<"$out"; then
        expect "status when binfmt_misc is not mounted" "rc=3" "$out"
        expect "register mounts binfmt_misc" "mounted" "$out"
        [ -e "$BF/$NAME-riscv64" ] && ok "registered from the namespace" || fail "not registered"
        unregister
    else
        echo "(binfmt_misc cannot be unmounted in a mount namespace here: mount check skipped)"
    fi
}

# ---- chroot: small roots from the cross sysroots, with a static xrun (F) ----------
make_root() {   # make_root DIR SYSROOT PROGRAM: the sysroot's shared libraries and the program
    mkdir -p "$1/lib" "$1/usr/bin" "$1/proc" "$1/tmp"
    cp -a "$2"/lib/*.so* "$1/lib/"
    cp "$3" "$1/usr/bin/probe"; chmod 755 "$1/usr/bin/probe"
}

mode_chroot() {
    XRUN=$1 TOOL=$2 A64=$3 RV=$4 A64DYN=$5 RVDYN=$6 WORK=$7
    is_dynamic "$XRUN" && skip "$XRUN is not static (meson -Dstatic=true)"
    mkdir -p "$WORK"; W=$(mktemp -d "$WORK/chroot.XXXX"); CLEAN+=("rm -rf '$W'")
    make_root "$W/rv" /usr/riscv64-linux-gnu "$RVDYN"
    make_root "$W/a64" /usr/aarch64-linux-gnu "$A64DYN"
    local f
    for f in $(find "$W" -type f); do is_x86_64 "$f" && fail "the root holds an x86_64 file: $f"; done
    register "$XRUN" POCF
    local out
    for g in rv a64; do
        out=$(chroot "$W/$g" /usr/bin/probe x 2>&1)
        expect "$g chroot without x86_64 libraries or /proc: runs" "argv1=x" "$out"
        expect "$g chroot: argv[0] preserved" "argv0=/usr/bin/probe" "$out"

        mount -t proc proc "$W/$g/proc" && CLEAN+=("safe_umount '$W/$g/proc'")
        out=$(chroot "$W/$g" /usr/bin/probe y)
        expect "$g chroot with its own /proc: exe" "exe=/usr/bin/probe" "$out"
        umount "$W/$g/proc"

        out=$(unshare --mount --pid --fork --mount-proc \
              sh -c "mount -t proc proc '$W/$g/proc' && exec chroot '$W/$g' /usr/bin/probe z" 2>&1)
        expect "$g under unshare --pid --mount-proc: pid 1" "pid=1" "$out"
        expect "$g under unshare: exe" "exe=/usr/bin/probe" "$out"
    done
    # the setuid case inside the chroot
    chmod 4755 "$W/a64/usr/bin/probe"
    out=$(chroot --userspec=65534:65534 "$W/a64" /usr/bin/probe)
    expect "setuid guest in a chroot: euid 0" "uid=65534 euid=0 gid=65534 egid=65534" "$out"
    unregister
    [ ! -e "$BF/$NAME-aarch64" ] && ok "unregistered" || fail "handler still registered"
}

# ---- debootstrap: a Debian arm64 root, second stage run under xrun -----------------
mode_debootstrap() {
    XRUN=$1 TOOL=$2 WORK=$3 CACHE=$4 PROBE=$5
    command -v debootstrap >/dev/null || skip "debootstrap is not installed (apt-get install debootstrap)"
    is_dynamic "$XRUN" && skip "$XRUN is not static (meson -Dstatic=true)"
    local tgz=$CACHE/bookworm-arm64-minbase.tgz
    mkdir -p "$CACHE" "$WORK"
    if [ ! -s "$tgz" ]; then
        echo "downloading the arm64 packages once into $tgz"
        debootstrap --arch=arm64 --variant=minbase --make-tarball="$tgz.part" bookworm \
            "$CACHE/mk" http://deb.debian.org/debian >"$CACHE/mk.log" 2>&1 ||
            { rm -rf "$CACHE/mk" "$tgz.part"; skip "cannot download Debian arm64 packages (network?)"; }
        mv "$tgz.part" "$tgz"; rm -rf "$CACHE/mk"
    fi
    W=$(mktemp -d "$WORK/deb.XXXX"); CLEAN+=("rm -rf '$W'")
    R=$W/root
    CLEAN+=("safe_umount '$R/dev/pts' '$R/sys' '$R/proc'")
    local t0=$SECONDS
    debootstrap --foreign --arch=arm64 --variant=minbase --unpack-tarball="$tgz" bookworm "$R" \
        >"$W/first.log" 2>&1 || { fail "first stage"; tail "$W/first.log"; exit 1; }
    echo "first stage (host): $((SECONDS - t0)) s"
    register "$XRUN" POCF aarch64
    local out
    out=$(chroot "$R" /bin/sh -c 'echo $((6*7)); for w in b a c; do echo $w; done | sort | tr "\n" " "')
    [ "$out" = "42
a b c " ] && ok "shell script in the unpacked root" || fail "shell: $out"
    # The second stage takes ~8 minutes under the JIT on a busy 2-core host:
    # run by default, not under the (slower) interpreter backend unless
    # XRUN_TEST_DEBOOTSTRAP=1; XRUN_TEST_DEBOOTSTRAP=0 never runs it.
    local second=${XRUN_TEST_DEBOOTSTRAP:-auto}
    [ "$second" = auto ] && { [ "${XRUN_BACKEND:-jit}" = interp ] && second=0 || second=1; }
    if [ "$second" = 1 ]; then
        t0=$SECONDS
        local cpu
        if cpu=$( { TIMEFORMAT='%U s user, %S s sys'; time chroot "$R" /debootstrap/debootstrap \
                    --second-stage >"$W/second.log" 2>&1; } 2>&1 ); then
            ok "second stage under xrun: $((SECONDS - t0)) s wall, $cpu"
        else
            fail "second stage (after $((SECONDS - t0)) s)"; tail -20 "$W/second.log"
            tail -20 "$R/debootstrap/debootstrap.log" 2>/dev/null
        fi
        out=$(chroot "$R" dpkg -l | grep -c '^ii')
        [ "$out" -ge 80 ] && ok "dpkg -l: $out packages installed" || fail "dpkg -l: $out"
    else
        echo "second stage skipped (minutes under xrun; interpreter backend or XRUN_TEST_DEBOOTSTRAP=0)"
        out=$(chroot "$R" dpkg --version | head -1)
        grep -q "Debian 'dpkg' package management program version 1.21" <<<"$out" &&
            ok "dpkg --version" || fail "dpkg --version: $out"
    fi
    out=$(chroot "$R" apt-get --version | head -1)
    grep -q "^apt 2.6.* (arm64)" <<<"$out" && ok "apt-get --version: $out" || fail "apt-get --version: $out"
    cat >"$R/tmp/t.sh" <<'EOF'
#!/bin/sh
set -e
n=0; for f in /etc/*; do n=$((n+1)); done
printf '%s\n' "$(uname -m)" "$(echo hello | sed s/l/L/g)" "$(seq 1 5 | sort -rn | head -1)"
[ "$n" -gt 5 ] && echo etc-ok
EOF
    chmod +x "$R/tmp/t.sh"
    out=$(chroot "$R" /tmp/t.sh 2>&1)
    [ "$out" = "aarch64
heLLo
5
etc-ok" ] && ok "a shell script (#!/bin/sh) in the root" || fail "script: $out"
    # a guest shell execs a setuid guest: the exec goes through the kernel
    # (binfmt/start.h), so the C flag applies to it too
    cp "$PROBE" "$R/tmp/suid" && chmod 4755 "$R/tmp/suid"
    out=$(chroot --userspec=65534:65534 "$R" /bin/sh -c '/tmp/suid; echo shell-euid=$(id -u)' 2>&1)
    expect "setuid guest exec'd by a guest shell: euid 0" "uid=65534 euid=0 gid=65534 egid=65534" "$out"
    expect "the shell itself unprivileged" "shell-euid=65534" "$out"
    unregister
    [ ! -e "$BF/$NAME-aarch64" ] && ok "unregistered" || fail "handler still registered"
    out=$(chroot "$R" /bin/true 2>&1); rc=$?
    # with our handler gone the arm64 /bin/true no longer runs here (unless
    # someone else's handler, e.g. qemu's, takes it)
    if ls "$BF" | grep -qv '^register$\|^status$'; then echo "(other handlers present: rc $rc not checked)"
    else [ $rc != 0 ] && ok "after unregistering arm64 programs no longer run" || fail "still runs"; fi
}

case $MODE in
flags) mode_flags "$@" ;;
chroot) mode_chroot "$@" ;;
debootstrap) mode_debootstrap "$@" ;;
*) echo "unknown mode $MODE"; exit 2 ;;
esac
echo "$FAILS failure(s)"
[ $FAILS = 0 ]
