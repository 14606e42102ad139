/* Exclusives and acquire/release: LDXR/STXR (B/H/W/X), LDAXR/STLXR,
 * LDXP/STXP and LDAXP/STLXP (W and X pairs), LDAR/STLR, LDAPR.  Success and
 * failure paths: STXR without LDXR fails with 1, a mismatched address
 * fails, a value changed in between fails, and STXR clears the monitor.
 * (A mismatched size is CONSTRAINED UNPREDICTABLE, so it is not tested.) */
#include "test.h"
    .arch_extension rcpc

TEST_DATA_BEGIN
buf:    .quad 0x8182838485868788, 0xf1f2f3f4f5f6f7f8
        .quad 0x0102030405060708, 0x1112131415161718
wbuf:   .fill 64, 1, 0
TEST_DATA_END

TEST_BEGIN
    adr x0, buf
    adr x4, wbuf
    ldr x5, =0x1122334455667788
    ldr x6, =0x99aabbccddeeff00
    /* loads of every size, zero-extended */
TEST_CASE(1, x1, 0x88, ldxrb w1, [x0])
TEST_CASE(2, x1, 0x8788, ldxrh w1, [x0])
TEST_CASE(3, x1, 0x85868788, mov x1, -1; ldxr w1, [x0])
TEST_CASE(4, x1, 0xf1f2f3f4f5f6f7f8, add x2, x0, 8; ldaxr x1, [x2])
TEST_CASE(5, x1, 0xf6, add x2, x0, 10; ldaxrb w1, [x2])
    /* STXR with no LDXR since the last STXR fails with 1 and does not store */
test_6:
    mov x19, 6
    str x5, [x4]
    ldxr x1, [x4]
    stxr w2, x6, [x4]
    CHECK_EQ_T(6, a, x2, 0)
    ldr x1, [x4]
    CHECK_EQ_T(6, b, x1, 0x99aabbccddeeff00)
    stxr w2, x5, [x4]
    CHECK_EQ_T(6, c, x2, 1)
    ldr x1, [x4]
    CHECK_EQ_T(6, d, x1, 0x99aabbccddeeff00)
    /* every size succeeds after a matching LDXR */
test_7:
    mov x19, 7
    str x5, [x4]
    mov w3, 0xab
    ldxrb w1, [x4]
    stxrb w2, w3, [x4]
    CHECK_EQ_T(7, a, x2, 0)
    add x7, x4, 2
    ldaxrh w1, [x7]
    stlxrh w2, w6, [x7]
    CHECK_EQ_T(7, b, x2, 0)
    add x7, x4, 4
    ldxr w1, [x7]
    CHECK_EQ_T(7, c, x1, 0x11223344)
    stlxr w2, w6, [x7]
    CHECK_EQ_T(7, d, x2, 0)
    ldr x1, [x4]
    CHECK_EQ_T(7, e, x1, 0xddeeff00ff0077ab)
    /* mismatched address fails; the monitor is cleared by the failing STXR */
test_8:
    mov x19, 8
    str x5, [x4]
    str x5, [x4, 8]
    ldxr x1, [x4]
    add x7, x4, 8
    stxr w2, x6, [x7]
    CHECK_EQ_T(8, a, x2, 1)
    stxr w2, x6, [x4]
    CHECK_EQ_T(8, b, x2, 1)
    ldp x1, x3, [x4]
    CHECK_EQ_T(8, c, x1, 0x1122334455667788)
    CHECK_EQ_T(8, d, x3, 0x1122334455667788)
    /* memory changed after LDXR: the STXR fails */
test_10:
    mov x19, 10
    ldxr x1, [x4]
    str x6, [x4]
    stxr w2, x5, [x4]
    CHECK_EQ_T(10, a, x2, 1)
    ldr x1, [x4]
    CHECK_EQ_T(10, b, x1, 0x99aabbccddeeff00)
    /* an atomic increment loop, Ws = WZR is not allowed so use w9 */
test_11:
    mov x19, 11
    str xzr, [x4]
    mov x10, 5
1:  ldaxr x1, [x4]
    add x1, x1, 3
    stlxr w9, x1, [x4]
    cbnz w9, 1b
    sub x10, x10, 1
    cbnz x10, 1b
    ldr x1, [x4]
    CHECK_EQ(11, x1, 15)
    /* SP as base */
test_12:
    mov x19, 12
    sub sp, sp, 16
    str x5, [sp]
    ldxr w1, [sp]
    CHECK_EQ_T(12, a, x1, 0x55667788)
    stxr w2, w6, [sp]
    CHECK_EQ_T(12, b, x2, 0)
    ldr x1, [sp], 16
    CHECK_EQ_T(12, c, x1, 0x11223344ddeeff00)
    /* pairs: W */
test_13:
    mov x19, 13
    str x5, [x4]
    mov x1, -1
    ldxp w1, w3, [x4]
    CHECK_EQ_T(13, a, x1, 0x55667788)
    CHECK_EQ_T(13, b, x3, 0x11223344)
    stxp w2, w6, w5, [x4]
    CHECK_EQ_T(13, c, x2, 0)
    ldr x1, [x4]
    CHECK_EQ_T(13, d, x1, 0x55667788ddeeff00)
    stxp w2, w5, w5, [x4]
    CHECK_EQ_T(13, e, x2, 1)
    /* pairs: X */
test_14:
    mov x19, 14
    stp x5, x6, [x4, 16]
    add x7, x4, 16
    ldaxp x1, x3, [x7]
    CHECK_EQ_T(14, a, x1, 0x1122334455667788)
    CHECK_EQ_T(14, b, x3, 0x99aabbccddeeff00)
    stlxp w2, x6, x5, [x7]
    CHECK_EQ_T(14, c, x2, 0)
    ldp x1, x3, [x4, 16]
    CHECK_EQ_T(14, d, x1, 0x99aabbccddeeff00)
    CHECK_EQ_T(14, e, x3, 0x1122334455667788)
    stxp w2, x5, x5, [x7]
    CHECK_EQ_T(14, f, x2, 1)
    /* the high half changed: the 128-bit compare fails */
    ldxp x1, x3, [x7]
    str x1, [x7, 8]
    stxp w2, x5, x5, [x7]
    CHECK_EQ_T(14, g, x2, 1)
    ldp x1, x3, [x7]
    CHECK_EQ_T(14, h, x3, 0x99aabbccddeeff00)
    /* LDAR/STLR of every size */
test_15:
    mov x19, 15
TEST_CASE(16, x1, 0x88, ldarb w1, [x0])
TEST_CASE(17, x1, 0x8586, add x2, x0, 2; ldarh w1, [x2])
TEST_CASE(18, x1, 0xf5f6f7f8, add x2, x0, 8; ldar w1, [x2])
TEST_CASE(19, x1, 0x0102030405060708, add x2, x0, 16; ldar x1, [x2])
TEST_CASE(20, x1, 0x0102030405060708, add x2, x0, 16; ldlar x1, [x2])
test_21:
    mov x19, 21
    str xzr, [x4]
    stlrb w5, [x4]
    add x7, x4, 2
    stlrh w5, [x7]
    add x7, x4, 4
    stlr w6, [x7]
    ldr x1, [x4]
    CHECK_EQ_T(21, a, x1, 0xddeeff0077880088)
    stlr x5, [x4]
    ldr x1, [x4]
    CHECK_EQ_T(21, b, x1, 0x1122334455667788)
    stllr xzr, [x4]
    ldr x1, [x4]
    CHECK_EQ_T(21, c, x1, 0)
    /* LDAPR (FEAT_LRCPC) */
TEST_CASE(22, x1, 0x88, ldaprb w1, [x0])
TEST_CASE(23, x1, 0xf7f8, add x2, x0, 8; ldaprh w1, [x2])
TEST_CASE(24, x1, 0x85868788, ldapr w1, [x0])
TEST_CASE(25, x1, 0x1112131415161718, add x2, x0, 24; ldapr x1, [x2])
    b pass
TEST_END
