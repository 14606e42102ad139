/*
 * execve and execveat for the guest, without binfmt_misc.
 *
 * The file is found the way other file syscalls find it (absolute paths in
 * the -L sysroot first, then on the host) and looked at before anything is
 * replaced, so every error the kernel would give (ENOENT, EACCES, ENOEXEC,
 * EFAULT, E2BIG, ...) returns to the guest with the process intact:
 *   - a riscv64 or aarch64 ELF runs under a new xrun: xrun re-executes
 *     itself with the same options, -0 so the new guest sees exactly the
 *     argv the caller passed, and the caller's envp unchanged;
 *   - any other ELF (x86_64) is exec'd natively by the host kernel;
 *   - a "#!" script is parsed as the kernel does; when its interpreter
 *     (looked up in the sysroot first) is a guest ELF, that runs under xrun
 *     with the kernel's argv rewriting, otherwise the host kernel execs the
 *     script itself;
 *   - anything else is ENOEXEC.
 * What Linux keeps over exec is handed on through the host exec: the
 * thread's signal mask becomes the guest's mask (the host mask is set to it
 * just before), ignored dispositions stay ignored, fds without O_CLOEXEC,
 * the cwd and the pid.  xrun's own fds are all close-on-exec.
 */
#include "syscalls/internal.h"
#include "syscalls/exec.h"

#include <elf.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "binfmt/start.h"
#include "loader/loader.h"

#define MAX_ARG_STRLEN (32 * 4096)  /* the kernel's limit on one argv/envp string */
#define BPRM_BUF 256                /* bytes the kernel reads to pick a format */
#define MAX_SCRIPT_DEPTH 4          /* #! interpreters that are scripts, as Linux allows */
#define EXECVE_CHECK 0x10000        /* AT_EXECVE_CHECK (Linux 6.14): check, do not run */

static char self_exe[PATH_MAX];
static char **xrun_opts;

void exec_init(char **xrun_options)
{
    ssize_t n = readlink("/proc/self/exe", self_exe, sizeof(self_exe) - 1);
    if (n <= 0)
        n = snprintf(self_exe, sizeof(self_exe), "/proc/self/exe");
    self_exe[n] = '\0';
    xrun_opts = xrun_options;
}

/* ---- signals carried over exec ---------------------------------------------------- */

/* The kernel's struct sigaction (raw rt_sigaction reaches 32..64 too). */
typedef struct KSigAction { uint64_t handler, flags, restorer, mask; } KSigAction;

static long raw_sigaction(int sig, const KSigAction *act, KSigAction *old)
{
    return syscall(SYS_rt_sigaction, sig, act, old, 8);
}

static long raw_sigmask(int how, const uint64_t *set, uint64_t *old)
{
    return syscall(SYS_rt_sigprocmask, how, set, old, 8);
}

void exec_inherit_signals(void)
{
    uint64_t inherited = 0;
    raw_sigmask(SIG_BLOCK, NULL, &inherited);
    sys_take_inherited_ignores();
    /* xrun itself needs the fault signals; the others mirror the guest's mask */
    uint64_t faults = SIGBIT(SIGSEGV) | SIGBIT(SIGBUS) | SIGBIT(SIGILL) | SIGBIT(SIGFPE) |
                      SIGBIT(SIGTRAP);
    raw_sigmask(SIG_UNBLOCK, &faults, NULL);
    if (inherited)
        sys_sigmask_set(inherited);
    /* blocked signals pending over exec: queued for the guest (sigpending sees them) */
    sigset_t pend;
    struct timespec zero = { 0, 0 };
    sigpending(&pend);
    for (int sig = 1; sig < 32; sig++) {
        sigset_t one;
        siginfo_t si;
        sigemptyset(&one);
        sigaddset(&one, sig);
        if ((inherited & SIGBIT(sig)) && sigismember(&pend, sig) == 1 &&
            sigtimedwait(&one, &si, &zero) == sig)
            sig_queue(sig, si.si_code, si.si_pid, (int32_t)si.si_uid, 0);
    }
}

typedef struct SavedSignals {
    uint64_t mask, changed;
    KSigAction old[NSIG_GUEST + 1];
} SavedSignals;

/*
 * Make the host's state what the guest's would carry over: the guest's mask
 * on this thread, SIG_IGN where the guest ignores (handlers reset to SIG_DFL
 * by the kernel anyway).  Self-sent signals still pending for the guest
 * become pending on the host so they survive too.
 */
static void signals_for_exec(SavedSignals *s)
{
    uint64_t m = sys_sigmask_get();
    raw_sigmask(SIG_SETMASK, &m, &s->mask);
    s->changed = 0;
    for (int sig = 1; sig <= NSIG_GUEST; sig++) {
        const GuestSigAction *ga = sys_sigaction_get(sig);
        KSigAction ign = { (uint64_t)(uintptr_t)SIG_IGN, 0, 0, 0 };
        if (sig == SIGKILL || sig == SIGSTOP || !ga || ga->handler != G_SIG_IGN)
            continue;
        if (raw_sigaction(sig, &ign, &s->old[sig]) == 0)
            s->changed |= SIGBIT(sig);
    }
    uint64_t pend = sigstate.pending & m;
    for (int sig = 1; sig < 32; sig++)
        if (pend & SIGBIT(sig))
            syscall(SYS_tgkill, getpid(), gettid(), sig);
}

static void signals_restore(const SavedSignals *s)
{
    for (int sig = 1; sig <= NSIG_GUEST; sig++)
        if (s->changed & SIGBIT(sig))
            raw_sigaction(sig, &s->old[sig], NULL);
    raw_sigmask(SIG_SETMASK, &s->mask, NULL);
}

/* ---- the guest's arguments ------------------------------------------------------- */

typedef struct StrVec { char **v; size_t n, cap; } StrVec;

static void sv_push(StrVec *s, const char *p)
{
    if (s->n + 2 > s->cap) {
        s->cap = s->cap ? s->cap * 2 : 32;
        s->v = realloc(s->v, s->cap * sizeof(char *));
    }
    s->v[s->n++] = (char *)p;
    s->v[s->n] = NULL;
}

/* argv or envp at guest address a (NULL counts as empty): host pointers, or -errno. */
static int read_strv(uint64_t a, StrVec *out)
{
    memset(out, 0, sizeof(*out));
    sv_push(out, NULL);
    out->n = 0;
    for (uint64_t i = 0; a; i++) {
        uint64_t p;
        if (!copy_from_guest(&p, a + 8 * i, 8))
            return -EFAULT;
        if (!p)
            break;
        int err;
        const char *str = guest_str(p, MAX_ARG_STRLEN, &err);
        if (!str)
            return err == ENAMETOOLONG ? -E2BIG : -err;
        sv_push(out, str);
    }
    return 0;
}

/* ---- the file -------------------------------------------------------------------- */

typedef struct Target {
    int dirfd, flags;          /* for a native execveat */
    const char *hpath;         /* host path relative to dirfd ("" with AT_EMPTY_PATH) */
    char name[PATH_MAX + 32];  /* what the kernel calls it: path or /dev/fd/N[/path] */
    bool plain;                /* a new xrun given `name` finds the same file */
    int fd;                    /* open for reading (close-on-exec), or -1 if unreadable */
    uint8_t buf[BPRM_BUF];
    ssize_t len;
} Target;

/* Find, check (regular file, execute permission) and read the head of it. */
static int open_target(Target *t, int dirfd, const char *path, int flags, char *hbuf)
{
    memset(t, 0, sizeof(*t));
    t->fd = -1;
    t->dirfd = dirfd;
    t->flags = flags;
    int pfd;
    if (!*path) {
        if (!(flags & AT_EMPTY_PATH))
            return -ENOENT;
        t->hpath = "";
        snprintf(t->name, sizeof(t->name), "/dev/fd/%d", dirfd);
        pfd = fcntl(dirfd, F_DUPFD_CLOEXEC, 0);
    } else {
        t->hpath = path[0] == '/' ? sys_host_path(path, hbuf) : path;
        t->plain = (path[0] == '/' || dirfd == AT_FDCWD) && t->hpath != loader_info.exe_path;
        if (path[0] == '/' || dirfd == AT_FDCWD)
            snprintf(t->name, sizeof(t->name), "%s", path);
        else
            snprintf(t->name, sizeof(t->name), "/dev/fd/%d/%s", dirfd, path);
        int nofollow = (flags & AT_SYMLINK_NOFOLLOW) ? O_NOFOLLOW : 0;
        pfd = openat(dirfd, t->hpath, O_PATH | O_CLOEXEC | nofollow);
    }
    if (pfd < 0)
        return -errno;
    struct stat st;
    int r = 0;
    if (fstat(pfd, &st) != 0)
        r = -errno;
    else if (S_ISLNK(st.st_mode))
        r = -ELOOP;         /* AT_SYMLINK_NOFOLLOW: O_PATH opened the link itself */
    else if (!S_ISREG(st.st_mode))
        r = -EACCES;
    else if (syscall(SYS_faccessat2, pfd, "", X_OK, AT_EMPTY_PATH | AT_EACCESS) != 0)
        r = -errno;
    if (r == 0) {
        char proc[64];
        snprintf(proc, sizeof(proc), "/proc/self/fd/%d", pfd);
        t->fd = open(proc, O_RDONLY | O_CLOEXEC);
        if (t->fd >= 0 && (t->len = pread(t->fd, t->buf, sizeof(t->buf), 0)) < 0)
            r = -errno;
    }
    close(pfd);
    return r;
}

static void close_target(Target *t)
{
    if (t->fd >= 0)
        close(t->fd);
    t->fd = -1;
}

enum { KIND_GUEST, KIND_HOST, KIND_SCRIPT, KIND_NOEXEC };

static int classify(const Target *t)
{
    const uint8_t *b = t->buf;
    if (t->fd < 0)
        return KIND_HOST;      /* executable but unreadable: only the host kernel can tell */
    if (t->len >= 4 && !memcmp(b, ELFMAG, SELFMAG)) {
        if (t->len >= (ssize_t)sizeof(Elf64_Ehdr) && b[EI_CLASS] == ELFCLASS64 &&
            b[EI_DATA] == ELFDATA2LSB) {
            Elf64_Ehdr eh;
            memcpy(&eh, b, sizeof(eh));
            const GuestArch *arch = guest_arch_by_elf_machine(eh.e_machine);
            if (arch) {
                /* what the new xrun's loader would refuse is ENOEXEC here */
                uint64_t req = arch->elf_flags_required;
                bool ok = (eh.e_flags & req) == req && (eh.e_type == ET_EXEC || eh.e_type == ET_DYN);
                return ok ? KIND_GUEST : KIND_NOEXEC;
            }
        }
        return KIND_HOST;
    }
    if (t->len >= 2 && b[0] == '#' && b[1] == '!')
        return KIND_SCRIPT;
    return KIND_NOEXEC;
}

static bool blank(char c) { return c == ' ' || c == '\t'; }

/*
 * The "#!" line as Linux reads it: interpreter, then everything after the
 * following blanks (trailing blanks dropped) as one optional argument; the
 * line ends at a newline within the first 256 bytes, and a longer line is
 * accepted only when the interpreter's name ends within them.  Writes
 * NUL-terminated copies into line; -ENOEXEC when there is no interpreter.
 */
static int parse_shebang(const Target *t, char line[BPRM_BUF], char **interp, char **arg)
{
    size_t n = (size_t)t->len;
    memcpy(line, t->buf, n);
    char *end = memchr(line, '\n', n);
    if (!end) {
        if (n < BPRM_BUF)
            end = line + n;         /* the whole file is the line */
        else {
            char *p = line + 2, *last = line + n - 1;
            while (p < last && blank(*p))
                p++;
            if (p == last)
                return -ENOEXEC;
            while (p < last && !blank(*p) && *p)
                p++;
            if (p == last)
                return -ENOEXEC;    /* the interpreter's name is cut off */
            end = last;
        }
    }
    *end = '\0';
    while (end > line + 2 && blank(end[-1]))
        *--end = '\0';
    char *p = line + 2;
    while (blank(*p))
        p++;
    if (!*p)
        return -ENOEXEC;
    *interp = p;
    while (*p && !blank(*p))
        p++;
    *arg = NULL;
    if (*p) {
        *p++ = '\0';
        while (blank(*p))
            p++;
        if (*p)
            *arg = p;
    }
    return 0;
}

/* ---- the exec itself ---------------------------------------------------------------- */

static long host_exec(const char *path, int dirfd, int flags, char **argv, char **envp)
{
    /* the kernel releases robust futexes on exec; the guest lists are ours to walk */
    sys_robust_release_all();
    if (dirfd == AT_FDCWD && !flags)
        return syscall(SYS_execve, path, argv, envp);
    return syscall(SYS_execveat, dirfd, path, argv, envp, flags);
}

/* Replace the process, or return -errno with everything as it was. */
static uint64_t do_exec(GuestCPU *cpu, uint64_t nr, const uint64_t *a, const char *path,
                        int dirfd, int flags, char **argv, char **envp, bool self)
{
    if (log_enabled(LOG_STRACE))
        sys_strace_enter(cpu, nr, a);
    fflush(NULL);
    SavedSignals s;
    signals_for_exec(&s);
    host_exec(path, dirfd, flags, argv, envp);
    if (self && (errno == ENOENT || errno == EACCES))    /* xrun was replaced on disk */
        host_exec("/proc/self/exe", AT_FDCWD, 0, argv, envp);
    int err = errno;
    signals_restore(&s);
    return SYS_ERR(err);
}

/*
 * A guest program under a new xrun: xrun's options, -0 argv[0], and the
 * program by name, or through -execfd when no path names it for the new
 * process (fexecve, dirfd-relative paths, /proc/self/exe).
 */
static uint64_t exec_guest(GuestCPU *cpu, uint64_t nr, const uint64_t *a, Target *t,
                           const char *prog, char **argv, size_t argc, char **envp)
{
    StrVec x = { 0 };
    char fdarg[16];
    int keep = -1;
    sv_push(&x, self_exe);
    for (char **o = xrun_opts; o && *o; o++)
        sv_push(&x, *o);
    sv_push(&x, "-0");
    sv_push(&x, argc ? argv[0] : "");
    if (!prog) {
        keep = fcntl(t->fd, F_DUPFD, 3);   /* without O_CLOEXEC: the new xrun reads it */
        if (keep < 0) {
            free(x.v);
            return SYS_ERR(errno);
        }
        snprintf(fdarg, sizeof(fdarg), "%d", keep);
        sv_push(&x, "-execfd");
        sv_push(&x, fdarg);
        prog = t->name;
    }
    sv_push(&x, "--");
    sv_push(&x, prog);
    for (size_t i = 1; i < argc; i++)
        sv_push(&x, argv[i]);
    uint64_t r = do_exec(cpu, nr, a, self_exe, AT_FDCWD, 0, x.v, envp, true);
    if (keep >= 0)
        close(keep);
    free(x.v);
    return r;
}

/*
 * Follow "#!" interpreters from the file in *t: on return *t is the final
 * interpreter (or the file itself) and argv the kernel's rewritten one
 * (interp [arg] script argv[1..]); *prog is the name a new xrun needs.
 */
static int follow_scripts(Target *t, StrVec *argv, const char **prog, char *lines,
                          char (*names)[sizeof(t->name)], char *hbuf)
{
    *prog = t->plain ? t->name : NULL;
    for (int depth = 0; classify(t) == KIND_SCRIPT; depth++) {
        if (depth == MAX_SCRIPT_DEPTH)
            return -ELOOP;
        char *line = lines + depth * BPRM_BUF, *interp, *arg;
        int r = parse_shebang(t, line, &interp, &arg);
        if (r)
            return r;
        /* argv[0] gives way to: interp [arg] script-name */
        char *script = strcpy(names[depth], t->name);
        StrVec nv = { 0 };
        sv_push(&nv, interp);
        if (arg)
            sv_push(&nv, arg);
        sv_push(&nv, script);
        for (size_t i = 1; i < argv->n; i++)
            sv_push(&nv, argv->v[i]);
        free(argv->v);
        *argv = nv;
        close_target(t);
        r = open_target(t, AT_FDCWD, interp, 0, hbuf);
        if (r)
            return r;
        *prog = t->plain ? interp : NULL;
    }
    return 0;
}

static uint64_t exec_common(GuestCPU *cpu, uint64_t nr, const uint64_t *a, int dirfd,
                            uint64_t gpath, uint64_t gargv, uint64_t genvp, uint64_t flags)
{
    if (flags & ~(uint64_t)(AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW | EXECVE_CHECK))
        return SYS_ERR(EINVAL);
    GUEST_PATH(path, gpath);
    char hbuf[PATH_MAX], hbuf2[PATH_MAX], lines[MAX_SCRIPT_DEPTH * BPRM_BUF];
    Target t;
    char names[MAX_SCRIPT_DEPTH][sizeof(t.name)];
    int r = open_target(&t, dirfd, path, (int)flags, hbuf);
    StrVec argv = { 0 }, envp = { 0 };
    if (r == 0)
        r = read_strv(gargv, &argv);
    if (r == 0)
        r = read_strv(genvp, &envp);
    int kind = r == 0 ? classify(&t) : KIND_NOEXEC;
    uint64_t ret;
    if (r) {
        ret = SYS_ERR(-r);
    } else if (flags & EXECVE_CHECK) {
        ret = 0;            /* executable; the format is not looked at */
    } else if (kind == KIND_HOST) {
        ret = do_exec(cpu, nr, a, t.hpath, dirfd, (int)flags, argv.v, envp.v, false);
    } else if (kind == KIND_NOEXEC) {
        ret = SYS_ERR(ENOEXEC);
    } else {
        /* a guest ELF, or a script: find out what finally runs */
        Target it = t;
        const char *prog;
        t.fd = -1;
        StrVec sargv = { 0 };
        for (size_t i = 0; i < argv.n; i++)
            sv_push(&sargv, argv.v[i]);
        if (!sargv.v)
            sv_push(&sargv, NULL), sargv.n = 0;
        r = follow_scripts(&it, &sargv, &prog, lines, names, hbuf2);
        if (r)
            ret = SYS_ERR(-r);
        else if (classify(&it) == KIND_GUEST && binfmt_kernel_runs(it.buf, it.len))  /* binfmt/start.h */
            ret = do_exec(cpu, nr, a, t.hpath, dirfd, (int)flags, argv.v, envp.v, false);
        else if (classify(&it) == KIND_GUEST)
            ret = exec_guest(cpu, nr, a, &it, prog, sargv.v, sargv.n, envp.v);
        else if (classify(&it) == KIND_HOST)   /* the host kernel runs the script */
            ret = do_exec(cpu, nr, a, t.hpath, dirfd, (int)flags, argv.v, envp.v, false);
        else
            ret = SYS_ERR(ENOEXEC);
        close_target(&it);
        free(sargv.v);
    }
    close_target(&t);
    free(argv.v);
    free(envp.v);
    return ret;
}

uint64_t sys_execve(GuestCPU *cpu, const uint64_t *a)
{
    return exec_common(cpu, 221, a, AT_FDCWD, a[0], a[1], a[2], 0);
}

uint64_t sys_execveat(GuestCPU *cpu, const uint64_t *a)
{
    return exec_common(cpu, 281, a, (int)a[0], a[1], a[2], a[3], a[4]);
}
