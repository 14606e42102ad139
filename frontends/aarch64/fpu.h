/*
 * aarch64 floating point: the exact FP model of the Arm ARM pseudocode
 * (FPUnpack, FPProcessNaNs, FPRound, FPRoundInt, FPToFixed, FixedToFP,
 * FPConvert, FPCompare, FPMulAdd ...) for binary16/32/64, shared by the
 * scalar FP instructions (trans_fp.c.inc) and AdvSIMD (simd.c).
 *
 * Conventions for every function below:
 *  - esize is the element size in bits: 16, 32 or 64.  FP operands and
 *    results are the raw bits in the low esize bits of a uint64_t (results
 *    are zero-extended; operand bits above esize are ignored).
 *  - fpcr is the FPCR value in effect (the A64_G_FPCR global at run time):
 *    its RMode, FZ, FZ16, DN and AHP fields are honoured.
 *  - rmode is an A64_RM_* value; A64_RM_FPCR means "FPCR.RMode".
 *  - the cumulative exception bits raised (A64_FPSR_IOC ... IDC) are ORed
 *    into cpu->fpsr; cpu is used for nothing else.  cpu->fpsr is not an IR
 *    global: IR helpers that call these register as IR_HELPER_NO_GLOBALS.
 *  - Some paths use the host FPU (round-to-nearest, operands far from the
 *    overflow/underflow thresholds, no NaNs: provably the same result and
 *    flags); their flags accrue in the host status word, which
 *    a64_fpsr_read folds in.  So read FPSR only through a64_fpsr_read.
 */
#ifndef XRUN_AARCH64_FPU_H
#define XRUN_AARCH64_FPU_H

#include <stdbool.h>
#include <stdint.h>

#include "internal.h"

/* Rounding modes (FPCR.RMode values 0..3, then the explicit-only ones). */
enum {
    A64_RM_TIEEVEN = 0, A64_RM_POSINF = 1, A64_RM_NEGINF = 2, A64_RM_ZERO = 3,
    A64_RM_TIEAWAY = 4,    /* FCVTA*, FRINTA */
    A64_RM_ODD = 5,        /* FCVTXN */
    A64_RM_FPCR = -1,      /* take FPCR.RMode */
};

/* FPCR bits that exist (the rest read as zero): AHP DN FZ RMode FZ16. */
#define A64_FPCR_MASK 0x07c80000u

/* Two-operand arithmetic, a op b. */
enum {
    A64_FP_ADD, A64_FP_SUB, A64_FP_MUL, A64_FP_DIV,
    A64_FP_MAX, A64_FP_MIN, A64_FP_MAXNM, A64_FP_MINNM,
    A64_FP_NMUL,           /* FNMUL: -(a*b) (the negation also flips a NaN's sign) */
    A64_FP_MULX,           /* FMULX: as MUL but inf*0 = 2.0 (sign xor) */
    A64_FP_RECPS,          /* FRECPS: 2 - a*b, fused; inf*0 = 2.0 */
    A64_FP_RSQRTS,         /* FRSQRTS: (3 - a*b)/2, fused; inf*0 = 1.5 */
    A64_FP_ABD,            /* FABD: |a - b| */
    A64_FP_NUM_BINOPS
};

uint64_t a64_fp_binop(A64CPU *cpu, unsigned op, unsigned esize, uint64_t a, uint64_t b,
                      uint64_t fpcr);

/*
 * FPMulAdd: addend + a*b with a single rounding.  FMSUB/FNMADD/FNMSUB (and
 * FMLS) negate operands before the call, as the pseudocode does: pass
 * a ^ sign etc.  NaN priority is addend, a, b (SNaN first); a quiet-NaN
 * addend with inf*0 gives the default NaN and IOC.
 */
uint64_t a64_fp_muladd(A64CPU *cpu, unsigned esize, uint64_t addend, uint64_t a, uint64_t b,
                       uint64_t fpcr);

uint64_t a64_fp_sqrt(A64CPU *cpu, unsigned esize, uint64_t a, uint64_t fpcr);

/*
 * FPCompare: the NZCV nibble (bit 3 = N ... bit 0 = V): 0110 equal, 1000
 * less, 0010 greater, 0011 unordered.  IOC for a signaling NaN, or for any
 * NaN when signal_nans (FCMPE, FCMGE/FCMGT).  Derived predicates:
 * EQ = Z; GE = C && !V; GT = C && !Z && !V.
 */
unsigned a64_fp_compare(A64CPU *cpu, unsigned esize, uint64_t a, uint64_t b, bool signal_nans,
                        uint64_t fpcr);

/* FPRoundInt (FRINTN/P/M/Z/A/I, and FRINTX when exact: IXC if it changed the value). */
uint64_t a64_fp_round_int(A64CPU *cpu, unsigned esize, uint64_t a, int rmode, bool exact,
                          uint64_t fpcr);

/*
 * FPToFixed: a * 2^fbits rounded to an integer of ibits (16, 32 or 64)
 * bits, saturated (signed unless is_unsigned); NaN gives 0; IOC on NaN or
 * saturation, else IXC when inexact.  Returned zero-extended from ibits.
 */
uint64_t a64_fp_to_fixed(A64CPU *cpu, unsigned esize, uint64_t a, unsigned fbits, unsigned ibits,
                         bool is_unsigned, int rmode, uint64_t fpcr);

/* FixedToFP: the ibits-bit integer v (signed unless is_unsigned) / 2^fbits, rounded. */
uint64_t a64_fp_from_fixed(A64CPU *cpu, unsigned esize, uint64_t v, unsigned fbits, unsigned ibits,
                           bool is_unsigned, int rmode, uint64_t fpcr);

/* FPConvert from in_esize to out_esize (FCVT, FCVTN/L, FCVTXN with A64_RM_ODD). */
uint64_t a64_fp_convert(A64CPU *cpu, unsigned out_esize, unsigned in_esize, uint64_t a, int rmode,
                        uint64_t fpcr);

/*
 * FJCVTZS: double -> int32 rounding toward zero, modulo 2^32.  Returns the
 * result in the low 32 bits and sets bit 32 when the conversion was exact
 * and in range (the Z flag: NZCV = 0:Z:0:0).
 */
uint64_t a64_fp_jcvt(A64CPU *cpu, uint64_t a, uint64_t fpcr);

/* The host fast path (on by default); unit tests turn it off to check the
 * software model against the host. */
extern bool a64_fp_host_fast;

/* Bit-level helpers. */
uint64_t a64_fp_default_nan(unsigned esize);
static inline uint64_t a64_fp_sign_bit(unsigned esize) { return 1ull << (esize - 1); }

#endif
