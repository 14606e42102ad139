/* Self-modifying code WITHOUT fence.i: xrun write-protects pages it has
 * translated code from, so a store to such a page drops the stale
 * translation (the spec also allows seeing the old code; xrun and qemu both
 * show the new one).  Includes a store into the very block being run, and
 * rewriting the text segment itself after mprotect.
 * Test 5 (a store into the block being run, no fence.i) is stricter than
 * the ISA: qemu-riscv64 runs the old instruction there, which the spec also
 * allows; xrun must run the new one. */
#include "test.h"

#define SYS_mmap 222
#define SYS_mprotect 226
#define RET 0x00008067         /* jalr x0, 0(ra) */

TEST_BEGIN

/* an RWX page at s0 */
test_2:
    li s9, 2
    li a0, 0
    li a1, 4096
    li a2, 7
    li a3, 0x22
    li a4, -1
    li a5, 0
    li a7, SYS_mmap
    ecall
    mv s0, a0
    srli a1, a0, 63
    CHECK_EQ(2, a1, 0)

/* run "li a0,1; ret", then patch the immediate 30 times without fence.i */
test_3:
    li s9, 3
    li a1, 0x00100513          /* addi a0, x0, 1 */
    sw a1, 0(s0)
    li a1, RET
    sw a1, 4(s0)
    fence.i
    jalr ra, 0(s0)
    CHECK_EQ(3, a0, 1)
test_4:
    li s9, 4
    li t1, 0
    li t2, 0
1:  slli a1, t2, 20
    li a2, 0x00000513
    or a1, a1, a2
    sw a1, 0(s0)               /* no fence.i */
    jalr ra, 0(s0)
    add t1, t1, a0
    addi t2, t2, 1
    li a3, 30
    blt t2, a3, 1b
    CHECK_EQ(4, t1, 435)

/* a block that stores into itself, two instructions ahead */
test_5:
    li s9, 5
    lla a2, self_tmpl
    lla a3, self_end
    mv a4, s0
1:  lw a5, 0(a2)
    sw a5, 0(a4)
    addi a2, a2, 4
    addi a4, a4, 4
    bltu a2, a3, 1b
    fence.i
    lla a2, new42
    lw a1, 0(a2)
    li a0, 0
    jalr ra, 0(s0)
    CHECK_EQ(5, a0, 42)

/* the program's own text page: make it writable, patch a function, call it */
test_6:
    li s9, 6
    lla a0, patchme
    li a1, -4096
    and a0, a0, a1
    li a1, 4096
    li a2, 7                   /* rwx */
    li a7, SYS_mprotect
    ecall
    CHECK_EQ(6, a0, 0)
test_7:
    li s9, 7
    call patchme
    CHECK_EQ(7, a0, 5)
test_8:
    li s9, 8
    lla a2, new42
    lw a1, 0(a2)
    lla a3, patchme
    sw a1, 0(a3)
    call patchme
    CHECK_EQ(8, a0, 42)

    j pass

    .balign 8                  /* both instructions in one page */
patchme:
    addi a0, x0, 5
    ret

/* templates, copied to the RWX page */
    .section .rodata
    .balign 4
self_tmpl:
    sw a1, 8(s0)               /* overwrites the addi below */
    nop
    addi a0, x0, 1
    ret
self_end:
new42:
    addi a0, x0, 42
    .text

TEST_DATA_BEGIN
TEST_DATA_END

TEST_END
