/*
 * The inline double-precision path (IR fpu64: host SSE arithmetic, host
 * sticky flags, canonical NaN) against the exact software model of the
 * riscv64 F/D helper (rvfp_exec) in round-to-nearest-even: same bits, same
 * fflags, for special values and random operands.
 * XRUN_FUZZ_ITERS sets the count (default 1000000).
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "frontends/riscv64/fpu.h"
#include "frontends/riscv64/internal.h"
#include "translator/hostfp.h"

static uint64_t rng = 0x12345678;
static uint64_t rnd(void)
{
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return rng;
}

static uint64_t operand(void)
{
    static const uint64_t special[] = {
        0, 0x8000000000000000ull, 0x7ff0000000000000ull, 0xfff0000000000000ull,
        0x7ff8000000000000ull, 0x7ff4000000000000ull, 0xfff8000000000001ull, 0x7ff0000000000001ull,
        1, 0x000fffffffffffffull, 0x0010000000000000ull, 0x7fefffffffffffffull,
        0x3ff0000000000000ull, 0xbff0000000000000ull, 0x4000000000000000ull, 0x3fe0000000000000ull,
    };
    switch (rnd() % 4) {
    case 0: return special[rnd() % (sizeof(special) / sizeof(special[0]))];
    case 1: {   /* nearby exponents: cancellation, exact results, ties */
        uint64_t e = 1000 + rnd() % 48;
        return (rnd() & 0x8000000000000000ull) | e << 52 | (rnd() & 0x000fffffffff0000ull);
    }
    case 2: {   /* subnormal and tiny results */
        uint64_t e = rnd() % 64;
        return (rnd() & 0x8000000000000000ull) | e << 52 | (rnd() & 0x000fffffffffffffull);
    }
    default: return rnd();
    }
}

static uint64_t fpx_to_fflags(uint32_t x)
{
    return (x & FPX_INVALID ? RV_FFLAG_NV : 0) | (x & FPX_DIVZERO ? RV_FFLAG_DZ : 0) |
           (x & FPX_OVERFLOW ? RV_FFLAG_OF : 0) | (x & FPX_UNDERFLOW ? RV_FFLAG_UF : 0) |
           (x & FPX_INEXACT ? RV_FFLAG_NX : 0);
}

Test(fpu64, matches_riscv_model_in_rne, .timeout = 300)
{
    static const RVFPOp rv[] = { RVFP_ADD, RVFP_SUB, RVFP_MUL, RVFP_DIV, RVFP_SQRT,
                                 RVFP_EQ, RVFP_LT, RVFP_LE, RVFP_CVT_FROM_L, RVFP_CVT_FROM_W };
    unsigned iters = getenv("XRUN_FUZZ_ITERS") ? (unsigned)atoi(getenv("XRUN_FUZZ_ITERS")) : 1000000;
    for (unsigned i = 0; i < iters; i++) {
        unsigned op = (unsigned)(rnd() % 10);
        uint64_t a = operand(), b = operand();
        if (op >= 8 && rnd() % 2)
            a = (uint64_t)(int64_t)(int32_t)rnd() * (rnd() % 4 == 0 ? 1 : rnd());   /* integers */
        uint32_t want_fl = 0;
        uint64_t want = rvfp_exec(rv[op], RVFP_D, RV_RM_RNE, a, b, 0, &want_fl);
        if (op == 9)       /* fcvt.d.w reads the low 32 bits */
            want = rvfp_exec(rv[op], RVFP_D, RV_RM_RNE, (uint64_t)(int64_t)(int32_t)a, b, 0, &want_fl);
        hostfp_take();
        uint64_t got = ir_eval_fpu64((IRFpuOp)op, a, b, 0x7ff8000000000000ull);
        uint64_t got_fl = fpx_to_fflags(hostfp_take());
        if (got != want || got_fl != want_fl)
            cr_assert_fail("op %u a %016lx b %016lx: inline %016lx flags %02lx, model %016lx flags %02x",
                           op, (unsigned long)a, (unsigned long)b, (unsigned long)got,
                           (unsigned long)got_fl, (unsigned long)want, want_fl);
    }
}
