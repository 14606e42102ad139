/*
 * Delivering signals to guest handlers.
 *
 * Signals reach the guest three ways, all ending in deliver():
 *   - synchronous faults (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE) from
 *     the cpu loop, through sig_raise_sync(), at the faulting instruction;
 *   - signals the guest sends itself (kill, tgkill, raise), queued by the
 *     syscall and delivered when it returns;
 *   - signals from outside (another process, a timer), caught by
 *     sig_host_handler(), which queues them and asks the CPU to leave
 *     translated code; a blocking host syscall is interrupted with EINTR
 *     and restarted afterwards when the guest's handler has SA_RESTART.
 * Queued signals are taken by sig_deliver_pending(), which the cpu loop
 * calls after every syscall and interrupt.  The frame itself is the
 * frontend's (GuestArch.setup_sigframe).
 */
#include "syscalls/internal.h"

#include <signal.h>
#include <unistd.h>

void sig_queue(int sig, int code, int32_t pid, int32_t uid, uint64_t addr)
{
    if (sig < 1 || sig > NSIG_GUEST)
        return;
    sigstate.info[sig] = (SigInfo){ code, pid, uid, addr };
    __atomic_or_fetch(&sigstate.pending, SIGBIT(sig), __ATOMIC_SEQ_CST);
    if (sigstate.cpu)
        sigstate.cpu->exit_request = 1;
}

void sig_host_handler(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    sig_queue(sig, si->si_code, si->si_pid, (int32_t)si->si_uid, 0);
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

/* Run the guest's handler for sig next (cpu->pc is where it returns to). */
static void deliver(GuestCPU *cpu, int sig, const SigInfo *si)
{
    GuestSigAction *act = &sigstate.act[sig];
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
    bool on_alt = alt[2] && sp - alt[0] <= alt[2];
    GuestSigFrame f = {
        .sig = sig, .code = si->code, .addr = si->addr, .pid = si->pid, .uid = si->uid,
        .handler = act->handler, .restorer = act->restorer,
        .old_mask = sigstate.suspend_saved_valid ? sigstate.suspend_saved : sigstate.mask,
        .sp = sp, .ss_sp = alt[0], .ss_size = alt[2],
        .ss_flags = (uint32_t)(alt[2] ? (on_alt ? 1 /* SS_ONSTACK */ : 0) : 2 /* SS_DISABLE */),
    };
    if ((act->flags & G_SA_ONSTACK) && alt[2] && !on_alt)
        f.sp = alt[0] + alt[2];
    sigstate.suspend_saved_valid = false;
    if (!cpu->arch->setup_sigframe || !cpu->arch->setup_sigframe(cpu, &f)) {
        /* no room for the frame: the kernel kills with SIGSEGV */
        sig_fatal(cpu, SIGSEGV, SI_KERNEL, 0);
    }
    uint64_t mask = sigstate.mask | act->mask;
    if (!(act->flags & G_SA_NODEFER))
        mask |= SIGBIT(sig);
    sys_sigmask_set(mask);
    if (act->flags & G_SA_RESETHAND)
        act->handler = G_SIG_DFL;
}

void sig_raise_sync(GuestCPU *cpu, int sig, int code, uint64_t addr)
{
    /* the host saw a reserved (PROT_NONE) page either way: ask the guest map */
    if (sig == SIGSEGV && (code == SEGV_MAPERR || code == SEGV_ACCERR))
        code = gm_page_prot(addr) < 0 ? SEGV_MAPERR : SEGV_ACCERR;
    SigInfo si = { code, 0, 0, addr };
    uint64_t h = sigstate.act[sig].handler;
    /* like the kernel's force_sig: a blocked or ignored fault kills */
    if (h == G_SIG_DFL || h == G_SIG_IGN || (sigstate.mask & SIGBIT(sig))) {
        sys_strace_signal(sig, code, 0, 0, addr);
        sig_fatal(cpu, sig, code, addr);
    }
    deliver(cpu, sig, &si);
}

/* A signal that will be delivered now and has SA_RESTART. */
bool sig_restart_pending(void)
{
    if (sigstate.no_restart) {      /* rt_sigsuspend is never restarted */
        sigstate.no_restart = false;
        return false;
    }
    uint64_t ready = sigstate.pending & ~sigstate.mask;
    for (int sig = 1; ready && sig <= NSIG_GUEST; sig++)
        if ((ready & SIGBIT(sig)) && (sigstate.act[sig].flags & G_SA_RESTART))
            return true;
    return false;
}

void sig_deliver_pending(GuestCPU *cpu)
{
    sigstate.cpu = cpu;
    uint64_t ready;
    while ((ready = sigstate.pending & ~sigstate.mask) != 0) {
        int sig = __builtin_ctzll(ready) + 1;
        __atomic_and_fetch(&sigstate.pending, ~SIGBIT(sig), __ATOMIC_SEQ_CST);
        SigInfo si = sigstate.info[sig];
        deliver(cpu, sig, &si);
    }
    /* rt_sigsuspend woken by a signal that ran no handler: back to the old mask */
    if (sigstate.suspend_saved_valid) {
        sigstate.suspend_saved_valid = false;
        sys_sigmask_set(sigstate.suspend_saved);
    }
}

uint64_t sys_rt_sigreturn(GuestCPU *cpu, const uint64_t *a)
{
    (void)a;
    uint64_t mask;
    if (!cpu->arch->restore_sigframe || !cpu->arch->restore_sigframe(cpu, &mask))
        sig_fatal(cpu, SIGSEGV, SI_KERNEL, 0);
    sys_sigmask_set(mask);
    /* the return value register is part of the restored state: give it back */
    uint64_t nr, args[6];
    cpu->arch->get_syscall(cpu, &nr, args);
    return args[0];
}
