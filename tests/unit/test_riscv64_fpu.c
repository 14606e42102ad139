/*
 * Unit tests of the riscv64 F/D semantics (frontends/riscv64/fpu.c): tables
 * of operands with the result bits and fflags the RISC-V spec requires,
 * covering NaN boxing, canonical NaNs, signed zeros, invalid operations,
 * division by zero, overflow, underflow (tininess after rounding), every
 * rounding mode including RMM ties of both signs, conversion saturation and
 * every FCLASS class.  Expected values were derived by hand and cross-checked
 * against qemu-riscv64.
 */
#include <criterion/criterion.h>
#include <inttypes.h>
#include <stdint.h>

#include "frontends/riscv64/fpu.h"
#include "frontends/riscv64/internal.h"

#define NV RV_FFLAG_NV
#define DZ RV_FFLAG_DZ
#define OF RV_FFLAG_OF
#define UF RV_FFLAG_UF
#define NX RV_FFLAG_NX
#define RNE RV_RM_RNE
#define RTZ RV_RM_RTZ
#define RDN RV_RM_RDN
#define RUP RV_RM_RUP
#define RMM RV_RM_RMM
#define FS RVFP_S
#define FD RVFP_D

/* singles, NaN-boxed as in a register */
#define B(x) (0xffffffff00000000ull | (uint32_t)(x))
#define S_1     B(0x3f800000)
#define S_2     B(0x40000000)
#define S_3     B(0x40400000)
#define S_M1    B(0xbf800000)
#define S_HALF  B(0x3f000000)
#define S_INF   B(0x7f800000)
#define S_NINF  B(0xff800000)
#define S_QNAN  B(0x7fc00000)
#define S_SNAN  B(0x7f800001)
#define S_PZ    B(0x00000000)
#define S_NZ    B(0x80000000)
#define S_MAX   B(0x7f7fffff)
#define S_MINN  B(0x00800000)
#define S_MINS  B(0x00000001)
/* doubles */
#define D_1     0x3ff0000000000000ull
#define D_2     0x4000000000000000ull
#define D_3     0x4008000000000000ull
#define D_M1    0xbff0000000000000ull
#define D_HALF  0x3fe0000000000000ull
#define D_INF   0x7ff0000000000000ull
#define D_NINF  0xfff0000000000000ull
#define D_QNAN  0x7ff8000000000000ull
#define D_SNAN  0x7ff0000000000001ull
#define D_PZ    0x0000000000000000ull
#define D_NZ    0x8000000000000000ull
#define D_MAX   0x7fefffffffffffffull
#define D_MINN  0x0010000000000000ull
#define D_MAXS  0x000fffffffffffffull
#define D_MINS  0x0000000000000001ull

typedef struct FpCase {
    RVFPOp op;
    int fmt, rm;
    uint64_t a, b, c;
    uint64_t want;
    uint32_t flags;
} FpCase;

static void run_cases(const char *what, const FpCase *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t fl = 0;
        uint64_t r = rvfp_exec(t[i].op, t[i].fmt, t[i].rm, t[i].a, t[i].b, t[i].c, &fl);
        cr_expect_eq(r, t[i].want, "%s[%zu]: result %016" PRIx64 ", want %016" PRIx64,
                     what, i, r, t[i].want);
        cr_expect_eq(fl, t[i].flags, "%s[%zu]: flags %#x, want %#x", what, i, fl, t[i].flags);
    }
}
#define RUN(tab) run_cases(#tab, tab, sizeof(tab) / sizeof(tab[0]))

/* ---- add / sub ------------------------------------------------------------------ */

static const FpCase add_cases[] = {
    { RVFP_ADD, FD, RNE, D_1, D_2, 0, D_3, 0 },
    /* 1 + 2^-53: an exact tie between 1 and 1+ulp */
    { RVFP_ADD, FD, RNE, D_1, 0x3ca0000000000000ull, 0, D_1, NX },
    { RVFP_ADD, FD, RTZ, D_1, 0x3ca0000000000000ull, 0, D_1, NX },
    { RVFP_ADD, FD, RDN, D_1, 0x3ca0000000000000ull, 0, D_1, NX },
    { RVFP_ADD, FD, RUP, D_1, 0x3ca0000000000000ull, 0, 0x3ff0000000000001ull, NX },
    { RVFP_ADD, FD, RMM, D_1, 0x3ca0000000000000ull, 0, 0x3ff0000000000001ull, NX },
    /* the same tie, negative */
    { RVFP_ADD, FD, RNE, D_M1, 0xbca0000000000000ull, 0, D_M1, NX },
    { RVFP_ADD, FD, RMM, D_M1, 0xbca0000000000000ull, 0, 0xbff0000000000001ull, NX },
    { RVFP_ADD, FD, RDN, D_M1, 0xbca0000000000000ull, 0, 0xbff0000000000001ull, NX },
    { RVFP_ADD, FD, RUP, D_M1, 0xbca0000000000000ull, 0, D_M1, NX },
    /* (1+ulp) + ulp/2: the tie where even is also away from zero */
    { RVFP_ADD, FD, RNE, 0x3ff0000000000001ull, 0x3ca0000000000000ull, 0, 0x3ff0000000000002ull, NX },
    { RVFP_ADD, FD, RMM, 0x3ff0000000000001ull, 0x3ca0000000000000ull, 0, 0x3ff0000000000002ull, NX },
    /* not a tie: 1 + 0.75 ulp */
    { RVFP_ADD, FD, RMM, D_1, 0x3ca8000000000000ull, 0, 0x3ff0000000000001ull, NX },
    { RVFP_ADD, FD, RMM, D_1, 0x3c98000000000000ull, 0, D_1, NX },
    /* exact results keep the flags clear in RMM */
    { RVFP_ADD, FD, RMM, D_1, D_2, 0, D_3, 0 },
    /* infinities and NaNs */
    { RVFP_ADD, FD, RNE, D_INF, D_NINF, 0, D_QNAN, NV },
    { RVFP_ADD, FD, RMM, D_INF, D_NINF, 0, D_QNAN, NV },
    { RVFP_ADD, FD, RNE, D_INF, D_1, 0, D_INF, 0 },
    { RVFP_ADD, FD, RNE, 0x7ff8000000000123ull, D_1, 0, D_QNAN, 0 },
    { RVFP_ADD, FD, RNE, 0xfff8000000000000ull, D_1, 0, D_QNAN, 0 },
    { RVFP_ADD, FD, RNE, D_1, D_SNAN, 0, D_QNAN, NV },
    { RVFP_ADD, FD, RMM, D_SNAN, D_QNAN, 0, D_QNAN, NV },
    /* signed zeros */
    { RVFP_SUB, FD, RNE, D_1, D_1, 0, D_PZ, 0 },
    { RVFP_SUB, FD, RTZ, D_1, D_1, 0, D_PZ, 0 },
    { RVFP_SUB, FD, RDN, D_1, D_1, 0, D_NZ, 0 },
    { RVFP_SUB, FD, RUP, D_1, D_1, 0, D_PZ, 0 },
    { RVFP_SUB, FD, RMM, D_1, D_1, 0, D_PZ, 0 },
    { RVFP_ADD, FD, RNE, D_NZ, D_NZ, 0, D_NZ, 0 },
    { RVFP_ADD, FD, RMM, D_NZ, D_PZ, 0, D_PZ, 0 },
    { RVFP_ADD, FD, RDN, D_NZ, D_PZ, 0, D_NZ, 0 },
    /* overflow in each mode */
    { RVFP_ADD, FD, RNE, D_MAX, D_MAX, 0, D_INF, OF | NX },
    { RVFP_ADD, FD, RTZ, D_MAX, D_MAX, 0, D_MAX, OF | NX },
    { RVFP_ADD, FD, RDN, D_MAX, D_MAX, 0, D_MAX, OF | NX },
    { RVFP_ADD, FD, RUP, D_MAX, D_MAX, 0, D_INF, OF | NX },
    { RVFP_ADD, FD, RMM, D_MAX, D_MAX, 0, D_INF, OF | NX },
    { RVFP_ADD, FD, RDN, 0xffefffffffffffffull, 0xffefffffffffffffull, 0, D_NINF, OF | NX },
    { RVFP_ADD, FD, RUP, 0xffefffffffffffffull, 0xffefffffffffffffull, 0, 0xffefffffffffffffull, OF | NX },
    /* DBL_MAX + ulp/2: a tie at the overflow threshold */
    { RVFP_ADD, FD, RNE, D_MAX, 0x7c90000000000000ull, 0, D_INF, OF | NX },
    { RVFP_ADD, FD, RMM, D_MAX, 0x7c90000000000000ull, 0, D_INF, OF | NX },
    { RVFP_ADD, FD, RTZ, D_MAX, 0x7c90000000000000ull, 0, D_MAX, NX },  /* no overflow in RTZ */
    /* subnormal sums are exact: no underflow */
    { RVFP_ADD, FD, RNE, D_MINS, D_MINS, 0, 0x2, 0 },
    { RVFP_SUB, FD, RNE, D_MINN, D_MINS, 0, D_MAXS, 0 },
    /* single precision, boxed results */
    { RVFP_ADD, FS, RNE, S_1, S_2, 0, S_3, 0 },
    { RVFP_ADD, FS, RNE, S_1, B(0x33800000), 0, S_1, NX },
    { RVFP_ADD, FS, RMM, S_1, B(0x33800000), 0, B(0x3f800001), NX },
    { RVFP_ADD, FS, RMM, S_M1, B(0xb3800000), 0, B(0xbf800001), NX },
    { RVFP_ADD, FS, RUP, S_1, B(0x33800000), 0, B(0x3f800001), NX },
    { RVFP_ADD, FS, RNE, S_MAX, S_MAX, 0, S_INF, OF | NX },
    { RVFP_ADD, FS, RTZ, S_MAX, S_MAX, 0, S_MAX, OF | NX },
    { RVFP_ADD, FS, RMM, S_MAX, S_MAX, 0, S_INF, OF | NX },
    { RVFP_ADD, FS, RNE, S_INF, S_NINF, 0, S_QNAN, NV },
    { RVFP_ADD, FS, RNE, S_SNAN, S_1, 0, S_QNAN, NV },
    { RVFP_ADD, FS, RNE, B(0x7fc01234), S_1, 0, S_QNAN, 0 },
    { RVFP_SUB, FS, RDN, S_1, S_1, 0, S_NZ, 0 },
    /* improperly boxed operands read as the canonical (quiet) NaN */
    { RVFP_ADD, FS, RNE, 0x000000003f800000ull, S_1, 0, S_QNAN, 0 },
    { RVFP_ADD, FS, RNE, S_1, 0x7fffffff3f800000ull, 0, S_QNAN, 0 },
    /* a double's bits are not a valid single */
    { RVFP_ADD, FS, RNE, D_1, D_1, 0, S_QNAN, 0 },
};

/* ---- mul / div / sqrt ---------------------------------------------------------------- */

static const FpCase muldiv_cases[] = {
    { RVFP_MUL, FD, RNE, D_2, D_3, 0, 0x4018000000000000ull, 0 },
    { RVFP_MUL, FD, RNE, D_INF, D_PZ, 0, D_QNAN, NV },
    { RVFP_MUL, FD, RMM, D_PZ, D_NINF, 0, D_QNAN, NV },
    { RVFP_MUL, FD, RNE, D_NZ, D_1, 0, D_NZ, 0 },
    /* exact subnormal product: no flags */
    { RVFP_MUL, FD, RNE, D_MINN, D_HALF, 0, 0x0008000000000000ull, 0 },
    /* min subnormal / 2: a tie between 0 and the min subnormal */
    { RVFP_MUL, FD, RNE, D_MINS, D_HALF, 0, D_PZ, UF | NX },
    { RVFP_MUL, FD, RTZ, D_MINS, D_HALF, 0, D_PZ, UF | NX },
    { RVFP_MUL, FD, RDN, D_MINS, D_HALF, 0, D_PZ, UF | NX },
    { RVFP_MUL, FD, RUP, D_MINS, D_HALF, 0, D_MINS, UF | NX },
    { RVFP_MUL, FD, RMM, D_MINS, D_HALF, 0, D_MINS, UF | NX },
    { RVFP_MUL, FD, RNE, D_MINS, 0xbfe0000000000000ull, 0, D_NZ, UF | NX },
    { RVFP_MUL, FD, RMM, D_MINS, 0xbfe0000000000000ull, 0, 0x8000000000000001ull, UF | NX },
    { RVFP_MUL, FD, RDN, D_MINS, 0xbfe0000000000000ull, 0, 0x8000000000000001ull, UF | NX },
    /* 3 * min subnormal / 2 = 1.5: tie between 1 and 2 subnormal ulps */
    { RVFP_MUL, FD, RNE, 0x3, D_HALF, 0, 0x2, UF | NX },
    { RVFP_MUL, FD, RMM, 0x3, D_HALF, 0, 0x2, UF | NX },
    { RVFP_MUL, FD, RMM, 0x5, D_HALF, 0, 0x3, UF | NX },
    { RVFP_MUL, FD, RNE, 0x5, D_HALF, 0, 0x2, UF | NX },
    /*
     * (1+2^-52) * maxsub = 2^-1022 (1 - 2^-104): tiny before rounding, but
     * not after (it rounds to 2^-1022 with an unbounded exponent): no UF.
     * In RTZ it stays below 2^-1022 after rounding: UF.
     */
    { RVFP_MUL, FD, RNE, 0x3ff0000000000001ull, D_MAXS, 0, D_MINN, NX },
    { RVFP_MUL, FD, RMM, 0x3ff0000000000001ull, D_MAXS, 0, D_MINN, NX },
    { RVFP_MUL, FD, RUP, 0x3ff0000000000001ull, D_MAXS, 0, D_MINN, NX },
    { RVFP_MUL, FD, RTZ, 0x3ff0000000000001ull, D_MAXS, 0, D_MAXS, UF | NX },
    /* (1-2^-53) * 2^-1022: the tie between maxsub and 2^-1022, tiny after rounding */
    { RVFP_MUL, FD, RNE, 0x3fefffffffffffffull, D_MINN, 0, D_MINN, UF | NX },
    { RVFP_MUL, FD, RMM, 0x3fefffffffffffffull, D_MINN, 0, D_MINN, UF | NX },
    { RVFP_MUL, FD, RTZ, 0x3fefffffffffffffull, D_MINN, 0, D_MAXS, UF | NX },
    /* normal-range product tie: (1+2^-52)(1+2^-1) = 1.5 + 1.5*2^-52 */
    { RVFP_MUL, FD, RNE, 0x3ff0000000000001ull, 0x3ff8000000000000ull, 0, 0x3ff8000000000002ull, NX },
    { RVFP_MUL, FD, RNE, 0x3ff0000000000003ull, 0x3ff8000000000000ull, 0, 0x3ff8000000000004ull, NX },
    { RVFP_MUL, FD, RMM, 0x3ff0000000000001ull, 0x3ff8000000000000ull, 0, 0x3ff8000000000002ull, NX },
    { RVFP_MUL, FD, RNE, 0x3ff0000000000003ull, 0xbff8000000000000ull, 0, 0xbff8000000000004ull, NX },
    /* 1.5*(1+2^-52)*(1+2^-51)... = tie with odd lower neighbour; RMM goes away */
    { RVFP_MUL, FD, RNE, 0x3ff0000000000005ull, 0x3ff8000000000000ull, 0, 0x3ff8000000000008ull, NX },
    { RVFP_MUL, FD, RMM, 0x3ff0000000000005ull, 0x3ff8000000000000ull, 0, 0x3ff8000000000008ull, NX },
    { RVFP_MUL, FD, RMM, 0x3ff0000000000007ull, 0x3ff8000000000000ull, 0, 0x3ff800000000000bull, NX },
    { RVFP_MUL, FD, RNE, 0x3ff0000000000007ull, 0x3ff8000000000000ull, 0, 0x3ff800000000000aull, NX },
    { RVFP_MUL, FD, RMM, 0x3ff0000000000007ull, 0xbff8000000000000ull, 0, 0xbff800000000000bull, NX },
    { RVFP_MUL, FD, RNE, D_MAX, D_2, 0, D_INF, OF | NX },
    { RVFP_MUL, FD, RTZ, D_MAX, 0xc000000000000000ull, 0, 0xffefffffffffffffull, OF | NX },
    { RVFP_MUL, FS, RNE, S_MINS, S_HALF, 0, S_PZ, UF | NX },
    { RVFP_MUL, FS, RMM, S_MINS, S_HALF, 0, S_MINS, UF | NX },
    { RVFP_MUL, FS, RNE, B(0x3f800001), B(0x007fffff), 0, S_MINN, NX },
    { RVFP_MUL, FS, RTZ, B(0x3f800001), B(0x007fffff), 0, B(0x007fffff), UF | NX },
    { RVFP_MUL, FS, RMM, B(0x3f800007), B(0x3fc00000), 0, B(0x3fc0000b), NX },
    { RVFP_MUL, FS, RNE, B(0x3f800007), B(0x3fc00000), 0, B(0x3fc0000a), NX },
    /* division */
    { RVFP_DIV, FD, RNE, D_3, D_2, 0, 0x3ff8000000000000ull, 0 },
    { RVFP_DIV, FD, RNE, D_1, D_PZ, 0, D_INF, DZ },
    { RVFP_DIV, FD, RNE, D_M1, D_PZ, 0, D_NINF, DZ },
    { RVFP_DIV, FD, RMM, D_1, D_NZ, 0, D_NINF, DZ },
    { RVFP_DIV, FD, RNE, D_PZ, D_PZ, 0, D_QNAN, NV },
    { RVFP_DIV, FD, RNE, D_INF, D_INF, 0, D_QNAN, NV },
    { RVFP_DIV, FD, RNE, D_1, D_INF, 0, D_PZ, 0 },
    { RVFP_DIV, FD, RNE, D_INF, D_PZ, 0, D_INF, 0 },
    { RVFP_DIV, FD, RNE, D_QNAN, D_PZ, 0, D_QNAN, 0 },
    { RVFP_DIV, FD, RNE, D_1, D_3, 0, 0x3fd5555555555555ull, NX },
    { RVFP_DIV, FD, RTZ, D_1, D_3, 0, 0x3fd5555555555555ull, NX },
    { RVFP_DIV, FD, RUP, D_1, D_3, 0, 0x3fd5555555555556ull, NX },
    { RVFP_DIV, FD, RMM, D_1, D_3, 0, 0x3fd5555555555555ull, NX },
    { RVFP_DIV, FD, RDN, D_M1, D_3, 0, 0xbfd5555555555556ull, NX },
    { RVFP_DIV, FD, RNE, D_2, D_3, 0, 0x3fe5555555555555ull, NX },
    { RVFP_DIV, FD, RMM, D_2, D_3, 0, 0x3fe5555555555555ull, NX },
    { RVFP_DIV, FD, RMM, D_MINS, D_2, 0, D_MINS, UF | NX },
    { RVFP_DIV, FD, RNE, D_MINS, D_2, 0, D_PZ, UF | NX },
    { RVFP_DIV, FD, RMM, 0x8000000000000003ull, D_2, 0, 0x8000000000000002ull, UF | NX },
    { RVFP_DIV, FD, RNE, D_MAX, D_HALF, 0, D_INF, OF | NX },
    { RVFP_DIV, FD, RDN, D_MAX, D_HALF, 0, D_MAX, OF | NX },
    { RVFP_DIV, FS, RNE, S_1, S_3, 0, B(0x3eaaaaab), NX },
    { RVFP_DIV, FS, RTZ, S_1, S_3, 0, B(0x3eaaaaaa), NX },
    { RVFP_DIV, FS, RMM, S_1, S_3, 0, B(0x3eaaaaab), NX },
    { RVFP_DIV, FS, RNE, S_1, S_PZ, 0, S_INF, DZ },
    { RVFP_DIV, FS, RNE, S_PZ, S_PZ, 0, S_QNAN, NV },
    { RVFP_DIV, FS, RMM, S_MINS, S_2, 0, S_MINS, UF | NX },
    /* sqrt */
    { RVFP_SQRT, FD, RNE, 0x4010000000000000ull, 0, 0, D_2, 0 },
    { RVFP_SQRT, FD, RNE, D_2, 0, 0, 0x3ff6a09e667f3bcdull, NX },
    { RVFP_SQRT, FD, RMM, D_2, 0, 0, 0x3ff6a09e667f3bcdull, NX },
    { RVFP_SQRT, FD, RUP, D_2, 0, 0, 0x3ff6a09e667f3bcdull, NX },
    { RVFP_SQRT, FD, RTZ, D_2, 0, 0, 0x3ff6a09e667f3bccull, NX },
    { RVFP_SQRT, FD, RDN, D_2, 0, 0, 0x3ff6a09e667f3bccull, NX },
    { RVFP_SQRT, FD, RNE, D_M1, 0, 0, D_QNAN, NV },
    { RVFP_SQRT, FD, RNE, D_NINF, 0, 0, D_QNAN, NV },
    { RVFP_SQRT, FD, RNE, D_NZ, 0, 0, D_NZ, 0 },
    { RVFP_SQRT, FD, RNE, D_INF, 0, 0, D_INF, 0 },
    { RVFP_SQRT, FD, RNE, D_SNAN, 0, 0, D_QNAN, NV },
    { RVFP_SQRT, FD, RNE, D_QNAN, 0, 0, D_QNAN, 0 },
    { RVFP_SQRT, FD, RNE, D_MINS, 0, 0, 0x1e60000000000000ull, 0 },
    { RVFP_SQRT, FS, RNE, S_2, 0, 0, B(0x3fb504f3), NX },
    { RVFP_SQRT, FS, RUP, S_2, 0, 0, B(0x3fb504f4), NX },
    { RVFP_SQRT, FS, RMM, S_2, 0, 0, B(0x3fb504f3), NX },
    { RVFP_SQRT, FS, RNE, S_M1, 0, 0, S_QNAN, NV },
    { RVFP_SQRT, FS, RNE, 0x3f800000ull, 0, 0, S_QNAN, 0 },
};

/* ---- fused multiply-add ----------------------------------------------------------------- */

static const FpCase fma_cases[] = {
    { RVFP_MADD, FD, RNE, D_2, D_3, D_1, 0x401c000000000000ull, 0 },      /* 7 */
    { RVFP_MSUB, FD, RNE, D_2, D_3, D_1, 0x4014000000000000ull, 0 },      /* 5 */
    { RVFP_NMSUB, FD, RNE, D_2, D_3, D_1, 0xc014000000000000ull, 0 },     /* -5 */
    { RVFP_NMADD, FD, RNE, D_2, D_3, D_1, 0xc01c000000000000ull, 0 },     /* -7 */
    /* one rounding: (1+2^-52)(1-2^-53) - 1 = 2^-53 - 2^-105 exactly */
    { RVFP_MADD, FD, RNE, 0x3ff0000000000001ull, 0x3fefffffffffffffull, D_M1, 0x3c9ffffffffffffeull, 0 },
    /* inf * 0 is invalid even with a quiet NaN addend */
    { RVFP_MADD, FD, RNE, D_INF, D_PZ, D_QNAN, D_QNAN, NV },
    { RVFP_MADD, FD, RNE, D_PZ, D_NINF, D_QNAN, D_QNAN, NV },
    { RVFP_NMADD, FD, RMM, D_INF, D_PZ, D_1, D_QNAN, NV },
    { RVFP_MADD, FD, RNE, D_QNAN, D_1, D_1, D_QNAN, 0 },
    { RVFP_MADD, FD, RNE, D_1, D_1, D_SNAN, D_QNAN, NV },
    { RVFP_MADD, FD, RNE, D_INF, D_1, D_NINF, D_QNAN, NV },
    { RVFP_MSUB, FD, RNE, D_INF, D_1, D_INF, D_QNAN, NV },
    { RVFP_MADD, FD, RNE, D_INF, D_1, D_INF, D_INF, 0 },
    /* signed zeros */
    { RVFP_MADD, FD, RNE, D_1, D_PZ, D_NZ, D_PZ, 0 },
    { RVFP_MADD, FD, RDN, D_1, D_PZ, D_NZ, D_NZ, 0 },
    { RVFP_NMADD, FD, RNE, D_1, D_PZ, D_PZ, D_NZ, 0 },
    { RVFP_NMSUB, FD, RNE, D_1, D_PZ, D_PZ, D_PZ, 0 },
    { RVFP_MSUB, FD, RNE, D_1, D_PZ, D_PZ, D_PZ, 0 },
    { RVFP_MSUB, FD, RDN, D_1, D_PZ, D_PZ, D_NZ, 0 },
    /* (1+2^-52)^2 - (3*2^-53 + 2^-104) = 1 + 2^-53: an exact tie */
    { RVFP_MADD, FD, RNE, 0x3ff0000000000001ull, 0x3ff0000000000001ull, 0xbcb8000000000001ull, D_1, NX },
    { RVFP_MADD, FD, RMM, 0x3ff0000000000001ull, 0x3ff0000000000001ull, 0xbcb8000000000001ull, 0x3ff0000000000001ull, NX },
    { RVFP_MADD, FD, RUP, 0x3ff0000000000001ull, 0x3ff0000000000001ull, 0xbcb8000000000001ull, 0x3ff0000000000001ull, NX },
    { RVFP_MADD, FD, RTZ, 0x3ff0000000000001ull, 0x3ff0000000000001ull, 0xbcb8000000000001ull, D_1, NX },
    { RVFP_NMADD, FD, RMM, 0x3ff0000000000001ull, 0x3ff0000000000001ull, 0xbcb8000000000001ull, 0xbff0000000000001ull, NX },
    { RVFP_NMADD, FD, RNE, 0x3ff0000000000001ull, 0x3ff0000000000001ull, 0xbcb8000000000001ull, D_M1, NX },
    /* just above the tie (addend one ulp smaller in magnitude) */
    { RVFP_MADD, FD, RMM, 0x3ff0000000000001ull, 0x3ff0000000000001ull, 0xbcb8000000000000ull, 0x3ff0000000000001ull, NX },
    { RVFP_MADD, FD, RNE, 0x3ff0000000000001ull, 0x3ff0000000000001ull, 0xbcb8000000000000ull, 0x3ff0000000000001ull, NX },
    /* just below it */
    { RVFP_MADD, FD, RMM, 0x3ff0000000000001ull, 0x3ff0000000000001ull, 0xbcb8000000000002ull, D_1, NX },
    /* huge addend, tiny product: the product only sets the sticky bit */
    { RVFP_MADD, FD, RMM, D_MINS, D_MINS, D_1, D_1, NX },
    { RVFP_MADD, FD, RUP, D_MINS, D_MINS, D_1, 0x3ff0000000000001ull, NX },
    { RVFP_MADD, FD, RDN, D_MINS, 0x8000000000000001ull, D_1, 0x3fefffffffffffffull, NX },
    { RVFP_MADD, FD, RNE, D_MINS, D_MINS, D_PZ, D_PZ, UF | NX },
    { RVFP_MADD, FD, RUP, D_MINS, D_MINS, D_PZ, D_MINS, UF | NX },
    { RVFP_MADD, FD, RMM, D_MINS, D_MINS, D_PZ, D_PZ, UF | NX },
    { RVFP_MADD, FD, RNE, D_MAX, D_2, 0xffefffffffffffffull, D_MAX, 0 },
    { RVFP_MADD, FD, RNE, D_MAX, D_2, D_PZ, D_INF, OF | NX },
    { RVFP_MADD, FD, RMM, D_MAX, D_2, D_PZ, D_INF, OF | NX },
    { RVFP_MADD, FD, RTZ, D_MAX, D_2, D_PZ, D_MAX, OF | NX },
    /* single: (1+2^-23)^2 - (3*2^-24 + 2^-46) = 1 + 2^-24, a tie */
    { RVFP_MADD, FS, RNE, B(0x3f800001), B(0x3f800001), B(0xb4400001), S_1, NX },
    { RVFP_MADD, FS, RMM, B(0x3f800001), B(0x3f800001), B(0xb4400001), B(0x3f800001), NX },
    { RVFP_NMSUB, FS, RMM, B(0x3f800001), B(0x3f800001), B(0x34400001), B(0xbf800001), NX },
    { RVFP_MADD, FS, RNE, S_2, S_3, S_1, B(0x40e00000), 0 },
    { RVFP_NMADD, FS, RNE, S_2, S_3, S_1, B(0xc0e00000), 0 },
    { RVFP_MADD, FS, RNE, S_INF, S_PZ, S_QNAN, S_QNAN, NV },
    { RVFP_MADD, FS, RNE, S_1, S_1, 0x3f800000ull, S_QNAN, 0 },
    { RVFP_MADD, FS, RNE, B(0x3f800001), B(0x3f7fffff), S_M1, B(0x337ffffe), 0 },
    { RVFP_MADD, FS, RNE, S_MAX, S_2, S_PZ, S_INF, OF | NX },
    { RVFP_MADD, FS, RNE, S_MINS, S_HALF, S_PZ, S_PZ, UF | NX },
    { RVFP_MADD, FS, RMM, S_MINS, S_HALF, S_PZ, S_MINS, UF | NX },
};

/* ---- min / max / compares / class --------------------------------------------------- */

static const FpCase minmax_cases[] = {
    { RVFP_MIN, FD, RNE, D_1, D_2, 0, D_1, 0 },
    { RVFP_MAX, FD, RNE, D_1, D_2, 0, D_2, 0 },
    { RVFP_MIN, FD, RNE, D_NZ, D_PZ, 0, D_NZ, 0 },
    { RVFP_MIN, FD, RNE, D_PZ, D_NZ, 0, D_NZ, 0 },
    { RVFP_MAX, FD, RNE, D_NZ, D_PZ, 0, D_PZ, 0 },
    { RVFP_MAX, FD, RNE, D_PZ, D_NZ, 0, D_PZ, 0 },
    { RVFP_MIN, FD, RNE, D_QNAN, D_1, 0, D_1, 0 },
    { RVFP_MAX, FD, RNE, D_M1, 0x7ff8000000000005ull, 0, D_M1, 0 },
    { RVFP_MIN, FD, RNE, D_SNAN, D_1, 0, D_1, NV },
    { RVFP_MAX, FD, RNE, D_1, D_SNAN, 0, D_1, NV },
    { RVFP_MIN, FD, RNE, D_QNAN, 0x7ff8000000000005ull, 0, D_QNAN, 0 },
    { RVFP_MAX, FD, RNE, D_SNAN, D_QNAN, 0, D_QNAN, NV },
    { RVFP_MIN, FD, RNE, D_NINF, D_INF, 0, D_NINF, 0 },
    { RVFP_MAX, FD, RNE, D_MINS, D_PZ, 0, D_MINS, 0 },
    { RVFP_MIN, FS, RNE, S_1, S_2, 0, S_1, 0 },
    { RVFP_MAX, FS, RNE, S_NZ, S_PZ, 0, S_PZ, 0 },
    { RVFP_MIN, FS, RNE, S_NZ, S_PZ, 0, S_NZ, 0 },
    { RVFP_MIN, FS, RNE, S_SNAN, S_2, 0, S_2, NV },
    { RVFP_MAX, FS, RNE, S_QNAN, S_QNAN, 0, S_QNAN, 0 },
    { RVFP_MAX, FS, RNE, 0x000000003f800000ull, S_M1, 0, S_M1, 0 },   /* unboxed: a NaN */
    { RVFP_MIN, FS, RNE, 0x000000003f800000ull, 0x0000000040000000ull, 0, S_QNAN, 0 },
};

static const FpCase cmp_cases[] = {
    { RVFP_EQ, FD, RNE, D_1, D_1, 0, 1, 0 },
    { RVFP_EQ, FD, RNE, D_1, D_2, 0, 0, 0 },
    { RVFP_EQ, FD, RNE, D_NZ, D_PZ, 0, 1, 0 },
    { RVFP_EQ, FD, RNE, D_QNAN, D_QNAN, 0, 0, 0 },
    { RVFP_EQ, FD, RNE, D_QNAN, D_1, 0, 0, 0 },
    { RVFP_EQ, FD, RNE, D_SNAN, D_1, 0, 0, NV },
    { RVFP_EQ, FD, RNE, D_1, D_SNAN, 0, 0, NV },
    { RVFP_LT, FD, RNE, D_1, D_2, 0, 1, 0 },
    { RVFP_LT, FD, RNE, D_2, D_1, 0, 0, 0 },
    { RVFP_LT, FD, RNE, D_1, D_1, 0, 0, 0 },
    { RVFP_LT, FD, RNE, D_NZ, D_PZ, 0, 0, 0 },
    { RVFP_LT, FD, RNE, D_QNAN, D_1, 0, 0, NV },
    { RVFP_LT, FD, RNE, D_1, D_SNAN, 0, 0, NV },
    { RVFP_LT, FD, RNE, D_NINF, D_INF, 0, 1, 0 },
    { RVFP_LE, FD, RNE, D_1, D_1, 0, 1, 0 },
    { RVFP_LE, FD, RNE, D_NZ, D_PZ, 0, 1, 0 },
    { RVFP_LE, FD, RNE, D_2, D_1, 0, 0, 0 },
    { RVFP_LE, FD, RNE, D_1, D_QNAN, 0, 0, NV },
    { RVFP_EQ, FS, RNE, S_1, S_1, 0, 1, 0 },
    { RVFP_EQ, FS, RNE, S_SNAN, S_1, 0, 0, NV },
    { RVFP_EQ, FS, RNE, 0x000000003f800000ull, S_1, 0, 0, 0 },   /* unboxed: quiet NaN */
    { RVFP_LT, FS, RNE, S_M1, S_1, 0, 1, 0 },
    { RVFP_LT, FS, RNE, S_QNAN, S_1, 0, 0, NV },
    { RVFP_LE, FS, RNE, 0x000000003f800000ull, S_1, 0, 0, NV },
    { RVFP_LE, FS, RNE, S_NZ, S_PZ, 0, 1, 0 },
};

static const FpCase class_cases[] = {
    { RVFP_CLASS, FD, RNE, D_NINF, 0, 0, 1 << 0, 0 },
    { RVFP_CLASS, FD, RNE, D_M1, 0, 0, 1 << 1, 0 },
    { RVFP_CLASS, FD, RNE, 0x8000000000000001ull, 0, 0, 1 << 2, 0 },
    { RVFP_CLASS, FD, RNE, 0x800fffffffffffffull, 0, 0, 1 << 2, 0 },
    { RVFP_CLASS, FD, RNE, D_NZ, 0, 0, 1 << 3, 0 },
    { RVFP_CLASS, FD, RNE, D_PZ, 0, 0, 1 << 4, 0 },
    { RVFP_CLASS, FD, RNE, D_MINS, 0, 0, 1 << 5, 0 },
    { RVFP_CLASS, FD, RNE, D_MINN, 0, 0, 1 << 6, 0 },
    { RVFP_CLASS, FD, RNE, D_MAX, 0, 0, 1 << 6, 0 },
    { RVFP_CLASS, FD, RNE, D_INF, 0, 0, 1 << 7, 0 },
    { RVFP_CLASS, FD, RNE, D_SNAN, 0, 0, 1 << 8, 0 },
    { RVFP_CLASS, FD, RNE, 0xfff7ffffffffffffull, 0, 0, 1 << 8, 0 },
    { RVFP_CLASS, FD, RNE, D_QNAN, 0, 0, 1 << 9, 0 },
    { RVFP_CLASS, FD, RNE, 0xffffffffffffffffull, 0, 0, 1 << 9, 0 },
    { RVFP_CLASS, FS, RNE, S_NINF, 0, 0, 1 << 0, 0 },
    { RVFP_CLASS, FS, RNE, S_M1, 0, 0, 1 << 1, 0 },
    { RVFP_CLASS, FS, RNE, B(0x80000001), 0, 0, 1 << 2, 0 },
    { RVFP_CLASS, FS, RNE, S_NZ, 0, 0, 1 << 3, 0 },
    { RVFP_CLASS, FS, RNE, S_PZ, 0, 0, 1 << 4, 0 },
    { RVFP_CLASS, FS, RNE, B(0x007fffff), 0, 0, 1 << 5, 0 },
    { RVFP_CLASS, FS, RNE, S_1, 0, 0, 1 << 6, 0 },
    { RVFP_CLASS, FS, RNE, S_INF, 0, 0, 1 << 7, 0 },
    { RVFP_CLASS, FS, RNE, S_SNAN, 0, 0, 1 << 8, 0 },
    { RVFP_CLASS, FS, RNE, S_QNAN, 0, 0, 1 << 9, 0 },
    { RVFP_CLASS, FS, RNE, 0x000000003f800000ull, 0, 0, 1 << 9, 0 },   /* unboxed */
    { RVFP_CLASS, FS, RNE, 0x0000000000000000ull, 0, 0, 1 << 9, 0 },
};

/* ---- conversions ----------------------------------------------------------------------- */

#define I32(x) ((uint64_t)(int64_t)(int32_t)(x))

static const FpCase to_int_cases[] = {
    /* rounding modes, both signs, ties */
    { RVFP_CVT_W, FD, RNE, 0x3ff8000000000000ull, 0, 0, 2, NX },          /* 1.5 */
    { RVFP_CVT_W, FD, RNE, 0x4004000000000000ull, 0, 0, 2, NX },          /* 2.5 */
    { RVFP_CVT_W, FD, RMM, 0x4004000000000000ull, 0, 0, 3, NX },
    { RVFP_CVT_W, FD, RTZ, 0x4004000000000000ull, 0, 0, 2, NX },
    { RVFP_CVT_W, FD, RDN, 0x4004000000000000ull, 0, 0, 2, NX },
    { RVFP_CVT_W, FD, RUP, 0x4004000000000000ull, 0, 0, 3, NX },
    { RVFP_CVT_W, FD, RNE, 0xc004000000000000ull, 0, 0, I32(-2), NX },    /* -2.5 */
    { RVFP_CVT_W, FD, RMM, 0xc004000000000000ull, 0, 0, I32(-3), NX },
    { RVFP_CVT_W, FD, RTZ, 0xc004000000000000ull, 0, 0, I32(-2), NX },
    { RVFP_CVT_W, FD, RDN, 0xc004000000000000ull, 0, 0, I32(-3), NX },
    { RVFP_CVT_W, FD, RUP, 0xc004000000000000ull, 0, 0, I32(-2), NX },
    { RVFP_CVT_W, FD, RNE, D_3, 0, 0, 3, 0 },
    { RVFP_CVT_W, FD, RNE, D_NZ, 0, 0, 0, 0 },
    { RVFP_CVT_W, FD, RNE, D_MINS, 0, 0, 0, NX },
    { RVFP_CVT_W, FD, RUP, D_MINS, 0, 0, 1, NX },
    /* saturation boundaries */
    { RVFP_CVT_W, FD, RNE, 0x41dfffffffc00000ull, 0, 0, 0x7fffffff, 0 },               /* 2^31-1 */
    { RVFP_CVT_W, FD, RNE, 0x41dfffffffe00000ull, 0, 0, 0x7fffffff, NV },              /* 2^31-0.5 -> 2^31 */
    { RVFP_CVT_W, FD, RTZ, 0x41dfffffffe00000ull, 0, 0, 0x7fffffff, NX },
    { RVFP_CVT_W, FD, RNE, 0x41e0000000000000ull, 0, 0, 0x7fffffff, NV },              /* 2^31 */
    { RVFP_CVT_W, FD, RNE, 0xc1e0000000000000ull, 0, 0, I32(INT32_MIN), 0 },           /* -2^31 */
    { RVFP_CVT_W, FD, RNE, 0xc1e0000000100000ull, 0, 0, I32(INT32_MIN), NX },          /* -2^31-0.5 */
    { RVFP_CVT_W, FD, RDN, 0xc1e0000000100000ull, 0, 0, I32(INT32_MIN), NV },
    { RVFP_CVT_W, FD, RNE, 0xc1e0000000200000ull, 0, 0, I32(INT32_MIN), NV },          /* -2^31-1 */
    { RVFP_CVT_W, FD, RNE, D_INF, 0, 0, 0x7fffffff, NV },
    { RVFP_CVT_W, FD, RNE, D_NINF, 0, 0, I32(INT32_MIN), NV },
    { RVFP_CVT_W, FD, RNE, D_QNAN, 0, 0, 0x7fffffff, NV },
    { RVFP_CVT_W, FD, RNE, 0xfff8000000000000ull, 0, 0, 0x7fffffff, NV },
    { RVFP_CVT_WU, FD, RNE, 0x41efffffffe00000ull, 0, 0, ~0ull, 0 },                   /* 2^32-1 */
    { RVFP_CVT_WU, FD, RNE, 0x41f0000000000000ull, 0, 0, ~0ull, NV },                  /* 2^32 */
    { RVFP_CVT_WU, FD, RNE, 0x41e0000000000000ull, 0, 0, I32(0x80000000), 0 },         /* 2^31: sign-extended */
    { RVFP_CVT_WU, FD, RNE, D_M1, 0, 0, 0, NV },
    { RVFP_CVT_WU, FD, RTZ, 0xbfe0000000000000ull, 0, 0, 0, NX },                      /* -0.5 */
    { RVFP_CVT_WU, FD, RNE, 0xbfe0000000000000ull, 0, 0, 0, NX },
    { RVFP_CVT_WU, FD, RMM, 0xbfe0000000000000ull, 0, 0, 0, NV },                      /* -> -1 */
    { RVFP_CVT_WU, FD, RDN, 0xbfe0000000000000ull, 0, 0, 0, NV },
    { RVFP_CVT_WU, FD, RNE, D_NINF, 0, 0, 0, NV },
    { RVFP_CVT_WU, FD, RNE, D_INF, 0, 0, ~0ull, NV },
    { RVFP_CVT_WU, FD, RNE, D_SNAN, 0, 0, ~0ull, NV },
    { RVFP_CVT_L, FD, RNE, 0x43dfffffffffffffull, 0, 0, 0x7ffffffffffffc00ull, 0 },
    { RVFP_CVT_L, FD, RNE, 0x43e0000000000000ull, 0, 0, INT64_MAX, NV },               /* 2^63 */
    { RVFP_CVT_L, FD, RNE, 0xc3e0000000000000ull, 0, 0, (uint64_t)INT64_MIN, 0 },      /* -2^63 */
    { RVFP_CVT_L, FD, RNE, 0xc3e0000000000001ull, 0, 0, (uint64_t)INT64_MIN, NV },
    { RVFP_CVT_L, FD, RNE, D_QNAN, 0, 0, INT64_MAX, NV },
    { RVFP_CVT_L, FD, RNE, D_NINF, 0, 0, (uint64_t)INT64_MIN, NV },
    { RVFP_CVT_L, FD, RMM, 0xc004000000000000ull, 0, 0, (uint64_t)-3, NX },
    { RVFP_CVT_LU, FD, RNE, 0x43efffffffffffffull, 0, 0, 0xfffffffffffff800ull, 0 },
    { RVFP_CVT_LU, FD, RNE, 0x43f0000000000000ull, 0, 0, ~0ull, NV },                  /* 2^64 */
    { RVFP_CVT_LU, FD, RNE, D_M1, 0, 0, 0, NV },
    { RVFP_CVT_LU, FD, RNE, D_QNAN, 0, 0, ~0ull, NV },
    { RVFP_CVT_LU, FD, RNE, D_NINF, 0, 0, 0, NV },
    { RVFP_CVT_LU, FD, RNE, D_NZ, 0, 0, 0, 0 },
    /* singles */
    { RVFP_CVT_W, FS, RNE, B(0x4f000000), 0, 0, 0x7fffffff, NV },                      /* 2^31 */
    { RVFP_CVT_W, FS, RNE, B(0xcf000000), 0, 0, I32(INT32_MIN), 0 },                   /* -2^31 */
    { RVFP_CVT_W, FS, RNE, B(0x4effffff), 0, 0, 0x7fffff80, 0 },
    { RVFP_CVT_W, FS, RMM, B(0x3fc00000), 0, 0, 2, NX },                               /* 1.5 */
    { RVFP_CVT_W, FS, RMM, B(0xbfc00000), 0, 0, I32(-2), NX },
    { RVFP_CVT_W, FS, RNE, B(0x40200000), 0, 0, 2, NX },                               /* 2.5 */
    { RVFP_CVT_W, FS, RNE, 0x000000003f800000ull, 0, 0, 0x7fffffff, NV },              /* unboxed */
    { RVFP_CVT_WU, FS, RNE, B(0x4f800000), 0, 0, ~0ull, NV },                          /* 2^32 */
    { RVFP_CVT_WU, FS, RNE, B(0x4f7fffff), 0, 0, I32(0xffffff00), 0 },
    { RVFP_CVT_L, FS, RNE, B(0x5f000000), 0, 0, INT64_MAX, NV },                       /* 2^63 */
    { RVFP_CVT_L, FS, RNE, B(0xdf000000), 0, 0, (uint64_t)INT64_MIN, 0 },
    { RVFP_CVT_LU, FS, RNE, B(0x5f800000), 0, 0, ~0ull, NV },                          /* 2^64 */
    { RVFP_CVT_LU, FS, RNE, B(0x5f7fffff), 0, 0, 0xffffff0000000000ull, 0 },
    { RVFP_CVT_LU, FS, RNE, S_SNAN, 0, 0, ~0ull, NV },
};

static const FpCase from_int_cases[] = {
    { RVFP_CVT_FROM_W, FD, RNE, 0xffffffffull, 0, 0, D_M1, 0 },
    { RVFP_CVT_FROM_W, FD, RNE, 0x1234567800000001ull, 0, 0, D_1, 0 },      /* low 32 bits only */
    { RVFP_CVT_FROM_WU, FD, RNE, 0xffffffffull, 0, 0, 0x41efffffffe00000ull, 0 },
    { RVFP_CVT_FROM_WU, FD, RNE, 0xffffffff80000000ull, 0, 0, 0x41e0000000000000ull, 0 },
    { RVFP_CVT_FROM_L, FD, RNE, 0x20000000000001ull, 0, 0, 0x4340000000000000ull, NX },   /* 2^53+1 */
    { RVFP_CVT_FROM_L, FD, RTZ, 0x20000000000001ull, 0, 0, 0x4340000000000000ull, NX },
    { RVFP_CVT_FROM_L, FD, RDN, 0x20000000000001ull, 0, 0, 0x4340000000000000ull, NX },
    { RVFP_CVT_FROM_L, FD, RUP, 0x20000000000001ull, 0, 0, 0x4340000000000001ull, NX },
    { RVFP_CVT_FROM_L, FD, RMM, 0x20000000000001ull, 0, 0, 0x4340000000000001ull, NX },
    { RVFP_CVT_FROM_L, FD, RNE, 0x20000000000003ull, 0, 0, 0x4340000000000002ull, NX },   /* 2^53+3 */
    { RVFP_CVT_FROM_L, FD, RMM, 0x20000000000003ull, 0, 0, 0x4340000000000002ull, NX },
    { RVFP_CVT_FROM_L, FD, RNE, (uint64_t)-0x20000000000001ll, 0, 0, 0xc340000000000000ull, NX },
    { RVFP_CVT_FROM_L, FD, RMM, (uint64_t)-0x20000000000001ll, 0, 0, 0xc340000000000001ull, NX },
    { RVFP_CVT_FROM_L, FD, RDN, (uint64_t)-0x20000000000001ll, 0, 0, 0xc340000000000001ull, NX },
    { RVFP_CVT_FROM_L, FD, RNE, (uint64_t)INT64_MIN, 0, 0, 0xc3e0000000000000ull, 0 },
    { RVFP_CVT_FROM_L, FD, RNE, 0, 0, 0, D_PZ, 0 },
    { RVFP_CVT_FROM_LU, FD, RNE, ~0ull, 0, 0, 0x43f0000000000000ull, NX },
    { RVFP_CVT_FROM_LU, FD, RTZ, ~0ull, 0, 0, 0x43efffffffffffffull, NX },
    { RVFP_CVT_FROM_LU, FD, RMM, ~0ull, 0, 0, 0x43f0000000000000ull, NX },
    { RVFP_CVT_FROM_LU, FD, RNE, 0x8000000000000400ull, 0, 0, 0x43e0000000000000ull, NX }, /* tie */
    { RVFP_CVT_FROM_LU, FD, RMM, 0x8000000000000400ull, 0, 0, 0x43e0000000000001ull, NX },
    { RVFP_CVT_FROM_W, FS, RNE, 0x1000001, 0, 0, B(0x4b800000), NX },                    /* 2^24+1 */
    { RVFP_CVT_FROM_W, FS, RMM, 0x1000001, 0, 0, B(0x4b800001), NX },
    { RVFP_CVT_FROM_W, FS, RUP, 0x1000001, 0, 0, B(0x4b800001), NX },
    { RVFP_CVT_FROM_W, FS, RMM, 0xfeffffffull, 0, 0, B(0xcb800001), NX },                /* -(2^24+1) */
    { RVFP_CVT_FROM_W, FS, RNE, 0xfeffffffull, 0, 0, B(0xcb800000), NX },
    { RVFP_CVT_FROM_W, FS, RNE, 0x80000000ull, 0, 0, B(0xcf000000), 0 },
    { RVFP_CVT_FROM_WU, FS, RNE, 0xffffffffull, 0, 0, B(0x4f800000), NX },
    { RVFP_CVT_FROM_WU, FS, RTZ, 0xffffffffull, 0, 0, B(0x4f7fffff), NX },
    { RVFP_CVT_FROM_L, FS, RNE, (uint64_t)INT64_MAX, 0, 0, B(0x5f000000), NX },
    { RVFP_CVT_FROM_L, FS, RTZ, (uint64_t)INT64_MAX, 0, 0, B(0x5effffff), NX },
    { RVFP_CVT_FROM_LU, FS, RNE, 0, 0, 0, S_PZ, 0 },
    { RVFP_CVT_FROM_LU, FS, RNE, ~0ull, 0, 0, B(0x5f800000), NX },
    { RVFP_CVT_FROM_LU, FS, RDN, ~0ull, 0, 0, B(0x5f7fffff), NX },
    { RVFP_CVT_FROM_LU, FS, RMM, 0x8000008000000000ull, 0, 0, B(0x5f000001), NX },       /* tie */
    { RVFP_CVT_FROM_LU, FS, RNE, 0x8000008000000000ull, 0, 0, B(0x5f000000), NX },
};

static const FpCase cvt_fmt_cases[] = {
    /* double -> single */
    { RVFP_CVT_FMT, FS, RNE, D_1, 0, 0, S_1, 0 },
    { RVFP_CVT_FMT, FS, RNE, 0x3fd5555555555555ull, 0, 0, B(0x3eaaaaab), NX },
    { RVFP_CVT_FMT, FS, RTZ, 0x3fd5555555555555ull, 0, 0, B(0x3eaaaaaa), NX },
    { RVFP_CVT_FMT, FS, RMM, 0x3fd5555555555555ull, 0, 0, B(0x3eaaaaab), NX },
    { RVFP_CVT_FMT, FS, RNE, 0x3ff0000010000000ull, 0, 0, S_1, NX },                    /* 1+2^-24: tie */
    { RVFP_CVT_FMT, FS, RMM, 0x3ff0000010000000ull, 0, 0, B(0x3f800001), NX },
    { RVFP_CVT_FMT, FS, RMM, 0xbff0000010000000ull, 0, 0, B(0xbf800001), NX },
    { RVFP_CVT_FMT, FS, RNE, D_MAX, 0, 0, S_INF, OF | NX },
    { RVFP_CVT_FMT, FS, RTZ, D_MAX, 0, 0, S_MAX, OF | NX },
    { RVFP_CVT_FMT, FS, RMM, D_MAX, 0, 0, S_INF, OF | NX },
    { RVFP_CVT_FMT, FS, RDN, 0xffefffffffffffffull, 0, 0, S_NINF, OF | NX },
    { RVFP_CVT_FMT, FS, RNE, 0x3690000000000000ull, 0, 0, S_PZ, UF | NX },               /* 2^-150: tie with 0 */
    { RVFP_CVT_FMT, FS, RMM, 0x3690000000000000ull, 0, 0, S_MINS, UF | NX },
    { RVFP_CVT_FMT, FS, RNE, 0x36a0000000000000ull, 0, 0, S_MINS, 0 },                  /* 2^-149 exact */
    { RVFP_CVT_FMT, FS, RNE, D_INF, 0, 0, S_INF, 0 },
    { RVFP_CVT_FMT, FS, RNE, D_NZ, 0, 0, S_NZ, 0 },
    { RVFP_CVT_FMT, FS, RNE, D_SNAN, 0, 0, S_QNAN, NV },
    { RVFP_CVT_FMT, FS, RNE, 0x7ff8000012345678ull, 0, 0, S_QNAN, 0 },
    /* single -> double: exact */
    { RVFP_CVT_FMT, FD, RNE, S_1, 0, 0, D_1, 0 },
    { RVFP_CVT_FMT, FD, RNE, S_MINS, 0, 0, 0x36a0000000000000ull, 0 },
    { RVFP_CVT_FMT, FD, RNE, S_NINF, 0, 0, D_NINF, 0 },
    { RVFP_CVT_FMT, FD, RNE, S_SNAN, 0, 0, D_QNAN, NV },
    { RVFP_CVT_FMT, FD, RNE, B(0xffc00001), 0, 0, D_QNAN, 0 },
    { RVFP_CVT_FMT, FD, RNE, 0x000000003f800000ull, 0, 0, D_QNAN, 0 },                 /* unboxed */
};

Test(riscv64_fpu, add_sub) { RUN(add_cases); }
Test(riscv64_fpu, mul_div_sqrt) { RUN(muldiv_cases); }
Test(riscv64_fpu, fused) { RUN(fma_cases); }
Test(riscv64_fpu, min_max) { RUN(minmax_cases); }
Test(riscv64_fpu, compare) { RUN(cmp_cases); }
Test(riscv64_fpu, classify) { RUN(class_cases); }
Test(riscv64_fpu, to_int) { RUN(to_int_cases); }
Test(riscv64_fpu, from_int) { RUN(from_int_cases); }
Test(riscv64_fpu, cvt_fmt) { RUN(cvt_fmt_cases); }

/* The IR helper: dynamic rm comes from frm, flags accrue, static rm wins. */
Test(riscv64_fpu, helper_rm_and_flags)
{
    RISCVCPU cpu = { 0 };
    uint64_t r;

    cpu.frm = RV_RM_RUP;
    r = riscv_fp_helper(&cpu, D_1, 0x3ca0000000000000ull, 0, RVFP_CTL(RVFP_ADD, FD, RV_RM_DYN));
    cr_expect_eq(r, 0x3ff0000000000001ull);
    cr_expect_eq(cpu.fflags, NX);
    r = riscv_fp_helper(&cpu, D_1, 0x3ca0000000000000ull, 0, RVFP_CTL(RVFP_ADD, FD, RV_RM_RTZ));
    cr_expect_eq(r, D_1);
    r = riscv_fp_helper(&cpu, D_1, D_PZ, 0, RVFP_CTL(RVFP_DIV, FD, RV_RM_DYN));
    cr_expect_eq(r, D_INF);
    cr_expect_eq(cpu.fflags, NX | DZ, "flags accrue: %#" PRIx64, cpu.fflags);
    cpu.frm = RV_RM_RMM;
    r = riscv_fp_helper(&cpu, 0x4004000000000000ull, 0, 0, RVFP_CTL(RVFP_CVT_W, FD, RV_RM_DYN));
    cr_expect_eq(r, 3);
    r = riscv_fp_helper(&cpu, S_1, 0, 0, RVFP_CTL(RVFP_CLASS, FS, RV_RM_DYN));
    cr_expect_eq(r, 1 << 6);
}

/* After any operation the host is back in round-to-nearest. */
Test(riscv64_fpu, host_mode_restored)
{
    uint32_t fl = 0;
    rvfp_exec(RVFP_DIV, FD, RUP, D_1, D_3, 0, &fl);
    rvfp_exec(RVFP_MADD, FS, RMM, S_1, S_3, S_1, &fl);
    rvfp_exec(RVFP_CVT_FROM_L, FD, RDN, 0x20000000000001ull, 0, 0, &fl);
    volatile double x = 1.0, y = 3.0;
    double q = x / y;
    uint64_t bits;
    memcpy(&bits, &q, 8);
    cr_expect_eq(bits, 0x3fd5555555555555ull);
}

/* ---- translation: decoding, disassembly and execution through the interpreter ---- */

/* The riscv64 frontend entry points (translate.c, riscv64.c). */
extern const GuestArch guest_riscv64;
extern const IRGlobal riscv_globals[RV_NUM_GLOBALS];
bool riscv_decode_insn(DisasContext *ctx);
unsigned riscv_disas_word(uint64_t pc, uint32_t insn, char *buf, size_t len);

/* Encodings and text from riscv64-linux-gnu-objdump -d -M no-aliases. */
static const struct { uint32_t insn; const char *text; } fp_objdump[] = {
    { 0x00852507, "flw\tfa0,8(a0)" },
    { 0xff013487, "fld\tfs1,-16(sp)" },
    { 0x7e32afa7, "fsw\tft3,2047(t0)" },
    { 0x811db027, "fsd\tfa7,-2048(s11)" },
    { 0x68c5f543, "fmadd.s\tfa0,fa1,fa2,fa3" },
    { 0x1a209047, "fmsub.d\tft0,ft1,ft2,ft3,rtz" },
    { 0x9924844b, "fnmsub.s\tfs0,fs1,fs2,fs3,rne" },
    { 0xfbeece4f, "fnmadd.d\tft8,ft9,ft10,ft11,rmm" },
    { 0x00c5f553, "fadd.s\tfa0,fa1,fa2" },
    { 0x02c5b553, "fadd.d\tfa0,fa1,fa2,rup" },
    { 0x0bfdfd53, "fsub.d\tfs10,fs11,ft11" },
    { 0x1062a253, "fmul.s\tft4,ft5,ft6,rdn" },
    { 0x1ad777d3, "fdiv.d\tfa5,fa4,fa3" },
    { 0x5805f553, "fsqrt.s\tfa0,fa1" },
    { 0x5a0b13d3, "fsqrt.d\tft7,fs6,rtz" },
    { 0x20c58553, "fsgnj.s\tfa0,fa1,fa2" },
    { 0x22b59553, "fsgnjn.d\tfa0,fa1,fa1" },
    { 0x20c5a553, "fsgnjx.s\tfa0,fa1,fa2" },
    { 0x22e706d3, "fsgnj.d\tfa3,fa4,fa4" },
    { 0x28c58553, "fmin.s\tfa0,fa1,fa2" },
    { 0x2a209053, "fmax.d\tft0,ft1,ft2" },
    { 0xa0b52553, "feq.s\ta0,fa0,fa1" },
    { 0xa21012d3, "flt.d\tt0,ft0,ft1" },
    { 0xa1fd8dd3, "fle.s\ts11,fs11,ft11" },
    { 0xc0051553, "fcvt.w.s\ta0,fa0,rtz" },
    { 0xc0157553, "fcvt.wu.s\ta0,fa0" },
    { 0xc225f5d3, "fcvt.l.d\ta1,fa1" },
    { 0xc2364653, "fcvt.lu.d\ta2,fa2,rmm" },
    { 0xd0057553, "fcvt.s.w\tfa0,a0" },
    { 0xd0351553, "fcvt.s.lu\tfa0,a0,rtz" },
    { 0xd2050553, "fcvt.d.w\tfa0,a0" },
    { 0xd2100553, "fcvt.d.wu\tfa0,zero" },
    { 0xd2252553, "fcvt.d.l\tfa0,a0,rdn" },
    { 0xd23ff553, "fcvt.d.lu\tfa0,t6" },
    { 0x4015f553, "fcvt.s.d\tfa0,fa1" },
    { 0x40159553, "fcvt.s.d\tfa0,fa1,rtz" },
    { 0x42058553, "fcvt.d.s\tfa0,fa1" },
    { 0xe0050553, "fmv.x.w\ta0,fa0" },
    { 0xe20f80d3, "fmv.x.d\tra,ft11" },
    { 0xf0050553, "fmv.w.x\tfa0,a0" },
    { 0xf2000053, "fmv.d.x\tft0,zero" },
    { 0xe0051553, "fclass.s\ta0,fa0" },
    { 0xe2091e53, "fclass.d\tt3,fs2" },
    { 0x2588, "c.fld\tfa0,8(a1)" },
    { 0xbfe4, "c.fsd\tfs1,248(a5)" },
    { 0x307e, "c.fldsp\tft0,504(sp)" },
    { 0xa046, "c.fsdsp\tfa7,0(sp)" },
    { 0x2da2, "c.fldsp\tfs11,8(sp)" },
};

#define MEMSIZE 0x10000
static RISCVCPU *cpu;
static uint8_t *mem;
static IRBlock blk;

static void exec_setup(void)
{
    riscv_frm_dynamic = true;       /* frm is set directly here, not through a CSR write */
    guest_riscv64.init();
    code_cache_init(1 << 20);
    cpu = calloc(1, sizeof(RISCVCPU) + IR_MAX_TEMPS * 8);
    cpu->common.jmp_cache = calloc(TB_JMP_CACHE_SIZE, sizeof(TB *));
    mem = calloc(1, MEMSIZE);
    cpu->common.guest_base = mem;
    cpu->common.guest_limit = MEMSIZE;
    ir_block_init(&blk, riscv_globals, RV_NUM_GLOBALS, sizeof(RISCVCPU));
}

static void exec_teardown(void)
{
    ir_block_free(&blk);
    free(cpu->common.jmp_cache);
    free(cpu);
    free(mem);
}

TestSuite(riscv64_fp_insn, .init = exec_setup, .fini = exec_teardown);

/* Translate one instruction at pc (ending the block after it); false if illegal. */
static bool translate_one(uint32_t insn, uint64_t pc, DisasContext *ctx)
{
    ir_block_reset(&blk, pc);
    memset(ctx, 0, sizeof(*ctx));
    ctx->cpu = &cpu->common;
    ctx->b = &blk;
    ctx->pc = pc;
    ctx->insn = insn;
    ctx->pc_next = pc + ((insn & 3) == 3 ? 4 : 2);
    if (!riscv_decode_insn(ctx))
        return false;
    if (!ctx->done) {
        ir_movi(&blk, RV_G_PC, ctx->pc_next);
        ir_exit_tb(&blk, IR_EXIT_NEXT);
    }
    return true;
}

/* Translate and run one instruction; returns the block's exit code. */
static IRExit run_insn(uint32_t insn)
{
    DisasContext ctx;
    cr_assert(translate_one(insn, 0x1000, &ctx), "insn %08x rejected", insn);
    TB *tb = calloc(1, sizeof(TB));
    tb->pc = 0x1000;
    cr_assert(backend_interp.gen_code(tb, &blk));
    return backend_interp.exec(&cpu->common, tb);
}

#define FREG(name) (cpu->f[name])
enum { FT0 = 0, FT1, FT2, FT3, FS0 = 8, FS1, FA0, FA1, FA2, FA3, FA4, FA7 = 17, FT11 = 31 };
enum { XSP = 2, XA0 = 10, XA1, XA2, XA5 = 15 };

Test(riscv64_fp_insn, disas_matches_objdump)
{
    for (size_t i = 0; i < sizeof(fp_objdump) / sizeof(fp_objdump[0]); i++) {
        char buf[96] = "";
        unsigned len = riscv_disas_word(0x1000, fp_objdump[i].insn, buf, sizeof(buf));
        cr_expect_eq(len, (fp_objdump[i].insn & 3) == 3 ? 4u : 2u, "%08x", fp_objdump[i].insn);
        cr_expect_str_eq(buf, fp_objdump[i].text, "%08x", fp_objdump[i].insn);
    }
}

/* Reserved rounding modes print as .insn (as objdump shows them as .word). */
Test(riscv64_fp_insn, disas_rounding_modes)
{
    char buf[96];
    riscv_disas_word(0, 0x02c5d553, buf, sizeof(buf));   /* fadd.d rm=5 */
    cr_expect_str_eq(buf, ".insn\t0x02c5d553");
    riscv_disas_word(0, 0x6cc5e543, buf, sizeof(buf));   /* fmadd with rm=6 and fmt H */
    cr_expect_str_eq(buf, ".insn\t0x6cc5e543");
    riscv_disas_word(0, 0x68c5e543, buf, sizeof(buf));   /* fmadd.s rm=6 */
    cr_expect_str_eq(buf, ".insn\t0x68c5e543");
    riscv_disas_word(0, 0xd2057553, buf, sizeof(buf));   /* fcvt.d.w rm=dyn */
    cr_expect_str_eq(buf, "fcvt.d.w\tfa0,a0,dyn");
    riscv_disas_word(0, 0x42059553, buf, sizeof(buf));   /* fcvt.d.s rm=rtz */
    cr_expect_str_eq(buf, "fcvt.d.s\tfa0,fa1,rtz");
    riscv_disas_word(0, 0x02c5c553, buf, sizeof(buf));   /* fadd.d rm=rmm */
    cr_expect_str_eq(buf, "fadd.d\tfa0,fa1,fa2,rmm");
}

Test(riscv64_fp_insn, all_listed_encodings_decode)
{
    DisasContext ctx;
    for (size_t i = 0; i < sizeof(fp_objdump) / sizeof(fp_objdump[0]); i++)
        cr_expect(translate_one(fp_objdump[i].insn, 0x1000, &ctx), "%08x", fp_objdump[i].insn);
}

Test(riscv64_fp_insn, reserved_encodings_rejected)
{
    DisasContext ctx;
    cr_expect(!translate_one(0x02c5d553, 0x1000, &ctx), "fadd.d rm=5");
    cr_expect(!translate_one(0x02c5e553, 0x1000, &ctx), "fadd.d rm=6");
    cr_expect(!translate_one(0x6cc5f543, 0x1000, &ctx), "fmadd.h/q fmt");
    cr_expect(!translate_one(0x5815f553, 0x1000, &ctx), "fsqrt.s rs2 != 0");
    cr_expect(!translate_one(0xc0455553, 0x1000, &ctx), "fcvt.?.s rs2=4 with rm 5");
    cr_expect(!translate_one(0xc0457553, 0x1000, &ctx), "fcvt rs2=4");
    cr_expect(!translate_one(0x20c5b553, 0x1000, &ctx), "fsgnj funct3=3");
    cr_expect(!translate_one(0xa0b53553, 0x1000, &ctx), "feq funct3=3");
    cr_expect(!translate_one(0xe0052553, 0x1000, &ctx), "fmv.x.w funct3=2");
    cr_expect(!translate_one(0x04c5f553, 0x1000, &ctx), "fadd.h");
    cr_expect(!translate_one(0xd2055553, 0x1000, &ctx), "fcvt.d.w rm=5");
}

Test(riscv64_fp_insn, fadd_dynamic_rm_and_flags)
{
    FREG(FA1) = D_1;
    FREG(FA2) = 0x3ca0000000000000ull;
    cpu->frm = RV_RM_RUP;
    cr_expect_eq(run_insn(0x02c5f553), IR_EXIT_NEXT);   /* fadd.d fa0,fa1,fa2 (dyn) */
    cr_expect_eq(FREG(FA0), 0x3ff0000000000001ull);
    cr_expect_eq(cpu->fflags, NX);
    cr_expect_eq(cpu->common.pc, 0x1004);
    cpu->frm = RV_RM_RNE;
    run_insn(0x02c5f553);
    cr_expect_eq(FREG(FA0), D_1);
    run_insn(0x02c5b553);                                /* fadd.d ...,rup (static wins) */
    cr_expect_eq(FREG(FA0), 0x3ff0000000000001ull);
    cr_expect_eq(cpu->fflags, NX);
}

Test(riscv64_fp_insn, invalid_frm_is_illegal)
{
    FREG(FA0) = 0x1234;
    FREG(FA1) = D_1;
    FREG(FA2) = D_1;
    for (uint64_t frm = 5; frm <= 7; frm++) {
        cpu->frm = frm;
        cpu->common.exc_insn = 0;
        cr_expect_eq(run_insn(0x02c5f553), IR_EXIT_ILLEGAL, "frm %" PRIu64, frm);
        cr_expect_eq(cpu->common.exc_insn, 0x02c5f553u);
        cr_expect_eq(cpu->common.pc, 0x1000);
        cr_expect_eq(FREG(FA0), 0x1234, "no write-back");
        cr_expect_eq(cpu->fflags, 0);
    }
    cpu->frm = 5;
    cr_expect_eq(run_insn(0x02c5b553), IR_EXIT_NEXT, "static rm ignores frm");
    cr_expect_eq(run_insn(0xe0050553), IR_EXIT_NEXT, "fmv.x.w has no rm");
    cr_expect_eq(run_insn(0xc0051553), IR_EXIT_NEXT, "fcvt.w.s,rtz");
    cr_expect_eq(run_insn(0xd2050553), IR_EXIT_NEXT, "fcvt.d.w rm=rne");
    cr_expect_eq(run_insn(0xd2057553), IR_EXIT_ILLEGAL, "fcvt.d.w rm=dyn");
}

Test(riscv64_fp_insn, loads_and_stores_box)
{
    cpu->x[XA0] = 0x100;
    cpu->x[XSP] = 0x800;
    memcpy(mem + 0x108, "\x00\x00\x80\x3f\x11\x22\x33\x44", 8);
    run_insn(0x00852507);                                /* flw fa0,8(a0) */
    cr_expect_eq(FREG(FA0), S_1);
    FREG(FT3) = 0x1122334455667788ull;
    cpu->x[5] = 0x200;
    run_insn(0x7e32afa7);                                /* fsw ft3,2047(t0) */
    uint64_t w = 0;
    memcpy(&w, mem + 0x200 + 2047, 8);
    cr_expect_eq(w, 0x55667788ull, "fsw stores the low 32 bits only");
    cpu->x[XA1] = 0x100;
    run_insn(0x2588);                                    /* c.fld fa0,8(a1) */
    cr_expect_eq(FREG(FA0), 0x443322113f800000ull);
    FREG(FS1) = 0xdeadbeefcafef00dull;
    cpu->x[XA5] = 0x300;
    run_insn(0xbfe4);                                    /* c.fsd fs1,248(a5) */
    memcpy(&w, mem + 0x300 + 248, 8);
    cr_expect_eq(w, 0xdeadbeefcafef00dull);
    FREG(FA7) = 0x0123456789abcdefull;
    run_insn(0xa046);                                    /* c.fsdsp fa7,0(sp) */
    memcpy(&w, mem + 0x800, 8);
    cr_expect_eq(w, 0x0123456789abcdefull);
    memcpy(mem + 0x800 + 504, &(uint64_t){ D_3 }, 8);
    run_insn(0x307e);                                    /* c.fldsp ft0,504(sp) */
    cr_expect_eq(FREG(FT0), D_3);
}

Test(riscv64_fp_insn, moves)
{
    FREG(FA0) = 0x12345678cafef00dull;                    /* not boxed: fmv.x.w ignores that */
    run_insn(0xe0050553);                                /* fmv.x.w a0,fa0 */
    cr_expect_eq(cpu->x[XA0], 0xffffffffcafef00dull);
    cpu->x[XA0] = 0xaaaaaaaa3f800000ull;
    run_insn(0xf0050553);                                /* fmv.w.x fa0,a0 */
    cr_expect_eq(FREG(FA0), S_1);
    FREG(FT11) = D_M1;
    run_insn(0xe20f80d3);                                /* fmv.x.d ra,ft11 */
    cr_expect_eq(cpu->x[1], D_M1);
    FREG(FT0) = D_M1;
    run_insn(0xf2000053);                                /* fmv.d.x ft0,zero */
    cr_expect_eq(FREG(FT0), 0);
}

Test(riscv64_fp_insn, sign_injection)
{
    FREG(FA1) = S_1;
    FREG(FA2) = S_M1;
    run_insn(0x20c58553);                                /* fsgnj.s fa0,fa1,fa2 */
    cr_expect_eq(FREG(FA0), S_M1);
    run_insn(0x20c5a553);                                /* fsgnjx.s */
    cr_expect_eq(FREG(FA0), S_M1);
    FREG(FA1) = 0x000000003f800000ull;                    /* unboxed: canonical NaN */
    run_insn(0x20c58553);
    cr_expect_eq(FREG(FA0), B(0xffc00000));
    FREG(FA1) = S_SNAN;                                  /* no canonicalisation, no flags */
    FREG(FA2) = S_1;
    run_insn(0x20c58553);
    cr_expect_eq(FREG(FA0), S_SNAN);
    FREG(FA1) = D_3;
    run_insn(0x22b59553);                                /* fsgnjn.d fa0,fa1,fa1 (fneg) */
    cr_expect_eq(FREG(FA0), 0xc008000000000000ull);
    FREG(FA4) = 0xfff0000000000001ull;
    run_insn(0x22e706d3);                                /* fsgnj.d fa3,fa4,fa4 (fmv) */
    cr_expect_eq(FREG(FA3), 0xfff0000000000001ull);
    FREG(FA1) = 0xc008000000000000ull;
    FREG(FA2) = 0xc000000000000000ull;
    run_insn(0x22c5a553);                                /* fsgnjx.d fa0,fa1,fa2 */
    cr_expect_eq(FREG(FA0), D_3);
    cr_expect_eq(cpu->fflags, 0);
}

Test(riscv64_fp_insn, compare_convert_class)
{
    FREG(FA0) = S_QNAN;
    FREG(FA1) = S_1;
    cpu->x[XA0] = 7;
    run_insn(0xa0b52553);                                /* feq.s a0,fa0,fa1 */
    cr_expect_eq(cpu->x[XA0], 0);
    cr_expect_eq(cpu->fflags, 0);
    FREG(FT0) = D_1;
    FREG(FT1) = D_2;
    run_insn(0xa21012d3);                                /* flt.d t0,ft0,ft1 */
    cr_expect_eq(cpu->x[5], 1);
    FREG(FA0) = B(0xc0200000);                            /* -2.5f */
    run_insn(0xc0051553);                                /* fcvt.w.s a0,fa0,rtz */
    cr_expect_eq(cpu->x[XA0], (uint64_t)-2);
    cr_expect_eq(cpu->fflags, NX);
    FREG(FA2) = 0x4004000000000000ull;                    /* 2.5 */
    run_insn(0xc2364653);                                /* fcvt.lu.d a2,fa2,rmm */
    cr_expect_eq(cpu->x[XA2], 3);
    cpu->x[XA0] = 0xffffffff;
    run_insn(0xd2050553);                                /* fcvt.d.w fa0,a0 */
    cr_expect_eq(FREG(FA0), D_M1);
    cpu->x[XA0] = 0x1000001;
    cpu->frm = RV_RM_RMM;
    run_insn(0xd0057553);                                /* fcvt.s.w fa0,a0 (dyn) */
    cr_expect_eq(FREG(FA0), B(0x4b800001));
    FREG(FA0) = S_NINF;
    run_insn(0xe0051553);                                /* fclass.s a0,fa0 */
    cr_expect_eq(cpu->x[XA0], 1);
    FREG(FA1) = D_SNAN;
    riscv_fflags_write(cpu, 0);      /* the API: the host sticky bits go too */
    run_insn(0x4015f553);                                /* fcvt.s.d fa0,fa1 */
    cr_expect_eq(FREG(FA0), S_QNAN);
    cr_expect_eq(cpu->fflags, NV);
}

Test(riscv64_fp_insn, fused_ops)
{
    FREG(FA1) = S_2;
    FREG(FA2) = S_3;
    FREG(FA3) = S_1;
    cpu->frm = RV_RM_RNE;
    run_insn(0x68c5f543);                                /* fmadd.s fa0,fa1,fa2,fa3 */
    cr_expect_eq(FREG(FA0), B(0x40e00000));
    FREG(FT1) = D_2;
    FREG(FT2) = D_3;
    FREG(FT3) = D_1;
    run_insn(0x1a209047);                                /* fmsub.d ft0,ft1,ft2,ft3,rtz */
    cr_expect_eq(FREG(FT0), 0x4014000000000000ull);
}
