/*
 * aarch64 frontend: the one translation unit that holds every trans_*
 * handler (the generated decoder calls them as static functions).
 *
 * Layout: IR globals and gen helpers (registers, NZCV, block ends), the
 * generated decoder, the handler groups (trans_*.c.inc, one per slice of
 * the ISA, see internal.h), the disassembler and the block translation
 * loop.  The GuestArch glue (ABI, state dump) is in aarch64.c.
 */
#include <capstone/capstone.h>
#include <inttypes.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "internal.h"
#include "translator/gen.h"
#include "util/guestmem.h"

/* ---- IR globals ------------------------------------------------------------------ */

#define XG(n) { "x" #n, offsetof(A64CPU, x[n]) }
#define VG(n) { "v" #n "lo", offsetof(A64CPU, v[n][0]) }, { "v" #n "hi", offsetof(A64CPU, v[n][1]) }

const IRGlobal a64_globals[A64_NUM_GLOBALS] = {
    [A64_G_PC] = { "pc", offsetof(A64CPU, common.pc) },
    XG(0), XG(1), XG(2), XG(3), XG(4), XG(5), XG(6), XG(7), XG(8), XG(9),
    XG(10), XG(11), XG(12), XG(13), XG(14), XG(15), XG(16), XG(17), XG(18), XG(19),
    XG(20), XG(21), XG(22), XG(23), XG(24), XG(25), XG(26), XG(27), XG(28), XG(29),
    XG(30),
    [A64_G_SP] = { "sp", offsetof(A64CPU, x[31]) },
    [A64_G_NF] = { "nf", offsetof(A64CPU, nf) },
    [A64_G_ZF] = { "zf", offsetof(A64CPU, zf) },
    [A64_G_CF] = { "cf", offsetof(A64CPU, cf) },
    [A64_G_VF] = { "vf", offsetof(A64CPU, vf) },
    VG(0), VG(1), VG(2), VG(3), VG(4), VG(5), VG(6), VG(7), VG(8), VG(9),
    VG(10), VG(11), VG(12), VG(13), VG(14), VG(15), VG(16), VG(17), VG(18), VG(19),
    VG(20), VG(21), VG(22), VG(23), VG(24), VG(25), VG(26), VG(27), VG(28), VG(29),
    VG(30), VG(31),
    [A64_G_FPCR] = { "fpcr", offsetof(A64CPU, fpcr) },
    [A64_G_TPIDR] = { "tpidr", offsetof(A64CPU, tpidr) },
    [A64_G_EXCL_ADDR] = { "excl_addr", offsetof(A64CPU, excl_addr) },
    [A64_G_EXCL_VAL] = { "excl_val", offsetof(A64CPU, excl_val) },
    [A64_G_EXCL_VAL2] = { "excl_val2", offsetof(A64CPU, excl_val2) },
    [A64_G_EXCL_SIZE] = { "excl_size", offsetof(A64CPU, excl_size) },
    [A64_G_CC_OP] = { "cc_op", offsetof(A64CPU, cc_op) },
    [A64_G_CC_X] = { "cc_x", offsetof(A64CPU, cc_x) },
    [A64_G_CC_Y] = { "cc_y", offsetof(A64CPU, cc_y) },
};

/* ---- registers ------------------------------------------------------------------- */

IRTemp a64_tmp(DisasContext *ctx)
{
    return ir_new_temp(ctx->b);
}

IRTemp a64_reg(DisasContext *ctx, int r, bool sp)
{
    if (r == 31)
        return sp ? A64_G_SP : ir_const(ctx->b, 0);
    return A64_G_X0 + (IRTemp)r;
}

IRTemp a64_reg_sz(DisasContext *ctx, int r, bool sf, bool sp)
{
    IRTemp v = a64_reg(ctx, r, sp);
    if (sf)
        return v;
    IRTemp t = a64_tmp(ctx);
    ir_op1(ctx->b, IR_ext32u, t, v);
    return t;
}

void a64_set_reg(DisasContext *ctx, int r, IRTemp v, bool sf, bool sp)
{
    if (r == 31 && !sp)
        return;
    IRTemp d = r == 31 ? A64_G_SP : A64_G_X0 + (IRTemp)r;
    ir_op1(ctx->b, sf ? IR_mov : IR_ext32u, d, v);
}

void a64_set_vscalar(DisasContext *ctx, int n, IRTemp v)
{
    ir_mov(ctx->b, a64_vlo(n), v);
    ir_movi(ctx->b, a64_vhi(n), 0);
}

/* ---- NZCV -------------------------------------------------------------------------- */

/* NZCV of x - y (the lazy form) in bits 31..28. */
static uint32_t nzcv_of_sub(uint64_t x, uint64_t y)
{
    uint64_t d = x - y, v = (x ^ y) & (x ^ d);
    return (uint32_t)((d >> 63) << 31 | (uint64_t)(d == 0) << 30 |
                      (uint64_t)(x >= y) << 29 | (v >> 63) << 28);
}

uint32_t a64_nzcv_read(const A64CPU *c)
{
    if (c->cc_op == A64_CC_SUB)
        return nzcv_of_sub(c->cc_x, c->cc_y);
    return (uint32_t)((c->nf >> 63) << 31 | (uint64_t)(c->zf == 0) << 30 |
                      (c->cf & 1) << 29 | (c->vf >> 63) << 28);
}

void a64_nzcv_write(A64CPU *c, uint32_t p)
{
    c->nf = (uint64_t)((p >> 31) & 1) << 63;
    c->zf = !((p >> 30) & 1);
    c->cf = (p >> 29) & 1;
    c->vf = (uint64_t)((p >> 28) & 1) << 63;
    c->cc_op = A64_CC_FLAGS;
}

/*
 * The word form is being written: say so at run time and here.  (Always
 * stored: the instruction may be on one arm of a branch, as in FCCMP; the
 * optimizer drops the repeated constant.)
 */
static void flags_words_form(DisasContext *ctx)
{
    ir_movi(ctx->b, A64_G_CC_OP, A64_CC_FLAGS);
    ctx->cc_known = A64_CCK_FLAGS;
}

/* N, Z from a result: 64-bit as is; 32-bit with N sign-extended, Z zero-extended. */
static void set_nz(DisasContext *ctx, IRTemp res, bool sf)
{
    IRBlock *b = ctx->b;
    ir_op1(b, sf ? IR_mov : IR_ext32s, A64_G_NF, res);
    ir_op1(b, sf ? IR_mov : IR_ext32u, A64_G_ZF, res);
}

void a64_gen_logic_flags(DisasContext *ctx, IRTemp res, bool sf)
{
    flags_words_form(ctx);
    set_nz(ctx, res, sf);
    ir_movi(ctx->b, A64_G_CF, 0);
    ir_movi(ctx->b, A64_G_VF, 0);
}

/*
 * The 32-bit forms compute on zero-extended operands in 64 bits: the sum's
 * bit 32 is the carry, and V is bit 31 of the usual overflow expression,
 * sign-extended to bit 63.
 */

/* d = a + b + cin (cin a temp holding 0 or 1, or IR_NOTEMP for 0). */
static void gen_add_cin(DisasContext *ctx, IRTemp d, IRTemp a, IRTemp b, IRTemp cin,
                        bool sf, bool setflags)
{
    IRBlock *b_ = ctx->b;
    if (!setflags) {
        ir_op2(b_, IR_add, d, a, b);
        if (cin != IR_NOTEMP)
            ir_op2(b_, IR_add, d, d, cin);
        return;
    }
    IRTemp x = a64_tmp(ctx), y = a64_tmp(ctx), s = a64_tmp(ctx), c = a64_tmp(ctx);
    IRTemp t = a64_tmp(ctx), u = a64_tmp(ctx);
    if (sf) {
        ir_mov(b_, x, a);
        ir_mov(b_, y, b);
        ir_op2(b_, IR_add, s, x, y);
        ir_setcond(b_, IR_LTU, c, s, x);              /* carry of x + y */
        if (cin != IR_NOTEMP) {
            IRTemp s2 = a64_tmp(ctx), c2 = a64_tmp(ctx);
            ir_op2(b_, IR_add, s2, s, cin);
            ir_setcond(b_, IR_LTU, c2, s2, s);        /* carry of + cin */
            ir_op2(b_, IR_or, c, c, c2);
            s = s2;
        }
        ir_op2(b_, IR_xor, t, s, x);
        ir_op2(b_, IR_xor, u, x, y);
        flags_words_form(ctx);
        ir_op2(b_, IR_andc, A64_G_VF, t, u);
        ir_mov(b_, A64_G_CF, c);
        ir_mov(b_, A64_G_NF, s);
        ir_mov(b_, A64_G_ZF, s);
        ir_mov(b_, d, s);
        return;
    }
    ir_op1(b_, IR_ext32u, x, a);
    ir_op1(b_, IR_ext32u, y, b);
    ir_op2(b_, IR_add, s, x, y);
    if (cin != IR_NOTEMP)
        ir_op2(b_, IR_add, s, s, cin);
    ir_opi(b_, IR_shr, c, s, 32);
    ir_op2(b_, IR_xor, t, s, x);
    ir_op2(b_, IR_xor, u, x, y);
    ir_op2(b_, IR_andc, t, t, u);
    flags_words_form(ctx);
    ir_op1(b_, IR_ext32s, A64_G_VF, t);
    ir_mov(b_, A64_G_CF, c);
    ir_op1(b_, IR_ext32s, A64_G_NF, s);
    ir_op1(b_, IR_ext32u, A64_G_ZF, s);
    ir_op1(b_, IR_ext32u, d, s);
}

void a64_gen_add_flags(DisasContext *ctx, IRTemp d, IRTemp a, IRTemp b, bool sf)
{
    gen_add_cin(ctx, d, a, b, IR_NOTEMP, sf, true);
}

void a64_set_sub_flags(DisasContext *ctx, IRTemp x, IRTemp y)
{
    IRBlock *b = ctx->b;
    ir_mov(b, A64_G_CC_X, x);
    ir_mov(b, A64_G_CC_Y, y);
    ir_movi(b, A64_G_CC_OP, A64_CC_SUB);
    ctx->cc_known = A64_CCK_SUB;
}

/*
 * a - b = a + ~b + 1: C is "no borrow", as the architecture defines it.
 * The flags stay lazy (A64_CC_SUB): only the operands are kept.
 */
void a64_gen_sub_flags(DisasContext *ctx, IRTemp d, IRTemp a, IRTemp b, bool sf)
{
    IRBlock *b_ = ctx->b;
    if (sf) {
        ir_op2(b_, IR_sub, d, a, b);
        a64_set_sub_flags(ctx, a, b);
        return;
    }
    IRTemp x = a64_tmp(ctx), y = a64_tmp(ctx), s = a64_tmp(ctx);
    ir_op2(b_, IR_sub, s, a, b);
    ir_op1(b_, IR_ext32u, d, s);
    ir_opi(b_, IR_shl, x, a, 32);
    ir_opi(b_, IR_shl, y, b, 32);
    a64_set_sub_flags(ctx, x, y);
}

/* The four words from the lazy form (cc_op is A64_CC_SUB here). */
static void sub_to_words(DisasContext *ctx)
{
    IRBlock *b = ctx->b;
    IRTemp x = A64_G_CC_X, y = A64_G_CC_Y, d = a64_tmp(ctx), t = a64_tmp(ctx), u = a64_tmp(ctx);
    ir_op2(b, IR_sub, d, x, y);
    ir_op2(b, IR_xor, t, x, y);
    ir_op2(b, IR_xor, u, x, d);
    ir_op2(b, IR_and, A64_G_VF, t, u);
    ir_setcond(b, IR_GEU, A64_G_CF, x, y);
    ir_mov(b, A64_G_NF, d);
    ir_mov(b, A64_G_ZF, d);
    ir_movi(b, A64_G_CC_OP, A64_CC_FLAGS);
}

void a64_flags_sync(DisasContext *ctx)
{
    IRBlock *b = ctx->b;
    if (ctx->cc_known == A64_CCK_FLAGS)
        return;
    if (ctx->cc_known == A64_CCK_SUB) {
        sub_to_words(ctx);
    } else {
        uint32_t done = ir_new_label(b);
        ir_brcond(b, IR_EQ, A64_G_CC_OP, ir_const(b, A64_CC_FLAGS), done);
        sub_to_words(ctx);
        ir_set_label(b, done);
    }
    ctx->cc_known = A64_CCK_FLAGS;
}

IRTemp a64_gen_carry(DisasContext *ctx)
{
    IRTemp c = a64_tmp(ctx);
    if (ctx->cc_known == A64_CCK_SUB) {
        ir_setcond(ctx->b, IR_GEU, c, A64_G_CC_X, A64_G_CC_Y);
        return c;
    }
    a64_flags_sync(ctx);
    ir_mov(ctx->b, c, A64_G_CF);
    return c;
}

/* ADC/ADCS with the carry flag as carry-in (SBC passes ~b). */
void a64_gen_adc(DisasContext *ctx, IRTemp d, IRTemp a, IRTemp b, bool sf, bool setflags)
{
    IRTemp cin = a64_gen_carry(ctx);
    gen_add_cin(ctx, d, a, b, cin, sf, setflags);
}

IRTemp a64_get_nzcv(DisasContext *ctx)
{
    IRBlock *b = ctx->b;
    a64_flags_sync(ctx);
    IRTemp r = a64_tmp(ctx), t = a64_tmp(ctx);
    ir_opi(b, IR_shr, r, A64_G_NF, 63);
    ir_opi(b, IR_shl, r, r, 31);
    ir_setcond(b, IR_EQ, t, A64_G_ZF, ir_const(b, 0));
    ir_opi(b, IR_shl, t, t, 30);
    ir_op2(b, IR_or, r, r, t);
    IRTemp c = a64_tmp(ctx);
    ir_opi(b, IR_shl, c, A64_G_CF, 29);
    ir_op2(b, IR_or, r, r, c);
    IRTemp v = a64_tmp(ctx);
    ir_opi(b, IR_shr, v, A64_G_VF, 63);
    ir_opi(b, IR_shl, v, v, 28);
    ir_op2(b, IR_or, r, r, v);
    return r;
}

void a64_set_nzcv(DisasContext *ctx, IRTemp v)
{
    IRBlock *b = ctx->b;
    IRTemp x = a64_tmp(ctx);
    ir_mov(b, x, v);
    flags_words_form(ctx);
    ir_opi(b, IR_shl, A64_G_NF, x, 32);                 /* bit 31 -> 63 */
    ir_opi(b, IR_and, A64_G_ZF, x, 1u << 30);
    ir_opi(b, IR_xor, A64_G_ZF, A64_G_ZF, 1u << 30);    /* Z set -> zf == 0 */
    ir_opi(b, IR_shr, A64_G_CF, x, 29);
    ir_opi(b, IR_and, A64_G_CF, A64_G_CF, 1);
    ir_opi(b, IR_shl, A64_G_VF, x, 35);                 /* bit 28 -> 63 */
}

/* cond as a 0/1 temp from the four words. */
static IRTemp cond_from_words(DisasContext *ctx, int cond)
{
    IRBlock *b = ctx->b;
    IRTemp r = a64_tmp(ctx), zero = ir_const(b, 0);
    int base = cond & ~1;
    switch (base) {
    case A64_EQ: ir_setcond(b, IR_EQ, r, A64_G_ZF, zero); break;
    case A64_CS: ir_setcond(b, IR_NE, r, A64_G_CF, zero); break;
    case A64_MI: ir_setcond(b, IR_LT, r, A64_G_NF, zero); break;
    case A64_VS: ir_setcond(b, IR_LT, r, A64_G_VF, zero); break;
    case A64_HI: {                                      /* C && !Z */
        IRTemp nz = a64_tmp(ctx);
        ir_setcond(b, IR_NE, nz, A64_G_ZF, zero);
        ir_op2(b, IR_and, r, nz, A64_G_CF);
        break;
    }
    case A64_GE: {                                      /* N == V */
        IRTemp t = a64_tmp(ctx);
        ir_op2(b, IR_xor, t, A64_G_NF, A64_G_VF);
        ir_setcond(b, IR_GE, r, t, zero);
        break;
    }
    case A64_GT: {                                      /* !Z && N == V */
        IRTemp t = a64_tmp(ctx), nz = a64_tmp(ctx);
        ir_op2(b, IR_xor, t, A64_G_NF, A64_G_VF);
        ir_setcond(b, IR_GE, t, t, zero);
        ir_setcond(b, IR_NE, nz, A64_G_ZF, zero);
        ir_op2(b, IR_and, r, t, nz);
        break;
    }
    default:                                            /* AL, NV */
        ir_movi(b, r, 1);
        return r;
    }
    if (cond & 1)
        ir_opi(b, IR_xor, r, r, 1);
    return r;
}

/* cond (below AL) as c(x, y) over the word form. */
static void test_words(DisasContext *ctx, int cond, IRCond *c, IRTemp *x, IRTemp *y)
{
    /* the conditions that test one flag word */
    static const struct { IRTemp flag; IRCond c; } one[] = {
        [A64_EQ] = { A64_G_ZF, IR_EQ }, [A64_NE] = { A64_G_ZF, IR_NE },
        [A64_CS] = { A64_G_CF, IR_NE }, [A64_CC] = { A64_G_CF, IR_EQ },
        [A64_MI] = { A64_G_NF, IR_LT }, [A64_PL] = { A64_G_NF, IR_GE },
        [A64_VS] = { A64_G_VF, IR_LT }, [A64_VC] = { A64_G_VF, IR_GE },
    };
    if (cond <= A64_VC) {
        *c = one[cond].c;
        *x = one[cond].flag;
    } else {
        *c = IR_NE;
        *x = cond_from_words(ctx, cond);
    }
    *y = ir_const(ctx->b, 0);
}

/* cond (below AL) as c(x, y) over the lazy form x - y. */
static void test_sub(DisasContext *ctx, int cond, IRCond *c, IRTemp *x, IRTemp *y)
{
    static const IRCond direct[16] = {
        [A64_EQ] = IR_EQ, [A64_NE] = IR_NE, [A64_CS] = IR_GEU, [A64_CC] = IR_LTU,
        [A64_HI] = IR_GTU, [A64_LS] = IR_LEU, [A64_GE] = IR_GE, [A64_LT] = IR_LT,
        [A64_GT] = IR_GT, [A64_LE] = IR_LE,
    };
    IRBlock *b = ctx->b;
    if (cond < A64_MI || cond > A64_VC) {
        *c = direct[cond];
        *x = A64_G_CC_X;
        *y = A64_G_CC_Y;
        return;
    }
    IRTemp d = a64_tmp(ctx);
    ir_op2(b, IR_sub, d, A64_G_CC_X, A64_G_CC_Y);
    if (cond >= A64_VS) {                               /* V: (x ^ y) & (x ^ d) */
        IRTemp t = a64_tmp(ctx), u = a64_tmp(ctx);
        ir_op2(b, IR_xor, t, A64_G_CC_X, A64_G_CC_Y);
        ir_op2(b, IR_xor, u, A64_G_CC_X, d);
        ir_op2(b, IR_and, d, t, u);
    }
    *c = cond & 1 ? IR_GE : IR_LT;
    *x = d;
    *y = ir_const(b, 0);
}

void a64_cond_test(DisasContext *ctx, int cond, IRCond *c, IRTemp *x, IRTemp *y)
{
    IRBlock *b = ctx->b;
    if (ctx->cc_known == A64_CCK_SUB) {
        test_sub(ctx, cond, c, x, y);
        return;
    }
    if (ctx->cc_known == A64_CCK_FLAGS) {
        test_words(ctx, cond, c, x, y);
        return;
    }
    /*
     * Form unknown here (set in another block): compute the condition for
     * both forms and select by cc_op, with no IR label (a label makes the
     * JIT write back and reload every live register).
     */
    IRTemp rs = a64_tmp(ctx), r = a64_tmp(ctx), rw;
    IRCond c1;
    IRTemp x1, y1;
    test_sub(ctx, cond, &c1, &x1, &y1);
    ir_setcond(b, c1, rs, x1, y1);
    rw = cond_from_words(ctx, cond);
    ir_movcond(b, IR_EQ, r, A64_G_CC_OP, ir_const(b, A64_CC_FLAGS), rw, rs);
    *c = IR_NE;
    *x = r;
    *y = ir_const(b, 0);
}

/* No op of the block so far writes a global (a label here stores nothing). */
static bool block_clean_so_far(const IRBlock *b)
{
    for (uint32_t i = 0; i < b->nops; i++) {
        const IROp *op = &b->ops[i];
        const IROpDef *d = &ir_op_defs[op->opc];
        if (op->opc == IR_call)
            return false;
        for (unsigned a = 0; a < d->nout; a++)
            if (op->args[a] < b->nglobals)
                return false;
    }
    return true;
}

bool a64_brcond_tb_either_form(DisasContext *ctx, int cond, uint64_t dest)
{
    IRBlock *b = ctx->b;
    if (ctx->cc_known != A64_CCK_UNKNOWN || cond >= A64_AL || b->max_side < b->nside + 2 ||
        !block_clean_so_far(b))
        return false;
    uint32_t words = ir_new_label(b), join = ir_new_label(b);
    IRCond c;
    IRTemp x, y;
    ir_brcond(b, IR_NE, A64_G_CC_OP, ir_const(b, A64_CC_SUB), words);
    test_sub(ctx, cond, &c, &x, &y);
    ir_brcond_tb(b, c, x, y, (unsigned)ir_side_exit_slot(b), dest);
    ir_br(b, join);
    ir_set_label(b, words);
    test_words(ctx, cond, &c, &x, &y);
    ir_brcond_tb(b, c, x, y, (unsigned)ir_side_exit_slot(b), dest);
    ir_set_label(b, join);
    return true;
}

IRTemp a64_gen_cond(DisasContext *ctx, int cond)
{
    IRTemp r = a64_tmp(ctx);
    if (cond >= A64_AL) {
        ir_movi(ctx->b, r, 1);
        return r;
    }
    IRCond c;
    IRTemp x, y;
    a64_cond_test(ctx, cond, &c, &x, &y);
    ir_setcond(ctx->b, c, r, x, y);
    return r;
}

void a64_gen_brcond(DisasContext *ctx, int cond, uint32_t label)
{
    if (cond >= A64_AL) {
        ir_br(ctx->b, label);
        return;
    }
    IRCond c;
    IRTemp x, y;
    a64_cond_test(ctx, cond, &c, &x, &y);
    ir_brcond(ctx->b, c, x, y, label);
}

/* ---- block ends -------------------------------------------------------------------- */

void a64_gen_goto(DisasContext *ctx, unsigned slot, uint64_t dest)
{
    ir_goto_tb(ctx->b, slot, dest);
    ctx->done = true;
}

static bool a64_translated(const DisasContext *ctx, uint64_t pc)
{
    for (unsigned i = 0; i < ctx->nsegs; i++)
        if (pc >= ctx->seg_start[i] && pc < ctx->seg_end[i])
            return true;
    return pc >= ctx->seg_start[ctx->nsegs] && pc < ctx->pc_next;
}

/*
 * A followed branch makes the block a trace through the taken path: fewer
 * block crossings (each stores and reloads the guest registers it has in
 * host registers).  Not with instruction counting (a block must then run
 * whole from its start: max_side is 0), nor to the block's own start (the
 * JIT runs that as a loop), nor outside the page (pages are protected per
 * block from its start to its end), nor once the block has an IR label
 * (code with internal branches, as in FP: a label makes the JIT store and
 * reload every register, so a longer block saves nothing there, while its
 * translation costs more).
 */
bool a64_follow(DisasContext *ctx, uint64_t dest)
{
    const IRBlock *b = ctx->b;
    if (b->max_side == 0 || ctx->nsegs >= A64_MAX_FOLLOW || dest == b->guest_pc ||
        b->nlabels > 0 ||
        (dest & GUEST_PAGE_MASK) != (b->guest_pc & GUEST_PAGE_MASK) || (dest & 3) ||
        a64_translated(ctx, dest))
        return false;
    ctx->seg_end[ctx->nsegs++] = ctx->pc_next;
    ctx->seg_start[ctx->nsegs] = dest;
    ctx->pc_next = dest;
    return true;
}

void a64_gen_goto_ptr(DisasContext *ctx, IRTemp dest)
{
    ir_goto_ptr(ctx->b, dest);
    ctx->done = true;
}

void a64_gen_exit(DisasContext *ctx, IRExit code, uint64_t next_pc)
{
    ir_movi(ctx->b, A64_G_PC, next_pc);
    ir_exit_tb(ctx->b, code);
    ctx->done = true;
}

void a64_gen_illegal(DisasContext *ctx)
{
    gen_illegal_insn(ctx->b, A64_G_PC, ctx->pc, ctx->insn);
    ctx->done = true;
}

void a64_gen_signal(DisasContext *ctx, int sig, int code, uint64_t addr)
{
    gen_guest_signal(ctx->b, A64_G_PC, ctx->pc, sig, code, addr);
    ctx->done = true;
}

/* ---- the decoder and the handler groups --------------------------------------------- */

#include "a64.c.inc"

#include "trans_base.c.inc"
#include "trans_sys.c.inc"
#include "trans_ldst.c.inc"
#include "trans_fp.c.inc"
#include "trans_simd.c.inc"

/* ---- disassembly (capstone) --------------------------------------------------------- */

unsigned a64_disas_word(uint64_t pc, uint32_t insn, char *buf, size_t len)
{
    static __thread csh handle;
    static __thread int state;          /* 0 untried, 1 open, -1 unavailable */
    if (state == 0)
        state = cs_open(CS_ARCH_ARM64, CS_MODE_ARM, &handle) == CS_ERR_OK ? 1 : -1;
    cs_insn *ci = NULL;
    uint8_t bytes[4];
    memcpy(bytes, &insn, 4);
    if (state > 0 && cs_disasm(handle, bytes, 4, pc, 1, &ci) == 1) {
        snprintf(buf, len, "%-8s %s", ci->mnemonic, ci->op_str);
        cs_free(ci, 1);
    } else {
        snprintf(buf, len, ".inst    0x%08x", insn);
    }
    return 4;
}

/* ---- the block loop ------------------------------------------------------------------- */

bool a64_decode_insn(DisasContext *ctx)
{
    return decode_a64(ctx, ctx->insn);
}

void a64_translate(GuestCPU *cpu, IRBlock *b, unsigned max_insns)
{
    DisasContext ctx = { .cpu = cpu, .b = b, .pc = b->guest_pc, .cc_known = A64_CCK_UNKNOWN,
                         .seg_start[0] = b->guest_pc };
    uint64_t page = b->guest_pc & GUEST_PAGE_MASK;
    unsigned n = 0;

    if (ctx.pc & 3) {
        /* a branch to a misaligned address: PC alignment fault */
        ctx.pc_next = ctx.pc + 1;
        ir_insn_start(b, ctx.pc);
        a64_gen_signal(&ctx, SIGBUS, BUS_ADRALN, ctx.pc);
        b->guest_end = ctx.pc_next;
        b->ninsns = 1;
        return;
    }
    for (;;) {
        if (!gm_access_ok(ctx.pc, 4, PROT_EXEC)) {
            if (n == 0) {
                gen_fetch_fault(b, A64_G_PC, ctx.pc, ctx.pc);
                ctx.done = true;
                ctx.pc_next = ctx.pc + 4;   /* cover it so an invalidation drops it */
            }
            break;
        }
        memcpy(&ctx.insn, g2h(ctx.pc), 4);
        ctx.pc_next = ctx.pc + 4;
        if (ctx.pc_next > ctx.end)
            ctx.end = ctx.pc_next;
        ir_insn_start(b, ctx.pc);
        if (!a64_decode_insn(&ctx))
            a64_gen_illegal(&ctx);
        n++;
        if (ctx.done)
            break;
        ctx.pc = ctx.pc_next;
        if (n >= max_insns || !ir_block_has_room(b) || (ctx.pc & GUEST_PAGE_MASK) != page)
            break;
    }
    if (!ctx.done)
        ir_goto_tb(b, 0, ctx.pc);
    b->guest_end = ctx.done ? ctx.pc_next : ctx.pc;
    if (ctx.end > b->guest_end)         /* a followed backward branch */
        b->guest_end = ctx.end;
    b->ninsns = n;
}

void a64_translate_init(void)
{
    gen_common_init();
    a64_base_init();
    a64_ldst_init();
    a64_fp_init();
    a64_simd_init();
}
