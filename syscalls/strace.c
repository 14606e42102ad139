/*
 * -strace output in strace(1)'s style: one line per guest syscall,
 * "name(args) = result", formatted from the argument kinds of the syscall
 * table (see table.c) once the call has returned (so output structures and
 * read buffers can be shown), signals as "--- SIGX {...} ---" when
 * delivered, and "+++ exited with N +++" / "+++ killed by SIGX +++" at the
 * end.  Lines carry a "[pid TID] " prefix once the process has several
 * threads or is a forked child (so interleaved logs stay readable).
 * Guest memory is read only where it is mapped; flags are decoded with the
 * host's names after conversion from the guest's numbering.
 */
#include "syscalls/internal.h"

#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#define STR_MAX 32          /* strace's default -s */

typedef struct Out { char *p; size_t len, o; } Out;

static void put(Out *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(Out *w, const char *fmt, ...)
{
    if (w->o >= w->len)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(w->p + w->o, w->len - w->o, fmt, ap);
    va_end(ap);
    if (n > 0)
        w->o = w->o + (size_t)n < w->len ? w->o + (size_t)n : w->len - 1;
}

static void put_ptr(Out *w, uint64_t a)
{
    if (a)
        put(w, "0x%llx", (unsigned long long)a);
    else
        put(w, "NULL");
}

/* ---- strings and buffers --------------------------------------------------- */

static void put_bytes(Out *w, const uint8_t *s, size_t n, bool more)
{
    put(w, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == '\n') put(w, "\\n");
        else if (c == '\t') put(w, "\\t");
        else if (c == '"' || c == '\\') put(w, "\\%c", c);
        else if (c < 32 || c >= 127) put(w, "\\%o", c);
        else put(w, "%c", c);
    }
    put(w, "\"%s", more ? "..." : "");
}

static void put_string(Out *w, uint64_t a)
{
    int err;
    if (!a || !guest_str(a, 4096, &err)) {
        put_ptr(w, a);
        return;
    }
    const char *s = g2h(a);
    size_t n = strlen(s);
    put_bytes(w, (const uint8_t *)s, n > STR_MAX ? STR_MAX : n, n > STR_MAX);
}

/* execve's argv (["a", "b"]) and envp (0x... /\* N vars *\/), as strace(1) shows them. */
static void put_strv(Out *w, uint64_t a)
{
    uint64_t p;
    if (!a) {
        put(w, "NULL");
        return;
    }
    put(w, "[");
    for (size_t n = 0; copy_from_guest(&p, a + 8 * n, 8) && p; n++) {
        if (n == 32) {
            put(w, ", ...");
            break;
        }
        put(w, "%s", n ? ", " : "");
        put_string(w, p);
    }
    put(w, "]");
}

static void put_envp(Out *w, uint64_t a)
{
    uint64_t p;
    size_t n = 0;
    while (n < 100000 && copy_from_guest(&p, a + 8 * n, 8) && p)
        n++;
    put_ptr(w, a);
    if (a)
        put(w, " /* %zu vars */", n);
}

static void put_buffer(Out *w, uint64_t a, int64_t len)
{
    size_t n = len > STR_MAX ? STR_MAX : len > 0 ? (size_t)len : 0;
    const uint8_t *p = guest_ptr(a, n, PROT_READ);
    if (!p) {
        put(w, "0x%llx", (unsigned long long)a);
        return;
    }
    put_bytes(w, p, n, len > STR_MAX);
}

/* ---- flags ------------------------------------------------------------------------ */

typedef struct Flag { uint64_t bit; const char *name; } Flag;

static void put_flags(Out *w, uint64_t v, const Flag *f, const char *zero)
{
    bool any = false;
    for (; f->name; f++)
        if (f->bit && (v & f->bit) == f->bit) {
            put(w, "%s%s", any ? "|" : "", f->name);
            v &= ~f->bit;
            any = true;
        }
    if (v || !any) {
        if (v || !zero)
            put(w, "%s%#llx", any ? "|" : "", (unsigned long long)v);
        else
            put(w, "%s", zero);
    }
}

#define F(x) { x, #x }
/* composite flags (O_SYNC, O_TMPFILE) before their parts: first match wins */
static const Flag open_flags[] = {
    F(O_WRONLY), F(O_RDWR), F(O_CREAT), F(O_EXCL), F(O_NOCTTY), F(O_TRUNC), F(O_APPEND),
    F(O_NONBLOCK), F(O_SYNC), F(O_DSYNC), F(O_DIRECT), F(O_LARGEFILE), F(O_TMPFILE),
    F(O_DIRECTORY), F(O_NOFOLLOW), F(O_NOATIME), F(O_CLOEXEC), F(O_PATH), F(FASYNC), { 0, NULL }
};
static const Flag prot_flags[] = { F(PROT_READ), F(PROT_WRITE), F(PROT_EXEC), { 0, NULL } };
static const Flag map_flags[] = {
    F(MAP_SHARED), F(MAP_PRIVATE), F(MAP_FIXED), F(MAP_ANONYMOUS), F(MAP_GROWSDOWN),
    F(MAP_DENYWRITE), F(MAP_EXECUTABLE), F(MAP_LOCKED), F(MAP_NORESERVE), F(MAP_POPULATE),
    F(MAP_NONBLOCK), F(MAP_STACK), F(MAP_HUGETLB), F(MAP_FIXED_NOREPLACE), { 0, NULL }
};
static const Flag clone_flags[] = {
    F(CLONE_VM), F(CLONE_FS), F(CLONE_FILES), F(CLONE_SIGHAND), F(CLONE_PIDFD),
    F(CLONE_PTRACE), F(CLONE_VFORK), F(CLONE_PARENT), F(CLONE_THREAD), F(CLONE_NEWNS),
    F(CLONE_SYSVSEM), F(CLONE_SETTLS), F(CLONE_PARENT_SETTID), F(CLONE_CHILD_CLEARTID),
    F(CLONE_DETACHED), F(CLONE_UNTRACED), F(CLONE_CHILD_SETTID), F(CLONE_NEWCGROUP),
    F(CLONE_NEWUTS), F(CLONE_NEWIPC), F(CLONE_NEWUSER), F(CLONE_NEWPID), F(CLONE_NEWNET),
    F(CLONE_IO), { 0, NULL }
};
static const Flag at_flags[] = {
    F(AT_SYMLINK_NOFOLLOW), F(AT_REMOVEDIR), F(AT_SYMLINK_FOLLOW), F(AT_NO_AUTOMOUNT),
    F(AT_EMPTY_PATH), F(AT_EACCESS), { 0, NULL }
};
static const Flag sock_type_flags[] = { F(SOCK_NONBLOCK), F(SOCK_CLOEXEC), { 0, NULL } };
#undef F

static const char *const sock_types[] = {
    [SOCK_STREAM] = "SOCK_STREAM", [SOCK_DGRAM] = "SOCK_DGRAM", [SOCK_RAW] = "SOCK_RAW",
    [SOCK_RDM] = "SOCK_RDM", [SOCK_SEQPACKET] = "SOCK_SEQPACKET", [SOCK_PACKET] = "SOCK_PACKET",
};

static const char *family_name(int f)
{
    switch (f) {
    case AF_UNSPEC: return "AF_UNSPEC";
    case AF_UNIX: return "AF_UNIX";
    case AF_INET: return "AF_INET";
    case AF_INET6: return "AF_INET6";
    case AF_NETLINK: return "AF_NETLINK";
    case AF_PACKET: return "AF_PACKET";
    default: return NULL;
    }
}

static void put_open_flags(Out *w, GuestCPU *cpu, uint64_t v)
{
    int h = sys_open_flags_g2h(cpu, v);
    if ((h & O_ACCMODE) == O_RDONLY) {
        put(w, "O_RDONLY");
        if (h & ~O_ACCMODE) {
            put(w, "|");
            put_flags(w, (unsigned)h & ~(unsigned)O_ACCMODE, open_flags, NULL);
        }
        return;
    }
    put_flags(w, (unsigned)h, open_flags, NULL);
}

static void put_signal(Out *w, int sig)
{
    const char *n = sig > 0 && sig < 32 ? sigabbrev_np(sig) : NULL;
    if (n)
        put(w, "SIG%s", n);
    else if (sig >= SIGRTMIN && sig <= 64)
        put(w, "SIGRT_%d", sig - 32);
    else
        put(w, "%d", sig);
}

/* A set of signals: "[USR1 USR2]", or "~[...]" of the missing ones when most are in. */
static void put_sigmask(Out *w, uint64_t set)
{
    if (__builtin_popcountll(set) > 32) {
        put(w, "~");
        set = ~set;
    }
    put(w, "[");
    bool first = true;
    for (int s = 1; s <= 64; s++)
        if (set & SIGBIT(s)) {
            const char *n = s < 32 ? sigabbrev_np(s) : NULL;
            if (n)
                put(w, "%s%s", first ? "" : " ", n);
            else
                put(w, "%sRT_%d", first ? "" : " ", s - 32);
            first = false;
        }
    put(w, "]");
}

/* A guest sigset (8 bytes). */
static void put_sigset(Out *w, uint64_t a)
{
    uint64_t set;
    if (!a || !copy_from_guest(&set, a, 8)) {
        put_ptr(w, a);
        return;
    }
    put_sigmask(w, set);
}

static const Flag sa_flags[] = {
    { 0x00000001, "SA_NOCLDSTOP" }, { 0x00000002, "SA_NOCLDWAIT" }, { 0x00000004, "SA_SIGINFO" },
    { 0x04000000, "SA_RESTORER" }, { 0x08000000, "SA_ONSTACK" }, { 0x10000000, "SA_RESTART" },
    { 0x40000000, "SA_NODEFER" }, { 0x80000000, "SA_RESETHAND" }, { 0, NULL }
};

/* A guest struct sigaction: {sa_handler=..., sa_mask=[...], sa_flags=...}. */
static void put_sigaction(Out *w, GuestCPU *cpu, uint64_t a)
{
    GuestSigAction act;
    if (!a || !sys_read_sigaction(cpu, a, &act)) {
        put_ptr(w, a);
        return;
    }
    put(w, "{sa_handler=");
    if (act.handler == G_SIG_DFL)
        put(w, "SIG_DFL");
    else if (act.handler == G_SIG_IGN)
        put(w, "SIG_IGN");
    else
        put(w, "0x%llx", (unsigned long long)act.handler);
    put(w, ", sa_mask=");
    put_sigmask(w, act.mask);
    put(w, ", sa_flags=");
    put_flags(w, act.flags, sa_flags, "0");
    if (act.restorer)
        put(w, ", sa_restorer=0x%llx", (unsigned long long)act.restorer);
    put(w, "}");
}

/* ---- structures ---------------------------------------------------------------- */

static void put_sockaddr(Out *w, uint64_t a, uint64_t len)
{
    uint8_t sa[128];
    if (len < 2 || len > sizeof(sa) || !copy_from_guest(sa, a, len)) {
        put_ptr(w, a);
        return;
    }
    uint16_t fam;
    memcpy(&fam, sa, 2);
    const char *fn = family_name(fam);
    if (fn)
        put(w, "{sa_family=%s", fn);
    else
        put(w, "{sa_family=%u", fam);
    if (fam == AF_INET && len >= 8) {
        put(w, ", sin_port=htons(%u), sin_addr=inet_addr(\"%u.%u.%u.%u\")",
            (unsigned)(sa[2] << 8 | sa[3]), sa[4], sa[5], sa[6], sa[7]);
    } else if (fam == AF_UNIX && len > 2) {
        put(w, ", sun_path=");
        size_t n = strnlen((const char *)sa + 2, len - 2);
        if (sa[2] == 0 && len > 3) {
            put(w, "@");
            put_bytes(w, sa + 3, strnlen((const char *)sa + 3, len - 3), false);
        } else {
            put_bytes(w, sa + 2, n, false);
        }
    } else if (fam == AF_NETLINK && len >= 12) {
        uint32_t pid, groups;
        memcpy(&pid, sa + 4, 4);
        memcpy(&groups, sa + 8, 4);
        put(w, ", nl_pid=%u, nl_groups=%08x", pid, groups);
    }
    put(w, "}");
}

static void put_mode_type(Out *w, uint32_t m)
{
    static const struct { uint32_t t; const char *n; } types[] = {
        { S_IFREG, "S_IFREG" }, { S_IFDIR, "S_IFDIR" }, { S_IFCHR, "S_IFCHR" },
        { S_IFBLK, "S_IFBLK" }, { S_IFIFO, "S_IFIFO" }, { S_IFLNK, "S_IFLNK" },
        { S_IFSOCK, "S_IFSOCK" },
    };
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
        if ((m & S_IFMT) == types[i].t) {
            put(w, "%s|%04o", types[i].n, m & 07777);
            return;
        }
    put(w, "%#o", m);
}

/* The generic ABI's struct stat: st_mode at 16, st_size at 48. */
static void put_stat(Out *w, uint64_t a)
{
    uint8_t st[128];
    if (!copy_from_guest(st, a, sizeof(st))) {
        put(w, "0x%llx", (unsigned long long)a);
        return;
    }
    uint32_t mode;
    int64_t size;
    memcpy(&mode, st + 16, 4);
    memcpy(&size, st + 48, 8);
    put(w, "{st_mode=");
    put_mode_type(w, mode);
    put(w, ", st_size=%lld, ...}", (long long)size);
}

/* ---- one call ------------------------------------------------------------------ */

/* Output arguments are shown only when the call succeeded. */
static void put_arg(Out *w, GuestCPU *cpu, char kind, const uint64_t *a, int i, int64_t ret)
{
    uint64_t v = a[i];
    bool ok = ret >= 0 || ret < -4095;
    switch (kind) {
    case 'd': put(w, "%d", (int)v); break;
    case 'u': put(w, "%llu", (unsigned long long)v); break;
    case 'o': put(w, "0%llo", (unsigned long long)v); break;
    case 'f':
        if ((int)v == AT_FDCWD)
            put(w, "AT_FDCWD");
        else
            put(w, "%d", (int)v);
        break;
    case 'p': put_ptr(w, v); break;
    case 's': put_string(w, v); break;
    case 'V': put_strv(w, v); break;
    case 'E': put_envp(w, v); break;
    case 'O': put_open_flags(w, cpu, v); break;
    case 'P': put_flags(w, v, prot_flags, "PROT_NONE"); break;
    case 'M': put_flags(w, v, map_flags, NULL); break;
    case 'C': {
        put_flags(w, v & ~0xffull, clone_flags, NULL);
        if (v & 0xff) {
            put(w, "|");
            put_signal(w, (int)(v & 0xff));
        }
        break;
    }
    case 'W': put_flags(w, v, at_flags, "0"); break;
    case 'H': {
        static const char *const how[] = { "SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK" };
        if (v < 3)
            put(w, "%s", how[v]);
        else
            put(w, "%llu", (unsigned long long)v);
        break;
    }
    case 'S': put_signal(w, (int)v); break;
    case 'Z': put_sigset(w, v); break;
    case 'G': put_sigaction(w, cpu, v); break;
    case 'g':       /* old action: written by the call */
        if (ok)
            put_sigaction(w, cpu, v);
        else
            put(w, "0x%llx", (unsigned long long)v);
        break;
    case 'F': {
        const char *n = family_name((int)v);
        if (n)
            put(w, "%s", n);
        else
            put(w, "%d", (int)v);
        break;
    }
    case 'Y': {
        unsigned t = (unsigned)v & 0xf;
        if (!t && (v & ~0xfull)) {     /* accept4: flags only */
            put_flags(w, v, sock_type_flags, NULL);
            break;
        }
        if (t < sizeof(sock_types) / sizeof(sock_types[0]) && sock_types[t])
            put(w, "%s", sock_types[t]);
        else
            put(w, "%u", t);
        if (v & ~0xfull) {
            put(w, "|");
            put_flags(w, v & ~0xfull, sock_type_flags, NULL);
        }
        break;
    }
    case 'A': put_sockaddr(w, v, i < 5 ? (uint32_t)a[i + 1] : 0); break;
    case 'b': put_buffer(w, v, i < 5 ? (int64_t)a[i + 1] : 0); break;
    case 'r':
        if (ok && ret >= 0)
            put_buffer(w, v, ret);
        else
            put(w, "0x%llx", (unsigned long long)v);
        break;
    case 'T':
        if (ok)
            put_stat(w, v);
        else
            put(w, "0x%llx", (unsigned long long)v);
        break;
    default: put(w, "0x%llx", (unsigned long long)v); break;
    }
}

static void fmt_call(Out *w, GuestCPU *cpu, uint64_t nr, const uint64_t *args, int64_t ret)
{
    const char *name = sys_name(nr), *kinds = sys_arg_kinds(nr);
    if (name)
        put(w, "%s(", name);
    else
        put(w, "syscall_%llu(", (unsigned long long)nr);
    if (!kinds)
        kinds = "xxxxxx";
    for (int i = 0; kinds[i] && i < 6; i++) {
        if (i)
            put(w, ", ");
        put_arg(w, cpu, kinds[i], args, i, ret);
    }
    put(w, ")");
}

static bool returns_address(uint64_t nr)
{
    const char *n = sys_name(nr);
    return n && (!strcmp(n, "mmap") || !strcmp(n, "brk") || !strcmp(n, "mremap") ||
                 !strcmp(n, "shmat"));
}

static pid_t first_pid;

/* "[pid N] " once there are several threads or in a forked child. */
static void put_prefix(Out *w)
{
    if (!first_pid)
        first_pid = getpid();
    if (sys_thread_count() > 1 || getpid() != first_pid)
        put(w, "[pid %5d] ", (int)gettid());
}

void sys_strace_enter(GuestCPU *cpu, uint64_t nr, const uint64_t *args)
{
    char buf[1024];
    Out w = { buf, sizeof(buf), 0 };
    put_prefix(&w);
    fmt_call(&w, cpu, nr, args, 0);
    put(&w, " = ?");
    log_printf("%s\n", buf);
}

void sys_strace_exit(GuestCPU *cpu, uint64_t nr, const uint64_t *args, uint64_t ret)
{
    char buf[1024];
    Out w = { buf, sizeof(buf), 0 };
    int64_t r = (int64_t)ret;
    put_prefix(&w);
    fmt_call(&w, cpu, nr, args, r);
    if (r < 0 && r >= -4095) {
        const char *en = strerrorname_np((int)-r);
        if (en)
            put(&w, " = -1 %s (%s)", en, strerror((int)-r));
        else
            put(&w, " = -1 errno %d", (int)-r);
    } else if (returns_address(nr)) {
        put(&w, " = 0x%llx", (unsigned long long)ret);
    } else {
        put(&w, " = %lld", (long long)r);
    }
    log_printf("%s\n", buf);
}

/* ---- signals and the end ----------------------------------------------------------- */

static const char *si_code_name(int sig, int code)
{
    switch (code) {
    case SI_USER: return "SI_USER";
    case SI_KERNEL: return "SI_KERNEL";
    case SI_QUEUE: return "SI_QUEUE";
    case SI_TIMER: return "SI_TIMER";
    case SI_TKILL: return "SI_TKILL";
    default: break;
    }
    if (sig == SIGSEGV)
        return code == SEGV_MAPERR ? "SEGV_MAPERR" : code == SEGV_ACCERR ? "SEGV_ACCERR" : NULL;
    if (sig == SIGBUS)
        return code == BUS_ADRALN ? "BUS_ADRALN" : code == BUS_ADRERR ? "BUS_ADRERR" : NULL;
    if (sig == SIGILL)
        return code == ILL_ILLOPC ? "ILL_ILLOPC" : code == ILL_ILLOPN ? "ILL_ILLOPN" : NULL;
    if (sig == SIGFPE)
        return code == FPE_INTDIV ? "FPE_INTDIV" : NULL;
    if (sig == SIGTRAP)
        return code == TRAP_BRKPT ? "TRAP_BRKPT" : NULL;
    return NULL;
}

static bool is_fault(int sig)
{
    return sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE || sig == SIGTRAP;
}

void sys_strace_signal(int sig, int code, int32_t pid, int32_t uid, uint64_t addr)
{
    if (!log_enabled(LOG_STRACE))
        return;
    char buf[256];
    Out w = { buf, sizeof(buf), 0 };
    put_prefix(&w);
    put(&w, "--- ");
    put_signal(&w, sig);
    put(&w, " {si_signo=");
    put_signal(&w, sig);
    const char *cn = si_code_name(sig, code);
    if (cn)
        put(&w, ", si_code=%s", cn);
    else
        put(&w, ", si_code=%d", code);
    if (is_fault(sig) && code > 0)
        put(&w, ", si_addr=0x%llx", (unsigned long long)addr);
    else
        put(&w, ", si_pid=%d, si_uid=%d", pid, uid);
    put(&w, "} ---");
    log_printf("%s\n", buf);
}

void sys_strace_exited(int status)
{
    if (!log_enabled(LOG_STRACE))
        return;
    char buf[64];
    Out w = { buf, sizeof(buf), 0 };
    put_prefix(&w);
    put(&w, "+++ exited with %d +++", status & 0xff);
    log_printf("%s\n", buf);
}

void sys_strace_killed(int sig)
{
    if (!log_enabled(LOG_STRACE))
        return;
    char buf[64];
    Out w = { buf, sizeof(buf), 0 };
    put_prefix(&w);
    put(&w, "+++ killed by ");
    put_signal(&w, sig);
    put(&w, " +++");
    log_printf("%s\n", buf);
}
