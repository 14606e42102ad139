/*
 * Delivering signals to guest handlers.
 *
 * Signals reach the guest three ways, all ending in deliver():
 *   - synchronous faults (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE) from
 *     the cpu loop, through sig_raise_sync(), at the faulting instruction;
 *   - signals the guest sends itself (kill, tgkill, raise), queued by the
 *     syscall and delivered when it returns;
 *   - signals from outside (another process, another guest thread, a
 *     timer), caught by sig_host_handler() in the host thread the kernel
 *     chose, which queues them for that thread and asks its CPU to leave
 *     translated code.  Blocking host calls go through safe_syscall(), so a
 *     signal arriving at any moment around them ends the wait with EINTR
 *     (the handler rewinds the host pc when it lands between the pending
 *     check and the syscall instruction).
 * Queued signals are taken by sig_deliver_pending(), which the cpu loop
 * calls after every syscall and interrupt; an interrupted syscall is first
 * restarted or failed with EINTR by the rules of signal(7)
 * (sig_restart_pending).  The frame itself is the frontend's
 * (GuestArch.setup_sigframe).
 */
#include "syscalls/internal.h"
#include "syscalls/safe_syscall.h"

#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

__thread volatile int sig_deliverable;
__thread bool sig_syscall_unstarted;

/* Recompute sig_deliverable; cleared first so a handler's update is never lost. */
void sig_update_deliverable(void)
{
    sig_deliverable = 0;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    if (sigstate.pending & ~sigstate.mask)
        sig_deliverable = 1;
}

void sig_queue(int sig, int code, int32_t pid, int32_t uid, uint64_t addr)
{
    if (sig < 1 || sig > NSIG_GUEST)
        return;
    sigstate.info[sig].code = code;
    sigstate.info[sig].pid = pid;
    sigstate.info[sig].uid = uid;
    sigstate.info[sig].addr = addr;
    sigstate.info[sig].raw_valid = false;
    __atomic_or_fetch(&sigstate.pending, SIGBIT(sig), __ATOMIC_SEQ_CST);
    if (!(sigstate.mask & SIGBIT(sig)))
        sig_deliverable = 1;
    if (sigstate.cpu)
        sigstate.cpu->exit_request = 1;
}

void sig_queue_info(int sig, const void *info)
{
    if (sig < 1 || sig > NSIG_GUEST)
        return;
    int32_t w[6];
    memcpy(w, info, sizeof(w));
    /* raw first: the queue_* call below only fills the plain fields */
    memcpy(sigstate.info[sig].raw, info, 128);
    sig_queue(sig, w[2], w[4], w[5], 0);
    sigstate.info[sig].raw_valid = true;
}

extern char safe_syscall_start[], safe_syscall_insn[], safe_syscall_eintr[];

bool safe_syscall_in_window(uintptr_t pc)
{
    return pc >= (uintptr_t)safe_syscall_start && pc < (uintptr_t)safe_syscall_insn;
}

/* Host signal 32 with this in si_int carries guest signal 33 (sig_tgkill). */
#define FWD_MAGIC 0x78520000

void sig_host_handler(int sig, siginfo_t *si, void *uc)
{
    if (sig == 32 && si->si_code == SI_QUEUE && (si->si_int & 0xffff0000) == FWD_MAGIC)
        sig_queue(si->si_int & 0xffff, SI_TKILL, si->si_pid, (int32_t)si->si_uid, 0);
    else
        sig_queue_info(sig, si);
    /* checked for signals but not yet in the kernel: fail the call with EINTR */
    greg_t *pc = &((ucontext_t *)uc)->uc_mcontext.gregs[REG_RIP];
    if (safe_syscall_in_window((uintptr_t)*pc))
        *pc = (greg_t)(uintptr_t)safe_syscall_eintr;
}

static bool default_ignored(int sig)
{
    return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT;
}

static bool default_stops(int sig)
{
    return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

/* The default action of sig; returns only when it is to ignore or stop. */
static void default_action(GuestCPU *cpu, int sig, const SigInfo *si)
{
    if (default_ignored(sig))
        return;
    if (default_stops(sig)) {
        kill(getpid(), SIGSTOP);
        return;
    }
    sig_fatal(cpu, sig, si->code, si->addr);
}

/* ---- the alternate stack ------------------------------------------------------------- */

#define SS_ONSTACK_ 1
#define SS_DISABLE_ 2
#define SS_AUTODISARM_ (1u << 31)

/* On the alternate stack (never, while it is auto-disarmed), as on_sig_stack(). */
bool sig_on_altstack(uint64_t sp)
{
    uint64_t *alt = sigstate.altstack;
    if ((uint32_t)alt[1] & SS_AUTODISARM_)
        return false;
    return alt[2] && sp > alt[0] && sp - alt[0] <= alt[2];
}

/* ss_flags as sigaltstack reports them for the current sp. */
uint32_t sig_altstack_flags(uint64_t sp)
{
    uint64_t *alt = sigstate.altstack;
    uint32_t mode = !alt[2] ? SS_DISABLE_ : sig_on_altstack(sp) ? SS_ONSTACK_ : 0;
    return mode | ((uint32_t)alt[1] & SS_AUTODISARM_);
}

/* The frame's sp: the top of the alternate stack for SA_ONSTACK handlers. */
static uint64_t frame_sp(const GuestSigAction *act, uint64_t sp)
{
    uint64_t *alt = sigstate.altstack;
    if ((act->flags & G_SA_ONSTACK) && alt[2] && !sig_on_altstack(sp))
        return alt[0] + alt[2];
    return sp;
}

/* ---- delivery ------------------------------------------------------------------------ */

/* Run the guest's handler for sig next (cpu->pc is where it returns to);
 * cause is GuestSigFrame.cause. */
static void deliver(GuestCPU *cpu, int sig, const SigInfo *si, int cause)
{
    GuestSigAction *act = &sig_act[sig];
    if (act->handler != G_SIG_IGN || sig == SIGKILL || sig == SIGSTOP)
        sys_strace_signal(sig, si->code, si->pid, si->uid, si->addr);
    if (act->handler == G_SIG_IGN && sig != SIGKILL && sig != SIGSTOP)
        return;
    if (act->handler == G_SIG_DFL || sig == SIGKILL || sig == SIGSTOP) {
        default_action(cpu, sig, si);
        return;
    }
    uint64_t sp = cpu->arch->get_sp(cpu);
    uint64_t *alt = sigstate.altstack;
    /* uc_stack holds the thread's settings, as the kernel's __save_altstack */
    GuestSigFrame f = {
        .sig = sig, .code = si->code, .addr = si->addr, .pid = si->pid, .uid = si->uid,
        .handler = act->handler, .restorer = act->restorer,
        .old_mask = sigstate.suspend_saved_valid ? sigstate.suspend_saved : sigstate.mask,
        .sp = frame_sp(act, sp), .ss_sp = alt[0], .ss_size = alt[2],
        .ss_flags = (uint32_t)alt[1], .cause = cause,
    };
    sigstate.suspend_saved_valid = false;
    if (!cpu->arch->setup_sigframe || !cpu->arch->setup_sigframe(cpu, &f)) {
        /* no room for the frame: the kernel kills with SIGSEGV */
        sig_fatal(cpu, SIGSEGV, SI_KERNEL, 0);
    }
    if (si->raw_valid) {
        /* the frame's siginfo, which the second argument register points to,
         * gets every field (si_value, si_overrun, si_status, ...) */
        uint64_t nr, args[6];
        cpu->arch->get_syscall(cpu, &nr, args);
        copy_to_guest(args[1], si->raw, sizeof(si->raw));
    }
    /* the handler runs on the alternate stack: disarm it until sigreturn */
    if (f.sp != sp && ((uint32_t)alt[1] & SS_AUTODISARM_)) {
        alt[0] = alt[2] = 0;
        alt[1] = SS_DISABLE_;
    }
    uint64_t mask = sigstate.mask | act->mask;
    if (!(act->flags & G_SA_NODEFER))
        mask |= SIGBIT(sig);
    sys_sigmask_set(mask);
    if (act->flags & G_SA_RESETHAND)
        act->handler = G_SIG_DFL;         /* the flags stay, as the kernel's */
}

void sig_raise_sync(GuestCPU *cpu, int sig, int code, uint64_t addr)
{
    /* a fetch fault is reported once: the next fault is a data access */
    int cause = cpu->fault_fetch ? GUEST_SIG_SYNC_FETCH : GUEST_SIG_SYNC;
    cpu->fault_fetch = 0;
    sigstate.cpu = cpu;
    /* the host saw a reserved (PROT_NONE) page either way: ask the guest map */
    if (sig == SIGSEGV && (code == SEGV_MAPERR || code == SEGV_ACCERR))
        code = gm_page_prot(addr) < 0 ? SEGV_MAPERR : SEGV_ACCERR;
    SigInfo si = { code, 0, 0, addr };
    uint64_t h = sig_act[sig].handler;
    /* like the kernel's force_sig: a blocked or ignored fault kills */
    if (h == G_SIG_DFL || h == G_SIG_IGN || (sigstate.mask & SIGBIT(sig))) {
        sys_strace_signal(sig, code, 0, 0, addr);
        sig_fatal(cpu, sig, code, addr);
    }
    deliver(cpu, sig, &si, cause);
}

/* ---- restarting interrupted syscalls --------------------------------------------------- */

/* Generic (riscv64 and aarch64) numbers of the calls Linux never restarts
 * after a handler (signal(7)): sleeps, multiplexers, signal waits, SysV IPC. */
static bool never_restarted(uint64_t nr, const uint64_t *a)
{
    switch (nr) {
    case 101: case 115:           /* nanosleep, clock_nanosleep */
    case 22: case 441:            /* epoll_pwait, epoll_pwait2 */
    case 72: case 73:             /* pselect6, ppoll */
    case 4: case 292:             /* io_getevents, io_pgetevents */
    case 133: case 137:           /* rt_sigsuspend, rt_sigtimedwait */
    case 188: case 189:           /* msgrcv, msgsnd */
    case 192: case 193:           /* semtimedop, semop */
        return true;
    case 98: {                    /* futex: a timed wait ends with EINTR */
        unsigned op = (unsigned)a[1] & 127;
        return (op == 0 || op == 9) && a[3];
    }
    default:
        return false;
    }
}

/*
 * The interrupted syscall (still in the guest's registers) is to be
 * restarted: it never started (safe_syscall), or the first signal to be delivered has a handler with
 * SA_RESTART, or none runs a handler (the kernel restarts then too), and the
 * call is not one Linux always fails with EINTR.
 */
bool sig_restart_pending(void)
{
    if (sigstate.no_restart) {      /* rt_sigsuspend is never restarted */
        sigstate.no_restart = false;
        return false;
    }
    if (sig_syscall_unstarted) {    /* the signal came first: the call follows */
        sig_syscall_unstarted = false;
        return true;
    }
    GuestCPU *cpu = sigstate.cpu;
    uint64_t ready = sigstate.pending & ~sigstate.mask;
    if (!ready)
        return false;
    if (cpu) {
        uint64_t nr, args[6];
        cpu->arch->get_syscall(cpu, &nr, args);
        if (never_restarted(nr, args))
            return false;
    }
    for (int sig = 1; ready && sig <= NSIG_GUEST; sig++) {
        if (!(ready & SIGBIT(sig)))
            continue;
        uint64_t h = sig_act[sig].handler;
        if (h != G_SIG_DFL && h != G_SIG_IGN)
            return (sig_act[sig].flags & G_SA_RESTART) != 0;
    }
    return true;
}

/* ---- the guest libc's own signal 32 ------------------------------------------------------ */

/*
 * Guest signal 32 (glibc's SIGCANCEL, pthread_cancel's) travels between
 * guest threads as host signal 32 (tgkill passes through).  The host libc
 * keeps that number for itself and refuses sigaction() for it, but xrun
 * never calls pthread_cancel, so it is taken here with the raw syscall
 * (borrowing the libc's sa_restorer from the fault handler it installed),
 * instead of its default action killing xrun.  The guest mask holds it back
 * in software.  33 (SIGSETXID) stays the host libc's (its setuid needs it):
 * guest 33 to another thread rides on host 32 (sig_tgkill).
 */
struct ksigaction { void *handler; unsigned long flags; void *restorer; uint64_t mask; };
#define K_SA_RESTORER 0x04000000ul

static void take_host_sig32(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    struct ksigaction segv, sa;
    if (syscall(SYS_rt_sigaction, SIGSEGV, NULL, &segv, 8) != 0 || !(segv.flags & K_SA_RESTORER))
        return;
    sa = (struct ksigaction){ (void *)sig_host_handler, SA_SIGINFO | K_SA_RESTORER,
                              segv.restorer, ~0ull };
    syscall(SYS_rt_sigaction, 32, &sa, NULL, 8);
}

long sig_tgkill(pid_t tgid, pid_t tid, int sig)
{
    if (sig != 33 || (tgid != getpid() && tgid != -1))
        return tgid == -1 ? syscall(SYS_tkill, tid, sig) : syscall(SYS_tgkill, tgid, tid, sig);
    siginfo_t si;
    memset(&si, 0, sizeof(si));
    si.si_signo = 32;
    si.si_code = SI_QUEUE;
    si.si_pid = getpid();
    si.si_uid = getuid();
    si.si_int = FWD_MAGIC | sig;
    long r = syscall(SYS_rt_tgsigqueueinfo, getpid(), tid, 32, &si);
    if (r < 0 && errno == ESRCH && tgid == -1)      /* tkill: a thread elsewhere */
        return syscall(SYS_tkill, tid, sig);
    return r;
}

/* ---- the per-thread state -------------------------------------------------------------- */

/* A new thread starts with the mask of the thread that created it, which its
 * host thread inherited (mirrored): take it over at the first occasion. */
void sig_thread_init(GuestCPU *cpu)
{
    if (cpu)
        sigstate.cpu = cpu;
    if (sigstate.mask_known)
        return;
    sigstate.mask_known = true;
    take_host_sig32();
    sigset_t cur;
    pthread_sigmask(SIG_SETMASK, NULL, &cur);
    uint64_t m = 0;
    for (int sig = 1; sig <= NSIG_GUEST; sig++)
        if (sig_mirrored(sig) && sigismember(&cur, sig))
            m |= SIGBIT(sig);
    sigstate.mask = m;
}

void sig_deliver_pending(GuestCPU *cpu)
{
    sig_thread_init(cpu);
    sigstate.no_restart = false;
    sig_syscall_unstarted = false;
    uint64_t ready;
    while ((ready = sigstate.pending & ~sigstate.mask) != 0) {
        int sig = __builtin_ctzll(ready) + 1;
        __atomic_and_fetch(&sigstate.pending, ~SIGBIT(sig), __ATOMIC_SEQ_CST);
        SigInfo si = sigstate.info[sig];
        deliver(cpu, sig, &si, GUEST_SIG_SENT);
    }
    /* rt_sigsuspend woken by a signal that ran no handler: back to the old mask */
    if (sigstate.suspend_saved_valid) {
        sigstate.suspend_saved_valid = false;
        sys_sigmask_set(sigstate.suspend_saved);
    }
    sig_update_deliverable();
}

/* ---- rt_sigreturn ---------------------------------------------------------------------- */

/* Both guests' rt_sigframe: siginfo (128 bytes), then the ucontext whose
 * uc_stack follows uc_flags and uc_link. */
#define FRAME_UC_STACK (128 + 16)

uint64_t sys_rt_sigreturn(GuestCPU *cpu, const uint64_t *a)
{
    (void)a;
    uint64_t mask, frame = cpu->arch->get_sp(cpu), ss[3];
    bool have_ss = copy_from_guest(ss, frame + FRAME_UC_STACK, sizeof(ss));
    if (!have_ss || !cpu->arch->restore_sigframe || !cpu->arch->restore_sigframe(cpu, &mask))
        sig_fatal(cpu, SIGSEGV, SI_KERNEL, 0);
    sys_sigmask_set(mask);
    sigstate.no_restart = true;     /* x0/a0 is the interrupted code's, never -EINTR to act on */
    /* restore_altstack(): the saved settings come back unless still on the stack */
    sig_set_altstack(cpu->arch->get_sp(cpu), ss);
    /* the return value register is part of the restored state: give it back */
    uint64_t nr, args[6];
    cpu->arch->get_syscall(cpu, &nr, args);
    return args[0];
}
