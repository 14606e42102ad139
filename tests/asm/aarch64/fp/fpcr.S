// FPCR/FPSR through MRS/MSR: implemented FPCR fields read back (reserved
// ones as 0), a rounding-mode change takes effect for the next instruction
// of the same block, FPSR flags accumulate until written, FPSR write mask.
#include "test.h"

TEST_BEGIN
    // every implemented field: AHP DN FZ RMode FZ16 = 0x07c80000
    TEST_CASE(1, x1, 0x07c80000, mov x0, -1; msr fpcr, x0; mrs x1, fpcr; ldr x2, =0x07c80000; and x1, x1, x2)
    TEST_CASE(2, x1, 0, msr fpcr, xzr; mrs x1, fpcr)
    TEST_CASE(3, x1, 0x00c00000, mov x0, 0x00c00000; msr fpcr, x0; mrs x1, fpcr)
    // 1.0 + 2^-60 in RP, RN, RM, RZ, RP again: the mode switches inside one block
    TEST_CASE(4, x2, 0x3ff0000000000001,
        fmov d1, 1.0; ldr x0, =0x3c30000000000000; fmov d2, x0;
        mov x0, 0x00400000; msr fpcr, x0; fadd d0, d1, d2; fmov x2, d0)
    TEST_CASE(5, x2, 0x3ff0000000000000, msr fpcr, xzr; fadd d0, d1, d2; fmov x2, d0)
    // -1.0 - 2^-60: RM goes away from zero, RZ toward it
    TEST_CASE(6, x2, 0xbff0000000000001,
        fneg d3, d1; mov x0, 0x00800000; msr fpcr, x0; fsub d0, d3, d2; fmov x2, d0)
    TEST_CASE(7, x2, 0xbff0000000000000,
        mov x0, 0x00c00000; msr fpcr, x0; fsub d0, d3, d2; fmov x2, d0)
    TEST_CASE(8, x2, 0x3f800001,
        fmov s1, 1.0; mov w0, 0x2f800000; fmov s2, w0;
        mov x0, 0x00400000; msr fpcr, x0; fadd s0, s1, s2; fmov w2, s0; msr fpcr, xzr)
    // FPSR: cumulative flags and QC written and read back; other bits read 0
    TEST_CASE(9, x1, 0x0800009f, ldr x0, =0x0800009f; msr fpsr, x0; mrs x1, fpsr; and x1, x1, 0x0fffffff)
    TEST_CASE(10, x1, 0, msr fpsr, xzr; mrs x1, fpsr)
    // flags accumulate over instructions: 1/0 (DZC), then 1/3 (IXC)
    TEST_CASE(11, x1, FPSR_DZC | FPSR_IXC,
        msr fpsr, xzr; fmov d1, 1.0; fmov d2, xzr; fdiv d0, d1, d2; fmov d2, 3.0; fdiv d0, d1, d2;
        mrs x1, fpsr)
    // an exact op leaves the flags alone; a later MSR clears them
    TEST_CASE(12, x1, FPSR_DZC | FPSR_IXC, fadd d0, d1, d1; mrs x1, fpsr)
    TEST_CASE(13, x1, 0, msr fpsr, xzr; fadd d0, d1, d1; mrs x1, fpsr)
    // overflow: OFC|IXC, result inf (RN) / max normal (RZ)
    TEST_CASE(14, x1, FPSR_OFC | FPSR_IXC,
        ldr x0, =0x7fefffffffffffff; fmov d1, x0; fadd d0, d1, d1; mrs x1, fpsr)
    TEST_CASE(15, x2, 0x7ff0000000000000, fmov x2, d0)
    TEST_CASE(16, x2, 0x7fefffffffffffff,
        mov x0, 0x00c00000; msr fpcr, x0; fadd d0, d1, d1; fmov x2, d0; msr fpcr, xzr)
    // underflow: tiny and inexact (UFC|IXC); tiny but exact: no flag
    TEST_CASE(17, x1, FPSR_UFC | FPSR_IXC,
        msr fpsr, xzr; ldr x0, =0x0010000000000001; fmov d1, x0; fmov d2, 0.5; fmul d0, d1, d2;
        mrs x1, fpsr)
    TEST_CASE(18, x1, 0,
        msr fpsr, xzr; ldr x0, =0x0010000000000002; fmov d1, x0; fmul d0, d1, d2; mrs x1, fpsr)
    // tininess before rounding: (2^-1022 - 2^-1075-ish) rounds up to the smallest normal,
    // yet UFC is set (x86 would not)
    TEST_CASE(19, x2, 0x0010000000000000,
        msr fpsr, xzr; ldr x0, =0x001fffffffffffff; fmov d1, x0; fmul d0, d1, d2; fmov x2, d0)
    TEST_CASE(20, x1, FPSR_UFC | FPSR_IXC, mrs x1, fpsr)
    // FZ: a denormal input is flushed (IDC), a tiny result too (UFC only)
    TEST_CASE(21, x2, 0x3ff0000000000000,
        msr fpsr, xzr; mov x0, 0x01000000; msr fpcr, x0; fmov d1, 1.0; mov x0, 1; fmov d2, x0;
        fadd d0, d1, d2; fmov x2, d0)
    TEST_CASE(22, x1, FPSR_IDC, mrs x1, fpsr)
    TEST_CASE(23, x2, 0x8000000000000000,
        msr fpsr, xzr; ldr x0, =0x8010000000000001; fmov d1, x0; fmov d2, 0.5; fmul d0, d1, d2;
        fmov x2, d0)
    TEST_CASE(24, x1, FPSR_UFC, mrs x1, fpsr)
    // DN: a NaN operand gives the default NaN
    TEST_CASE(25, x2, 0x7ff8000000000000,
        mov x0, 0x02000000; msr fpcr, x0; ldr x0, =0xfff8000000000123; fmov d1, x0;
        fadd d0, d1, d1; fmov x2, d0; msr fpcr, xzr)
    TEST_CASE(26, x2, 0xfff8000000000123, fadd d0, d1, d1; fmov x2, d0)
    b pass
TEST_END
