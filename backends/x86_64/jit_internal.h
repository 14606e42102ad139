/*
 * Internals shared by the JIT's block-level code (jit.c: entry trampoline,
 * liveness, stubs, the Backend) and its per-op lowering (lower.c).
 */
#ifndef XRUN_X86_64_JIT_INTERNAL_H
#define XRUN_X86_64_JIT_INTERNAL_H

#include "emit.h"
#include "regalloc.h"
#include "translator/translator.h"

#include <stddef.h>

/* Does v fit a sign-extended 32-bit immediate? */
static inline bool fits32(uint64_t v) { return (int64_t)v == (int32_t)v; }

/* Byte offset of a GuestCPU field from RBP. */
#define OFF(field) ((int32_t)offsetof(GuestCPU, field))

/* (host offset, guest pc) per guest instruction, stored after the code */
typedef struct JitInsn { uint32_t host_off; uint32_t pad; uint64_t guest_pc; } JitInsn;

/* The state of lowering one block. */
typedef struct Fixup { uint32_t field; uint32_t label; } Fixup;
/*
 * Guest accesses do not store dirty globals first.  Instead each access is
 * a fault site that knows where the dirty globals are, so a fault there can
 * rebuild the exact guest state from the host registers: a host fault
 * (jit_restore_regs, from the signal's ucontext) or an address past the
 * guest limit (its stub calls the shared fault path, which saves the
 * registers and does the same; the call is followed by two data words:
 * the distance to the block's JitTBData and the site index).  Where the dirty globals are is delta
 * encoded: site i's state is the replay of deltas[0 .. delta_end) (a
 * delta says: global at `off` is now in register reg, or the constant val
 * (reg -1), or clean (reg -3)), which keeps the tables linear in the
 * block's length.
 */
typedef struct FaultStub { uint32_t field; X86Reg addr; uint32_t site; uint32_t data_field; } FaultStub;
typedef struct FaultSite { uint32_t host_off; uint32_t delta_end; uint64_t guest_pc; } FaultSite;
enum { SNAP_CONST = -1, SNAP_CLEAN = -3 };
typedef struct ExitStub { uint32_t field; uint64_t pc; int slot; } ExitStub;
/*
 * A side exit (brcond_tb): the jcc field, and where the dirty globals were
 * at that point (entries first..first+n of JitCtx.snap), which its
 * out-of-line stub stores before taking the goto_tb slot.
 */
typedef struct SnapEntry { int32_t off; int8_t reg; uint64_t val; } SnapEntry;   /* reg < 0: constant */
typedef struct SideExit {
    uint32_t field; uint32_t first, n; uint64_t pc; int slot;
    bool self;                   /* back to the block's own start (a loop) */
    uint32_t loop_first;         /* self: where each loop global is (JitCtx.snap) */
} SideExit;

/*
 * A block that branches back to its own start runs as a loop inside its
 * code: up to JIT_LOOP_MAX of its most used globals live in fixed
 * registers from the loop entry on, and every back edge moves them there
 * (instead of storing them and reloading at the block start).  At the loop
 * entry those globals are in their registers and every other temp is in
 * memory.  The loop globals count as dirty there (every exit stores them,
 * back edges need not) unless the body has labels or calls, which store
 * every dirty global: then they are clean at the entry and back edges
 * store the modified ones.
 */
/*
 * The cold path of an fpu64c (lower.c): entered from the check of f
 * (f_field) or of the result (r_field; rt is a scratch register there),
 * it calls the helper with the op's inputs, which are still in their
 * registers in[] (-1: none), puts the result in rd, and jumps back.
 */
typedef struct FpcStub {
    uint32_t f_field, r_field, back;
    int8_t in[4], rd, rt;
    bool f32;                    /* the result is a float: its zero test ignores bits 63..32 */
    IRHelperFn fn;
    uint64_t hi;
} FpcStub;

#define JIT_LOOP_MAX 8
typedef struct LoopInfo {
    uint32_t n;
    IRTemp g[JIT_LOOP_MAX];
    X86Reg r[JIT_LOOP_MAX];
    bool dirty[JIT_LOOP_MAX];    /* dirty at the entry (plan_loop says which) */
    uint32_t entry;              /* code offset of the loop entry */
    bool dirty_entry;            /* loop globals count as dirty at the entry */
} LoopInfo;

/* The compare of the last side exit and where its jump ended (lower.c). */
typedef struct CmpOperand { int8_t reg; uint64_t val; } CmpOperand;   /* reg < 0: constant val */
typedef struct LastCmp { uint32_t end; bool tst; CmpOperand a, b; } LastCmp;

typedef struct JitCtx {
    Emitter e;
    RAState ra;
    const IRBlock *b;
    TB *tb;
    uint64_t cur_pc;
    uint32_t *label_off;
    Fixup *fixups; uint32_t nfixups;
    FaultStub *faults; uint32_t nfaults;
    FaultSite *sites; uint32_t nsites;
    SnapEntry *deltas; uint32_t ndeltas;
    SnapEntry *site_state;       /* per global: where the last site saw it */
    ExitStub exits[IR_MAX_SLOTS + 1]; uint32_t nexits;
    SideExit *sides; uint32_t nsides;
    SnapEntry *snap; uint32_t nsnap;
    uint32_t cap_snap, cap_deltas, cap_sites; /* capacities (jit_grow doubles them) */
    uint32_t cap_fixups, cap_faults, cap_sides, cap_insns;
    FpcStub *fpcs; uint32_t nfpcs, cap_fpcs;
    LoopInfo loop;               /* loop.n == 0: not a loop */
    LastCmp last_cmp;
    JitInsn *insns; uint32_t ninsns;
    uint32_t jmp_field[IR_MAX_SLOTS];
    uint32_t jmp_stub[IR_MAX_SLOTS];     /* where each slot's field first points (unlink) */
} JitCtx;

/* The epilogue every exit jumps to, with the IRExit code in EAX. */
extern uint8_t *jit_epilogue;

void jit_lower_op(JitCtx *c, const IROp *op);
/* Array p of n elements (capacity *cap) with room for one more: grows by
 * doubling, so appending is not one realloc per element. */
void *jit_grow(void *p, uint32_t n, uint32_t *cap, size_t elt);
void jit_emit_exit(JitCtx *c, IRExit code);
void jit_store_pc_imm(JitCtx *c, uint64_t pc);
/* Record a fault site at the current code offset; returns its index. */
uint32_t jit_fault_site(JitCtx *c);
/* A goto_tb jump in `slot` (patchable; initially to an exit stub for pc). */
void jit_emit_chain_jmp(JitCtx *c, unsigned slot, uint64_t pc);
/* Record the state a side exit needs (self: a back edge of the loop). */
SideExit jit_snapshot(JitCtx *c, bool self);
/* A back edge: dirty globals stored, loop globals moved to their registers,
 * then the exit_request check and the jump to the loop entry. */
void jit_emit_loop_back(JitCtx *c, const SideExit *s);
/* The cold paths of the block's fpu64c ops, after its code (lower.c). */
void jit_emit_fpc_stubs(JitCtx *c);

#endif
