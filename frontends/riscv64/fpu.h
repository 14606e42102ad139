/*
 * riscv64 F/D arithmetic: the exact IEEE 754 semantics RISC-V specifies
 * (NaN boxing, canonical NaNs, fflags, the five rounding modes), computed
 * with the host's SSE arithmetic plus fix-ups.
 *
 * The core (rvfp_exec) is CPU-free so unit tests can drive it directly;
 * riscv_fp_helper is the IR helper around it.
 */
#ifndef XRUN_RISCV64_FPU_H
#define XRUN_RISCV64_FPU_H

#include <stdint.h>

enum { RVFP_S = 0, RVFP_D = 1 };  /* operand format (the fmt field) */

typedef enum RVFPOp {
    RVFP_ADD, RVFP_SUB, RVFP_MUL, RVFP_DIV, RVFP_SQRT,
    RVFP_MADD, RVFP_MSUB, RVFP_NMSUB, RVFP_NMADD,   /* a*b+c, a*b-c, -(a*b)+c, -(a*b)-c */
    RVFP_MIN, RVFP_MAX,
    RVFP_EQ, RVFP_LT, RVFP_LE,                     /* integer 0/1 result */
    RVFP_CLASS,                                    /* integer class mask */
    RVFP_CVT_W, RVFP_CVT_WU, RVFP_CVT_L, RVFP_CVT_LU, /* fmt -> integer (a) */
    RVFP_CVT_FROM_W, RVFP_CVT_FROM_WU,             /* integer (a) -> fmt */
    RVFP_CVT_FROM_L, RVFP_CVT_FROM_LU,
    RVFP_CVT_FMT,                                  /* the other format (a) -> fmt */
    RVFP_NUM_OPS
} RVFPOp;

/*
 * Executes op in format fmt on raw register values a, b, c (singles are
 * NaN-boxed in 64 bits; integers are x register values) with rounding mode
 * rm (0..4, already resolved: never 7).  Returns the value to write back:
 * a boxed single, a double, or a sign-extended integer.  ORs the raised
 * exceptions (RV_FFLAG_* bits) into *flags.
 */
uint64_t rvfp_exec(RVFPOp op, int fmt, int rm, uint64_t a, uint64_t b, uint64_t c,
                   uint32_t *flags);

/* The helper control word: op, format and the instruction's rm field (7 = frm). */
#define RVFP_CTL(op, fmt, rm) ((uint64_t)(op) | (uint64_t)(fmt) << 8 | (uint64_t)(rm) << 16)

/*
 * IR helper: ctl is RVFP_CTL(...).  Resolves a dynamic rm from cpu->frm
 * (the translator has already checked frm is valid, see trans_fp.c.inc) and
 * accrues the exceptions into cpu->fflags.
 */
uint64_t riscv_fp_helper(void *cpu, uint64_t a, uint64_t b, uint64_t c, uint64_t ctl);

#endif
