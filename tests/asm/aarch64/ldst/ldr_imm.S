/* LDR/STR of every integer size with unsigned scaled, unscaled, pre- and
 * post-index immediates, sign/zero extension to W and X, LDR (literal),
 * SP as base, writeback, LDTR/STTR, PRFM/PRFUM. */
#include "test.h"

TEST_DATA_BEGIN
buf:    .quad 0x8182838485868788, 0xf1f2f3f4f5f6f7f8
        .quad 0x0102030405060708, 0x1112131415161718
wbuf:   .fill 64, 1, 0
TEST_DATA_END

TEST_BEGIN
    adr x0, buf
    /* unsigned scaled immediate, zero-extending */
TEST_CASE(1, x1, 0x88, ldrb w1, [x0])
TEST_CASE(2, x1, 0xf7, ldrb w1, [x0, 9])
TEST_CASE(3, x1, 0x8586, ldrh w1, [x0, 2])
TEST_CASE(4, x1, 0xf1f2f3f4, ldr w1, [x0, 12])
TEST_CASE(5, x1, 0x0102030405060708, ldr x1, [x0, 16])
    /* upper bits of X are cleared by W loads */
TEST_CASE(6, x1, 0x85868788, mov x1, -1; ldr w1, [x0])
    /* sign extension to W and X */
TEST_CASE(7, x1, 0xffffff88, mov x1, -1; ldrsb w1, [x0])
TEST_CASE(8, x1, 0xffffffffffffff88, ldrsb x1, [x0])
TEST_CASE(9, x1, 0x08, ldrsb x1, [x0, 16])
TEST_CASE(10, x1, 0xffff8788, ldrsh w1, [x0])
TEST_CASE(11, x1, 0xffffffffffff8788, ldrsh x1, [x0])
TEST_CASE(12, x1, 0x0708, ldrsh w1, [x0, 16])
TEST_CASE(13, x1, 0xffffffff85868788, ldrsw x1, [x0])
TEST_CASE(14, x1, 0x05060708, ldrsw x1, [x0, 16])
    /* largest scaled offsets: 4095 * size */
TEST_CASE(15, x1, 0xf7, sub x2, x0, 4095; add x2, x2, 9; ldrb w1, [x2, 4095])
TEST_CASE(16, x1, 0x1112131415161718, mov x3, 32760; sub x2, x0, x3; add x2, x2, 24; ldr x1, [x2, 32760])
    /* unscaled (LDUR), negative and odd offsets */
TEST_CASE(17, x1, 0xf8818283, add x2, x0, 8; ldur w1, [x2, -3])
TEST_CASE(18, x1, 0xf5f6f7f8, add x2, x0, 8; ldur w1, [x2, 0])
TEST_CASE(19, x1, 0xfffffffffffff881, add x2, x0, 8; ldursh x1, [x2, -1])
TEST_CASE(20, x1, 0x0708f1f2f3f4f5f6, add x2, x0, 256; ldur x1, [x2, -246])
TEST_CASE(21, x1, 0xffffffff85868788, sub x2, x0, 255; ldursw x1, [x2, 255])
TEST_CASE(22, x1, 0xffffff87, ldursb w1, [x0, 1])
    /* unaligned normal accesses are allowed */
TEST_CASE(23, x1, 0xf881828384858687, add x2, x0, 1; ldr x1, [x2, 8]; ldur x1, [x2])
    b 1f
1:
    /* pre-index: address = base + imm, base updated */
test_24:
    mov x19, 24
    mov x2, x0
    ldr x1, [x2, 8]!
    CHECK_EQ_T(24, a, x1, 0xf1f2f3f4f5f6f7f8)
    sub x3, x2, x0
    CHECK_EQ_T(24, b, x3, 8)
    /* post-index: address = base, then base + imm */
test_25:
    mov x19, 25
    mov x2, x0
    ldrsh x1, [x2], -2
    CHECK_EQ_T(25, a, x1, 0xffffffffffff8788)
    sub x3, x0, x2
    CHECK_EQ_T(25, b, x3, 2)
test_26:
    mov x19, 26
    add x2, x0, 8
    ldrb w1, [x2, -8]!
    CHECK_EQ_T(26, a, x1, 0x88)
    sub x3, x2, x0
    CHECK_EQ_T(26, b, x3, 0)
    /* stores of every size, immediate forms */
test_27:
    mov x19, 27
    adr x4, wbuf
    str xzr, [x4]
    str xzr, [x4, 8]
    ldr x5, =0x1122334455667788
    strb w5, [x4]
    strh w5, [x4, 2]
    str w5, [x4, 4]
    ldr x6, [x4]
    CHECK_EQ_T(27, a, x6, 0x5566778877880088)
    str x5, [x4, 8]
    ldr x6, [x4, 8]
    CHECK_EQ_T(27, b, x6, 0x1122334455667788)
    sturh w5, [x4, 1]
    ldr x6, [x4]
    CHECK_EQ_T(27, c, x6, 0x5566778877778888)
    stur wzr, [x4, 3]
    ldr x6, [x4]
    CHECK_EQ_T(27, d, x6, 0x5500000000778888)
    /* store pre/post-index */
test_28:
    mov x19, 28
    adr x4, wbuf
    add x7, x4, 16
    str x5, [x7, 8]!
    sub x8, x7, x4
    CHECK_EQ_T(28, a, x8, 24)
    strb w5, [x7], -1
    sub x8, x7, x4
    CHECK_EQ_T(28, b, x8, 23)
    ldr x6, [x4, 24]
    CHECK_EQ_T(28, c, x6, 0x1122334455667788)
    sturb w5, [x4, 25]
    ldr x6, [x4, 24]
    CHECK_EQ_T(28, d, x6, 0x1122334455668888)
    /* SP as base: push/pop */
test_29:
    mov x19, 29
    mov x9, sp
    str x5, [sp, -16]!
    mov x10, sp
    sub x10, x9, x10
    CHECK_EQ_T(29, a, x10, 16)
    ldr w11, [sp, 4]
    CHECK_EQ_T(29, b, x11, 0x11223344)
    ldrb w11, [sp]
    CHECK_EQ_T(29, c, x11, 0x88)
    ldr x12, [sp], 16
    CHECK_EQ_T(29, d, x12, 0x1122334455667788)
    mov x10, sp
    sub x10, x10, x9
    CHECK_EQ_T(29, e, x10, 0)
    /* store of XZR, and load into XZR (discarded, base still written back) */
test_30:
    mov x19, 30
    adr x4, wbuf
    str x5, [x4]
    str xzr, [x4]
    ldr x6, [x4]
    CHECK_EQ_T(30, a, x6, 0)
    mov x7, x4
    ldr xzr, [x7, 8]!
    sub x8, x7, x4
    CHECK_EQ_T(30, b, x8, 8)
    /* literal loads */
TEST_CASE(31, x1, 0xcafef00d, ldr w1, lit_w)
TEST_CASE(32, x1, 0x8000000076543210, ldr x1, lit_x)
TEST_CASE(33, x1, 0xffffffffcafef00d, ldrsw x1, lit_w)
TEST_CASE(34, x1, 0x76543210, ldrsw x1, lit_x)
    /* unprivileged forms behave as the normal ones at EL0 */
TEST_CASE(35, x1, 0xffffffffffffff88, ldtrsb x1, [x0])
TEST_CASE(36, x1, 0xfffff881, ldtrsh w1, [x0, 7])
TEST_CASE(37, x1, 0x0102030405060708, ldtr x1, [x0, 16])
test_38:
    mov x19, 38
    adr x4, wbuf
    sttr x5, [x4, 32]
    sttrh wzr, [x4, 34]
    ldtr x6, [x4, 32]
    CHECK_EQ_T(38, a, x6, 0x1122334400007788)
    sttrb w5, [x4, 39]
    ldtrsw x6, [x4, 36]
    CHECK_EQ_T(38, b, x6, 0xffffffff88223344)
    /* prefetches are no-ops (even for unmapped addresses) */
test_39:
    mov x19, 39
    mov x1, 7
    prfm pldl1keep, [x0]
    prfm pstl2strm, [x0, 32760]
    prfum pldl1keep, [x0, -1]
    prfm pldl1keep, [x0, x1, lsl 3]
    prfm pldl1keep, lit_x
    mov x2, 0
    prfm pldl1keep, [x2]
    CHECK_EQ(39, x1, 7)
    /* Rt == Rn without writeback */
TEST_CASE(40, x3, 0xf1f2f3f4f5f6f7f8, add x3, x0, 8; ldr x3, [x3])
TEST_CASE(41, x3, 0xfffffffffffffff7, add x3, x0, 1; ldrsb x3, [x3, 8])
TEST_CASE(42, x3, 0x0708, add x3, x0, 8; ldrh w3, [x3, 8])
    b pass
    .balign 8
lit_w:  .word 0xcafef00d
        .word 0
lit_x:  .quad 0x8000000076543210
TEST_END
