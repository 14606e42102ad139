/*
 * aarch64 AdvSIMD: the class executors of simd.c.  Each takes the whole
 * encoding; with cpu == NULL it only says whether the encoding is an
 * implemented, allocated instruction (used at translate time, so that
 * reserved encodings raise SIGILL), otherwise it executes it on cpu->v
 * (and cpu->x for the general-register forms).
 */
#ifndef XRUN_AARCH64_SIMD_H
#define XRUN_AARCH64_SIMD_H

#include <stdbool.h>
#include <stdint.h>

#include "internal.h"

typedef enum {
    SIMD_3SAME, SIMD_3DIFF, SIMD_2MISC, SIMD_ACROSS, SIMD_COPY, SIMD_PERM,
    SIMD_EXT, SIMD_TBL, SIMD_MODIMM, SIMD_SHIFT, SIMD_ELEM,
    SIMD_AES, SIMD_SHA3, SIMD_SHA2, SIMD_3EXT, SIMD_FP16_3SAME, SIMD_FP16_2MISC, SIMD_SHA3X,
    SIMD_NCLASSES
} SimdClass;

bool a64_simd_exec(A64CPU *cpu, SimdClass cls, uint32_t insn);
/* MOVI MVNI ORR BIC FMOV (vector, immediate): the immediate and what to do with it. */
enum { SIMD_IMM_MOV, SIMD_IMM_ORR, SIMD_IMM_BIC };
bool a64_simd_modimm(uint32_t insn, uint64_t *imm, int *kind);
/* The pure helper of TBL with one table register, the best one for this
 * host: fn(cpu, lo, hi, idx, 0) = the bytes of table (lo, hi) selected by
 * the 8 byte indices in idx, 0 where an index is >= 16. */
typedef uint64_t (*A64Tbl16Fn)(void *cpu, uint64_t lo, uint64_t hi, uint64_t idx, uint64_t unused);
A64Tbl16Fn a64_simd_tbl16_fn(void);
/* Build the tables (AES S-boxes) once, before any helper runs. */
void a64_simd_setup(void);

#endif
