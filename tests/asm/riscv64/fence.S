/* fence variants execute as no-ops for a single thread; fence.i makes
 * freshly written code visible (self-modifying code in an mmap'd RWX page). */
#include "test.h"

#define SYS_mmap 222
#define ADDI_A0_1 0x00100513   /* addi a0, x0, 1 */
#define ADDI_A0_2 0x00200513   /* addi a0, x0, 2 */
#define ADDI_A0_A0_5 0x00550513 /* addi a0, a0, 5 */
#define RET 0x00008067         /* jalr x0, 0(ra) */

TEST_BEGIN

TEST_CASE(2, a0, 5, li a0, 5; fence; fence rw, rw; fence r, r; fence w, w; fence iorw, iorw; fence.tso; fence.i)
TEST_CASE(3, a0, 7, lla a1, mdat; li a2, 7; sd a2, 0(a1); fence w, r; ld a0, 0(a1))

/* map a page RWX */
test_4:
    li s9, 4
    li a0, 0
    li a1, 4096
    li a2, 7
    li a3, 0x22
    li a4, -1
    li a5, 0
    li a7, SYS_mmap
    ecall
    mv s0, a0
    srli a1, a0, 63            /* negative = error */
    CHECK_EQ(4, a1, 0)

/* write "li a0,1; ret", run it */
test_5:
    li s9, 5
    li a1, ADDI_A0_1
    sw a1, 0(s0)
    li a1, RET
    sw a1, 4(s0)
    fence.i
    li a0, 0
    jalr ra, 0(s0)
    CHECK_EQ(5, a0, 1)

/* rewrite the first instruction: after fence.i the new code must run */
test_6:
    li s9, 6
    li a1, ADDI_A0_2
    sw a1, 0(s0)
    fence.i
    li a0, 0
    jalr ra, 0(s0)
    CHECK_EQ(6, a0, 2)

/* grow the code: replace ret with addi and append ret, run in a loop */
test_7:
    li s9, 7
    li a1, ADDI_A0_A0_5
    sw a1, 4(s0)
    li a1, RET
    sw a1, 8(s0)
    fence.i
    li t1, 0
    li t2, 10
1:  jalr ra, 0(s0)
    add t1, t1, a0
    addi t2, t2, -1
    bnez t2, 1b
    CHECK_EQ(7, t1, 70)

/* patch code 20 times with a changing immediate, summing the results */
test_8:
    li s9, 8
    li t1, 0
    li t2, 0
1:  slli a1, t2, 20
    li a2, 0x00000513          /* addi a0, x0, imm */
    or a1, a1, a2
    sw a1, 0(s0)
    li a1, RET
    sw a1, 4(s0)
    fence.i
    jalr ra, 0(s0)
    add t1, t1, a0
    addi t2, t2, 1
    li a3, 20
    blt t2, a3, 1b
    CHECK_EQ(8, t1, 190)

/* code that patches the instruction right after its own fence.i (same
 * translation block): the patched instruction must be the one executed */
test_9:
    li s9, 9
    lla a2, smc_tmpl
    lla a3, smc_end
    mv a4, s0
1:  lw a5, 0(a2)
    sw a5, 0(a4)
    addi a2, a2, 4
    addi a4, a4, 4
    bltu a2, a3, 1b
    fence.i
    lla a2, smc_new77
    lw a1, 0(a2)
    li a0, 0
    jalr ra, 0(s0)
    CHECK_EQ(9, a0, 77)
test_10:
    li s9, 10
    lla a2, smc_new99
    lw a1, 0(a2)
    li a0, 0
    jalr ra, 0(s0)
    CHECK_EQ(10, a0, 99)

    j pass

/* templates, assembled normally but only copied, never executed in place */
    .section .rodata
    .balign 4
smc_tmpl:
    sw a1, 12(s0)
    fence.i
    nop
    addi a0, x0, 1             /* replaced before it first runs */
    ret
smc_end:
smc_new77:
    addi a0, x0, 77
smc_new99:
    addi a0, x0, 99
    .text

TEST_DATA_BEGIN
mdat: .dword 0
TEST_DATA_END

TEST_END
