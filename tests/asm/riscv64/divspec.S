/*
 * Division by a register the translator speculates to be constant: the
 * divisor register is not written in the block, so its value at translation
 * time is guessed and checked by a guard.  The divisor changes on every
 * iteration (first pass: the guess holds; later: 0, 1, powers of two,
 * divisors past 2^32 and 2^63), so the guard fails and the real division
 * runs, at the first instruction of a block and in its middle, in the
 * 64-bit and w forms.  The expected checksum was computed with Python's
 * integer division under the RISC-V rules (by zero: all ones / dividend).
 */
#include "test.h"

TEST_BEGIN
    li s9, 1
    lla t0, divisors
    li t1, 9
    li a0, 0x9e3779b97f4a7c15
    li s1, 0
    li s2, 6364136223846793005
    li s3, 1442695040888963407
1:  ld a2, 0(t0)
    j 2f
2:  remu a3, a0, a2          /* first instruction of its block */
    add s1, s1, a3
    divu a4, a0, a2
    add s1, s1, a4
    remuw a5, a0, a2
    add s1, s1, a5
    divuw a6, a0, a2
    add s1, s1, a6
    mul a0, a0, s2
    add a0, a0, s3
    addi t0, t0, 8
    addi t1, t1, -1
    bnez t1, 1b
    CHECK_EQ(1, s1, 0xcc151d6bcea9a442)
TEST_END

TEST_DATA_BEGIN
divisors:
    .dword 1000003, 7, 0, 8, 1, 0xffffffff00000003, 1000003, 641, 0x8000000000000005
TEST_DATA_END
