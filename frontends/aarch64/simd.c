/*
 * aarch64 AdvSIMD data processing, executed by IR helpers.
 *
 * One executor per encoding class of the Arm ARM.  Each decodes the fields
 * of the instruction, rejects reserved encodings, and (when given a cpu)
 * runs a generic lane loop: element size, count and signedness are
 * parameters, and the per-lane operation comes from a small switch, so a
 * family (e.g. all three-same integer ops) has one implementation.  Lane
 * arithmetic is done in __int128 so that saturation and rounding never
 * overflow.  The host is little-endian, so a V register's bytes in
 * cpu->v[n][0..1] are its lanes in order.
 */
#include <string.h>

#include "fpu.h"
#include "simd.h"

typedef struct Vec {
    uint64_t d[2];
} Vec;

typedef __int128 i128;

/* ---- lanes ------------------------------------------------------------------------ */

static inline uint64_t eget(const Vec *v, unsigned i, unsigned esz)
{
    const uint8_t *p = (const uint8_t *)v->d + (i << esz);
    switch (esz) {
    case 0: return *p;
    case 1: { uint16_t x; memcpy(&x, p, 2); return x; }
    case 2: { uint32_t x; memcpy(&x, p, 4); return x; }
    default: { uint64_t x; memcpy(&x, p, 8); return x; }
    }
}

static inline void eset(Vec *v, unsigned i, unsigned esz, uint64_t x)
{
    uint8_t *p = (uint8_t *)v->d + (i << esz);
    switch (esz) {
    case 0: *p = (uint8_t)x; break;
    case 1: { uint16_t y = (uint16_t)x; memcpy(p, &y, 2); break; }
    case 2: { uint32_t y = (uint32_t)x; memcpy(p, &y, 4); break; }
    default: memcpy(p, &x, 8); break;
    }
}

static inline unsigned ebits(unsigned esz) { return 8u << esz; }
/* log2 bytes of an FP element of es bits */
static inline unsigned fesz(unsigned es) { return es == 64 ? 3 : es == 32 ? 2 : 1; }
static inline uint64_t emask(unsigned esz) { return esz >= 3 ? ~0ull : (1ull << ebits(esz)) - 1; }

static inline int64_t sext(uint64_t x, unsigned esz)
{
    unsigned sh = 64 - ebits(esz);
    return (int64_t)(x << sh) >> sh;
}

/* A lane as a number: signed or unsigned interpretation. */
static inline i128 lval(uint64_t x, unsigned esz, bool u)
{
    return u ? (i128)(x & emask(esz)) : (i128)sext(x, esz);
}

static inline Vec vget(const A64CPU *c, unsigned n)
{
    Vec v = { { c->v[n][0], c->v[n][1] } };
    return v;
}

/* Write a result; 64-bit (and scalar) results clear the upper half. */
static inline void vput(A64CPU *c, unsigned n, const Vec *v, bool q)
{
    c->v[n][0] = v->d[0];
    c->v[n][1] = q ? v->d[1] : 0;
}

static inline uint64_t xget(const A64CPU *c, unsigned r) { return r == 31 ? 0 : c->x[r]; }
static inline void xput(A64CPU *c, unsigned r, uint64_t v) { if (r != 31) c->x[r] = v; }

static inline void set_qc(A64CPU *c) { c->fpsr |= A64_FPSR_QC; }

/* Saturate to a signed / unsigned lane of size esz, setting FPSR.QC. */
static uint64_t sat_s(A64CPU *c, i128 x, unsigned esz)
{
    i128 max = ((i128)1 << (ebits(esz) - 1)) - 1, min = -max - 1;
    if (x > max) { set_qc(c); x = max; }
    else if (x < min) { set_qc(c); x = min; }
    return (uint64_t)x & emask(esz);
}

static uint64_t sat_u(A64CPU *c, i128 x, unsigned esz)
{
    i128 max = ((i128)1 << ebits(esz)) - 1;
    if (x > max) { set_qc(c); x = max; }
    else if (x < 0) { set_qc(c); x = 0; }
    return (uint64_t)x & emask(esz);
}

static inline uint64_t sat(A64CPU *c, i128 x, unsigned esz, bool u)
{
    return u ? sat_u(c, x, esz) : sat_s(c, x, esz);
}

/* Instruction fields */
#define F(insn, pos, len) (((insn) >> (pos)) & ((1u << (len)) - 1))
#define RD(insn) F(insn, 0, 5)
#define RN(insn) F(insn, 5, 5)
#define RM(insn) F(insn, 16, 5)

/*
 * Shift lane a (size esz, signed unless u) left by sh, right by -sh when
 * negative, with optional rounding (right shifts) and saturation mode
 * SH_SAT (to the input signedness) or SH_SATU (signed input, unsigned
 * result: SQSHLU).  The result is computed exactly, as the architecture's
 * infinite-precision integers.
 */
enum { SH_WRAP, SH_SAT, SH_SATU };

static uint64_t shift_lane(A64CPU *c, uint64_t a, int sh, unsigned esz, bool u, bool round, int mode)
{
    i128 x = lval(a, esz, u), r;
    if (sh >= 0) {
        if (x == 0)
            r = 0;
        else if (sh >= (int)ebits(esz))
            r = mode == SH_WRAP ? 0 : (x > 0 ? (i128)1 << 100 : -((i128)1 << 100));
        else
            r = x * ((i128)1 << sh);
    } else {
        int n = -sh > 65 ? 65 : -sh;
        if (round)
            x += (i128)1 << (n - 1);
        r = x >> n;
    }
    if (mode == SH_SAT)
        return sat(c, r, esz, u);
    if (mode == SH_SATU)
        return sat_u(c, r, esz);
    return (uint64_t)r & emask(esz);
}

static uint64_t clz_lane(uint64_t x, unsigned esz)
{
    unsigned n = 0, bits = ebits(esz);
    for (int i = bits - 1; i >= 0 && !((x >> i) & 1); i--)
        n++;
    return n;
}

static uint64_t cls_lane(uint64_t x, unsigned esz)
{
    uint64_t s = (x >> (ebits(esz) - 1)) & 1 ? ~x & emask(esz) : x;
    return clz_lane(s, esz) - 1;
}

static uint64_t rbit_lane(uint64_t x, unsigned esz)
{
    uint64_t r = 0;
    for (unsigned i = 0; i < ebits(esz); i++)
        r |= ((x >> i) & 1) << (ebits(esz) - 1 - i);
    return r;
}

/* Carry-less multiply of two 64-bit values: 128-bit product. */
static void clmul64(uint64_t a, uint64_t b, uint64_t *lo, uint64_t *hi)
{
    uint64_t l = 0, h = 0;
    for (unsigned i = 0; i < 64; i++)
        if ((b >> i) & 1) {
            l ^= a << i;
            if (i)
                h ^= a >> (64 - i);
        }
    *lo = l;
    *hi = h;
}

/* Signed saturating doubling multiply high (SQDMULH/SQRDMULH) of one lane. */
static uint64_t sqdmulh_lane(A64CPU *c, uint64_t a, uint64_t b, unsigned esz, bool round)
{
    i128 p = 2 * lval(a, esz, false) * lval(b, esz, false);
    if (round)
        p += (i128)1 << (ebits(esz) - 1);
    return sat_s(c, p >> ebits(esz), esz);
}

/* ---- three registers of the same type -------------------------------------------------- */

/* One lane of an integer three-same op (opcode bits 15:11); d is the old destination lane. */
static uint64_t int3_lane(A64CPU *c, unsigned opc, bool u, unsigned esz,
                          uint64_t a, uint64_t b, uint64_t d)
{
    i128 x = lval(a, esz, u), y = lval(b, esz, u);
    uint64_t m = emask(esz);
    switch (opc) {
    case 0x00: return (uint64_t)((x + y) >> 1) & m;                 /* SHADD/UHADD */
    case 0x01: return sat(c, x + y, esz, u);                         /* SQADD/UQADD */
    case 0x02: return (uint64_t)((x + y + 1) >> 1) & m;             /* SRHADD/URHADD */
    case 0x04: return (uint64_t)((x - y) >> 1) & m;                 /* SHSUB/UHSUB */
    case 0x05: return sat(c, x - y, esz, u);                         /* SQSUB/UQSUB */
    case 0x06: return x > y ? m : 0;                                 /* CMGT/CMHI */
    case 0x07: return x >= y ? m : 0;                                /* CMGE/CMHS */
    case 0x08: case 0x09: case 0x0a: case 0x0b:                      /* [SU][Q][R]SHL */
        return shift_lane(c, a, (int8_t)b, esz, u, opc & 2, opc & 1 ? SH_SAT : SH_WRAP);
    case 0x0c: case 0x14: return (uint64_t)(x > y ? x : y) & m;    /* [SU]MAX[P] */
    case 0x0d: case 0x15: return (uint64_t)(x < y ? x : y) & m;    /* [SU]MIN[P] */
    case 0x0e: return (uint64_t)(x > y ? x - y : y - x) & m;        /* [SU]ABD */
    case 0x0f: return (d + (uint64_t)(x > y ? x - y : y - x)) & m;  /* [SU]ABA */
    case 0x10: return (u ? a - b : a + b) & m;                       /* ADD/SUB */
    case 0x11: return (u ? (a & m) == (b & m) : (a & b & m) != 0) ? m : 0; /* CMEQ/CMTST */
    case 0x12: return (u ? d - a * b : d + a * b) & m;               /* MLA/MLS */
    case 0x13:                                                      /* MUL/PMUL */
        if (u) {
            uint64_t lo, hi;
            clmul64(a & m, b & m, &lo, &hi);
            return lo & m;
        }
        return (a * b) & m;
    case 0x16: return sqdmulh_lane(c, a, b, esz, u);                 /* SQDMULH/SQRDMULH */
    case 0x17: return (a + b) & m;                                   /* ADDP */
    }
    return 0;
}

/* Which integer three-same opcodes exist, by form and element size. */
static bool int3_valid(unsigned opc, bool u, unsigned size, bool q, bool scalar)
{
    if (scalar) {
        switch (opc) {
        case 0x01: case 0x05: case 0x09: case 0x0b: return true;
        case 0x06: case 0x07: case 0x08: case 0x0a: case 0x10: case 0x11: return size == 3;
        case 0x16: return size == 1 || size == 2;
        default: return false;
        }
    }
    if (size == 3 && !q)
        return false;
    switch (opc) {
    case 0x01: case 0x05: case 0x06: case 0x07: case 0x08: case 0x09: case 0x0a:
    case 0x0b: case 0x10: case 0x11:
        return true;
    case 0x17: return !u;
    case 0x13: return u ? size == 0 : size != 3;
    case 0x16: return size == 1 || size == 2;
    case 0x00: case 0x02: case 0x04: case 0x0c: case 0x0d: case 0x0e: case 0x0f:
    case 0x12: case 0x14: case 0x15:
        return size != 3;
    default: return false;
    }
}

/* AND BIC ORR ORN / EOR BSL BIT BIF on the whole register (size = opc2). */
static uint64_t logic64(unsigned op, bool u, uint64_t n, uint64_t m, uint64_t d)
{
    if (!u) {
        switch (op) {
        case 0: return n & m;
        case 1: return n & ~m;
        case 2: return n | m;
        default: return n | ~m;
        }
    }
    switch (op) {
    case 0: return n ^ m;
    case 1: return m ^ ((n ^ m) & d);   /* BSL */
    case 2: return d ^ ((d ^ n) & m);   /* BIT */
    default: return d ^ ((d ^ n) & ~m); /* BIF */
    }
}

static bool a64_simd_fp3same(A64CPU *c, uint32_t insn);

/*
 * Fast paths for the common non-saturating integer ops: whole-register
 * arithmetic with GCC vector extensions (SSE on the host), one switch per
 * instruction instead of one per lane.  Return false to fall back to the
 * generic lane loop.  Lanes above a 64-bit arrangement are computed too and
 * then dropped by vput.
 */
#define DEF_FAST3(NAME, UT, ST)                                                          \
static bool NAME(unsigned opc, bool u, Vec *r, const Vec *pn, const Vec *pm, const Vec *pd) \
{                                                                                         \
    typedef UT uv __attribute__((vector_size(16)));                                       \
    typedef ST sv __attribute__((vector_size(16)));                                       \
    uv n, m, d, x, g;                                                                     \
    memcpy(&n, pn, 16);                                                                   \
    memcpy(&m, pm, 16);                                                                   \
    memcpy(&d, pd, 16);                                                                   \
    sv sn = (sv)n, sm = (sv)m;                                                            \
    switch (opc) {                                                                        \
    case 0x06: x = u ? (uv)(n > m) : (uv)(sn > sm); break;                                \
    case 0x07: x = u ? (uv)(n >= m) : (uv)(sn >= sm); break;                              \
    case 0x0c: case 0x14:                                                                 \
        g = u ? (uv)(n > m) : (uv)(sn > sm); x = (g & n) | (~g & m); break;               \
    case 0x0d: case 0x15:                                                                 \
        g = u ? (uv)(n < m) : (uv)(sn < sm); x = (g & n) | (~g & m); break;               \
    case 0x10: x = u ? n - m : n + m; break;                                              \
    case 0x11: x = u ? (uv)(n == m) : (uv)((n & m) != 0); break;                          \
    case 0x12: x = u ? d - n * m : d + n * m; break;                                      \
    case 0x13: if (u) return false; x = n * m; break;                                     \
    case 0x17: x = n + m; break;                                                          \
    default: return false;                                                                \
    }                                                                                     \
    memcpy(r, &x, 16);                                                                    \
    return true;                                                                          \
}
DEF_FAST3(fast3_8, uint8_t, int8_t)
DEF_FAST3(fast3_16, uint16_t, int16_t)
DEF_FAST3(fast3_32, uint32_t, int32_t)
DEF_FAST3(fast3_64, uint64_t, int64_t)

/* Split the pairs of n:m (the low halves only when !q) into firsts and seconds. */
#define UNZIP(T, ...)                                                                     \
    do {                                                                                  \
        typedef T vt __attribute__((vector_size(16)));                                    \
        static const vt ev = { __VA_ARGS__ };                                             \
        vt x, y, e, o;                                                                    \
        memcpy(&x, &t0, 16);                                                              \
        memcpy(&y, &t1, 16);                                                              \
        e = __builtin_shuffle(x, y, ev);                                                  \
        o = __builtin_shuffle(x, y, ev + 1);                                              \
        memcpy(a, &e, 16);                                                                \
        memcpy(b, &o, 16);                                                                \
    } while (0)

static void unzip_pairs(const Vec *n, const Vec *m, unsigned size, bool q, Vec *a, Vec *b)
{
    Vec t0, t1;
    if (q) {
        memcpy(&t0, n, 16);
        memcpy(&t1, m, 16);
    } else {
        t0.d[0] = n->d[0];
        t0.d[1] = m->d[0];
        t1.d[0] = t1.d[1] = 0;
    }
    switch (size) {
    case 0: UNZIP(uint8_t, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30); break;
    case 1: UNZIP(uint16_t, 0, 2, 4, 6, 8, 10, 12, 14); break;
    case 2: UNZIP(uint32_t, 0, 2, 4, 6); break;
    default: UNZIP(uint64_t, 0, 2); break;
    }
}

static bool fast3(unsigned opc, bool u, unsigned size, bool q, Vec *r, const Vec *n, const Vec *m,
                  const Vec *d)
{
    static bool (*const fn[4])(unsigned, bool, Vec *, const Vec *, const Vec *, const Vec *) = {
        fast3_8, fast3_16, fast3_32, fast3_64,
    };
    if (opc == 0x14 || opc == 0x15 || opc == 0x17) {
        Vec a, b;
        unzip_pairs(n, m, size, q, &a, &b);
        return fn[size](opc, u, r, &a, &b, d);
    }
    return fn[size](opc, u, r, n, m, d);
}

static bool exec_3same(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), u = F(insn, 29, 1), scalar = F(insn, 28, 1);
    unsigned size = F(insn, 22, 2), opc = F(insn, 11, 5);
    unsigned rd = RD(insn), rn = RN(insn), rm = RM(insn);
    if (opc >= 0x18)
        return a64_simd_fp3same(c, insn);
    if (opc == 0x03) {
        if (scalar)
            return false;
        if (c) {
            Vec n = vget(c, rn), m = vget(c, rm), d = vget(c, rd), r;
            for (int i = 0; i < 2; i++)
                r.d[i] = logic64(size, u, n.d[i], m.d[i], d.d[i]);
            vput(c, rd, &r, q);
        }
        return true;
    }
    if (!int3_valid(opc, u, size, q, scalar))
        return false;
    if (!c)
        return true;
    /* whole-register fast path straight from cpu->v (16-byte loads, no store-forwarding stalls) */
    if (!scalar && fast3(opc, u, size, q, (Vec *)c->v[rd], (const Vec *)c->v[rn],
                         (const Vec *)c->v[rm], (const Vec *)c->v[rd])) {
        if (!q)
            c->v[rd][1] = 0;
        return true;
    }
    Vec n = vget(c, rn), m = vget(c, rm), d = vget(c, rd), r = { { 0, 0 } };
    unsigned elems = scalar ? 1 : (8u << q) >> size;
    bool pairwise = opc == 0x14 || opc == 0x15 || opc == 0x17;
    for (unsigned i = 0; i < elems; i++) {
        uint64_t a, b;
        if (pairwise) {
            const Vec *src = 2 * i < elems ? &n : &m;
            unsigned j = (2 * i) % elems;
            a = eget(src, j, size);
            b = eget(src, j + 1, size);
        } else {
            a = eget(&n, i, size);
            b = eget(&m, i, size);
        }
        eset(&r, i, size, int3_lane(c, opc, u, size, a, b, eget(&d, i, size)));
    }
    vput(c, rd, &r, q && !scalar);
    return true;
}

/* ---- three registers of different types -------------------------------------------- */

static bool exec_3diff(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), u = F(insn, 29, 1), scalar = F(insn, 28, 1);
    unsigned size = F(insn, 22, 2), opc = F(insn, 12, 4);
    unsigned rd = RD(insn), rn = RN(insn), rm = RM(insn);
    bool sqd = opc == 9 || opc == 11 || opc == 13;
    if (scalar && !sqd)
        return false;
    if (opc == 15 || (u && (sqd || opc == 14)))
        return false;
    if (opc == 14) {
        if (size != 0 && size != 3)
            return false;
    } else if (size == 3 || (sqd && size == 0)) {
        return false;
    }
    if (!c)
        return true;
    Vec n = vget(c, rn), m = vget(c, rm), d = vget(c, rd), r = { { 0, 0 } };
    unsigned wide = size + 1, elems = scalar ? 1 : 8u >> size;
    unsigned part = (q && !scalar) ? elems : 0;       /* index of the first narrow lane used */
    if (opc == 14 && size == 3) {                       /* PMULL 1Q */
        clmul64(n.d[q], m.d[q], &r.d[0], &r.d[1]);
        vput(c, rd, &r, true);
        return true;
    }
    if (opc == 4 || opc == 6) {                         /* [R]ADDHN, [R]SUBHN: wide -> narrow */
        Vec out = q ? d : (Vec){ { 0, 0 } };
        for (unsigned i = 0; i < elems; i++) {
            uint64_t a = eget(&n, i, wide), b = eget(&m, i, wide);
            uint64_t s = opc == 4 ? a + b : a - b;
            if (u)
                s += 1ull << (ebits(size) - 1);
            if (wide == 3)
                s >>= 32;
            else
                s = (s & emask(wide)) >> ebits(size);
            eset(&out, part + i, size, s);
        }
        vput(c, rd, &out, true);
        return true;
    }
    for (unsigned i = 0; i < elems; i++) {
        i128 a = (opc == 1 || opc == 3) ? lval(eget(&n, i, wide), wide, u)
                                        : lval(eget(&n, part + i, size), size, u);
        i128 b = lval(eget(&m, part + i, size), size, u);
        i128 acc = lval(eget(&d, i, wide), wide, u), res;
        switch (opc) {
        case 0: case 1: res = a + b; break;
        case 2: case 3: res = a - b; break;
        case 5: res = acc + (a > b ? a - b : b - a); break;
        case 7: res = a > b ? a - b : b - a; break;
        case 8: res = acc + a * b; break;
        case 10: res = acc - a * b; break;
        case 12: res = a * b; break;
        case 9: case 11: case 13: {
            uint64_t p = sat_s(c, 2 * a * b, wide);
            if (opc == 13) { eset(&r, i, wide, p); continue; }
            res = opc == 9 ? acc + sext(p, wide) : acc - sext(p, wide);
            eset(&r, i, wide, sat_s(c, res, wide));
            continue;
        }
        default: {                                      /* PMULL 8B -> 8H */
            uint64_t lo, hi;
            clmul64((uint64_t)a & 0xff, (uint64_t)b & 0xff, &lo, &hi);
            res = lo;
            break;
        }
        }
        eset(&r, i, wide, (uint64_t)res);
    }
    vput(c, rd, &r, !scalar);
    return true;
}

/* ---- two-register miscellaneous ----------------------------------------------------------- */

static bool a64_simd_fp2misc(A64CPU *c, uint32_t insn);

static bool int2misc_valid(unsigned opc, bool u, unsigned size, bool q, bool scalar)
{
    if (scalar) {
        switch (opc) {
        case 0x03: case 0x07: return true;
        case 0x08: case 0x09: case 0x0b: return size == 3;
        case 0x0a: return !u && size == 3;
        case 0x12: return u && size != 3;
        case 0x14: return size != 3;
        default: return false;
        }
    }
    switch (opc) {
    case 0x00: return u ? size < 2 : size < 3;
    case 0x01: return !u && size == 0;
    case 0x02: case 0x04: case 0x06: return size != 3;
    case 0x05: return u ? size < 2 : size == 0;
    case 0x03: case 0x07: case 0x08: case 0x09: case 0x0b: return !(size == 3 && !q);
    case 0x0a: return !u && !(size == 3 && !q);
    case 0x12: case 0x14: return size != 3;
    case 0x13: return u && size != 3;
    default: return false;
    }
}

static uint64_t int2_lane(A64CPU *c, unsigned opc, bool u, unsigned esz, uint64_t a, uint64_t d)
{
    i128 x = lval(a, esz, false);
    uint64_t m = emask(esz);
    switch (opc) {
    case 0x03:                  /* SUQADD: signed acc + unsigned a; USQADD: unsigned acc + signed a */
        return u ? sat_u(c, lval(d, esz, true) + x, esz)
                 : sat_s(c, lval(d, esz, false) + lval(a, esz, true), esz);
    case 0x04: return u ? clz_lane(a & m, esz) : cls_lane(a & m, esz);
    case 0x07: return sat_s(c, u ? -x : (x < 0 ? -x : x), esz);
    case 0x08: return (u ? x >= 0 : x > 0) ? m : 0;
    case 0x09: return (u ? x <= 0 : x == 0) ? m : 0;
    case 0x0a: return x < 0 ? m : 0;
    case 0x0b: return (uint64_t)(u || x < 0 ? -x : x) & m;
    }
    return 0;
}

static bool exec_2misc(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), u = F(insn, 29, 1), scalar = F(insn, 28, 1);
    unsigned size = F(insn, 22, 2), opc = F(insn, 12, 5);
    unsigned rd = RD(insn), rn = RN(insn);
    if (opc >= 0x0c && opc != 0x12 && opc != 0x13 && opc != 0x14)
        return a64_simd_fp2misc(c, insn);
    if (!int2misc_valid(opc, u, size, q, scalar))
        return false;
    if (!c)
        return true;
    Vec n = vget(c, rn), d = vget(c, rd), r = { { 0, 0 } };
    unsigned elems = scalar ? 1 : (8u << q) >> size;
    switch (opc) {
    case 0x00: case 0x01: {                             /* REV64 REV32 REV16 */
        unsigned cont = opc == 1 ? 1 : u ? 2 : 3;       /* log2 container bytes */
        unsigned flip = (1u << (cont - size)) - 1;
        for (unsigned i = 0; i < elems; i++)
            eset(&r, i, size, eget(&n, i ^ flip, size));
        break;
    }
    case 0x02: case 0x06:                               /* [SU]ADDLP, [SU]ADALP */
        for (unsigned i = 0; i < elems / 2; i++) {
            i128 s = lval(eget(&n, 2 * i, size), size, u) + lval(eget(&n, 2 * i + 1, size), size, u);
            if (opc == 0x06)
                s += eget(&d, i, size + 1);
            eset(&r, i, size + 1, (uint64_t)s);
        }
        break;
    case 0x12: case 0x14: {                             /* XTN SQXTUN SQXTN UQXTN */
        unsigned half = 8u >> size;
        if (q && !scalar)
            r = d;
        for (unsigned i = 0; i < (scalar ? 1 : half); i++) {
            uint64_t a = eget(&n, i, size + 1), v;
            if (opc == 0x12)
                v = u ? sat_u(c, lval(a, size + 1, false), size) : a & emask(size);
            else
                v = sat(c, lval(a, size + 1, u), size, u);
            eset(&r, (q && !scalar ? half : 0) + i, size, v);
        }
        vput(c, rd, &r, q && !scalar);
        return true;
    }
    case 0x13: {                                        /* SHLL */
        unsigned half = 8u >> size;
        for (unsigned i = 0; i < half; i++)
            eset(&r, i, size + 1, eget(&n, (q ? half : 0) + i, size) << ebits(size));
        vput(c, rd, &r, true);
        return true;
    }
    case 0x05:                                          /* CNT NOT RBIT on bytes */
        for (unsigned i = 0; i < (8u << q); i++) {
            uint64_t a = eget(&n, i, 0);
            eset(&r, i, 0, !u ? (uint64_t)__builtin_popcountll(a) : size ? rbit_lane(a, 0) : ~a);
        }
        break;
    default:
        for (unsigned i = 0; i < elems; i++)
            eset(&r, i, size, int2_lane(c, opc, u, size, eget(&n, i, size), eget(&d, i, size)));
        break;
    }
    vput(c, rd, &r, q && !scalar);
    return true;
}

/* ---- across lanes and scalar pairwise ------------------------------------------------------- */

static bool a64_simd_fpacross(A64CPU *c, uint32_t insn);

static bool exec_across(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), u = F(insn, 29, 1), scalar = F(insn, 28, 1);
    unsigned size = F(insn, 22, 2), opc = F(insn, 12, 5);
    unsigned rd = RD(insn), rn = RN(insn);
    if (scalar) {                                       /* scalar pairwise */
        if (opc == 0x1b && !u) {                        /* ADDP Dd, Vn.2D */
            if (size != 3)
                return false;
            if (c) {
                Vec r = { { c->v[rn][0] + c->v[rn][1], 0 } };
                vput(c, rd, &r, false);
            }
            return true;
        }
        return a64_simd_fpacross(c, insn);
    }
    if (opc == 0x0c || opc == 0x0f)
        return a64_simd_fpacross(c, insn);
    if (opc != 0x03 && opc != 0x0a && opc != 0x1a && !(opc == 0x1b && !u))
        return false;
    if (size == 3 || (size == 2 && !q))
        return false;
    if (!c)
        return true;
    Vec n = vget(c, rn), r = { { 0, 0 } };
    unsigned elems = (8u << q) >> size;
    i128 acc = lval(eget(&n, 0, size), size, u);
    for (unsigned i = 1; i < elems; i++) {
        i128 x = lval(eget(&n, i, size), size, u);
        if (opc == 0x0a)
            acc = x > acc ? x : acc;
        else if (opc == 0x1a)
            acc = x < acc ? x : acc;
        else
            acc += x;
    }
    eset(&r, 0, opc == 0x03 ? size + 1 : size, (uint64_t)acc);
    vput(c, rd, &r, false);
    return true;
}

/* ---- copy: DUP INS UMOV SMOV ------------------------------------------------------------- */

static bool exec_copy(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), op = F(insn, 29, 1), scalar = F(insn, 28, 1);
    unsigned imm5 = F(insn, 16, 5), imm4 = F(insn, 11, 4);
    unsigned rd = RD(insn), rn = RN(insn);
    if (!(imm5 & 0xf))
        return false;
    unsigned size = __builtin_ctz(imm5), idx = imm5 >> (size + 1);
    if (scalar) {
        if (op || imm4 != 0)
            return false;
    } else if (op) {
        if (!q)
            return false;
    } else {
        switch (imm4) {
        case 0: case 1: if (size == 3 && !q) return false; break;
        case 3: if (!q) return false; break;
        case 5: if (size >= 2u + q) return false; break;
        case 7: if (q ? size != 3 : size == 3) return false; break;
        default: return false;
        }
    }
    if (!c)
        return true;
    Vec n = vget(c, rn), d = vget(c, rd), r = { { 0, 0 } };
    if (scalar) {
        eset(&r, 0, size, eget(&n, idx, size));
        vput(c, rd, &r, false);
        return true;
    }
    if (op) {                                           /* INS (element) */
        eset(&d, idx, size, eget(&n, imm4 >> size, size));
        vput(c, rd, &d, true);
        return true;
    }
    switch (imm4) {
    case 0: case 1: {                                   /* DUP (element), DUP (general) */
        uint64_t v = imm4 ? xget(c, rn) : eget(&n, idx, size);
        for (unsigned i = 0; i < ((8u << q) >> size); i++)
            eset(&r, i, size, v);
        vput(c, rd, &r, q);
        break;
    }
    case 3:                                             /* INS (general) */
        eset(&d, idx, size, xget(c, rn));
        vput(c, rd, &d, true);
        break;
    case 5: {                                           /* SMOV */
        uint64_t v = (uint64_t)sext(eget(&n, idx, size), size);
        xput(c, rd, q ? v : (uint32_t)v);
        break;
    }
    default:                                            /* UMOV */
        xput(c, rd, eget(&n, idx, size));
        break;
    }
    return true;
}

/* ---- permutes, EXT, TBL/TBX ------------------------------------------------------------------ */

static bool exec_perm(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1);
    unsigned size = F(insn, 22, 2), opc = F(insn, 12, 3);
    unsigned rd = RD(insn), rn = RN(insn), rm = RM(insn);
    if ((opc & 3) == 0 || (size == 3 && !q))
        return false;
    if (!c)
        return true;
    Vec n = vget(c, rn), m = vget(c, rm), r = { { 0, 0 } };
    unsigned elems = (8u << q) >> size, hi = opc >> 2;
    for (unsigned i = 0; i < elems; i++) {
        uint64_t v;
        switch (opc & 3) {
        case 1: {                                       /* UZP1/UZP2 */
            unsigned j = 2 * i + hi;
            v = j < elems ? eget(&n, j, size) : eget(&m, j - elems, size);
            break;
        }
        case 2:                                         /* TRN1/TRN2 */
            v = eget(i & 1 ? &m : &n, (i & ~1u) + hi, size);
            break;
        default:                                        /* ZIP1/ZIP2 */
            v = eget(i & 1 ? &m : &n, (hi ? elems / 2 : 0) + i / 2, size);
            break;
        }
        eset(&r, i, size, v);
    }
    vput(c, rd, &r, q);
    return true;
}

static bool exec_ext(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1);
    unsigned op2 = F(insn, 22, 2), imm4 = F(insn, 11, 4);
    if (op2 || (!q && imm4 >= 8))
        return false;
    if (!c)
        return true;
    uint8_t buf[32];
    unsigned len = 8u << q;
    memcpy(buf, c->v[RN(insn)], len);
    memcpy(buf + len, c->v[RM(insn)], len);
    Vec r = { { 0, 0 } };
    memcpy(r.d, buf + imm4, len);
    vput(c, RD(insn), &r, q);
    return true;
}

static bool exec_tbl(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), tbx = F(insn, 12, 1);
    unsigned op2 = F(insn, 22, 2), len = F(insn, 13, 2) + 1;
    unsigned rd = RD(insn), rn = RN(insn), rm = RM(insn);
    if (op2)
        return false;
    if (!c)
        return true;
    uint8_t table[64];
    for (unsigned i = 0; i < len; i++)
        memcpy(table + 16 * i, c->v[(rn + i) % 32], 16);
    Vec idx = vget(c, rm), r = vget(c, rd);
    for (unsigned i = 0; i < (8u << q); i++) {
        unsigned x = (unsigned)eget(&idx, i, 0);
        if (x < 16 * len)
            eset(&r, i, 0, table[x]);
        else if (!tbx)
            eset(&r, i, 0, 0);
    }
    vput(c, rd, &r, q);
    return true;
}

/*
 * The pure helper of the inline TBL (one table register): hot in
 * vector-permute AES and similar.  On x86_64 with SSSE3 this is one
 * PSHUFB: adding 0x70 with unsigned saturation keeps the low nibble of
 * indices 0..15 and sets bit 7 (PSHUFB's "write 0") of all larger ones.
 */
static uint64_t tbl16_c(void *cpu, uint64_t lo, uint64_t hi, uint64_t idx, uint64_t unused)
{
    (void)cpu;
    (void)unused;
    uint64_t r = 0;
    for (unsigned i = 0; i < 64; i += 8) {
        unsigned x = (idx >> i) & 0xff;
        if (x < 16)
            r |= (((x < 8 ? lo : hi) >> (x % 8 * 8)) & 0xff) << i;
    }
    return r;
}

#if defined(__x86_64__)
#include <immintrin.h>
__attribute__((target("ssse3")))
static uint64_t tbl16_ssse3(void *cpu, uint64_t lo, uint64_t hi, uint64_t idx, uint64_t unused)
{
    (void)cpu;
    (void)unused;
    __m128i t = _mm_set_epi64x((long long)hi, (long long)lo);
    __m128i i = _mm_adds_epu8(_mm_cvtsi64_si128((long long)idx), _mm_set1_epi8(0x70));
    return (uint64_t)_mm_cvtsi128_si64(_mm_shuffle_epi8(t, i));
}
#endif

A64Tbl16Fn a64_simd_tbl16_fn(void)
{
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("ssse3"))
        return tbl16_ssse3;
#endif
    return tbl16_c;
}

/* ---- modified immediate: MOVI MVNI ORR BIC FMOV ------------------------------------------ */

static uint64_t rep32(uint64_t x) { return x | (x << 32); }
static uint64_t rep16(uint64_t x) { return rep32(x | (x << 16)); }

/*
 * Decode MOVI/MVNI/ORR/BIC/FMOV (vector, immediate): false when reserved;
 * else *imm is the 64-bit pattern (AdvSIMDExpandImm, inverted for MVNI)
 * and *kind is SIMD_IMM_MOV, SIMD_IMM_ORR or SIMD_IMM_BIC.
 */
bool a64_simd_modimm(uint32_t insn, uint64_t *imm_out, int *kind)
{
    bool q = F(insn, 30, 1), op = F(insn, 29, 1), o2 = F(insn, 11, 1);
    unsigned cmode = F(insn, 12, 4);
    uint64_t imm8 = (F(insn, 16, 3) << 5) | F(insn, 5, 5), imm;
    if (o2 && (cmode != 15 || op))
        return false;
    if (cmode == 15 && op && !q)
        return false;
    uint64_t a = imm8 >> 7, b = (imm8 >> 6) & 1, cdefgh = imm8 & 0x3f;
    switch (cmode >> 1) {
    case 0: case 1: case 2: case 3: imm = rep32(imm8 << (8 * (cmode >> 1))); break;
    case 4: case 5: imm = rep16(imm8 << (8 * ((cmode >> 1) & 1))); break;
    case 6: imm = rep32(cmode & 1 ? (imm8 << 16) | 0xffff : (imm8 << 8) | 0xff); break;
    default:
        if (!(cmode & 1)) {
            if (!op) {
                imm = imm8 * 0x0101010101010101ull;
            } else {
                imm = 0;
                for (unsigned i = 0; i < 8; i++)
                    if ((imm8 >> i) & 1)
                        imm |= 0xffull << (8 * i);
            }
        } else if (o2) {                                /* FMOV 16-bit */
            imm = rep16((a << 15) | ((b ^ 1) << 14) | ((b ? 3ull : 0) << 12) | (cdefgh << 6));
        } else if (!op) {                               /* FMOV 32-bit */
            imm = rep32((a << 31) | ((b ^ 1) << 30) | ((b ? 0x1full : 0) << 25) | (cdefgh << 19));
        } else {                                        /* FMOV 64-bit */
            imm = (a << 63) | ((b ^ 1) << 62) | ((b ? 0xffull : 0) << 54) | (cdefgh << 48);
        }
        break;
    }
    if (cmode < 12 && (cmode & 1)) {                    /* 0xx1, 10x1: ORR / BIC */
        *kind = op ? SIMD_IMM_BIC : SIMD_IMM_ORR;
        *imm_out = imm;
    } else {
        *kind = SIMD_IMM_MOV;
        *imm_out = (op && cmode < 14) ? ~imm : imm;     /* MVNI */
    }
    return true;
}

static bool exec_modimm(A64CPU *c, uint32_t insn)
{
    uint64_t imm;
    int kind;
    if (!a64_simd_modimm(insn, &imm, &kind))
        return false;
    if (!c)
        return true;
    unsigned rd = RD(insn);
    Vec d = vget(c, rd), r;
    for (int i = 0; i < 2; i++)
        r.d[i] = kind == SIMD_IMM_ORR ? d.d[i] | imm : kind == SIMD_IMM_BIC ? d.d[i] & ~imm : imm;
    vput(c, rd, &r, F(insn, 30, 1));
    return true;
}

/* ---- shifts by immediate ---------------------------------------------------------------- */

static bool a64_simd_fpshift(A64CPU *c, uint32_t insn);

static bool exec_shift(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), u = F(insn, 29, 1), scalar = F(insn, 28, 1);
    unsigned immh = F(insn, 19, 4), immhb = F(insn, 16, 7), opc = F(insn, 11, 5);
    unsigned rd = RD(insn), rn = RN(insn);
    if (!immh)
        return false;
    unsigned esz = 31 - __builtin_clz(immh), bits = ebits(esz);
    int rsh = 2 * bits - immhb, lsh = immhb - bits;
    bool narrow = opc >= 0x10 && opc <= 0x13, lng = opc == 0x14;
    if (opc == 0x1c || opc == 0x1f)
        return a64_simd_fpshift(c, insn);
    switch (opc) {
    case 0x00: case 0x02: case 0x04: case 0x06: case 0x0e: break;
    case 0x08: case 0x0c: if (!u) return false; break;
    case 0x0a: break;
    case 0x10: case 0x11: case 0x12: case 0x13: if (scalar && !u && opc < 0x12) return false; break;
    case 0x14: if (scalar) return false; break;
    default: return false;
    }
    if (narrow || lng) {
        if (esz == 3)
            return false;
    } else if (scalar) {
        if (esz != 3 && opc != 0x0c && opc != 0x0e)
            return false;
    } else if (esz == 3 && !q) {
        return false;
    }
    if (!c)
        return true;
    Vec n = vget(c, rn), d = vget(c, rd), r = { { 0, 0 } };
    unsigned elems = scalar ? 1 : (8u << q) >> esz;
    if (narrow) {                                       /* source lanes are 2*esize wide */
        unsigned half = 8u >> esz, base = (q && !scalar) ? half : 0;
        if (base)
            r = d;
        bool round = opc & 1;
        for (unsigned i = 0; i < (scalar ? 1 : half); i++) {
            uint64_t a = eget(&n, i, esz + 1), v;
            if (opc < 0x12 && !u)                       /* SHRN RSHRN */
                v = shift_lane(c, a, -rsh, esz + 1, true, round, SH_WRAP) & emask(esz);
            else {
                bool su = opc < 0x12 ? false : u;       /* SQSHRUN: signed source */
                uint64_t w = shift_lane(c, a, -rsh, esz + 1, su, round, SH_WRAP);
                v = (opc < 0x12) ? sat_u(c, lval(w, esz + 1, false), esz)
                                 : sat(c, lval(w, esz + 1, u), esz, u);
            }
            eset(&r, base + i, esz, v);
        }
        vput(c, rd, &r, q && !scalar);
        return true;
    }
    if (lng) {                                          /* SSHLL USHLL */
        unsigned half = 8u >> esz;
        for (unsigned i = 0; i < half; i++) {
            i128 x = lval(eget(&n, (q ? half : 0) + i, esz), esz, u);
            eset(&r, i, esz + 1, (uint64_t)(x * ((i128)1 << lsh)));
        }
        vput(c, rd, &r, true);
        return true;
    }
    for (unsigned i = 0; i < elems; i++) {
        uint64_t a = eget(&n, i, esz), od = eget(&d, i, esz), v, m = emask(esz);
        switch (opc) {
        case 0x00: case 0x02: case 0x04: case 0x06:     /* [SU][R]SHR, [SU][R]SRA */
            v = shift_lane(c, a, -rsh, esz, u, opc & 4, SH_WRAP);
            if (opc & 2)
                v = (v + od) & m;
            break;
        case 0x08: {                                    /* SRI */
            uint64_t mask = rsh >= (int)bits ? 0 : m >> rsh;
            v = (od & ~mask) | ((rsh >= (int)bits ? 0 : a >> rsh) & mask);
            break;
        }
        case 0x0a:                                      /* SHL, SLI */
            v = (a << lsh) & m;
            if (u)
                v |= od & ~(m << lsh) & m;
            break;
        case 0x0c: v = shift_lane(c, a, lsh, esz, false, false, SH_SATU); break;
        default: v = shift_lane(c, a, lsh, esz, u, false, SH_SAT); break;
        }
        eset(&r, i, esz, v);
    }
    vput(c, rd, &r, q && !scalar);
    return true;
}

/* ---- three-register extension: SQRDMLAH SQRDMLSH (FEAT_RDM), SDOT UDOT (FEAT_DotProd) ---- */

/* SQRDMLAH / SQRDMLSH of one lane: (d << esize) +- 2*a*b, rounded, high half, saturated. */
static uint64_t sqrdmlah_lane(A64CPU *c, uint64_t d, uint64_t a, uint64_t b, unsigned esz, bool sub)
{
    i128 p = 2 * lval(a, esz, false) * lval(b, esz, false);
    i128 acc = lval(d, esz, false) * ((i128)1 << ebits(esz)) + (sub ? -p : p) + ((i128)1 << (ebits(esz) - 1));
    return sat_s(c, acc >> ebits(esz), esz);
}

/* SDOT/UDOT/USDOT/SUDOT: each 32-bit lane += the dot product of four byte pairs
 * (n bytes unsigned if nu, m bytes if mu; m from byte group mg, or per lane). */
static void dot_lanes(Vec *r, const Vec *n, const Vec *m, bool nu, bool mu, unsigned elems, int mg)
{
    for (unsigned i = 0; i < elems; i++) {
        uint32_t acc = (uint32_t)eget(r, i, 2);
        for (unsigned k = 0; k < 4; k++) {
            unsigned j = 4 * (mg >= 0 ? (unsigned)mg : i) + k;
            acc += (uint32_t)(lval(eget(n, 4 * i + k, 0), 0, nu) * lval(eget(m, j, 0), 0, mu));
        }
        eset(r, i, 2, acc);
    }
}

/* SMMLA/UMMLA/USMMLA: the 2x2 32-bit matrix in d += (2x8 bytes n) * (2x8 bytes m)^T. */
static void mmla(Vec *d, const Vec *n, const Vec *m, bool nu, bool mu)
{
    for (unsigned i = 0; i < 2; i++)
        for (unsigned j = 0; j < 2; j++) {
            uint32_t acc = (uint32_t)eget(d, 2 * i + j, 2);
            for (unsigned k = 0; k < 8; k++)
                acc += (uint32_t)(lval(eget(n, 8 * i + k, 0), 0, nu) * lval(eget(m, 8 * j + k, 0), 0, mu));
            eset(d, 2 * i + j, 2, acc);
        }
}

/*
 * FCMLA / FCADD (FEAT_FCMA) on complex pairs (real in even lanes).  rot is
 * 0..3 (x90 degrees) for FCMLA; FCADD passes rot 1 or 3.  mpair >= 0 takes
 * the Vm operand pair from that index (by element) instead of per pair.
 */
static void fcma_pairs(A64CPU *c, Vec *r, const Vec *n, const Vec *m, const Vec *d, unsigned es,
                       unsigned elems, unsigned rot, bool add, int mpair, uint64_t fpcr)
{
    unsigned esz = fesz(es);
    uint64_t sign = a64_fp_sign_bit(es);
    for (unsigned e = 0; e < elems / 2; e++) {
        unsigned mi = mpair >= 0 ? 2 * (unsigned)mpair : 2 * e;
        uint64_t mre = eget(m, mi, esz), mim = eget(m, mi + 1, esz);
        uint64_t nre = eget(n, 2 * e, esz), nim = eget(n, 2 * e + 1, esz);
        if (add) {                                      /* FCADD #90 (rot 1) / #270 (rot 3) */
            uint64_t e1 = rot == 1 ? mim ^ sign : mim, e3 = rot == 1 ? mre : mre ^ sign;
            eset(r, 2 * e, esz, a64_fp_binop(c, A64_FP_ADD, es, nre, e1, fpcr));
            eset(r, 2 * e + 1, esz, a64_fp_binop(c, A64_FP_ADD, es, nim, e3, fpcr));
            continue;
        }
        uint64_t e1, e3, e2 = rot & 1 ? nim : nre;      /* e2 = e4 */
        switch (rot) {
        case 0: e1 = mre; e3 = mim; break;
        case 1: e1 = mim ^ sign; e3 = mre; break;
        case 2: e1 = mre ^ sign; e3 = mim ^ sign; break;
        default: e1 = mim; e3 = mre ^ sign; break;
        }
        eset(r, 2 * e, esz, a64_fp_muladd(c, es, eget(d, 2 * e, esz), e2, e1, fpcr));
        eset(r, 2 * e + 1, esz, a64_fp_muladd(c, es, eget(d, 2 * e + 1, esz), e2, e3, fpcr));
    }
}

static bool exec_3ext(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), u = F(insn, 29, 1), scalar = F(insn, 28, 1);
    unsigned size = F(insn, 22, 2), opc = F(insn, 11, 4);
    unsigned rd = RD(insn), rn = RN(insn), rm = RM(insn);
    if (opc >= 8) {                                     /* FCMLA 10rr, FCADD 11r0 */
        if (!u || scalar || size == 0 || (size == 3 && !q) || (opc >= 0xc && (opc & 1)))
            return false;
    } else if (opc <= 1) {
        if (!u || (size != 1 && size != 2))
            return false;
    } else if (size != 2 || scalar || opc > 5 || (opc == 3 && u) || (opc >= 4 && (!q || (opc == 5 && u)))) {
        return false;                                   /* SDOT UDOT USDOT; SMMLA UMMLA USMMLA (Q=1) */
    }
    if (!c)
        return true;
    Vec n = vget(c, rn), m = vget(c, rm), d = vget(c, rd), r = { { 0, 0 } };
    unsigned elems = scalar ? 1 : (8u << q) >> size;
    if (opc >= 8) {
        bool add = opc >= 0xc;
        unsigned rot = add ? ((opc >> 1) & 1 ? 3 : 1) : opc & 3;
        fcma_pairs(c, &r, &n, &m, &d, 8u << size, elems, rot, add, -1, c->fpcr);
        vput(c, rd, &r, q);
        return true;
    }
    if (opc == 2 || opc == 3) {
        dot_lanes(&d, &n, &m, u || opc == 3, u, elems, -1);
        vput(c, rd, &d, q);
        return true;
    }
    if (opc >= 4) {
        mmla(&d, &n, &m, u || opc == 5, u);
        vput(c, rd, &d, true);
        return true;
    }
    for (unsigned i = 0; i < elems; i++)
        eset(&r, i, size, sqrdmlah_lane(c, eget(&d, i, size), eget(&n, i, size), eget(&m, i, size), size, opc));
    vput(c, rd, &r, q && !scalar);
    return true;
}

static void fhm_lanes(A64CPU *c, Vec *r, const Vec *n, const Vec *m, bool q, bool sub, bool upper, int mi);

/* SDOT UDOT (size 2), USDOT (U=0 opc 15 size 2), SUDOT (U=0 opc 15 size 0) by element:
 * the index H:L names a 32-bit group of four bytes of Vm (M:Rm). */
static bool exec_elem_dot(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), u = F(insn, 29, 1);
    unsigned size = F(insn, 22, 2), opc = F(insn, 12, 4);
    if (F(insn, 28, 1) || (opc == 14 ? size != 2 : (size != 0 && size != 2)))
        return false;
    if (!c)
        return true;
    bool nu = opc == 15 ? size == 2 : u, mu = opc == 15 ? size == 0 : u;
    unsigned idx = (F(insn, 11, 1) << 1) | F(insn, 21, 1);
    Vec n = vget(c, RN(insn)), m = vget(c, RM(insn)), d = vget(c, RD(insn));
    dot_lanes(&d, &n, &m, nu, mu, (8u << q) >> 2, (int)idx);
    vput(c, RD(insn), &d, q);
    return true;
}

/* FMLAL/FMLSL (by element): index H:L:M of Vm (v0-v15) as halves. */
static bool exec_fhm_elem(A64CPU *c, uint32_t insn)
{
    if (F(insn, 28, 1))
        return false;
    if (!c)
        return true;
    bool q = F(insn, 30, 1);
    unsigned idx = (F(insn, 11, 1) << 2) | (F(insn, 21, 1) << 1) | F(insn, 20, 1);
    Vec n = vget(c, RN(insn)), m = vget(c, F(insn, 16, 4)), d = vget(c, RD(insn));
    fhm_lanes(c, &d, &n, &m, q, F(insn, 14, 1), F(insn, 29, 1), (int)idx);
    vput(c, RD(insn), &d, q);
    return true;
}

/* FCMLA (by element): size 01 (H, index H:L) or 10 (S, index H; Q=1). */
static bool exec_fcmla_elem(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), scalar = F(insn, 28, 1);
    unsigned size = F(insn, 22, 2), rot = F(insn, 13, 2), l = F(insn, 21, 1), h = F(insn, 11, 1);
    if (scalar || (size != 1 && size != 2) || (size == 2 && (l || !q)) || (size == 1 && h && !q))
        return false;                                   /* the index must name a pair of the vector */
    if (!c)
        return true;
    unsigned rm = (F(insn, 20, 1) << 4) | F(insn, 16, 4), idx = size == 1 ? (h << 1) | l : h;
    unsigned es = 8u << size;
    Vec n = vget(c, RN(insn)), m = vget(c, rm), d = vget(c, RD(insn)), r = { { 0, 0 } };
    unsigned elems = (8u << q) >> size;
    fcma_pairs(c, &r, &n, &m, &d, es, elems, rot, false, (int)idx, c->fpcr);
    vput(c, RD(insn), &r, q);
    return true;
}

/* ---- by element ----------------------------------------------------------------------------- */

static bool a64_simd_fpelem(A64CPU *c, uint32_t insn);

static bool exec_elem(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), u = F(insn, 29, 1), scalar = F(insn, 28, 1);
    unsigned size = F(insn, 22, 2), opc = F(insn, 12, 4);
    unsigned l = F(insn, 21, 1), mbit = F(insn, 20, 1), h = F(insn, 11, 1);
    unsigned rd = RD(insn), rn = RN(insn);
    if (u && (opc & 9) == 1)                            /* FCMLA (by element): 0 rot 1 */
        return exec_fcmla_elem(c, insn);
    if (size == 2 && (opc & 3) == 0 && ((opc >> 3) & 1) == u)   /* FMLAL FMLSL (2) by element */
        return exec_fhm_elem(c, insn);
    if (opc == 14 || (opc == 15 && !u))
        return exec_elem_dot(c, insn);
    if (opc == 1 || opc == 5 || opc == 9)
        return a64_simd_fpelem(c, insn);
    bool lng = opc == 2 || opc == 3 || opc == 6 || opc == 7 || opc == 10 || opc == 11;
    switch (opc) {
    case 0: case 4: if (!u || scalar) return false; break;         /* MLA MLS */
    case 8: if (u || scalar) return false; break;                  /* MUL */
    case 2: case 6: case 10: if (scalar) return false; break;      /* [SU]MLAL [SU]MLSL [SU]MULL */
    case 3: case 7: case 11: case 12: if (u) return false; break;  /* SQDMLAL SQDMLSL SQDMULL SQDMULH */
    case 13: break;                                                /* SQRDMULH; U=1: SQRDMLAH */
    case 15: if (!u) return false; break;                          /* SQRDMLSH */
    default: return false;
    }
    if (size != 1 && size != 2)
        return false;
    if (!c)
        return true;
    unsigned idx = size == 1 ? (h << 2) | (l << 1) | mbit : (h << 1) | l;
    unsigned rm = size == 1 ? F(insn, 16, 4) : (mbit << 4) | F(insn, 16, 4);
    Vec n = vget(c, rn), m = vget(c, rm), d = vget(c, rd), r = { { 0, 0 } };
    uint64_t e = eget(&m, idx, size);
    if (u && (opc == 13 || opc == 15)) {
        unsigned cnt = scalar ? 1 : (8u << q) >> size;
        for (unsigned i = 0; i < cnt; i++)
            eset(&r, i, size, sqrdmlah_lane(c, eget(&d, i, size), eget(&n, i, size), e, size, opc == 15));
        vput(c, rd, &r, q && !scalar);
        return true;
    }
    if (lng) {
        unsigned half = scalar ? 1 : 8u >> size, wide = size + 1;
        for (unsigned i = 0; i < half; i++) {
            i128 a = lval(eget(&n, (q && !scalar ? half : 0) + i, size), size, u);
            i128 b = lval(e, size, u), acc = lval(eget(&d, i, wide), wide, u), res;
            switch (opc) {
            case 2: res = acc + a * b; break;
            case 6: res = acc - a * b; break;
            case 10: res = a * b; break;
            default: {
                uint64_t p = sat_s(c, 2 * a * b, wide);
                res = opc == 11 ? (i128)sext(p, wide)
                    : sat_s(c, opc == 3 ? acc + sext(p, wide) : acc - sext(p, wide), wide);
                break;
            }
            }
            eset(&r, i, wide, (uint64_t)res);
        }
        vput(c, rd, &r, !scalar);
        return true;
    }
    unsigned elems = scalar ? 1 : (8u << q) >> size;
    for (unsigned i = 0; i < elems; i++) {
        uint64_t a = eget(&n, i, size), v;
        switch (opc) {
        case 0: v = eget(&d, i, size) + a * e; break;
        case 4: v = eget(&d, i, size) - a * e; break;
        case 8: v = a * e; break;
        default: v = sqdmulh_lane(c, a, e, size, opc == 13); break;
        }
        eset(&r, i, size, v);
    }
    vput(c, rd, &r, q && !scalar);
    return true;
}

/* ---- crypto ---------------------------------------------------------------------------------- */

static bool a64_simd_aes(A64CPU *c, uint32_t insn);
static bool a64_simd_sha3(A64CPU *c, uint32_t insn);
static bool a64_simd_sha2(A64CPU *c, uint32_t insn);

static bool exec_fp16_3same(A64CPU *c, uint32_t insn);
static bool exec_fp16_2misc(A64CPU *c, uint32_t insn);

static inline uint64_t ror64(uint64_t x, unsigned n) { n &= 63; return n ? (x >> n) | (x << (64 - n)) : x; }
static uint64_t sha512_sum1(uint64_t x) { return ror64(x, 14) ^ ror64(x, 18) ^ ror64(x, 41); }
static uint64_t sha512_sum0(uint64_t x) { return ror64(x, 28) ^ ror64(x, 34) ^ ror64(x, 39); }

/* SHA512H (op 0), SHA512H2 (1), SHA512SU1 (2) with X = Vn, Y = Vm, W = Vd; SHA512SU0 (4) with X = Vn. */
static void sha512_op(unsigned op, const uint64_t *x, const uint64_t *y, const uint64_t *w, uint64_t *r)
{
    switch (op) {
    case 0: {
        r[1] = ((y[1] & x[0]) ^ (~y[1] & x[1])) + sha512_sum1(y[1]) + w[1];
        uint64_t tmp = r[1] + y[0];
        r[0] = ((tmp & y[1]) ^ (~tmp & x[0])) + sha512_sum1(tmp) + w[0];
        break;
    }
    case 1:
        r[1] = ((x[0] & y[1]) ^ (x[0] & y[0]) ^ (y[1] & y[0])) + sha512_sum0(y[0]) + w[1];
        r[0] = ((r[1] & y[0]) ^ (r[1] & y[1]) ^ (y[1] & y[0])) + sha512_sum0(r[1]) + w[0];
        break;
    case 2:
        for (int i = 1; i >= 0; i--)
            r[i] = w[i] + (ror64(x[i], 19) ^ ror64(x[i], 61) ^ (x[i] >> 6)) + y[i];
        break;
    default:
        r[0] = w[0] + (ror64(w[1], 1) ^ ror64(w[1], 8) ^ (w[1] >> 7));
        r[1] = w[1] + (ror64(x[0], 1) ^ ror64(x[0], 8) ^ (x[0] >> 7));
        break;
    }
}

/* FEAT_SHA3: EOR3 and BCAX (Ra in bits 14:10), RAX1, XAR (imm6 in bits 15:10); FEAT_SHA512. */
static bool exec_sha3x(A64CPU *c, uint32_t insn)
{
    if (!c)
        return true;
    Vec n = vget(c, RN(insn)), m = vget(c, RM(insn)), a = vget(c, F(insn, 10, 5)), d = vget(c, RD(insn)), r;
    unsigned kind = F(insn, 21, 3), rot = F(insn, 10, 6), op = F(insn, 10, 2);
    if (kind == 6) {                                    /* SHA512SU0 */
        sha512_op(4, n.d, NULL, d.d, r.d);
    } else if (kind == 3 && op != 3) {                  /* SHA512H H2 SU1 */
        sha512_op(op, n.d, m.d, d.d, r.d);
    } else {
        for (int i = 0; i < 2; i++) {
            if (kind == 0)                              /* EOR3 */
                r.d[i] = n.d[i] ^ m.d[i] ^ a.d[i];
            else if (kind == 1)                         /* BCAX */
                r.d[i] = n.d[i] ^ (m.d[i] & ~a.d[i]);
            else if (kind == 3)                         /* RAX1 */
                r.d[i] = n.d[i] ^ ror64(m.d[i], 63);
            else                                        /* XAR */
                r.d[i] = ror64(n.d[i] ^ m.d[i], rot);
        }
    }
    vput(c, RD(insn), &r, true);
    return true;
}

/* ---- dispatch ---------------------------------------------------------------------------------- */

bool a64_simd_exec(A64CPU *cpu, SimdClass cls, uint32_t insn)
{
    switch (cls) {
    case SIMD_3SAME: return exec_3same(cpu, insn);
    case SIMD_3DIFF: return exec_3diff(cpu, insn);
    case SIMD_2MISC: return exec_2misc(cpu, insn);
    case SIMD_ACROSS: return exec_across(cpu, insn);
    case SIMD_COPY: return exec_copy(cpu, insn);
    case SIMD_PERM: return exec_perm(cpu, insn);
    case SIMD_EXT: return exec_ext(cpu, insn);
    case SIMD_TBL: return exec_tbl(cpu, insn);
    case SIMD_MODIMM: return exec_modimm(cpu, insn);
    case SIMD_SHIFT: return exec_shift(cpu, insn);
    case SIMD_ELEM: return exec_elem(cpu, insn);
    case SIMD_AES: return a64_simd_aes(cpu, insn);
    case SIMD_SHA3: return a64_simd_sha3(cpu, insn);
    case SIMD_SHA2: return a64_simd_sha2(cpu, insn);
    case SIMD_3EXT: return exec_3ext(cpu, insn);
    case SIMD_FP16_3SAME: return exec_fp16_3same(cpu, insn);
    case SIMD_FP16_2MISC: return exec_fp16_2misc(cpu, insn);
    case SIMD_SHA3X: return exec_sha3x(cpu, insn);
    default: return false;
    }
}

/* ---- floating point (the exact model of fpu.h) ------------------------------------------- */

static inline unsigned fexp_bits(unsigned es) { return es == 64 ? 11 : es == 32 ? 8 : 5; }
static inline bool fis_nan(uint64_t x, unsigned es)
{
    unsigned fb = es - 1 - fexp_bits(es);
    uint64_t e = (x >> fb) & ((1ull << fexp_bits(es)) - 1), f = x & ((1ull << fb) - 1);
    return e == (1ull << fexp_bits(es)) - 1 && f;
}

/* FPProcessNaN of one operand (quiet it, IOC for a signaling one, FPCR.DN). */
static uint64_t fp_nan1(A64CPU *c, unsigned es, uint64_t a, uint64_t fpcr)
{
    return a64_fp_binop(c, A64_FP_ADD, es, a, a, fpcr);
}

/* RecipEstimate / RecipSqrtEstimate of the Arm ARM: 9-bit input, result 256..511. */
static unsigned recip_est(unsigned a)
{
    a = a * 2 + 1;
    unsigned b = (1u << 19) / a;
    return (b + 1) / 2;
}

static unsigned rsqrt_est(unsigned a)
{
    if (a < 256)
        a = a * 2 + 1;
    else {
        a = (a >> 1) << 1;
        a = (a + 1) * 2;
    }
    unsigned b = 512;
    while ((uint64_t)a * (b + 1) * (b + 1) < (1ull << 28))
        b++;
    return (b + 1) / 2;
}

/* Fields of an FP value: sign, biased exponent, fraction widened to 52 bits. */
typedef struct { bool sign; int exp; uint64_t frac; bool zero, inf, nan; } FpParts;

static FpParts fp_parts(A64CPU *c, unsigned es, uint64_t x, uint64_t fpcr)
{
    unsigned eb = fexp_bits(es), fb = es - 1 - eb;
    FpParts p;
    p.sign = (x >> (es - 1)) & 1;
    p.exp = (int)((x >> fb) & ((1u << eb) - 1));
    p.frac = (x & ((1ull << fb) - 1)) << (52 - fb);
    p.nan = p.exp == (1 << eb) - 1 && p.frac;
    p.inf = p.exp == (1 << eb) - 1 && !p.frac;
    if (p.exp == 0 && p.frac && (fpcr & (es == 16 ? A64_FPCR_FZ16 : A64_FPCR_FZ))) {
        c->fpsr |= A64_FPSR_IDC;
        p.frac = 0;
    }
    p.zero = p.exp == 0 && !p.frac;
    return p;
}

static uint64_t fp_make(unsigned es, bool sign, uint64_t exp, uint64_t frac52)
{
    unsigned eb = fexp_bits(es), fb = es - 1 - eb;
    return ((uint64_t)sign << (es - 1)) | ((exp & ((1ull << eb) - 1)) << fb) | (frac52 >> (52 - fb));
}

static uint64_t fp_inf(unsigned es, bool sign) { return fp_make(es, sign, ~0ull, 0); }

/* FRECPE */
static uint64_t fp_recpe(A64CPU *c, unsigned es, uint64_t x, uint64_t fpcr)
{
    FpParts p = fp_parts(c, es, x, fpcr);
    unsigned bias = es == 64 ? 1023 : es == 32 ? 127 : 15;
    if (p.nan)
        return fp_nan1(c, es, x, fpcr);
    if (p.inf)
        return fp_make(es, p.sign, 0, 0);
    if (p.zero) {
        c->fpsr |= A64_FPSR_DZC;
        return fp_inf(es, p.sign);
    }
    /* |x| < 2^-(bias+1): the reciprocal overflows */
    if (p.exp == 0 && !(p.frac >> 50)) {
        unsigned rm = (fpcr >> A64_FPCR_RMODE_SHIFT) & 3;
        bool to_inf = rm == 0 || (rm == 1 && !p.sign) || (rm == 2 && p.sign);
        c->fpsr |= A64_FPSR_OFC | A64_FPSR_IXC;
        return to_inf ? fp_inf(es, p.sign) : fp_make(es, p.sign, (1ull << fexp_bits(es)) - 2, ~0ull >> 12);
    }
    /* |x| >= 2^(bias-1): the result is subnormal, flushed under FZ */
    if ((fpcr & (es == 16 ? A64_FPCR_FZ16 : A64_FPCR_FZ)) && p.exp >= (int)(2 * bias - 1)) {
        c->fpsr |= A64_FPSR_UFC;
        return fp_make(es, p.sign, 0, 0);
    }
    int exp = p.exp;
    uint64_t frac = p.frac;
    if (exp == 0) {
        if (!((frac >> 51) & 1)) {
            exp = -1;
            frac = (frac << 2) & ((1ull << 52) - 1);
        } else {
            frac = (frac << 1) & ((1ull << 52) - 1);
        }
    }
    unsigned est = recip_est((unsigned)(256 | (frac >> 44)));
    int rexp = (int)(2 * bias - 1) - exp;
    uint64_t rfrac = (uint64_t)(est & 0xff) << 44;
    if (rexp == 0)
        rfrac = (1ull << 51) | (rfrac >> 1);
    else if (rexp == -1) {
        rfrac = (1ull << 50) | (rfrac >> 2);
        rexp = 0;
    }
    return fp_make(es, p.sign, (uint64_t)rexp, rfrac);
}

/* FRSQRTE */
static uint64_t fp_rsqrte(A64CPU *c, unsigned es, uint64_t x, uint64_t fpcr)
{
    FpParts p = fp_parts(c, es, x, fpcr);
    unsigned bias = es == 64 ? 1023 : es == 32 ? 127 : 15;
    if (p.nan)
        return fp_nan1(c, es, x, fpcr);
    if (p.zero) {
        c->fpsr |= A64_FPSR_DZC;
        return fp_inf(es, p.sign);
    }
    if (p.sign) {
        c->fpsr |= A64_FPSR_IOC;
        return a64_fp_default_nan(es);
    }
    if (p.inf)
        return 0;
    int exp = p.exp;
    uint64_t frac = p.frac;
    if (exp == 0) {
        while (!((frac >> 51) & 1)) {
            frac <<= 1;
            exp--;
        }
        frac = (frac << 1) & ((1ull << 52) - 1);
    }
    /* odd exponent: '01':fraction<51:45>; even: '1':fraction<51:44> */
    unsigned scaled = (exp & 1) ? (unsigned)(128 | (frac >> 45)) : (unsigned)(256 | (frac >> 44));
    int rexp = ((int)(3 * bias - 1) - exp) / 2;     /* the numerator is positive */
    unsigned est = rsqrt_est(scaled);
    return fp_make(es, false, (uint64_t)rexp, (uint64_t)(est & 0xff) << 44);
}

/* FRECPX */
static uint64_t fp_recpx(A64CPU *c, unsigned es, uint64_t x, uint64_t fpcr)
{
    FpParts p = fp_parts(c, es, x, fpcr);
    uint64_t emax = (1ull << fexp_bits(es)) - 1;
    if (p.nan)
        return fp_nan1(c, es, x, fpcr);
    if (p.exp == 0)
        return fp_make(es, p.sign, emax - 1, 0);
    return fp_make(es, p.sign, ~(uint64_t)p.exp & emax, 0);
}

/* The FPCompare nibble as a lane mask for one predicate. */
enum { FC_EQ, FC_GE, FC_GT, FC_LE, FC_LT };

static uint64_t fcmp_lane(A64CPU *c, unsigned es, uint64_t a, uint64_t b, int pred, uint64_t fpcr)
{
    unsigned nzcv = a64_fp_compare(c, es, a, b, pred != FC_EQ, fpcr);
    bool n = nzcv & 8, z = nzcv & 4, cf = nzcv & 2, v = nzcv & 1, r;
    switch (pred) {
    case FC_EQ: r = z; break;
    case FC_GE: r = cf && !v; break;
    case FC_GT: r = cf && !z && !v; break;
    case FC_LE: r = n || z; break;
    default: r = n; break;
    }
    return r ? emask(es == 64 ? 3 : es == 32 ? 2 : 1) : 0;
}

/* One lane of an FP three-same op; key = U:a:opcode<2:0>. */
static uint64_t fp3_lane(A64CPU *c, unsigned key, unsigned es, uint64_t a, uint64_t b, uint64_t d,
                         uint64_t fpcr)
{
    uint64_t sign = a64_fp_sign_bit(es), abs = ~sign;
    switch (key) {
    case 0x0: return a64_fp_binop(c, A64_FP_MAXNM, es, a, b, fpcr);
    case 0x1: return a64_fp_muladd(c, es, d, a, b, fpcr);
    case 0x2: return a64_fp_binop(c, A64_FP_ADD, es, a, b, fpcr);
    case 0x3: return a64_fp_binop(c, A64_FP_MULX, es, a, b, fpcr);
    case 0x4: return fcmp_lane(c, es, a, b, FC_EQ, fpcr);
    case 0x6: return a64_fp_binop(c, A64_FP_MAX, es, a, b, fpcr);
    case 0x7: return a64_fp_binop(c, A64_FP_RECPS, es, a, b, fpcr);
    case 0x8: return a64_fp_binop(c, A64_FP_MINNM, es, a, b, fpcr);
    case 0x9: return a64_fp_muladd(c, es, d, a ^ sign, b, fpcr);
    case 0xa: return a64_fp_binop(c, A64_FP_SUB, es, a, b, fpcr);
    case 0xe: return a64_fp_binop(c, A64_FP_MIN, es, a, b, fpcr);
    case 0xf: return a64_fp_binop(c, A64_FP_RSQRTS, es, a, b, fpcr);
    case 0x10: return a64_fp_binop(c, A64_FP_MAXNM, es, a, b, fpcr);   /* FMAXNMP */
    case 0x12: return a64_fp_binop(c, A64_FP_ADD, es, a, b, fpcr);     /* FADDP */
    case 0x13: return a64_fp_binop(c, A64_FP_MUL, es, a, b, fpcr);
    case 0x14: return fcmp_lane(c, es, a, b, FC_GE, fpcr);
    case 0x15: return fcmp_lane(c, es, a & abs, b & abs, FC_GE, fpcr);   /* FACGE */
    case 0x16: return a64_fp_binop(c, A64_FP_MAX, es, a, b, fpcr);     /* FMAXP */
    case 0x17: return a64_fp_binop(c, A64_FP_DIV, es, a, b, fpcr);
    case 0x18: return a64_fp_binop(c, A64_FP_MINNM, es, a, b, fpcr);   /* FMINNMP */
    case 0x1a: return a64_fp_binop(c, A64_FP_ABD, es, a, b, fpcr);
    case 0x1c: return fcmp_lane(c, es, a, b, FC_GT, fpcr);
    case 0x1d: return fcmp_lane(c, es, a & abs, b & abs, FC_GT, fpcr);   /* FACGT */
    default: return a64_fp_binop(c, A64_FP_MIN, es, a, b, fpcr);       /* 0x1e FMINP */
    }
}


/*
 * A half-precision operand of FPMulAddH as a single: exact, NaNs keep their
 * signaling state (the multiply-add then applies the NaN rules), FZ16
 * flushes a subnormal to zero.
 */
static uint64_t widen_h(uint64_t h, uint64_t fpcr)
{
    uint32_t sign = (uint32_t)(h & 0x8000) << 16, exp = (h >> 10) & 0x1f, frac = h & 0x3ff;
    if (exp == 0x1f)
        return sign | 0x7f800000 | (frac << 13);
    if (exp == 0) {
        if (!frac || (fpcr & A64_FPCR_FZ16))
            return sign;
        uint32_t e = 113;                               /* 2^-14 is single exponent 113 */
        while (!(frac & 0x400)) {
            frac <<= 1;
            e--;
        }
        return sign | (e << 23) | ((frac & 0x3ff) << 13);
    }
    return sign | ((exp + 112) << 23) | (frac << 13);
}

/* FMLAL/FMLSL(2): single lanes += (-)half lanes of n (upper part if `upper`) * half lanes of m
 * (or m's element mi when mi >= 0), with one rounding. */
static void fhm_lanes(A64CPU *c, Vec *r, const Vec *n, const Vec *m, bool q, bool sub, bool upper, int mi)
{
    unsigned elems = q ? 4 : 2, base = upper ? elems : 0;
    uint64_t fpcr = c->fpcr;
    for (unsigned i = 0; i < elems; i++) {
        uint64_t a = widen_h(eget(n, base + i, 1), fpcr);
        uint64_t b = widen_h(eget(m, mi >= 0 ? (unsigned)mi : base + i, 1), fpcr);
        eset(r, i, 2, a64_fp_muladd(c, 32, eget(r, i, 2), sub ? a ^ 0x80000000u : a, b, fpcr));
    }
}

/* FP three-same on elements of es bits (the FP16 class has the same opcodes). */
static bool fp3same_core(A64CPU *c, uint32_t insn, unsigned es)
{
    bool q = F(insn, 30, 1), u = F(insn, 29, 1), scalar = F(insn, 28, 1);
    unsigned a = F(insn, 23, 1), opc = F(insn, 11, 3);
    unsigned key = (u << 4) | (a << 3) | opc;
    unsigned rd = RD(insn), rn = RN(insn), rm = RM(insn);
    static const uint32_t vec_ok = 0x75fdc7df;     /* keys that exist as vector ops */
    static const uint32_t scal_ok = 0x34308098;    /* FMULX FCMEQ FRECPS FRSQRTS FCMGE FACGE FABD FCMGT FACGT */
    if (!(((scalar ? scal_ok : vec_ok) >> key) & 1))
        return false;
    if (!scalar && es == 64 && !q)
        return false;
    if (!c)
        return true;
    unsigned esz = fesz(es);
    unsigned elems = scalar ? 1 : (8u << q) >> esz;
    bool pairwise = !scalar && (key == 0x10 || key == 0x12 || key == 0x16 || key == 0x18 || key == 0x1e);
    Vec n = vget(c, rn), m = vget(c, rm), d = vget(c, rd), r = { { 0, 0 } };
    uint64_t fpcr = c->fpcr;
    for (unsigned i = 0; i < elems; i++) {
        uint64_t x, y;
        if (pairwise) {
            const Vec *src = 2 * i < elems ? &n : &m;
            unsigned j = (2 * i) % elems;
            x = eget(src, j, esz);
            y = eget(src, j + 1, esz);
        } else {
            x = eget(&n, i, esz);
            y = eget(&m, i, esz);
        }
        eset(&r, i, esz, fp3_lane(c, key, es, x, y, eget(&d, i, esz), fpcr));
    }
    vput(c, rd, &r, q && !scalar);
    return true;
}

static bool a64_simd_fp3same(A64CPU *c, uint32_t insn)
{
    unsigned key = (F(insn, 29, 1) << 4) | (F(insn, 23, 1) << 3) | F(insn, 11, 3);
    if (key == 0x05 || key == 0x0d || key == 0x11 || key == 0x19) {   /* FMLAL FMLSL FMLAL2 FMLSL2 */
        if (F(insn, 22, 1) || F(insn, 28, 1))
            return false;
        if (c) {
            Vec n = vget(c, RN(insn)), m = vget(c, RM(insn)), d = vget(c, RD(insn));
            fhm_lanes(c, &d, &n, &m, F(insn, 30, 1), F(insn, 23, 1), key >= 0x10, -1);
            vput(c, RD(insn), &d, F(insn, 30, 1));
        }
        return true;
    }
    return fp3same_core(c, insn, F(insn, 22, 1) ? 64 : 32);
}
static bool exec_fp16_3same(A64CPU *c, uint32_t insn) { return fp3same_core(c, insn, 16); }

/* One lane of an FP two-register misc op; key = U:a:opcode<4:0>. */
static uint64_t fp2_lane(A64CPU *c, unsigned key, unsigned es, uint64_t x, uint64_t fpcr)
{
    bool u = key >> 6;
    uint64_t sign = a64_fp_sign_bit(es);
    switch (key & 0x3f) {
    case 0x18: return a64_fp_round_int(c, es, x, u ? A64_RM_TIEAWAY : A64_RM_TIEEVEN, false, fpcr);
    case 0x19: return a64_fp_round_int(c, es, x, u ? A64_RM_FPCR : A64_RM_NEGINF, u, fpcr);
    case 0x1a: return a64_fp_to_fixed(c, es, x, 0, es, u, A64_RM_TIEEVEN, fpcr);
    case 0x1b: return a64_fp_to_fixed(c, es, x, 0, es, u, A64_RM_NEGINF, fpcr);
    case 0x1c: return a64_fp_to_fixed(c, es, x, 0, es, u, A64_RM_TIEAWAY, fpcr);
    case 0x1d: return a64_fp_from_fixed(c, es, x, 0, es, u, A64_RM_FPCR, fpcr);
    case 0x2c: return fcmp_lane(c, es, x, 0, u ? FC_GE : FC_GT, fpcr);
    case 0x2d: return fcmp_lane(c, es, x, 0, u ? FC_LE : FC_EQ, fpcr);
    case 0x2e: return fcmp_lane(c, es, x, 0, FC_LT, fpcr);
    case 0x2f: return u ? x ^ sign : x & ~sign;
    case 0x38: return a64_fp_round_int(c, es, x, A64_RM_POSINF, false, fpcr);
    case 0x39: return a64_fp_round_int(c, es, x, u ? A64_RM_FPCR : A64_RM_ZERO, false, fpcr);
    case 0x3a: return a64_fp_to_fixed(c, es, x, 0, es, u, A64_RM_POSINF, fpcr);
    case 0x3b: return a64_fp_to_fixed(c, es, x, 0, es, u, A64_RM_ZERO, fpcr);
    case 0x3c:                                          /* URECPE URSQRTE */
        if (!u)
            return (x >> 31) & 1 ? (uint64_t)recip_est((unsigned)(x >> 23) & 0x1ff) << 23 : 0xffffffffu;
        return (x >> 30) & 3 ? (uint64_t)rsqrt_est((unsigned)(x >> 23) & 0x1ff) << 23 : 0xffffffffu;
    case 0x3d: return u ? fp_rsqrte(c, es, x, fpcr) : fp_recpe(c, es, x, fpcr);
    case 0x3f: return u ? a64_fp_sqrt(c, es, x, fpcr) : fp_recpx(c, es, x, fpcr);
    }
    return 0;
}

static bool fp2misc_core(A64CPU *c, uint32_t insn, unsigned es);

static bool a64_simd_fp2misc(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), u = F(insn, 29, 1), scalar = F(insn, 28, 1);
    unsigned a = F(insn, 23, 1), sz = F(insn, 22, 1), opc = F(insn, 12, 5);
    unsigned rd = RD(insn), rn = RN(insn);
    if (opc != 0x16 && opc != 0x17)
        return fp2misc_core(c, insn, sz ? 64 : 32);
    {                   /* FCVTN FCVTXN FCVTL */
        if (a || (opc == 0x17 && u) || (opc == 0x16 && u && !sz) || (scalar && !(opc == 0x16 && u)))
            return false;
        if (!c)
            return true;
        Vec n = vget(c, rn), d = vget(c, rd), r = { { 0, 0 } };
        unsigned big = sz ? 64 : 32, small = sz ? 32 : 16, bsz = sz ? 3 : 2, ssz = bsz - 1;
        unsigned half = scalar ? 1 : 64 / small;
        uint64_t fpcr = c->fpcr;
        if (opc == 0x16) {
            unsigned base = (q && !scalar) ? half : 0;
            if (base)
                r = d;
            for (unsigned i = 0; i < half; i++)
                eset(&r, base + i, ssz, a64_fp_convert(c, small, big, eget(&n, i, bsz),
                                                       u ? A64_RM_ODD : A64_RM_FPCR, fpcr));
            vput(c, rd, &r, q && !scalar);
        } else {
            for (unsigned i = 0; i < half; i++)
                eset(&r, i, bsz, a64_fp_convert(c, big, small, eget(&n, (q ? half : 0) + i, ssz),
                                                A64_RM_FPCR, fpcr));
            vput(c, rd, &r, true);
        }
        return true;
    }
}

static bool exec_fp16_2misc(A64CPU *c, uint32_t insn) { return fp2misc_core(c, insn, 16); }

/* FP two-register misc on elements of es bits, other than FCVTN/FCVTXN/FCVTL. */
static bool fp2misc_core(A64CPU *c, uint32_t insn, unsigned es)
{
    bool q = F(insn, 30, 1), u = F(insn, 29, 1), scalar = F(insn, 28, 1);
    unsigned a = F(insn, 23, 1), opc = F(insn, 12, 5), rd = RD(insn), rn = RN(insn);
    unsigned key = (u << 6) | (a << 5) | opc;
    bool ok;
    switch (key & 0x3f) {
    case 0x18: case 0x19: ok = !scalar; break;
    case 0x1a: case 0x1b: case 0x1c: case 0x1d: ok = true; break;
    case 0x2c: case 0x2d: ok = true; break;
    case 0x2e: ok = !u; break;
    case 0x2f: ok = !scalar; break;
    case 0x38: ok = !u && !scalar; break;
    case 0x39: ok = !scalar; break;
    case 0x3a: case 0x3b: ok = true; break;
    case 0x3c: ok = !scalar && es == 32; break;    /* URECPE URSQRTE */
    case 0x3d: ok = true; break;
    case 0x3f: ok = u ? !scalar : scalar; break;
    default: ok = false; break;
    }
    if (!ok || (!scalar && es == 64 && !q))
        return false;
    if (!c)
        return true;
    unsigned esz = fesz(es);
    unsigned elems = scalar ? 1 : (8u << q) >> esz;
    Vec n = vget(c, rn), r = { { 0, 0 } };
    uint64_t fpcr = c->fpcr;
    for (unsigned i = 0; i < elems; i++)
        eset(&r, i, esz, fp2_lane(c, key, es, eget(&n, i, esz), fpcr));
    vput(c, rd, &r, q && !scalar);
    return true;
}

/* Reduce() of the Arm ARM: op over the two halves of lanes [lo, lo+n), recursively. */
static uint64_t fp_reduce(A64CPU *c, unsigned op, unsigned es, const Vec *v, unsigned lo, unsigned n,
                          uint64_t fpcr)
{
    if (n == 1)
        return eget(v, lo, fesz(es));
    uint64_t x = fp_reduce(c, op, es, v, lo, n / 2, fpcr), y = fp_reduce(c, op, es, v, lo + n / 2, n / 2, fpcr);
    return a64_fp_binop(c, op, es, x, y, fpcr);
}

/* FMAXNMV FMINNMV FMAXV FMINV (4S; U=0: 4H/8H), and the scalar pairwise FP ops (U=0: half). */
static bool a64_simd_fpacross(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), u = F(insn, 29, 1), scalar = F(insn, 28, 1);
    unsigned a = F(insn, 23, 1), sz = F(insn, 22, 1), opc = F(insn, 12, 5);
    unsigned rd = RD(insn), rn = RN(insn), op;
    switch (opc) {
    case 0x0c: op = a ? A64_FP_MINNM : A64_FP_MAXNM; break;
    case 0x0d: if (a || !scalar) return false; op = A64_FP_ADD; break;
    case 0x0f: op = a ? A64_FP_MIN : A64_FP_MAX; break;
    default: return false;
    }
    unsigned es = !u ? 16 : sz ? 64 : 32;
    if (!u && sz)
        return false;
    if (!scalar && (u ? (!q || sz) : false))
        return false;
    if (!c)
        return true;
    uint64_t fpcr = c->fpcr;
    Vec n = vget(c, rn), r = { { 0, 0 } };
    unsigned cnt = scalar ? 2 : (8u << q) >> fesz(es);
    eset(&r, 0, fesz(es), fp_reduce(c, op, es, &n, 0, cnt, fpcr));
    vput(c, rd, &r, false);
    return true;
}

/* SCVTF UCVTF FCVTZS FCVTZU (vector and scalar, fixed point) */
static bool a64_simd_fpshift(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), u = F(insn, 29, 1), scalar = F(insn, 28, 1);
    unsigned immh = F(insn, 19, 4), immhb = F(insn, 16, 7), opc = F(insn, 11, 5);
    unsigned rd = RD(insn), rn = RN(insn);
    if (immh < 2)
        return false;
    unsigned es = immh >= 8 ? 64 : immh >= 4 ? 32 : 16, esz = fesz(es), fbits = 2 * es - immhb;
    if (!scalar && es == 64 && !q)
        return false;
    if (!c)
        return true;
    unsigned elems = scalar ? 1 : (8u << q) >> esz;
    Vec n = vget(c, rn), r = { { 0, 0 } };
    uint64_t fpcr = c->fpcr;
    for (unsigned i = 0; i < elems; i++) {
        uint64_t x = eget(&n, i, esz);
        eset(&r, i, esz, opc == 0x1c ? a64_fp_from_fixed(c, es, x, fbits, es, u, A64_RM_FPCR, fpcr)
                                     : a64_fp_to_fixed(c, es, x, fbits, es, u, A64_RM_ZERO, fpcr));
    }
    vput(c, rd, &r, q && !scalar);
    return true;
}

/* FMLA FMLS FMUL FMULX by element */
static bool a64_simd_fpelem(A64CPU *c, uint32_t insn)
{
    bool q = F(insn, 30, 1), u = F(insn, 29, 1), scalar = F(insn, 28, 1);
    unsigned size = F(insn, 22, 2), opc = F(insn, 12, 4);
    unsigned l = F(insn, 21, 1), h = F(insn, 11, 1), rd = RD(insn), rn = RN(insn);
    if (size == 1 || (u && opc != 9) || (size == 3 && (l || (!scalar && !q))))
        return false;
    if (!c)
        return true;
    unsigned es = size == 3 ? 64 : size == 2 ? 32 : 16, esz = fesz(es);
    unsigned idx = size == 3 ? h : size == 2 ? (h << 1) | l : (h << 2) | (l << 1) | F(insn, 20, 1);
    unsigned rm = size == 0 ? F(insn, 16, 4) : RM(insn);
    unsigned elems = scalar ? 1 : (8u << q) >> esz;
    Vec n = vget(c, rn), m = vget(c, rm), d = vget(c, rd), r = { { 0, 0 } };
    uint64_t e = eget(&m, idx, esz), sign = a64_fp_sign_bit(es), fpcr = c->fpcr;
    for (unsigned i = 0; i < elems; i++) {
        uint64_t x = eget(&n, i, esz), v;
        switch (opc) {
        case 1: v = a64_fp_muladd(c, es, eget(&d, i, esz), x, e, fpcr); break;
        case 5: v = a64_fp_muladd(c, es, eget(&d, i, esz), x ^ sign, e, fpcr); break;
        default: v = a64_fp_binop(c, u ? A64_FP_MULX : A64_FP_MUL, es, x, e, fpcr); break;
        }
        eset(&r, i, esz, v);
    }
    vput(c, rd, &r, q && !scalar);
    return true;
}

/* ---- crypto: AES, SHA1, SHA256 ---------------------------------------------------------- */

static uint8_t aes_sbox[256], aes_inv_sbox[256];

static uint8_t gf_mul(uint8_t a, uint8_t b)
{
    uint8_t r = 0;
    while (b) {
        if (b & 1)
            r ^= a;
        a = (uint8_t)((a << 1) ^ (a & 0x80 ? 0x1b : 0));
        b >>= 1;
    }
    return r;
}

static uint8_t rotl8(uint8_t x, unsigned n) { return (uint8_t)((x << n) | (x >> (8 - n))); }

/* The S-box from its definition: multiplicative inverse in GF(2^8), then the affine map. */
static void aes_init_sbox(void)
{
    for (unsigned x = 0; x < 256; x++) {
        uint8_t inv = 0;
        for (unsigned y = 1; y < 256 && x; y++)
            if (gf_mul((uint8_t)x, (uint8_t)y) == 1) {
                inv = (uint8_t)y;
                break;
            }
        uint8_t s = inv ^ rotl8(inv, 1) ^ rotl8(inv, 2) ^ rotl8(inv, 3) ^ rotl8(inv, 4) ^ 0x63;
        aes_sbox[x] = s;
        aes_inv_sbox[s] = (uint8_t)x;
    }
}

/* The state is column-major: byte r + 4c is row r of column c. */
static void aes_mix(uint8_t *st, bool inv)
{
    static const uint8_t fwd[4] = { 2, 3, 1, 1 }, bwd[4] = { 14, 11, 13, 9 };
    const uint8_t *k = inv ? bwd : fwd;
    for (unsigned c = 0; c < 4; c++) {
        uint8_t a[4], *col = st + 4 * c;
        memcpy(a, col, 4);
        for (unsigned r = 0; r < 4; r++)
            col[r] = gf_mul(a[r], k[0]) ^ gf_mul(a[(r + 1) % 4], k[1]) ^
                     gf_mul(a[(r + 2) % 4], k[2]) ^ gf_mul(a[(r + 3) % 4], k[3]);
    }
}

void a64_simd_setup(void)
{
    aes_init_sbox();
}

static bool a64_simd_aes(A64CPU *c, uint32_t insn)
{
    unsigned size = F(insn, 22, 2), opc = F(insn, 12, 5), rd = RD(insn), rn = RN(insn);
    if (size || opc < 4 || opc > 7)
        return false;
    if (!c)
        return true;
    uint8_t in[16], st[16];
    memcpy(in, c->v[rn], 16);
    if (opc <= 5) {                                     /* AESE / AESD: AddRoundKey, (Inv)ShiftRows, (Inv)SubBytes */
        uint8_t x[16];
        memcpy(x, c->v[rd], 16);
        for (unsigned i = 0; i < 16; i++)
            x[i] ^= in[i];
        for (unsigned col = 0; col < 4; col++)
            for (unsigned r = 0; r < 4; r++) {
                if (opc == 4)
                    st[r + 4 * col] = aes_sbox[x[r + 4 * ((col + r) % 4)]];
                else
                    st[r + 4 * ((col + r) % 4)] = aes_inv_sbox[x[r + 4 * col]];
            }
    } else {                                            /* AESMC / AESIMC */
        memcpy(st, in, 16);
        aes_mix(st, opc == 7);
    }
    memcpy(c->v[rd], st, 16);
    return true;
}

static inline uint32_t rol32(uint32_t x, unsigned n) { return (x << n) | (x >> ((32 - n) & 31)); }
static inline uint32_t ror32(uint32_t x, unsigned n) { return rol32(x, (32 - n) & 31); }
static inline uint32_t sha_choose(uint32_t x, uint32_t y, uint32_t z) { return ((y ^ z) & x) ^ z; }
static inline uint32_t sha_major(uint32_t x, uint32_t y, uint32_t z) { return (x & y) | ((x | y) & z); }
static inline uint32_t sha_parity(uint32_t x, uint32_t y, uint32_t z) { return x ^ y ^ z; }

static void v32(const A64CPU *c, unsigned n, uint32_t *w) { memcpy(w, c->v[n], 16); }
static void put32(A64CPU *c, unsigned n, const uint32_t *w) { memcpy(c->v[n], w, 16); }

/* SHA1C/P/M: four rounds on X = abcd, y = e; after each, (Y:X) rotates left by 32 bits. */
static void sha1_rounds(uint32_t *x, uint32_t y, const uint32_t *w, unsigned kind)
{
    for (unsigned e = 0; e < 4; e++) {
        uint32_t t = kind == 0 ? sha_choose(x[1], x[2], x[3])
                   : kind == 1 ? sha_parity(x[1], x[2], x[3]) : sha_major(x[1], x[2], x[3]);
        y += rol32(x[0], 5) + t + w[e];
        x[1] = rol32(x[1], 30);
        uint32_t top = x[3];
        x[3] = x[2];
        x[2] = x[1];
        x[1] = x[0];
        x[0] = y;
        y = top;
    }
}

static uint32_t sigma0(uint32_t x) { return ror32(x, 2) ^ ror32(x, 13) ^ ror32(x, 22); }
static uint32_t sigma1(uint32_t x) { return ror32(x, 6) ^ ror32(x, 11) ^ ror32(x, 25); }

/* SHA256hash: X = abcd, Y = efgh; returns X (part1) or Y in out. */
static void sha256_hash(const uint32_t *xin, const uint32_t *yin, const uint32_t *w, bool part1,
                        uint32_t *out)
{
    uint32_t x[4], y[4];
    memcpy(x, xin, 16);
    memcpy(y, yin, 16);
    for (unsigned e = 0; e < 4; e++) {
        uint32_t chs = sha_choose(y[0], y[1], y[2]), maj = sha_major(x[0], x[1], x[2]);
        uint32_t t = y[3] + sigma1(y[0]) + chs + w[e];
        x[3] = t + x[3];
        y[3] = t + sigma0(x[0]) + maj;
        /* (Y:X) rotated left by 32 bits */
        uint32_t ytop = y[3], xtop = x[3];
        y[3] = y[2]; y[2] = y[1]; y[1] = y[0]; y[0] = xtop;
        x[3] = x[2]; x[2] = x[1]; x[1] = x[0]; x[0] = ytop;
    }
    memcpy(out, part1 ? x : y, 16);
}

static bool a64_simd_sha3(A64CPU *c, uint32_t insn)
{
    unsigned size = F(insn, 22, 2), opc = F(insn, 12, 3), rd = RD(insn), rn = RN(insn), rm = RM(insn);
    if (size || opc == 7)
        return false;
    if (!c)
        return true;
    uint32_t d[4], n[4], m[4], r[4];
    v32(c, rd, d);
    v32(c, rn, n);
    v32(c, rm, m);
    switch (opc) {
    case 0: case 1: case 2:                             /* SHA1C SHA1P SHA1M */
        memcpy(r, d, 16);
        sha1_rounds(r, n[0], m, opc);
        break;
    case 3:                                             /* SHA1SU0: (n<63:0>:d<127:64>) ^ d ^ m */
        r[0] = d[2] ^ d[0] ^ m[0];
        r[1] = d[3] ^ d[1] ^ m[1];
        r[2] = n[0] ^ d[2] ^ m[2];
        r[3] = n[1] ^ d[3] ^ m[3];
        break;
    case 4: sha256_hash(d, n, m, true, r); break;        /* SHA256H */
    case 5: sha256_hash(n, d, m, false, r); break;       /* SHA256H2 */
    default: {                                          /* SHA256SU1 */
        uint32_t t0[4] = { n[1], n[2], n[3], m[0] };
        for (unsigned e = 0; e < 4; e++) {
            uint32_t x = e < 2 ? m[2 + e] : r[e - 2];
            x = ror32(x, 17) ^ ror32(x, 19) ^ (x >> 10);
            r[e] = x + d[e] + t0[e];
        }
        break;
    }
    }
    put32(c, rd, r);
    return true;
}

static bool a64_simd_sha2(A64CPU *c, uint32_t insn)
{
    unsigned size = F(insn, 22, 2), opc = F(insn, 12, 5), rd = RD(insn), rn = RN(insn);
    if (size || opc > 2)
        return false;
    if (!c)
        return true;
    uint32_t d[4], n[4], r[4] = { 0, 0, 0, 0 };
    v32(c, rd, d);
    v32(c, rn, n);
    switch (opc) {
    case 0:                                             /* SHA1H: scalar, upper bits cleared */
        r[0] = rol32(n[0], 30);
        break;
    case 1: {                                           /* SHA1SU1 */
        uint32_t t[4] = { d[0] ^ n[1], d[1] ^ n[2], d[2] ^ n[3], d[3] };
        r[0] = rol32(t[0], 1);
        r[1] = rol32(t[1], 1);
        r[2] = rol32(t[2], 1);
        r[3] = rol32(t[3], 1) ^ rol32(t[0], 2);
        break;
    }
    default: {                                          /* SHA256SU0 */
        uint32_t t[4] = { d[1], d[2], d[3], n[0] };
        for (unsigned e = 0; e < 4; e++)
            r[e] = (ror32(t[e], 7) ^ ror32(t[e], 18) ^ (t[e] >> 3)) + d[e];
        break;
    }
    }
    put32(c, rd, r);
    return true;
}
