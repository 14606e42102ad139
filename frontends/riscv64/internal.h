/*
 * riscv64 frontend internals shared by its files: the CPU structure, the
 * IR globals that expose it, and the translation context with the gen_*
 * helpers that trans_* handlers are written with.
 *
 * translate.c is the single translation unit holding every trans_*
 * handler: it includes the generated decoders (insn32.c.inc, insn16.c.inc)
 * and the hand-written handler groups (trans_rvi.c.inc, trans_rvc.c.inc,
 * trans_fp.c.inc ...), because the generated decoders call the handlers
 * as static functions.
 */
#ifndef XRUN_RISCV64_INTERNAL_H
#define XRUN_RISCV64_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "translator/translator.h"

typedef struct RISCVCPU {
    GuestCPU common;          /* must be first */
    uint64_t x[32];           /* x[0] is kept 0 and never written */
    uint64_t f[32];           /* NaN-boxed: singles have the top 32 bits all ones */
    uint64_t fflags;          /* accrued exceptions NV DZ OF UF NX (bits 4..0) */
    uint64_t frm;             /* dynamic rounding mode (0..4 valid) */
    uint64_t res_addr;        /* LR/SC reservation address, -1 when none */
    uint64_t res_val;         /* value loaded by LR */
} RISCVCPU;

/* IR global indices (order of riscv_globals[] in translate.c). */
enum {
    RV_G_PC = 0,
    RV_G_X0 = 1,              /* RV_G_X0 + r for x1..x31; x0 has no global */
    RV_G_F0 = RV_G_X0 + 32,   /* RV_G_F0 + r */
    RV_G_FRM = RV_G_F0 + 32,  /* fflags is not a global: see trans_zicsr.c.inc */
    RV_G_RES_ADDR,
    RV_G_RES_VAL,
    RV_NUM_GLOBALS
};

/* fflags bits */
enum { RV_FFLAG_NX = 1, RV_FFLAG_UF = 2, RV_FFLAG_OF = 4, RV_FFLAG_DZ = 8, RV_FFLAG_NV = 16 };
/* rounding modes (frm and the rm field; 7 = dynamic) */
enum { RV_RM_RNE = 0, RV_RM_RTZ = 1, RV_RM_RDN = 2, RV_RM_RUP = 3, RV_RM_RMM = 4, RV_RM_DYN = 7 };

typedef struct DisasContext {
    GuestCPU *cpu;
    IRBlock *b;
    uint64_t pc;              /* address of the instruction being translated */
    uint64_t pc_next;         /* address of the next one */
    uint32_t insn;            /* its encoding */
    bool done;                /* the block has been ended (jump or exit emitted) */
    unsigned unrolled;        /* backward branches followed (gen_branch) */
    uint64_t end;             /* end of the highest instruction translated */
} DisasContext;

/* Backward branches into its own middle a block follows at most. */
#define RV_MAX_UNROLL 3

/* Used by the generated disassembler (disas_insn32/disas_insn16). */
typedef struct DisasInfo {
    uint64_t pc;
    char *buf;
    size_t len;
} DisasInfo;

/* ---- gen helpers (translate.c) --------------------------------------------- */

IRTemp rv_tmp(DisasContext *ctx);                       /* fresh local temp */
IRTemp rv_gpr(DisasContext *ctx, int r);                /* value of x[r] (x0: constant 0) */
void rv_set_gpr(DisasContext *ctx, int r, IRTemp v);    /* x[r] = v (x0: ignored) */
static inline IRTemp rv_fpr(int r) { return RV_G_F0 + (IRTemp)r; } /* global f[r] */
/* End the block: the instruction is illegal (SIGILL for the guest). */
void rv_gen_illegal(DisasContext *ctx);
/* Store pc_next and leave with exit code (syscall, breakpoint, flush). */
void rv_gen_exit(DisasContext *ctx, IRExit code, uint64_t next_pc);

/* signal frames (signal.c) */
bool riscv_setup_sigframe(GuestCPU *cpu, const GuestSigFrame *f);
bool riscv_restore_sigframe(GuestCPU *cpu, uint64_t *mask);
uint64_t riscv_sigtramp_map(void);   /* the sigreturn trampoline page */

/*
 * The accrued FP flags: cpu->fflags plus what inline FP ops left in the host
 * status (translator/hostfp.h).  Read and write them only through these.
 */
uint64_t riscv_fflags_read(RISCVCPU *cpu);
void riscv_fflags_write(RISCVCPU *cpu, uint64_t v);

/* Set once a guest wrote a rounding mode other than RNE to frm (trans_fp.c.inc);
 * until then the dynamic mode is translated as RNE. */
extern bool riscv_frm_dynamic;
/* Called after frm may have changed outside translated code (sigreturn). */
void riscv_frm_changed(RISCVCPU *cpu);

/* fp (trans_fp.c.inc): registers the FP helpers; called from the arch init. */
void riscv_fp_init(void);

/* ---- frontend entry points (translate.c; used by riscv64.c and unit tests) ---- */

extern const IRGlobal riscv_globals[RV_NUM_GLOBALS];
void riscv_translate_init(void);                /* register helpers (once) */
void riscv_translate(GuestCPU *cpu, IRBlock *b, unsigned max_insns);
/* Emit IR for ctx->insn (2 or 4 bytes by its low bits); false when illegal. */
bool riscv_decode_insn(DisasContext *ctx);
/* Disassemble an encoding at pc (objdump -M no-aliases style); returns its length. */
unsigned riscv_disas_word(uint64_t pc, uint32_t insn, char *buf, size_t len);

#endif
