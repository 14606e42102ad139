/*
 * The x86_64 JIT backend: lowers an IRBlock to host code in the code cache.
 *
 * Register conventions inside translated code: RBP = the GuestCPU, R14 =
 * guest_base; everything else is the allocator's
 * (regalloc.c).  Code is entered through a trampoline (jit_enter) that saves
 * the callee-saved registers; every exit jumps to its epilogue with the
 * IRExit code in EAX.  Both live in a permanent part of the code cache.
 *
 * Each TB starts with a check of cpu->exit_request, so chained blocks still
 * stop when asked.  goto_tb is a `jmp rel32` (4-byte aligned displacement,
 * patched atomically by link) that initially targets an exit stub;
 * goto_ptr looks the target up in the CPU's jump cache inline.  Guest
 * memory accesses are [R14 + addr] after one compare with cpu->guest_limit; addresses
 * past the limit go to an out-of-line stub that reports a guest fault.
 * Host faults inside a block are mapped back to the guest pc through a
 * table of (host offset, guest pc) pairs stored after the code.
 */
#include <capstone/capstone.h>
#include <inttypes.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "jit_internal.h"
#include "translator/stats.h"
#include "translator/translator.h"
#include "util/util.h"

typedef IRExit (*JitEnterFn)(GuestCPU *cpu, const void *code);
static JitEnterFn jit_enter;
uint8_t *jit_epilogue;
static uint8_t *jit_fault_path;        /* shared tail of the out-of-range stubs */
static void jit_stub_fault(GuestCPU *cpu, uintptr_t ret);

/* Data stored after each block's code. */
typedef struct JitTBData {
    uint32_t jmp_field[IR_MAX_SLOTS]; /* offsets of goto_tb rel32 fields, 0 if unused */
    uint32_t jmp_stub[IR_MAX_SLOTS];  /* offsets of their exit stubs (unlink) */
    uint32_t ninsns;
    uint32_t nsites, ndeltas;         /* fault sites and their deltas (jit_internal.h) */
    JitInsn insns[];                  /* then FaultSite[nsites], SnapEntry[ndeltas] */
} JitTBData;

static const FaultSite *tb_sites(const JitTBData *d) { return (const FaultSite *)(d->insns + d->ninsns); }
static const SnapEntry *tb_deltas(const JitTBData *d) { return (const SnapEntry *)(tb_sites(d) + d->nsites); }

/* ---- trampoline ----------------------------------------------------------------- */

static const X86Reg saved_regs[] = { RBP, RBX, R12, R13, R14, R15 };

static void jit_init_trampoline(void)
{
    uint8_t *buf = code_cache_alloc_permanent(512);
    Emitter e;
    emit_init(&e, buf, 512);
    for (size_t i = 0; i < 6; i++)
        emit_push(&e, saved_regs[i]);
    emit_alu_ri(&e, ALU_SUB, RSP, 8);               /* 16-byte alignment for calls */
    emit_mov_rr(&e, RBP, RDI);
    emit_load_env(&e, R14, OFF(guest_base));
    emit_jmp_reg(&e, RSI);
    jit_epilogue = e.p;
    emit_alu_ri(&e, ALU_ADD, RSP, 8);
    for (size_t i = 6; i-- > 0;)
        emit_pop(&e, saved_regs[i]);
    emit_ret(&e);
    jit_enter = (JitEnterFn)(void *)buf;

    /* Called from a stub, return address on the stack: save every register
     * into cpu->jit_regs, jit_stub_fault(cpu, return address), then leave
     * through the epilogue with IR_EXIT_FAULT (the stack as the block had it). */
    jit_fault_path = e.p;
    for (int r = 0; r < 16; r++)
        if (r != RSP)
            emit_store_env(&e, (X86Reg)r, OFF(jit_regs) + 8 * r);
    emit_load_mem(&e, RSI, RSP, 0);
    emit_mov_rr(&e, RDI, RBP);
    emit_alu_ri(&e, ALU_SUB, RSP, 8);               /* 16-byte alignment for the call */
    emit_mov_ri(&e, RAX, (uint64_t)(uintptr_t)jit_stub_fault);
    emit_call_reg(&e, RAX);
    emit_alu_ri(&e, ALU_ADD, RSP, 16);              /* the alignment and the stub's return address */
    emit_store_env_imm32(&e, OFF(last_tb), 0);
    emit_mov_ri(&e, RAX, IR_EXIT_FAULT);
    emit_patch_rel32(&e, emit_jmp_fwd(&e), (uint32_t)(jit_epilogue - e.start));
}

/* ---- scratch memory ----------------------------------------------------------------------
 *
 * The per-block arrays are kept from one translation to the next (per host
 * thread) and grow by doubling: malloc/free of a dozen arrays per block and
 * one realloc per fault site cost more than a tenth of translation time.
 */
typedef struct Scratch { void *p; size_t cap; } Scratch;

enum { SC_TEMPS, SC_LABELS, SC_SITE_STATE, SC_START, SC_POS, SC_CURSOR, SC_LABEL_AT, SC_USES, SC_N };
static __thread Scratch scratch[SC_N];

/* The scratch goes with its host thread (guests start thousands of threads). */
static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;

static void scratch_free(void *arg)
{
    Scratch *sc = arg;
    for (int i = 0; i < SC_N; i++) {
        free(sc[i].p);
        sc[i] = (Scratch){ NULL, 0 };
    }
}

static void scratch_key_init(void) { pthread_key_create(&scratch_key, scratch_free); }

static void *scratch_get(Scratch *s, size_t bytes)
{
    if (bytes > s->cap) {
        if (!s->cap) {
            pthread_once(&scratch_once, scratch_key_init);
            pthread_setspecific(scratch_key, scratch);
        }
        size_t cap = s->cap ? s->cap : 256;
        while (cap < bytes)
            cap *= 2;
        free(s->p);
        s->p = malloc(cap);
        if (!s->p)
            xrun_fatal(XRUN_EXIT_NOMEM, "out of memory");
        s->cap = cap;
    }
    return s->p;
}

void *jit_grow(void *p, uint32_t n, uint32_t *cap, size_t elt)
{
    if (n < *cap)
        return p;
    *cap = *cap ? *cap * 2 : 16;
    p = realloc(p, *cap * elt);
    if (!p)
        xrun_fatal(XRUN_EXIT_NOMEM, "out of memory");
    return p;
}

/* ---- liveness --------------------------------------------------------------------------- */

/*
 * Last read of each temp.  A backward branch makes every temp touched inside
 * the loop live until the branch, since the next iteration reads it again.
 */
static void compute_last_use(const IRBlock *b, TempInfo *t)
{
    for (IRTemp i = 0; i < b->ntemps; i++) {
        t[i] = (TempInfo){ .loc = LOC_MEM, .reg = -1, .global = i < b->nglobals,
                           .last_use = i < b->nglobals ? UINT32_MAX : 0 };
    }
    uint32_t *label_at = scratch_get(&scratch[SC_LABEL_AT], (b->nlabels + 1) * sizeof(uint32_t));
    memset(label_at, 0, (b->nlabels + 1) * sizeof(uint32_t));
    for (uint32_t i = 0; i < b->nops; i++) {
        const IROp *op = &b->ops[i];
        const IROpDef *d = &ir_op_defs[op->opc];
        if (op->opc == IR_set_label)
            label_at[op->args[0]] = i;
        for (unsigned a = d->nout; a < (unsigned)(d->nout + d->nin); a++)
            if (op->args[a] != IR_NOTEMP && !t[op->args[a]].global)
                t[op->args[a]].last_use = i;
    }
    for (uint32_t i = 0; i < b->nops; i++) {
        const IROp *op = &b->ops[i];
        uint64_t label = op->opc == IR_br ? op->args[0] : op->opc == IR_brcond ? op->args[3] : UINT64_MAX;
        if (label == UINT64_MAX || label_at[label] > i)
            continue;
        for (uint32_t j = label_at[label]; j <= i; j++) {
            const IROp *o = &b->ops[j];
            const IROpDef *d = &ir_op_defs[o->opc];
            for (unsigned a = 0; a < (unsigned)(d->nout + d->nin); a++)
                if (o->args[a] != IR_NOTEMP && !t[o->args[a]].global && t[o->args[a]].last_use < i)
                    t[o->args[a]].last_use = i;
        }
    }
}

/* Every read of every temp, in op order (for the allocator's evictions). */
static void build_use_lists(const IRBlock *b, UseLists *u)
{
    u->start = scratch_get(&scratch[SC_START], (b->ntemps + 2) * sizeof(uint32_t));
    memset(u->start, 0, (b->ntemps + 2) * sizeof(uint32_t));
    for (uint32_t i = 0; i < b->nops; i++) {
        const IROpDef *d = &ir_op_defs[b->ops[i].opc];
        for (unsigned a = d->nout; a < (unsigned)(d->nout + d->nin); a++)
            if (b->ops[i].args[a] != IR_NOTEMP)
                u->start[b->ops[i].args[a] + 2]++;
    }
    for (IRTemp t = 0; t < b->ntemps; t++)
        u->start[t + 2] += u->start[t + 1];
    u->pos = scratch_get(&scratch[SC_POS], (u->start[b->ntemps + 1] + 1) * sizeof(uint32_t));
    for (uint32_t i = 0; i < b->nops; i++) {
        const IROpDef *d = &ir_op_defs[b->ops[i].opc];
        for (unsigned a = d->nout; a < (unsigned)(d->nout + d->nin); a++)
            if (b->ops[i].args[a] != IR_NOTEMP)
                u->pos[u->start[b->ops[i].args[a] + 1]++] = i;
    }
    /* start[t+1] now ends t's list; shift so start[t] begins it */
    u->cursor = scratch_get(&scratch[SC_CURSOR], (b->ntemps + 1) * sizeof(uint32_t));
    for (IRTemp t = 0; t < b->ntemps; t++)
        u->cursor[t] = u->start[t];
}

/* ---- blocks ------------------------------------------------------------------------------ */

/* A goto_tb jump: rel32 4-byte aligned so link() patches it atomically. */
void jit_emit_chain_jmp(JitCtx *c, unsigned slot, uint64_t pc)
{
    while (!c->e.full && ((emit_offset(&c->e) + 1) & 3))
        emit_nops(&c->e, 1);
    uint32_t field = emit_jmp_fwd(&c->e);
    c->jmp_field[slot] = field;
    c->exits[c->nexits++] = (ExitStub){ field, pc, (int)slot };
}

/* ---- loops ------------------------------------------------------------------------------ */

/* Registers for loop globals: none that divisions, shifts or calls need fixed. */
static const X86Reg loop_regs[JIT_LOOP_MAX] = { RBX, R12, R13, RSI, RDI, R8, R9, R10 };

/*
 * Side exits a loop body may have before its back edge: a block that leaves
 * at one of several compares before it loops (a dispatch tree whose
 * fall-through arm happens to branch back to the block's start) is left far
 * more often than it loops, and the loop entry (loading up to eight globals
 * whatever the path) and stores at every exit would cost more than they
 * save.  A back edge after more side exits still runs as one (the loop
 * globals are moved to their registers), but does not make a block a loop.
 */
#define JIT_LOOP_MAX_EXITS 3

/*
 * A block with an edge back to its own start becomes a loop; its loop
 * globals are those the loop body (the ops up to its last back edge, see
 * above) uses most.  A loop global never written in the body is clean at
 * the loop entry (its register always equals its home, so exits need not
 * store it).
 */
static void plan_loop(JitCtx *c)
{
    const IRBlock *b = c->b;
    if (tr_opts.nochain || tr_opts.count_insns)
        return;
    /* the body: up to the last back edge with few side exits before it
     * (later back edges still jump to the loop entry) */
    uint32_t last = UINT32_MAX;
    unsigned exits = 0;
    for (uint32_t i = 0; i < b->nops && exits < JIT_LOOP_MAX_EXITS; i++) {
        const IROp *op = &b->ops[i];
        if ((op->opc == IR_goto_tb && op->args[1] == b->guest_pc) ||
            (op->opc == IR_brcond_tb && op->args[4] == b->guest_pc))
            last = i;
        else if (op->opc == IR_brcond_tb)
            exits++;
    }
    if (last == UINT32_MAX)
        return;
    uint32_t *uses = scratch_get(&scratch[SC_USES], b->nglobals * sizeof(uint32_t));
    memset(uses, 0, b->nglobals * sizeof(uint32_t));
    c->loop.dirty_entry = true;
    uint64_t written[RA_SEEN_MAX / 64] = { 0 }, read[RA_SEEN_MAX / 64] = { 0 };
    for (uint32_t i = 0; i <= last; i++) {
        const IROp *op = &b->ops[i];
        const IROpDef *d = &ir_op_defs[op->opc];
        if (op->opc == IR_set_label || (op->opc == IR_call &&
            !(ir_helper_get((uint32_t)op->args[5])->flags & (IR_HELPER_PURE | IR_HELPER_NO_GLOBALS))))
            c->loop.dirty_entry = false;
        /* inputs first: an op may read and write the same global */
        for (unsigned a = d->nout; a < (unsigned)(d->nout + d->nin); a++) {
            IRTemp t = op->args[a];
            if (t == IR_NOTEMP || t >= b->nglobals)
                continue;
            uses[t]++;
            if (t < RA_SEEN_MAX && !(written[t / 64] >> (t % 64) & 1))
                read[t / 64] |= 1ull << (t % 64);
        }
        for (unsigned a = 0; a < d->nout; a++) {
            IRTemp t = op->args[a];
            if (t == IR_NOTEMP || t >= b->nglobals)
                continue;
            uses[t]++;
            if (t < RA_SEEN_MAX)
                written[t / 64] |= 1ull << (t % 64);
        }
    }
    /*
     * A global the body writes before any read (a flag word, a scratch
     * register) gains nothing from a loop register: its value at the entry
     * is never used, yet the entry would load it and every exit store it.
     */
    for (IRTemp t = 0; t < b->nglobals && t < RA_SEEN_MAX; t++)
        if (!(read[t / 64] >> (t % 64) & 1))
            uses[t] = 0;
    while (c->loop.n < JIT_LOOP_MAX) {
        IRTemp best = 0;
        for (IRTemp t = 1; t < b->nglobals; t++)
            if (uses[t] > uses[best])
                best = t;
        if (uses[best] == 0)
            break;
        c->loop.g[c->loop.n] = best;
        c->loop.r[c->loop.n] = loop_regs[c->loop.n];
        c->loop.dirty[c->loop.n] = c->loop.dirty_entry &&
            (best >= RA_SEEN_MAX || (written[best / 64] >> (best % 64) & 1));
        c->loop.n++;
        uses[best] = 0;
    }
}

/* At the loop entry: the loop globals in their registers, dirty as planned. */
static void emit_loop_entry(JitCtx *c)
{
    for (uint32_t i = 0; i < c->loop.n; i++) {
        IRTemp g = c->loop.g[i];
        X86Reg r = c->loop.r[i];
        emit_load_env(&c->e, r, (int32_t)ir_temp_offset(c->b, g));
        c->ra.t[g].loc = LOC_REG;
        c->ra.t[g].reg = (int8_t)r;
        c->ra.t[g].dirty = c->loop.dirty[i];
        if (c->loop.dirty[i])
            ra_mark_dirty(&c->ra, g);
        c->ra.reg_temp[r] = (int)g;
    }
    c->loop.entry = emit_offset(&c->e);
}

/* A loop global dirty at the loop entry (back edges keep it unstored). */
static bool is_dirty_loop_global(const JitCtx *c, IRTemp t)
{
    for (uint32_t i = 0; i < c->loop.n; i++)
        if (c->loop.g[i] == t)
            return c->loop.dirty[i];
    return false;
}

/* The dirty globals to store at an exit; a back edge keeps the loop's own. */
SideExit jit_snapshot(JitCtx *c, bool self)
{
    SideExit s = { .first = c->nsnap, .self = self };
    for (IRTemp t = 0; t < c->b->nglobals; t++) {
        TempInfo *ti = &c->ra.t[t];
        if (!ti->dirty || (self && is_dirty_loop_global(c, t)))
            continue;
        c->snap = jit_grow(c->snap, c->nsnap, &c->cap_snap, sizeof(SnapEntry));
        c->snap[c->nsnap++] = (SnapEntry){ (int32_t)ir_temp_offset(c->b, t),
                                           ti->loc == LOC_REG ? ti->reg : -1, ti->val };
        s.n++;
    }
    if (!self)
        return s;
    /* where each loop global is: a register, a constant (-1) or its home (-2) */
    s.loop_first = c->nsnap;
    for (uint32_t i = 0; i < c->loop.n; i++) {
        TempInfo *ti = &c->ra.t[c->loop.g[i]];
        c->snap = jit_grow(c->snap, c->nsnap, &c->cap_snap, sizeof(SnapEntry));
        c->snap[c->nsnap++] = (SnapEntry){ (int32_t)ir_temp_offset(c->b, c->loop.g[i]),
            (int8_t)(ti->loc == LOC_REG ? ti->reg : ti->loc == LOC_CONST ? -1 : -2), ti->val };
    }
    return s;
}

/* Store the snapshot's dirty globals that are in registers. */
static void emit_snapshot_reg_stores(JitCtx *c, const SideExit *s)
{
    for (uint32_t k = s->first; k < s->first + s->n; k++)
        if (c->snap[k].reg >= 0)
            emit_store_env(&c->e, (X86Reg)c->snap[k].reg, c->snap[k].off);
}

/* Store the snapshot's dirty constants; a 64-bit one goes through RAX, so
 * RAX must hold nothing needed any more (no loop global ever lives there). */
static void emit_snapshot_const_stores(JitCtx *c, const SideExit *s)
{
    for (uint32_t k = s->first; k < s->first + s->n; k++) {
        if (c->snap[k].reg >= 0)
            continue;
        if (fits32(c->snap[k].val)) {
            emit_store_env_imm32(&c->e, c->snap[k].off, (int32_t)c->snap[k].val);
        } else {
            emit_mov_ri(&c->e, RAX, c->snap[k].val);
            emit_store_env(&c->e, RAX, c->snap[k].off);
        }
    }
}

static void emit_snapshot_stores(JitCtx *c, const SideExit *s)
{
    emit_snapshot_reg_stores(c, s);
    emit_snapshot_const_stores(c, s);
}

/*
 * Move each loop global into its register.  A parallel move: a move waits
 * while its destination still holds the source of another; when only
 * cycles remain (their registers are all loop registers), one source goes
 * to RAX first, which no loop global is assigned to.
 */
static void emit_loop_moves(JitCtx *c, const SideExit *s)
{
    const LoopInfo *L = &c->loop;
    int src[JIT_LOOP_MAX];
    bool done[JIT_LOOP_MAX];
    for (uint32_t i = 0; i < L->n; i++) {
        src[i] = c->snap[s->loop_first + i].reg;
        done[i] = src[i] < 0 || src[i] == (int)L->r[i];
    }
    for (;;) {
        bool pending = false, progress = false;
        for (uint32_t i = 0; i < L->n; i++) {
            if (done[i])
                continue;
            pending = true;
            bool blocked = false;
            for (uint32_t j = 0; j < L->n; j++)
                if (j != i && !done[j] && src[j] == (int)L->r[i])
                    blocked = true;
            if (blocked)
                continue;
            emit_mov_rr(&c->e, L->r[i], (X86Reg)src[i]);
            done[i] = true;
            progress = true;
        }
        if (!pending)
            break;
        if (!progress) {
            for (uint32_t i = 0; i < L->n; i++) {
                if (!done[i]) {
                    emit_mov_rr(&c->e, RAX, (X86Reg)src[i]);
                    src[i] = RAX;
                    break;
                }
            }
        }
    }
    for (uint32_t i = 0; i < L->n; i++) {
        const SnapEntry *e = &c->snap[s->loop_first + i];
        if (e->reg == -1)
            emit_mov_ri(&c->e, L->r[i], e->val);
        else if (e->reg == -2)
            emit_load_env(&c->e, L->r[i], e->off);
    }
}

void jit_emit_loop_back(JitCtx *c, const SideExit *s)
{
    /* registers first (the moves overwrite them), constants last (RAX may
     * be the source of a move until the moves are done) */
    emit_snapshot_reg_stores(c, s);
    emit_loop_moves(c, s);
    emit_snapshot_const_stores(c, s);
    emit_cmp_env32_imm8(&c->e, OFF(exit_request), 0);
    uint32_t req = emit_jcc_fwd(&c->e, CC_NE);
    emit_jmp_to(&c->e, c->loop.entry);
    emit_patch_rel32(&c->e, req, emit_offset(&c->e));
    for (uint32_t i = 0; i < c->loop.n; i++)
        emit_store_env(&c->e, c->loop.r[i], (int32_t)ir_temp_offset(c->b, c->loop.g[i]));
    jit_store_pc_imm(c, c->b->guest_pc);
    jit_emit_exit(c, IR_EXIT_INTERRUPT);
}

/* ---- stubs ------------------------------------------------------------------------------ */

/* Side-exit stubs: store the globals dirty at the branch, then goto_tb. */
static void emit_side_exits(JitCtx *c)
{
    for (uint32_t i = 0; i < c->nsides; i++) {
        SideExit *s = &c->sides[i];
        emit_patch_rel32(&c->e, s->field, emit_offset(&c->e));
        if (s->self) {
            jit_emit_loop_back(c, s);
            continue;
        }
        emit_snapshot_stores(c, s);
        jit_emit_chain_jmp(c, (unsigned)s->slot, s->pc);
    }
}

/* ---- fault sites ----------------------------------------------------------------------- */

uint32_t jit_fault_site(JitCtx *c)
{
    /* a global never dirty in this block is clean here and was clean at
     * every earlier site: only the ones seen dirty can change */
    for (IRTemp t = 0; t < c->b->nglobals; t++) {
        if (!ra_seen_dirty(&c->ra, t)) {
            if (t < RA_SEEN_MAX && !c->ra.seen_dirty[t / 64] && t % 64 == 0)
                t += 63;                /* a whole clean word */
            continue;
        }
        const TempInfo *ti = &c->ra.t[t];
        SnapEntry now = { (int32_t)ir_temp_offset(c->b, t), SNAP_CLEAN, 0 };
        if (ti->dirty && ti->loc == LOC_REG)
            now.reg = ti->reg;
        else if (ti->dirty && ti->loc == LOC_CONST)
            now = (SnapEntry){ now.off, SNAP_CONST, ti->val };
        SnapEntry *was = &c->site_state[t];
        if (was->reg == now.reg && (now.reg != SNAP_CONST || was->val == now.val))
            continue;
        *was = now;
        c->deltas = jit_grow(c->deltas, c->ndeltas, &c->cap_deltas, sizeof(SnapEntry));
        c->deltas[c->ndeltas++] = now;
    }
    c->sites = jit_grow(c->sites, c->nsites, &c->cap_sites, sizeof(FaultSite));
    c->sites[c->nsites++] = (FaultSite){ emit_offset(&c->e), c->ndeltas, c->cur_pc };
    return c->nsites - 1;
}

/* The site whose host offset is exactly off (sites are in code order). */
static const FaultSite *find_site(const JitTBData *d, uintptr_t off)
{
    const FaultSite *sites = tb_sites(d);
    uint32_t lo = 0, hi = d->nsites;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (sites[mid].host_off < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->nsites && sites[lo].host_off == off ? &sites[lo] : NULL;
}

/* Write the globals that were dirty at site s from the host registers. */
static void apply_site(const JitTBData *d, const FaultSite *s, const uint64_t regs[16], GuestCPU *cpu)
{
    enum { MAXG = 1024 };
    SnapEntry state[MAXG];
    uint32_t n = 0;
    const SnapEntry *e = tb_deltas(d);
    for (uint32_t k = 0; k < s->delta_end; k++) {
        uint32_t i = 0;
        while (i < n && state[i].off != e[k].off)
            i++;
        if (i == n && n < MAXG)
            n++;
        if (i < MAXG)
            state[i] = e[k];
    }
    for (uint32_t i = 0; i < n; i++) {
        if (state[i].reg == SNAP_CLEAN)
            continue;
        uint64_t v = state[i].reg >= 0 ? regs[(int)state[i].reg] : state[i].val;
        memcpy((uint8_t *)cpu + state[i].off, &v, 8);
    }
}

/* An out-of-range guest address (from a stub, through jit_fault_path). */
static void jit_stub_fault(GuestCPU *cpu, uintptr_t ret)
{
    int32_t rel;
    uint32_t site;
    memcpy(&rel, (const void *)ret, 4);
    memcpy(&site, (const void *)(ret + 4), 4);
    const JitTBData *d = (const JitTBData *)(ret + (intptr_t)rel);
    const FaultSite *s = &tb_sites(d)[site];
    apply_site(d, s, cpu->jit_regs, cpu);
    cpu->pc = s->guest_pc;
    cpu->fault_signal = SIGSEGV;
}

static void emit_stubs(JitCtx *c)
{
    uint32_t epi = (uint32_t)(jit_epilogue - c->e.start);
    emit_side_exits(c);
    jit_emit_fpc_stubs(c);
    for (uint32_t i = 0; i < c->nfaults; i++) {
        FaultStub *f = &c->faults[i];
        emit_patch_rel32(&c->e, f->field, emit_offset(&c->e));
        emit_store_env(&c->e, f->addr, OFF(fault_addr));
        emit_call_to(&c->e, (uint32_t)(jit_fault_path - c->e.start));
        f->data_field = emit_offset(&c->e);
        emit_u32(&c->e, 0);                 /* patched: distance to the JitTBData */
        emit_u32(&c->e, f->site);
    }
    for (uint32_t i = 0; i < c->nexits; i++) {
        ExitStub *x = &c->exits[i];
        if (x->field == c->jmp_field[x->slot])
            c->jmp_stub[x->slot] = emit_offset(&c->e);
        emit_patch_rel32(&c->e, x->field, emit_offset(&c->e));
        jit_store_pc_imm(c, x->pc);
        emit_mov_ri(&c->e, RAX, (uint64_t)(uintptr_t)c->tb);
        emit_store_env(&c->e, RAX, OFF(last_tb));
        emit_store_env32_imm(&c->e, OFF(last_slot), (uint32_t)x->slot);
        emit_mov_ri(&c->e, RAX, IR_EXIT_NEXT);
        emit_jmp_to(&c->e, epi);
    }
}

static void log_out_asm(const TB *tb)
{
    csh h;
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &h) != CS_ERR_OK)
        return;
    cs_insn *insn;
    size_t n = cs_disasm(h, tb->code, tb->code_size, (uint64_t)(uintptr_t)tb->code, 0, &insn);
    log_printf("OUT: [size=%u]\n", tb->code_size);
    for (size_t i = 0; i < n; i++)
        log_printf("0x%" PRIx64 ":  %-8s %s\n", insn[i].address, insn[i].mnemonic, insn[i].op_str);
    log_printf("\n");
    if (n)
        cs_free(insn, n);
    cs_close(&h);
}

static bool jit_gen_code(TB *tb, const IRBlock *b)
{
    if (!jit_enter)
        jit_init_trampoline();
    size_t avail;
    uint8_t *buf = code_cache_begin(&avail);
    if (!buf || avail < 4096)
        return false;

    JitCtx c = { .b = b, .tb = tb };
    emit_init(&c.e, buf, avail);
    TempInfo *temps = scratch_get(&scratch[SC_TEMPS], b->ntemps * sizeof(TempInfo));
    c.label_off = scratch_get(&scratch[SC_LABELS], (b->nlabels + 1) * sizeof(uint32_t));
    c.site_state = scratch_get(&scratch[SC_SITE_STATE], b->nglobals * sizeof(SnapEntry));
    for (IRTemp t = 0; t < b->nglobals; t++)
        c.site_state[t] = (SnapEntry){ 0, SNAP_CLEAN, 0 };
    memset(c.label_off, 0xff, (b->nlabels + 1) * sizeof(uint32_t));
    compute_last_use(b, temps);
    ra_init(&c.ra, &c.e, b, temps);
    UseLists uses;
    build_use_lists(b, &uses);
    c.ra.uses = &uses;

    /* Entry: leave when asked (signals, exit of another thread). */
    emit_cmp_env32_imm8(&c.e, OFF(exit_request), 0);
    uint32_t req = emit_jcc_fwd(&c.e, CC_NE);
    if (tr_opts.count_insns) {
        emit_load_env(&c.e, RAX, OFF(insn_count));
        emit_alu_ri(&c.e, ALU_ADD, RAX, (int32_t)b->ninsns);
        emit_store_env(&c.e, RAX, OFF(insn_count));
        emit_mov_ri(&c.e, RAX, (uintptr_t)&tr_stats.tb_entries), emit_bytes(&c.e, "\x48\xff\x00", 3); /* inc qword [rax] */
    }
    plan_loop(&c);
    if (c.loop.n)
        emit_loop_entry(&c);
    for (uint32_t i = 0; i < b->nops; i++) {
        c.ra.op_index = i;
        jit_lower_op(&c, &b->ops[i]);
        ra_op_done(&c.ra, &b->ops[i]);
    }
    for (uint32_t i = 0; i < c.nfixups; i++)
        emit_patch_rel32(&c.e, c.fixups[i].field, c.label_off[c.fixups[i].label]);
    emit_patch_rel32(&c.e, req, emit_offset(&c.e));
    jit_store_pc_imm(&c, b->guest_pc);
    jit_emit_exit(&c, IR_EXIT_INTERRUPT);
    emit_stubs(&c);

    /* pc-recovery table after the code */
    while (!c.e.full && (emit_offset(&c.e) & 7))
        emit_u8(&c.e, 0xcc);
    uint32_t code_size = emit_offset(&c.e);
    for (uint32_t i = 0; i < c.nfaults && !c.e.full; i++) {
        uint32_t rel = code_size - c.faults[i].data_field;
        memcpy(c.e.start + c.faults[i].data_field, &rel, 4);
    }
    JitTBData hdr = { .ninsns = c.ninsns, .nsites = c.nsites, .ndeltas = c.ndeltas };
    memcpy(hdr.jmp_field, c.jmp_field, sizeof(hdr.jmp_field));
    memcpy(hdr.jmp_stub, c.jmp_stub, sizeof(hdr.jmp_stub));
    emit_bytes(&c.e, &hdr, sizeof(hdr));
    emit_bytes(&c.e, c.insns, c.ninsns * (unsigned)sizeof(JitInsn));
    emit_bytes(&c.e, c.sites, c.nsites * (unsigned)sizeof(FaultSite));
    emit_bytes(&c.e, c.deltas, c.ndeltas * (unsigned)sizeof(SnapEntry));

    bool ok = !c.e.full;
    if (ok) {
        code_cache_end(emit_offset(&c.e));
        tb->code = buf;
        tb->code_size = code_size;
        tb->backend_data = buf + code_size;
        if (log_enabled(LOG_OUT_ASM))
            log_out_asm(tb);
    }
    free(c.fixups);
    free(c.faults);
    free(c.insns);
    free(c.sides);
    free(c.fpcs);
    free(c.snap);
    free(c.sites);
    free(c.deltas);
    return ok;
}

static IRExit jit_exec(GuestCPU *cpu, TB *tb)
{
    return jit_enter(cpu, tb->code);
}

/* Point slot's rel32 jump of `from` at host code at offset `target` of
 * `base` (a chained block's entry, or the slot's own exit stub). */
static void jit_patch_slot(TB *from, int slot, const void *base, uint32_t target, TB *dest)
{
    JitTBData *d = from->backend_data;
    uint32_t field = d->jmp_field[slot];
    if (!field)
        return;
    uint8_t *p = (uint8_t *)from->code + field;
    int32_t rel = (int32_t)((const uint8_t *)base + target - (p + 4));
    __atomic_store_n((int32_t *)p, rel, __ATOMIC_RELEASE);
    from->jmp_dest[slot] = dest;
}

static void jit_link(TB *from, int slot, TB *to)
{
    jit_patch_slot(from, slot, to->code, 0, to);
}

static void jit_unlink(TB *from, int slot)
{
    JitTBData *d = from->backend_data;
    jit_patch_slot(from, slot, from->code, d->jmp_stub[slot], NULL);
}

static bool jit_restore_pc(TB *tb, uintptr_t host_pc, uint64_t *guest_pc)
{
    const JitTBData *d = tb->backend_data;
    uintptr_t off = host_pc - (uintptr_t)tb->code;
    if (off >= tb->code_size || d->ninsns == 0)
        return false;
    uint32_t lo = 0, hi = d->ninsns;    /* last insn starting at or before off */
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (d->insns[mid].host_off <= off)
            lo = mid;
        else
            hi = mid;
    }
    *guest_pc = d->insns[lo].guest_pc;
    return true;
}

/*
 * A host fault at a guest access: the dirty globals were not stored before
 * it; write them from the host registers of the fault (or the constants
 * recorded for them), so the CPU structure holds the exact guest state.
 */
static void jit_restore_regs(TB *tb, uintptr_t host_pc, const void *ucontext, GuestCPU *cpu)
{
    static const int greg[16] = {
        REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI, REG_RDI,
        REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
    };
    const JitTBData *d = tb->backend_data;
    const FaultSite *s = find_site(d, host_pc - (uintptr_t)tb->code);
    if (!s)
        return;
    const ucontext_t *uc = ucontext;
    uint64_t regs[16];
    for (int r = 0; r < 16; r++)
        regs[r] = (uint64_t)uc->uc_mcontext.gregs[greg[r]];
    apply_site(d, s, regs, cpu);
}

const Backend backend_jit = {
    .name = "jit",
    .gen_code = jit_gen_code,
    .exec = jit_exec,
    .link = jit_link,
    .unlink = jit_unlink,
    .restore_pc = jit_restore_pc,
    .restore_regs = jit_restore_regs,
};
