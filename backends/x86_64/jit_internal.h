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
typedef struct FaultStub { uint32_t field; X86Reg addr; uint64_t pc; } FaultStub;
typedef struct ExitStub { uint32_t field; uint64_t pc; int slot; } ExitStub;
/*
 * A side exit (brcond_tb): the jcc field, and where the dirty globals were
 * at that point (entries first..first+n of JitCtx.snap), which its
 * out-of-line stub stores before taking the goto_tb slot.
 */
typedef struct SnapEntry { int32_t off; int8_t reg; uint64_t val; } SnapEntry;   /* reg < 0: constant */
typedef struct SideExit { uint32_t field; uint32_t first, n; uint64_t pc; int slot; } SideExit;

typedef struct JitCtx {
    Emitter e;
    RAState ra;
    const IRBlock *b;
    TB *tb;
    uint64_t cur_pc;
    uint32_t *label_off;
    Fixup *fixups; uint32_t nfixups;
    FaultStub *faults; uint32_t nfaults;
    ExitStub exits[IR_MAX_SLOTS + 1]; uint32_t nexits;
    SideExit *sides; uint32_t nsides;
    SnapEntry *snap; uint32_t nsnap;
    JitInsn *insns; uint32_t ninsns;
    uint32_t jmp_field[IR_MAX_SLOTS];
} JitCtx;

/* The epilogue every exit jumps to, with the IRExit code in EAX. */
extern uint8_t *jit_epilogue;

void jit_lower_op(JitCtx *c, const IROp *op);
void jit_emit_exit(JitCtx *c, IRExit code);
void jit_store_pc_imm(JitCtx *c, uint64_t pc);
/* A goto_tb jump in `slot` (patchable; initially to an exit stub for pc). */
void jit_emit_chain_jmp(JitCtx *c, unsigned slot, uint64_t pc);

#endif
