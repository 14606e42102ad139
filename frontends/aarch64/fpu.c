/*
 * aarch64 floating point: the FPSR accrued-flag plumbing and the exact FP
 * model of the Arm ARM pseudocode (see fpu.h for the API).
 *
 * The model is integer arithmetic on unpacked values (sign, exponent,
 * integer significand): every operation computes its exact result, or one
 * with the bits beyond the rounding point "jammed" into a sticky bit 0 with
 * many guard bits above it, and fp_round implements FPRound verbatim:
 * tininess is detected BEFORE rounding (UFC when the unrounded exponent is
 * below the minimum and the result is inexact), FZ/FZ16 flush outputs whose
 * unrounded exponent is below the minimum to zero with UFC only, and
 * FPUnpack flushes denormal inputs under FZ (IDC) or FZ16 (no IDC).
 *
 * A fast path runs single and double add/sub/mul/div/sqrt on the host FPU
 * when FPCR.RMode is round-to-nearest and the operands are zero or normal
 * and far enough from the limits that the result can be neither a NaN nor
 * tiny nor overflow: then IEEE fixes the result and the only possible
 * flags (inexact, divide-by-zero) mean the same on both; they accrue in the
 * host status like the IR's fpu64 op and a64_fpsr_read folds them in.
 */
#include <string.h>

#include "fpu.h"
#include "internal.h"
#include "translator/hostfp.h"

/* host FPX_* flags to FPSR cumulative bits */
static uint64_t fpx_to_fpsr(uint32_t x)
{
    return (x & FPX_INVALID ? A64_FPSR_IOC : 0) | (x & FPX_DIVZERO ? A64_FPSR_DZC : 0) |
           (x & FPX_OVERFLOW ? A64_FPSR_OFC : 0) | (x & FPX_UNDERFLOW ? A64_FPSR_UFC : 0) |
           (x & FPX_INEXACT ? A64_FPSR_IXC : 0);
}

uint64_t a64_fpsr_read(A64CPU *cpu)
{
    cpu->fpsr |= fpx_to_fpsr(hostfp_take());
    return cpu->fpsr;
}

/* Writable bits: the cumulative flags and QC (NZCV bits of AArch32 read as 0). */
void a64_fpsr_write(A64CPU *cpu, uint64_t v)
{
    hostfp_take();
    cpu->fpsr = v & (A64_FPSR_IOC | A64_FPSR_DZC | A64_FPSR_OFC | A64_FPSR_UFC |
                     A64_FPSR_IXC | A64_FPSR_IDC | A64_FPSR_QC);
}

/* ---- formats and unpacking --------------------------------------------------------- */

typedef unsigned __int128 u128;

typedef struct Fmt {
    unsigned E, F;       /* exponent and fraction widths */
    int bias, minexp;    /* minexp: exponent of the smallest normal */
} Fmt;

static const Fmt fmt16 = { 5, 10, 15, -14 }, fmt32 = { 8, 23, 127, -126 },
                 fmt64 = { 11, 52, 1023, -1022 };

static inline const Fmt *fmt_of(unsigned es)
{
    return es == 16 ? &fmt16 : es == 32 ? &fmt32 : &fmt64;
}

static inline uint64_t es_mask(unsigned es) { return es == 64 ? ~0ull : (1ull << es) - 1; }
static inline uint64_t sign_of(unsigned es, bool s) { return s ? 1ull << (es - 1) : 0; }
static inline uint64_t exp_ones(unsigned es)
{
    const Fmt *f = fmt_of(es);
    return ((1ull << f->E) - 1) << f->F;
}
static inline uint64_t quiet_bit(unsigned es) { return 1ull << (fmt_of(es)->F - 1); }
static inline uint64_t fp_zero(unsigned es, bool s) { return sign_of(es, s); }
static inline uint64_t fp_inf(unsigned es, bool s) { return sign_of(es, s) | exp_ones(es); }

uint64_t a64_fp_default_nan(unsigned es) { return exp_ones(es) | quiet_bit(es); }

typedef enum { T_ZERO, T_DENORM, T_NORMAL, T_INF, T_QNAN, T_SNAN } FPType;

/* An unpacked operand: for finite nonzero values, value = (-1)^sign * mant * 2^exp. */
typedef struct FPU {
    FPType t;
    bool sign;
    int exp;
    uint64_t mant;
    uint64_t bits;       /* the operand, masked to esize */
} FPU;

static inline bool is_nan(const FPU *u) { return u->t == T_QNAN || u->t == T_SNAN; }

/* FPUnpackBase; cv (FPUnpackCV) ignores FZ16. */
static FPU unpack_base(unsigned es, uint64_t x, uint64_t fpcr, uint32_t *fl, bool cv)
{
    const Fmt *f = fmt_of(es);
    FPU u = { 0 };
    x &= es_mask(es);
    u.bits = x;
    u.sign = x >> (es - 1);
    uint64_t ef = (x >> f->F) & ((1u << f->E) - 1), frac = x & ((1ull << f->F) - 1);
    bool ahp_normal = es == 16 && (fpcr & A64_FPCR_AHP);
    if (ef == 0) {
        if (frac == 0) {
            u.t = T_ZERO;
        } else if (es == 16 ? (fpcr & A64_FPCR_FZ16) && !cv : (fpcr & A64_FPCR_FZ)) {
            u.t = T_ZERO;
            if (es != 16)
                *fl |= A64_FPSR_IDC;
        } else {
            u.t = T_DENORM;
            u.mant = frac;
            u.exp = f->minexp - (int)f->F;
        }
    } else if (ef == (1u << f->E) - 1 && !ahp_normal) {
        if (frac == 0)
            u.t = T_INF;
        else
            u.t = frac & quiet_bit(es) ? T_QNAN : T_SNAN;
    } else {
        u.t = T_NORMAL;
        u.mant = frac | 1ull << f->F;
        u.exp = (int)ef - f->bias - (int)f->F;
    }
    return u;
}

static inline FPU unpack(unsigned es, uint64_t x, uint64_t fpcr, uint32_t *fl)
{
    return unpack_base(es, x, fpcr, fl, false);
}

/* FPProcessNaN */
static uint64_t process_nan(unsigned es, const FPU *u, uint64_t fpcr, uint32_t *fl)
{
    uint64_t r = u->bits;
    if (u->t == T_SNAN) {
        r |= quiet_bit(es);
        *fl |= A64_FPSR_IOC;
    }
    return fpcr & A64_FPCR_DN ? a64_fp_default_nan(es) : r;
}

/* FPProcessNaNs / FPProcessNaNs3: SNaNs first, then QNaNs, each in operand order. */
static bool process_nans(unsigned es, const FPU *const *ops, int n, uint64_t fpcr, uint32_t *fl,
                         uint64_t *res)
{
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < n; i++)
            if (ops[i]->t == (pass ? T_QNAN : T_SNAN)) {
                *res = process_nan(es, ops[i], fpcr, fl);
                return true;
            }
    return false;
}

/* ---- FPRound ------------------------------------------------------------------------ */

static inline int msb128(u128 m)
{
    uint64_t hi = (uint64_t)(m >> 64);
    return hi ? 127 - __builtin_clzll(hi) : 63 - __builtin_clzll((uint64_t)m);
}

/*
 * m >> sh as an integer part and how the dropped bits compare with one half
 * unit: *cmp < 0, == 0, > 0; *inexact when any were dropped.
 */
static u128 split_int(u128 m, int sh, int *cmp, bool *inexact)
{
    if (sh <= 0) {
        *cmp = -1;
        *inexact = false;
        return m << -sh;
    }
    u128 ip, rem, half;
    if (sh > 128) {
        *cmp = -1;
        *inexact = m != 0;
        return 0;
    }
    if (sh == 128) {
        ip = 0;
        rem = m;
    } else {
        ip = m >> sh;
        rem = m & (((u128)1 << sh) - 1);
    }
    half = (u128)1 << (sh - 1);
    *cmp = rem > half ? 1 : rem == half ? 0 : -1;
    *inexact = rem != 0;
    return ip;
}

/* Whether a magnitude with integer part ip and remainder (cmp, inexact) rounds up. */
static bool round_up(int rm, bool sign, u128 ip, int cmp, bool inexact)
{
    switch (rm) {
    case A64_RM_TIEEVEN: return cmp > 0 || (cmp == 0 && (ip & 1));
    case A64_RM_POSINF:  return inexact && !sign;
    case A64_RM_NEGINF:  return inexact && sign;
    case A64_RM_TIEAWAY: return cmp >= 0 && inexact;
    default:             return false;   /* ZERO, ODD */
    }
}

/*
 * FPRoundBase of the nonzero value (-1)^sign * m * 2^exp (m may carry a
 * sticky bit 0 when it has at least F + 3 significant bits).  cv: FPRoundCV
 * (FZ16 ignored).
 */
static uint64_t fp_round(unsigned es, bool sign, int exp, u128 m, int rm, uint64_t fpcr,
                         uint32_t *fl, bool cv)
{
    const Fmt *f = fmt_of(es);
    int exponent = exp + msb128(m);
    bool fz = es == 16 ? (fpcr & A64_FPCR_FZ16) && !cv : (fpcr & A64_FPCR_FZ) != 0;
    if (fz && exponent < f->minexp) {
        *fl |= A64_FPSR_UFC;
        return fp_zero(es, sign);
    }
    int biased = exponent - f->minexp + 1;
    if (biased < 0)
        biased = 0;
    int unit = (biased ? exponent : f->minexp) - (int)f->F;   /* weight of int_mant's bit 0 */
    int cmp;
    bool inexact;
    uint64_t im = (uint64_t)split_int(m, unit - exp, &cmp, &inexact);
    if (biased == 0 && inexact)
        *fl |= A64_FPSR_UFC;
    bool ovf_inf = rm == A64_RM_TIEEVEN || rm == A64_RM_TIEAWAY ||
                   (rm == A64_RM_POSINF && !sign) || (rm == A64_RM_NEGINF && sign);
    if (round_up(rm, sign, im, cmp, inexact)) {
        im++;
        if (im == 1ull << f->F)
            biased = 1;
        if (im == 1ull << (f->F + 1)) {
            biased++;
            im >>= 1;
        }
    }
    if (inexact && rm == A64_RM_ODD)
        im |= 1;
    uint64_t r;
    if (es != 16 || !(fpcr & A64_FPCR_AHP)) {
        if (biased >= (1 << f->E) - 1) {
            r = ovf_inf ? fp_inf(es, sign) : sign_of(es, sign) | (exp_ones(es) - 1);
            *fl |= A64_FPSR_OFC;
            inexact = true;
        } else {
            r = sign_of(es, sign) | (uint64_t)biased << f->F | (im & ((1ull << f->F) - 1));
        }
    } else {
        if (biased >= 1 << f->E) {
            r = sign_of(es, sign) | 0x7fff;
            *fl |= A64_FPSR_IOC;
            inexact = false;
        } else {
            r = sign_of(es, sign) | (uint64_t)biased << f->F | (im & ((1ull << f->F) - 1));
        }
    }
    if (inexact)
        *fl |= A64_FPSR_IXC;
    return r;
}

static inline int rmode_of(int rm, uint64_t fpcr)
{
    return rm == A64_RM_FPCR ? (int)((fpcr >> A64_FPCR_RMODE_SHIFT) & 3) : rm;
}

/* ---- exact arithmetic on reals ---------------------------------------------------- */

/* (-1)^sign * m * 2^exp; m == 0 is zero. */
typedef struct Real {
    bool sign;
    int exp;
    u128 m;
} Real;

static inline Real real_of(const FPU *u) { return (Real){ u->sign, u->exp, u->mant }; }

static u128 shr_jam(u128 m, int sh)
{
    if (sh <= 0)
        return m;
    if (sh >= 128)
        return m != 0;
    return (m >> sh) | ((m & (((u128)1 << sh) - 1)) != 0);
}

/* Shift m left so that its top bit is bit 125 (room for a carry and a sign-free subtract). */
static Real real_norm(Real a)
{
    int sh = 125 - msb128(a.m);
    if (sh >= 0)
        a.m <<= sh;
    else
        a.m = shr_jam(a.m, -sh);
    a.exp -= sh;
    return a;
}

/* a + b; exact unless the smaller one is shifted below bit 0 (then jammed). */
static Real real_add(Real a, Real b)
{
    if (b.m == 0)
        return a;
    if (a.m == 0)
        return b;
    a = real_norm(a);
    b = real_norm(b);
    if (a.exp < b.exp) {
        Real t = a;
        a = b;
        b = t;
    }
    b.m = shr_jam(b.m, a.exp - b.exp);
    Real r = { a.sign, a.exp, 0 };
    if (a.sign == b.sign) {
        r.m = a.m + b.m;
    } else if (a.m >= b.m) {
        r.m = a.m - b.m;
    } else {
        r.m = b.m - a.m;
        r.sign = b.sign;
    }
    return r;
}

static inline Real real_mul(Real a, Real b)
{
    return (Real){ a.sign != b.sign, a.exp + b.exp, a.m * b.m };
}

/* a / b for nonzero significands below 2^64: 62+ quotient bits, remainder jammed. */
static Real real_div(Real a, Real b)
{
    uint64_t x = (uint64_t)a.m, y = (uint64_t)b.m;
    int sa = __builtin_clzll(x), sb = __builtin_clzll(y);
    x <<= sa;
    y <<= sb;
    u128 n = (u128)x << 63;
    u128 q = n / y;
    q |= (n % y) != 0;
    return (Real){ a.sign != b.sign, (a.exp - sa) - (b.exp - sb) - 63, q };
}

static uint64_t isqrt128(u128 n, bool *exact)
{
    u128 rem = 0, root = 0;
    for (int i = 0; i < 64; i++) {
        root <<= 1;
        rem = (rem << 2) | (n >> 126);
        n <<= 2;
        u128 t = (root << 1) | 1;
        if (rem >= t) {
            rem -= t;
            root |= 1;
        }
    }
    *exact = rem == 0;
    return (uint64_t)root;
}

/* sqrt of a positive value: 63 root bits, inexactness jammed. */
static Real real_sqrt(Real a)
{
    int k = 125 - msb128(a.m);
    if ((a.exp - k) & 1)
        k++;
    bool exact;
    uint64_t r = isqrt128(a.m << k, &exact);
    return (Real){ false, (a.exp - k) / 2, (u128)(r | !exact) };
}

/* FPRound of a real, with the exact-zero sign rule of FPAdd/FPMulAdd. */
static uint64_t round_sum(unsigned es, Real r, int rm, uint64_t fpcr, uint32_t *fl)
{
    if (r.m == 0)
        return fp_zero(es, rm == A64_RM_NEGINF);
    return fp_round(es, r.sign, r.exp, r.m, rm, fpcr, fl, false);
}

/* ---- host fast path ------------------------------------------------------------------ */

static inline double d_of(uint64_t u) { double f; memcpy(&f, &u, 8); return f; }
static inline uint64_t bits_d(double f) { uint64_t u; memcpy(&u, &f, 8); return u; }
static inline float s_of(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
static inline uint32_t bits_s(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

bool a64_fp_host_fast = true;

/* x is zero or a normal number with unbiased exponent in [-lim, lim]. */
static inline bool fast_operand(unsigned es, uint64_t x, int lim)
{
    const Fmt *f = fmt_of(es);
    int ef = (int)((x >> f->F) & ((1u << f->E) - 1));
    if (ef == 0)
        return (x & ((1ull << f->F) - 1)) == 0;
    return ef - f->bias >= -lim && ef - f->bias <= lim;
}

static bool fast_binop(unsigned op, unsigned es, uint64_t a, uint64_t b, uint64_t fpcr,
                       uint64_t *r)
{
    if (!a64_fp_host_fast || (fpcr >> A64_FPCR_RMODE_SHIFT) & 3 || es == 16 || op > A64_FP_DIV)
        return false;
    int lim = es == 64 ? 500 : (op <= A64_FP_SUB ? 100 : 60);
    if (!fast_operand(es, a, lim) || !fast_operand(es, b, lim))
        return false;
    if (op == A64_FP_DIV && (b & (es_mask(es) >> 1)) == 0)
        return false;                       /* x/0: 0/0 is invalid */
    if (es == 64) {
        volatile double x = d_of(a), y = d_of(b), z;
        switch (op) {
        case A64_FP_ADD: z = x + y; break;
        case A64_FP_SUB: z = x - y; break;
        case A64_FP_MUL: z = x * y; break;
        default:         z = x / y; break;
        }
        *r = bits_d(z);
    } else {
        volatile float x = s_of((uint32_t)a), y = s_of((uint32_t)b), z;
        switch (op) {
        case A64_FP_ADD: z = x + y; break;
        case A64_FP_SUB: z = x - y; break;
        case A64_FP_MUL: z = x * y; break;
        default:         z = x / y; break;
        }
        *r = bits_s(z);
    }
    return true;
}

/* ---- arithmetic ------------------------------------------------------------------------ */

static uint64_t fp_addsub(unsigned es, const FPU *x, const FPU *y, bool sub, int rm,
                          uint64_t fpcr, uint32_t *fl)
{
    bool s1 = x->sign, s2 = y->sign != sub;
    bool inf1 = x->t == T_INF, inf2 = y->t == T_INF;
    if (inf1 && inf2 && s1 != s2) {
        *fl |= A64_FPSR_IOC;
        return a64_fp_default_nan(es);
    }
    if ((inf1 && !s1) || (inf2 && !s2))
        return fp_inf(es, false);
    if ((inf1 && s1) || (inf2 && s2))
        return fp_inf(es, true);
    if (x->t == T_ZERO && y->t == T_ZERO && s1 == s2)
        return fp_zero(es, s1);
    Real a = real_of(x), b = real_of(y);
    b.sign = s2;
    return round_sum(es, real_add(a, b), rm, fpcr, fl);
}

/* FPMul and FPMulX (mulx: inf*0 = 2.0). */
static uint64_t fp_mul(unsigned es, const FPU *x, const FPU *y, bool mulx, int rm,
                       uint64_t fpcr, uint32_t *fl)
{
    bool s = x->sign != y->sign;
    bool inf1 = x->t == T_INF, inf2 = y->t == T_INF, z1 = x->t == T_ZERO, z2 = y->t == T_ZERO;
    if ((inf1 && z2) || (z1 && inf2)) {
        if (mulx)        /* 2.0 with the product's sign */
            return sign_of(es, s) | (uint64_t)(fmt_of(es)->bias + 1) << fmt_of(es)->F;
        *fl |= A64_FPSR_IOC;
        return a64_fp_default_nan(es);
    }
    if (inf1 || inf2)
        return fp_inf(es, s);
    if (z1 || z2)
        return fp_zero(es, s);
    Real p = real_mul(real_of(x), real_of(y));
    return fp_round(es, p.sign, p.exp, p.m, rm, fpcr, fl, false);
}

static uint64_t fp_div(unsigned es, const FPU *x, const FPU *y, int rm, uint64_t fpcr,
                       uint32_t *fl)
{
    bool s = x->sign != y->sign;
    bool inf1 = x->t == T_INF, inf2 = y->t == T_INF, z1 = x->t == T_ZERO, z2 = y->t == T_ZERO;
    if ((inf1 && inf2) || (z1 && z2)) {
        *fl |= A64_FPSR_IOC;
        return a64_fp_default_nan(es);
    }
    if (inf1 || z2) {
        if (!inf1)
            *fl |= A64_FPSR_DZC;
        return fp_inf(es, s);
    }
    if (z1 || inf2)
        return fp_zero(es, s);
    Real q = real_div(real_of(x), real_of(y));
    return fp_round(es, q.sign, q.exp, q.m, rm, fpcr, fl, false);
}

/* Order key of a non-NaN operand (zeros, incl. flushed denormals, are 0). */
static int64_t fp_key(unsigned es, const FPU *u)
{
    if (u->t == T_ZERO)
        return 0;
    int64_t mag = (int64_t)(u->bits & (es_mask(es) >> 1));
    return u->sign ? -mag : mag;
}

/* FPMax / FPMin on non-NaN operands. */
static uint64_t fp_maxmin(unsigned es, const FPU *x, const FPU *y, bool max)
{
    int64_t k1 = fp_key(es, x), k2 = fp_key(es, y);
    const FPU *w = (max ? k1 > k2 : k1 < k2) ? x : y;
    if (w->t == T_ZERO)
        return fp_zero(es, max ? (x->sign && y->sign) : (x->sign || y->sign));
    return w->bits;      /* FPRound of an operand's own value: itself, no flags */
}

/* 2 - a*b (recps) or (3 - a*b)/2 (rsqrts), fused; op1 is already negated. */
static uint64_t fp_step(unsigned es, const FPU *x, const FPU *y, bool rsqrt, int rm,
                        uint64_t fpcr, uint32_t *fl)
{
    const Fmt *f = fmt_of(es);
    bool inf1 = x->t == T_INF, inf2 = y->t == T_INF, z1 = x->t == T_ZERO, z2 = y->t == T_ZERO;
    if ((inf1 && z2) || (z1 && inf2))
        return rsqrt ? (uint64_t)f->bias << f->F | 1ull << (f->F - 1)   /* 1.5 */
                     : (uint64_t)(f->bias + 1) << f->F;                  /* 2.0 */
    if (inf1 || inf2)
        return fp_inf(es, x->sign != y->sign);
    Real p = (z1 || z2) ? (Real){ false, 0, 0 } : real_mul(real_of(x), real_of(y));
    Real r = real_add((Real){ false, 0, rsqrt ? 3 : 2 }, p);
    if (rsqrt)
        r.exp--;
    return round_sum(es, r, rm, fpcr, fl);
}

static uint64_t binop(unsigned op, unsigned es, uint64_t a, uint64_t b, uint64_t fpcr,
                      uint32_t *fl)
{
    int rm = rmode_of(A64_RM_FPCR, fpcr);
    uint64_t sgn = sign_of(es, true), r;
    if (op == A64_FP_RECPS || op == A64_FP_RSQRTS)
        a ^= sgn;
    FPU x = unpack(es, a, fpcr, fl), y = unpack(es, b, fpcr, fl);
    if (op == A64_FP_MAXNM || op == A64_FP_MINNM) {
        /* a single quiet NaN loses: it becomes the infinity the other side beats */
        bool max = op == A64_FP_MAXNM;
        if (x.t == T_QNAN && y.t != T_QNAN)
            x = unpack(es, fp_inf(es, max), fpcr, fl);
        else if (x.t != T_QNAN && y.t == T_QNAN)
            y = unpack(es, fp_inf(es, max), fpcr, fl);
        op = max ? A64_FP_MAX : A64_FP_MIN;
    }
    const FPU *ops[2] = { &x, &y };
    if (process_nans(es, ops, 2, fpcr, fl, &r))
        return op == A64_FP_NMUL ? r ^ sgn : op == A64_FP_ABD ? r & ~sgn : r;
    switch (op) {
    case A64_FP_ADD:    return fp_addsub(es, &x, &y, false, rm, fpcr, fl);
    case A64_FP_SUB:    return fp_addsub(es, &x, &y, true, rm, fpcr, fl);
    case A64_FP_ABD:    return fp_addsub(es, &x, &y, true, rm, fpcr, fl) & ~sgn;
    case A64_FP_MUL:    return fp_mul(es, &x, &y, false, rm, fpcr, fl);
    case A64_FP_NMUL:   return fp_mul(es, &x, &y, false, rm, fpcr, fl) ^ sgn;
    case A64_FP_MULX:   return fp_mul(es, &x, &y, true, rm, fpcr, fl);
    case A64_FP_DIV:    return fp_div(es, &x, &y, rm, fpcr, fl);
    case A64_FP_MAX:    return fp_maxmin(es, &x, &y, true);
    case A64_FP_MIN:    return fp_maxmin(es, &x, &y, false);
    case A64_FP_RECPS:  return fp_step(es, &x, &y, false, rm, fpcr, fl);
    case A64_FP_RSQRTS: return fp_step(es, &x, &y, true, rm, fpcr, fl);
    default:            return 0;
    }
}

uint64_t a64_fp_binop(A64CPU *cpu, unsigned op, unsigned esize, uint64_t a, uint64_t b,
                      uint64_t fpcr)
{
    uint32_t fl = 0;
    uint64_t r;
    a &= es_mask(esize);
    b &= es_mask(esize);
    if (fast_binop(op, esize, a, b, fpcr, &r))
        return r;
    r = binop(op, esize, a, b, fpcr, &fl);
    cpu->fpsr |= fl;
    return r;
}

uint64_t a64_fp_muladd(A64CPU *cpu, unsigned es, uint64_t addend, uint64_t a, uint64_t b,
                       uint64_t fpcr)
{
    uint32_t fl = 0;
    uint64_t r;
    int rm = rmode_of(A64_RM_FPCR, fpcr);
    FPU z = unpack(es, addend, fpcr, &fl), x = unpack(es, a, fpcr, &fl),
        y = unpack(es, b, fpcr, &fl);
    bool inf1 = x.t == T_INF, inf2 = y.t == T_INF, z1 = x.t == T_ZERO, z2 = y.t == T_ZERO;
    const FPU *ops[3] = { &z, &x, &y };
    if (process_nans(es, ops, 3, fpcr, &fl, &r)) {
        if (z.t == T_QNAN && ((inf1 && z2) || (z1 && inf2))) {
            r = a64_fp_default_nan(es);
            fl |= A64_FPSR_IOC;
        }
        goto out;
    }
    bool sp = x.sign != y.sign, infp = inf1 || inf2, zp = z1 || z2, infa = z.t == T_INF;
    if ((inf1 && z2) || (z1 && inf2) || (infa && infp && z.sign != sp)) {
        fl |= A64_FPSR_IOC;
        r = a64_fp_default_nan(es);
    } else if ((infa && !z.sign) || (infp && !sp)) {
        r = fp_inf(es, false);
    } else if (infa || infp) {
        r = fp_inf(es, true);
    } else if (z.t == T_ZERO && zp && z.sign == sp) {
        r = fp_zero(es, sp);
    } else {
        Real p = zp ? (Real){ sp, 0, 0 } : real_mul(real_of(&x), real_of(&y));
        r = round_sum(es, real_add(real_of(&z), p), rm, fpcr, &fl);
    }
out:
    cpu->fpsr |= fl;
    return r;
}

uint64_t a64_fp_sqrt(A64CPU *cpu, unsigned es, uint64_t a, uint64_t fpcr)
{
    uint32_t fl = 0;
    uint64_t r;
    a &= es_mask(es);
    if (a64_fp_host_fast && es == 64 && !((fpcr >> A64_FPCR_RMODE_SHIFT) & 3) &&
        fast_operand(64, a, 1022) &&
        !(a >> 63)) {
        volatile double x = d_of(a), z;
        z = __builtin_sqrt(x);
        return bits_d(z);
    }
    FPU x = unpack(es, a, fpcr, &fl);
    if (is_nan(&x)) {
        r = process_nan(es, &x, fpcr, &fl);
    } else if (x.t == T_ZERO) {
        r = fp_zero(es, x.sign);
    } else if (x.t == T_INF && !x.sign) {
        r = fp_inf(es, false);
    } else if (x.sign) {
        fl |= A64_FPSR_IOC;
        r = a64_fp_default_nan(es);
    } else {
        Real q = real_sqrt(real_of(&x));
        r = fp_round(es, false, q.exp, q.m, rmode_of(A64_RM_FPCR, fpcr), fpcr, &fl, false);
    }
    cpu->fpsr |= fl;
    return r;
}

unsigned a64_fp_compare(A64CPU *cpu, unsigned es, uint64_t a, uint64_t b, bool signal_nans,
                        uint64_t fpcr)
{
    uint32_t fl = 0;
    unsigned r;
    FPU x = unpack(es, a, fpcr, &fl), y = unpack(es, b, fpcr, &fl);
    if (is_nan(&x) || is_nan(&y)) {
        r = 0x3;
        if (x.t == T_SNAN || y.t == T_SNAN || signal_nans)
            fl |= A64_FPSR_IOC;
    } else {
        int64_t k1 = fp_key(es, &x), k2 = fp_key(es, &y);
        r = k1 == k2 ? 0x6 : k1 < k2 ? 0x8 : 0x2;
    }
    cpu->fpsr |= fl;
    return r;
}

/* ---- integers and conversions ------------------------------------------------------------ */

/* The magnitude of a finite nonzero value rounded to an integer in mode rm (saturating at 2^65). */
static u128 round_to_integer(const FPU *u, int shift, int rm, bool *inexact)
{
    int cmp;
    if (u->exp + shift > 0 && 63 - __builtin_clzll(u->mant) + u->exp + shift > 65) {
        *inexact = false;
        return (u128)1 << 66;               /* far out of any range */
    }
    u128 ip = split_int(u->mant, -(u->exp + shift), &cmp, inexact);
    return ip + round_up(rm, u->sign, ip, cmp, *inexact);
}

uint64_t a64_fp_round_int(A64CPU *cpu, unsigned es, uint64_t a, int rmode, bool exact,
                          uint64_t fpcr)
{
    uint32_t fl = 0;
    uint64_t r;
    int rm = rmode_of(rmode, fpcr);
    FPU x = unpack(es, a, fpcr, &fl);
    if (is_nan(&x)) {
        r = process_nan(es, &x, fpcr, &fl);
    } else if (x.t == T_INF || x.t == T_ZERO) {
        r = x.t == T_INF ? fp_inf(es, x.sign) : fp_zero(es, x.sign);
    } else if (x.exp >= 0) {
        r = x.bits;                          /* already an integer */
    } else {
        bool inexact;
        u128 ip = round_to_integer(&x, 0, rm, &inexact);
        r = ip == 0 ? fp_zero(es, x.sign)
                    : fp_round(es, x.sign, 0, ip, A64_RM_ZERO, fpcr, &fl, false);
        if (inexact && exact)
            fl |= A64_FPSR_IXC;
    }
    cpu->fpsr |= fl;
    return r;
}

uint64_t a64_fp_to_fixed(A64CPU *cpu, unsigned es, uint64_t a, unsigned fbits, unsigned ibits,
                         bool is_unsigned, int rmode, uint64_t fpcr)
{
    uint32_t fl = 0;
    int rm = rmode_of(rmode, fpcr);
    FPU x = unpack(es, a, fpcr, &fl);
    u128 mag = 0;
    bool inexact = false;
    if (is_nan(&x)) {
        fl |= A64_FPSR_IOC;
    } else if (x.t == T_INF) {
        mag = (u128)1 << 66;
    } else if (x.t != T_ZERO) {
        mag = round_to_integer(&x, (int)fbits, rm, &inexact);
    }
    /* saturate */
    u128 lim_pos = is_unsigned ? ((u128)1 << ibits) - 1 : ((u128)1 << (ibits - 1)) - 1;
    u128 lim_neg = is_unsigned ? 0 : (u128)1 << (ibits - 1);
    uint64_t r;
    if (!x.sign && mag > lim_pos) {
        r = (uint64_t)lim_pos;
        fl |= A64_FPSR_IOC;
    } else if (x.sign && mag > lim_neg && !is_nan(&x)) {
        r = -(uint64_t)lim_neg;
        fl |= A64_FPSR_IOC;
    } else {
        r = x.sign ? -(uint64_t)mag : (uint64_t)mag;
        if (inexact)
            fl |= A64_FPSR_IXC;
    }
    cpu->fpsr |= fl;
    return r & es_mask(ibits);
}

uint64_t a64_fp_from_fixed(A64CPU *cpu, unsigned es, uint64_t v, unsigned fbits, unsigned ibits,
                           bool is_unsigned, int rmode, uint64_t fpcr)
{
    uint32_t fl = 0;
    v &= es_mask(ibits);
    bool neg = !is_unsigned && (v >> (ibits - 1)) & 1;
    uint64_t mag = neg ? (-v) & es_mask(ibits) : v;
    if (mag == 0)
        return 0;
    uint64_t r = fp_round(es, neg, -(int)fbits, mag, rmode_of(rmode, fpcr), fpcr, &fl, false);
    cpu->fpsr |= fl;
    return r;
}

/* FPConvertNaN: quiet, payload kept left-aligned (truncated or zero-filled). */
static uint64_t convert_nan(unsigned out, unsigned in, uint64_t x)
{
    unsigned pin = fmt_of(in)->F - 1, pout = fmt_of(out)->F - 1;
    uint64_t pl = (x & ((1ull << pin) - 1)) << (64 - pin);
    return sign_of(out, (x >> (in - 1)) & 1) | a64_fp_default_nan(out) | pl >> (64 - pout);
}

uint64_t a64_fp_convert(A64CPU *cpu, unsigned out, unsigned in, uint64_t a, int rmode,
                        uint64_t fpcr)
{
    uint32_t fl = 0;
    uint64_t r;
    bool alt = out == 16 && (fpcr & A64_FPCR_AHP);
    FPU x = unpack_base(in, a, fpcr, &fl, true);
    if (is_nan(&x)) {
        r = alt ? fp_zero(out, x.sign)
                : fpcr & A64_FPCR_DN ? a64_fp_default_nan(out) : convert_nan(out, in, x.bits);
        if (x.t == T_SNAN || alt)
            fl |= A64_FPSR_IOC;
    } else if (x.t == T_INF) {
        if (alt) {
            r = sign_of(out, x.sign) | 0x7fff;
            fl |= A64_FPSR_IOC;
        } else {
            r = fp_inf(out, x.sign);
        }
    } else if (x.t == T_ZERO) {
        r = fp_zero(out, x.sign);
    } else {
        r = fp_round(out, x.sign, x.exp, x.mant, rmode_of(rmode, fpcr), fpcr, &fl, true);
    }
    cpu->fpsr |= fl;
    return r;
}

uint64_t a64_fp_jcvt(A64CPU *cpu, uint64_t a, uint64_t fpcr)
{
    uint32_t fl = 0;
    FPU x = unpack(64, a, fpcr, &fl);
    bool z = true, inexact = false, big = false;
    uint32_t lo = 0;
    if (is_nan(&x) || x.t == T_INF) {
        fl |= A64_FPSR_IOC;
        z = false;
    } else if (x.t == T_ZERO) {
        z = !x.sign && (a & ((1ull << 52) - 1)) == 0;
    } else {
        int cmp;
        if (x.exp >= 0) {
            lo = x.exp >= 64 ? 0 : (uint32_t)(x.mant << x.exp);
            big = true;                     /* >= 2^52 */
        } else {
            u128 ip = split_int(x.mant, -x.exp, &cmp, &inexact);
            lo = (uint32_t)ip;
            big = ip > (x.sign ? 0x80000000u : 0x7fffffffu);
        }
        if (x.sign)
            lo = -lo;
        if (big) {
            fl |= A64_FPSR_IOC;
            z = false;
        } else if (inexact) {
            fl |= A64_FPSR_IXC;
            z = false;
        }
    }
    cpu->fpsr |= fl;
    return lo | (uint64_t)z << 32;
}
