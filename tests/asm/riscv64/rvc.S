/* RV64C: every compressed instruction (except c.ebreak), written with explicit
 * c. mnemonics so the assembler must emit the 16-bit encoding, plus mixed
 * 16/32-bit streams, 2-byte aligned jump targets and a 32-bit instruction
 * straddling a page boundary. */
#include "test.h"

TEST_BEGIN
    .option rvc

/* CI format */
TEST_CASE(2,  a0, -32, c.li a0, -32)
TEST_CASE(3,  a0, 31, c.li a0, 31)
TEST_CASE(4,  a0, 0x5, c.li a0, 7; c.addi a0, -2)
TEST_CASE(5,  a0, 0x1f, c.li a0, 0; c.addi a0, 31)
TEST_CASE(6,  a0, 0xffffffff80000000, li a0, 0x7fffffff; c.addiw a0, 1)
TEST_CASE(7,  a0, 0xffffffffffffffff, c.li a0, 0; c.addiw a0, -1)
TEST_CASE(8,  a0, 0x12345678, li a0, 0x1234567812345678; c.addiw a0, 0)
TEST_CASE(9,  a0, 0x1f000, c.lui a0, 0x1f)
TEST_CASE(10, a0, 0xfffffffffffff000, c.lui a0, 0xfffff)
TEST_CASE(11, a0, 0xfffffffffffe0000, c.lui a0, 0xfffe0)
TEST_CASE(12, a0, 0x100000000, c.li a0, 1; c.slli a0, 32)
TEST_CASE(13, a0, 0x8000000000000000, c.li a0, 1; c.slli a0, 63)
TEST_CASE(14, a0, 2, c.li a0, 1; c.slli a0, 1)
TEST_CASE(15, a1, 1, li a1, 0x8000000000000000; c.srli a1, 63)
TEST_CASE(16, a1, 0xffffffff, li a1, -1; c.srli a1, 32)
TEST_CASE(17, a1, 0xffffffffffffffff, li a1, 0x8000000000000000; c.srai a1, 63)
TEST_CASE(18, a1, 0xfffffffff8000000, li a1, 0x8000000000000000; c.srai a1, 36)
TEST_CASE(19, a1, 0x1234, li a1, 0x2468; c.srai a1, 1)
TEST_CASE(20, a2, 0xffffffffffffffe5, li a2, -11; c.andi a2, -27)
TEST_CASE(21, a2, 0x1f, li a2, -1; c.andi a2, 31)
TEST_CASE(22, a2, 0, li a2, -1; c.andi a2, 0)
/* CR / CA format */
TEST_CASE(23, a0, 0x1234, li a0, 0x1234; li t0, 0x5678; c.mv t0, a0; mv a0, t0)
TEST_CASE(24, t1, 3, li t1, 1; li t2, 2; c.add t1, t2)
TEST_CASE(25, a3, 0xffffffffffffffff, li a3, 1; li a4, 2; c.sub a3, a4)
TEST_CASE(26, a3, 0xf0f0, li a3, 0xff00; li a4, 0x0ff0; c.xor a3, a4)
TEST_CASE(27, a3, 0xfff0, li a3, 0xff00; li a4, 0x0ff0; c.or a3, a4)
TEST_CASE(28, a3, 0x0f00, li a3, 0xff00; li a4, 0x0ff0; c.and a3, a4)
TEST_CASE(29, s0, 0xffffffff80000000, li s0, 0x7fffffff; li s1, -1; c.subw s0, s1)
TEST_CASE(30, s0, 0xffffffff80000000, li s0, 0x17fffffff; li s1, 1; c.addw s0, s1)
TEST_CASE(31, a5, 0x100000000, li a5, 0xffffffff; li a4, 1; c.add a5, a4)
/* stack-pointer based */
test_32:
    li s9, 32
    mv t0, sp
    c.addi16sp sp, -64
    sub a0, t0, sp
    CHECK_EQ(32, a0, 64)
TEST_CASE(33, a0, 16, c.addi4spn a0, sp, 16; sub a0, a0, sp)
TEST_CASE(34, a0, 1020, c.addi4spn a0, sp, 1020; sub a0, a0, sp)
TEST_CASE(35, a0, 0xffffffff87654321, li a1, 0x87654321; c.swsp a1, 4(sp); c.lwsp a0, 4(sp))
TEST_CASE(36, a0, 0x0123456789abcdef, li a1, 0x0123456789abcdef; c.sdsp a1, 8(sp); c.ldsp a0, 8(sp))
TEST_CASE(37, a0, 0x4000000000000000, li a1, 0x4000000000000000; fmv.d.x f1, a1; c.fsdsp f1, 16(sp); c.fldsp f2, 16(sp); fmv.x.d a0, f2)
TEST_CASE(38, a0, 0x0123456789abcdef, c.ldsp a0, 8(sp))
test_39:
    li s9, 39
    c.addi16sp sp, 64
    sub a0, t0, sp
    CHECK_EQ(39, a0, 0)
/* register based loads/stores (CL/CS) */
TEST_CASE(40, a0, 0xfffffffff00dbeef, lla a1, cdat; li a2, 0xf00dbeef; c.sw a2, 4(a1); c.lw a0, 4(a1))
TEST_CASE(41, a0, 0x1122334455667788, lla a1, cdat; li a2, 0x1122334455667788; c.sd a2, 248(a1); c.ld a0, 248(a1))
TEST_CASE(42, a0, 0x000000007eadbeef, lla a1, cdat; li a2, 0x7eadbeef; c.sw a2, 124(a1); c.lw a0, 124(a1))
TEST_CASE(43, a0, 0xc008000000000000, lla a1, cdat; li a2, 0xc008000000000000; fmv.d.x fa2, a2; c.fsd fa2, 16(a1); c.fld fa3, 16(a1); fmv.x.d a0, fa3)
TEST_CASE(44, a0, 0xfffffffff00dbeef, lla a1, cdat; c.lw a0, 4(a1))
/* control flow */
TEST_CASE(45, a0, 1, c.li a0, 1; c.j 1f; c.li a0, 2; 1: c.nop)
TEST_CASE(46, a0, 1, c.li a0, 0; c.beqz a0, 1f; c.li a0, 5; 1: c.addi a0, 1)
TEST_CASE(47, a0, 6, c.li a0, 0; c.bnez a0, 1f; c.li a0, 5; 1: c.addi a0, 1)
TEST_CASE(48, a0, 6, c.li a0, 5; c.beqz a0, 1f; c.addi a0, 1; 1: c.nop)
TEST_CASE(49, a0, 3, c.li a0, -3; c.bnez a0, 1f; c.li a0, 9; 1: c.addi a0, 6)
/* backward c.bnez loop */
TEST_CASE(50, a1, 20, c.li a0, 10; c.li a1, 0; 1: c.addi a1, 2; c.addi a0, -1; c.bnez a0, 1b)
/* c.jr / c.jalr: link is pc + 2 */
test_51:
    li s9, 51
    lla a1, 1f
    c.jr a1
    c.li a0, 9
    j fail
1:  lla a1, 2f
3:  c.jalr a1
    j fail
2:  lla a2, 3b
    addi a2, a2, 2
    CHECK_EQ_REG(51, l, ra, a2, fail)
/* jump to a 2-byte aligned target from a 32-bit jalr */
test_52:
    li s9, 52
    .balign 4
    c.nop
    lla a1, 1f
    jalr x0, 0(a1)
    c.li a0, 9
    j fail
    c.nop
1:  c.li a0, 12
    CHECK_EQ(52, a0, 12)
/* 32-bit instruction crossing a page boundary */
test_53:
    li s9, 53
    c.li a0, 1
    j 1f
    .balign 4096
    .skip 4094
1:  addi a0, a0, 0x321
    CHECK_EQ(53, a0, 0x322)
/* mixed 16/32-bit stream computing a checksum */
test_54:
    li s9, 54
    c.li a0, 0
    c.li a1, 17
1:  c.slli a0, 3
    xori a0, a0, 0x5a
    c.add a0, a1
    srli a2, a0, 7
    c.xor a0, a2
    c.addi a1, -1
    c.bnez a1, 1b
    CHECK_EQ(54, a0, 0x64cc4f11212cfe)

    j pass

TEST_DATA_BEGIN
    .balign 8
cdat: .zero 256
TEST_DATA_END

TEST_END
