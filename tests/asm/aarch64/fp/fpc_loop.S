// The inline double ops' cold path inside a loop, with many live integer
// registers: each iteration takes the exact helper (a result tiny before
// rounding, a NaN, an infinity) and the fast path (normal and zero results)
// while x0-x15 are being updated, so a translator that keeps guest
// registers in host registers must keep them across the helper call.
// FPCR is never written.  Expected values: integer sums by hand; FP results
// and FPSR from the Arm ARM rules (UFC when tiny before rounding and inexact,
// default NaN only for invalid operations, NaN operands propagate quieted).
#include "test.h"

TEST_BEGIN
test_1:
    mov x19, 1
    msr fpsr, xzr
    mov x0, #0
    mov x1, #1
    mov x2, #2
    mov x3, #3
    mov x4, #4
    mov x5, #5
    mov x6, #6
    mov x7, #7
    mov x8, #8
    mov x9, #9
    mov x10, #10
    mov x11, #11
    mov x12, #12
    mov x13, #13
    mov x14, #14
    mov x15, #100                       // loop counter
    ldr x16, =0x0010000000000001        // 2^-1022 (1 + 2^-52)
    fmov d1, x16
    ldr x16, =0x3feffffffffffffe        // 1 - 2^-52
    fmov d2, x16
    ldr x16, =0x7ff0000000000003        // signaling NaN
    fmov d3, x16
    ldr x16, =0x3ff8000000000000        // 1.5
    fmov d4, x16
    fmov d5, xzr                        // +0
    fmov d10, xzr                       // sum of normal results
1:
    fmul d6, d1, d2                     // 2^-1022: helper (UFC IXC)
    add x0, x0, x1
    add x1, x1, #1
    fadd d7, d4, d3                     // NaN operand: helper, quieted
    add x2, x2, x3
    add x3, x3, x4
    fdiv d8, d4, d5                     // 1.5 / +0 = +inf (DZC): helper
    add x4, x4, x5
    add x5, x5, x6
    fmul d9, d4, d5                     // +0: fast path
    add x6, x6, x7
    add x7, x7, x8
    fadd d10, d10, d4                   // normal: fast path
    add x8, x8, x9
    add x9, x9, x10
    fsqrt d11, d4                       // normal
    add x10, x10, x11
    add x11, x11, x12
    add x12, x12, x13
    add x13, x13, x14
    add x14, x14, #1
    subs x15, x15, #1
    b.ne 1b
    CHECK_EQ_T(1, a, x0, 5050)          // sum of 1..100
    CHECK_EQ_T(1, b, x1, 101)
    mrs x16, fpsr
    CHECK_EQ_T(1, c, x16, 0x1b)         // IOC DZC UFC IXC
    fmov x16, d6
    CHECK_EQ_T(1, d, x16, 0x0010000000000000)
    fmov x16, d7
    CHECK_EQ_T(1, e, x16, 0x7ff8000000000003)
    fmov x16, d8
    CHECK_EQ_T(1, f, x16, 0x7ff0000000000000)
    fmov x16, d9
    CHECK_EQ_T(1, g, x16, 0)
    fmov x16, d10
    CHECK_EQ_T(1, h, x16, 0x4062c00000000000)   // 150.0
    fmov x16, d11
    CHECK_EQ_T(1, i, x16, 0x3ff3988e1409212e)   // sqrt(1.5)
    CHECK_EQ_T(1, j, x15, 0)
    CHECK_EQ_T(1, k, x14, 114)
test_2:
    // x2..x13 against the same updates in a second loop without FP
    mov x19, 2
    sub sp, sp, #96
    stp x2, x3, [sp]
    stp x4, x5, [sp, #16]
    stp x6, x7, [sp, #32]
    stp x8, x9, [sp, #48]
    stp x10, x11, [sp, #64]
    stp x12, x13, [sp, #80]
    mov x2, #2
    mov x3, #3
    mov x4, #4
    mov x5, #5
    mov x6, #6
    mov x7, #7
    mov x8, #8
    mov x9, #9
    mov x10, #10
    mov x11, #11
    mov x12, #12
    mov x13, #13
    mov x14, #14
    mov x15, #100
2:
    add x2, x2, x3
    add x3, x3, x4
    add x4, x4, x5
    add x5, x5, x6
    add x6, x6, x7
    add x7, x7, x8
    add x8, x8, x9
    add x9, x9, x10
    add x10, x10, x11
    add x11, x11, x12
    add x12, x12, x13
    add x13, x13, x14
    add x14, x14, #1
    subs x15, x15, #1
    b.ne 2b
    mov x0, sp
    mov x1, #2
3:  // x20 = saved value, x21 = recomputed value of x(x1)
    ldr x20, [x0], #8
    adr x16, 4f
    sub x17, x1, #2
    add x16, x16, x17, lsl #3
    br x16
4:  mov x21, x2; b 5f
    mov x21, x3; b 5f
    mov x21, x4; b 5f
    mov x21, x5; b 5f
    mov x21, x6; b 5f
    mov x21, x7; b 5f
    mov x21, x8; b 5f
    mov x21, x9; b 5f
    mov x21, x10; b 5f
    mov x21, x11; b 5f
    mov x21, x12; b 5f
    mov x21, x13; b 5f
5:  cmp x20, x21
    b.ne fail
    add x1, x1, #1
    cmp x1, #14
    b.ne 3b
    add sp, sp, #96
    // and one value by hand: x13 = 13 + sum_{k=0}^{99} (14 + k) = 6363
    CHECK_EQ_T(2, a, x13, 6363)
    b pass
TEST_END
