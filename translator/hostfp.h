/*
 * The host's floating-point status as the guest's accrued IEEE flags.
 *
 * The fpu64 IR op runs on the host's FPU in round-to-nearest and lets the
 * exceptions it raises accumulate in the host status word (x86_64: the sticky
 * flags of MXCSR).  Between guest FP ops nothing else may disturb them:
 * backends do no FP of their own, helpers that compute FP fold the host flags
 * into the guest's register first (hostfp_take) and clear what they leave,
 * and the cpu loop saves and restores the word around syscalls.  A frontend
 * reads the accrued flags by folding hostfp_take() into its own register.
 */
#ifndef XRUN_HOSTFP_H
#define XRUN_HOSTFP_H

#include <stdint.h>

enum { FPX_INVALID = 1, FPX_DIVZERO = 2, FPX_OVERFLOW = 4, FPX_UNDERFLOW = 8, FPX_INEXACT = 16 };

#if defined(__x86_64__)
static inline uint32_t hostfp_save(void)
{
    uint32_t v;
    __asm__ volatile("stmxcsr %0" : "=m"(v) : : "memory");
    return v;
}
static inline void hostfp_restore(uint32_t v) { __asm__ volatile("ldmxcsr %0" : : "m"(v) : "memory"); }

/* The accrued flags (FPX_*), cleared. */
static inline uint32_t hostfp_take(void)
{
    uint32_t v = hostfp_save();
    if (!(v & 0x3d))                      /* IE ZE OE UE PE (DE is x86-only) */
        return 0;
    hostfp_restore(v & ~0x3fu);
    return (v & 1 ? FPX_INVALID : 0) | (v & 4 ? FPX_DIVZERO : 0) | (v & 8 ? FPX_OVERFLOW : 0) |
           (v & 16 ? FPX_UNDERFLOW : 0) | (v & 32 ? FPX_INEXACT : 0);
}
#else
#include <fenv.h>
static inline uint32_t hostfp_save(void)
{
    return (uint32_t)fetestexcept(FE_ALL_EXCEPT);
}
static inline void hostfp_restore(uint32_t v)
{
    feclearexcept(FE_ALL_EXCEPT);
    feraiseexcept((int)v);
}
static inline uint32_t hostfp_take(void)
{
    int v = fetestexcept(FE_ALL_EXCEPT);
    feclearexcept(FE_ALL_EXCEPT);
    return (v & FE_INVALID ? FPX_INVALID : 0) | (v & FE_DIVBYZERO ? FPX_DIVZERO : 0) |
           (v & FE_OVERFLOW ? FPX_OVERFLOW : 0) | (v & FE_UNDERFLOW ? FPX_UNDERFLOW : 0) |
           (v & FE_INEXACT ? FPX_INEXACT : 0);
}
#endif

#endif
