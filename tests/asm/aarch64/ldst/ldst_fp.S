/* SIMD&FP register loads and stores: LDR/STR B/H/S/D/Q with every
 * addressing mode (scaled, unscaled, pre/post-index, register offset,
 * literal), LDP/STP/LDNP/STNP of S/D/Q.  Scalar loads must zero the rest of
 * the V register: checked by storing the whole Q register back.
 * Only ldst instructions touch the V registers here. */
#include "test.h"

TEST_DATA_BEGIN
buf:    .quad 0x8182838485868788, 0xf1f2f3f4f5f6f7f8
        .quad 0x0102030405060708, 0x1112131415161718
ones:   .quad -1, -1
wbuf:   .fill 128, 1, 0
TEST_DATA_END

/* q<v> := all ones, then `code`, then store q<v> to wbuf and load x1 (low), x2 (high) */
#define QCHECK(n, v, lo, hi, code...)        \
test_##n:                                    \
    mov x19, n;                              \
    adr x9, ones; ldr q##v, [x9];            \
    code;                                    \
    adr x9, wbuf; str q##v, [x9];            \
    ldp x1, x2, [x9];                        \
    CHECK_EQ_T(n, lo, x1, lo);               \
    CHECK_EQ_T(n, hi, x2, hi)

TEST_BEGIN
    adr x0, buf
QCHECK(1, 0, 0x88, 0, ldr b0, [x0])
QCHECK(2, 1, 0xf7f8, 0, ldr h1, [x0, 8])
QCHECK(3, 2, 0xf1f2f3f4, 0, ldr s2, [x0, 12])
QCHECK(4, 3, 0x0102030405060708, 0, ldr d3, [x0, 16])
QCHECK(5, 4, 0x0102030405060708, 0x1112131415161718, ldr q4, [x0, 16])
    /* largest scaled immediates */
QCHECK(6, 5, 0xf1f2f3f4f5f6f7f8, 0x0102030405060708, ldr x3, =65520; sub x4, x0, x3; add x4, x4, 8; ldr q5, [x4, 65520])
QCHECK(7, 6, 0x85868788, 0, ldr x3, =16380; sub x4, x0, x3; ldr s6, [x4, 16380])
    /* unscaled, unaligned */
QCHECK(8, 7, 0xf881828384858687, 0, ldur d7, [x0, 1])
QCHECK(9, 8, 0x0708f1f2f3f4f5f6, 0x1718010203040506, add x4, x0, 10; ldur q8, [x4, 0])
QCHECK(90, 8, 0x11121314, 0, add x4, x0, 36; ldur s8, [x4, -8])
QCHECK(10, 9, 0x87, 0, add x4, x0, 1; ldur b9, [x4, 0])
QCHECK(11, 10, 0x8384, 0, ldur h10, [x0, 4])
    /* pre/post-index */
QCHECK(12, 11, 0x0102030405060708, 0x1112131415161718, mov x4, x0; ldr q11, [x4, 16]!; sub x12, x4, x0; CHECK_EQ_T(12, wb, x12, 16))
QCHECK(13, 12, 0x8182838485868788, 0, mov x4, x0; ldr d12, [x4], 24; sub x12, x4, x0; CHECK_EQ_T(13, wb, x12, 24))
QCHECK(14, 13, 0x81, 0, add x4, x0, 8; ldr b13, [x4, -1]!; sub x12, x4, x0; CHECK_EQ_T(14, wb, x12, 7))
QCHECK(15, 14, 0x8788, 0, mov x4, x0; ldr h14, [x4], -2; sub x12, x0, x4; CHECK_EQ_T(15, wb, x12, 2))
QCHECK(16, 15, 0xf5f6f7f8, 0, add x4, x0, 4; ldr s15, [x4, 4]!; sub x12, x4, x0; CHECK_EQ_T(16, wb, x12, 8))
    /* register offset */
QCHECK(17, 16, 0x0102030405060708, 0x1112131415161718, mov x3, 1; ldr q16, [x0, x3, lsl 4])
QCHECK(18, 17, 0x1112131415161718, 0, mov w3, 3; ldr d17, [x0, w3, uxtw 3])
QCHECK(19, 18, 0x85868788, 0, add x4, x0, 8; mov w3, -2; ldr s18, [x4, w3, sxtw 2])
QCHECK(20, 19, 0x8586, 0, add x4, x0, 8; mov x3, -3; ldr h19, [x4, x3, sxtx 1])
QCHECK(21, 20, 0xf6, 0, mov x3, 10; ldr b20, [x0, x3])
QCHECK(22, 21, 0xf1f2f3f4f5f6f7f8, 0x0102030405060708, mov x3, 8; ldr q21, [x0, x3])
    /* literal */
QCHECK(23, 22, 0x3ff0000000000000, 0, ldr d22, lit_d)
QCHECK(24, 23, 0x40490fdb, 0, ldr s23, lit_s)
QCHECK(25, 24, 0x3ff0000000000000, 0x40490fdb, ldr q24, lit_d)
    /* pairs: S, D, Q */
QCHECK(26, 25, 0x85868788, 0, ldp s25, s26, [x0])
QCHECK(27, 26, 0x81828384, 0, ldp s25, s26, [x0])
QCHECK(28, 27, 0xf1f2f3f4f5f6f7f8, 0, add x4, x0, 16; ldp d28, d27, [x4, -16])
QCHECK(29, 28, 0x8182838485868788, 0xf1f2f3f4f5f6f7f8, ldp q28, q29, [x0])
QCHECK(30, 29, 0x0102030405060708, 0x1112131415161718, ldp q28, q29, [x0])
QCHECK(31, 30, 0x0102030405060708, 0, mov x4, x0; ldp d31, d30, [x4, 8]!; sub x12, x4, x0; CHECK_EQ_T(31, wb, x12, 8))
QCHECK(32, 31, 0x0102030405060708, 0x1112131415161718, mov x4, x0; ldp q30, q31, [x4], 32; sub x12, x4, x0; CHECK_EQ_T(32, wb, x12, 32))
QCHECK(33, 0, 0xf5f6f7f8, 0, ldnp s1, s0, [x0, 4])
QCHECK(34, 1, 0x8182838485868788, 0xf1f2f3f4f5f6f7f8, ldnp q1, q2, [x0])
    /* stores of every size */
test_35:
    mov x19, 35
    adr x9, wbuf
    ldr q0, [x0]               /* 0xf1f2f3f4f5f6f7f8_8182838485868788 */
    stp xzr, xzr, [x9]
    str b0, [x9]
    str h0, [x9, 2]
    str s0, [x9, 4]
    ldr x1, [x9]
    CHECK_EQ_T(35, a, x1, 0x8586878887880088)
    str d0, [x9, 8]
    ldr x1, [x9, 8]
    CHECK_EQ_T(35, b, x1, 0x8182838485868788)
    stur q0, [x9, 1]
    ldr x1, [x9]
    CHECK_EQ_T(35, c, x1, 0x8283848586878888)
    ldr x1, [x9, 9]
    CHECK_EQ_T(35, d, x1, 0xf1f2f3f4f5f6f7f8)
    mov x3, 2
    str q0, [x9, x3, lsl 4]
    ldp x1, x2, [x9, 32]
    CHECK_EQ_T(35, e, x1, 0x8182838485868788)
    CHECK_EQ_T(35, f, x2, 0xf1f2f3f4f5f6f7f8)
    add x4, x9, 64
    str h0, [x4, -62]!
    sub x4, x4, x9
    CHECK_EQ_T(35, g, x4, 2)
test_36:
    mov x19, 36
    adr x9, wbuf
    ldr q1, [x0, 16]
    stp q0, q1, [x9, 32]
    ldr x1, [x9, 48]
    CHECK_EQ_T(36, a, x1, 0x0102030405060708)
    stp d1, d0, [x9]
    ldp x1, x2, [x9]
    CHECK_EQ_T(36, b, x1, 0x0102030405060708)
    CHECK_EQ_T(36, c, x2, 0x8182838485868788)
    stp s1, s0, [x9, 4]
    ldp x1, x2, [x9]
    CHECK_EQ_T(36, d, x1, 0x0506070805060708)
    CHECK_EQ_T(36, e, x2, 0x8182838485868788)
    stnp q1, q0, [x9, 64]
    ldr x1, [x9, 88]
    CHECK_EQ_T(36, f, x1, 0xf1f2f3f4f5f6f7f8)
    mov x4, x9
    stp d0, d1, [x4, 16]!
    ldp x1, x2, [x9, 16]
    CHECK_EQ_T(36, g, x2, 0x0102030405060708)
    sub x4, x4, x9
    CHECK_EQ_T(36, h, x4, 16)
    b pass
    .balign 16
lit_d:  .quad 0x3ff0000000000000
lit_s:  .word 0x40490fdb, 0
TEST_END
