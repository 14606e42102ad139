/* Register file: all 31 integer registers (incl. ra, sp, gp, tp) hold
 * independent values; x0 ignores writes; values survive taken branches,
 * jumps and a hot loop (block chaining). */
#include "test.h"

/* computed by folding the values below in Python */
#define CHECKSUM 0xc00000000f8bf78c
#define LOOPSUM 0x7786ba5

TEST_BEGIN

/* fill x1..x31 with distinct values, then fold them into one checksum */
test_2:
    li s9, 2
    lla t0, spsave
    sd sp, 0(t0)
    .irp r, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    li x\r, (\r * 0x0101010101010101) ^ (\r << 60)
    .endr
    li x0, 123
    /* fold into x31 (x31's own value is its slot) */
    .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30
    slli x31, x31, 1
    xor x31, x31, x\r
    .endr
    mv x30, x31
    lla x29, spsave
    ld sp, 0(x29)
    li s9, 2
    CHECK_EQ(2, x30, CHECKSUM)

/* each register individually: write, branch, jump, read */
#define REG_ROUNDTRIP(n, reg)  \
test_##n:                      \
    li s9, n;                  \
    li reg, 0x5a5a000000000000 + n; \
    beq x0, x0, 1f;            \
    li reg, 0;                 \
1:  j 2f;                      \
    li reg, 1;                 \
2:  CHECK_EQ(n, reg, 0x5a5a000000000000 + n)

REG_ROUNDTRIP(3, ra)
REG_ROUNDTRIP(4, gp)
REG_ROUNDTRIP(5, tp)
REG_ROUNDTRIP(6, t0)
REG_ROUNDTRIP(7, t1)
REG_ROUNDTRIP(8, t2)
REG_ROUNDTRIP(9, s0)
REG_ROUNDTRIP(10, s1)
REG_ROUNDTRIP(11, a0)
REG_ROUNDTRIP(12, a7)
REG_ROUNDTRIP(13, s2)
REG_ROUNDTRIP(14, s7)
REG_ROUNDTRIP(15, s8)
REG_ROUNDTRIP(16, t3)
REG_ROUNDTRIP(17, t6)

/* hot loop: 1,000,000 iterations of a small block, mixing registers */
test_18:
    li s9, 18
    li t0, 1000000
    li t1, 0
    li t2, 1
1:  add t1, t1, t2
    xor t2, t2, t1
    andi t2, t2, 0xff
    addi t0, t0, -1
    bnez t0, 1b
    CHECK_EQ(18, t1, LOOPSUM)

/* two blocks jumping to each other many times */
test_19:
    li s9, 19
    li t0, 100000
    li t1, 0
2:  addi t1, t1, 3
    j 3f
4:  addi t0, t0, -1
    bnez t0, 2b
    j 5f
3:  slli t2, t1, 1
    sub t1, t2, t1
    j 4b
5:  CHECK_EQ(19, t1, 300000)

    j pass

TEST_DATA_BEGIN
spsave: .dword 0
TEST_DATA_END

TEST_END
