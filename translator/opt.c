/*
 * The IR optimizer: constant folding, copy propagation and dead-code
 * elimination over one block, run between the frontend and the backend.
 *
 * Invariants it relies on and keeps:
 *   - Facts (a temp is constant, a temp is a copy of another) are only
 *     trusted inside one basic block: every label forgets them, because
 *     another path may arrive there.
 *   - A copy fact "t == s" is valid while s has not been written since; each
 *     write bumps s's version, so stale copies are recognised without a scan.
 *   - Helper calls that are not IR_HELPER_PURE may write any global, so they
 *     forget the facts about globals (locals are the block's own).
 *   - Only ops without side effects whose outputs are dead locals are
 *     deleted.  A write to a global is only moved into a local when the
 *     global is overwritten before any op that could observe it (a possible
 *     fault, a helper call, a label, branch or exit), so the guest state is
 *     exact wherever it can be seen.  Blocks with a backward branch skip deletion (liveness
 *     around loops would need a fixpoint, and frontends rarely emit loops).
 *   - Folding uses ir_eval_*, the same code the interpreter executes, so a
 *     folded result is bit-identical to the unfolded one by construction.
 *
 * The algebraic identities are the table `rules` below: adding one is one
 * line.  Two value-range facts remove redundant extensions (32-bit guest
 * operations leave many): `sx` (the value equals the sign extension of its
 * low 32 bits) and `zx` (it equals their zero extension); ext32s of an sx
 * value and ext32u of a zx value are copies.
 */
#include <stdlib.h>
#include <string.h>

#include "translator/ir.h"

typedef enum { R_COPY_A, R_COPY_B, R_ZERO, R_ONES } RuleResult;

typedef struct FoldRule {
    IROpc opc;
    uint8_t const_arg;   /* which input is the constant: 1 (a) or 2 (b) */
    uint64_t value;
    RuleResult result;
} FoldRule;

static const FoldRule rules[] = {
    { IR_add, 2, 0, R_COPY_A },   { IR_add, 1, 0, R_COPY_B },
    { IR_sub, 2, 0, R_COPY_A },
    { IR_or, 2, 0, R_COPY_A },    { IR_or, 1, 0, R_COPY_B },
    { IR_or, 2, ~0ull, R_ONES },  { IR_or, 1, ~0ull, R_ONES },
    { IR_xor, 2, 0, R_COPY_A },   { IR_xor, 1, 0, R_COPY_B },
    { IR_and, 2, ~0ull, R_COPY_A }, { IR_and, 1, ~0ull, R_COPY_B },
    { IR_and, 2, 0, R_ZERO },     { IR_and, 1, 0, R_ZERO },
    { IR_andc, 2, 0, R_COPY_A },  { IR_andc, 1, 0, R_ZERO },
    { IR_mul, 2, 1, R_COPY_A },   { IR_mul, 1, 1, R_COPY_B },
    { IR_mul, 2, 0, R_ZERO },     { IR_mul, 1, 0, R_ZERO },
    { IR_shl, 2, 0, R_COPY_A },   { IR_shr, 2, 0, R_COPY_A },
    { IR_sar, 2, 0, R_COPY_A },   { IR_rotl, 2, 0, R_COPY_A },
    { IR_rotr, 2, 0, R_COPY_A },
    { IR_shl, 1, 0, R_ZERO },     { IR_shr, 1, 0, R_ZERO },
    { IR_divu, 2, 1, R_COPY_A },  { IR_divs, 2, 1, R_COPY_A },
};

/* Ops with two equal inputs. */
typedef struct SameRule { IROpc opc; RuleResult result; } SameRule;
static const SameRule same_rules[] = {
    { IR_sub, R_ZERO }, { IR_xor, R_ZERO }, { IR_andc, R_ZERO },
    { IR_and, R_COPY_A }, { IR_or, R_COPY_A }, { IR_orc, R_ONES },
};

typedef struct TempFact {
    bool is_const;
    uint64_t val;
    IRTemp copy_of;       /* IR_NOTEMP when none */
    uint32_t copy_ver;    /* version of copy_of when the copy was made */
    uint32_t version;     /* bumped on each write */
    bool sx, zx;          /* == ext32s(itself), == ext32u(itself) */
    IRTemp not_of;        /* a local equal to ~not_of (IR_NOTEMP when none) */
    uint32_t not_ver;     /* version of not_of then */
    IRTemp sc_a, sc_b;    /* a local equal to setcond(sc_a, sc_b, sc_cond) (sc_a IR_NOTEMP: none) */
    uint32_t sc_ver_a, sc_ver_b;
    uint8_t sc_cond;
} TempFact;

typedef struct Opt {
    IRBlock *b;
    TempFact *f;
} Opt;

static bool is_binary(IROpc o) { return o >= IR_add && o <= IR_rotr; }
static bool is_unary(IROpc o) { return o >= IR_neg && o <= IR_bswap64; }

static void forget(Opt *o, bool globals_only)
{
    for (IRTemp t = 0; t < o->b->ntemps; t++) {
        if (globals_only && t >= o->b->nglobals) {
            /* a local copy of a global is stale too */
            TempFact *f = &o->f[t];
            if (f->copy_of != IR_NOTEMP && f->copy_of < o->b->nglobals)
                f->copy_of = IR_NOTEMP;
            continue;
        }
        o->f[t].is_const = false;
        o->f[t].copy_of = IR_NOTEMP;
        o->f[t].sx = o->f[t].zx = false;
        o->f[t].not_of = IR_NOTEMP;
        o->f[t].sc_a = IR_NOTEMP;
        o->f[t].version++;
    }
}

/* x when local t holds ~x and x is unchanged since, else IR_NOTEMP. */
static IRTemp not_source(const Opt *o, IRTemp t)
{
    const TempFact *f = &o->f[t];
    if (t < o->b->nglobals || f->not_of == IR_NOTEMP || o->f[f->not_of].version != f->not_ver)
        return IR_NOTEMP;
    return f->not_of;
}

/*
 * A test of a setcond result against 0 (aarch64 CSEL/CSINC after a compare,
 * frontends' flag tests): movcond/brcond on (t != 0) or (t == 0) with
 * t = setcond(a, b, c) tests (a, b, c) or its inverse directly, while a and
 * b are unchanged.  The setcond goes when nothing else reads t.  args[ia]
 * and args[ia + 1] are the compared temps, args[ic] the condition.
 */
static void try_fuse_setcond(Opt *o, IROp *op, unsigned ia, unsigned ic)
{
    IRTemp t = (IRTemp)op->args[ia], z = (IRTemp)op->args[ia + 1];
    IRCond c = (IRCond)op->args[ic];
    const TempFact *f = &o->f[t];
    if (t < o->b->nglobals || f->sc_a == IR_NOTEMP || !o->f[z].is_const || o->f[z].val != 0 ||
        (c != IR_NE && c != IR_EQ) || o->f[f->sc_a].version != f->sc_ver_a ||
        o->f[f->sc_b].version != f->sc_ver_b)
        return;
    op->args[ia] = f->sc_a;
    op->args[ia + 1] = f->sc_b;
    op->args[ic] = c == IR_NE ? f->sc_cond : ir_cond_invert((IRCond)f->sc_cond);
}

/*
 * a & ~x and a | ~x from a separate not (aarch64 BIC/ORN/EON and gcc's
 * ~e & g): one andc/orc, one host instruction with BMI1.  The not itself
 * goes when nothing else reads it.
 */
static bool try_fuse_not(Opt *o, IROp *op)
{
    if (op->opc != IR_and && op->opc != IR_or)
        return false;
    IRTemp a = (IRTemp)op->args[1], b = (IRTemp)op->args[2];
    IRTemp xa = not_source(o, a), xb = not_source(o, b);
    if (xb != IR_NOTEMP) {
        op->args[2] = xb;
    } else if (xa != IR_NOTEMP) {
        op->args[1] = b;
        op->args[2] = xa;
    } else {
        return false;
    }
    op->opc = op->opc == IR_and ? IR_andc : IR_orc;
    return true;
}

static IRTemp resolve(Opt *o, IRTemp t)
{
    TempFact *f = &o->f[t];
    if (f->copy_of != IR_NOTEMP && o->f[f->copy_of].version == f->copy_ver)
        return f->copy_of;
    return t;
}

static void written(Opt *o, IRTemp t)
{
    o->f[t].not_of = IR_NOTEMP;
    o->f[t].sc_a = IR_NOTEMP;
    o->f[t].version++;
    o->f[t].is_const = false;
    o->f[t].copy_of = IR_NOTEMP;
    o->f[t].sx = o->f[t].zx = false;
}

static bool fact_sx(const Opt *o, IRTemp t)
{
    const TempFact *f = &o->f[t];
    return f->sx || (f->is_const && (int64_t)f->val == (int32_t)f->val);
}

static bool fact_zx(const Opt *o, IRTemp t)
{
    const TempFact *f = &o->f[t];
    return f->zx || (f->is_const && f->val <= 0xffffffffull);
}

/*
 * The range facts of op's output, from what the (final) op computes.  When
 * the op writes one of its own inputs (shr t, t, 6), the input's facts are
 * those from before the op: `in` (the input temp) and `in_fact`.
 */
static void note_range(Opt *o, const IROp *op, IRTemp in, const TempFact *in_fact)
{
    IROpc opc = op->opc;
    if (ir_op_defs[opc].nout != 1 || op->args[0] == IR_NOTEMP)
        return;
    IRTemp d = (IRTemp)op->args[0], a = (IRTemp)op->args[1];
    TempFact after = o->f[d];
    if (in == d)
        o->f[d] = *in_fact;
    IRTemp b = ir_op_defs[opc].nin > 1 ? (IRTemp)op->args[2] : IR_NOTEMP;
    bool sx = false, zx = false;
    switch (opc) {
    case IR_mov: sx = fact_sx(o, a); zx = fact_zx(o, a); break;
    case IR_ext32s: case IR_ext16s: case IR_ext8s: sx = true; break;
    case IR_ext32u: case IR_rotr32: zx = true; break;
    case IR_ext16u: case IR_ext8u: sx = zx = true; break;
    case IR_and:
        zx = fact_zx(o, a) || fact_zx(o, b);
        sx = (fact_sx(o, a) && fact_sx(o, b)) ||
             (zx && ((fact_zx(o, a) && o->f[a].is_const && o->f[a].val < 0x80000000u) ||
                     (fact_zx(o, b) && o->f[b].is_const && o->f[b].val < 0x80000000u)));
        break;
    case IR_or: case IR_xor:
        sx = fact_sx(o, a) && fact_sx(o, b);
        zx = fact_zx(o, a) && fact_zx(o, b);
        break;
    case IR_andc:                           /* a & ~b: ~b of an sx value is sx */
        zx = fact_zx(o, a);
        sx = fact_sx(o, a) && fact_sx(o, b);
        break;
    case IR_orc:
        sx = fact_sx(o, a) && fact_sx(o, b);
        break;
    case IR_shr:
        /* a zero-extended value shifted right by 1..63 is below 2^31 */
        if (o->f[b].is_const && (o->f[b].val & 63) && fact_zx(o, a))
            sx = zx = true;
        else if (o->f[b].is_const && (o->f[b].val & 63) >= 33)
            sx = zx = true;
        else if (o->f[b].is_const && (o->f[b].val & 63) == 32)
            zx = true;
        break;
    case IR_ld: {
        uint64_t mo = op->args[2];
        unsigned size = mo & IR_MO_SIZE;
        if (size == IR_MO_32) {
            sx = mo & IR_MO_SIGN;
            zx = !sx;
        } else if (size < IR_MO_32) {
            sx = true;                      /* 8/16 bits, either extension */
            zx = !(mo & IR_MO_SIGN);
        }
        break;
    }
    default:
        break;
    }
    o->f[d] = after;
    o->f[d].sx = sx;
    o->f[d].zx = zx;
}

static void make_movi(Opt *o, IROp *op, uint64_t v)
{
    IRTemp d = (IRTemp)op->args[0];
    op->opc = IR_movi;
    op->args[1] = v;
    written(o, d);
    o->f[d].is_const = true;
    o->f[d].val = v;
}

static void make_mov(Opt *o, IROp *op, IRTemp src)
{
    IRTemp d = (IRTemp)op->args[0];
    if (o->f[src].is_const) {
        make_movi(o, op, o->f[src].val);
        return;
    }
    op->opc = IR_mov;
    op->args[1] = src;
    written(o, d);
    if (src != d) {
        o->f[d].copy_of = src;
        o->f[d].copy_ver = o->f[src].version;
    }
}

static void apply_result(Opt *o, IROp *op, RuleResult r, IRTemp a, IRTemp b)
{
    switch (r) {
    case R_COPY_A: make_mov(o, op, a); break;
    case R_COPY_B: make_mov(o, op, b); break;
    case R_ZERO: make_movi(o, op, 0); break;
    case R_ONES: make_movi(o, op, ~0ull); break;
    }
}

static bool try_rules(Opt *o, IROp *op, IRTemp a, IRTemp b)
{
    if (a == b) {
        for (size_t i = 0; i < sizeof(same_rules) / sizeof(same_rules[0]); i++) {
            if (same_rules[i].opc == op->opc) {
                apply_result(o, op, same_rules[i].result, a, b);
                return true;
            }
        }
    }
    for (size_t i = 0; i < sizeof(rules) / sizeof(rules[0]); i++) {
        const FoldRule *r = &rules[i];
        IRTemp c = r->const_arg == 1 ? a : b;
        if (r->opc == op->opc && o->f[c].is_const && o->f[c].val == r->value) {
            apply_result(o, op, r->result, a, b);
            return true;
        }
    }
    return false;
}

static void fold_op(Opt *o, IROp *op)
{
    const IROpDef *d = &ir_op_defs[op->opc];
    /* copy propagation into every input */
    for (unsigned i = d->nout; i < (unsigned)(d->nout + d->nin); i++)
        if (op->args[i] != IR_NOTEMP)
            op->args[i] = resolve(o, (IRTemp)op->args[i]);

    IROpc opc = op->opc;
    TempFact *f = o->f;
    /* an input the op overwrites: keep its facts for note_range */
    IRTemp in = IR_NOTEMP;
    TempFact in_fact = { 0 };
    if (d->nout == 1 && op->args[0] != IR_NOTEMP) {
        for (unsigned i = 1; i < (unsigned)(1 + d->nin); i++)
            if (op->args[i] == op->args[0])
                in = (IRTemp)op->args[0];
        if (in != IR_NOTEMP)
            in_fact = f[in];
    }
    if (opc == IR_movi) {
        make_movi(o, op, op->args[1]);
    } else if (opc == IR_mov) {
        make_mov(o, op, (IRTemp)op->args[1]);
    } else if (is_binary(opc)) {
        if (try_fuse_not(o, op))
            opc = op->opc;
        IRTemp a = (IRTemp)op->args[1], b = (IRTemp)op->args[2];
        if (f[a].is_const && f[b].is_const)
            make_movi(o, op, ir_eval_binary(opc, f[a].val, f[b].val));
        else if (!try_rules(o, op, a, b))
            written(o, (IRTemp)op->args[0]);
    } else if (is_unary(opc)) {
        IRTemp a = (IRTemp)op->args[1];
        if (f[a].is_const)
            make_movi(o, op, ir_eval_unary(opc, f[a].val));
        else if ((opc == IR_ext32s && fact_sx(o, a)) || (opc == IR_ext32u && fact_zx(o, a)))
            make_mov(o, op, a);             /* the extension changes nothing */
        else
            written(o, (IRTemp)op->args[0]);
        if (opc == IR_not && !f[a].is_const && a != op->args[0]) {
            f[op->args[0]].not_of = a;
            f[op->args[0]].not_ver = f[a].version;
        }
    } else if (opc == IR_setcond) {
        IRTemp a = (IRTemp)op->args[1], b = (IRTemp)op->args[2], d0 = (IRTemp)op->args[0];
        if (f[a].is_const && f[b].is_const) {
            make_movi(o, op, ir_cond_eval((IRCond)op->args[3], f[a].val, f[b].val));
        } else {
            written(o, d0);
            if (d0 != a && d0 != b) {
                f[d0].sc_a = a;
                f[d0].sc_b = b;
                f[d0].sc_ver_a = f[a].version;
                f[d0].sc_ver_b = f[b].version;
                f[d0].sc_cond = (uint8_t)op->args[3];
            }
        }
    } else if (opc == IR_movcond) {
        try_fuse_setcond(o, op, 1, 5);
        IRTemp a = (IRTemp)op->args[1], b = (IRTemp)op->args[2];
        if (f[a].is_const && f[b].is_const) {
            bool c = ir_cond_eval((IRCond)op->args[5], f[a].val, f[b].val);
            make_mov(o, op, (IRTemp)op->args[c ? 3 : 4]);
        } else if (op->args[3] == op->args[4]) {
            make_mov(o, op, (IRTemp)op->args[3]);
        } else {
            written(o, (IRTemp)op->args[0]);
        }
    } else if (opc == IR_brcond) {
        try_fuse_setcond(o, op, 0, 2);
        IRTemp a = (IRTemp)op->args[0], b = (IRTemp)op->args[1];
        if (f[a].is_const && f[b].is_const) {
            if (ir_cond_eval((IRCond)op->args[2], f[a].val, f[b].val)) {
                op->opc = IR_br;
                op->args[0] = op->args[3];
            } else {
                op->opc = IR_insn_start;     /* becomes a no-op marker */
                op->args[0] = UINT64_MAX;
            }
        }
    } else if (opc == IR_set_label) {
        forget(o, false);
    } else if (opc == IR_call) {
        if (!(ir_helper_get((uint32_t)op->args[5])->flags & (IR_HELPER_PURE | IR_HELPER_NO_GLOBALS)))
            forget(o, true);
        if (op->args[0] != IR_NOTEMP)
            written(o, (IRTemp)op->args[0]);
    } else {
        for (unsigned i = 0; i < d->nout; i++)
            if (op->args[i] != IR_NOTEMP)
                written(o, (IRTemp)op->args[i]);
    }
    note_range(o, op, in, &in_fact);
}

static bool has_backward_branch(const IRBlock *b)
{
    uint8_t *seen = calloc(b->nlabels + 1, 1);
    bool back = false;
    for (uint32_t i = 0; i < b->nops && !back; i++) {
        const IROp *op = &b->ops[i];
        if (op->opc == IR_set_label)
            seen[op->args[0]] = 1;
        else if (op->opc == IR_br)
            back = seen[op->args[0]];
        else if (op->opc == IR_brcond)
            back = seen[op->args[3]];
    }
    free(seen);
    return back;
}

/*
 * Delete pure ops whose outputs are locals nobody reads; drop no-op markers.
 * One backward pass: the live set at a branch is the union of the fall-through
 * and of the set recorded at its label (forward branches only, so the label
 * was already passed).
 */
static void eliminate_dead(IRBlock *b)
{
    bool dce = !has_backward_branch(b);
    size_t words = (b->ntemps + 63) / 64;
    uint64_t *live = calloc(words, 8);
    uint64_t *at_label = dce ? calloc((size_t)(b->nlabels + 1) * words, 8) : NULL;
#define LIVE(set, t) (((set)[(t) / 64] >> ((t) % 64)) & 1)
#define SET(set, t) ((set)[(t) / 64] |= 1ull << ((t) % 64))
#define CLR(set, t) ((set)[(t) / 64] &= ~(1ull << ((t) % 64)))
    for (uint32_t i = b->nops; i-- > 0;) {
        IROp *op = &b->ops[i];
        if (op->opc == IR_NUM_OPS)           /* deleted by an earlier pass */
            continue;
        const IROpDef *d = &ir_op_defs[op->opc];
        if (op->opc == IR_insn_start && op->args[0] == UINT64_MAX) {
            op->opc = IR_NUM_OPS;            /* deleted */
            continue;
        }
        if (!dce)
            continue;
        switch (op->opc) {
        case IR_set_label:
            memcpy(at_label + op->args[0] * words, live, words * 8);
            continue;
        case IR_br:
            memcpy(live, at_label + op->args[0] * words, words * 8);
            continue;
        case IR_brcond:
            for (size_t w = 0; w < words; w++)
                live[w] |= at_label[op->args[3] * words + w];
            break;
        case IR_goto_tb: case IR_exit_tb: case IR_goto_ptr:
            memset(live, 0, words * 8);      /* only globals outlive an exit */
            break;
        default:
            break;
        }
        bool pure = !(d->flags & (IR_F_SIDE | IR_F_BB_END)) && op->opc != IR_insn_start;
        if (pure && d->nout == 1) {
            IRTemp t = (IRTemp)op->args[0];
            if (t >= b->nglobals && !LIVE(live, t)) {
                op->opc = IR_NUM_OPS;
                continue;
            }
        }
        for (unsigned a = 0; a < d->nout; a++)
            if (op->args[a] != IR_NOTEMP && op->args[a] >= b->nglobals)
                CLR(live, op->args[a]);
        for (unsigned a = d->nout; a < (unsigned)(d->nout + d->nin); a++)
            if (op->args[a] != IR_NOTEMP)
                SET(live, op->args[a]);
    }
#undef LIVE
#undef SET
#undef CLR
    free(live);
    free(at_label);
    uint32_t n = 0;
    for (uint32_t i = 0; i < b->nops; i++)
        if (b->ops[i].opc != IR_NUM_OPS)
            b->ops[n++] = b->ops[i];
    b->nops = n;
}

/* Does op read (as an input) or write (as an output) temp t? */
static bool op_reads(const IROp *op, IRTemp t)
{
    const IROpDef *d = &ir_op_defs[op->opc];
    for (unsigned a = d->nout; a < (unsigned)(d->nout + d->nin); a++)
        if (op->args[a] == t)
            return true;
    return false;
}

static bool op_writes(const IROp *op, IRTemp t)
{
    const IROpDef *d = &ir_op_defs[op->opc];
    for (unsigned a = 0; a < d->nout; a++)
        if (op->args[a] == t)
            return true;
    return false;
}

/*
 * The op j < i that computes local t for `mov G, t` at i, when the ops
 * between them are pure, do not end the block or start an instruction, and
 * touch neither G nor t (so writing G at j instead of i is unobservable).
 * UINT32_MAX when there is none.  Pure ops on the way whose output is a
 * local nobody reads (copy propagation's leftover `mov t0, t`) are deleted.
 */
static uint32_t sinkable_def(IRBlock *b, uint32_t i, IRTemp g, IRTemp t, const uint32_t *nreads)
{
    for (uint32_t j = i; j-- > 0 && i - j <= 8;) {
        IROp *op = &b->ops[j];
        const IROpDef *d = &ir_op_defs[op->opc];
        if (op->opc == IR_NUM_OPS)
            continue;
        if (d->nout == 1 && !(d->flags & (IR_F_SIDE | IR_F_BB_END)) && op->opc != IR_insn_start &&
            op->args[0] >= b->nglobals && op->args[0] < b->ntemps && op->args[0] != t &&
            nreads[op->args[0]] == 0) {
            op->opc = IR_NUM_OPS;
            continue;
        }
        if (d->nout == 1 && op->args[0] == t)   /* fpu64c touches no global: it may write G */
            return (d->flags & (IR_F_SIDE | IR_F_BB_END)) && op->opc != IR_fpu64c ? UINT32_MAX : j;
        if ((d->flags & (IR_F_SIDE | IR_F_BB_END)) || op->opc == IR_insn_start
            || op_reads(op, g) || op_writes(op, g) || op_reads(op, t) || op_writes(op, t))
            return UINT32_MAX;
    }
    return UINT32_MAX;
}

/*
 * Whether every read of t after i (until t is written again or its last
 * read) can read G instead: G is not written before the read (a write by
 * the reading op itself is fine, inputs are read first), and no label,
 * branch or helper call lies between (another path or a helper may change G).
 */
static bool uses_can_read(const IRBlock *b, uint32_t i, IRTemp g, IRTemp t, uint32_t last)
{
    for (uint32_t k = i + 1; k <= last && k < b->nops; k++) {
        const IROp *op = &b->ops[k];
        const IROpDef *d = &ir_op_defs[op->opc];
        if (op->opc == IR_NUM_OPS)
            continue;
        if (op_writes(op, t) || k == last)
            return true;                      /* reads of t end here */
        if ((d->flags & (IR_F_BB_END | IR_F_CALL)) || op_writes(op, g))
            return false;
    }
    return true;
}

static void rename_uses(IRBlock *b, uint32_t i, IRTemp g, IRTemp t, uint32_t last)
{
    for (uint32_t k = i + 1; k <= last && k < b->nops; k++) {
        IROp *op = &b->ops[k];
        const IROpDef *d = &ir_op_defs[op->opc];
        if (op->opc == IR_NUM_OPS)
            continue;
        for (unsigned a = d->nout; a < (unsigned)(d->nout + d->nin); a++)
            if (op->args[a] == t)
                op->args[a] = g;
        if (op_writes(op, t))
            return;
    }
}

/*
 * Coalesce a local into the guest register it is copied to: `shr t, x, 6;
 * mov a7, t; ... or y, t, z` becomes `shr a7, x, 6; ... or y, a7, z`.
 * Copy propagation leaves this shape for every result computed in a temp
 * (32-bit ops), and keeping t and a7 both live costs a host register and a
 * move each; in long blocks (sha256's rounds) it is what makes the
 * allocator spill.
 */
static void coalesce_into_globals(IRBlock *b)
{
    uint32_t *last = malloc(2 * b->ntemps * sizeof(uint32_t));
    uint32_t *nreads = last + b->ntemps;
    for (IRTemp t = 0; t < b->ntemps; t++)
        last[t] = nreads[t] = 0;
    for (uint32_t k = 0; k < b->nops; k++) {
        const IROp *op = &b->ops[k];
        if (op->opc == IR_NUM_OPS)
            continue;
        const IROpDef *d = &ir_op_defs[op->opc];
        for (unsigned a = d->nout; a < (unsigned)(d->nout + d->nin); a++)
            if (op->args[a] != IR_NOTEMP && op->args[a] < b->ntemps) {
                last[op->args[a]] = k;
                nreads[op->args[a]]++;
            }
    }
    for (uint32_t i = 0; i < b->nops; i++) {
        IROp *op = &b->ops[i];
        if (op->opc != IR_mov)
            continue;
        IRTemp g = (IRTemp)op->args[0], t = (IRTemp)op->args[1];
        if (g >= b->nglobals || t < b->nglobals)
            continue;
        uint32_t j = sinkable_def(b, i, g, t, nreads);
        if (j == UINT32_MAX || !uses_can_read(b, i, g, t, last[t]))
            continue;
        b->ops[j].args[0] = g;
        op->opc = IR_NUM_OPS;
        rename_uses(b, i, g, t, last[t]);
    }
    free(last);
}

/* Can op let anyone see the guest registers (a fault, a helper, an exit)? */
static bool observes_state(const IROp *op)
{
    if (op->opc == IR_fpu64c)      /* host flags and a helper that reads no global */
        return false;
    return ir_op_defs[op->opc].flags & (IR_F_SIDE | IR_F_BB_END | IR_F_CALL);
}

/*
 * The next op after i that overwrites global g with no op in between (nor
 * itself) able to observe the guest state, or UINT32_MAX.
 */
static uint32_t next_silent_overwrite(const IRBlock *b, uint32_t i, IRTemp g)
{
    for (uint32_t k = i + 1; k < b->nops && k - i <= 256; k++) {
        const IROp *op = &b->ops[k];
        if (op->opc == IR_NUM_OPS)
            continue;
        if (observes_state(op))
            return UINT32_MAX;
        if (op_writes(op, g))
            return k;
    }
    return UINT32_MAX;
}

/*
 * Dead-store elimination for guest registers: a value written to a global
 * and overwritten before any fault site, helper call or exit is never seen
 * by the guest, so it lives in a fresh local instead.  gcc builds sha256's
 * rotates and sums in guest registers it overwrites a few instructions
 * later; as globals, the allocator has to store each of them back when it
 * evicts them.
 */
static void localize_dead_global_writes(IRBlock *b)
{
    for (uint32_t i = 0; i < b->nops; i++) {
        IROp *op = &b->ops[i];
        if (op->opc == IR_NUM_OPS || (ir_op_defs[op->opc].flags & IR_F_CALL)
            || ir_op_defs[op->opc].nout != 1)
            continue;
        IRTemp g = (IRTemp)op->args[0];
        if (g >= b->nglobals)
            continue;
        uint32_t k = next_silent_overwrite(b, i, g);
        /* An in-place update (add a5, a5, t3) stays: on a two-address host
         * it is one instruction, a local would cost a move. */
        if (k == UINT32_MAX || op_reads(&b->ops[k], g) || !ir_block_has_room(b))
            continue;
        IRTemp l = ir_new_temp(b);
        op->args[0] = l;
        for (uint32_t m = i + 1; m <= k; m++) {
            IROp *u = &b->ops[m];
            if (u->opc == IR_NUM_OPS)
                continue;
            const IROpDef *d = &ir_op_defs[u->opc];
            for (unsigned a = d->nout; a < (unsigned)(d->nout + d->nin); a++)
                if (u->args[a] == g)
                    u->args[a] = l;
        }
    }
}

void ir_optimize(IRBlock *b)
{
    Opt o = { b, calloc(b->ntemps, sizeof(TempFact)) };
    for (IRTemp t = 0; t < b->ntemps; t++)
        o.f[t].copy_of = o.f[t].not_of = o.f[t].sc_a = IR_NOTEMP;
    for (uint32_t i = 0; i < b->nops; i++)
        fold_op(&o, &b->ops[i]);
    free(o.f);
    coalesce_into_globals(b);
    localize_dead_global_writes(b);
    eliminate_dead(b);
}
