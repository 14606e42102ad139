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

static inline uint32_t mxcsr_to_fpx(uint32_t v)
{
    return (v & 1 ? FPX_INVALID : 0) | (v & 4 ? FPX_DIVZERO : 0) | (v & 8 ? FPX_OVERFLOW : 0) |
           (v & 16 ? FPX_UNDERFLOW : 0) | (v & 32 ? FPX_INEXACT : 0);
}

/* The accrued flags (FPX_*), cleared. */
static inline uint32_t hostfp_take(void)
{
    uint32_t v = hostfp_save();
    if (!(v & 0x3d))                      /* IE ZE OE UE PE (DE is x86-only) */
        return 0;
    hostfp_restore(v & ~0x3fu);
    return mxcsr_to_fpx(v);
}

/*
 * The accrued flags, left in place.  Reading them this way is cheap (no
 * ldmxcsr, which stalls): the guest's flag register is the OR of its own
 * word and the host's sticky bits, which is right as long as every host
 * bit is also in the guest word after a guest write (hostfp_trim).
 */
static inline uint32_t hostfp_peek(void) { return mxcsr_to_fpx(hostfp_save()); }

/* After the guest's flags became `keep` (FPX_*): clear the host's sticky
 * bits only if one of them is not in keep (so it can be seen raised again). */
static inline void hostfp_trim(uint32_t keep)
{
    uint32_t v = hostfp_save();
    if (mxcsr_to_fpx(v) & ~keep)
        hostfp_restore(v & ~0x3fu);
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
static inline uint32_t hostfp_peek(void)
{
    int v = fetestexcept(FE_ALL_EXCEPT);
    return (v & FE_INVALID ? FPX_INVALID : 0) | (v & FE_DIVBYZERO ? FPX_DIVZERO : 0) |
           (v & FE_OVERFLOW ? FPX_OVERFLOW : 0) | (v & FE_UNDERFLOW ? FPX_UNDERFLOW : 0) |
           (v & FE_INEXACT ? FPX_INEXACT : 0);
}
static inline uint32_t hostfp_take(void)
{
    uint32_t v = hostfp_peek();
    feclearexcept(FE_ALL_EXCEPT);
    return v;
}
static inline void hostfp_trim(uint32_t keep)
{
    if (hostfp_peek() & ~keep)
        feclearexcept(FE_ALL_EXCEPT);
}
#endif

#endif
