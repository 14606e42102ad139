/* jal/jalr: link values, rd == rs1, x0 as link, offsets and low-bit clearing. */
#include "test.h"

TEST_BEGIN

/* jal links pc+4 and reaches its target */
test_2:
    li s9, 2
    li a0, 0
1:  jal ra, 2f
    li a0, 1                    /* must be skipped */
2:  lla a1, 1b
    addi a1, a1, 4
    CHECK_EQ_REG(2, l, ra, a1, fail)
    CHECK_EQ(2, a0, 0)

/* jal x0 (j) does not link */
TEST_CASE(3, t0, 7, li t0, 7; j 1f; li t0, 9; 1: nop)

/* jal forward and backward */
test_4:
    li s9, 4
    li a0, 0
    j 2f
1:  addi a0, a0, 10
    j 3f
2:  addi a0, a0, 1
    j 1b
3:  CHECK_EQ(4, a0, 11)

/* jalr with an offset */
test_5:
    li s9, 5
    lla a1, 1f
    addi a1, a1, -8
    jalr t0, 8(a1)
    j fail
1:  lla a2, test_5
    addi a2, a2, 20            /* li s9 (4 bytes) + lla (8) + addi (4) + jalr (4) */
    CHECK_EQ_REG(5, l, t0, a2, fail)

/* jalr clears bit 0 of the target */
test_6:
    li s9, 6
    lla a1, 1f
    addi a1, a1, 1
    jalr x0, 0(a1)
    j fail
1:  nop

/* jalr with rd == rs1: target uses the old value, then rd gets the link */
test_7:
    li s9, 7
    lla t1, 1f
2:  jalr t1, 0(t1)
    j fail
1:  lla a2, 2b
    addi a2, a2, 4
    CHECK_EQ_REG(7, l, t1, a2, fail)

/* negative jalr offset */
test_8:
    li s9, 8
    lla a1, 1f
    addi a1, a1, 2047
    jalr x0, -2047(a1)
    j fail
1:  nop

/* call/ret through a subroutine that itself calls another */
test_9:
    li s9, 9
    li a0, 5
    call sub_outer
    CHECK_EQ(9, a0, 23)

/* indirect call through a table of function addresses */
test_10:
    li s9, 10
    lla a1, ftab
    ld a2, 8(a1)
    li a0, 3
    jalr ra, a2
    CHECK_EQ(10, a0, 9)

/* jalr to x0 with rs1 = ra (ret) returns, and jal into a far label */
test_11:
    li s9, 11
    li a0, 0
    jal ra, far_target
    CHECK_EQ(11, a0, 0x55)

    j pass

sub_outer:
    addi sp, sp, -16
    sd ra, 8(sp)
    slli a0, a0, 2             /* 20 */
    call sub_inner
    ld ra, 8(sp)
    addi sp, sp, 16
    ret
sub_inner:
    addi a0, a0, 3
    ret
f_double:
    add a0, a0, a0
    ret
f_square:
    mul a0, a0, a0
    ret

    .skip 100000               /* make far_target more than 64 KiB away */
far_target:
    li a0, 0x55
    ret

TEST_DATA_BEGIN
ftab: .dword f_double, f_square
TEST_DATA_END

TEST_END
