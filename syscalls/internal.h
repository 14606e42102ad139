/*
 * Shared helpers of the syscall handlers (not part of the public contract).
 *
 * Handlers have the signature of SysHandler and return the guest result:
 * a value >= 0 or -errno (guest numbering, via sys_errno()).
 *
 * Guest pointers: buffers the host kernel reads or writes directly are only
 * range-checked (guest_range) and passed as g2h(): every page of the
 * reservation the guest has not mapped is PROT_NONE on the host, so the
 * kernel answers EFAULT exactly where Linux would.  Memory that xrun itself
 * reads or writes (structures to convert) is checked page by page with
 * gm_access_ok first (guest_ptr), so a bad pointer is -EFAULT, never a crash.
 */
#ifndef XRUN_SYSCALLS_INTERNAL_H
#define XRUN_SYSCALLS_INTERNAL_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "syscalls/syscalls.h"
#include "util/guestmem.h"
#include "util/util.h"

typedef uint64_t (*SysHandler)(GuestCPU *cpu, const uint64_t *a);

#define SYS_ERR(e) ((uint64_t)(int64_t)-sys_errno(e))
#define SYS_EFAULT SYS_ERR(EFAULT)

/* Host result (-1 + errno convention) to guest result. */
static inline uint64_t sys_ret(long r)
{
    return r < 0 ? SYS_ERR(errno) : (uint64_t)r;
}

/* Host result in -errno convention (guestmem) to guest result. */
static inline uint64_t sys_ret_neg(long r)
{
    return r < 0 ? SYS_ERR((int)-r) : (uint64_t)r;
}

/* A buffer handed to the host kernel: only needs to lie in the guest space. */
static inline bool guest_range(uint64_t a, uint64_t len)
{
    return gm_in_range(a, len);
}

/* Host pointer to guest memory xrun accesses itself; NULL when not mapped
 * with `prot` (callers answer EFAULT). */
static inline void *guest_ptr(uint64_t a, uint64_t len, int prot)
{
    if (!gm_in_range(a, len) || !gm_access_ok(a, len, prot))
        return NULL;
    /* about to be written by xrun or the host kernel: lift code-page protection */
    if (prot & PROT_WRITE)
        gm_code_range_written(a, len);
    return g2h(a);
}

/*
 * Copy between guest memory and host objects.  Guest pointers may be
 * misaligned, so xrun never dereferences them as typed pointers.
 * false when the guest range is not mapped with the needed permission.
 */
static inline bool copy_from_guest(void *dst, uint64_t src, size_t len)
{
    const void *p = guest_ptr(src, len, PROT_READ);
    if (p && len)
        memcpy(dst, p, len);
    return p != NULL;
}

static inline bool copy_to_guest(uint64_t dst, const void *src, size_t len)
{
    void *p = guest_ptr(dst, len, PROT_WRITE);
    if (p && len)
        memcpy(p, src, len);
    return p != NULL;
}

/* Optional pointer argument: NULL stays NULL. */
static inline void *guest_opt(uint64_t a)
{
    return a ? g2h(a) : NULL;
}

/*
 * Validate a NUL-terminated guest string of at most max bytes (with NUL);
 * returns its host address, or NULL with *err = EFAULT / ENAMETOOLONG.
 */
const char *guest_str(uint64_t a, size_t max, int *err);

/* Guest path arguments: guest_str with PATH_MAX; returns -errno on error. */
#define GUEST_PATH(var, addr)                                   \
    int var##_err_;                                             \
    const char *var = guest_str((addr), 4096, &var##_err_);     \
    if (!var)                                                   \
        return SYS_ERR(var##_err_)

/*
 * Host path to use for a guest path: /proc/self/exe names the program, and
 * absolute paths existing under the -L sysroot are looked up there.
 * buf (PATH_MAX bytes) may receive the result.
 */
const char *sys_host_path(const char *guest_path, char *buf);
#define HOST_PATH(p) sys_host_path((p), (char[4096]){ 0 })

/* open flags of the guest ABI to the host's (aarch64 differs in 4 bits). */
int sys_open_flags_g2h(GuestCPU *cpu, uint64_t flags);
int sys_open_flags_h2g(GuestCPU *cpu, int flags);

/* True the first time (kind, key) is seen: log "unsupported ..." once. */
bool sys_log_once(int kind, uint64_t key);
enum { ONCE_SYSCALL, ONCE_IOCTL, ONCE_FCNTL, ONCE_PRCTL, ONCE_KINDS };

/*
 * A signal the guest sent itself (signals.c): ignored, made pending while
 * blocked, or given its default action (handlers are not delivered yet).
 */
uint64_t sys_signal_self(GuestCPU *cpu, int sig, int code);

/* guest iovec array to host form (files.c): the count or -errno */
struct iovec;
long sys_iov_g2h(uint64_t giov, uint64_t cnt, struct iovec *out);
/* per-fd translation of n bytes read into an iovec array */
void sys_iov_after_read(int fd, const struct iovec *iov, long cnt, long n);

/*
 * Per-fd translators (fdtrans.c): data read from special fds whose records
 * the guest sees differently.  The kind is set when the fd is created and
 * cleared by close.
 */
enum { FDT_NONE = 0, FDT_SIGNALFD, FDT_INOTIFY, FDT_NETLINK };
void fdtrans_set(int fd, int kind);
int fdtrans_get(int fd);
void fdtrans_after_read(int fd, uint8_t *buf, long n);
void fdtrans_signalfd_read(uint8_t *buf, size_t len);   /* events.c */

/* signals.c: the guest's struct sigaction at ga (its layout is the arch's) */
bool sys_read_sigaction(GuestCPU *cpu, uint64_t ga, GuestSigAction *out);
/* signals.c: a signalfd exists (self-sent blocked signals go to the host) */
void sys_signalfd_used(void);
int sys_signo_h2g(int sig);

/*
 * -strace (strace.c): a call that does not return (exit) is logged on entry
 * ("= ?"), every other one on exit with its result; signals when delivered;
 * the end of the process.
 */
void sys_strace_enter(GuestCPU *cpu, uint64_t nr, const uint64_t *args);
void sys_strace_exit(GuestCPU *cpu, uint64_t nr, const uint64_t *args, uint64_t ret);
void sys_strace_signal(int sig, int code, int32_t pid, int32_t uid, uint64_t addr);
void sys_strace_exited(int status);
void sys_strace_killed(int sig);
/* Guest threads alive in this process (process.c). */
int sys_thread_count(void);

/*
 * /proc files xrun synthesizes for the guest (procfs.c): cpuinfo, and maps,
 * smaps, smaps_rollup, auxv, cmdline, comm, stat, status of this process.  Returns an open fd or -errno;
 * when path is not one of them, returns -EXDEV (open the real file then).
 */
int proc_open(const char *path, int flags);
const char *proc_guest_comm(char buf[16]);   /* the guest program's comm (procfs.c) */
bool sys_thread_named(pid_t tid);           /* the guest set this thread's name (process.c) */

#define H(name) uint64_t sys_##name(GuestCPU *cpu, const uint64_t *a)
/* files.c */
H(read); H(write); H(readv); H(writev); H(pread64); H(pwrite64); H(preadv); H(pwritev);
H(openat); H(close); H(lseek); H(fstat); H(newfstatat); H(statx); H(readlinkat);
H(faccessat); H(faccessat2); H(getcwd); H(dup); H(dup3); H(fcntl); H(ioctl);
H(getdents64); H(unlinkat); H(mkdirat); H(renameat); H(renameat2); H(ftruncate);
H(truncate); H(fsync); H(fdatasync); H(pipe2); H(chdir); H(fchdir); H(fchmod);
H(fchmodat); H(fchownat); H(fchown); H(symlinkat); H(linkat); H(utimensat);
H(statfs); H(fstatfs); H(ppoll); H(pselect6); H(sendfile); H(fadvise64);
H(fallocate); H(flock); H(close_range); H(mknodat); H(copy_file_range); H(sync);
/* memory.c */
H(brk); H(mmap); H(munmap); H(mprotect); H(madvise); H(mremap); H(msync);
H(mlock_ok); H(mincore);
/* process.c */
H(exit); H(do_exit_group); H(getpid); H(getppid); H(gettid); H(getuid); H(geteuid);
H(getgid); H(getegid); H(set_tid_address); H(set_robust_list); H(get_robust_list);
H(prlimit64); H(getrlimit); H(setrlimit); H(uname); H(sched_yield); H(getrandom);
H(kill); H(tgkill); H(tkill); H(getpgid); H(setpgid); H(getsid); H(setsid);
H(getresuid); H(getresgid); H(getrusage); H(getgroups); H(sched_getaffinity);
H(prctl); H(personality); H(wait4); H(waitid); H(getpriority);
H(setpriority); H(sched_getscheduler); H(sched_getparam);
/* time.c */
H(clock_gettime); H(clock_getres); H(gettimeofday); H(nanosleep);
H(clock_nanosleep); H(times); H(getitimer); H(setitimer);
/* signals.c */
H(rt_sigaction); H(rt_sigprocmask); H(sigaltstack); H(rt_sigpending);
H(rt_sigtimedwait); H(rt_sigqueueinfo); H(rt_tgsigqueueinfo); H(rt_sigsuspend);
/* events.c */
H(eventfd2); H(epoll_create1); H(epoll_ctl); H(epoll_pwait); H(epoll_pwait2);
H(signalfd4); H(timerfd_create); H(timerfd_settime); H(timerfd_gettime);
H(inotify_init1); H(inotify_add_watch); H(inotify_rm_watch); H(fanotify_init);
H(fanotify_mark);
/* net.c */
H(socket); H(socketpair); H(bind); H(connect); H(listen); H(accept); H(accept4);
H(getsockname); H(getpeername); H(sendto); H(recvfrom); H(setsockopt); H(getsockopt);
H(shutdown); H(sendmsg); H(recvmsg); H(sendmmsg); H(recvmmsg);
/* ipc.c */
H(shmget); H(shmat); H(shmdt); H(shmctl); H(semget); H(semop); H(semtimedop);
H(semctl); H(msgget); H(msgsnd); H(msgrcv); H(msgctl); H(mq_open); H(mq_unlink);
H(mq_timedsend); H(mq_timedreceive); H(mq_notify); H(mq_getsetattr);
/* fs.c */
H(setxattr); H(lsetxattr); H(fsetxattr); H(getxattr); H(lgetxattr); H(fgetxattr);
H(listxattr); H(llistxattr); H(flistxattr); H(removexattr); H(lremovexattr);
H(fremovexattr); H(splice); H(tee); H(vmsplice); H(preadv2); H(pwritev2);
H(readahead); H(memfd_create); H(openat2); H(pidfd_open); H(pidfd_send_signal);
H(pidfd_getfd); H(mount); H(umount2); H(pivot_root); H(chroot); H(acct); H(unshare);
H(setns); H(swapon); H(swapoff); H(sethostname); H(setdomainname); H(vhangup);
H(name_to_handle_at); H(open_by_handle_at); H(kcmp);
/* sched.c */
H(sched_setparam); H(sched_setscheduler); H(sched_setaffinity);
H(sched_get_priority_max); H(sched_get_priority_min); H(sched_rr_get_interval);
H(sched_setattr); H(sched_getattr); H(ioprio_set); H(ioprio_get); H(setuid); H(setgid);
H(setfsuid); H(setfsgid); H(setreuid); H(setregid); H(setresuid); H(setresgid);
H(setgroups); H(capget); H(capset); H(add_key); H(request_key); H(keyctl);
H(timer_create); H(timer_settime); H(timer_gettime); H(timer_getoverrun);
H(timer_delete); H(clock_settime); H(settimeofday); H(adjtimex); H(clock_adjtime);
/* aio.c */
H(io_setup); H(io_destroy); H(io_submit); H(io_cancel); H(io_getevents);
H(io_pgetevents);
/* misc.c */
H(sysinfo); H(umask); H(getcpu); H(futex); H(zero); H(riscv_flush_icache);
H(syslog); H(futex_waitv);
#undef H

/* ---- signal state (signals.c) and delivery (sigdeliver.c) ----------------------- */

#define NSIG_GUEST 64
#define G_SIG_DFL 0
#define G_SIG_IGN 1
#define G_SA_ONSTACK 0x08000000u
#define G_SA_RESTART 0x10000000u
#define G_SA_NODEFER 0x40000000u
#define G_SA_RESETHAND 0x80000000u
#define SIGBIT(s) (1ull << ((s) - 1))

typedef struct SigInfo {
    int32_t code, pid, uid;
    uint64_t addr;
    bool raw_valid;                   /* raw: the whole siginfo_t (the host's, or */
    uint8_t raw[128];                 /* rt_sigqueueinfo's): same layout for the guest */
} SigInfo;

/*
 * Dispositions are per process (sig_act); everything else is per thread, as
 * in Linux: each guest thread is one host thread, the host picks the thread
 * for a process-directed signal among those whose (mirrored) mask allows it,
 * and its handler queues the signal in that thread's pending set.
 */
typedef struct SigState {
    uint64_t mask;                    /* blocked */
    volatile uint64_t pending;        /* queued, set from host handlers too */
    SigInfo info[NSIG_GUEST + 1];     /* of the queued instance */
    uint64_t altstack[3];             /* ss_sp, ss_flags, ss_size */
    GuestCPU *cpu;                    /* asked to stop when a signal arrives */
    /*
     * rt_sigsuspend: the mask to restore when the handler returns (saved in
     * the next frame instead of the temporary mask), and "do not restart"
     * (sigsuspend answers EINTR even for SA_RESTART handlers).
     */
    bool suspend_saved_valid, no_restart;
    bool mask_known;                  /* mask taken over from the host thread */
    bool temp_active;                 /* ppoll & co: temp_saved is the real mask */
    uint64_t suspend_saved, temp_saved;
} SigState;
extern __thread SigState sigstate;
extern GuestSigAction sig_act[NSIG_GUEST + 1];
/* Host disposition and blocking follow the guest's for these (signals.c). */
bool sig_mirrored(int sig);
/* sigaltstack's checks and update for a thread at sp; ss = sp, flags, size. */
long sig_set_altstack(uint64_t sp, const uint64_t ss[3]);
bool sig_on_altstack(uint64_t sp);
uint32_t sig_altstack_flags(uint64_t sp);
void sig_update_deliverable(void);
void sig_thread_init(GuestCPU *cpu);
/* tgkill(2) (tkill(2) when tgid is -1) for the guest's tgkill/tkill to
 * another thread (-1/errno): guest signal 33 (glibc's SIGSETXID, which the
 * host libc owns) travels to threads of this process on host 32. */
long sig_tgkill(pid_t tgid, pid_t tid, int sig);
/*
 * The signal mask argument of ppoll, pselect6, epoll_pwait(2): installed
 * around the host call (which gets none), so that a signal it lets through
 * is delivered with it in effect and the real mask comes back when the
 * handler returns, as with sigsuspend.  begin: 0 or -errno (gset 0: none);
 * end takes and returns the host call's result.
 */
long sig_temp_mask_begin(uint64_t gset, uint64_t size);
long sig_temp_mask_end(long r);

/* Queue sig for the guest (async-signal-safe). */
void sig_queue(int sig, int code, int32_t pid, int32_t uid, uint64_t addr);
/* The same with the complete siginfo_t (128 bytes) to hand to the handler. */
void sig_queue_info(int sig, const void *info);
/* Host handler for signals whose guest disposition is a handler. */
void sig_host_handler(int sig, siginfo_t *si, void *uc);
uint64_t sys_rt_sigreturn(GuestCPU *cpu, const uint64_t *a);
uint64_t sys_clone(GuestCPU *cpu, const uint64_t *a);
uint64_t sys_clone3(GuestCPU *cpu, const uint64_t *a);
void sys_robust_release_all(void);     /* before exec: every thread's robust futexes */

#endif
