/*
 * IR blocks: construction, the op table, exact evaluation of the pure ops
 * (shared by the interpreter and the optimizer so they cannot disagree),
 * the helper registry, and the -d op dump.
 */
#include <assert.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "translator/ir.h"
#include "util/util.h"

const IROpDef ir_op_defs[IR_NUM_OPS] = {
#define DEF(name, nout, nin, nconst, flags) { #name, nout, nin, nconst, flags },
#include "ir-ops.h.inc"
#undef DEF
};

/* ---- helper registry ------------------------------------------------------ */

#define IR_MAX_HELPERS 1024
static IRHelper helpers[IR_MAX_HELPERS];
static uint32_t nhelpers;

uint32_t ir_helper_register(const char *name, IRHelperFn fn, uint32_t flags)
{
    for (uint32_t i = 0; i < nhelpers; i++)
        if (helpers[i].fn == fn && strcmp(helpers[i].name, name) == 0)
            return i;
    if (nhelpers == IR_MAX_HELPERS)
        xrun_fatal(XRUN_EXIT_INTERNAL, "too many IR helpers");
    helpers[nhelpers] = (IRHelper){ name, fn, flags };
    return nhelpers++;
}

void ir_helper_set_writes(uint32_t idx, uint32_t first, uint32_t count)
{
    assert(idx < nhelpers);
    helpers[idx].wfirst = first;
    helpers[idx].wcount = count;
}

const IRHelper *ir_helper_get(uint32_t idx)
{
    assert(idx < nhelpers);
    return &helpers[idx];
}

/* ---- blocks ------------------------------------------------------------------- */

void ir_block_init(IRBlock *b, const IRGlobal *globals, uint32_t nglobals,
                   uint32_t scratch_offset)
{
    memset(b, 0, sizeof(*b));
    b->globals = globals;
    b->nglobals = nglobals;
    b->scratch_offset = scratch_offset;
    b->cap = 1024;
    b->ops = malloc(b->cap * sizeof(IROp));
    if (!b->ops)
        xrun_fatal(XRUN_EXIT_NOMEM, "out of memory");
}

void ir_block_reset(IRBlock *b, uint64_t guest_pc)
{
    b->nops = 0;
    b->ntemps = b->nglobals;
    b->nlabels = 0;
    b->guest_pc = guest_pc;
    b->guest_end = guest_pc;
    b->ninsns = 0;
    b->nside = 0;
    b->max_side = IR_MAX_SLOTS - IR_FIRST_SIDE_SLOT;
}

void ir_block_free(IRBlock *b)
{
    free(b->ops);
    b->ops = NULL;
}

void ir_block_copy(IRBlock *dst, const IRBlock *src)
{
    IROp *ops = dst->ops;
    uint32_t cap = dst->cap;
    if (cap < src->nops) {
        cap = src->nops;
        ops = realloc(ops, cap * sizeof(IROp));
        if (!ops)
            xrun_fatal(XRUN_EXIT_NOMEM, "out of memory");
    }
    *dst = *src;
    dst->ops = ops;
    dst->cap = cap;
    memcpy(ops, src->ops, src->nops * sizeof(IROp));
}

IRTemp ir_new_temp(IRBlock *b)
{
    /* Frontends stop adding instructions when ir_block_has_room() fails. */
    assert(b->ntemps < IR_MAX_TEMPS);
    return b->ntemps++;
}

uint32_t ir_new_label(IRBlock *b) { return b->nlabels++; }

IROp *ir_emit(IRBlock *b, IROpc opc)
{
    if (b->nops == b->cap) {
        b->cap *= 2;
        b->ops = realloc(b->ops, b->cap * sizeof(IROp));
        if (!b->ops)
            xrun_fatal(XRUN_EXIT_NOMEM, "out of memory");
    }
    IROp *op = &b->ops[b->nops++];
    op->opc = opc;
    return op;
}

/* ---- evaluation ----------------------------------------------------------------- */

bool ir_cond_eval(IRCond c, uint64_t a, uint64_t b)
{
    switch (c) {
    case IR_EQ: return a == b;
    case IR_NE: return a != b;
    case IR_LT: return (int64_t)a < (int64_t)b;
    case IR_GE: return (int64_t)a >= (int64_t)b;
    case IR_LTU: return a < b;
    case IR_GEU: return a >= b;
    case IR_LE: return (int64_t)a <= (int64_t)b;
    case IR_GT: return (int64_t)a > (int64_t)b;
    case IR_LEU: return a <= b;
    case IR_GTU: return a > b;
    case IR_TSTEQ: return (a & b) == 0;
    case IR_TSTNE: return (a & b) != 0;
    default: assert(!"bad condition"); return false;
    }
}

static uint64_t mulh_u(uint64_t a, uint64_t b)
{
    return (uint64_t)(((unsigned __int128)a * b) >> 64);
}

uint64_t ir_eval_binary(IROpc opc, uint64_t a, uint64_t b)
{
    switch (opc) {
    case IR_add: return a + b;
    case IR_sub: return a - b;
    case IR_mul: return a * b;
    case IR_mulsh: return (uint64_t)(((__int128)(int64_t)a * (int64_t)b) >> 64);
    case IR_muluh: return mulh_u(a, b);
    case IR_mulsuh: return (uint64_t)(((__int128)(int64_t)a * (__int128)(unsigned __int128)b) >> 64);
    case IR_divs:
        if (b == 0) return ~0ull;
        if (a == (uint64_t)INT64_MIN && b == ~0ull) return a;
        return (uint64_t)((int64_t)a / (int64_t)b);
    case IR_divu: return b == 0 ? ~0ull : a / b;
    case IR_rems:
        if (b == 0) return a;
        if (a == (uint64_t)INT64_MIN && b == ~0ull) return 0;
        return (uint64_t)((int64_t)a % (int64_t)b);
    case IR_remu: return b == 0 ? a : a % b;
    case IR_and: return a & b;
    case IR_or: return a | b;
    case IR_xor: return a ^ b;
    case IR_andc: return a & ~b;
    case IR_orc: return a | ~b;
    case IR_shl: return a << (b & 63);
    case IR_shr: return a >> (b & 63);
    case IR_sar: return (uint64_t)((int64_t)a >> (b & 63));
    case IR_rotl: b &= 63; return b ? (a << b) | (a >> (64 - b)) : a;
    case IR_rotr: b &= 63; return b ? (a >> b) | (a << (64 - b)) : a;
    case IR_rotr32: a = (uint32_t)a; b &= 31; return (uint32_t)(b ? (a >> b) | (a << (32 - b)) : a);
    default: assert(!"not a binary op"); return 0;
    }
}

uint64_t ir_eval_unary(IROpc opc, uint64_t a)
{
    switch (opc) {
    case IR_mov: return a;
    case IR_neg: return -a;
    case IR_not: return ~a;
    case IR_ext8s: return (uint64_t)(int64_t)(int8_t)a;
    case IR_ext8u: return (uint8_t)a;
    case IR_ext16s: return (uint64_t)(int64_t)(int16_t)a;
    case IR_ext16u: return (uint16_t)a;
    case IR_ext32s: return (uint64_t)(int64_t)(int32_t)a;
    case IR_ext32u: return (uint32_t)a;
    case IR_clz: return a ? (uint64_t)__builtin_clzll(a) : 64;
    case IR_ctz: return a ? (uint64_t)__builtin_ctzll(a) : 64;
    case IR_popcnt: return (uint64_t)__builtin_popcountll(a);
    case IR_bswap16: return __builtin_bswap16((uint16_t)a);
    case IR_bswap32: return __builtin_bswap32((uint32_t)a);
    case IR_bswap64: return __builtin_bswap64(a);
    default: assert(!"not a unary op"); return 0;
    }
}

static uint64_t sext_bytes(uint64_t v, unsigned bytes)
{
    unsigned sh = 64 - 8 * bytes;
    return (uint64_t)((int64_t)(v << sh) >> sh);
}

/* New memory value for an atomic read-modify-write of `bytes` bytes. */
uint64_t ir_eval_atomic(IRAtomicOp aop, uint64_t old, uint64_t val, unsigned bytes)
{
    uint64_t mask = bytes == 8 ? ~0ull : (1ull << (8 * bytes)) - 1;
    uint64_t so = sext_bytes(old, bytes), sv = sext_bytes(val, bytes);
    uint64_t uo = old & mask, uv = val & mask;
    switch (aop) {
    case IR_AMO_XCHG: return val;
    case IR_AMO_ADD: return old + val;
    case IR_AMO_AND: return old & val;
    case IR_AMO_OR: return old | val;
    case IR_AMO_XOR: return old ^ val;
    case IR_AMO_ANDC: return old & ~val;
    case IR_AMO_SMIN: return (int64_t)so < (int64_t)sv ? old : val;
    case IR_AMO_SMAX: return (int64_t)so > (int64_t)sv ? old : val;
    case IR_AMO_UMIN: return uo < uv ? old : val;
    case IR_AMO_UMAX: return uo > uv ? old : val;
    default: assert(!"bad atomic op"); return old;
    }
}

/*
 * The host's own double arithmetic (SSE2 on x86_64, round-to-nearest): the
 * flags it raises stay in the host status word, as in JIT code.  volatile
 * keeps the compiler from folding or reordering the operation.
 */
/* Raise "invalid" through an SSE operation, where the JIT's compares raise it. */
static void raise_invalid(void)
{
    volatile double z = 0.0;
    z = z / z;
    (void)z;
}

static bool is_nan_bits(uint64_t v) { return (v & 0x7fffffffffffffffull) > 0x7ff0000000000000ull; }
static bool is_snan_bits(uint64_t v) { return is_nan_bits(v) && !(v & 0x0008000000000000ull); }

uint64_t ir_eval_fpu64(IRFpuOp op, uint64_t a, uint64_t b, uint64_t nan)
{
    volatile double x, y, r;
    memcpy((void *)&x, &a, 8);
    memcpy((void *)&y, &b, 8);
    switch (op) {
    case IR_FPU_CMP_EQ:
        if (is_snan_bits(a) || is_snan_bits(b))
            raise_invalid();
        return x == y;
    case IR_FPU_TO_I64Z:
        if (is_nan_bits(a) || !(x > -9223372036854777856.0 && x < 9223372036854775808.0)) {
            raise_invalid();
            return 1ull << 63;
        } else {
            volatile int64_t i = (int64_t)x;       /* truncates, inexact raised */
            return (uint64_t)i;
        }
    case IR_FPU_TO_I32Z:
        if (is_nan_bits(a) || !(x > -2147483649.0 && x < 2147483648.0)) {
            raise_invalid();
            return 1ull << 31;
        } else {
            volatile int32_t i = (int32_t)x;
            return (uint32_t)i;
        }
    case IR_FPU_CMP3:
        if (is_snan_bits(a) || is_snan_bits(b))
            raise_invalid();
        if (is_nan_bits(a) || is_nan_bits(b))
            return 3;
        return x < y ? 0 : x == y ? 1 : 2;
    case IR_FPU_CMP_LT:
    case IR_FPU_CMP_LE:
        if (is_nan_bits(a) || is_nan_bits(b)) {
            raise_invalid();
            return 0;
        }
        return op == IR_FPU_CMP_LT ? x < y : x <= y;
    default:
        break;
    }
    switch (op) {
    case IR_FPU_ADD: r = x + y; break;
    case IR_FPU_SUB: r = x - y; break;
    case IR_FPU_MUL: r = x * y; break;
    case IR_FPU_DIV: r = x / y; break;
    case IR_FPU_FROM_I64: { volatile int64_t i = (int64_t)a; r = (double)i; break; }
    case IR_FPU_FROM_I32: { volatile int32_t i = (int32_t)a; r = (double)i; break; }
    default: r = __builtin_sqrt(x); break;
    }
    double rv = r;
    uint64_t bits;
    memcpy(&bits, &rv, 8);
    if (nan && rv != rv)
        return nan;
    return bits;
}

bool ir_host_has_fma(void)
{
#if defined(__x86_64__)
    static int has = -1;
    if (has < 0) {               /* XRUN_HOST_NO_FMA: test the other path */
        const char *off = getenv("XRUN_HOST_NO_FMA");
        __builtin_cpu_init();
        has = __builtin_cpu_supports("fma") != 0 && !(off && *off && *off != '0');
    }
    return has;
#else
    return false;
#endif
}

/* a + b * c rounded once, on the host's FMA (glibc's fma uses it when present). */
static uint64_t eval_fma(uint64_t a, uint64_t b, uint64_t c)
{
    volatile double x, y, z, r;
    memcpy((void *)&x, &a, 8);
    memcpy((void *)&y, &b, 8);
    memcpy((void *)&z, &c, 8);
    r = fma(y, z, x);
    double rv = r;
    uint64_t bits;
    memcpy(&bits, &rv, 8);
    return bits;
}

/* fpu64c's ops on floats: the host's single precision, flags accumulating. */
static uint64_t eval_f32(IRFpuOp op, uint64_t a, uint64_t b, uint64_t c)
{
    uint32_t ua = (uint32_t)a, ub = (uint32_t)b, uc = (uint32_t)c;
    volatile float x, y, z, r;
    memcpy((void *)&x, &ua, 4);
    memcpy((void *)&y, &ub, 4);
    memcpy((void *)&z, &uc, 4);
    switch (op) {
    case IR_FPU_ADD: r = x + y; break;
    case IR_FPU_SUB: r = x - y; break;
    case IR_FPU_MUL: r = x * y; break;
    case IR_FPU_DIV: r = x / y; break;
    case IR_FPU_SQRT: r = __builtin_sqrtf(x); break;
    default: r = fmaf(y, z, x); break;
    }
    float rv = r;
    uint32_t bits;
    memcpy(&bits, &rv, 4);
    return bits;
}

uint64_t ir_exec_fpu64c(void *cpu, uint64_t c0, uint64_t a, uint64_t b, uint64_t c, uint64_t f)
{
    bool fma_op = ir_fpc_op(c0) == IR_FPU_FMA, f32 = ir_fpc_flags(c0) & IR_FPC_F32;
    if (f == 0 && (!fma_op || ir_host_has_fma())) {
        uint64_t r = f32 ? eval_f32(ir_fpc_op(c0), a, b, c)
                   : fma_op ? eval_fma(a, b, c) : ir_eval_fpu64(ir_fpc_op(c0), a, b, 0);
        unsigned fl = ir_fpc_flags(c0);
        uint64_t imin = ir_fpc_op(c0) == IR_FPU_TO_I32Z ? 1ull << 31 : 1ull << 63;
        bool unplain = f32 ? ir_fpc_unplain32(r) : ir_fpc_unplain(r);
        bool nan = f32 ? (r & 0x7fffffff) > 0x7f800000 : is_nan_bits(r);
        if (!((fl & IR_FPC_CHECK) && unplain) && !((fl & IR_FPC_NAN) && nan)
            && !((fl & IR_FPC_IMIN) && r == imin))
            return r;
    }
    return ir_helper_get(ir_fpc_helper(c0))->fn(cpu, a, b, c, f | ir_fpc_hi(c0));
}

/* ---- atomics on host memory ------------------------------------------------------ */

static uint64_t extend_mo(uint64_t v, uint64_t mo)
{
    unsigned sh = 64 - 8 * ir_mo_bytes(mo);
    if (sh == 0)
        return v;
    return mo & IR_MO_SIGN ? (uint64_t)((int64_t)(v << sh) >> sh) : (v << sh) >> sh;
}

/* Compare-and-swap of 1..8 bytes; returns the old value (zero-extended). */
static uint64_t cas(void *p, uint64_t cmp, uint64_t nv, unsigned bytes)
{
    switch (bytes) {
    case 1: { uint8_t e = (uint8_t)cmp; __atomic_compare_exchange_n((uint8_t *)p, &e, (uint8_t)nv, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
    case 2: { uint16_t e = (uint16_t)cmp; __atomic_compare_exchange_n((uint16_t *)p, &e, (uint16_t)nv, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
    case 4: { uint32_t e = (uint32_t)cmp; __atomic_compare_exchange_n((uint32_t *)p, &e, (uint32_t)nv, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
    default: { uint64_t e = cmp; __atomic_compare_exchange_n((uint64_t *)p, &e, nv, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
    }
}

static uint64_t load_relaxed(void *p, unsigned bytes)
{
    switch (bytes) {
    case 1: return __atomic_load_n((uint8_t *)p, __ATOMIC_RELAXED);
    case 2: return __atomic_load_n((uint16_t *)p, __ATOMIC_RELAXED);
    case 4: return __atomic_load_n((uint32_t *)p, __ATOMIC_RELAXED);
    default: return __atomic_load_n((uint64_t *)p, __ATOMIC_RELAXED);
    }
}

uint64_t ir_exec_cmpxchg(void *p, uint64_t cmp, uint64_t nv, uint64_t mo)
{
    return extend_mo(cas(p, cmp, nv, ir_mo_bytes(mo)), mo);
}

uint64_t ir_exec_atomic_rmw(void *p, uint64_t val, uint64_t mo, IRAtomicOp aop)
{
    unsigned n = ir_mo_bytes(mo);
    uint64_t old = load_relaxed(p, n), seen;
    for (;;) {
        seen = cas(p, old, ir_eval_atomic(aop, old, val, n), n);
        if (seen == old)
            return extend_mo(old, mo);
        old = seen;
    }
}

/* ---- dump --------------------------------------------------------------------------- */

static const char *const cond_names[IR_NUM_CONDS] = {
    "eq", "ne", "lt", "ge", "ltu", "geu", "le", "gt", "leu", "gtu", "tsteq", "tstne",
};
static const char *const amo_names[IR_NUM_AMO] = {
    "xchg", "add", "and", "or", "xor", "andc", "smin", "smax", "umin", "umax",
};

static void dump_temp(const IRBlock *b, IRTemp t, FILE *f)
{
    if (t == IR_NOTEMP)
        fputs("-", f);
    else if (t < b->nglobals)
        fputs(b->globals[t].name, f);
    else
        fprintf(f, "t%u", t - b->nglobals);
}

static void dump_const(const IROp *op, unsigned i, FILE *f)
{
    uint64_t c = op->args[i];
    const IROpDef *d = &ir_op_defs[op->opc];
    unsigned ci = i - d->nout - d->nin;
    switch (op->opc) {
    case IR_setcond: case IR_movcond: case IR_brcond:
        if (ci == 0) { fputs(c < IR_NUM_CONDS ? cond_names[c] : "?", f); return; }
        if (op->opc == IR_brcond) { fprintf(f, "L%" PRIu64, c); return; }
        break;
    case IR_set_label: case IR_br:
        fprintf(f, "L%" PRIu64, c);
        return;
    case IR_ld: case IR_st: case IR_atomic_rmw: case IR_atomic_cmpxchg:
        if (ci == 0) {
            fprintf(f, "%s%u", (c & IR_MO_SIGN) ? "s" : "u", 8 * ir_mo_bytes(c));
            return;
        }
        if (op->opc == IR_atomic_rmw) { fputs(c < IR_NUM_AMO ? amo_names[c] : "?", f); return; }
        break;
    case IR_call:
        fputs(ir_helper_get((uint32_t)c)->name, f);
        return;
    case IR_fpu64c:
        fprintf(f, "op%u, f%u, %s, $0x%" PRIx64, (unsigned)ir_fpc_op(c), ir_fpc_flags(c),
                ir_helper_get(ir_fpc_helper(c))->name, ir_fpc_hi(c));
        return;
    default:
        break;
    }
    fprintf(f, "$0x%" PRIx64, c);
}

void ir_dump(const IRBlock *b, FILE *f)
{
    for (uint32_t i = 0; i < b->nops; i++) {
        const IROp *op = &b->ops[i];
        const IROpDef *d = &ir_op_defs[op->opc];
        if (op->opc == IR_insn_start) {
            fprintf(f, " ---- %016" PRIx64 "\n", op->args[0]);
            continue;
        }
        if (op->opc == IR_set_label) {
            fprintf(f, " L%" PRIu64 ":\n", op->args[0]);
            continue;
        }
        fprintf(f, " %-14s", d->name);
        unsigned n = d->nout + d->nin + d->nconst;
        for (unsigned a = 0; a < n; a++) {
            if (a)
                fputs(", ", f);
            if (a < d->nout + d->nin)
                dump_temp(b, (IRTemp)op->args[a], f);
            else
                dump_const(op, a, f);
        }
        fputc('\n', f);
    }
}

int ir_side_exit_slot(IRBlock *b)
{
    if (b->nside >= b->max_side)
        return -1;
    return (int)(IR_FIRST_SIDE_SLOT + b->nside++);
}
