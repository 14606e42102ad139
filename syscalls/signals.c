/*
 * Guest signal state and the fatal-signal path.
 *
 * rt_sigaction/rt_sigprocmask record the guest's dispositions and mask
 * (handler delivery comes later).  So that Ctrl-C, SIGPIPE and friends
 * behave as they would natively, ignore/default dispositions and the
 * blocked set of the asynchronous signals 1..31 are mirrored onto the host
 * process; synchronous fault signals stay with the cpu loop's handlers.
 * A signal the guest sends itself gets its default action now, or stays
 * pending while blocked (abort() relies on that).
 */
#include "syscalls/internal.h"
#include "syscalls/safe_syscall.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

__thread SigState sigstate = { .altstack = { 0, 2 /* SS_DISABLE */, 0 } };
GuestSigAction sig_act[NSIG_GUEST + 1];
#define sigacts sig_act
#define guest_mask sigstate.mask
#define guest_pending sigstate.pending
#define altstack sigstate.altstack

const GuestSigAction *sys_sigaction_get(int sig)
{
    return sig >= 1 && sig <= NSIG_GUEST ? &sigacts[sig] : NULL;
}

uint64_t sys_sigmask_get(void) { return guest_mask; }

/*
 * Signals whose host disposition and blocking follow the guest's: not the
 * synchronous faults (the cpu loop's), and not 32 and 33, which the host's
 * libc keeps for itself (the guest's libc uses them between its own
 * threads, which are host threads of this process: they never leave xrun).
 */
bool sig_mirrored(int sig)
{
    return sig >= 1 && sig <= NSIG_GUEST && sig != SIGSEGV && sig != SIGBUS &&
           sig != SIGILL && sig != SIGFPE && sig != SIGTRAP && sig != SIGKILL &&
           sig != SIGSTOP && sig != 32 && sig != 33;
}
#define mirrored sig_mirrored

/* The calling thread's host mask follows its guest mask. */
static void mirror_mask(void)
{
    sigset_t s, old;
    pthread_sigmask(SIG_SETMASK, NULL, &old);
    sigemptyset(&s);
    for (int sig = 1; sig <= NSIG_GUEST; sig++)
        if (mirrored(sig) ? (guest_mask & SIGBIT(sig)) != 0 : sigismember(&old, sig) == 1)
            sigaddset(&s, sig);
    pthread_sigmask(SIG_SETMASK, &s, NULL);
}

static void mirror_action(int sig, uint64_t handler)
{
    if (!mirrored(sig))
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    if (handler == G_SIG_IGN) {
        sa.sa_handler = SIG_IGN;
    } else if (handler == G_SIG_DFL) {
        sa.sa_handler = SIG_DFL;
    } else {
        /* queued for the guest; no SA_RESTART, so blocking syscalls see EINTR */
        sa.sa_sigaction = sig_host_handler;
        sa.sa_flags = SA_SIGINFO;
        sigfillset(&sa.sa_mask);
    }
    sigaction(sig, &sa, NULL);
}

static bool has_restorer(GuestCPU *cpu)
{
    return cpu && cpu->arch && cpu->arch->name && !strcmp(cpu->arch->name, "aarch64");
}

/* ---- rt_sigaction ------------------------------------------------------------------ */

static bool read_sigaction(GuestCPU *cpu, uint64_t ga, GuestSigAction *out);

bool sys_read_sigaction(GuestCPU *cpu, uint64_t ga, GuestSigAction *out)
{
    return read_sigaction(cpu, ga, out);
}

static bool read_sigaction(GuestCPU *cpu, uint64_t ga, GuestSigAction *out)
{
    unsigned n = has_restorer(cpu) ? 4 : 3;
    uint64_t g[4];
    if (!copy_from_guest(g, ga, n * 8))
        return false;
    out->handler = g[0];
    out->flags = g[1];
    /* the kernel reads sa_restorer only with SA_RESTORER (glibc leaves it unset) */
    out->restorer = n == 4 && (g[1] & 0x04000000) ? g[2] : 0;
    out->mask = g[n - 1];
    return true;
}

static bool write_sigaction(GuestCPU *cpu, uint64_t ga, const GuestSigAction *in)
{
    unsigned n = has_restorer(cpu) ? 4 : 3;
    uint64_t g[4] = { in->handler, in->flags, in->restorer, in->mask };
    if (n == 3)
        g[2] = in->mask;
    return copy_to_guest(ga, g, n * 8);
}

/* Signals ignored when the program started stay ignored across exec (nohup,
 * and shells that look): the host kept them ignored, the guest sees that. */
void sys_take_inherited_ignores(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    for (int sig = 1; sig <= NSIG_GUEST; sig++) {
        struct sigaction h;
        if (mirrored(sig) && sigaction(sig, NULL, &h) == 0 && h.sa_handler == SIG_IGN &&
            !(h.sa_flags & SA_SIGINFO) && sigacts[sig].handler == G_SIG_DFL)
            sigacts[sig].handler = G_SIG_IGN;
    }
}

uint64_t sys_rt_sigaction(GuestCPU *cpu, const uint64_t *a)
{
    sig_thread_init(cpu);
    sys_take_inherited_ignores();
    int sig = (int)a[0];
    GuestSigAction nact;
    if (a[3] != 8 || sig < 1 || sig > NSIG_GUEST)
        return SYS_ERR(EINVAL);
    if (a[1] && (sig == SIGKILL || sig == SIGSTOP))
        return SYS_ERR(EINVAL);
    if (a[1] && !read_sigaction(cpu, a[1], &nact))
        return SYS_EFAULT;
    GuestSigAction old = sigacts[sig];
    if (a[2] && !write_sigaction(cpu, a[2], &old))
        return SYS_EFAULT;
    if (a[1]) {
        nact.mask &= ~(SIGBIT(SIGKILL) | SIGBIT(SIGSTOP));
        sigacts[sig] = nact;
        mirror_action(sig, nact.handler);
        if (nact.handler == G_SIG_IGN)
            guest_pending &= ~SIGBIT(sig);
    }
    return 0;
}

/* ---- masks --------------------------------------------------------------------------- */

void sys_sigmask_set(uint64_t mask)
{
    sigstate.mask_known = true;
    guest_mask = mask & ~(SIGBIT(SIGKILL) | SIGBIT(SIGSTOP));
    mirror_mask();
    sig_update_deliverable();
}

uint64_t sys_rt_sigprocmask(GuestCPU *cpu, const uint64_t *a)
{
    if (a[3] != 8)
        return SYS_ERR(EINVAL);
    sig_thread_init(cpu);
    uint64_t set = 0, old = guest_mask;
    if (a[1]) {
        if (!copy_from_guest(&set, a[1], 8))
            return SYS_EFAULT;
        if (a[0] > 2)
            return SYS_ERR(EINVAL);
    }
    if (a[2]) {
        if (!copy_to_guest(a[2], &old, 8))
            return SYS_EFAULT;
    }
    if (a[1]) {
        uint64_t m = a[0] == SIG_BLOCK ? old | set : a[0] == SIG_UNBLOCK ? old & ~set : set;
        sys_sigmask_set(m);     /* newly unblocked signals: delivered on return */
    }
    return 0;
}

uint64_t sys_rt_sigpending(GuestCPU *cpu, const uint64_t *a)
{
    if (a[1] != 8)
        return SYS_ERR(EINVAL);
    sig_thread_init(cpu);
    uint64_t p = guest_pending;
    sigset_t hs;                    /* blocked ones the host keeps for us */
    if (sigpending(&hs) == 0)
        for (int sig = 1; sig <= NSIG_GUEST; sig++)
            if (mirrored(sig) && sigismember(&hs, sig) == 1)
                p |= SIGBIT(sig);
    p &= guest_mask;
    return copy_to_guest(a[0], &p, 8) ? 0 : SYS_EFAULT;
}

/* stack_t: { void *ss_sp; int ss_flags; size_t ss_size } = 24 bytes */
#define SS_ONSTACK_ 1u
#define SS_DISABLE_ 2u
#define SS_AUTODISARM_ (1u << 31)

static uint64_t min_stack_size(GuestCPU *cpu)
{
    return has_restorer(cpu) ? 5120 : 2048;     /* MINSIGSTKSZ of arm64, generic */
}

/* do_sigaltstack's update part: a -errno or 0. */
long sig_set_altstack(uint64_t sp, const uint64_t ss[3])
{
    uint32_t fl = (uint32_t)ss[1], mode = fl & ~SS_AUTODISARM_;
    if (sig_on_altstack(sp))
        return -EPERM;
    if (mode != SS_DISABLE_ && mode != SS_ONSTACK_ && mode != 0)
        return -EINVAL;
    if (mode == SS_DISABLE_) {
        altstack[0] = altstack[2] = 0;
    } else {
        if (ss[2] < min_stack_size(sigstate.cpu))
            return -ENOMEM;
        altstack[0] = ss[0];
        altstack[2] = ss[2];
    }
    altstack[1] = fl;
    return 0;
}

uint64_t sys_sigaltstack(GuestCPU *cpu, const uint64_t *a)
{
    sig_thread_init(cpu);
    uint64_t nss[3], sp = cpu->arch->get_sp(cpu);
    if (a[0] && !copy_from_guest(nss, a[0], sizeof(nss)))
        return SYS_EFAULT;
    uint64_t oss[3] = { altstack[0], sig_altstack_flags(sp), altstack[2] };
    if (a[0]) {
        long r = sig_set_altstack(sp, nss);
        if (r < 0)
            return sys_ret_neg(r);
    }
    if (a[1] && !copy_to_guest(a[1], oss, sizeof(oss)))
        return SYS_EFAULT;
    return 0;
}

/* ---- self-sent and fatal signals ---------------------------------------------------- */

static bool signalfd_used;

void sys_signalfd_used(void) { signalfd_used = true; }

/* The generic ABI numbers signals as x86_64 does. */
int sys_signo_h2g(int sig) { return sig; }

uint64_t sys_signal_self(GuestCPU *cpu, int sig, int code)
{
    sig_thread_init(cpu);
    /*
     * Once a signalfd exists, a blocked signal must be pending on the host
     * for the signalfd to read it; the host keeps it pending (blocked there
     * too: the mask is mirrored) and queues it for the guest when unblocked.
     */
    if (signalfd_used && mirrored(sig) && (guest_mask & SIGBIT(sig)))
        return code == SI_TKILL ? sys_ret(syscall(SYS_tgkill, getpid(), gettid(), sig))
                                : sys_ret(kill(getpid(), sig));
    /*
     * Process-directed, with other threads about: the host picks a thread
     * whose mask lets it through (the masks are mirrored), as Linux would.
     */
    if (code == SI_USER && mirrored(sig) && sys_thread_count() > 1 &&
        sigacts[sig].handler != G_SIG_DFL && sigacts[sig].handler != G_SIG_IGN)
        return sys_ret(kill(getpid(), sig));
    sig_queue(sig, code, (int32_t)getpid(), (int32_t)getuid(), 0);
    return 0;
}

void sig_fatal(GuestCPU *cpu, int sig, int code, uint64_t addr)
{
    if (sig == SIGILL && cpu && code > 0)      /* a real illegal instruction, not raise() */
        fprintf(stderr, "xrun: illegal instruction 0x%08x at pc 0x%llx\n", cpu->exc_insn,
                (unsigned long long)cpu->pc);
    else if (log_enabled(LOG_GUEST_ERRORS))
        log_printf("xrun: guest signal %d (%s) code %d addr %#llx at pc %#llx\n", sig,
                   strsignal(sig), code, (unsigned long long)addr,
                   (unsigned long long)(cpu ? cpu->pc : 0));
    sys_strace_killed(sig);
    sys_robust_release_all();       /* owners dying by a signal mark their mutexes too */
    fflush(NULL);
    /* the guest's "core dump" is not xrun's to leave behind */
    struct rlimit rl = { 0, 0 };
    setrlimit(RLIMIT_CORE, &rl);
    if (sig >= 1 && sig <= NSIG_GUEST) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = SIG_DFL;
        sigaction(sig, &sa, NULL);
        sigset_t s;
        sigemptyset(&s);
        sigaddset(&s, sig);
        sigprocmask(SIG_UNBLOCK, &s, NULL);
        raise(sig);
    }
    _exit(128 + (sig & 0x7f));
}

/* ---- waiting for and queueing signals ------------------------------------------------ */

/* siginfo_t (128 bytes, the same on these 64-bit ABIs) for a queued signal. */
static void put_siginfo(uint8_t *g, int sig, const SigInfo *si)
{
    if (si->raw_valid) {
        memcpy(g, si->raw, 128);
        return;
    }
    int32_t w[4] = { sig, 0, si->code, 0 };
    memset(g, 0, 128);
    memcpy(g, w, 12);
    memcpy(g + 16, &si->pid, 4);
    memcpy(g + 20, &si->uid, 4);
}

/*
 * rt_sigtimedwait: a signal xrun has queued (sent by the guest to itself,
 * or caught by a host handler) is taken first; otherwise the host waits,
 * which finds the signals kept pending there because the guest blocks them
 * (the mask is mirrored).  Signal numbers and siginfo are the host's.
 */
uint64_t sys_rt_sigtimedwait(GuestCPU *cpu, const uint64_t *a)
{
    uint64_t set;
    if (a[3] != 8)
        return SYS_ERR(EINVAL);
    if (!copy_from_guest(&set, a[0], 8))
        return SYS_EFAULT;
    set &= ~(SIGBIT(SIGKILL) | SIGBIT(SIGSTOP));
    uint8_t *info = a[1] ? guest_ptr(a[1], 128, PROT_WRITE) : NULL;
    if ((a[1] && !info) || (a[2] && !guest_range(a[2], 16)))
        return SYS_EFAULT;
    uint64_t ready = guest_pending & set;
    if (ready) {
        int sig = __builtin_ctzll(ready) + 1;
        SigInfo si = sigstate.info[sig];
        __atomic_and_fetch(&guest_pending, ~SIGBIT(sig), __ATOMIC_SEQ_CST);
        if (info)
            put_siginfo(info, sig, &si);
        return (uint64_t)sig;
    }
    return sys_ret(safe_syscall(SYS_rt_sigtimedwait, &set, info, guest_opt(a[2]), (size_t)8));
}

/* rt_sigqueueinfo / rt_tgsigqueueinfo: to ourselves the signal is queued here. */
static uint64_t queue_info(pid_t tgid, pid_t tid, int sig, uint64_t ginfo, bool thread)
{
    uint8_t info[128];
    if (!copy_from_guest(info, ginfo, sizeof(info)))
        return SYS_EFAULT;
    if (sig < 0 || sig > NSIG_GUEST)
        return SYS_ERR(EINVAL);
    bool self = tgid == getpid() && (!thread || tid == gettid());
    /* the kernel lets a process forge any si_code only towards itself */
    if (self) {
        if (sig) {
            memcpy(info, &sig, 4);
            sig_queue_info(sig, info);
        }
        return 0;
    }
    return thread ? sys_ret(syscall(SYS_rt_tgsigqueueinfo, tgid, tid, sig, info))
                  : sys_ret(syscall(SYS_rt_sigqueueinfo, tgid, sig, info));
}

uint64_t sys_rt_sigqueueinfo(GuestCPU *cpu, const uint64_t *a)
{
    return queue_info((pid_t)a[0], 0, (int)a[1], a[2], false);
}

uint64_t sys_rt_tgsigqueueinfo(GuestCPU *cpu, const uint64_t *a)
{
    return queue_info((pid_t)a[0], (pid_t)a[1], (int)a[2], a[3], true);
}

long sig_temp_mask_begin(uint64_t gset, uint64_t size)
{
    uint64_t tmp;
    sigstate.temp_active = false;
    if (!gset)
        return 0;
    if (size != 8)
        return -EINVAL;
    if (!copy_from_guest(&tmp, gset, 8))
        return -EFAULT;
    sig_thread_init(NULL);
    sigstate.temp_saved = guest_mask;
    sigstate.temp_active = true;
    sys_sigmask_set(tmp);
    return 0;
}

long sig_temp_mask_end(long r)
{
    if (!sigstate.temp_active)
        return r;
    sigstate.temp_active = false;
    if (r < 0 && errno == EINTR) {
        /* the handler runs with the temporary mask; its frame saves the real one */
        extern __thread bool sig_syscall_unstarted;
        sig_syscall_unstarted = false;      /* natively it came during the call */
        sigstate.suspend_saved = sigstate.temp_saved;
        sigstate.suspend_saved_valid = true;
    } else {
        sys_sigmask_set(sigstate.temp_saved);
    }
    return r;
}

/*
 * rt_sigsuspend: install the temporary mask, then wait until a signal the
 * guest may receive is queued.  The host's rt_sigsuspend goes through
 * safe_syscall with the (mirrored) host mask, so a signal arriving between
 * the check and the wait is not lost.  The first frame delivered saves the
 * original mask, which rt_sigreturn restores, as the kernel's saved_sigmask
 * does.
 */
uint64_t sys_rt_sigsuspend(GuestCPU *cpu, const uint64_t *a)
{
    uint64_t tmp;
    if (a[1] != 8)
        return SYS_ERR(EINVAL);
    sig_thread_init(cpu);
    if (!copy_from_guest(&tmp, a[0], 8))
        return SYS_EFAULT;
    uint64_t old = guest_mask, host_mask = 0;
    sys_sigmask_set(tmp);
    syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &host_mask, (size_t)8);
    while (!(guest_pending & ~guest_mask))
        safe_syscall(SYS_rt_sigsuspend, &host_mask, (size_t)8);
    sigstate.suspend_saved = old;
    sigstate.suspend_saved_valid = true;
    sigstate.no_restart = true;
    return SYS_ERR(EINTR);
}
