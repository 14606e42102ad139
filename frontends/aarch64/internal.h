/*
 * aarch64 frontend internals shared by its files: the CPU structure, the IR
 * globals that expose it, the translation context and the gen_* helpers
 * that trans_* handlers are written with.
 *
 * translate.c is the single translation unit holding every trans_* handler:
 * it includes the decoder generated from all the a64-*.decode files and the
 * hand-written handler groups (trans_*.c.inc), because the generated decoder
 * calls the handlers as static functions.  Each group owns its own .decode
 * file and .c.inc file:
 *   a64-base.decode / trans_base.c.inc, trans_sys.c.inc:
 *       data processing (integer), branches, system, exceptions, CRC32
 *   a64-ldst.decode / trans_ldst.c.inc: loads and stores of every form,
 *       exclusives, acquire/release, LSE atomics, AdvSIMD structure ld/st
 *   a64-fp.decode / trans_fp.c.inc (+ fpu.c): scalar FP, FPCR/FPSR
 *   a64-simd.decode / trans_simd.c.inc (+ simd.c): AdvSIMD data processing
 *
 * Decoding: all pattern files feed one decoder (decode_a64).  Patterns of
 * different files must not overlap, except that a handler may return false
 * to pass an encoding on to a later matching pattern (e.g. the generic MRS
 * handler returns false for FPCR/FPSR, which trans_fp.c.inc handles).
 * A false from every candidate makes the instruction illegal (SIGILL).
 */
#ifndef XRUN_AARCH64_INTERNAL_H
#define XRUN_AARCH64_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "translator/translator.h"

/*
 * NZCV has two forms, chosen by cc_op:
 *   A64_CC_FLAGS (0): four words, so that conditions are one compare:
 *       N = bit 63 of nf        Z = (zf == 0)
 *       C = cf (0 or 1)         V = bit 63 of vf
 *     32-bit operations sign-extend their N and V words and zero-extend zf.
 *   A64_CC_SUB (1): lazily, the flags of the 64-bit subtraction cc_x - cc_y
 *     (the words are stale).  CMP/SUBS/CMN #imm only store their operands,
 *     and a condition after them is one compare of cc_x with cc_y; 32-bit
 *     operations store their operands shifted left by 32, which gives the
 *     32-bit N, Z, C and V exactly.
 * C code reads and writes NZCV only through a64_nzcv_read/a64_nzcv_write.
 */
typedef struct A64CPU {
    GuestCPU common;          /* must be first */
    uint64_t x[32];           /* x[31] is SP; XZR is never stored */
    uint64_t nf, zf, cf, vf;  /* NZCV, see above */
    uint64_t v[32][2];        /* V0..V31: [0] = bits 63..0, [1] = bits 127..64 */
    uint64_t fpcr;            /* FPCR (AHP DN FZ RMode ... as the architecture) */
    uint64_t fpsr;            /* FPSR: QC, IDC IXC UFC OFC DZC IOC; read via a64_fpsr_read */
    uint64_t tpidr;           /* TPIDR_EL0 */
    uint64_t excl_addr;       /* exclusive monitor: address, or -1 when clear */
    uint64_t excl_val;        /* value(s) loaded by LDXR/LDXP */
    uint64_t excl_val2;
    uint64_t excl_size;       /* log2 bytes of the exclusive access; pairs: of one half | 0x10 */
    uint64_t cc_op;           /* form of NZCV: A64_CC_FLAGS or A64_CC_SUB, see above */
    uint64_t cc_x, cc_y;      /* A64_CC_SUB: the operands */
    /* Linux's thread.fault_code/fault_address: set by the thread's faults
     * (signal.c), kept until the next; every frame gets them (not IR globals) */
    uint64_t fault_esr, fault_far;
} A64CPU;

enum { A64_CC_FLAGS = 0, A64_CC_SUB = 1 };

/* IR global indices (order of a64_globals[] in translate.c). */
enum {
    A64_G_PC = 0,
    A64_G_X0 = 1,             /* A64_G_X0 + r for x0..x30 */
    A64_G_SP = A64_G_X0 + 31,
    A64_G_NF, A64_G_ZF, A64_G_CF, A64_G_VF,
    A64_G_V0,                 /* A64_G_V0 + 2*n: bits 63..0 of Vn; + 2*n + 1: bits 127..64 */
    A64_G_FPCR = A64_G_V0 + 64,
    A64_G_TPIDR,
    A64_G_EXCL_ADDR, A64_G_EXCL_VAL, A64_G_EXCL_VAL2, A64_G_EXCL_SIZE,
    A64_G_CC_OP, A64_G_CC_X, A64_G_CC_Y,
    A64_NUM_GLOBALS
};

/* FPSR cumulative exception bits and QC */
enum {
    A64_FPSR_IOC = 1u << 0, A64_FPSR_DZC = 1u << 1, A64_FPSR_OFC = 1u << 2,
    A64_FPSR_UFC = 1u << 3, A64_FPSR_IXC = 1u << 4, A64_FPSR_IDC = 1u << 7,
    A64_FPSR_QC = 1u << 27,
};
/* FPCR fields */
enum {
    A64_FPCR_FIZ = 1u << 0,  /* FEAT_AFP only; kept 0 */
    A64_FPCR_RMODE_SHIFT = 22, /* 0 RN, 1 RP, 2 RM, 3 RZ */
    A64_FPCR_FZ = 1u << 24, A64_FPCR_DN = 1u << 25, A64_FPCR_AHP = 1u << 26,
    A64_FPCR_FZ16 = 1u << 19,
};

/* Condition codes (the cond field of B.cond, CSEL, CCMP ...). */
enum {
    A64_EQ, A64_NE, A64_CS, A64_CC, A64_MI, A64_PL, A64_VS, A64_VC,
    A64_HI, A64_LS, A64_GE, A64_LT, A64_GT, A64_LE, A64_AL, A64_NV,
};

/* Unconditional branches one block follows at most. */
#define A64_MAX_FOLLOW 4

typedef struct DisasContext {
    GuestCPU *cpu;
    IRBlock *b;
    uint64_t pc;              /* address of the instruction being translated */
    uint64_t pc_next;         /* pc + 4 */
    uint32_t insn;            /* its encoding */
    bool done;                /* the block has been ended (branch or exit emitted) */
    /*
     * The form NZCV has at this point of the block, when the translator
     * knows it (A64_CCK_*): a condition after a CMP in the same block is
     * then one compare, with no test of cc_op at run time.
     */
    int cc_known;
    /*
     * Unconditional branches followed inside the block (a64_follow): the
     * guest code ranges translated so far, so a branch back into one of
     * them ends the block instead of translating it twice.
     */
    unsigned nsegs;
    uint64_t seg_start[A64_MAX_FOLLOW + 1], seg_end[A64_MAX_FOLLOW + 1];
    uint64_t end;             /* end of the highest instruction translated */
} DisasContext;

enum { A64_CCK_UNKNOWN = 0, A64_CCK_FLAGS, A64_CCK_SUB };

/* ---- gen helpers (translate.c) --------------------------------------------------- */

IRTemp a64_tmp(DisasContext *ctx);                    /* fresh local temp */

/*
 * General registers.  Register number 31 is XZR or SP depending on the
 * operand (the architecture says which); `sp` selects SP.  Reads give the
 * 64-bit register (a global or, for XZR, a constant): never write into the
 * returned temp.  Writes with sf = false store the zero-extended low 32 bits
 * (W registers); writes to XZR are dropped.
 */
IRTemp a64_reg(DisasContext *ctx, int r, bool sp);
void a64_set_reg(DisasContext *ctx, int r, IRTemp v, bool sf, bool sp);
static inline IRTemp a64_x(DisasContext *ctx, int r) { return a64_reg(ctx, r, false); }
static inline void a64_set_x(DisasContext *ctx, int r, IRTemp v) { a64_set_reg(ctx, r, v, true, false); }
/* Read a register as an operand of size sf: W reads give the zero-extended low half. */
IRTemp a64_reg_sz(DisasContext *ctx, int r, bool sf, bool sp);

/* SIMD&FP registers as two 64-bit globals. */
static inline IRTemp a64_vlo(int n) { return A64_G_V0 + 2 * (IRTemp)n; }
static inline IRTemp a64_vhi(int n) { return A64_G_V0 + 2 * (IRTemp)n + 1; }
/* Write a scalar result (already zero-extended to 64 bits) to Vn: the upper
 * 64 bits are cleared, as every scalar write does. */
void a64_set_vscalar(DisasContext *ctx, int n, IRTemp v);

/*
 * Flags.  d = a + b (d = a - b) and NZCV from it, at size sf; d must be a
 * fresh temp (not a or b); for sf = false it gets the zero-extended 32-bit
 * result.  a64_gen_adc: d = a + b + C (ADC/ADCS; SBC/SBCS pass ~b), flags
 * only when setflags.  a64_gen_logic_flags sets N and Z from a result, C = V = 0.
 */
void a64_gen_add_flags(DisasContext *ctx, IRTemp d, IRTemp a, IRTemp b, bool sf);
void a64_gen_sub_flags(DisasContext *ctx, IRTemp d, IRTemp a, IRTemp b, bool sf);
void a64_gen_adc(DisasContext *ctx, IRTemp d, IRTemp a, IRTemp b, bool sf, bool setflags);
void a64_gen_logic_flags(DisasContext *ctx, IRTemp res, bool sf);
/* NZCV as MRS NZCV reads it (bits 31..28); and set all four from such a value. */
IRTemp a64_get_nzcv(DisasContext *ctx);
void a64_set_nzcv(DisasContext *ctx, IRTemp v);
/* Make the four flag words exact (cc_op = A64_CC_FLAGS), for readers of single words. */
void a64_flags_sync(DisasContext *ctx);
/* The C flag as a 0/1 temp. */
IRTemp a64_gen_carry(DisasContext *ctx);
/*
 * Lazy flags of a - b (a64_gen_sub_flags' form) from constants or temps that
 * are already shifted for 32-bit operations; no result.
 */
void a64_set_sub_flags(DisasContext *ctx, IRTemp x, IRTemp y);
/* A temp holding 1 when condition cond (A64_EQ...) holds, else 0. */
IRTemp a64_gen_cond(DisasContext *ctx, int cond);
/*
 * Condition cond (below AL) holds iff c(x, y): a compare of the operands of
 * a SUBS/CMP right before this instruction, of one flag word, or of
 * a64_gen_cond's result with 0.
 */
void a64_cond_test(DisasContext *ctx, int cond, IRCond *c, IRTemp *x, IRTemp *y);
/*
 * B.cond at a point where the NZCV form is unknown (set in another block)
 * and nothing has been written yet (the block's start): one test of cc_op
 * picks a side exit testing that form alone, instead of evaluating the
 * condition for both forms.  False (nothing emitted) when not applicable
 * or fewer than two side-exit slots are left.
 */
bool a64_brcond_tb_either_form(DisasContext *ctx, int cond, uint64_t dest);
/* Branch to label when cond holds (AL/NV: always). */
void a64_gen_brcond(DisasContext *ctx, int cond, uint32_t label);

/*
 * Block ends.  a64_gen_goto: continue at a constant guest address (a
 * chained goto_tb in slot 0 or 1).  a64_gen_goto_ptr: continue at a
 * computed address (BR/BLR/RET).  a64_gen_exit: store next_pc and leave to
 * the cpu loop with code (SVC: IR_EXIT_SYSCALL).  a64_gen_illegal: SIGILL at
 * this instruction.  a64_gen_signal: raise guest signal sig (si_code code,
 * si_addr addr) at this instruction (BRK -> SIGTRAP).
 */
void a64_gen_goto(DisasContext *ctx, unsigned slot, uint64_t dest);
/*
 * Continue translating at dest instead of ending the block with a goto
 * (B, BL): true when the block may go on there (a superblock, dest in the
 * block's page, not its start, not already translated in it).
 */
bool a64_follow(DisasContext *ctx, uint64_t dest);
void a64_gen_goto_ptr(DisasContext *ctx, IRTemp dest);
void a64_gen_exit(DisasContext *ctx, IRExit code, uint64_t next_pc);
void a64_gen_illegal(DisasContext *ctx);
void a64_gen_signal(DisasContext *ctx, int sig, int code, uint64_t addr);

/* ---- FP status (fpu.c) ---------------------------------------------------------- */

/*
 * FPSR: cpu->fpsr plus the IEEE flags inline FP ops left in the host status
 * (translator/hostfp.h).  Read and write it only through these.
 */
uint64_t a64_fpsr_read(A64CPU *cpu);
void a64_fpsr_write(A64CPU *cpu, uint64_t v);
/* Call after writing cpu->fpcr outside translated code (translations may
 * assume FPCR = 0 until some thread sets another value; trans_fp.c.inc). */
void a64_fpcr_changed(A64CPU *cpu);

/* NZCV in bits 31..28 from either form (translate.c); writing sets the word form. */
uint32_t a64_nzcv_read(const A64CPU *cpu);
void a64_nzcv_write(A64CPU *cpu, uint32_t nzcv);

/* ---- per-group init (each group registers its IR helpers) --------------------------- */

void a64_base_init(void);     /* trans_base.c.inc / trans_sys.c.inc */
void a64_ldst_init(void);     /* trans_ldst.c.inc */
void a64_fp_init(void);       /* trans_fp.c.inc */
void a64_simd_init(void);     /* trans_simd.c.inc */

/* ---- signal frames (signal.c) --------------------------------------------------- */

bool a64_setup_sigframe(GuestCPU *cpu, const GuestSigFrame *f);
bool a64_restore_sigframe(GuestCPU *cpu, uint64_t *mask);
/* The rt_sigreturn trampoline page (`mov x8, #139; svc #0`), mapped at start. */
uint64_t a64_sigtramp_map(void);

/* ---- frontend entry points (translate.c; used by aarch64.c and unit tests) -------- */

extern const IRGlobal a64_globals[A64_NUM_GLOBALS];
void a64_translate_init(void);                /* register helpers (once) */
void a64_translate(GuestCPU *cpu, IRBlock *b, unsigned max_insns);
/* Emit IR for ctx->insn; false when illegal. */
bool a64_decode_insn(DisasContext *ctx);
/* Disassemble an encoding at pc (capstone); returns 4. */
unsigned a64_disas_word(uint64_t pc, uint32_t insn, char *buf, size_t len);

#endif
