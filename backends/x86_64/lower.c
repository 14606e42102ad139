/*
 * IR lowering for the x86_64 JIT: one function per kind of op, over the
 * register allocator (regalloc.c) and the raw emitters (emit.c).  The block
 * around it (entry check, stubs, pc-recovery table) is jit.c's.
 */
#include <inttypes.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "jit_internal.h"
#include "translator/stats.h"
#include "util/util.h"

static X86Cond cond_cc(IRCond c)
{
    static const X86Cond map[IR_NUM_CONDS] = {
        [IR_EQ] = CC_E, [IR_NE] = CC_NE, [IR_LT] = CC_L, [IR_GE] = CC_GE,
        [IR_LTU] = CC_B, [IR_GEU] = CC_AE, [IR_LE] = CC_LE, [IR_GT] = CC_G,
        [IR_LEU] = CC_BE, [IR_GTU] = CC_A, [IR_TSTEQ] = CC_E, [IR_TSTNE] = CC_NE,
    };
    return map[c];
}


/* Emit the flags-setting compare for cond(a, b); registers loaded beforehand. */
static X86Cond emit_compare(JitCtx *c, IRCond cond, IRTemp a, IRTemp b)
{
    uint64_t v;
    X86Reg ra = ra_in(&c->ra, a);
    bool tst = cond == IR_TSTEQ || cond == IR_TSTNE;
    if (ra_is_const(&c->ra, b, &v) && fits32(v)) {
        if (tst)
            emit_test_ri(&c->e, ra, (int32_t)v);
        else
            emit_alu_ri(&c->e, ALU_CMP, ra, (int32_t)v);
    } else {
        X86Reg rb = ra_in(&c->ra, b);
        if (tst)
            emit_test_rr(&c->e, ra, rb);
        else
            emit_alu_rr(&c->e, ALU_CMP, ra, rb);
    }
    return cond_cc(cond);
}

static void jump_to_label(JitCtx *c, uint32_t field, uint32_t label)
{
    if (c->label_off[label] != UINT32_MAX) {
        emit_patch_rel32(&c->e, field, c->label_off[label]);
        return;
    }
    c->fixups = jit_grow(c->fixups, c->nfixups, &c->cap_fixups, sizeof(Fixup));
    c->fixups[c->nfixups++] = (Fixup){ field, label };
}

void jit_emit_exit(JitCtx *c, IRExit code)
{
    emit_store_env_imm32(&c->e, OFF(last_tb), 0);
    emit_mov_ri(&c->e, RAX, code);
    emit_patch_rel32(&c->e, emit_jmp_fwd(&c->e), (uint32_t)(jit_epilogue - c->e.start));
}

void jit_store_pc_imm(JitCtx *c, uint64_t pc)
{
    if (fits32(pc)) {
        emit_store_env_imm32(&c->e, OFF(pc), (int32_t)pc);
    } else {
        emit_mov_ri(&c->e, RAX, pc);
        emit_store_env(&c->e, RAX, OFF(pc));
    }
}

/* ---- ops ---------------------------------------------------------------------------------- */

static bool commutative(IROpc o)
{
    return o == IR_add || o == IR_mul || o == IR_and || o == IR_or || o == IR_xor;
}

/*
 * Global t is overwritten by the next op, which neither reads it nor can
 * let anyone see the guest state (pure, no fault, no exit): its value is
 * dead after the current op, whose result may take t's register (madd
 * x3, x3, x8, x0: the multiply goes into x3's register in place).
 */
static bool overwritten_next(JitCtx *c, IRTemp t)
{
    uint32_t i = c->ra.op_index;
    if (t >= c->b->nglobals || i + 1 >= c->b->nops || i + 1 == c->ra.skip_index)
        return false;
    const IROp *n = &c->b->ops[i + 1];
    const IROpDef *d = &ir_op_defs[n->opc];
    if ((d->flags & (IR_F_SIDE | IR_F_BB_END | IR_F_CALL | IR_F_MEM)) || n->opc == IR_insn_start ||
        d->nout != 1 || n->args[0] != t)
        return false;
    for (unsigned a = 1; a < 1u + d->nin; a++)
        if (n->args[a] == t)
            return false;
    return true;
}

/* The op being lowered may write its result over input t's register. */
static bool reusable(JitCtx *c, IRTemp t)
{
    return ra_dies(&c->ra, t) || overwritten_next(c, t);
}

/*
 * The op being lowered writes the local d whose only reader is the next op,
 * an ext32u of d: the op may compute in 32 bits, which x86 zero-extends for
 * free (add sub and or xor mul and small left shifts: the low half of their
 * result depends only on the low halves of their inputs).
 */
static bool zx32_at(JitCtx *c, IRTemp d, uint32_t j)
{
    if (j >= c->b->nops || c->ra.t[d].global || c->ra.t[d].last_use != j)
        return false;
    const IROp *n = &c->b->ops[j];
    return n->opc == IR_ext32u && n->args[1] == d;
}

static bool zx32_next(JitCtx *c, IRTemp d) { return zx32_at(c, d, c->ra.op_index + 1); }

/* d (in a register) is zero-extended already: the ext32u of it at op j is free. */
static void mark_zx32_at(JitCtx *c, IRTemp d, uint32_t j)
{
    c->ra.zx_temp = d;
    c->ra.zx_index = j;
}

static void mark_zx32(JitCtx *c, IRTemp d) { mark_zx32_at(c, d, c->ra.op_index + 1); }

/* A fresh destination for d = a + b / a + k / a - k: one lea instead of mov + op. */
static bool lower_alu_lea(JitCtx *c, IROpc o, X86Reg rd, X86Reg ra, X86Reg rb, bool imm, uint64_t v, bool w32)
{
    if (o == IR_add && !imm) {
        emit_lea_bi(&c->e, rd, ra, rb, 0, !w32);
        return true;
    }
    if ((o != IR_add && o != IR_sub) || !imm || (int32_t)v == INT32_MIN)
        return false;
    int32_t k = o == IR_add ? (int32_t)v : -(int32_t)v;
    if (w32)
        emit_lea32(&c->e, rd, ra, k);
    else
        emit_lea(&c->e, rd, ra, k);
    return true;
}

static void lower_alu(JitCtx *c, const IROp *op)
{
    IROpc o = op->opc;
    IRTemp d = (IRTemp)op->args[0], a = (IRTemp)op->args[1], b = (IRTemp)op->args[2];
    X86Alu alu = o == IR_add ? ALU_ADD : o == IR_sub ? ALU_SUB : o == IR_and ? ALU_AND
               : o == IR_or ? ALU_OR : ALU_XOR;
    bool w32 = zx32_next(c, d);
    uint64_t v = 0;
    bool imm = o != IR_mul && ra_is_const(&c->ra, b, &v) && fits32(v);
    X86Reg ra = ra_in(&c->ra, a);
    X86Reg rb = imm ? RSP : ra_in(&c->ra, b);
    X86Reg rd;
    if (d == a || reusable(c, a)) {
        rd = ra;
    } else if (!imm && commutative(o) && (d == b || reusable(c, b))) {
        rd = rb;
        rb = ra;
    } else {
        rd = ra_alloc(&c->ra);
        if (!lower_alu_lea(c, o, rd, ra, rb, imm, v, w32))
            emit_mov_rr(&c->e, rd, ra);
        else
            goto out;
    }
    if (o == IR_mul)
        w32 ? emit_imul32_rr(&c->e, rd, rb) : emit_imul_rr(&c->e, rd, rb);
    else if (imm)
        w32 ? emit_alu32_ri(&c->e, alu, rd, (int32_t)v) : emit_alu_ri(&c->e, alu, rd, (int32_t)v);
    else
        w32 ? emit_alu32_rr(&c->e, alu, rd, rb) : emit_alu_rr(&c->e, alu, rd, rb);
out:
    ra_set_out(&c->ra, d, rd);
    if (w32)
        mark_zx32(c, d);
}

/* d = a & ~b, a | ~b: andn with BMI1, else ~b in the destination, then the logic op with a. */
static void lower_andc_orc(JitCtx *c, const IROp *op)
{
    IRTemp d = (IRTemp)op->args[0], a = (IRTemp)op->args[1], b = (IRTemp)op->args[2];
    X86Reg ra = ra_in(&c->ra, a);
    X86Reg rb = ra_in(&c->ra, b);
    if (op->opc == IR_andc && emit_have_bmi()) {
        X86Reg rd = (d == a || reusable(c, a)) ? ra
                  : (d == b || reusable(c, b)) ? rb : ra_alloc(&c->ra);
        bool w32 = zx32_next(c, d);
        emit_andn(&c->e, rd, rb, ra, !w32);
        ra_set_out(&c->ra, d, rd);
        if (w32)
            mark_zx32(c, d);
        return;
    }
    X86Reg rd = (d == b || ra_dies(&c->ra, b)) && rb != ra ? rb : ra_alloc(&c->ra);
    emit_mov_rr(&c->e, rd, rb);
    emit_unary(&c->e, 2, rd);                                /* not */
    emit_alu_rr(&c->e, op->opc == IR_andc ? ALU_AND : ALU_OR, rd, ra);
    ra_set_out(&c->ra, d, rd);
}

/*
 * shl d, x, 1..3 whose only reader is the next op, add D, y, d: one
 * lea D, [y + x << n] (address arithmetic: aarch64 `[x23, x2, lsl #2]`),
 * in 32 bits when an ext32u of D, D's only reader, follows.  The add is
 * skipped when its turn comes.
 */
static bool fuse_shl_add(JitCtx *c, IRTemp d, IRTemp x, unsigned n)
{
    const IRBlock *b = c->b;
    uint32_t i = c->ra.op_index;
    if (n < 1 || n > 3 || i + 1 >= b->nops || c->ra.t[d].global || c->ra.t[d].last_use != i + 1)
        return false;
    const IROp *ad = &b->ops[i + 1];
    if (ad->opc != IR_add)
        return false;
    IRTemp D = (IRTemp)ad->args[0], a1 = (IRTemp)ad->args[1], a2 = (IRTemp)ad->args[2];
    IRTemp y = a1 == d ? a2 : a2 == d ? a1 : IR_NOTEMP;
    uint64_t v;
    if (y == IR_NOTEMP || y == d || ra_is_const(&c->ra, y, &v))
        return false;
    bool w32 = zx32_at(c, D, i + 2);
    X86Reg rx = ra_in(&c->ra, x);
    X86Reg ry = ra_in(&c->ra, y);
    X86Reg rd = ra_alloc(&c->ra);
    emit_lea_scaled(&c->e, rd, ry, rx, n, !w32);
    ra_set_out(&c->ra, D, rd);
    if (w32)
        mark_zx32_at(c, D, i + 2);
    c->ra.skip_index = i + 1;
    return true;
}

/* Shift or rotate by a constant. */
static void lower_shift_const(JitCtx *c, X86Shift sh, IRTemp d, IRTemp a, uint64_t v)
{
    X86Reg ra = ra_in(&c->ra, a);
    bool reuse = d == a || reusable(c, a);
    X86Reg rd = reuse ? ra : ra_alloc(&c->ra);
    unsigned n = (unsigned)(v & 63);
    if (sh == SH_SHL && n < 32 && zx32_next(c, d)) {
        emit_mov_rr(&c->e, rd, ra);
        emit_shift32_ri(&c->e, SH_SHL, rd, (uint8_t)n);
        ra_set_out(&c->ra, d, rd);
        mark_zx32(c, d);
        return;
    }
    if ((sh == SH_ROR || sh == SH_ROL) && n && !reuse && emit_have_bmi()) {
        emit_rorx(&c->e, rd, ra, (uint8_t)(sh == SH_ROR ? n : 64 - n), true);
    } else {
        emit_mov_rr(&c->e, rd, ra);
        if (n)
            emit_shift_ri(&c->e, sh, rd, (uint8_t)n);
    }
    ra_set_out(&c->ra, d, rd);
}

static void lower_shift(JitCtx *c, const IROp *op)
{
    IROpc o = op->opc;
    IRTemp d = (IRTemp)op->args[0], a = (IRTemp)op->args[1], b = (IRTemp)op->args[2];
    X86Shift sh = o == IR_shl ? SH_SHL : o == IR_shr ? SH_SHR : o == IR_sar ? SH_SAR
                : o == IR_rotl ? SH_ROL : SH_ROR;
    uint64_t v;
    if (ra_is_const(&c->ra, b, &v)) {
        if (sh != SH_SHL || !fuse_shl_add(c, d, a, (unsigned)(v & 63)))
            lower_shift_const(c, sh, d, a, v);
        return;
    }
    if (sh != SH_ROL && sh != SH_ROR && emit_have_bmi()) {
        /* shlx/shrx/sarx: any count register, counts taken mod 64 as in the IR */
        X86Reg ra = ra_in(&c->ra, a);
        X86Reg rb = ra_in(&c->ra, b);
        X86Reg rd = (d == a || ra_dies(&c->ra, a)) ? ra
                  : (d == b || ra_dies(&c->ra, b)) ? rb : ra_alloc(&c->ra);
        emit_shiftx(&c->e, sh, rd, ra, rb);
        ra_set_out(&c->ra, d, rd);
        return;
    }
    ra_in_fixed(&c->ra, b, RCX);
    X86Reg ra = ra_in(&c->ra, a);
    X86Reg rd = (d == a || ra_dies(&c->ra, a)) && ra != RCX ? ra : ra_alloc(&c->ra);
    emit_mov_rr(&c->e, rd, ra);
    emit_shift_cl(&c->e, sh, rd);
    ra_set_out(&c->ra, d, rd);
}

/* rotr32: a 32-bit ror (which zero-extends), by a constant or by CL. */
static void lower_rotr32(JitCtx *c, const IROp *op)
{
    IRTemp d = (IRTemp)op->args[0], a = (IRTemp)op->args[1], b = (IRTemp)op->args[2];
    uint64_t v;
    if (ra_is_const(&c->ra, b, &v)) {
        X86Reg ra = ra_in(&c->ra, a);
        bool reuse = d == a || reusable(c, a);
        X86Reg rd = reuse ? ra : ra_alloc(&c->ra);
        if ((v & 31) && !reuse && emit_have_bmi()) {
            emit_rorx(&c->e, rd, ra, (uint8_t)(v & 31), false);
        } else if (v & 31) {
            emit_mov_rr(&c->e, rd, ra);
            emit_shift32_ri(&c->e, SH_ROR, rd, (uint8_t)(v & 31));
        } else {
            emit_movzx(&c->e, rd, ra, 4);
        }
        ra_set_out(&c->ra, d, rd);
        return;
    }
    ra_in_fixed(&c->ra, b, RCX);
    X86Reg ra = ra_in(&c->ra, a);
    X86Reg rd = (d == a || ra_dies(&c->ra, a)) && ra != RCX ? ra : ra_alloc(&c->ra);
    emit_mov_rr(&c->e, rd, ra);
    emit_shift32_cl(&c->e, SH_ROR, rd);
    emit_movzx(&c->e, rd, rd, 4);       /* a count of 0 may leave the upper half */
    ra_set_out(&c->ra, d, rd);
}

/*
 * A global the block reads no more and that is no loop register: a copy
 * to it goes home at once rather than holding a register (and evicting a
 * value still needed) until the block's exit.
 */
static bool copy_goes_home(JitCtx *c, IRTemp d)
{
    if (d >= c->b->nglobals || ra_next_use(&c->ra, d) != UINT32_MAX)
        return false;
    for (uint32_t i = 0; i < c->loop.n; i++)
        if (c->loop.g[i] == d)
            return false;
    return true;
}

static void lower_unary(JitCtx *c, const IROp *op)
{
    IRTemp d = (IRTemp)op->args[0], a = (IRTemp)op->args[1];
    uint64_t v;
    if (op->opc == IR_mov && ra_is_const(&c->ra, a, &v)) {
        ra_set_const(&c->ra, d, v);
        return;
    }
    if (op->opc == IR_mov && d != a && copy_goes_home(c, d)) {
        ra_store_copy(&c->ra, d, ra_in(&c->ra, a));
        return;
    }
    X86Reg ra = ra_in(&c->ra, a);
    bool reuse = d == a || reusable(c, a);
    X86Reg rd = reuse ? ra : ra_alloc(&c->ra);
    if (op->opc == IR_ext32u && c->ra.zx_index == c->ra.op_index && c->ra.zx_temp == a) {
        emit_mov_rr(&c->e, rd, ra);     /* nothing when reused: a is extended already */
        ra_set_out(&c->ra, d, rd);
        return;
    }
    switch (op->opc) {
    case IR_mov: emit_mov_rr(&c->e, rd, ra); break;
    case IR_neg: emit_mov_rr(&c->e, rd, ra); emit_unary(&c->e, 3, rd); break;
    case IR_not: emit_mov_rr(&c->e, rd, ra); emit_unary(&c->e, 2, rd); break;
    case IR_ext8s: emit_movsx(&c->e, rd, ra, 1); break;
    case IR_ext16s: emit_movsx(&c->e, rd, ra, 2); break;
    case IR_ext32s: emit_movsx(&c->e, rd, ra, 4); break;
    case IR_ext8u: emit_movzx(&c->e, rd, ra, 1); break;
    case IR_ext16u: emit_movzx(&c->e, rd, ra, 2); break;
    case IR_ext32u: emit_movzx(&c->e, rd, ra, 4); break;
    case IR_bswap64: emit_mov_rr(&c->e, rd, ra); emit_bswap(&c->e, rd, true); break;
    case IR_bswap32: emit_mov_rr(&c->e, rd, ra); emit_bswap(&c->e, rd, false); break;
    case IR_bswap16:
        emit_mov_rr(&c->e, rd, ra);
        emit_bswap(&c->e, rd, false);
        emit_shift_ri(&c->e, SH_SHR, rd, 16);
        break;
    default: break;
    }
    ra_set_out(&c->ra, d, rd);
}

/* High half of a 64x64 multiply through RDX:RAX. */
static void lower_mulh(JitCtx *c, const IROp *op)
{
    IRTemp d = (IRTemp)op->args[0], a = (IRTemp)op->args[1], b = (IRTemp)op->args[2];
    ra_claim(&c->ra, RDX);
    ra_claim(&c->ra, RAX);          /* mul clobbers RAX: nothing may live there */
    ra_in_fixed(&c->ra, a, RAX);
    X86Reg rb = ra_in(&c->ra, b);
    emit_unary(&c->e, op->opc == IR_mulsh ? 5 : 4, rb);
    ra_set_out(&c->ra, d, RDX);
}

/*
 * Load the operands of a compare before anything that sets flags (loading a
 * constant 0 is an xor).  A small constant second operand stays an immediate.
 */
static void load_compare_operands(JitCtx *c, IRCond cond, IRTemp a, IRTemp b)
{
    uint64_t v;
    ra_in(&c->ra, a);
    if (!ra_is_const(&c->ra, b, &v) || !fits32(v))
        ra_in(&c->ra, b);
}

/*
 * Unsigned division by a constant k (3 <= k < 2^63, not a power of two) as a
 * multiply by a magic number (Granlund and Montgomery): with m = ceil(2^(64+s)
 * / k) and e = m*k - 2^(64+s) <= 2^s, q = mulhi(a, m) >> s for every 64-bit a.
 * When the smallest such m needs 65 bits (s = l = bits of k always works),
 * the "add" form keeps its low 64 bits t = mulhi(a, m - 2^64) and computes
 * q = (t + ((a - t) >> 1)) >> (l - 1) without overflow.
 */
typedef struct UDivMagic { uint64_t m; unsigned s; bool add; } UDivMagic;

static UDivMagic udiv_magic(uint64_t k)
{
    typedef unsigned __int128 u128;
    unsigned l = 64 - (unsigned)__builtin_clzll(k);      /* 2^(l-1) < k < 2^l */
    for (unsigned s = 0; s <= l; s++) {
        u128 p = (u128)1 << (64 + s);
        u128 m = p / k + 1;
        if (m >> 64)
            break;
        if (m * k - p <= ((u128)1 << s))
            return (UDivMagic){ (uint64_t)m, s, false };
    }
    u128 m = ((u128)1 << (64 + l)) / k + 1;              /* in (2^64, 2^65) */
    return (UDivMagic){ (uint64_t)m, l, true };
}

/*
 * rd = ra / k or ra % k (1 <= k < 2^63) without a division: a shift or mask
 * for powers of two, else a multiply by the magic number through RDX:RAX
 * (both free; rd and ra distinct and neither of them).
 */
static void emit_divu_const(JitCtx *c, bool rem, uint64_t k, X86Reg rd, X86Reg ra)
{
    emit_mov_rr(&c->e, rd, ra);
    if ((k & (k - 1)) == 0) {
        unsigned sh = (unsigned)__builtin_ctzll(k);
        if (rem && sh == 0) {
            emit_mov_ri(&c->e, rd, 0);
        } else if (rem && sh <= 31) {
            emit_alu_ri(&c->e, ALU_AND, rd, (int32_t)(k - 1));
        } else if (rem && sh == 32) {
            emit_mov_rr32(&c->e, rd, rd);
        } else if (rem) {
            emit_shift_ri(&c->e, SH_SHL, rd, (uint8_t)(64 - sh));
            emit_shift_ri(&c->e, SH_SHR, rd, (uint8_t)(64 - sh));
        } else if (sh) {
            emit_shift_ri(&c->e, SH_SHR, rd, (uint8_t)sh);
        }
        return;
    }
    UDivMagic mg = udiv_magic(k);
    emit_mov_ri(&c->e, RAX, mg.m);
    emit_unary(&c->e, 4, ra);                         /* rdx:rax = a * m */
    if (mg.add) {
        emit_alu_rr(&c->e, ALU_SUB, rd, RDX);
        emit_shift_ri(&c->e, SH_SHR, rd, 1);
        emit_alu_rr(&c->e, ALU_ADD, rd, RDX);
        emit_shift_ri(&c->e, SH_SHR, rd, (uint8_t)(mg.s - 1));
    } else {
        emit_mov_rr(&c->e, rd, RDX);
        if (mg.s)
            emit_shift_ri(&c->e, SH_SHR, rd, (uint8_t)mg.s);
    }
    if (rem) {                                        /* a - q * k */
        emit_mov_ri(&c->e, RAX, k);
        emit_imul_rr(&c->e, RAX, rd);
        emit_mov_rr(&c->e, rd, ra);
        emit_alu_rr(&c->e, ALU_SUB, rd, RAX);
    }
}

/*
 * A speculated divisor (frontends/riscv64/trans_rvm.c.inc): the op at index
 * i is y = (g == K) ? k : f, with g a global, K and k constants, and the
 * next op divides (divu/remu) by y and is y's only reader.  Then y always
 * equals f, and the division can test g == K and divide by the constant k.
 */
typedef struct SpecDiv { IRTemp g; uint64_t gk, k; } SpecDiv;

static bool spec_div_at(JitCtx *c, uint32_t i, SpecDiv *sd)
{
    const IRBlock *b = c->b;
    if (i + 1 >= b->nops)
        return false;
    const IROp *mc = &b->ops[i], *dv = &b->ops[i + 1];
    IRTemp y = (IRTemp)mc->args[0];
    if (mc->opc != IR_movcond || mc->args[5] != IR_EQ || y < b->nglobals ||
        (dv->opc != IR_divu && dv->opc != IR_remu) || dv->args[2] != y || dv->args[1] == y ||
        c->ra.t[y].last_use != i + 1)
        return false;
    sd->g = (IRTemp)mc->args[1];
    return sd->g < b->nglobals && ra_is_const(&c->ra, (IRTemp)mc->args[2], &sd->gk) && fits32(sd->gk) &&
           ra_is_const(&c->ra, (IRTemp)mc->args[3], &sd->k) && sd->k != 0 && sd->k < (1ull << 63);
}

/*
 * divs/divu/rems/remu inline: x86 div/idiv through RDX:RAX, with the IR's
 * defined results taken on separate paths (x86 would trap): divisor 0 gives
 * all ones (div) or the dividend (rem); INT64_MIN / -1 gives INT64_MIN (div)
 * or 0 (rem).
 */
static void lower_div(JitCtx *c, const IROp *op)
{
    IROpc o = op->opc;
    bool sign = o == IR_divs || o == IR_rems, rem = o == IR_rems || o == IR_remu;
    IRTemp d = (IRTemp)op->args[0], a = (IRTemp)op->args[1], b = (IRTemp)op->args[2];
    uint64_t k;
    SpecDiv sd;
    bool konst = !sign && ra_is_const(&c->ra, b, &k) && k != 0 && k < (1ull << 63);
    bool spec = !sign && !konst && c->ra.op_index > 0 && spec_div_at(c, c->ra.op_index - 1, &sd);
    ra_claim(&c->ra, RDX);
    ra_claim(&c->ra, RAX);
    X86Reg ra = ra_in(&c->ra, a);
    X86Reg rd = ra_alloc(&c->ra);
    if (konst) {
        emit_divu_const(c, rem, k, rd, ra);
        ra_set_out(&c->ra, d, rd);
        return;
    }
    X86Reg rb = ra_in(&c->ra, b);
    uint32_t done[3], n = 0;
    if (spec) {
        /* the guess holds: divide by the constant; else divide below */
        X86Reg rg = ra_in(&c->ra, sd.g);
        emit_alu_ri(&c->e, ALU_CMP, rg, (int32_t)sd.gk);
        uint32_t miss = emit_jcc_fwd(&c->e, CC_NE);
        emit_divu_const(c, rem, sd.k, rd, ra);
        done[n++] = emit_jmp_fwd(&c->e);
        emit_patch_rel32(&c->e, miss, emit_offset(&c->e));
    }

    /* divisor 0 */
    emit_test_rr(&c->e, rb, rb);
    uint32_t nonzero = emit_jcc_fwd(&c->e, CC_NE);
    if (rem)
        emit_mov_rr(&c->e, rd, ra);
    else
        emit_mov_ri(&c->e, rd, ~0ull);
    done[n++] = emit_jmp_fwd(&c->e);
    emit_patch_rel32(&c->e, nonzero, emit_offset(&c->e));
    if (sign) {
        /* INT64_MIN / -1: only the divisor -1 needs a look at the dividend */
        emit_alu_ri(&c->e, ALU_CMP, rb, -1);
        uint32_t normal = emit_jcc_fwd(&c->e, CC_NE);
        if (rem)
            emit_mov_ri(&c->e, rd, 0);
        else {
            emit_mov_rr(&c->e, rd, ra);
            emit_unary(&c->e, 3, rd);            /* -a: INT64_MIN stays INT64_MIN */
        }
        done[n++] = emit_jmp_fwd(&c->e);
        emit_patch_rel32(&c->e, normal, emit_offset(&c->e));
    }
    emit_mov_rr(&c->e, RAX, ra);
    if (sign)
        emit_cqo(&c->e);
    else
        emit_mov_ri(&c->e, RDX, 0);
    emit_unary(&c->e, sign ? 7 : 6, rb);         /* idiv / div */
    emit_mov_rr(&c->e, rd, rem ? RDX : RAX);
    for (uint32_t i = 0; i < n; i++)
        emit_patch_rel32(&c->e, done[i], emit_offset(&c->e));
    ra_set_out(&c->ra, d, rd);
}

static void lower_setcond(JitCtx *c, const IROp *op)
{
    IRTemp d = (IRTemp)op->args[0];
    load_compare_operands(c, (IRCond)op->args[3], (IRTemp)op->args[1], (IRTemp)op->args[2]);
    X86Reg rd = ra_alloc(&c->ra);
    X86Cond cc = emit_compare(c, (IRCond)op->args[3], (IRTemp)op->args[1], (IRTemp)op->args[2]);
    emit_setcc(&c->e, cc, rd);
    ra_set_out(&c->ra, d, rd);
}

static void lower_movcond(JitCtx *c, const IROp *op)
{
    IRTemp d = (IRTemp)op->args[0];
    load_compare_operands(c, (IRCond)op->args[5], (IRTemp)op->args[1], (IRTemp)op->args[2]);
    X86Reg rt = ra_in(&c->ra, (IRTemp)op->args[3]);
    X86Reg rf = ra_in(&c->ra, (IRTemp)op->args[4]);
    X86Reg rd = ra_alloc(&c->ra);
    emit_mov_rr(&c->e, rd, rf);
    X86Cond cc = emit_compare(c, (IRCond)op->args[5], (IRTemp)op->args[1], (IRTemp)op->args[2]);
    emit_cmov(&c->e, cc, rd, rt);
    ra_set_out(&c->ra, d, rd);
}

/*
 * fpu64 on SSE2 through xmm0/xmm1 (scratch: the allocator never uses XMM
 * registers).  MXCSR keeps the default round-to-nearest; the exceptions
 * stay in its sticky flags (translator/hostfp.h).
 */
static void lower_fpu64(JitCtx *c, const IROp *op)
{
    static const X86Sse sse[] = { SSE_ADD, SSE_SUB, SSE_MUL, SSE_DIV, SSE_SQRT };
    IRFpuOp fop = (IRFpuOp)op->args[3];
    uint64_t nan = op->args[4];
    bool unary = fop == IR_FPU_SQRT || fop == IR_FPU_FROM_I64 || fop == IR_FPU_FROM_I32;
    X86Reg ra = ra_in(&c->ra, (IRTemp)op->args[1]);
    X86Reg rb = unary ? RSP : ra_in(&c->ra, (IRTemp)op->args[2]);
    X86Reg rd = ra_alloc(&c->ra);
    if (fop == IR_FPU_FROM_I64 || fop == IR_FPU_FROM_I32) {
        emit_cvtsi2sd(&c->e, 0, ra, fop == IR_FPU_FROM_I64);
        emit_movq_from_xmm(&c->e, rd, 0);
        ra_set_out(&c->ra, (IRTemp)op->args[0], rd);
        return;
    }
    if (fop == IR_FPU_CMP3) {
        /* ucomisd: CF less, ZF equal, all of ZF PF CF unordered: 2 (above + parity) + equal */
        X86Reg tmp = ra_alloc(&c->ra);
        emit_movq_to_xmm(&c->e, 0, ra);
        emit_movq_to_xmm(&c->e, 1, rb);
        emit_ucomisd(&c->e, 0, 1);                 /* lea, unlike add, keeps the flags */
        emit_setcc(&c->e, CC_A, rd);
        emit_setcc(&c->e, CC_P, tmp);
        emit_lea_bi(&c->e, rd, rd, tmp, 0, true);
        emit_lea_bi(&c->e, rd, rd, rd, 0, true);
        emit_setcc(&c->e, CC_E, tmp);
        emit_lea_bi(&c->e, rd, rd, tmp, 0, true);
        ra_set_out(&c->ra, (IRTemp)op->args[0], rd);
        return;
    }
    if (fop >= IR_FPU_CMP_EQ) {
        /* ucomisd/comisd set ZF PF CF; unordered sets all three */
        emit_movq_to_xmm(&c->e, 0, ra);
        emit_movq_to_xmm(&c->e, 1, rb);
        if (fop == IR_FPU_CMP_EQ) {
            X86Reg tmp = ra_alloc(&c->ra);
            emit_ucomisd(&c->e, 0, 1);
            emit_setcc(&c->e, CC_E, rd);
            emit_setcc(&c->e, CC_NP, tmp);
            emit_alu_rr(&c->e, ALU_AND, rd, tmp);
        } else {
            emit_comisd(&c->e, 1, 0);        /* b ? a: a < b is "above", a <= b "above or equal" */
            emit_setcc(&c->e, fop == IR_FPU_CMP_LT ? CC_A : CC_AE, rd);
        }
        ra_set_out(&c->ra, (IRTemp)op->args[0], rd);
        return;
    }
    emit_movq_to_xmm(&c->e, 0, ra);
    if (fop == IR_FPU_SQRT) {
        emit_sse_sd(&c->e, SSE_SQRT, 0, 0);
    } else {
        emit_movq_to_xmm(&c->e, 1, rb);
        emit_sse_sd(&c->e, sse[fop], 0, 1);
    }
    emit_movq_from_xmm(&c->e, rd, 0);
    if (nan) {
        emit_ucomisd(&c->e, 0, 0);
        uint32_t ordered = emit_jcc_fwd(&c->e, CC_NP);
        emit_mov_ri(&c->e, rd, nan);
        emit_patch_rel32(&c->e, ordered, emit_offset(&c->e));
    }
    ra_set_out(&c->ra, (IRTemp)op->args[0], rd);
}

/*
 * fpu64c: the SSE op inline, then a check of the result: IR_FPC_CHECK, of
 * its exponent field e (plain iff e - 2 < 0x7fd, unsigned; a zero fails it
 * and is let through by the cold path), IR_FPC_NAN, an unordered compare
 * with itself; with a run-time f a test of f comes first.  Neither
 * check stores anything: the rare cases jump to a stub after the block's
 * code (jit_emit_fpc_stubs) that calls the helper and comes back.  Only
 * the arithmetic ops and the conversions from integers are supported.
 */
/* fpu64c's op: inputs in registers in[], the result to rd (through xmm0..2). */
static void emit_fpc_compute(JitCtx *c, IRFpuOp fop, bool f32, const int8_t *in, X86Reg rd)
{
    static const X86Sse sse[] = { SSE_ADD, SSE_SUB, SSE_MUL, SSE_DIV, SSE_SQRT };
    void (*to_xmm)(Emitter *, unsigned, X86Reg) = f32 ? emit_movd_to_xmm : emit_movq_to_xmm;
    if (fop == IR_FPU_FROM_I64 || fop == IR_FPU_FROM_I32) {
        emit_cvtsi2sd(&c->e, 0, (X86Reg)in[0], fop == IR_FPU_FROM_I64);
        emit_movq_from_xmm(&c->e, rd, 0);
        return;
    }
    if (fop == IR_FPU_TO_I64Z || fop == IR_FPU_TO_I32Z) {
        emit_movq_to_xmm(&c->e, 0, (X86Reg)in[0]);
        emit_cvttsd2si(&c->e, rd, 0, fop == IR_FPU_TO_I64Z);
        return;
    }
    to_xmm(&c->e, 0, (X86Reg)in[0]);
    if (fop == IR_FPU_FMA) {
        /* vfmadd231s[sd] xmm0, xmm1, xmm2: xmm0 = xmm1 * xmm2 + xmm0 (VEX.66.0F38.W1/W0 B9) */
        uint8_t vfmadd231[] = { 0xc4, 0xe2, f32 ? 0x71 : 0xf1, 0xb9, 0xc2 };
        to_xmm(&c->e, 1, (X86Reg)in[1]);
        to_xmm(&c->e, 2, (X86Reg)in[2]);
        emit_bytes(&c->e, vfmadd231, sizeof(vfmadd231));
    } else if (fop == IR_FPU_SQRT) {
        (f32 ? emit_sse_ss : emit_sse_sd)(&c->e, SSE_SQRT, 0, 0);
    } else {
        to_xmm(&c->e, 1, (X86Reg)in[1]);
        (f32 ? emit_sse_ss : emit_sse_sd)(&c->e, sse[fop < IR_FPU_SQRT ? fop : IR_FPU_ADD], 0, 1);
    }
    (f32 ? emit_movd_from_xmm : emit_movq_from_xmm)(&c->e, rd, 0);
}

/* fpu64c's result check (xmm0 still holds a float result); returns the jcc field or 0. */
static uint32_t emit_fpc_check(JitCtx *c, IRFpuOp fop, unsigned flags, X86Reg rd, X86Reg rt)
{
    bool f32 = flags & IR_FPC_F32;
    if (fop == IR_FPU_TO_I64Z || fop == IR_FPU_TO_I32Z) {
        if (!(flags & IR_FPC_IMIN))
            return 0;
        /* x - 1 overflows only for the minimum integer */
        if (fop == IR_FPU_TO_I64Z)
            emit_alu_ri(&c->e, ALU_CMP, rd, 1);
        else
            emit_alu32_ri(&c->e, ALU_CMP, rd, 1);
        return emit_jcc_fwd(&c->e, CC_O);
    }
    if (flags & IR_FPC_CHECK) {
        if (f32) {                                   /* exponent: bits 30..23 */
            emit_mov_rr(&c->e, rt, rd);
            emit_shift_ri(&c->e, SH_SHL, rt, 33);
            emit_shift_ri(&c->e, SH_SHR, rt, 56);
            emit_alu_ri(&c->e, ALU_SUB, rt, 2);
            emit_alu_ri(&c->e, ALU_CMP, rt, 0xfd);
        } else {
            emit_lea_bi(&c->e, rt, rd, rd, 0, true);  /* the sign dropped */
            emit_shift_ri(&c->e, SH_SHR, rt, 53);
            emit_alu_ri(&c->e, ALU_SUB, rt, 2);
            emit_alu_ri(&c->e, ALU_CMP, rt, 0x7fd);
        }
        return emit_jcc_fwd(&c->e, CC_AE);
    }
    if (flags & IR_FPC_NAN) {
        (f32 ? emit_ucomiss : emit_ucomisd)(&c->e, 0, 0);
        return emit_jcc_fwd(&c->e, CC_P);
    }
    return 0;
}

static void lower_fpu64c(JitCtx *c, const IROp *op)
{
    uint64_t c0 = op->args[5];
    IRFpuOp fop = ir_fpc_op(c0);
    FpcStub s = { .fn = ir_helper_get(ir_fpc_helper(c0))->fn, .hi = ir_fpc_hi(c0) };
    for (int i = 0; i < 4; i++) {
        IRTemp t = (IRTemp)op->args[1 + i];
        s.in[i] = (int8_t)(t == IR_NOTEMP ? -1 : (int)ra_in(&c->ra, t));
    }
    /* every register first: an eviction store must not be skipped by the jump to the stub */
    X86Reg rd = ra_alloc(&c->ra);
    bool check = ir_fpc_flags(c0) & IR_FPC_CHECK;
    X86Reg rt = check ? ra_alloc(&c->ra) : RSP;
    s.rd = (int8_t)rd;
    s.rt = (int8_t)(check ? (int)rt : -1);
    s.f32 = ir_fpc_flags(c0) & IR_FPC_F32;
    if (fop == IR_FPU_FMA && !ir_host_has_fma()) {
        s.f_field = emit_jmp_fwd(&c->e);          /* the helper every time */
        s.rt = -1;
    } else {
        if (s.in[3] >= 0) {
            emit_test_rr(&c->e, (X86Reg)s.in[3], (X86Reg)s.in[3]);
            s.f_field = emit_jcc_fwd(&c->e, CC_NE);
        }
        emit_fpc_compute(c, fop, s.f32, s.in, rd);
        s.r_field = emit_fpc_check(c, fop, ir_fpc_flags(c0), rd, rt);
    }
    s.back = emit_offset(&c->e);
    if (s.f_field || s.r_field) {
        c->fpcs = jit_grow(c->fpcs, c->nfpcs, &c->cap_fpcs, sizeof(FpcStub));
        c->fpcs[c->nfpcs++] = s;
    }
    ra_set_out(&c->ra, (IRTemp)op->args[0], rd);
}

/*
 * A cold path: a zero result goes straight back; otherwise every
 * caller-saved register but rd is pushed (the stack stays 16-byte aligned
 * for the call), the inputs are read from their pushed copies (or from
 * callee-saved registers, which nothing here changes), and the helper's
 * result goes to rd.
 */
static void emit_fpc_stub(JitCtx *c, const FpcStub *s)
{
    static const X86Reg caller_saved[] = { RAX, RCX, RDX, RSI, RDI, R8, R9, R10, R11 };
    static const X86Reg argreg[] = { RSI, RDX, RCX, R8 };
    int slot[16];
    unsigned n = 0;
    if (s->r_field)
        emit_patch_rel32(&c->e, s->r_field, emit_offset(&c->e));
    if (s->r_field && s->rt >= 0) {
        emit_mov_rr(&c->e, (X86Reg)s->rt, (X86Reg)s->rd);
        emit_shift_ri(&c->e, SH_SHL, (X86Reg)s->rt, s->f32 ? 33 : 1);  /* drop the sign */
        emit_jcc_to(&c->e, CC_E, s->back);
    }
    if (s->f_field)
        emit_patch_rel32(&c->e, s->f_field, emit_offset(&c->e));
    for (int r = 0; r < 16; r++)
        slot[r] = -1;
    for (unsigned i = 0; i < 9; i++) {
        if (caller_saved[i] == (X86Reg)s->rd)
            continue;
        emit_push(&c->e, caller_saved[i]);
        slot[caller_saved[i]] = (int)n++;
    }
    int pad = n & 1 ? 8 : 0;
    if (pad)
        emit_alu_ri(&c->e, ALU_SUB, RSP, pad);
    for (int i = 0; i < 4; i++) {
        X86Reg dst = argreg[i], src = (X86Reg)s->in[i];
        if (s->in[i] < 0)
            emit_alu_rr(&c->e, ALU_XOR, dst, dst);
        else if (slot[src] >= 0)
            emit_load_mem(&c->e, dst, RSP, pad + 8 * ((int)n - 1 - slot[src]));
        else
            emit_mov_rr(&c->e, dst, src);
    }
    if (s->hi) {
        emit_mov_ri(&c->e, RAX, s->hi);
        emit_alu_rr(&c->e, ALU_OR, R8, RAX);
    }
    emit_mov_rr(&c->e, RDI, RBP);
    emit_mov_ri(&c->e, RAX, (uint64_t)(uintptr_t)s->fn);
    emit_call_reg(&c->e, RAX);
    if ((X86Reg)s->rd != RAX)
        emit_mov_rr(&c->e, (X86Reg)s->rd, RAX);
    if (pad)
        emit_alu_ri(&c->e, ALU_ADD, RSP, pad);
    for (unsigned i = 9; i-- > 0;)
        if (caller_saved[i] != (X86Reg)s->rd)
            emit_pop(&c->e, caller_saved[i]);
    emit_jmp_to(&c->e, s->back);
}

void jit_emit_fpc_stubs(JitCtx *c)
{
    for (uint32_t i = 0; i < c->nfpcs; i++)
        emit_fpc_stub(c, &c->fpcs[i]);
}

/*
 * Bounds check of a guest address (out of range goes to a fault stub) and
 * the fault site of the access that follows.  Called once the op's
 * registers are allocated, so the snapshot of dirty globals holds at the
 * access itself.
 */
static void guard_addr(JitCtx *c, X86Reg addr)
{
    emit_cmp_r_env(&c->e, addr, OFF(guest_limit));
    uint32_t field = emit_jcc_fwd(&c->e, CC_AE);
    uint32_t site = jit_fault_site(c);
    c->faults = jit_grow(c->faults, c->nfaults, &c->cap_faults, sizeof(FaultStub));
    c->faults[c->nfaults++] = (FaultStub){ field, addr, site, 0 };
}

static void lower_ld(JitCtx *c, const IROp *op)
{
    X86Reg ra = ra_in(&c->ra, (IRTemp)op->args[1]);
    X86Reg rd = ra_alloc(&c->ra);
    guard_addr(c, ra);
    uint64_t mo = op->args[2];
    emit_guest_load(&c->e, rd, R14, ra, ir_mo_bytes(mo), (mo & IR_MO_SIGN) != 0);
    ra_set_out(&c->ra, (IRTemp)op->args[0], rd);
}

static void lower_st(JitCtx *c, const IROp *op)
{
    X86Reg rv = ra_in(&c->ra, (IRTemp)op->args[0]);
    X86Reg ra = ra_in(&c->ra, (IRTemp)op->args[1]);
    guard_addr(c, ra);
    emit_guest_store(&c->e, rv, R14, ra, ir_mo_bytes(op->args[2]));
}

/*
 * Helper calls.  A helper that may touch globals (or raise) gets every live
 * value stored home first and all registers forgotten; arguments then load
 * from memory.  One that touches no globals only costs the caller-saved
 * registers: their live values go home, the callee-saved ones (RBX, R12,
 * R13) stay, and arguments come from registers, constants or memory.
 */
static void load_arg(JitCtx *c, X86Reg dst, IRTemp t)
{
    uint64_t v;
    const TempInfo *ti = &c->ra.t[t];
    if (ra_is_const(&c->ra, t, &v))
        emit_mov_ri(&c->e, dst, v);
    else if (ti->loc == LOC_REG)
        emit_mov_rr(&c->e, dst, (X86Reg)ti->reg);
    else
        emit_load_env(&c->e, dst, (int32_t)ir_temp_offset(c->b, t));
}

/*
 * Before a call: the caller-saved registers' live values go home; a helper
 * that may read guest state or fault (reads_state) also gets every dirty
 * global stored (registers kept) and the pc current.
 */
static void call_prepare(JitCtx *c, bool reads_state)
{
    if (reads_state) {
        ra_sync_globals(&c->ra);
        jit_store_pc_imm(c, c->cur_pc);
    }
    ra_save_caller_saved(&c->ra);
}

/*
 * wcount > 0: the helper writes only globals wfirst.. (it may read any and
 * raise): every global is stored first, but only those it writes are
 * forgotten after it.
 */
static void lower_call_fn(JitCtx *c, IRHelperFn fn, uint32_t flags, IRTemp d,
                          const IRTemp *args, unsigned nargs, uint32_t wfirst, uint32_t wcount)
{
    static const X86Reg argreg[] = { RSI, RDX, RCX, R8, R9 };
    bool light = (flags & (IR_HELPER_PURE | IR_HELPER_NO_GLOBALS)) != 0;
    bool ranged = !light && wcount;
    if (light || ranged) {
        call_prepare(c, ranged);
    } else {
        ra_bb_end(&c->ra, true, false, true);
        jit_store_pc_imm(c, c->cur_pc);
    }
    for (unsigned i = 0; i < nargs; i++)
        if (args[i] != IR_NOTEMP)
            load_arg(c, argreg[i], args[i]);
    emit_mov_rr(&c->e, RDI, RBP);
    if (tr_opts.count_insns) emit_mov_ri(&c->e, RAX, (uintptr_t)&tr_stats.helper_calls), emit_bytes(&c->e, "\x48\xff\x00", 3); /* stats.h */
    emit_mov_ri(&c->e, RAX, (uint64_t)(uintptr_t)fn);
    emit_call_reg(&c->e, RAX);
    /* Helpers may have changed any global: forget cached constants too. */
    if (ranged) {
        for (IRTemp t = wfirst; t < wfirst + wcount && t < c->b->nglobals; t++) {
            TempInfo *ti = &c->ra.t[t];
            if (ti->loc == LOC_REG)
                c->ra.reg_temp[ti->reg] = -1;
            ti->loc = LOC_MEM;
            ti->dirty = false;
        }
    } else if (!light) {
        for (IRTemp t = 0; t < c->b->nglobals; t++)
            c->ra.t[t].loc = LOC_MEM;
    }
    if (d != IR_NOTEMP) {
        c->ra.locked = 0;
        ra_set_out(&c->ra, d, RAX);
    }
}

static uint64_t h_binary(void *cpu, uint64_t a, uint64_t b, uint64_t opc, uint64_t unused)
{
    (void)cpu; (void)unused;
    return ir_eval_binary((IROpc)opc, a, b);
}

static uint64_t h_unary(void *cpu, uint64_t a, uint64_t opc, uint64_t u1, uint64_t u2)
{
    (void)cpu; (void)u1; (void)u2;
    return ir_eval_unary((IROpc)opc, a);
}

/* Atomic helpers: a bad address raises the guest fault from inside. */
static void *atomic_addr(GuestCPU *cpu, uint64_t addr, unsigned n)
{
    if (addr > cpu->guest_limit - n) {
        cpu->fault_addr = addr;
        cpu->fault_signal = SIGSEGV;
        cpu_exit_raise(cpu, IR_EXIT_FAULT);
    }
    return cpu->guest_base + addr;
}

static uint64_t h_cmpxchg(void *cpu, uint64_t addr, uint64_t cmp, uint64_t nv, uint64_t mo)
{
    return ir_exec_cmpxchg(atomic_addr(cpu, addr, ir_mo_bytes(mo)), cmp, nv, mo);
}

static uint64_t h_rmw(void *cpu, uint64_t addr, uint64_t val, uint64_t mo, uint64_t aop)
{
    return ir_exec_atomic_rmw(atomic_addr(cpu, addr, ir_mo_bytes(mo)), val, mo, (IRAtomicOp)aop);
}

/* A call of one of the JIT's own helpers: temp arguments, then constants. */
static void lower_call_consts(JitCtx *c, IRHelperFn fn, bool pure, IRTemp d,
                              IRTemp a0, IRTemp a1, IRTemp a2, uint64_t k2, uint64_t k3, unsigned nk)
{
    static const X86Reg argreg[] = { RSI, RDX, RCX, R8 };
    IRTemp args[3] = { a0, a1, a2 };
    uint64_t ks[2] = { k2, k3 };
    unsigned n = 0;
    while (n < 3 && args[n] != IR_NOTEMP)
        n++;
    call_prepare(c, !pure);     /* atomics write no global, but may fault in guest memory */
    for (unsigned i = 0; i < n; i++)
        load_arg(c, argreg[i], args[i]);
    for (unsigned k = 0; k < nk; k++)
        emit_mov_ri(&c->e, argreg[n + k], ks[k]);
    emit_mov_rr(&c->e, RDI, RBP);
    emit_mov_ri(&c->e, RAX, (uint64_t)(uintptr_t)fn);
    emit_call_reg(&c->e, RAX);
    c->ra.locked = 0;
    ra_set_out(&c->ra, d, RAX);
}

static void lower_goto_tb(JitCtx *c, const IROp *op)
{
    unsigned slot = (unsigned)op->args[0];
    if (c->loop.n && op->args[1] == c->b->guest_pc) {
        SideExit s = jit_snapshot(c, true);
        jit_emit_loop_back(c, &s);
        ra_forget(&c->ra);          /* what follows is reached only through labels */
        return;
    }
    ra_bb_end(&c->ra, true, true, true);
    jit_emit_chain_jmp(c, slot, op->args[1]);
}

/*
 * Side exit: compare and branch to an out-of-line stub; the fall-through
 * keeps every register.  The stub (jit.c) stores the globals that are dirty
 * here, as recorded now, then leaves through goto_tb slot args[3].
 */
/* Where a compare operand is: its register, or a constant. */
static CmpOperand cmp_operand(const JitCtx *c, IRTemp t)
{
    const TempInfo *ti = &c->ra.t[t];
    return ti->loc == LOC_REG ? (CmpOperand){ ti->reg, 0 } : (CmpOperand){ -1, ti->val };
}

/*
 * Side exits in a row on the same operands (B.EQ then B.GT after one CMP):
 * when no code came between them, the host flags of the first compare are
 * still there, and the operands (same temps in the same registers, or the
 * same constants) still hold the same values.
 */
static X86Cond side_exit_compare(JitCtx *c, IRCond cond, IRTemp a, IRTemp b)
{
    bool tst = cond == IR_TSTEQ || cond == IR_TSTNE;
    CmpOperand oa = cmp_operand(c, a), ob = cmp_operand(c, b);
    LastCmp *l = &c->last_cmp;
    bool same = l->end == emit_offset(&c->e) && l->tst == tst && oa.reg >= 0 &&
                l->a.reg == oa.reg && l->b.reg == ob.reg && (ob.reg >= 0 || l->b.val == ob.val);
    X86Cond cc = same ? cond_cc(cond) : emit_compare(c, cond, a, b);
    *l = (LastCmp){ 0, tst, oa, ob };
    return cc;
}

static void lower_brcond_tb(JitCtx *c, const IROp *op)
{
    IRCond cond = (IRCond)op->args[2];
    load_compare_operands(c, cond, (IRTemp)op->args[0], (IRTemp)op->args[1]);
    X86Cond cc = side_exit_compare(c, cond, (IRTemp)op->args[0], (IRTemp)op->args[1]);
    uint32_t field = emit_jcc_fwd(&c->e, cc);
    c->last_cmp.end = emit_offset(&c->e);
    SideExit s = jit_snapshot(c, c->loop.n && op->args[4] == c->b->guest_pc);
    s.field = field;
    s.slot = (int)op->args[3];
    s.pc = op->args[4];
    c->sides = jit_grow(c->sides, c->nsides, &c->cap_sides, sizeof(SideExit));
    c->sides[c->nsides++] = s;
}

static void lower_goto_ptr(JitCtx *c, const IROp *op)
{
    ra_bb_end(&c->ra, true, true, true);
    IRTemp t = (IRTemp)op->args[0];
    uint64_t v;
    if (ra_is_const(&c->ra, t, &v))
        emit_mov_ri(&c->e, RAX, v);
    else
        emit_load_env(&c->e, RAX, (int32_t)ir_temp_offset(c->b, t));
    emit_store_env(&c->e, RAX, OFF(pc));
    if (!tr_opts.nochain) {
        /* jmp_cache[tb_jc_index(pc)], as an 8-byte-scaled offset */
        emit_mov_rr(&c->e, RCX, RAX);
        emit_shift_ri(&c->e, SH_SHL, RCX, 2);
        emit_alu_ri(&c->e, ALU_AND, RCX, (int32_t)((TB_JMP_CACHE_SIZE - 1) << 3));
        emit_load_env(&c->e, RDX, OFF(jmp_cache));
        emit_load_base_index(&c->e, RDX, RDX, RCX, 0);
        emit_test_rr(&c->e, RDX, RDX);
        uint32_t miss1 = emit_jcc_fwd(&c->e, CC_E);
        emit_load_mem(&c->e, RCX, RDX, (int32_t)offsetof(TB, pc));
        emit_alu_rr(&c->e, ALU_CMP, RCX, RAX);
        uint32_t miss2 = emit_jcc_fwd(&c->e, CC_NE);
        emit_jmp_mem(&c->e, RDX, (int32_t)offsetof(TB, code));
        emit_patch_rel32(&c->e, miss1, emit_offset(&c->e));
        emit_patch_rel32(&c->e, miss2, emit_offset(&c->e));
    }
    jit_emit_exit(c, IR_EXIT_NEXT);
}

void jit_lower_op(JitCtx *c, const IROp *op)
{
    if (c->ra.op_index == c->ra.skip_index)
        return;                     /* fused into the op before it */
    switch ((IROpc)op->opc) {
    case IR_movi: ra_set_const(&c->ra, (IRTemp)op->args[0], op->args[1]); break;
    case IR_add: case IR_sub: case IR_and: case IR_or: case IR_xor: case IR_mul:
        lower_alu(c, op);
        break;
    case IR_shl: case IR_shr: case IR_sar: case IR_rotl: case IR_rotr:
        lower_shift(c, op);
        break;
    case IR_rotr32: lower_rotr32(c, op); break;
    case IR_mov: case IR_neg: case IR_not: case IR_ext8s: case IR_ext8u: case IR_ext16s:
    case IR_ext16u: case IR_ext32s: case IR_ext32u: case IR_bswap16: case IR_bswap32: case IR_bswap64:
        lower_unary(c, op);
        break;
    case IR_mulsh: case IR_muluh:
        lower_mulh(c, op);
        break;
    case IR_divs: case IR_divu: case IR_rems: case IR_remu:
        lower_div(c, op);
        break;
    case IR_andc: case IR_orc:
        lower_andc_orc(c, op);
        break;
    case IR_mulsuh:
        lower_call_consts(c, h_binary, true, (IRTemp)op->args[0], (IRTemp)op->args[1],
                          (IRTemp)op->args[2], IR_NOTEMP, op->opc, 0, 1);
        break;
    case IR_clz: case IR_ctz: case IR_popcnt:
        lower_call_consts(c, h_unary, true, (IRTemp)op->args[0], (IRTemp)op->args[1],
                          IR_NOTEMP, IR_NOTEMP, op->opc, 0, 1);
        break;
    case IR_setcond: lower_setcond(c, op); break;
    case IR_fpu64: lower_fpu64(c, op); break;
    case IR_fpu64c: lower_fpu64c(c, op); break;
    case IR_movcond: {
        SpecDiv sd;
        if (spec_div_at(c, c->ra.op_index, &sd)) {
            /* y is f; the division tests the guess itself */
            IROp m = { .opc = IR_mov, .args = { op->args[0], op->args[4] } };
            lower_unary(c, &m);
        } else {
            lower_movcond(c, op);
        }
        break;
    }
    case IR_ld: lower_ld(c, op); break;
    case IR_st: lower_st(c, op); break;
    case IR_atomic_rmw:
        lower_call_consts(c, h_rmw, false, (IRTemp)op->args[0], (IRTemp)op->args[1],
                          (IRTemp)op->args[2], IR_NOTEMP, op->args[3], op->args[4], 2);
        break;
    case IR_atomic_cmpxchg:
        lower_call_consts(c, h_cmpxchg, false, (IRTemp)op->args[0], (IRTemp)op->args[1],
                          (IRTemp)op->args[2], (IRTemp)op->args[3], op->args[4], 0, 1);
        break;
    case IR_fence:
        if (op->args[0] & IR_FENCE_ST_LD)
            emit_mfence(&c->e);
        break;
    case IR_call: {
        const IRHelper *h = ir_helper_get((uint32_t)op->args[5]);
        IRTemp args[4] = { (IRTemp)op->args[1], (IRTemp)op->args[2], (IRTemp)op->args[3], (IRTemp)op->args[4] };
        lower_call_fn(c, h->fn, h->flags, (IRTemp)op->args[0], args, 4, h->wfirst, h->wcount);
        break;
    }
    case IR_set_label:
        ra_bb_end(&c->ra, true, true, true);
        c->label_off[op->args[0]] = emit_offset(&c->e);
        break;
    case IR_br:
        ra_bb_end(&c->ra, false, false, true);
        jump_to_label(c, emit_jmp_fwd(&c->e), (uint32_t)op->args[0]);
        break;
    case IR_brcond: {
        /* its own inputs are consumed here: they need not reach the target */
        ra_bb_end(&c->ra, false, false, false);
        load_compare_operands(c, (IRCond)op->args[2], (IRTemp)op->args[0], (IRTemp)op->args[1]);
        X86Cond cc = emit_compare(c, (IRCond)op->args[2], (IRTemp)op->args[0], (IRTemp)op->args[1]);
        jump_to_label(c, emit_jcc_fwd(&c->e, cc), (uint32_t)op->args[3]);
        break;
    }
    case IR_insn_start:
        c->cur_pc = op->args[0];
        c->insns = jit_grow(c->insns, c->ninsns, &c->cap_insns, sizeof(JitInsn));
        c->insns[c->ninsns++] = (JitInsn){ emit_offset(&c->e), 0, c->cur_pc };
        break;
    case IR_goto_tb: lower_goto_tb(c, op); break;
    case IR_goto_ptr: lower_goto_ptr(c, op); break;
    case IR_brcond_tb: lower_brcond_tb(c, op); break;
    case IR_exit_tb:
        ra_bb_end(&c->ra, true, true, true);
        jit_emit_exit(c, (IRExit)op->args[0]);
        break;
    case IR_NUM_OPS:
        break;
    }
}

