/* Self-checking aarch64 test macros (included from .S files, C preprocessor).
 *
 * Each test sets inputs, runs the instruction(s) under test, and compares a
 * result with the value the architecture prescribes.  Mismatch:
 * "FAIL test N: got X expected Y" (hex) on stdout and exit(1).  All passed:
 * "PASS <file>" and exit(0).
 *
 * Register conventions: x19 = current test number, x20 = got, x21 =
 * expected, x22 = a message tag for the failure line.  Tests use x0-x18,
 * x23-x28 and v0-v31 freely; sp is a valid stack.  Test numbers must be
 * unique within a file.  Expected values come from the Arm ARM; every test
 * must also pass under qemu-aarch64 (XRUN_TEST_RUNNER=qemu-aarch64).
 * Inside function-like macros write immediates without `#` (cpp would
 * stringize the parameter): `mov x0, n`, `add x1, x2, 4`.
 */
#ifndef XRUN_A64_TEST_H
#define XRUN_A64_TEST_H

#define SYS_write 64
#define SYS_exit 93

/* NZCV values as MRS NZCV reads them */
#define F_N 0x80000000
#define F_Z 0x40000000
#define F_C 0x20000000
#define F_V 0x10000000

/* FPSR cumulative bits */
#define FPSR_IOC 0x1
#define FPSR_DZC 0x2
#define FPSR_OFC 0x4
#define FPSR_UFC 0x8
#define FPSR_IXC 0x10
#define FPSR_IDC 0x80
#define FPSR_QC  0x8000000

#define TEST_BEGIN              \
    .text;                      \
    .globl _start;              \
_start:                         \
    mov x19, #0;                \
    mov x22, #0;

/* Compare register `reg` (an X register) with the 64-bit constant `exp`. */
#define CHECK_EQ(n, reg, exp)   \
    mov x20, reg;               \
    ldr x21, =exp;              \
    cmp x20, x21;               \
    b.eq .Lok_##n;              \
    b fail;                     \
.Lok_##n:

/* Same, with a tag so one test can make several checks. */
#define CHECK_EQ_T(n, tag, reg, exp) \
    mov x20, reg;               \
    ldr x21, =exp;              \
    cmp x20, x21;               \
    b.eq .Lok_##tag##_##n;      \
    b fail;                     \
.Lok_##tag##_##n:

/* NZCV must equal `flags` (F_N|F_Z|... ). Clobbers x18. */
#define CHECK_NZCV(n, flags)    \
    mrs x18, nzcv;              \
    CHECK_EQ_T(n, nzcv, x18, flags)

/* Generic test: run `code`, then require X register `reg` == `exp`. */
#define TEST_CASE(n, reg, exp, code...) \
test_##n:                       \
    mov x19, n;                 \
    code;                       \
    CHECK_EQ(n, reg, exp)

/* Epilogue: pass/fail reporting through raw syscalls.  Place once at the end
 * of the text (it also emits the literal pool). */
#define TEST_END                                \
pass:                                           \
    adr x0, .Lmsg_pass; bl tputs;               \
    adr x0, .Lmsg_file; bl tputs;               \
    adr x0, .Lmsg_nl; bl tputs;                 \
    mov x0, #0; mov x8, #SYS_exit; svc #0;      \
fail:                                           \
    adr x0, .Lmsg_fail; bl tputs;               \
    mov x0, x19; bl tputdec;                    \
    adr x0, .Lmsg_got; bl tputs;                \
    mov x0, x20; bl tputhex;                    \
    adr x0, .Lmsg_exp; bl tputs;                \
    mov x0, x21; bl tputhex;                    \
    adr x0, .Lmsg_nl; bl tputs;                 \
    mov x0, #1; mov x8, #SYS_exit; svc #0;      \
/* tputs(x0 = NUL-terminated string) */         \
tputs:                                          \
    mov x1, x0; mov x2, x0;                     \
1:  ldrb w3, [x2]; cbz w3, 2f; add x2, x2, #1; b 1b; \
2:  sub x2, x2, x1; mov x0, #1; mov x8, #SYS_write; svc #0; ret; \
/* tputhex(x0): "0x" + 16 hex digits */         \
tputhex:                                        \
    sub sp, sp, #32;                            \
    mov w3, #0x7830; strh w3, [sp];             \
    mov x4, #17;                                \
1:  and x5, x0, #15; add x5, x5, #48;           \
    cmp x5, #58; b.lt 2f; add x5, x5, #39;      \
2:  strb w5, [sp, x4]; lsr x0, x0, #4;          \
    sub x4, x4, #1; cmp x4, #2; b.ge 1b;        \
    mov x1, sp; mov x2, #18; mov x0, #1; mov x8, #SYS_write; svc #0; \
    add sp, sp, #32; ret;                       \
/* tputdec(x0 >= 0) */                          \
tputdec:                                        \
    sub sp, sp, #32;                            \
    mov x4, #31; mov x6, #10;                   \
1:  udiv x7, x0, x6; msub x5, x7, x6, x0; add x5, x5, #48; \
    strb w5, [sp, x4]; mov x0, x7;              \
    sub x4, x4, #1; cbnz x0, 1b;                \
    add x4, x4, #1; add x1, sp, x4;             \
    mov x2, #32; sub x2, x2, x4;                \
    mov x0, #1; mov x8, #SYS_write; svc #0;     \
    add sp, sp, #32; ret;                       \
    .ltorg;                                     \
.Lmsg_pass:  .asciz "PASS ";                    \
.Lmsg_file:  .asciz __FILE_NAME__;              \
.Lmsg_fail:  .asciz "FAIL test ";               \
.Lmsg_got:   .asciz ": got ";                   \
.Lmsg_exp:   .asciz " expected ";               \
.Lmsg_nl:    .asciz "\n";                       \
    .balign 4

/* Scratch data for load/store tests. */
#define TEST_DATA_BEGIN .pushsection .data; .balign 16;
#define TEST_DATA_END .popsection

#endif
