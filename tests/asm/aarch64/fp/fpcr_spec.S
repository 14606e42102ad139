/* FPCR written after double ops were translated while FPCR was 0 (xrun
 * translates them without an FPCR test until a guest sets FPCR): a function
 * called before and after the write, and a write between two FADDs of one
 * block, must both see the new rounding mode.  1 + 2^-60 is 1.0 in RN, RZ
 * and RM, 1 + 2^-52 (0x3ff0000000000001) in RP; -1 - 2^-60 is -(1 + 2^-52)
 * in RM (IEEE 754 directed rounding). */
#include "test.h"

#define RP (1 << 22)
#define RM (2 << 22)

TEST_BEGIN
    ldr x1, =0x3ff0000000000000
    fmov d1, x1
    ldr x2, =0x3c30000000000000
    fmov d2, x2
    bl f_add
    fmov x3, d0
    TEST_CASE(1, x3, 0x3ff0000000000000, )
    bl f_add2d
    TEST_CASE(2, x3, 0x3ff0000000000000, )

    /* one block: FADD, MSR FPCR (RP), FADD */
test_3:
    mov x19, 3
    fadd d0, d1, d2
    fmov x5, d0
    mov x4, RP
    msr fpcr, x4
    fadd d0, d1, d2
    fmov x6, d0
    CHECK_EQ_T(3, rn, x5, 0x3ff0000000000000)
    CHECK_EQ_T(3, rp, x6, 0x3ff0000000000001)

    /* the functions translated under FPCR = 0, run again in RP then RM */
    bl f_add
    fmov x3, d0
    TEST_CASE(4, x3, 0x3ff0000000000001, )
    bl f_add2d
    TEST_CASE(5, x3, 0x3ff0000000000001, )
    mov x4, RM
    msr fpcr, x4
    fneg d1, d1
    fneg d2, d2
    bl f_add
    fmov x3, d0
    TEST_CASE(6, x3, 0xbff0000000000001, )
    msr fpcr, xzr
    bl f_add
    fmov x3, d0
    TEST_CASE(7, x3, 0xbff0000000000000, )
    b pass

f_add:
    fadd d0, d1, d2
    ret
/* x3 = lane 1 of FADD (vector, 2D) of {d1, d1} + {d2, d2} */
f_add2d:
    dup v3.2d, v1.d[0]
    dup v4.2d, v2.d[0]
    fadd v5.2d, v3.2d, v4.2d
    mov x3, v5.d[1]
    ret

TEST_END
