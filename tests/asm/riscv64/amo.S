/* RV64A: lr/sc success and failure, every AMO in .w and .d forms. */
#include "test.h"

/* AMO test: mem = init; rd = amo(rs2 = src); check rd (old value, sign-extended
 * for .w) and the new memory contents (read back with ld or lw). */
#define TEST_AMO(n, inst, ldi, init, src, exp_old, exp_new) \
test_##n:                       \
    li s9, n;                   \
    lla a1, amodata;            \
    li a2, init;                \
    sd a2, 0(a1);               \
    li a3, src;                 \
    inst a0, a3, (a1);          \
    li s11, exp_old;            \
    mv s10, a0;                 \
    bne s10, s11, fail;         \
    ldi a4, 0(a1);              \
    CHECK_EQ(n, a4, exp_new)

TEST_BEGIN

TEST_AMO(2,  amoswap.w, lw, 0x80000000, 0x12345678, 0xffffffff80000000, 0x12345678)
TEST_AMO(3,  amoswap.d, ld, 0x8000000000000000, -1, 0x8000000000000000, -1)
TEST_AMO(4,  amoadd.w,  lw, 0x7fffffff, 1, 0x7fffffff, 0xffffffff80000000)
TEST_AMO(5,  amoadd.d,  ld, 0x7fffffffffffffff, 1, 0x7fffffffffffffff, 0x8000000000000000)
TEST_AMO(6,  amoadd.w,  lw, 0xffffffff, 1, -1, 0)
TEST_AMO(7,  amoand.w,  lw, 0xf0f0f0f0, 0xff00ff00, 0xfffffffff0f0f0f0, 0xfffffffff000f000)
TEST_AMO(8,  amoand.d,  ld, -1, 0x0123456789abcdef, -1, 0x0123456789abcdef)
TEST_AMO(9,  amoor.w,   lw, 0x80000000, 1, 0xffffffff80000000, 0xffffffff80000001)
TEST_AMO(10, amoor.d,   ld, 0x8000000000000000, 1, 0x8000000000000000, 0x8000000000000001)
TEST_AMO(11, amoxor.w,  lw, 0xaaaaaaaa, 0xffffffff, 0xffffffffaaaaaaaa, 0x55555555)
TEST_AMO(12, amoxor.d,  ld, 0xaaaaaaaaaaaaaaaa, -1, 0xaaaaaaaaaaaaaaaa, 0x5555555555555555)
TEST_AMO(13, amomin.w,  lw, 5, -3, 5, -3)
TEST_AMO(14, amomin.w,  lw, 0x80000000, 0x7fffffff, 0xffffffff80000000, 0xffffffff80000000)
TEST_AMO(15, amomin.d,  ld, -1, 1, -1, -1)
TEST_AMO(16, amomin.d,  ld, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x8000000000000000)
TEST_AMO(17, amomax.w,  lw, 5, -3, 5, 5)
TEST_AMO(18, amomax.w,  lw, 0x80000000, 0x7fffffff, 0xffffffff80000000, 0x7fffffff)
TEST_AMO(19, amomax.d,  ld, -1, 1, -1, 1)
TEST_AMO(20, amominu.w, lw, 5, -3, 5, 5)
TEST_AMO(21, amominu.w, lw, 0x80000000, 0x7fffffff, 0xffffffff80000000, 0x7fffffff)
TEST_AMO(22, amominu.d, ld, -1, 1, -1, 1)
TEST_AMO(23, amomaxu.w, lw, 5, -3, 5, -3)
TEST_AMO(24, amomaxu.w, lw, 0x80000000, 0x7fffffff, 0xffffffff80000000, 0xffffffff80000000)
TEST_AMO(25, amomaxu.d, ld, -1, 1, -1, -1)
TEST_AMO(26, amomaxu.d, ld, 1, 0x8000000000000000, 1, 0x8000000000000000)
/* .w forms only touch the low word: high word must survive */
TEST_AMO(27, amoadd.w,  ld, 0x1234567800000001, 2, 1, 0x1234567800000003)
TEST_AMO(28, amoswap.w, ld, 0xffffffff00000000, 0x87654321, 0, 0xffffffff87654321)
/* .w source uses only the low 32 bits of rs2 */
TEST_AMO(29, amoadd.w,  ld, 0x10, 0x7fffffff00000001, 0x10, 0x11)
TEST_AMO(30, amomin.w,  lw, 1, 0x00000000ffffffff, 1, -1)
/* aq/rl variants decode the same way */
TEST_AMO(31, amoadd.d.aqrl, ld, 40, 2, 40, 42)
TEST_AMO(32, amoswap.w.aq,  lw, 3, 4, 3, 4)
TEST_AMO(33, amoor.d.rl,    ld, 8, 1, 8, 9)
/* rd == x0: memory updated, nothing written */
TEST_CASE(34, a4, 12, lla a1, amodata; li a2, 10; sd a2, 0(a1); li a3, 2; amoadd.d x0, a3, (a1); ld a4, 0(a1))

/* lr/sc: success returns 0 and stores; lr.w sign-extends */
TEST_CASE(35, a0, 0xffffffff80000001, lla a1, amodata; li a2, 0x80000001; sw a2, 0(a1); lr.w a0, (a1))
TEST_CASE(36, a5, 0, lla a1, amodata; li a2, 5; sd a2, 0(a1); lr.d a0, (a1); addi a0, a0, 1; sc.d a5, a0, (a1))
TEST_CASE(37, a4, 6, ld a4, 0(a1))
TEST_CASE(38, a5, 0, lla a1, amodata; lr.w a0, (a1); addi a0, a0, 1; sc.w a5, a0, (a1))
TEST_CASE(39, a4, 7, lw a4, 0(a1))
/* sc without a reservation fails (nonzero) and does not store */
TEST_CASE(40, a4, 7, lla a1, amodata; li a0, 99; sc.d a5, a0, (a1); ld a4, 0(a1))
test_41:
    li s9, 41
    beqz a5, fail
/* a second sc after a successful one fails: the reservation is consumed */
TEST_CASE(42, a4, 1, lla a1, amodata; lr.d a0, (a1); sc.d a5, a0, (a1); li a0, 123; sc.d a4, a0, (a1); snez a4, a4)
TEST_CASE(43, a4, 7, ld a4, 0(a1))
/* lr/sc loop implementing an atomic increment, 100 times */
test_44:
    li s9, 44
    lla a1, amodata
    sd x0, 0(a1)
    li a2, 100
1:  lr.d.aq a0, (a1)
    addi a0, a0, 3
    sc.d.rl a3, a0, (a1)
    bnez a3, 1b
    addi a2, a2, -1
    bnez a2, 1b
    ld a4, 0(a1)
    CHECK_EQ(44, a4, 300)

    j pass

TEST_DATA_BEGIN
    .balign 8
amodata: .dword 0, 0
TEST_DATA_END

TEST_END
