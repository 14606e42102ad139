/* LDP/STP (W, X), LDPSW, LDNP/STNP: signed offset, pre- and post-index,
 * SP as base, XZR pairs. */
#include "test.h"

TEST_DATA_BEGIN
buf:    .quad 0x8182838485868788, 0xf1f2f3f4f5f6f7f8
        .quad 0x0102030405060708, 0x1112131415161718
wbuf:   .fill 64, 1, 0
TEST_DATA_END

TEST_BEGIN
    adr x0, buf
test_1:
    mov x19, 1
    ldp x1, x2, [x0]
    CHECK_EQ_T(1, a, x1, 0x8182838485868788)
    CHECK_EQ_T(1, b, x2, 0xf1f2f3f4f5f6f7f8)
test_2:
    mov x19, 2
    mov x1, -1
    ldp w1, w2, [x0, 8]
    CHECK_EQ_T(2, a, x1, 0xf5f6f7f8)
    CHECK_EQ_T(2, b, x2, 0xf1f2f3f4)
test_3:
    mov x19, 3
    ldpsw x1, x2, [x0, 4]
    CHECK_EQ_T(3, a, x1, 0xffffffff81828384)
    CHECK_EQ_T(3, b, x2, 0xfffffffff5f6f7f8)
test_4:
    mov x19, 4
    add x3, x0, 24
    ldpsw x1, x2, [x3, -8]
    CHECK_EQ_T(4, a, x1, 0x05060708)
    CHECK_EQ_T(4, b, x2, 0x01020304)
    /* pre-index, negative offset */
test_5:
    mov x19, 5
    add x3, x0, 32
    ldp x1, x2, [x3, -16]!
    CHECK_EQ_T(5, a, x1, 0x0102030405060708)
    CHECK_EQ_T(5, b, x2, 0x1112131415161718)
    sub x4, x3, x0
    CHECK_EQ_T(5, c, x4, 16)
    /* post-index */
test_6:
    mov x19, 6
    mov x3, x0
    ldp w1, w2, [x3], 16
    CHECK_EQ_T(6, a, x1, 0x85868788)
    CHECK_EQ_T(6, b, x2, 0x81828384)
    sub x4, x3, x0
    CHECK_EQ_T(6, c, x4, 16)
test_7:
    mov x19, 7
    mov x3, x0
    ldpsw x1, x2, [x3], 8
    CHECK_EQ_T(7, a, x1, 0xffffffff85868788)
    sub x4, x3, x0
    CHECK_EQ_T(7, b, x4, 8)
    /* non-temporal */
test_8:
    mov x19, 8
    ldnp x1, x2, [x0, 16]
    CHECK_EQ_T(8, a, x1, 0x0102030405060708)
    CHECK_EQ_T(8, b, x2, 0x1112131415161718)
    ldnp w1, w2, [x0, 4]
    CHECK_EQ_T(8, c, x1, 0x81828384)
    CHECK_EQ_T(8, d, x2, 0xf5f6f7f8)
    /* stores */
test_9:
    mov x19, 9
    adr x4, wbuf
    ldr x5, =0x1122334455667788
    ldr x6, =0x99aabbccddeeff00
    stp x5, x6, [x4]
    ldr x1, [x4, 8]
    CHECK_EQ_T(9, a, x1, 0x99aabbccddeeff00)
    stp w6, w5, [x4, 16]
    ldr x1, [x4, 16]
    CHECK_EQ_T(9, b, x1, 0x55667788ddeeff00)
    stnp xzr, x5, [x4]
    ldp x1, x2, [x4]
    CHECK_EQ_T(9, c, x1, 0)
    CHECK_EQ_T(9, d, x2, 0x1122334455667788)
    stnp w5, wzr, [x4, 24]
    ldr x1, [x4, 24]
    CHECK_EQ_T(9, e, x1, 0x55667788)
    /* pre/post-index stores */
test_10:
    mov x19, 10
    adr x4, wbuf
    add x7, x4, 64
    stp x5, x6, [x7, -32]!
    sub x8, x7, x4
    CHECK_EQ_T(10, a, x8, 32)
    ldp x1, x2, [x4, 32]
    CHECK_EQ_T(10, b, x1, 0x1122334455667788)
    CHECK_EQ_T(10, c, x2, 0x99aabbccddeeff00)
    stp wzr, w6, [x7], -8
    sub x8, x7, x4
    CHECK_EQ_T(10, d, x8, 24)
    ldr x1, [x4, 32]
    CHECK_EQ_T(10, e, x1, 0xddeeff0000000000)
    /* SP as base: the usual frame push/pop, writeback to SP */
test_11:
    mov x19, 11
    mov x9, sp
    stp x5, x6, [sp, -32]!
    stp x6, x5, [sp, 16]
    ldp x1, x2, [sp, 8]
    CHECK_EQ_T(11, a, x1, 0x99aabbccddeeff00)
    CHECK_EQ_T(11, b, x2, 0x99aabbccddeeff00)
    ldp x1, x2, [sp], 32
    CHECK_EQ_T(11, c, x1, 0x1122334455667788)
    mov x10, sp
    sub x10, x10, x9
    CHECK_EQ_T(11, d, x10, 0)
    /* extreme offsets: imm7 = -64 and 63 */
test_12:
    mov x19, 12
    add x3, x0, 512
    ldp x1, x2, [x3, -512]
    CHECK_EQ_T(12, a, x1, 0x8182838485868788)
    sub x3, x0, 252
    ldp w1, w2, [x3, 252]
    CHECK_EQ_T(12, b, x2, 0x81828384)
    /* Rt == Rn without writeback: the address is taken first */
test_13:
    mov x19, 13
    mov x1, x0
    ldp x1, x2, [x1, 16]
    CHECK_EQ_T(13, a, x1, 0x0102030405060708)
    mov x2, x0
    ldp x1, x2, [x2]
    CHECK_EQ_T(13, b, x2, 0xf1f2f3f4f5f6f7f8)
    b pass
TEST_END
