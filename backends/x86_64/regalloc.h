/*
 * The JIT's register allocator state, shared by the lowering (lower.c) and
 * the allocator (regalloc.c).
 *
 * Every temp has a home in memory: its slot in the CPU structure (globals:
 * the guest register; locals: the scratch area after the CPU structure, the
 * same slots the interpreter uses).  At any point a temp's current value is
 * in its home (LOC_MEM), in a host register (LOC_REG), or a known constant
 * (LOC_CONST, materialised lazily, often folded into an immediate).  `dirty`
 * means the home is stale.
 *
 * Invariants, which the lowering keeps:
 *   - at every basic-block boundary (label, branch, exit, helper call) all
 *     globals and all live locals are clean, and after a label every temp is
 *     LOC_MEM;
 *   - before any op that can fault, globals are clean (synced but kept in
 *     their registers), so a fault sees exact guest state.
 */
#ifndef XRUN_X86_64_REGALLOC_H
#define XRUN_X86_64_REGALLOC_H

#include "emit.h"
#include "translator/translator.h"

enum { LOC_MEM, LOC_REG, LOC_CONST };

typedef struct TempInfo {
    uint8_t loc;
    int8_t reg;
    bool dirty;
    bool global;
    uint32_t last_use;    /* index of the last op reading it (UINT32_MAX: always live) */
    uint64_t val;         /* LOC_CONST value */
} TempInfo;

/* Positions of every read of each temp, for eviction choices. */
typedef struct UseLists {
    uint32_t *pos;        /* op indices, grouped by temp, increasing */
    uint32_t *start;      /* start[t] .. start[t+1] are t's reads */
    uint32_t *cursor;     /* first read not yet passed, per temp */
} UseLists;

#define RA_SEEN_MAX 256

typedef struct RAState {
    Emitter *e;
    const IRBlock *b;
    TempInfo *t;
    UseLists *uses;       /* NULL: evict in a fixed order */
    int reg_temp[16];     /* temp held by each host register, or -1 */
    uint16_t locked;      /* registers in use by the op being lowered */
    uint32_t op_index;
    /* The op at zx_index reads zx_temp, which the op before it left in a
     * register already zero-extended from 32 bits (a fused ext32u). */
    IRTemp zx_temp;
    uint32_t zx_index;
    uint32_t skip_index;  /* an op the op before it has lowered already */
    /* Globals made dirty at some point of the block (a superset of those
     * dirty now): fault sites need to look only at these.  Bit t of word
     * t / 64; globals past RA_SEEN_MAX are all counted in. */
    uint64_t seen_dirty[RA_SEEN_MAX / 64];
} RAState;

/* Mark global t as possibly dirty (no-op for locals). */
static inline void ra_mark_dirty(RAState *ra, IRTemp t)
{
    if (t < RA_SEEN_MAX && t < ra->b->nglobals)
        ra->seen_dirty[t / 64] |= 1ull << (t % 64);
}
/* Whether global t may have been dirty since the block's start. */
static inline bool ra_seen_dirty(const RAState *ra, IRTemp t)
{
    return t >= RA_SEEN_MAX || (ra->seen_dirty[t / 64] >> (t % 64) & 1);
}

void ra_init(RAState *ra, Emitter *e, const IRBlock *b, TempInfo *t);
/* Register `t` is in, loading or materialising it; locks the register. */
X86Reg ra_in(RAState *ra, IRTemp t);
/* Put `t` in register r exactly (evicting r's occupant); locks r. */
void ra_in_fixed(RAState *ra, IRTemp t, X86Reg r);
/* A free register (evicting if needed), locked. */
X86Reg ra_alloc(RAState *ra);
/* Evict whatever is in r (storing it if needed) and lock r. */
void ra_claim(RAState *ra, X86Reg r);
/* Make t's current value live in register r (dirty); frees t's old register. */
void ra_set_out(RAState *ra, IRTemp t, X86Reg r);
void ra_set_const(RAState *ra, IRTemp t, uint64_t v);
/* Detach t from its register without storing (its value is dead or copied). */
void ra_release(RAState *ra, IRTemp t);
bool ra_dies(const RAState *ra, IRTemp t);
/* Index of the next op reading t after the current one (UINT32_MAX: none; 0: unknown). */
uint32_t ra_next_use(RAState *ra, IRTemp t);
/* Store register r into t's home and leave t there, clean (t = r for a t read no more). */
void ra_store_copy(RAState *ra, IRTemp t, X86Reg r);
bool ra_is_const(const RAState *ra, IRTemp t, uint64_t *v);
/* Store every dirty global (keeping registers); before ops that may fault. */
void ra_sync_globals(RAState *ra);
/*
 * Store globals and live locals.  forget_regs drops every register mapping
 * (before a call or a label); forget_consts also drops known constants (at
 * a label, where another path may arrive with other values).  With
 * store_inputs false, locals last read by the current op are not stored
 * (a branch consumes its operands itself).
 */
void ra_bb_end(RAState *ra, bool forget_regs, bool forget_consts, bool store_inputs);
/* Drop every register and constant binding without code (after a jump away). */
void ra_forget(RAState *ra);
/*
 * Before a call that touches no globals: values in caller-saved registers
 * that are still needed go home; callee-saved registers keep theirs.
 */
void ra_save_caller_saved(RAState *ra);
/* After an op: unlock registers, free the registers of temps that died. */
void ra_op_done(RAState *ra, const IROp *op);

#endif
