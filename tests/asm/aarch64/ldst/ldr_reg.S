/* LDR/STR with a register offset: LSL #0/#size, UXTW, SXTW, SXTX, SP as
 * base, every size with sign/zero extension. */
#include "test.h"

TEST_DATA_BEGIN
buf:    .quad 0x8182838485868788, 0xf1f2f3f4f5f6f7f8
        .quad 0x0102030405060708, 0x1112131415161718
wbuf:   .fill 32, 1, 0
TEST_DATA_END

TEST_BEGIN
    adr x0, buf
    mov x1, 3
TEST_CASE(1, x2, 0x85, ldrb w2, [x0, x1])
TEST_CASE(2, x2, 0x85, ldrb w2, [x0, x1, lsl 0])
TEST_CASE(3, x2, 0xffffffffffffff85, ldrsb x2, [x0, x1])
TEST_CASE(4, x2, 0xffff8182, ldrsh w2, [x0, x1, lsl 1])
TEST_CASE(5, x2, 0x8485, ldrh w2, [x0, x1])
TEST_CASE(6, x2, 0xf1f2f3f4, ldr w2, [x0, x1, lsl 2]; add x2, x2, 0)
TEST_CASE(7, x2, 0x1112131415161718, ldr x2, [x0, x1, lsl 3])
TEST_CASE(8, x2, 0xffffffff84858687, mov x3, 1; ldrsw x2, [x0, x3])
    /* UXTW: only the low 32 bits of Wm, zero-extended */
TEST_CASE(9, x2, 0x0102030405060708, ldr x3, =0xffffffff00000002; ldr x2, [x0, w3, uxtw 3])
TEST_CASE(10, x2, 0xf5f6f7f8, ldr x3, =0x1234567800000008; ldr w2, [x0, w3, uxtw])
    /* SXTW: negative 32-bit index */
TEST_CASE(11, x2, 0x8182838485868788, add x4, x0, 16; mov w3, -2; ldr x2, [x4, w3, sxtw 3])
TEST_CASE(12, x2, 0xfffffffffffff5f6, add x4, x0, 16; mov w3, -6; ldrsh x2, [x4, w3, sxtw])
TEST_CASE(13, x2, 0xf7f8, add x4, x0, 16; mov w3, -4; ldrh w2, [x4, w3, sxtw 1]; add x2, x2, 0)
    /* SXTX: the whole 64-bit register */
TEST_CASE(14, x2, 0xf5f6f7f8, add x4, x0, 16; mov x3, -2; ldr w2, [x4, x3, sxtx 2])
TEST_CASE(15, x2, 0x88, add x4, x0, 16; mov x3, -16; ldrb w2, [x4, x3, sxtx])
    /* XZR as index */
TEST_CASE(16, x2, 0x8182838485868788, ldr x2, [x0, xzr, lsl 3])
    /* SP as base */
test_17:
    mov x19, 17
    sub sp, sp, 32
    ldr x5, =0xa1a2a3a4a5a6a7a8
    mov x6, 2
    str x5, [sp, x6, lsl 3]
    ldrb w2, [sp, 16]
    CHECK_EQ_T(17, a, x2, 0xa8)
    mov x6, 8
    ldrsh w2, [sp, x6, lsl 1]
    CHECK_EQ_T(17, b, x2, 0xffffa7a8)
    mov x6, 17
    ldrsb x2, [sp, x6]
    CHECK_EQ_T(17, c, x2, 0xffffffffffffffa7)
    add sp, sp, 32
    /* stores of every size with register offsets */
test_18:
    mov x19, 18
    adr x4, wbuf
    ldr x5, =0x1122334455667788
    mov x6, 1
    strb w5, [x4, x6]
    strh w5, [x4, x6, lsl 1]
    str w5, [x4, x6, lsl 2]
    ldr x2, [x4]
    CHECK_EQ_T(18, a, x2, 0x5566778877880000 + 0x8800)
    mov w6, -1
    add x7, x4, 16
    str x5, [x7, w6, sxtw 3]
    ldr x2, [x4, 8]
    CHECK_EQ_T(18, b, x2, 0x1122334455667788)
    mov x6, 0
    strh wzr, [x4, x6]
    ldr x2, [x4]
    CHECK_EQ_T(18, c, x2, 0x5566778877880000)
    b pass
TEST_END
