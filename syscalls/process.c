/*
 * Process identity, limits and exit.  The guest runs as this host process,
 * so ids pass through; resource limits pass through except RLIMIT_AS and
 * RLIMIT_DATA, which would otherwise cap xrun's own guest-space reservation
 * (they are remembered and reported back instead).
 */
#include "syscalls/internal.h"
#include "syscalls/safe_syscall.h"

#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

static __thread uint64_t clear_child_tid;      /* set_tid_address, per thread */
static int live_threads = 1;
static uint64_t robust_head, robust_len;

int sys_thread_count(void)
{
    return __atomic_load_n(&live_threads, __ATOMIC_RELAXED);
}

void sys_exit_group(int status)
{
    if (log_enabled(LOG_STATS))
        tr_stats_dump(log_file ? log_file : stderr);
    fflush(NULL);
    _exit(status & 0xff);
}

/*
 * A thread's exit: clear and wake its clear_child_tid word (that is how
 * pthread_join learns of it), then end the host thread.  The last thread's
 * exit ends the process.
 */
uint64_t sys_exit(GuestCPU *cpu, const uint64_t *a)
{
    if (__atomic_sub_fetch(&live_threads, 1, __ATOMIC_SEQ_CST) == 0)
        sys_exit_group((int)a[0]);
    if (clear_child_tid) {
        uint32_t zero = 0;
        if (copy_to_guest(clear_child_tid, &zero, 4))
            syscall(SYS_futex, g2h(clear_child_tid), FUTEX_WAKE, INT32_MAX, NULL, NULL, 0);
    }
    cpu_destroy(cpu);
    pthread_exit(NULL);
}

/* ---- threads ---------------------------------------------------------------------- */

typedef struct ThreadStart {
    GuestCPU *cpu;
    uint64_t flags, ptid, ctid;
    sem_t ready;
    pid_t tid;
} ThreadStart;

static void *thread_main(void *arg)
{
    ThreadStart *ts = arg;
    GuestCPU *cpu = ts->cpu;
    pid_t tid = gettid();
    if (ts->flags & CLONE_CHILD_SETTID)
        copy_to_guest(ts->ctid, &tid, 4);
    if (ts->flags & CLONE_PARENT_SETTID)
        copy_to_guest(ts->ptid, &tid, 4);
    if (ts->flags & CLONE_CHILD_CLEARTID)
        clear_child_tid = ts->ctid;
    ts->tid = tid;
    sem_post(&ts->ready);          /* ts belongs to the parent from here on */
    cpu_loop(cpu);
}

/* One host thread per guest thread, running its own cpu loop. */
static uint64_t clone_thread(GuestCPU *cpu, uint64_t flags, uint64_t newsp, uint64_t ptid,
                             uint64_t tls, uint64_t ctid)
{
    const uint64_t required = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD;
    if ((flags & required) != required)
        return SYS_ERR(EINVAL);
    GuestCPU *child = cpu_create_copy(cpu);
    child->arch->set_syscall_ret(child, 0);
    if (newsp)
        child->arch->set_sp(child, newsp);
    if (flags & CLONE_SETTLS)
        child->arch->set_tls(child, tls);
    ThreadStart ts = { .cpu = child, .flags = flags, .ptid = ptid, .ctid = ctid };
    sem_init(&ts.ready, 0, 0);
    cpu_set_multi_threaded();
    __atomic_add_fetch(&live_threads, 1, __ATOMIC_SEQ_CST);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 1 << 20);
    pthread_t th;
    int err = pthread_create(&th, &attr, thread_main, &ts);
    pthread_attr_destroy(&attr);
    if (err) {
        __atomic_sub_fetch(&live_threads, 1, __ATOMIC_SEQ_CST);
        cpu_destroy(child);
        sem_destroy(&ts.ready);
        return SYS_ERR(EAGAIN);
    }
    while (sem_wait(&ts.ready) != 0)
        ;
    sem_destroy(&ts.ready);
    return (uint64_t)ts.tid;
}

uint64_t sys_do_exit_group(GuestCPU *cpu, const uint64_t *a)
{
    sys_exit_group((int)a[0]);
}

uint64_t sys_getpid(GuestCPU *cpu, const uint64_t *a) { return (uint64_t)getpid(); }
uint64_t sys_getppid(GuestCPU *cpu, const uint64_t *a) { return (uint64_t)getppid(); }
uint64_t sys_gettid(GuestCPU *cpu, const uint64_t *a) { return (uint64_t)gettid(); }
uint64_t sys_getuid(GuestCPU *cpu, const uint64_t *a) { return getuid(); }
uint64_t sys_geteuid(GuestCPU *cpu, const uint64_t *a) { return geteuid(); }
uint64_t sys_getgid(GuestCPU *cpu, const uint64_t *a) { return getgid(); }
uint64_t sys_getegid(GuestCPU *cpu, const uint64_t *a) { return getegid(); }

uint64_t sys_set_tid_address(GuestCPU *cpu, const uint64_t *a)
{
    clear_child_tid = a[0];
    return (uint64_t)gettid();
}

/*
 * clone.  Threads (CLONE_VM without CLONE_VFORK) get a host thread each.
 * New processes (fork, vfork, posix_spawn): the host forks and the child
 * continues in the same cpu loop with its own copy of everything.  vfork's
 * shared memory is not emulated (as in qemu-user): the parent does not
 * wait, which only changes how posix_spawn reports exec errors.
 * Arguments (riscv64 and aarch64 order): flags, newsp, ptid, tls, ctid.
 */
uint64_t sys_clone(GuestCPU *cpu, const uint64_t *a)
{
    uint64_t flags = a[0], newsp = a[1], ptid = a[2], tls = a[3], ctid = a[4];
    if ((flags & CLONE_VM) && !(flags & CLONE_VFORK))
        return clone_thread(cpu, flags, newsp, ptid, tls, ctid);
    if ((flags & CSIGNAL) != SIGCHLD && (flags & CSIGNAL) != 0)
        return SYS_ERR(EINVAL);
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0)
        return SYS_ERR(errno);
    if (pid == 0) {
        pid_t tid = gettid();
        if (flags & CLONE_CHILD_SETTID)
            copy_to_guest(ctid, &tid, 4);
        if (flags & CLONE_CHILD_CLEARTID)
            clear_child_tid = ctid;
        if (newsp)
            cpu->arch->set_sp(cpu, newsp);
        if (flags & CLONE_SETTLS)
            cpu->arch->set_tls(cpu, tls);
        return 0;
    }
    if (flags & CLONE_PARENT_SETTID) {
        int32_t p32 = pid;
        copy_to_guest(ptid, &p32, 4);
    }
    return (uint64_t)pid;
}

uint64_t sys_set_robust_list(GuestCPU *cpu, const uint64_t *a)
{
    if (a[1] != 24)     /* sizeof(struct robust_list_head) on 64-bit */
        return SYS_ERR(EINVAL);
    robust_head = a[0];
    robust_len = a[1];
    return 0;
}

uint64_t sys_get_robust_list(GuestCPU *cpu, const uint64_t *a)
{
    if (a[0] && a[0] != (uint64_t)gettid())
        return SYS_ERR(EPERM);
    uint64_t len = robust_len ? robust_len : 24;
    if (!copy_to_guest(a[1], &robust_head, 8) || !copy_to_guest(a[2], &len, 8))
        return SYS_EFAULT;
    return 0;
}

/* ---- resource limits --------------------------------------------------------------- */

typedef struct { uint64_t cur, max; } GuestRlimit;
static GuestRlimit virt_limit[2];   /* RLIMIT_AS, RLIMIT_DATA once the guest set them */
static bool virt_set[2];

static int virt_index(unsigned res)
{
    return res == RLIMIT_AS ? 0 : res == RLIMIT_DATA ? 1 : -1;
}

static uint64_t do_prlimit(uint64_t pid, unsigned res, uint64_t newp, uint64_t oldp)
{
    GuestRlimit nbuf, obuf, *nl = NULL;
    if (newp && !copy_from_guest(nl = &nbuf, newp, sizeof(nbuf)))
        return SYS_EFAULT;
    if (oldp && !guest_ptr(oldp, sizeof(obuf), PROT_WRITE))
        return SYS_EFAULT;
    int vi = virt_index(res);
    bool self = pid == 0 || pid == (uint64_t)getpid();
    if (vi < 0 || !self) {
        long r = syscall(SYS_prlimit64, (pid_t)pid, res, nl, oldp ? &obuf : NULL);
        if (r == 0 && oldp)
            copy_to_guest(oldp, &obuf, sizeof(obuf));
        return sys_ret(r);
    }
    GuestRlimit cur;
    if (virt_set[vi]) {
        cur = virt_limit[vi];
    } else if (syscall(SYS_prlimit64, 0, res, NULL, &cur) != 0) {
        return SYS_ERR(errno);
    }
    if (nl) {
        if (nl->cur > nl->max)
            return SYS_ERR(EINVAL);
        virt_limit[vi] = *nl;
        virt_set[vi] = true;
    }
    if (oldp)
        copy_to_guest(oldp, &cur, sizeof(cur));
    return 0;
}

uint64_t sys_prlimit64(GuestCPU *cpu, const uint64_t *a)
{
    return do_prlimit(a[0], (unsigned)a[1], a[2], a[3]);
}

uint64_t sys_getrlimit(GuestCPU *cpu, const uint64_t *a)
{
    return do_prlimit(0, (unsigned)a[0], 0, a[1]);
}

uint64_t sys_setrlimit(GuestCPU *cpu, const uint64_t *a)
{
    return do_prlimit(0, (unsigned)a[0], a[1], 0);
}

/* ---- system identity --------------------------------------------------------------- */

uint64_t sys_uname(GuestCPU *cpu, const uint64_t *a)
{
    struct utsname *u = guest_ptr(a[0], sizeof(struct utsname), PROT_WRITE);
    if (!u)
        return SYS_EFAULT;
    if (uname(u) != 0)
        return SYS_ERR(errno);
    const char *m = cpu && cpu->arch ? cpu->arch->name : "riscv64";
    snprintf(u->machine, sizeof(u->machine), "%s", m);
    return 0;
}

uint64_t sys_sched_yield(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(sched_yield());
}

uint64_t sys_getrandom(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[0], a[1]))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_getrandom, g2h(a[0]), a[1], (unsigned)a[2]));
}

/* ---- signals to processes -------------------------------------------------------- */

static bool valid_sig(uint64_t sig) { return sig <= 64; }

uint64_t sys_kill(GuestCPU *cpu, const uint64_t *a)
{
    pid_t pid = (pid_t)a[0];
    if (!valid_sig(a[1]))
        return SYS_ERR(EINVAL);
    /* pid 0 (our group): the host's kill reaches us too, as a host signal */
    if (pid == getpid() || (pid == 0 && !sig_mirrored((int)a[1])))
        return a[1] ? sys_signal_self(cpu, (int)a[1], SI_USER) : 0;
    return sys_ret(kill(pid, (int)a[1]));
}

uint64_t sys_tgkill(GuestCPU *cpu, const uint64_t *a)
{
    if (!valid_sig(a[2]))
        return SYS_ERR(EINVAL);
    if ((pid_t)a[0] == getpid() && (pid_t)a[1] == gettid())
        return a[2] ? sys_signal_self(cpu, (int)a[2], SI_TKILL) : 0;
    return sys_ret(sig_tgkill((pid_t)a[0], (pid_t)a[1], (int)a[2]));
}

uint64_t sys_tkill(GuestCPU *cpu, const uint64_t *a)
{
    if (!valid_sig(a[1]))
        return SYS_ERR(EINVAL);
    if ((pid_t)a[0] == gettid())
        return a[1] ? sys_signal_self(cpu, (int)a[1], SI_TKILL) : 0;
    return sys_ret(sig_tgkill(-1, (pid_t)a[0], (int)a[1]));
}

/* ---- sessions, groups, ids ---------------------------------------------------------- */

uint64_t sys_getpgid(GuestCPU *cpu, const uint64_t *a) { return sys_ret(getpgid((pid_t)a[0])); }
uint64_t sys_setpgid(GuestCPU *cpu, const uint64_t *a) { return sys_ret(setpgid((pid_t)a[0], (pid_t)a[1])); }
uint64_t sys_getsid(GuestCPU *cpu, const uint64_t *a) { return sys_ret(getsid((pid_t)a[0])); }
uint64_t sys_setsid(GuestCPU *cpu, const uint64_t *a) { return sys_ret(setsid()); }

static uint64_t get3(uint64_t a, uint64_t b, uint64_t c, int nr)
{
    if (!guest_range(a, 4) || !guest_range(b, 4) || !guest_range(c, 4))
        return SYS_EFAULT;
    return sys_ret(syscall(nr, g2h(a), g2h(b), g2h(c)));
}

uint64_t sys_getresuid(GuestCPU *cpu, const uint64_t *a) { return get3(a[0], a[1], a[2], SYS_getresuid); }
uint64_t sys_getresgid(GuestCPU *cpu, const uint64_t *a) { return get3(a[0], a[1], a[2], SYS_getresgid); }

/* struct rusage is the same in the generic 64-bit ABI and on x86_64 (144 bytes). */
uint64_t sys_getrusage(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], 144))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_getrusage, (int)a[0], g2h(a[1])));
}

uint64_t sys_getgroups(GuestCPU *cpu, const uint64_t *a)
{
    if ((int)a[0] < 0)
        return SYS_ERR(EINVAL);
    if (!guest_range(a[1], a[0] * 4))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_getgroups, (int)a[0], guest_opt(a[1])));
}

uint64_t sys_sched_getaffinity(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[2], a[1]))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_sched_getaffinity, (pid_t)a[0], a[1], g2h(a[2])));
}

uint64_t sys_sched_getscheduler(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_sched_getscheduler, (pid_t)a[0]));
}

uint64_t sys_sched_getparam(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], 4))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_sched_getparam, (pid_t)a[0], g2h(a[1])));
}

uint64_t sys_getpriority(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_getpriority, (int)a[0], (int)a[1]));
}

uint64_t sys_setpriority(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_setpriority, (int)a[0], (int)a[1], (int)a[2]));
}

/* prctl options (the same numbers on every Linux architecture) */
enum { G_PR_SET_PDEATHSIG = 1, G_PR_GET_PDEATHSIG = 2, G_PR_GET_DUMPABLE = 3,
       G_PR_SET_DUMPABLE = 4, G_PR_GET_KEEPCAPS = 7, G_PR_SET_KEEPCAPS = 8,
       G_PR_SET_NAME = 15, G_PR_GET_NAME = 16, G_PR_GET_SECCOMP = 21,
       G_PR_CAPBSET_READ = 23, G_PR_CAPBSET_DROP = 24, G_PR_SET_TIMERSLACK = 29,
       G_PR_GET_TIMERSLACK = 30, G_PR_SET_CHILD_SUBREAPER = 36,
       G_PR_GET_CHILD_SUBREAPER = 37, G_PR_SET_NO_NEW_PRIVS = 38,
       G_PR_GET_NO_NEW_PRIVS = 39, G_PR_GET_TID_ADDRESS = 40, G_PR_SET_THP_DISABLE = 41,
       G_PR_GET_THP_DISABLE = 42, G_PR_CAP_AMBIENT = 47 };

/* Options with only integer arguments and no effect on xrun: passed through. */
static bool prctl_scalar(uint64_t opt)
{
    switch (opt) {
    case G_PR_SET_PDEATHSIG: case G_PR_GET_DUMPABLE: case G_PR_SET_DUMPABLE:
    case G_PR_GET_KEEPCAPS: case G_PR_SET_KEEPCAPS: case G_PR_GET_SECCOMP:
    case G_PR_CAPBSET_READ: case G_PR_CAPBSET_DROP: case G_PR_SET_TIMERSLACK:
    case G_PR_GET_TIMERSLACK: case G_PR_SET_CHILD_SUBREAPER: case G_PR_SET_NO_NEW_PRIVS:
    case G_PR_GET_NO_NEW_PRIVS: case G_PR_SET_THP_DISABLE: case G_PR_GET_THP_DISABLE:
    case G_PR_CAP_AMBIENT:
        return true;
    default:
        return false;
    }
}

uint64_t sys_prctl(GuestCPU *cpu, const uint64_t *a)
{
    if (prctl_scalar(a[0]))
        return sys_ret(syscall(SYS_prctl, (int)a[0], a[1], a[2], a[3], a[4]));
    switch (a[0]) {
    case G_PR_SET_NAME:
    case G_PR_GET_NAME:
        if (!guest_ptr(a[1], 16, a[0] == G_PR_GET_NAME ? PROT_WRITE : PROT_READ))
            return SYS_EFAULT;
        return sys_ret(syscall(SYS_prctl, (int)a[0], g2h(a[1]), 0, 0, 0));
    case G_PR_GET_PDEATHSIG:
    case G_PR_GET_CHILD_SUBREAPER:
        if (!guest_ptr(a[1], 4, PROT_WRITE))
            return SYS_EFAULT;
        return sys_ret(syscall(SYS_prctl, (int)a[0], g2h(a[1]), 0, 0, 0));
    case G_PR_GET_TID_ADDRESS:      /* the guest's, not xrun's thread's */
        return copy_to_guest(a[1], &clear_child_tid, 8) ? 0 : SYS_EFAULT;
    default:
        if (sys_log_once(ONCE_PRCTL, a[0]) && log_enabled(LOG_UNIMP))
            log_printf("xrun: unsupported prctl option %llu\n", (unsigned long long)a[0]);
        return SYS_ERR(EINVAL);
    }
}

/*
 * personality: remembered and reported back, like the kernel, which accepts
 * any value.  It changes nothing in xrun (ADDR_NO_RANDOMIZE included: the
 * guest layout is xrun's own).
 */
static uint32_t persona;

uint64_t sys_personality(GuestCPU *cpu, const uint64_t *a)
{
    uint32_t old = persona;
    if ((uint32_t)a[0] != 0xffffffffu)
        persona = (uint32_t)a[0];
    return old;
}

uint64_t sys_wait4(GuestCPU *cpu, const uint64_t *a)
{
    if ((a[1] && !guest_range(a[1], 4)) || (a[3] && !guest_range(a[3], 144)))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_wait4, (pid_t)a[0], guest_opt(a[1]), (int)a[2], guest_opt(a[3])));
}

/* siginfo_t is 128 bytes with the same layout on these 64-bit ABIs. */
uint64_t sys_waitid(GuestCPU *cpu, const uint64_t *a)
{
    if ((a[2] && !guest_range(a[2], 128)) || (a[4] && !guest_range(a[4], 144)))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_waitid, (int)a[0], (pid_t)a[1], guest_opt(a[2]), (int)a[3],
                           guest_opt(a[4])));
}
