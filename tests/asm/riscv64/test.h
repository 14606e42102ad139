/* Self-checking riscv64 test macros (included from .S files, C preprocessor).
 *
 * Each test loads inputs, runs one instruction, and compares the result with
 * the value the ISA spec prescribes.  Mismatch: "FAIL test N: got X expected Y"
 * (hex) on stdout and exit(1).  All passed: "PASS <file>" and exit(0).
 *
 * Register conventions: s9 = current test number, s10 = got, s11 = expected.
 * Tests use a0-a7, t0-t6 and f0-f31 freely.  TEST_BEGIN sets .option norvc
 * (the 32-bit encodings are what is tested; rvc.S switches to .option rvc)
 * and .option norelax (no gp-relative relaxation, so no gp setup needed).
 * Addresses are formed with lla: the toolchain defaults to PIE, where la
 * would go through the GOT.  Test numbers must be unique within a file.
 */
#ifndef XRUN_TEST_H
#define XRUN_TEST_H

#define SYS_write 64
#define SYS_exit 93

/* fflags bits */
#define NX 1
#define UF 2
#define OF 4
#define DZ 8
#define NV 16

/* frm encodings */
#define RM_RNE 0
#define RM_RTZ 1
#define RM_RDN 2
#define RM_RUP 3
#define RM_RMM 4

/* Bit patterns of special values. */
#define D_QNAN   0x7ff8000000000000
#define D_SNAN   0x7ff4000000000000
#define D_NQNAN  0xfff8000000000001
#define D_PINF   0x7ff0000000000000
#define D_NINF   0xfff0000000000000
#define D_PZERO  0x0000000000000000
#define D_NZERO  0x8000000000000000
#define D_ONE    0x3ff0000000000000
#define D_MONE   0xbff0000000000000
#define D_TWO    0x4000000000000000
#define D_MAXN   0x7fefffffffffffff
#define D_MINN   0x0010000000000000
#define D_SUBN   0x0000000000000001
#define D_NSUBN  0x800fffffffffffff
#define S_QNAN   0x7fc00000
#define S_SNAN   0x7fa00000
#define S_NQNAN  0xffc00001
#define S_PINF   0x7f800000
#define S_NINF   0xff800000
#define S_PZERO  0x00000000
#define S_NZERO  0x80000000
#define S_ONE    0x3f800000
#define S_MONE   0xbf800000
#define S_TWO    0x40000000
#define S_MAXN   0x7f7fffff
#define S_MINN   0x00800000
#define S_SUBN   0x00000001
#define S_NSUBN  0x807fffff

#define TEST_BEGIN          \
    .option norvc;          \
    .option norelax;        \
    .text;                  \
    .globl _start;          \
_start:                     \
    li s9, 0;               \
    csrwi fcsr, 0;

/* ------------------------------------------------------------------ */
/* Core checks                                                         */

/* Compare register `reg` with immediate `exp`; jump to fail on mismatch. */
#define CHECK_EQ(n, reg, exp)   \
    mv s10, reg;                \
    li s11, exp;                \
    beq s10, s11, .Lok_##n;     \
    j fail;                     \
.Lok_##n:

/* Same but expected value already in register `ereg`; `tag` distinguishes labels. */
#define CHECK_EQ_REG(n, tag, reg, ereg, faillabel) \
    mv s10, reg;                \
    mv s11, ereg;               \
    beq s10, s11, .Lok_##tag##_##n; \
    j faillabel;                \
.Lok_##tag##_##n:

/* Generic test: run `code`, then require register `reg` == `exp`. */
#define TEST_CASE(n, reg, exp, code...) \
test_##n:                       \
    li s9, n;                   \
    code;                       \
    CHECK_EQ(n, reg, exp)

/* ------------------------------------------------------------------ */
/* Integer ALU                                                         */

#define TEST_RR_OP(n, inst, exp, v1, v2) \
    TEST_CASE(n, a0, exp, li a1, v1; li a2, v2; inst a0, a1, a2)
#define TEST_IMM_OP(n, inst, exp, v1, imm) \
    TEST_CASE(n, a0, exp, li a1, v1; inst a0, a1, imm)
#define TEST_RR_SRC1_EQ_DEST(n, inst, exp, v1, v2) \
    TEST_CASE(n, a1, exp, li a1, v1; li a2, v2; inst a1, a1, a2)
#define TEST_RR_SRC2_EQ_DEST(n, inst, exp, v1, v2) \
    TEST_CASE(n, a2, exp, li a1, v1; li a2, v2; inst a2, a1, a2)
#define TEST_RR_SRC12_EQ_DEST(n, inst, exp, v1) \
    TEST_CASE(n, a1, exp, li a1, v1; inst a1, a1, a1)
#define TEST_IMM_SRC1_EQ_DEST(n, inst, exp, v1, imm) \
    TEST_CASE(n, a1, exp, li a1, v1; inst a1, a1, imm)
/* Writes to x0 must be discarded. */
#define TEST_RR_ZERODEST(n, inst, v1, v2) \
    TEST_CASE(n, x0, 0, li a1, v1; li a2, v2; inst x0, a1, a2)
#define TEST_IMM_ZERODEST(n, inst, v1, imm) \
    TEST_CASE(n, x0, 0, li a1, v1; inst x0, a1, imm)
/* x0 as a source reads zero. */
#define TEST_RR_ZEROSRC1(n, inst, exp, v2) \
    TEST_CASE(n, a0, exp, li a2, v2; inst a0, x0, a2)
#define TEST_RR_ZEROSRC2(n, inst, exp, v1) \
    TEST_CASE(n, a0, exp, li a1, v1; inst a0, a1, x0)

/* ------------------------------------------------------------------ */
/* Branches: taken must reach the target, not-taken must fall through. */

#define TEST_BR_TAKEN(n, inst, v1, v2) \
test_##n:                       \
    li s9, n;                   \
    li a1, v1;                  \
    li a2, v2;                  \
    inst a1, a2, .Lt_##n;       \
    li s10, 0; li s11, 1;       \
    j fail;                     \
.Lt_##n:

#define TEST_BR_NOTTAKEN(n, inst, v1, v2) \
test_##n:                       \
    li s9, n;                   \
    li a1, v1;                  \
    li a2, v2;                  \
    inst a1, a2, .Lnt_##n;      \
    j .Lnt_ok_##n;              \
.Lnt_##n:                       \
    li s10, 1; li s11, 0;       \
    j fail;                     \
.Lnt_ok_##n:

/* ------------------------------------------------------------------ */
/* Loads and stores against the `tdat` scratch area (see TEST_DATA). */

#define TEST_LD(n, inst, exp, off, base) \
    TEST_CASE(n, a0, exp, lla a1, base; inst a0, off(a1))
#define TEST_ST_LD(n, st, ld, exp, val, off, base) \
    TEST_CASE(n, a0, exp, lla a1, base; li a2, val; st a2, off(a1); ld a0, off(a1))

/* ------------------------------------------------------------------ */
/* Floating point.  Inputs/results live in .data next to the test.
 * _X variants take bit patterns; others take literals for .float/.double.
 * Every FP test clears fflags first and checks them afterwards.
 * Single results are also checked to be NaN-boxed (upper 32 bits all ones). */

#define FP_PROLOGUE(n)          \
test_##n:                       \
    li s9, n;                   \
    fsflags x0;                 \
    lla a0, .Lfd_##n;

#define CHECK_FLAGS(n, flags)   \
    frflags a3;                 \
    li a4, flags;               \
    CHECK_EQ_REG(n, fl, a3, a4, fail_flags)

#define CHECK_BOXED(n, freg)    \
    fmv.x.d a3, freg;           \
    srai a3, a3, 32;            \
    li a4, -1;                  \
    CHECK_EQ_REG(n, box, a3, a4, fail_box)

/* Result bits (fmv.x.*) in a5 vs expected loaded from data offset `off`. */
#define CHECK_FRES_D(n, freg, off) \
    fmv.x.d a5, freg;           \
    ld a6, off(a0);             \
    CHECK_EQ_REG(n, res, a5, a6, fail)
#define CHECK_FRES_S(n, freg, off) \
    fmv.x.w a5, freg;           \
    lw a6, off(a0);             \
    CHECK_EQ_REG(n, res, a5, a6, fail); \
    CHECK_BOXED(n, freg)

#define FDATA_D(n, dir, r, a, b, c) \
    .pushsection .data;         \
    .balign 8;                  \
.Lfd_##n:                       \
    dir a, b, c, r;             \
    .popsection
#define FDATA_S(n, dir, r, a, b, c) \
    .pushsection .data;         \
    .balign 8;                  \
.Lfd_##n:                       \
    dir a, b, c, r;             \
    .popsection

#define _FP_OP3_D(n, inst, flags, r, a, b, c, dir, rm...) \
    FP_PROLOGUE(n);                                 \
    fld f0, 0(a0); fld f1, 8(a0); fld f2, 16(a0);   \
    inst f3, f0, f1, f2, ## rm;                            \
    CHECK_FLAGS(n, flags);                          \
    CHECK_FRES_D(n, f3, 24);                        \
    FDATA_D(n, dir, r, a, b, c)
#define _FP_OP3_S(n, inst, flags, r, a, b, c, dir, rm...) \
    FP_PROLOGUE(n);                                 \
    flw f0, 0(a0); flw f1, 4(a0); flw f2, 8(a0);    \
    inst f3, f0, f1, f2, ## rm;                            \
    CHECK_FLAGS(n, flags);                          \
    CHECK_FRES_S(n, f3, 12);                        \
    FDATA_S(n, dir, r, a, b, c)
#define _FP_OP2_D(n, inst, flags, r, a, b, dir, rm...) \
    FP_PROLOGUE(n);                                 \
    fld f0, 0(a0); fld f1, 8(a0);                   \
    inst f3, f0, f1, ## rm;                                \
    CHECK_FLAGS(n, flags);                          \
    CHECK_FRES_D(n, f3, 24);                        \
    FDATA_D(n, dir, r, a, b, 0)
#define _FP_OP2_S(n, inst, flags, r, a, b, dir, rm...) \
    FP_PROLOGUE(n);                                 \
    flw f0, 0(a0); flw f1, 4(a0);                   \
    inst f3, f0, f1, ## rm;                                \
    CHECK_FLAGS(n, flags);                          \
    CHECK_FRES_S(n, f3, 12);                        \
    FDATA_S(n, dir, r, a, b, 0)
#define _FP_OP1_D(n, inst, flags, r, a, dir, rm...) \
    FP_PROLOGUE(n);                                 \
    fld f0, 0(a0);                                  \
    inst f3, f0, ## rm;                                    \
    CHECK_FLAGS(n, flags);                          \
    CHECK_FRES_D(n, f3, 24);                        \
    FDATA_D(n, dir, r, a, 0, 0)
#define _FP_OP1_S(n, inst, flags, r, a, dir, rm...) \
    FP_PROLOGUE(n);                                 \
    flw f0, 0(a0);                                  \
    inst f3, f0, ## rm;                                    \
    CHECK_FLAGS(n, flags);                          \
    CHECK_FRES_S(n, f3, 12);                        \
    FDATA_S(n, dir, r, a, 0, 0)

#define TEST_FP_OP3_D(n, i, fl, r, a, b, c, rm...)   _FP_OP3_D(n, i, fl, r, a, b, c, .double, ## rm)
#define TEST_FP_OP3_D_X(n, i, fl, r, a, b, c, rm...) _FP_OP3_D(n, i, fl, r, a, b, c, .dword, ## rm)
#define TEST_FP_OP3_S(n, i, fl, r, a, b, c, rm...)   _FP_OP3_S(n, i, fl, r, a, b, c, .float, ## rm)
#define TEST_FP_OP3_S_X(n, i, fl, r, a, b, c, rm...) _FP_OP3_S(n, i, fl, r, a, b, c, .word, ## rm)
#define TEST_FP_OP2_D(n, i, fl, r, a, b, rm...)      _FP_OP2_D(n, i, fl, r, a, b, .double, ## rm)
#define TEST_FP_OP2_D_X(n, i, fl, r, a, b, rm...)    _FP_OP2_D(n, i, fl, r, a, b, .dword, ## rm)
#define TEST_FP_OP2_S(n, i, fl, r, a, b, rm...)      _FP_OP2_S(n, i, fl, r, a, b, .float, ## rm)
#define TEST_FP_OP2_S_X(n, i, fl, r, a, b, rm...)    _FP_OP2_S(n, i, fl, r, a, b, .word, ## rm)
#define TEST_FP_OP1_D(n, i, fl, r, a, rm...)         _FP_OP1_D(n, i, fl, r, a, .double, ## rm)
#define TEST_FP_OP1_D_X(n, i, fl, r, a, rm...)       _FP_OP1_D(n, i, fl, r, a, .dword, ## rm)
#define TEST_FP_OP1_S(n, i, fl, r, a, rm...)         _FP_OP1_S(n, i, fl, r, a, .float, ## rm)
#define TEST_FP_OP1_S_X(n, i, fl, r, a, rm...)       _FP_OP1_S(n, i, fl, r, a, .word, ## rm)

/* FP -> integer register (compares, fclass, fcvt.*.[sd], fmv.x.*).
 * fcvt forms take the rounding mode as their last argument. */
#define _FP_TO_INT(n, flags, r, ldi, a, b, dir, sz, code...) \
    FP_PROLOGUE(n);                                 \
    ldi f0, 0(a0); ldi f1, sz(a0);                  \
    code;                                           \
    CHECK_FLAGS(n, flags);                          \
    CHECK_EQ(n, a1, r);                             \
    .pushsection .data; .balign 8; .Lfd_##n: dir a, b; .popsection

#define TEST_FP_CMP_D(n, i, fl, r, a, b)   _FP_TO_INT(n, fl, r, fld, a, b, .double, 8, i a1, f0, f1)
#define TEST_FP_CMP_D_X(n, i, fl, r, a, b) _FP_TO_INT(n, fl, r, fld, a, b, .dword, 8, i a1, f0, f1)
#define TEST_FP_CMP_S(n, i, fl, r, a, b)   _FP_TO_INT(n, fl, r, flw, a, b, .float, 4, i a1, f0, f1)
#define TEST_FP_CMP_S_X(n, i, fl, r, a, b) _FP_TO_INT(n, fl, r, flw, a, b, .word, 4, i a1, f0, f1)
#define TEST_FCLASS_D(n, r, a)   _FP_TO_INT(n, 0, r, fld, a, 0, .dword, 8, fclass.d a1, f0)
#define TEST_FCLASS_S(n, r, a)   _FP_TO_INT(n, 0, r, flw, a, 0, .word, 4, fclass.s a1, f0)
#define TEST_FCVT_TO_INT_D(n, i, fl, r, a, rm)   _FP_TO_INT(n, fl, r, fld, a, 0, .double, 8, i a1, f0, rm)
#define TEST_FCVT_TO_INT_D_X(n, i, fl, r, a, rm) _FP_TO_INT(n, fl, r, fld, a, 0, .dword, 8, i a1, f0, rm)
#define TEST_FCVT_TO_INT_S(n, i, fl, r, a, rm)   _FP_TO_INT(n, fl, r, flw, a, 0, .float, 4, i a1, f0, rm)
#define TEST_FCVT_TO_INT_S_X(n, i, fl, r, a, rm) _FP_TO_INT(n, fl, r, flw, a, 0, .word, 4, i a1, f0, rm)

/* Integer register -> FP (fcvt.[sd].*): r is a literal or (_X) bit pattern. */
#define _INT_TO_FP_D(n, flags, r, a, dir, code...) \
    FP_PROLOGUE(n);                                 \
    li a1, a;                                       \
    code;                                           \
    CHECK_FLAGS(n, flags);                          \
    CHECK_FRES_D(n, f3, 0);                         \
    .pushsection .data; .balign 8; .Lfd_##n: dir r; .popsection
#define _INT_TO_FP_S(n, flags, r, a, dir, code...) \
    FP_PROLOGUE(n);                                 \
    li a1, a;                                       \
    code;                                           \
    CHECK_FLAGS(n, flags);                          \
    CHECK_FRES_S(n, f3, 0);                         \
    .pushsection .data; .balign 8; .Lfd_##n: dir r; .popsection
#define TEST_FCVT_FROM_INT_D(n, i, fl, r, a, rm)   _INT_TO_FP_D(n, fl, r, a, .double, i f3, a1, rm)
#define TEST_FCVT_FROM_INT_D_X(n, i, fl, r, a, rm) _INT_TO_FP_D(n, fl, r, a, .dword, i f3, a1, rm)
#define TEST_FCVT_FROM_INT_S(n, i, fl, r, a, rm)   _INT_TO_FP_S(n, fl, r, a, .float, i f3, a1, rm)
#define TEST_FCVT_FROM_INT_S_X(n, i, fl, r, a, rm) _INT_TO_FP_S(n, fl, r, a, .word, i f3, a1, rm)
/* Exact conversions (fcvt.d.w, fcvt.d.wu, fmv.d.x, fmv.w.x) take no rounding mode. */
#define TEST_FCVT_FROM_INT_D_NORM(n, i, fl, r, a)   _INT_TO_FP_D(n, fl, r, a, .double, i f3, a1)
#define TEST_FCVT_FROM_INT_D_NORM_X(n, i, fl, r, a) _INT_TO_FP_D(n, fl, r, a, .dword, i f3, a1)
#define TEST_FCVT_FROM_INT_S_NORM_X(n, i, fl, r, a) _INT_TO_FP_S(n, fl, r, a, .word, i f3, a1)

/* fcvt.s.d (rounds) and fcvt.d.s (exact); a and r are bit patterns. */
#define TEST_FCVT_S_D(n, flags, r, a, rm)           \
    FP_PROLOGUE(n);                                 \
    fld f0, 0(a0);                                  \
    fcvt.s.d f3, f0, rm;                            \
    CHECK_FLAGS(n, flags);                          \
    CHECK_FRES_S(n, f3, 8);                         \
    .pushsection .data; .balign 8; .Lfd_##n: .dword a; .word r; .popsection
#define TEST_FCVT_D_S(n, flags, r, a)               \
    FP_PROLOGUE(n);                                 \
    flw f0, 0(a0);                                  \
    fcvt.d.s f3, f0;                                \
    CHECK_FLAGS(n, flags);                          \
    CHECK_FRES_D(n, f3, 8);                         \
    .pushsection .data; .balign 8; .Lfd_##n: .word a, 0; .dword r; .popsection

/* Raw-bits FP test: put 64-bit patterns straight into f0/f1 with fmv.d.x
 * (so singles can be improperly NaN-boxed), run `code` producing f3, then
 * compare fmv.x.d f3 with the 64-bit `r` and fflags with `flags`. */
#define TEST_FP_RAW(n, flags, r, a, b, code...) \
test_##n:                                       \
    li s9, n;                                   \
    li a1, a; fmv.d.x f0, a1;                   \
    li a1, b; fmv.d.x f1, a1;                   \
    fsflags x0;                                 \
    code;                                       \
    CHECK_FLAGS(n, flags);                      \
    fmv.x.d a1, f3;                             \
    CHECK_EQ(n, a1, r)

/* ------------------------------------------------------------------ */
/* Epilogue: pass/fail reporting through raw syscalls.                  */

#define TEST_END                                \
pass:                                           \
    lla a0, .Lmsg_pass; call tputs;              \
    lla a0, .Lmsg_file; call tputs;              \
    lla a0, .Lmsg_nl; call tputs;                \
    li a0, 0; li a7, SYS_exit; ecall;           \
fail_flags:                                     \
    lla s8, .Lmsg_flags; j report;               \
fail_box:                                       \
    lla s8, .Lmsg_box; j report;                 \
fail:                                           \
    lla s8, .Lmsg_empty;                         \
report:                                         \
    lla a0, .Lmsg_fail; call tputs;              \
    mv a0, s9; call tputdec;                    \
    mv a0, s8; call tputs;                      \
    lla a0, .Lmsg_got; call tputs;               \
    mv a0, s10; call tputhex;                   \
    lla a0, .Lmsg_exp; call tputs;               \
    mv a0, s11; call tputhex;                   \
    lla a0, .Lmsg_nl; call tputs;                \
    li a0, 1; li a7, SYS_exit; ecall;           \
/* tputs(a0 = NUL-terminated string) */         \
tputs:                                          \
    mv a1, a0; mv a2, a0;                       \
1:  lbu t0, 0(a2); beqz t0, 2f; addi a2, a2, 1; j 1b; \
2:  sub a2, a2, a1; li a0, 1; li a7, SYS_write; ecall; ret; \
/* tputhex(a0): "0x" + 16 hex digits */         \
tputhex:                                        \
    addi sp, sp, -32;                           \
    li t0, 0x7830; sh t0, 0(sp);                \
    li t1, 17;                                  \
1:  andi t2, a0, 15; addi t2, t2, 48;           \
    li t3, 58; blt t2, t3, 2f; addi t2, t2, 39; \
2:  add t3, sp, t1; sb t2, 0(t3); srli a0, a0, 4; \
    addi t1, t1, -1; li t3, 2; bge t1, t3, 1b;  \
    mv a1, sp; li a2, 18; li a0, 1; li a7, SYS_write; ecall; \
    addi sp, sp, 32; ret;                       \
/* tputdec(a0 >= 0) */                          \
tputdec:                                        \
    addi sp, sp, -32;                           \
    li t1, 31; li t2, 10;                       \
1:  remu t0, a0, t2; addi t0, t0, 48;           \
    add t3, sp, t1; sb t0, 0(t3);               \
    divu a0, a0, t2; addi t1, t1, -1; bnez a0, 1b; \
    addi t1, t1, 1; add a1, sp, t1;             \
    li a2, 32; sub a2, a2, t1;                  \
    li a0, 1; li a7, SYS_write; ecall;          \
    addi sp, sp, 32; ret;                       \
    .pushsection .rodata;                       \
.Lmsg_pass:  .asciz "PASS ";                    \
.Lmsg_file:  .asciz __FILE_NAME__;              \
.Lmsg_fail:  .asciz "FAIL test ";               \
.Lmsg_got:   .asciz ": got ";                   \
.Lmsg_exp:   .asciz " expected ";               \
.Lmsg_flags: .asciz " (fflags)";                \
.Lmsg_box:   .asciz " (nan-boxing)";            \
.Lmsg_empty: .asciz "";                         \
.Lmsg_nl:    .asciz "\n";                       \
    .popsection

/* Scratch data for load/store tests. */
#define TEST_DATA_BEGIN .pushsection .data; .balign 16;
#define TEST_DATA_END .popsection

#endif
