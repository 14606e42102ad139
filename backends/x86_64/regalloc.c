/*
 * A local register allocator for the JIT (see regalloc.h for the model).
 * Greedy, one pass: inputs are loaded on demand, outputs get a free
 * register, and when none is free the least costly occupant (a clean one if
 * possible) is evicted.  Good enough for blocks of straight-line guest code
 * and cheap to run; globals stay cached in registers across a whole basic
 * block.
 */
#include <string.h>

#include "regalloc.h"

/* Registers the allocator hands out, in preference order (callee-saved
 * first: they survive helper calls).  RBP holds the CPU pointer, R14
 * guest_base; RSP is the stack. */
static const X86Reg alloc_order[] = {
    RBX, R12, R13, R15, RSI, RDI, R8, R9, R10, R11, RAX, RCX, RDX,
};
#define NALLOC (sizeof(alloc_order) / sizeof(alloc_order[0]))

static int32_t home(const RAState *ra, IRTemp t) { return (int32_t)ir_temp_offset(ra->b, t); }

void ra_init(RAState *ra, Emitter *e, const IRBlock *b, TempInfo *t)
{
    ra->e = e;
    ra->b = b;
    ra->t = t;
    ra->uses = NULL;
    ra->locked = 0;
    ra->zx_temp = IR_NOTEMP;
    ra->zx_index = UINT32_MAX;
    ra->skip_index = UINT32_MAX;
    for (int i = 0; i < 16; i++)
        ra->reg_temp[i] = -1;
    memset(ra->seen_dirty, 0, sizeof(ra->seen_dirty));
}

static void store_temp(RAState *ra, IRTemp t)
{
    TempInfo *ti = &ra->t[t];
    if (!ti->dirty)
        return;
    if (ti->loc == LOC_REG) {
        emit_store_env(ra->e, (X86Reg)ti->reg, home(ra, t));
    } else if (ti->loc == LOC_CONST) {
        if ((int64_t)ti->val == (int32_t)ti->val) {
            emit_store_env_imm32(ra->e, home(ra, t), (int32_t)ti->val);
        } else {
            /* Needs a scratch register: take a free one, else spill through RAX's occupant. */
            X86Reg r = ra_alloc(ra);
            emit_mov_ri(ra->e, r, ti->val);
            emit_store_env(ra->e, r, home(ra, t));
            ra->locked &= (uint16_t)~(1u << r);
        }
    }
    ti->dirty = false;
}

static void evict(RAState *ra, X86Reg r)
{
    int t = ra->reg_temp[r];
    if (t < 0)
        return;
    TempInfo *ti = &ra->t[t];
    /* inputs of the op being lowered are still needed: >= */
    bool live = ti->global || ti->last_use >= ra->op_index;
    if (live)
        store_temp(ra, (IRTemp)t);
    ti->loc = LOC_MEM;
    ti->dirty = false;
    ra->reg_temp[r] = -1;
}

/* Index of the next read of t after the current op (UINT32_MAX: none). */
static uint32_t next_use(RAState *ra, IRTemp t)
{
    UseLists *u = ra->uses;
    uint32_t end = u->start[t + 1];
    while (u->cursor[t] < end && u->pos[u->cursor[t]] <= ra->op_index)
        u->cursor[t]++;
    return u->cursor[t] < end ? u->pos[u->cursor[t]] : UINT32_MAX;
}

X86Reg ra_alloc(RAState *ra)
{
    for (size_t i = 0; i < NALLOC; i++) {
        X86Reg r = alloc_order[i];
        if (ra->reg_temp[r] < 0 && !(ra->locked & (1u << r))) {
            ra->locked |= (uint16_t)(1u << r);
            return r;
        }
    }
    /*
     * Evict a clean value if there is one (no store needed), the one read
     * again furthest away (never again: infinitely far), as Belady's rule
     * has it; otherwise the dirty one read again furthest away.  Without use
     * lists: the first clean or dead one in allocation order.
     */
    X86Reg victim = RSP;
    uint32_t best = 0;
    bool best_clean = false;
    for (size_t i = 0; i < NALLOC; i++) {
        X86Reg r = alloc_order[i];
        if (ra->locked & (1u << r))
            continue;
        IRTemp t = (IRTemp)ra->reg_temp[r];
        TempInfo *ti = &ra->t[t];
        bool clean = !ti->dirty || (!ti->global && ti->last_use <= ra->op_index);
        if (!ra->uses) {
            if (victim == RSP || clean)
                victim = r;
            if (clean)
                break;
            continue;
        }
        uint32_t nu = next_use(ra, t);
        bool better = victim == RSP || (clean && !best_clean) ||
                      (clean == best_clean && nu > best);
        if (better) {
            victim = r;
            best = nu;
            best_clean = clean;
        }
    }
    evict(ra, victim);
    ra->locked |= (uint16_t)(1u << victim);
    return victim;
}

void ra_claim(RAState *ra, X86Reg r)
{
    evict(ra, r);
    ra->locked |= (uint16_t)(1u << r);
}

X86Reg ra_in(RAState *ra, IRTemp t)
{
    TempInfo *ti = &ra->t[t];
    if (ti->loc == LOC_REG) {
        ra->locked |= (uint16_t)(1u << ti->reg);
        return (X86Reg)ti->reg;
    }
    X86Reg r = ra_alloc(ra);
    if (ti->loc == LOC_CONST) {
        emit_mov_ri(ra->e, r, ti->val);
    } else {
        emit_load_env(ra->e, r, home(ra, t));
        ti->dirty = false;
    }
    ti->loc = LOC_REG;
    ti->reg = (int8_t)r;
    ra->reg_temp[r] = (int)t;
    return r;
}

void ra_in_fixed(RAState *ra, IRTemp t, X86Reg r)
{
    TempInfo *ti = &ra->t[t];
    if (ti->loc == LOC_REG && ti->reg == (int8_t)r) {
        ra->locked |= (uint16_t)(1u << r);
        return;
    }
    ra_claim(ra, r);
    if (ti->loc == LOC_REG) {
        emit_mov_rr(ra->e, r, (X86Reg)ti->reg);
    } else if (ti->loc == LOC_CONST) {
        emit_mov_ri(ra->e, r, ti->val);
    } else {
        emit_load_env(ra->e, r, home(ra, t));
    }
    /* r holds a copy; t keeps its own location. */
}

void ra_release(RAState *ra, IRTemp t)
{
    TempInfo *ti = &ra->t[t];
    if (ti->loc == LOC_REG)
        ra->reg_temp[ti->reg] = -1;
    ti->loc = LOC_MEM;
    ti->dirty = false;
}

void ra_set_out(RAState *ra, IRTemp t, X86Reg r)
{
    TempInfo *ti = &ra->t[t];
    if (ti->loc == LOC_REG && ti->reg != (int8_t)r)
        ra->reg_temp[ti->reg] = -1;
    if (ra->reg_temp[r] >= 0 && ra->reg_temp[r] != (int)t) {
        /* r held an input that dies or was copied: detach it. */
        TempInfo *old = &ra->t[ra->reg_temp[r]];
        old->loc = LOC_MEM;
        old->dirty = false;
    }
    ti->loc = LOC_REG;
    ti->reg = (int8_t)r;
    ti->dirty = true;
    ra_mark_dirty(ra, t);
    ra->reg_temp[r] = (int)t;
    ra->locked |= (uint16_t)(1u << r);
}

void ra_set_const(RAState *ra, IRTemp t, uint64_t v)
{
    TempInfo *ti = &ra->t[t];
    if (ti->loc == LOC_REG)
        ra->reg_temp[ti->reg] = -1;
    ti->loc = LOC_CONST;
    ti->val = v;
    ti->dirty = true;
    ra_mark_dirty(ra, t);
}

uint32_t ra_next_use(RAState *ra, IRTemp t)
{
    return ra->uses ? next_use(ra, t) : 0;
}

/*
 * d = a for a global d the block reads no more: a store to d's home
 * instead of a register copy (the flags' lazy operands: cc_x = x7 at every
 * compare would otherwise hold a register each until the block ends).
 */
void ra_store_copy(RAState *ra, IRTemp d, X86Reg r)
{
    TempInfo *ti = &ra->t[d];
    if (ti->loc == LOC_REG)
        ra->reg_temp[ti->reg] = -1;
    emit_store_env(ra->e, r, home(ra, d));
    ti->loc = LOC_MEM;
    ti->dirty = false;
}

bool ra_dies(const RAState *ra, IRTemp t)
{
    const TempInfo *ti = &ra->t[t];
    return !ti->global && ti->last_use <= ra->op_index;
}

bool ra_is_const(const RAState *ra, IRTemp t, uint64_t *v)
{
    if (ra->t[t].loc != LOC_CONST)
        return false;
    *v = ra->t[t].val;
    return true;
}

void ra_sync_globals(RAState *ra)
{
    for (IRTemp t = 0; t < ra->b->nglobals; t++)
        store_temp(ra, t);
}

void ra_bb_end(RAState *ra, bool forget_regs, bool forget_consts, bool store_inputs)
{
    for (IRTemp t = 0; t < ra->b->ntemps; t++) {
        TempInfo *ti = &ra->t[t];
        if (ti->loc == LOC_MEM && !ti->dirty)
            continue;                   /* the common case: nothing to do */
        if (ti->global || ti->last_use > ra->op_index ||
            (store_inputs && ti->last_use == ra->op_index))
            store_temp(ra, t);
        else if (ti->loc == LOC_REG && !forget_regs)
            continue;                   /* keep it (clean or not) for the op itself */
        if (ti->loc == LOC_REG && forget_regs) {
            ra->reg_temp[ti->reg] = -1;
            ti->loc = LOC_MEM;
        } else if (ti->loc == LOC_CONST && (forget_consts || ti->global)) {
            ti->loc = LOC_MEM;
        }
        ti->dirty = false;
    }
}

void ra_save_caller_saved(RAState *ra)
{
    static const X86Reg caller_saved[] = { RAX, RCX, RDX, RSI, RDI, R8, R9, R10, R11 };
    for (size_t i = 0; i < sizeof(caller_saved) / sizeof(caller_saved[0]); i++)
        evict(ra, caller_saved[i]);
}

void ra_op_done(RAState *ra, const IROp *op)
{
    const IROpDef *d = &ir_op_defs[op->opc];
    for (unsigned a = d->nout; a < (unsigned)(d->nout + d->nin); a++) {
        IRTemp t = (IRTemp)op->args[a];
        if (t != IR_NOTEMP && ra_dies(ra, t) && ra->t[t].loc == LOC_REG) {
            ra->reg_temp[ra->t[t].reg] = -1;
            ra->t[t].loc = LOC_MEM;
            ra->t[t].dirty = false;
        }
    }
    ra->locked = 0;
}

void ra_forget(RAState *ra)
{
    for (IRTemp t = 0; t < ra->b->ntemps; t++) {
        TempInfo *ti = &ra->t[t];
        if (ti->loc == LOC_REG)
            ra->reg_temp[ti->reg] = -1;
        ti->loc = LOC_MEM;
        ti->dirty = false;
    }
}
