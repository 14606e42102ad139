/*
 * x86_64 registers, condition codes and raw instruction emitters, written
 * from the Intel SDM encoding tables.  Only what the IR lowering needs; each
 * emitter writes one instruction at e->p.  Running out of space sets
 * e->full and writes nothing more (the block is then retranslated after a
 * flush), so callers never check per instruction.
 */
#ifndef XRUN_X86_64_EMIT_H
#define XRUN_X86_64_EMIT_H

#include <stdbool.h>
#include <stdint.h>

typedef enum X86Reg {
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI,
    R8, R9, R10, R11, R12, R13, R14, R15,
} X86Reg;

/* Condition codes (low nibble of Jcc/SETcc/CMOVcc). */
typedef enum X86Cond {
    CC_O = 0, CC_NO = 1, CC_B = 2, CC_AE = 3, CC_E = 4, CC_NE = 5, CC_BE = 6, CC_A = 7,
    CC_S = 8, CC_NS = 9, CC_P = 0xa, CC_NP = 0xb, CC_L = 0xc, CC_GE = 0xd, CC_LE = 0xe, CC_G = 0xf,
} X86Cond;

/* ALU group-1 operations (the /digit of opcode 0x81/0x83, and op<<3|1 for reg forms). */
typedef enum X86Alu { ALU_ADD = 0, ALU_OR = 1, ALU_AND = 4, ALU_SUB = 5, ALU_XOR = 6, ALU_CMP = 7 } X86Alu;
/* Shift group-2 operations (/digit of 0xC1/0xD3). */
typedef enum X86Shift { SH_ROL = 0, SH_ROR = 1, SH_SHL = 4, SH_SHR = 5, SH_SAR = 7 } X86Shift;

typedef struct Emitter {
    uint8_t *start, *p, *end;
    bool full;
} Emitter;

void emit_init(Emitter *e, void *buf, size_t size);
static inline uint32_t emit_offset(const Emitter *e) { return (uint32_t)(e->p - e->start); }

void emit_bytes(Emitter *e, const void *b, unsigned n);
void emit_u8(Emitter *e, uint8_t v);
void emit_u32(Emitter *e, uint32_t v);

/* data movement */
void emit_mov_rr(Emitter *e, X86Reg d, X86Reg s);                  /* mov d, s (64) */
void emit_mov_rr32(Emitter *e, X86Reg d, X86Reg s);                /* mov d32, s32 (zero-extends) */
void emit_mov_ri(Emitter *e, X86Reg d, uint64_t imm);              /* shortest form */
void emit_load_env(Emitter *e, X86Reg d, int32_t off);             /* mov d, [rbp+off] */
void emit_load_mem(Emitter *e, X86Reg d, X86Reg base, int32_t off); /* mov d, [base+off] */
void emit_store_env(Emitter *e, X86Reg s, int32_t off);            /* mov [rbp+off], s */
void emit_store_env_imm32(Emitter *e, int32_t off, int32_t imm);   /* mov qword [rbp+off], simm32 */
void emit_store_env32_imm(Emitter *e, int32_t off, uint32_t imm);  /* mov dword [rbp+off], imm32 */
void emit_cmp_env32_imm8(Emitter *e, int32_t off, int8_t imm);     /* cmp dword [rbp+off], imm8 */
void emit_cmp_r_env(Emitter *e, X86Reg r, int32_t off);            /* cmp r, qword [rbp+off] */
void emit_load_base_index(Emitter *e, X86Reg d, X86Reg base, X86Reg index, int32_t disp); /* mov d, [base+index+disp] */
void emit_lea(Emitter *e, X86Reg d, X86Reg base, int32_t disp);
void emit_lea_bi(Emitter *e, X86Reg d, X86Reg base, X86Reg index, int32_t disp, bool w); /* index != RSP */
void emit_lea32(Emitter *e, X86Reg d, X86Reg base, int32_t disp);
void emit_lea_scaled(Emitter *e, X86Reg d, X86Reg base, X86Reg index, unsigned scale, bool w);


/* guest memory: [base + index], size 1/2/4/8, optional sign extension */
void emit_guest_load(Emitter *e, X86Reg d, X86Reg base, X86Reg index, unsigned size, bool sign);
void emit_guest_store(Emitter *e, X86Reg s, X86Reg base, X86Reg index, unsigned size);

/* arithmetic */
void emit_alu_rr(Emitter *e, X86Alu op, X86Reg d, X86Reg s);       /* d = d op s */
void emit_alu_ri(Emitter *e, X86Alu op, X86Reg d, int32_t imm);    /* d = d op simm32 */
void emit_alu32_rr(Emitter *e, X86Alu op, X86Reg d, X86Reg s);     /* 32-bit: the result zero-extends */
void emit_alu32_ri(Emitter *e, X86Alu op, X86Reg d, int32_t imm);
void emit_imul32_rr(Emitter *e, X86Reg d, X86Reg s);
void emit_test_rr(Emitter *e, X86Reg a, X86Reg b);
void emit_test_ri(Emitter *e, X86Reg r, int32_t imm);               /* test r64, simm32 */
void emit_imul_rr(Emitter *e, X86Reg d, X86Reg s);                 /* d *= s */
void emit_unary(Emitter *e, unsigned digit, X86Reg r);             /* F7 /digit: 2 not, 3 neg, 4 mul, 5 imul */
void emit_shift_cl(Emitter *e, X86Shift op, X86Reg d);
void emit_shift_ri(Emitter *e, X86Shift op, X86Reg d, uint8_t n);
/* 32-bit forms (the result is zero-extended to 64 bits) */
void emit_shift32_cl(Emitter *e, X86Shift op, X86Reg d);
void emit_shift32_ri(Emitter *e, X86Shift op, X86Reg d, uint8_t n);
void emit_movsx(Emitter *e, X86Reg d, X86Reg s, unsigned size);    /* sign-extend size 1/2/4 to 64 */
void emit_movzx(Emitter *e, X86Reg d, X86Reg s, unsigned size);    /* zero-extend size 1/2/4 to 64 */
void emit_bswap(Emitter *e, X86Reg r, bool is64);
void emit_setcc(Emitter *e, X86Cond cc, X86Reg d);                 /* d = cc ? 1 : 0 (full 64 bits) */
void emit_cmov(Emitter *e, X86Cond cc, X86Reg d, X86Reg s);

/* control */
void emit_jmp_reg(Emitter *e, X86Reg r);
void emit_jmp_mem(Emitter *e, X86Reg base, int32_t disp);          /* jmp [base+disp] */
void emit_call_reg(Emitter *e, X86Reg r);
/* Emit jmp/jcc rel32 to an unknown target; returns the offset of the rel32 field. */
uint32_t emit_jmp_fwd(Emitter *e);
uint32_t emit_jcc_fwd(Emitter *e, X86Cond cc);
/* Point the rel32 field at `field` to target offset `target`. */
void emit_patch_rel32(Emitter *e, uint32_t field, uint32_t target);
void emit_jmp_to(Emitter *e, uint32_t target);
void emit_call_to(Emitter *e, uint32_t target);                      /* call rel32 (offset in e) */
void emit_jcc_to(Emitter *e, X86Cond cc, uint32_t target);
void emit_mfence(Emitter *e);
void emit_cqo(Emitter *e);                                          /* rdx = sign of rax */
void emit_nops(Emitter *e, unsigned n);
void emit_push(Emitter *e, X86Reg r);
void emit_pop(Emitter *e, X86Reg r);
void emit_ret(Emitter *e);

/* SSE2 scalar double on xmm0..xmm7 (register numbers 0..7) */
typedef enum X86Sse { SSE_SQRT = 0x51, SSE_ADD = 0x58, SSE_MUL = 0x59, SSE_SUB = 0x5c, SSE_DIV = 0x5e } X86Sse;
void emit_movq_to_xmm(Emitter *e, unsigned xmm, X86Reg r);        /* movq xmm, r64 */
void emit_movq_from_xmm(Emitter *e, X86Reg r, unsigned xmm);      /* movq r64, xmm */
void emit_sse_sd(Emitter *e, X86Sse op, unsigned xd, unsigned xs); /* opsd xd, xs */
void emit_ucomisd(Emitter *e, unsigned xa, unsigned xb);
void emit_comisd(Emitter *e, unsigned xa, unsigned xb);            /* signals on any NaN */
void emit_cvtsi2sd(Emitter *e, unsigned xd, X86Reg s, bool is64);
void emit_cvttsd2si(Emitter *e, X86Reg d, unsigned xs, bool is64); /* truncating; indefinite: INT_MIN */
/* scalar single: movd (the low 32 bits; to a GPR zero-extended), opss, ucomiss */
void emit_movd_to_xmm(Emitter *e, unsigned xmm, X86Reg r);
void emit_movd_from_xmm(Emitter *e, X86Reg r, unsigned xmm);
void emit_sse_ss(Emitter *e, X86Sse op, unsigned xd, unsigned xs);
void emit_ucomiss(Emitter *e, unsigned xa, unsigned xb);

/* lock cmpxchg [base+index], s  (compares with rax; size 1/2/4/8) */
void emit_lock_cmpxchg(Emitter *e, X86Reg base, X86Reg index, X86Reg s, unsigned size);

/* BMI1 + BMI2, when the host has both (emit_have_bmi) */
bool emit_have_bmi(void);
void emit_rorx(Emitter *e, X86Reg d, X86Reg s, uint8_t n, bool w); /* d = s ror n (w: 64, else 32 zero-extended) */
void emit_andn(Emitter *e, X86Reg d, X86Reg inv, X86Reg s, bool w); /* d = ~inv & s (w: 64, else 32 zero-extended) */
void emit_shiftx(Emitter *e, X86Shift op, X86Reg d, X86Reg s, X86Reg count); /* shlx/shrx/sarx (64) */

#endif
