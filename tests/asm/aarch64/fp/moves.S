// FMOV (register, general, top half, immediate), FABS/FNEG (no flags, NaN
// signs), FCSEL, FJCVTZS, and the zeroing of the upper bits of V on
// scalar writes.
#include "test.h"

#define FJCVTZS_W0_D1 .inst 0x1e7e0020

TEST_BEGIN
    TEST_CASE(1, x0, 0x3ff0000000000000, fmov d0, 1.0; fmov x0, d0)
    TEST_CASE(2, x0, 0xbe000000, fmov s0, -0.125; fmov x0, d0)
    TEST_CASE(3, x0, 0x4fc0, fmov h0, 31.0; fmov x0, d0)
    TEST_CASE(4, x0, 0x3fc8000000000000, fmov d0, 0.1875; fmov x0, d0)
    TEST_CASE(5, x0, 0xc03f000000000000, fmov d0, -31.0; fmov x0, d0)
    TEST_CASE(6, x0, 0x3e000000, fmov s0, 0.125; fmov x0, d0)
    // the top half of V: FMOV Vd.D[1], Xn keeps the low half; FMOV Xd, Vn.D[1]
    TEST_CASE(7, x3, 0x1122334455667788,
        ldr x1, =0x0123456789abcdef; ldr x2, =0x1122334455667788;
        fmov d0, x1; fmov v0.d[1], x2; fmov x3, v0.d[1])
    TEST_CASE(8, x3, 0x0123456789abcdef, fmov x3, d0)
    // scalar writes clear bits 127..(esize): FMOV Sd, Wn
    TEST_CASE(9, x3, 0, fmov s0, w1; fmov x3, v0.d[1])
    TEST_CASE(10, x3, 0x89abcdef, fmov x3, d0)
    TEST_CASE(11, x3, 0x89abcdef, fmov w3, s0)
    TEST_CASE(12, x3, 0xcdef, fmov v0.d[1], x2; fmov h0, w1; fmov x3, d0)
    TEST_CASE(13, x3, 0, fmov x3, v0.d[1])
    TEST_CASE(14, x3, 0xcdef, mov x3, -1; fmov w3, h0)
    TEST_CASE(15, x3, 0xcdef, mov x3, -1; fmov x3, h0)
    // FMOV register: S copy zero-extends
    TEST_CASE(16, x3, 0x89abcdef, fmov d1, x1; fmov s0, s1; fmov x3, d0)
    // FABS/FNEG: sign bit only, NaNs untouched otherwise, no flags
    TEST_CASE(17, x3, 0x7ff0000000000001,
        msr fpsr, xzr; ldr x0, =0xfff0000000000001; fmov d1, x0; fabs d0, d1; fmov x3, d0)
    TEST_CASE(18, x3, 0x7ff0000000000001, fneg d0, d1; fmov x3, d0)
    TEST_CASE(19, x3, 0, mrs x3, fpsr)
    TEST_CASE(20, x3, 0xff800001, ldr w0, =0x7f800001; fmov s1, w0; fneg s0, s1; fmov x3, d0)
    TEST_CASE(21, x3, 0x7c01, mov w0, 0xfc01; fmov h1, w0; fabs h0, h1; fmov x3, d0)
    // FCSEL
    TEST_CASE(22, x3, 0x4000000000000000,
        fmov d1, 2.0; fmov d2, 3.0; cmp x1, x1; fcsel d0, d1, d2, eq; fmov x3, d0)
    TEST_CASE(23, x3, 0x4008000000000000, fcsel d0, d1, d2, ne; fmov x3, d0)
    TEST_CASE(24, x3, 0x40400000, fmov s1, 2.0; fmov s2, 3.0; fcsel s0, s1, s2, lt; fmov x3, d0)
    // FJCVTZS: truncate, modulo 2^32, Z when exact and in range
    TEST_CASE(25, x0, 42, ldr x1, =0x4045000000000000; fmov d1, x1; msr fpsr, xzr; FJCVTZS_W0_D1; mrs x4, nzcv)
    TEST_CASE(26, x4, F_Z, nop)
    TEST_CASE(27, x3, 0, mrs x3, fpsr)
    TEST_CASE(28, x0, 0xfffffffd, fmov d1, -3.75; FJCVTZS_W0_D1; mrs x4, nzcv)
    TEST_CASE(29, x4, 0, nop)
    TEST_CASE(30, x3, FPSR_IXC, mrs x3, fpsr)
    TEST_CASE(31, x0, 5, msr fpsr, xzr; ldr x1, =0x41f0000000500000; fmov d1, x1; FJCVTZS_W0_D1; mrs x4, nzcv)
    TEST_CASE(32, x3, FPSR_IOC, mrs x3, fpsr)
    TEST_CASE(33, x0, 0, msr fpsr, xzr; ldr x1, =0x7ff8000000000000; fmov d1, x1; FJCVTZS_W0_D1; mrs x4, nzcv)
    TEST_CASE(34, x3, FPSR_IOC, mrs x3, fpsr)
    TEST_CASE(35, x0, 0, msr fpsr, xzr; ldr x1, =0x8000000000000000; fmov d1, x1; FJCVTZS_W0_D1; mrs x4, nzcv)
    TEST_CASE(36, x4, 0, nop)
    TEST_CASE(37, x0, 0x80000000, ldr x1, =0xc1e0000000000000; fmov d1, x1; FJCVTZS_W0_D1; mrs x4, nzcv)
    TEST_CASE(38, x4, F_Z, nop)
    b pass
TEST_END
