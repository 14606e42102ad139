/*
 * Process identity, limits and exit.  The guest runs as this host process,
 * so ids pass through; resource limits pass through except RLIMIT_AS and
 * RLIMIT_DATA, which would otherwise cap xrun's own guest-space reservation
 * (they are remembered and reported back instead).
 */
#include "syscalls/internal.h"
#include "syscalls/safe_syscall.h"

#include <fcntl.h>
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

int sys_thread_count(void)
{
    return __atomic_load_n(&live_threads, __ATOMIC_RELAXED);
}

/* ---- guest threads and their robust lists -------------------------------------------
 *
 * The guest's robust list holds guest pointers, so the host kernel cannot
 * walk it: each guest thread's head is recorded here and xrun walks the list
 * itself, as the kernel's exit_robust_list does, when the thread exits, when
 * the process exits (every thread's list) and before an exec.
 */
typedef struct GThread {
    pid_t tid;
    bool named;                   /* PR_SET_NAME'd (or created by a thread that was) */
    uint64_t robust_head;
    struct GThread *next;
} GThread;

static pthread_mutex_t gthreads_lock = PTHREAD_MUTEX_INITIALIZER;
static GThread *gthreads;
static __thread GThread *self_rec;
static pid_t vfork_child_of;      /* in a vfork child: the pid of its suspended parent */

static GThread *thread_self(void)
{
    if (!self_rec) {
        GThread *t = calloc(1, sizeof(*t));
        if (!t)
            xrun_fatal(XRUN_EXIT_NOMEM, "out of memory");
        t->tid = gettid();
        pthread_mutex_lock(&gthreads_lock);
        t->next = gthreads;
        gthreads = t;
        pthread_mutex_unlock(&gthreads_lock);
        self_rec = t;
    }
    return self_rec;
}

static void thread_forget_self(void)
{
    GThread *t = self_rec;
    if (!t)
        return;
    pthread_mutex_lock(&gthreads_lock);
    for (GThread **pp = &gthreads; *pp; pp = &(*pp)->next) {
        if (*pp == t) {
            *pp = t->next;
            break;
        }
    }
    pthread_mutex_unlock(&gthreads_lock);
    free(t);
    self_rec = NULL;
}

#define ROBUST_LIST_LIMIT 2048

static void futex_wake_shared(uint32_t *w, int n)
{
    syscall(SYS_futex, w, FUTEX_WAKE, n, NULL, NULL, 0);
}

/*
 * One lock word of a dead owner (the kernel's handle_futex_death): if `tid`
 * owns it, keep FUTEX_WAITERS, set FUTEX_OWNER_DIED and wake one waiter
 * (PI waiters are the host kernel's business once the host thread exits).
 * A pending, still unowned non-PI lock only gets its waiter woken.
 */
static void futex_owner_died(uint64_t uaddr, pid_t tid, bool pi, bool pending)
{
    if (uaddr & 3)
        return;
    uint32_t *w = guest_ptr(uaddr, 4, PROT_READ | PROT_WRITE);
    if (!w)
        return;
    uint32_t uval = __atomic_load_n(w, __ATOMIC_SEQ_CST);
    for (;;) {
        if (pending && !pi && uval == 0) {
            futex_wake_shared(w, 1);
            return;
        }
        if ((uval & FUTEX_TID_MASK) != (uint32_t)tid)
            return;
        uint32_t mval = (uval & FUTEX_WAITERS) | FUTEX_OWNER_DIED;
        if (__atomic_compare_exchange_n(w, &uval, mval, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            break;
    }
    if (!pi && (uval & FUTEX_WAITERS))
        futex_wake_shared(w, 1);
}

static bool fetch_u64(uint64_t addr, uint64_t *v)
{
    return copy_from_guest(v, addr, 8);
}

/* struct robust_list_head { next; long futex_offset; list_op_pending; };
 * bit 0 of each pointer marks a PI futex. */
static void robust_walk(uint64_t head, pid_t tid)
{
    uint64_t entry, off, pending;
    if (!head || !fetch_u64(head, &entry) || !fetch_u64(head + 8, &off) ||
        !fetch_u64(head + 16, &pending))
        return;
    bool pi = entry & 1, ppi = pending & 1;
    entry &= ~(uint64_t)1;
    pending &= ~(uint64_t)1;
    for (int limit = ROBUST_LIST_LIMIT; entry != head && limit > 0; limit--) {
        uint64_t next;
        if (!fetch_u64(entry, &next))
            return;
        if (entry != pending)
            futex_owner_died(entry + off, tid, pi, false);
        pi = next & 1;
        entry = next & ~(uint64_t)1;
    }
    if (pending)
        futex_owner_died(pending + off, tid, ppi, true);
}

static void robust_release_self(void)
{
    GThread *t = self_rec;
    if (t && t->robust_head) {
        robust_walk(t->robust_head, t->tid);
        t->robust_head = 0;
    }
}

/* Every thread's list: the process exits or execs (other threads die too). */
void sys_robust_release_all(void)
{
    pthread_mutex_lock(&gthreads_lock);
    for (GThread *t = gthreads; t; t = t->next) {
        robust_walk(t->robust_head, t->tid);
        t->robust_head = 0;
    }
    pthread_mutex_unlock(&gthreads_lock);
}

uint64_t sys_set_robust_list(GuestCPU *cpu, const uint64_t *a)
{
    if (a[1] != 24)     /* sizeof(struct robust_list_head) on 64-bit */
        return SYS_ERR(EINVAL);
    thread_self()->robust_head = a[0];
    return 0;
}

bool sys_thread_named(pid_t tid)
{
    bool named = false;
    pthread_mutex_lock(&gthreads_lock);
    for (GThread *t = gthreads; t; t = t->next)
        if (t->tid == tid)
            named = t->named;
    pthread_mutex_unlock(&gthreads_lock);
    return named;
}

static uint64_t robust_head_of(pid_t tid, bool *found)
{
    uint64_t h = 0;
    *found = false;
    pthread_mutex_lock(&gthreads_lock);
    for (GThread *t = gthreads; t; t = t->next) {
        if (t->tid == tid) {
            h = t->robust_head;
            *found = true;
        }
    }
    pthread_mutex_unlock(&gthreads_lock);
    return h;
}

uint64_t sys_get_robust_list(GuestCPU *cpu, const uint64_t *a)
{
    pid_t tid = a[0] ? (pid_t)a[0] : gettid();
    bool found = false;
    uint64_t head = tid == gettid() ? thread_self()->robust_head : robust_head_of(tid, &found);
    if (tid != gettid() && !found)
        return SYS_ERR(kill(tid, 0) == 0 ? EPERM : ESRCH);   /* another process's: not ours to read */
    uint64_t len = 24;
    if (!copy_to_guest(a[1], &head, 8) || !copy_to_guest(a[2], &len, 8))
        return SYS_EFAULT;
    return 0;
}

/* ---- exit ----------------------------------------------------------------------------- */

void sys_exit_group(int status)
{
    if (vfork_child_of)          /* the parent's xrun state is not ours to report */
        _exit(status & 0xff);
    sys_robust_release_all();
    if (log_enabled(LOG_STATS))
        tr_stats_dump(log_file ? log_file : stderr);
    fflush(NULL);
    _exit(status & 0xff);
}

/*
 * A thread's exit: release its robust futexes, clear and wake its
 * clear_child_tid word (that is how pthread_join learns of it), then end
 * the host thread.  The last thread's exit ends the process.  The main
 * thread may leave first (pthread_exit in main): the process lives on.
 */
uint64_t sys_exit(GuestCPU *cpu, const uint64_t *a)
{
    robust_release_self();
    if (__atomic_sub_fetch(&live_threads, 1, __ATOMIC_SEQ_CST) == 0)
        sys_exit_group((int)a[0]);
    thread_forget_self();
    if (clear_child_tid) {
        uint32_t zero = 0;
        if (copy_to_guest(clear_child_tid, &zero, 4))
            futex_wake_shared(g2h(clear_child_tid), INT32_MAX);
    }
    cpu_destroy(cpu);
    pthread_exit(NULL);
}

uint64_t sys_do_exit_group(GuestCPU *cpu, const uint64_t *a)
{
    sys_exit_group((int)a[0]);
}

/* ---- threads ---------------------------------------------------------------------- */

typedef struct ThreadStart {
    GuestCPU *cpu;
    uint64_t flags, ptid, ctid;
    bool named;
    sem_t ready;
    pid_t tid;
    int err;
} ThreadStart;

static void *thread_main(void *arg)
{
    ThreadStart *ts = arg;
    GuestCPU *cpu = ts->cpu;
    pid_t tid = gettid();
    /* a thread without a shared fd table or fs context gets its own copy */
    int unshare_flags = (ts->flags & CLONE_FILES ? 0 : CLONE_FILES) |
                        (ts->flags & CLONE_FS ? 0 : CLONE_FS);
    if (unshare_flags && unshare(unshare_flags) != 0) {
        ts->err = errno;
        sem_post(&ts->ready);
        return NULL;
    }
    if (ts->flags & CLONE_CHILD_SETTID)
        copy_to_guest(ts->ctid, &tid, 4);
    if (ts->flags & CLONE_PARENT_SETTID)
        copy_to_guest(ts->ptid, &tid, 4);
    clear_child_tid = ts->flags & CLONE_CHILD_CLEARTID ? ts->ctid : 0;
    thread_self()->named = ts->named;
    ts->tid = tid;
    sem_post(&ts->ready);          /* ts belongs to the parent from here on */
    cpu_loop(cpu);
}

/* One host thread per guest thread, running its own cpu loop. */
static uint64_t clone_thread(GuestCPU *cpu, uint64_t flags, uint64_t newsp, uint64_t ptid,
                             uint64_t tls, uint64_t ctid)
{
    GuestCPU *child = cpu_create_copy(cpu);
    child->arch->set_syscall_ret(child, 0);
    if (newsp)
        child->arch->set_sp(child, newsp);
    if (flags & CLONE_SETTLS)
        child->arch->set_tls(child, tls);
    ThreadStart ts = { .cpu = child, .flags = flags, .ptid = ptid, .ctid = ctid,
                       .named = thread_self()->named };
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
    if (!err) {
        while (sem_wait(&ts.ready) != 0)
            ;
        err = ts.err;
    }
    sem_destroy(&ts.ready);
    if (err) {
        __atomic_sub_fetch(&live_threads, 1, __ATOMIC_SEQ_CST);
        cpu_destroy(child);
        return SYS_ERR(err == ENOMEM ? ENOMEM : EAGAIN);
    }
    return (uint64_t)ts.tid;
}

/* ---- processes -------------------------------------------------------------------- */

/* The fork child: it is the only thread, with no robust list yet. */
static void child_after_fork(GuestCPU *cpu, uint64_t flags, uint64_t newsp, uint64_t tls,
                             uint64_t ctid)
{
    __atomic_store_n(&live_threads, 1, __ATOMIC_SEQ_CST);
    bool named = thread_self()->named;
    gthreads = NULL;             /* the other records belong to threads that are gone */
    self_rec = NULL;
    thread_self()->named = named;
    pid_t tid = gettid();
    if (flags & CLONE_CHILD_SETTID)
        copy_to_guest(ctid, &tid, 4);
    clear_child_tid = flags & CLONE_CHILD_CLEARTID ? ctid : 0;
    if (newsp)
        cpu->arch->set_sp(cpu, newsp);
    if (flags & CLONE_SETTLS)
        cpu->arch->set_tls(cpu, tls);
}

/*
 * fork, vfork, posix_spawn: the host forks and the child continues in the
 * same cpu loop with its own copy of everything.  For CLONE_VFORK the parent
 * stays suspended until the child execs or exits, as with vfork (a pipe
 * whose write end only the child holds, close-on-exec); the child's memory
 * is its own, though (see docs/architecture.md).
 */
static uint64_t clone_process(GuestCPU *cpu, uint64_t flags, uint64_t newsp, uint64_t ptid,
                              uint64_t tls, uint64_t ctid, uint64_t pidfd_at)
{
    int vpipe[2] = { -1, -1 };
    if ((flags & CLONE_VFORK) && pipe2(vpipe, O_CLOEXEC) != 0)
        return SYS_ERR(errno);
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        if (vpipe[0] >= 0) {
            close(vpipe[0]);
            close(vpipe[1]);
        }
        return SYS_ERR(e);
    }
    if (pid == 0) {
        if (vpipe[0] >= 0) {
            close(vpipe[0]);
            vfork_child_of = getppid();
        }
        child_after_fork(cpu, flags, newsp, tls, ctid);
        return 0;
    }
    if (flags & CLONE_PIDFD) {
        int32_t fd = (int32_t)syscall(SYS_pidfd_open, pid, 0);
        if (fd >= 0 && !copy_to_guest(pidfd_at, &fd, 4))
            close(fd);
    }
    if (flags & CLONE_PARENT_SETTID) {
        int32_t p32 = pid;
        copy_to_guest(ptid, &p32, 4);
    }
    if (vpipe[0] >= 0) {
        char c;
        close(vpipe[1]);
        while (read(vpipe[0], &c, 1) < 0 && errno == EINTR)
            ;
        close(vpipe[0]);
    }
    return (uint64_t)pid;
}

#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x00001000
#endif
#ifndef CLONE_CLEAR_SIGHAND
#define CLONE_CLEAR_SIGHAND 0x100000000ull
#endif
#ifndef CLONE_INTO_CGROUP
#define CLONE_INTO_CGROUP 0x200000000ull
#endif
#define CLONE_NS_FLAGS (CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | \
                        CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWCGROUP)

/* The kernel's copy_process checks of flag combinations: 0 or an errno. */
static int clone_flags_error(uint64_t flags)
{
    if ((flags & (CLONE_NEWNS | CLONE_FS)) == (CLONE_NEWNS | CLONE_FS) ||
        (flags & (CLONE_NEWUSER | CLONE_FS)) == (CLONE_NEWUSER | CLONE_FS))
        return EINVAL;
    if ((flags & CLONE_THREAD) && !(flags & CLONE_SIGHAND))
        return EINVAL;
    if ((flags & CLONE_SIGHAND) && !(flags & CLONE_VM))
        return EINVAL;
    if ((flags & CLONE_PIDFD) && (flags & CLONE_THREAD))
        return EINVAL;
    if ((flags & CLONE_CLEAR_SIGHAND) && (flags & CLONE_SIGHAND))
        return EINVAL;
    if ((flags & CLONE_THREAD) && (flags & CLONE_NS_FLAGS & ~(uint64_t)CLONE_NEWNS))
        return EINVAL;
    return 0;
}

/*
 * Threads (CLONE_VM|CLONE_THREAD) get a host thread each; new processes
 * (no CLONE_VM, or CLONE_VM|CLONE_VFORK) a host fork.  A process sharing
 * memory without being a vfork child cannot be made from a host process:
 * EINVAL.  So is anything needing namespaces or cgroups (not emulated).
 */
static uint64_t do_clone(GuestCPU *cpu, uint64_t flags, uint64_t newsp, uint64_t ptid,
                         uint64_t tls, uint64_t ctid, uint64_t pidfd_at)
{
    int e = clone_flags_error(flags);
    if (e)
        return SYS_ERR(e);
    if (flags & (CLONE_NS_FLAGS | CLONE_INTO_CGROUP))
        return SYS_ERR(EPERM);
    if (flags & CLONE_THREAD)
        return clone_thread(cpu, flags, newsp, ptid, tls, ctid);
    if ((flags & CLONE_VM) && !(flags & CLONE_VFORK))
        return SYS_ERR(EINVAL);
    return clone_process(cpu, flags, newsp, ptid, tls, ctid, pidfd_at);
}

/* clone: flags (with the exit signal in the low byte), newsp, ptid, tls,
 * ctid (riscv64 and aarch64 order).  With CLONE_PIDFD the pidfd goes to ptid. */
uint64_t sys_clone(GuestCPU *cpu, const uint64_t *a)
{
    uint64_t flags = a[0] & 0xffffffffull & ~(uint64_t)CLONE_DETACHED;
    uint64_t sig = flags & CSIGNAL;
    if (sig > 64 || ((flags & CLONE_PIDFD) && (flags & CLONE_PARENT_SETTID)))
        return SYS_ERR(EINVAL);
    if (!(flags & CLONE_THREAD) && sig != SIGCHLD && sig != 0)
        return SYS_ERR(EINVAL);     /* the host child always signals SIGCHLD */
    return do_clone(cpu, flags & ~(uint64_t)CSIGNAL, a[1], a[2], a[3], a[4], a[2]);
}

/*
 * clone3(struct clone_args *, size): flags, pidfd, child_tid, parent_tid,
 * exit_signal, stack, stack_size, tls (64 bytes, version 0), set_tid,
 * set_tid_size (80), cgroup (88).  Larger structures are accepted when the
 * extra bytes are zero, as the kernel does.
 */
enum { CLONE_ARGS_SIZE_VER0 = 64, CLONE_ARGS_SIZE_VER2 = 88 };

uint64_t sys_clone3(GuestCPU *cpu, const uint64_t *a)
{
    struct { uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size,
             tls, set_tid, set_tid_size, cgroup; } ca = { 0 };
    uint64_t size = a[1];
    if (size < CLONE_ARGS_SIZE_VER0)
        return SYS_ERR(EINVAL);
    if (size > 4096)
        return SYS_ERR(E2BIG);
    if (!copy_from_guest(&ca, a[0], size < sizeof(ca) ? size : sizeof(ca)))
        return SYS_EFAULT;
    for (uint64_t off = sizeof(ca); off < size; off++) {
        uint8_t b;
        if (!copy_from_guest(&b, a[0] + off, 1))
            return SYS_EFAULT;
        if (b)
            return SYS_ERR(E2BIG);
    }
    if ((ca.flags & (CLONE_DETACHED | CSIGNAL)) || (ca.exit_signal & ~(uint64_t)CSIGNAL) ||
        ca.exit_signal > 64 || ca.set_tid_size > 32 || (!ca.set_tid != !ca.set_tid_size) ||
        (!ca.stack != !ca.stack_size) || ca.stack + ca.stack_size < ca.stack ||
        ((ca.flags & CLONE_INTO_CGROUP) && size < CLONE_ARGS_SIZE_VER2))
        return SYS_ERR(EINVAL);
    if (ca.set_tid)
        return SYS_ERR(EPERM);      /* choosing pids needs CAP_SYS_ADMIN in the pid namespace */
    if (!(ca.flags & CLONE_THREAD) && ca.exit_signal != SIGCHLD && ca.exit_signal != 0)
        return SYS_ERR(EINVAL);
    uint64_t sp = ca.stack ? ca.stack + ca.stack_size : 0;
    return do_clone(cpu, ca.flags, sp, ca.parent_tid, ca.tls, ca.child_tid, ca.pidfd);
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
    case G_PR_SET_NAME:             /* the host thread carries the name (ps, top) */
        if (!guest_ptr(a[1], 16, PROT_READ))
            return SYS_EFAULT;
        thread_self()->named = true;
        return sys_ret(syscall(SYS_prctl, (int)a[0], g2h(a[1]), 0, 0, 0));
    case G_PR_GET_NAME:             /* unnamed: the program's name, not xrun's */
        if (!guest_ptr(a[1], 16, PROT_WRITE))
            return SYS_EFAULT;
        if (!thread_self()->named) {
            char comm[16];
            return copy_to_guest(a[1], proc_guest_comm(comm), 16) ? 0 : SYS_EFAULT;
        }
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
