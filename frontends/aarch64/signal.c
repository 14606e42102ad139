/*
 * aarch64 signal frames (struct rt_sigframe of arch/arm64/kernel/signal.c:
 * siginfo, ucontext with sigcontext and the fpsimd_context record) and
 * rt_sigreturn.  Owned by the base group; not written yet.
 */
#include "internal.h"

bool a64_setup_sigframe(GuestCPU *cpu, const GuestSigFrame *f)
{
    return false;
}

bool a64_restore_sigframe(GuestCPU *cpu, uint64_t *mask)
{
    return false;
}
