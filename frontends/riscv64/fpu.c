/*
 * riscv64 F/D semantics on an x86_64 host.
 *
 * Strategy: NaN operands, min/max, compares, classification, sign
 * injection and float->int conversion are done in software on the bits,
 * because the host's NaN rules and saturation differ from RISC-V's.  The
 * rounding arithmetic on ordinary operands runs on the host FPU with the
 * wanted rounding mode, bracketed by clearing and reading the host exception
 * flags (x86 SSE, like RISC-V, detects tininess after rounding, so the five
 * flags map one to one; the denormal-operand flag is ignored).  In RNE a
 * fast path avoids the flag registers altogether when the operands are
 * comfortably inside the normal range (see "fast path" below).
 *
 * RMM (nearest, ties away from zero) has no host mode.  For it the
 * operation is computed in __float128 with round-to-odd (truncate, then set
 * the last bit when inexact); 113 bits >= 53 + 2, so rounding that value
 * once more to the target format gives the correctly rounded result.  That
 * last rounding is done in RNE and corrected on an exact tie, which only
 * changes the tie case (the overflow and tininess thresholds of RNE and RMM
 * coincide).  sqrt can never be an exact tie, so RMM sqrt is RNE sqrt.
 *
 * Compiler ordering: gcc ignores FENV_ACCESS, so every host operation reads
 * its operands from volatile objects after the flags are cleared and stores
 * its result to a volatile object before they are read; this stays correct
 * with or without -frounding-math.
 */
#include <fenv.h>
#include <math.h>
#include <stdbool.h>
#include <string.h>

#include "fpu.h"
#include "translator/hostfp.h"
#include "internal.h"

#define CANON_S 0x7fc00000u
#define CANON_D 0x7ff8000000000000ull
#define BOX     0xffffffff00000000ull

typedef __float128 f128;

/* ---- bits ------------------------------------------------------------------ */

static inline float s_of(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
static inline uint32_t bits_s(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static inline double d_of(uint64_t u) { double f; memcpy(&f, &u, 8); return f; }
static inline uint64_t bits_d(double f) { uint64_t u; memcpy(&u, &f, 8); return u; }

/* A single operand: valid only when properly NaN-boxed. */
static inline uint32_t unbox(uint64_t r) { return (r >> 32) == 0xffffffffu ? (uint32_t)r : CANON_S; }

/* Operands are handled as 64-bit "format words": the single's bits or the double's. */
static inline uint64_t operand(int fmt, uint64_t r) { return fmt == RVFP_S ? unbox(r) : r; }

static inline bool w_isnan(int fmt, uint64_t w)
{
    return fmt == RVFP_S ? (w & 0x7fffffffu) > 0x7f800000u
                         : (w & ~(1ull << 63)) > 0x7ff0000000000000ull;
}
static inline bool w_issnan(int fmt, uint64_t w)
{
    uint64_t quiet = fmt == RVFP_S ? 1ull << 22 : 1ull << 51;
    return w_isnan(fmt, w) && !(w & quiet);
}
static inline bool w_isinf(int fmt, uint64_t w)
{
    return fmt == RVFP_S ? (w & 0x7fffffffu) == 0x7f800000u
                         : (w & ~(1ull << 63)) == 0x7ff0000000000000ull;
}
static inline bool w_iszero(int fmt, uint64_t w)
{
    return fmt == RVFP_S ? (w & 0x7fffffffu) == 0 : (w & ~(1ull << 63)) == 0;
}
static inline bool w_sign(int fmt, uint64_t w) { return (w >> (fmt == RVFP_S ? 31 : 63)) & 1; }

/* The value of a format word as a double (exact for singles). */
static inline double w_val(int fmt, uint64_t w) { return fmt == RVFP_S ? (double)s_of((uint32_t)w) : d_of(w); }

/* The register value for a result format word. */
static inline uint64_t result(int fmt, uint64_t w) { return fmt == RVFP_S ? BOX | (uint32_t)w : w; }
static inline uint64_t canon(int fmt) { return fmt == RVFP_S ? BOX | CANON_S : CANON_D; }

/* ---- host exception window ---------------------------------------------------- */

static const int host_rm[5] = {
    FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD, FE_UPWARD, FE_TONEAREST,
};

#if defined(__x86_64__)
/*
 * x86_64: the <fenv.h> calls cost ~100 ns each (they save and reload the
 * whole x87 environment), so MXCSR is handled directly.  Its flag bits and
 * the x87 status word's have the FE_* values.  The x87 word matters because
 * libgcc's __float128 code (the RMM path) raises overflow and underflow
 * there; it is read on every op (cheap) and cleared only when dirty.  The
 * SSE rounding control (MXCSR bits 13-14) is FE_* << 3; glibc's math and
 * libgcc's soft-fp both take the rounding mode from MXCSR.
 */
static inline uint32_t mxcsr_get(void) { return hostfp_save(); }
static inline void mxcsr_set(uint32_t v) { hostfp_restore(v); }
static inline unsigned x87_sw(void)
{
    uint16_t sw;
    __asm__ volatile("fnstsw %0" : "=a"(sw) : : "memory");
    return sw;
}

/* MXCSR outside our operations (masks, DAZ/FTZ as the host set them), flags clear. */
static uint32_t mxcsr_idle(void)
{
    static uint32_t idle = 0xffffffffu;
    if (idle == 0xffffffffu)
        idle = mxcsr_get() & ~(0x6000u | FE_ALL_EXCEPT);
    return idle;
}

/*
 * Clear the host flags and select the rounding mode.  MXCSR is loaded, not
 * read-modified: a stmxcsr right after the previous op's ldmxcsr stalls.
 */
static void fp_begin(int fe_round)
{
    mxcsr_set(mxcsr_idle() | (uint32_t)fe_round << 3);
    if (x87_sw() & FE_ALL_EXCEPT)
        __asm__ volatile("fnclex" : : : "memory");
}

static int host_flags_end(int fe_round)
{
    uint32_t csr = mxcsr_get();
    if (fe_round != FE_TONEAREST)
        mxcsr_set(mxcsr_idle());
    return (int)((csr | x87_sw()) & FE_ALL_EXCEPT);
}
#else
static void fp_begin(int fe_round)
{
    feclearexcept(FE_ALL_EXCEPT);
    if (fe_round != FE_TONEAREST)
        fesetround(fe_round);
}

static int host_flags_end(int fe_round)
{
    int ex = fetestexcept(FE_ALL_EXCEPT);
    if (fe_round != FE_TONEAREST)
        fesetround(FE_TONEAREST);
    return ex;
}
#endif

/* Read the host flags as RISC-V fflags and go back to nearest. */
static uint32_t fp_end(int fe_round)
{
    int ex = host_flags_end(fe_round);
    uint32_t fl = 0;
    if (ex & FE_INVALID) fl |= RV_FFLAG_NV;
    if (ex & FE_DIVBYZERO) fl |= RV_FFLAG_DZ;
    if (ex & FE_OVERFLOW) fl |= RV_FFLAG_OF;
    if (ex & FE_UNDERFLOW) fl |= RV_FFLAG_UF;
    if (ex & FE_INEXACT) fl |= RV_FFLAG_NX;
    return fl;
}

/* ---- host arithmetic in a directed or nearest-even mode ------------------------ */

/* a op b (op c), all non-NaN, for ADD..NMADD with negations already applied. */
static double host_d(RVFPOp op, double a, double b, double c, int rm, uint32_t *fl)
{
    volatile double va = a, vb = b, vc = c, vr = 0;
    int fr = host_rm[rm];
    fp_begin(fr);
    switch (op) {
    case RVFP_ADD: vr = va + vb; break;
    case RVFP_SUB: vr = va - vb; break;
    case RVFP_MUL: vr = va * vb; break;
    case RVFP_DIV: vr = va / vb; break;
    case RVFP_SQRT: vr = sqrt(va); break;
    default: vr = fma(va, vb, vc); break;
    }
    *fl |= fp_end(fr);
    return vr;
}

static float host_s(RVFPOp op, float a, float b, float c, int rm, uint32_t *fl)
{
    volatile float va = a, vb = b, vc = c, vr = 0;
    int fr = host_rm[rm];
    fp_begin(fr);
    switch (op) {
    case RVFP_ADD: vr = va + vb; break;
    case RVFP_SUB: vr = va - vb; break;
    case RVFP_MUL: vr = va * vb; break;
    case RVFP_DIV: vr = va / vb; break;
    case RVFP_SQRT: vr = sqrtf(va); break;
    default: vr = fmaf(va, vb, vc); break;
    }
    *fl |= fp_end(fr);
    return vr;
}

/* ---- RMM through __float128 ------------------------------------------------------ */

static inline f128 q_set_lsb(f128 x)
{
    uint64_t w[2];
    memcpy(w, &x, 16);
    w[0] |= 1;             /* little-endian: w[0] holds the low mantissa bits */
    memcpy(&x, w, 16);
    return x;
}

/* op on exact wide operands, rounded to odd in 113 bits. */
static f128 wide_odd(RVFPOp op, f128 a, f128 b, f128 c, uint32_t *fl)
{
    volatile f128 va = a, vb = b, vc = c, vr = 0;
    uint32_t wfl;
    fp_begin(FE_TOWARDZERO);
    switch (op) {
    case RVFP_ADD: vr = va + vb; break;
    case RVFP_SUB: vr = va - vb; break;
    case RVFP_MUL: vr = va * vb; break;
    case RVFP_DIV: vr = va / vb; break;
    default: vr = va * vb + vc; break;   /* the product of two 53-bit values is exact */
    }
    wfl = fp_end(FE_TOWARDZERO);
    /* Inexactness is carried by the sticky last bit into the final rounding. */
    *fl |= wfl & (RV_FFLAG_NV | RV_FFLAG_DZ);
    return (wfl & RV_FFLAG_NX) ? q_set_lsb(vr) : vr;
}

/* The target-format neighbour of r one step away from (away) or towards zero. */
static inline uint64_t w_step(uint64_t w, bool away) { return away ? w + 1 : w - 1; }

static inline f128 q_abs(f128 x) { return x < 0 ? -x : x; }
static double q_to_d(f128 x) { return (double)x; }
static float q_to_s(f128 x) { return (float)x; }

/* Round x (non-NaN) to fmt with ties away from zero; returns a format word. */
static uint64_t round_rmm(int fmt, f128 x, uint32_t *fl)
{
    volatile f128 vx = x;
    uint64_t r, other;
    f128 rq, oq;
    fp_begin(FE_TONEAREST);
    if (fmt == RVFP_D) {
        volatile double vr = q_to_d(vx);
        r = bits_d(vr);
    } else {
        volatile float vr = q_to_s(vx);
        r = bits_s(vr);
    }
    *fl |= fp_end(FE_TONEAREST);
    if (w_isinf(fmt, r))
        return r;
    rq = fmt == RVFP_D ? (f128)d_of(r) : (f128)s_of((uint32_t)r);
    if (rq == x)
        return r;
    /* x lies strictly between r and `other`; on the exact midpoint pick the larger magnitude. */
    other = w_step(r, q_abs(x) > q_abs(rq));
    if (w_isinf(fmt, other))
        return r;
    oq = fmt == RVFP_D ? (f128)d_of(other) : (f128)s_of((uint32_t)other);
    if ((rq + oq) / 2 == x)            /* exact in 113 bits */
        return q_abs(oq) > q_abs(rq) ? other : r;
    return r;
}

/* ---- round-to-nearest-even fast path ------------------------------------------------ */

/*
 * Reading MXCSR right after an operation stalls until it completes and
 * loading it serializes: together they cost several times the arithmetic.
 * In RNE (the mode programs normally run in), with operands and results
 * well inside the normal range, the only exception an operation can raise
 * is inexact, and exactness is decided with error-free transformations in
 * the host's default RNE mode: TwoSum for sums, an fma residual for
 * products, quotients and square roots, an exact expansion for fma.  Zeros,
 * infinities and values near the ends of the range take the general path.
 *
 * Singles are computed in double and rounded again to single: for + - * /
 * and sqrt that double rounding is innocuous because 53 >= 2 * 24 + 2
 * (Figueroa); single fma is only taken when the double sum is exact.
 */

/* s + t == a + b exactly (Knuth's TwoSum, any magnitudes, RNE, no overflow). */
static inline void two_sum(double a, double b, double *s, double *t)
{
    double x = a + b, bv = x - a, av = x - bv;
    *s = x;
    *t = (a - av) + (b - bv);
}

/* Whether x[0] + ... + x[3] is exactly zero: grow a nonoverlapping expansion
 * (Shewchuk); it sums to zero only if every component is zero. */
static bool sum4_is_zero(const double x[4])
{
    double e[4];
    for (int n = 0; n < 4; n++) {
        double q = x[n];
        for (int j = 0; j < n; j++)
            two_sum(q, e[j], &q, &e[j]);
        e[n] = q;
    }
    return e[0] == 0 && e[1] == 0 && e[2] == 0 && e[3] == 0;
}

/* |x| in [2^-900, 2^901): products and quotients of such values have exact residuals. */
static inline bool d_safe(double x)
{
    unsigned e = (unsigned)(bits_d(x) >> 52) & 0x7ff;
    return e >= 1023 - 900 && e <= 1023 + 900;
}
static inline bool d_zs(double x) { return x == 0 || d_safe(x); }

/* Double RNE: true with *r and *nx when the fast path applies. */
static bool fast_d(RVFPOp op, double a, double b, double c, double *r, bool *nx)
{
    double res, err = 0;
    switch (op) {
    case RVFP_SUB:
        b = -b;
        /* fall through */
    case RVFP_ADD:
        if (!d_zs(a) || !d_zs(b))
            return false;
        two_sum(a, b, &res, &err);
        break;
    case RVFP_MUL:
        if (!d_zs(a) || !d_zs(b))
            return false;
        res = a * b;
        if (a != 0 && b != 0) {
            if (!d_safe(res))
                return false;
            err = fma(a, b, -res);
        }
        break;
    case RVFP_DIV:
        if (!d_zs(a) || !d_safe(b))
            return false;
        res = a / b;
        if (a != 0) {
            if (!d_safe(res))
                return false;
            err = fma(-res, b, a);
        }
        break;
    case RVFP_SQRT:
        if (!d_zs(a) || a < 0)
            return false;
        res = sqrt(a);
        if (a != 0)
            err = fma(-res, res, a);
        break;
    default: {                          /* RVFP_MADD */
        if (!d_zs(a) || !d_zs(b) || !d_zs(c))
            return false;
        res = fma(a, b, c);
        if (a == 0 || b == 0)
            break;                      /* exactly c (or a signed zero) */
        double p = a * b;
        if (!d_safe(p))
            return false;
        /* a*b + c - res = u + t + w + w2, every term exact */
        double x[4], s;
        x[0] = fma(a, b, -p);
        two_sum(p, c, &s, &x[1]);
        two_sum(s, -res, &x[2], &x[3]);
        err = sum4_is_zero(x) ? 0 : 1;
        break;
    }
    }
    *r = res;
    *nx = err != 0;
    return true;
}

/*
 * q (already inexact if q_nx) rounded to single in RNE; false when overflow
 * or underflow are possible (|result| at or below 2^-125 keeps clear of the
 * tininess-after-rounding boundary).
 */
static bool narrow_rne(double q, bool q_nx, float *r, bool *nx)
{
    float rf = (float)q;
    if (isinf(rf) || (rf == 0 && q != 0) || (rf != 0 && fabsf(rf) < 0x1p-125f))
        return false;
    *r = rf;
    *nx = q_nx || (double)rf != q;
    return true;
}

/* Single RNE through double: true with *r and *nx when the fast path applies. */
static bool fast_s(RVFPOp op, float fa, float fb, float fc, float *r, bool *nx)
{
    double a = fa, b = fb, q, err = 0;
    if (isinf(a) || (op != RVFP_SQRT && isinf(b)))
        return false;
    switch (op) {
    case RVFP_ADD: two_sum(a, b, &q, &err); break;
    case RVFP_SUB: two_sum(a, -b, &q, &err); break;
    case RVFP_MUL: q = a * b; break;                 /* 48 bits: exact */
    case RVFP_DIV:
        if (b == 0)
            return false;
        q = a / b;
        err = fma(-q, b, a);
        break;
    case RVFP_SQRT:
        if (a < 0)
            return false;
        q = sqrt(a);
        err = fma(-q, q, a);
        break;
    default:                                         /* RVFP_MADD */
        if (isinf(fc))
            return false;
        two_sum(a * b, (double)fc, &q, &err);
        if (err != 0)
            return false;                            /* double rounding could matter */
        break;
    }
    return narrow_rne(q, err != 0, r, nx);
}

/* ---- arithmetic -------------------------------------------------------------------- */

static uint64_t arith(RVFPOp op, int fmt, int rm, uint64_t a, uint64_t b, uint64_t c,
                      uint32_t *fl)
{
    bool fused = op >= RVFP_MADD && op <= RVFP_NMADD;
    int nin = op == RVFP_SQRT ? 1 : fused ? 3 : 2;
    uint64_t in[3] = { a, b, c };
    bool nan = false;
    uint64_t sign = fmt == RVFP_S ? 1ull << 31 : 1ull << 63;

    for (int i = 0; i < nin; i++) {
        if (w_issnan(fmt, in[i]))
            *fl |= RV_FFLAG_NV;
        nan |= w_isnan(fmt, in[i]);
    }
    /* RISC-V: inf * 0 in a fused op is invalid even with a quiet NaN addend. */
    if (fused && ((w_isinf(fmt, a) && w_iszero(fmt, b)) || (w_iszero(fmt, a) && w_isinf(fmt, b))))
        *fl |= RV_FFLAG_NV;
    if (nan)
        return canon(fmt);
    if (op == RVFP_NMSUB || op == RVFP_NMADD)
        a ^= sign;                     /* -(a*b) == (-a)*b exactly */
    if (op == RVFP_MSUB || op == RVFP_NMADD)
        c ^= sign;
    if (fused)
        op = RVFP_MADD;

    uint64_t w;
    bool nx;
    if (rm == RV_RM_RNE && fmt == RVFP_D) {
        double r;
        if (fast_d(op, d_of(a), d_of(b), d_of(c), &r, &nx)) {
            *fl |= nx ? RV_FFLAG_NX : 0;
            return bits_d(r);
        }
    } else if (rm == RV_RM_RNE) {
        float r;
        if (fast_s(op, s_of((uint32_t)a), s_of((uint32_t)b), s_of((uint32_t)c), &r, &nx)) {
            *fl |= nx ? RV_FFLAG_NX : 0;
            return result(fmt, bits_s(r));
        }
    }
    if (rm == RV_RM_RMM && op != RVFP_SQRT) {
        f128 x = wide_odd(op, (f128)w_val(fmt, a), (f128)w_val(fmt, b), (f128)w_val(fmt, c), fl);
        if (x != x)
            return canon(fmt);
        w = round_rmm(fmt, x, fl);
    } else {
        int hrm = rm == RV_RM_RMM ? RV_RM_RNE : rm;
        if (fmt == RVFP_S)
            w = bits_s(host_s(op, s_of((uint32_t)a), s_of((uint32_t)b), s_of((uint32_t)c), hrm, fl));
        else
            w = bits_d(host_d(op, d_of(a), d_of(b), d_of(c), hrm, fl));
    }
    return w_isnan(fmt, w) ? canon(fmt) : result(fmt, w);
}

/* ---- min/max, compares, class ------------------------------------------------------- */

static uint64_t minmax(bool max, int fmt, uint64_t a, uint64_t b, uint32_t *fl)
{
    bool an = w_isnan(fmt, a), bn = w_isnan(fmt, b);
    if (w_issnan(fmt, a) || w_issnan(fmt, b))
        *fl |= RV_FFLAG_NV;
    if (an && bn)
        return canon(fmt);
    if (an)
        return result(fmt, b);
    if (bn)
        return result(fmt, a);
    double x = w_val(fmt, a), y = w_val(fmt, b);
    bool a_less = x < y || (x == y && w_sign(fmt, a) && !w_sign(fmt, b));
    return result(fmt, (a_less != max) ? a : b);
}

static uint64_t compare(RVFPOp op, int fmt, uint64_t a, uint64_t b, uint32_t *fl)
{
    bool nan = w_isnan(fmt, a) || w_isnan(fmt, b);
    if (nan) {
        /* FEQ is quiet: only signaling NaNs are invalid; FLT/FLE signal on any NaN. */
        if (op != RVFP_EQ || w_issnan(fmt, a) || w_issnan(fmt, b))
            *fl |= RV_FFLAG_NV;
        return 0;
    }
    double x = w_val(fmt, a), y = w_val(fmt, b);
    return op == RVFP_EQ ? x == y : op == RVFP_LT ? x < y : x <= y;
}

static uint64_t classify(int fmt, uint64_t w)
{
    bool neg = w_sign(fmt, w);
    int mbits = fmt == RVFP_S ? 23 : 52;
    uint64_t exp = (w >> mbits) & (fmt == RVFP_S ? 0xff : 0x7ff);
    uint64_t emax = fmt == RVFP_S ? 0xff : 0x7ff;
    uint64_t man = w & ((1ull << mbits) - 1);

    if (w_isnan(fmt, w))
        return w_issnan(fmt, w) ? 1u << 8 : 1u << 9;
    if (exp == emax)
        return neg ? 1u << 0 : 1u << 7;
    if (exp == 0 && man == 0)
        return neg ? 1u << 3 : 1u << 4;
    if (exp == 0)
        return neg ? 1u << 2 : 1u << 5;
    return neg ? 1u << 1 : 1u << 6;
}

/* ---- conversions ---------------------------------------------------------------------- */

/* x rounded to an integral value in mode rm (exact library functions). */
static double round_integral(double x, int rm)
{
    switch (rm) {
    case RV_RM_RTZ: return trunc(x);
    case RV_RM_RDN: return floor(x);
    case RV_RM_RUP: return ceil(x);
    case RV_RM_RMM: return round(x);
    default: return nearbyint(x);     /* the host is in nearest-even between ops */
    }
}

static uint64_t to_int(RVFPOp op, int fmt, int rm, uint64_t a, uint32_t *fl)
{
    static const double lo[4] = { -2147483648.0, 0.0, -9223372036854775808.0, 0.0 };
    static const double hi[4] = { 2147483647.0, 4294967295.0, 9223372036854775807.0,
                                  18446744073709551615.0 };
    static const uint64_t sat_lo[4] = { (uint64_t)INT32_MIN, 0, (uint64_t)INT64_MIN, 0 };
    static const uint64_t sat_hi[4] = { INT32_MAX, UINT64_MAX, INT64_MAX, UINT64_MAX };
    int k = op - RVFP_CVT_W;

    if (w_isnan(fmt, a)) {
        *fl |= RV_FFLAG_NV;
        return sat_hi[k];
    }
    double x = w_val(fmt, a);
    double r = round_integral(x, rm);
    /* hi[2] and hi[3] round up to 2^63 and 2^64 in double: those bounds are exclusive. */
    bool too_big = k >= 2 ? r >= hi[k] : r > hi[k];
    if (r < lo[k] || too_big) {
        *fl |= RV_FFLAG_NV;
        return r < 0 ? sat_lo[k] : sat_hi[k];
    }
    if (r != x)
        *fl |= RV_FFLAG_NX;
    switch (op) {
    case RVFP_CVT_W: return (uint64_t)(int64_t)(int32_t)r;
    case RVFP_CVT_WU: return (uint64_t)(int64_t)(int32_t)(uint32_t)r;
    case RVFP_CVT_L: return (uint64_t)(int64_t)r;
    default: return (uint64_t)r;
    }
}

static uint64_t from_int(RVFPOp op, int fmt, int rm, uint64_t a, uint32_t *fl)
{
    bool sgn = op == RVFP_CVT_FROM_W || op == RVFP_CVT_FROM_L;
    if (op == RVFP_CVT_FROM_W)
        a = (uint64_t)(int64_t)(int32_t)a;
    else if (op == RVFP_CVT_FROM_WU)
        a = (uint32_t)a;

    /* Integers that fit the significand convert exactly in every mode. */
    uint64_t mag = sgn && (int64_t)a < 0 ? -a : a;
    if (mag <= (fmt == RVFP_D ? 1ull << 53 : 1ull << 24)) {
        if (fmt == RVFP_D)
            return bits_d(sgn ? (double)(int64_t)a : (double)a);
        return result(fmt, bits_s(sgn ? (float)(int64_t)a : (float)a));
    }
    if (rm == RV_RM_RMM) {
        f128 x = sgn ? (f128)(int64_t)a : (f128)a;   /* exact */
        return result(fmt, round_rmm(fmt, x, fl));
    }
    volatile uint64_t va = a;
    int fr = host_rm[rm];
    uint64_t w;
    fp_begin(fr);
    if (fmt == RVFP_D) {
        volatile double vr = sgn ? (double)(int64_t)va : (double)va;
        w = bits_d(vr);
    } else {
        volatile float vr = sgn ? (float)(int64_t)va : (float)va;
        w = bits_s(vr);
    }
    *fl |= fp_end(fr);
    return result(fmt, w);
}

/* To fmt from the other format. */
static uint64_t cvt_fmt(int fmt, int rm, uint64_t r, uint32_t *fl)
{
    int from = fmt == RVFP_S ? RVFP_D : RVFP_S;
    uint64_t a = operand(from, r);
    if (w_isnan(from, a)) {
        if (w_issnan(from, a))
            *fl |= RV_FFLAG_NV;
        return canon(fmt);
    }
    if (fmt == RVFP_D)
        return bits_d((double)s_of((uint32_t)a));   /* exact */
    float rf;
    bool nx;
    if (rm == RV_RM_RNE && narrow_rne(d_of(a), false, &rf, &nx)) {
        *fl |= nx ? RV_FFLAG_NX : 0;
        return result(fmt, bits_s(rf));
    }
    if (rm == RV_RM_RMM)
        return result(fmt, round_rmm(fmt, (f128)d_of(a), fl));
    volatile double va = d_of(a);
    int fr = host_rm[rm];
    fp_begin(fr);
    volatile float vr = (float)va;
    *fl |= fp_end(fr);
    return result(fmt, bits_s(vr));
}

/* ---- entry points ------------------------------------------------------------------------ */

uint64_t rvfp_exec(RVFPOp op, int fmt, int rm, uint64_t a, uint64_t b, uint64_t c,
                   uint32_t *flags)
{
    if (rm < 0 || rm > RV_RM_RMM)
        rm = RV_RM_RNE;                /* callers resolve and validate rm */
    switch (op) {
    case RVFP_ADD: case RVFP_SUB: case RVFP_MUL: case RVFP_DIV: case RVFP_SQRT:
    case RVFP_MADD: case RVFP_MSUB: case RVFP_NMSUB: case RVFP_NMADD:
        return arith(op, fmt, rm, operand(fmt, a), operand(fmt, b), operand(fmt, c), flags);
    case RVFP_MIN: case RVFP_MAX:
        return minmax(op == RVFP_MAX, fmt, operand(fmt, a), operand(fmt, b), flags);
    case RVFP_EQ: case RVFP_LT: case RVFP_LE:
        return compare(op, fmt, operand(fmt, a), operand(fmt, b), flags);
    case RVFP_CLASS:
        return classify(fmt, operand(fmt, a));
    case RVFP_CVT_W: case RVFP_CVT_WU: case RVFP_CVT_L: case RVFP_CVT_LU:
        return to_int(op, fmt, rm, operand(fmt, a), flags);
    case RVFP_CVT_FROM_W: case RVFP_CVT_FROM_WU: case RVFP_CVT_FROM_L: case RVFP_CVT_FROM_LU:
        return from_int(op, fmt, rm, a, flags);
    case RVFP_CVT_FMT:
        return cvt_fmt(fmt, rm, a, flags);
    default:
        return 0;
    }
}

/* RISC-V fflags of the host's accrued flags (translator/hostfp.h). */
static uint64_t fpx_to_fflags(uint32_t x)
{
    return (x & FPX_INVALID ? RV_FFLAG_NV : 0) | (x & FPX_DIVZERO ? RV_FFLAG_DZ : 0) |
           (x & FPX_OVERFLOW ? RV_FFLAG_OF : 0) | (x & FPX_UNDERFLOW ? RV_FFLAG_UF : 0) |
           (x & FPX_INEXACT ? RV_FFLAG_NX : 0);
}

static uint32_t fflags_to_fpx(uint64_t f)
{
    return (f & RV_FFLAG_NV ? FPX_INVALID : 0) | (f & RV_FFLAG_DZ ? FPX_DIVZERO : 0) |
           (f & RV_FFLAG_OF ? FPX_OVERFLOW : 0) | (f & RV_FFLAG_UF ? FPX_UNDERFLOW : 0) |
           (f & RV_FFLAG_NX ? FPX_INEXACT : 0);
}

/* The host's sticky bits stay set (see hostfp_peek): reading costs no ldmxcsr. */
uint64_t riscv_fflags_read(RISCVCPU *cpu)
{
    cpu->fflags |= fpx_to_fflags(hostfp_peek());
    return cpu->fflags;
}

void riscv_fflags_write(RISCVCPU *cpu, uint64_t v)
{
    cpu->fflags = v & 0x1f;
    hostfp_trim(fflags_to_fpx(cpu->fflags));
}

uint64_t riscv_fp_helper(void *opaque, uint64_t a, uint64_t b, uint64_t c, uint64_t ctl)
{
    RISCVCPU *cpu = opaque;
    int rm = (ctl >> 16) & 7;
    uint32_t fl = 0;
    uint64_t r;

    /* inline fpu64 ops left their flags in the host status: keep them */
    riscv_fflags_read(cpu);
    if (rm == RV_RM_DYN)
        rm = (int)cpu->frm;            /* translated code passes the mode in ctl instead */
    r = rvfp_exec((RVFPOp)(ctl & 0xff), (ctl >> 8) & 1, rm, a, b, c, &fl);
    if (fl)                            /* FCLASS never sets flags: it is registered pure */
        cpu->fflags |= fl;
    /* what our own computation left in the host status is not the guest's */
    hostfp_trim(fflags_to_fpx(cpu->fflags));
    return r;
}
