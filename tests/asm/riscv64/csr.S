/* Zicsr on the FP CSRs (fflags, frm, fcsr) and the user counters. */
#include "test.h"

TEST_BEGIN

/* csrrw returns the old value and writes the new one */
TEST_CASE(2, a0, 0, csrrw a0, fcsr, x0)
TEST_CASE(3, a0, 0, li a1, 0xff; csrrw a0, fcsr, a1)
TEST_CASE(4, a0, 0xff, csrr a0, fcsr)
TEST_CASE(5, a0, 0x1f, csrr a0, fflags)
TEST_CASE(6, a0, 7, csrr a0, frm)
/* fflags and frm are views of fcsr */
TEST_CASE(7, a0, 0xe0, csrw fflags, x0; csrr a0, fcsr)
TEST_CASE(8, a0, 0x00, csrw frm, x0; csrr a0, fcsr)
TEST_CASE(9, a0, 0x65, li a1, 0x65; csrw fcsr, a1; csrr a0, fcsr)
TEST_CASE(10, a0, 3, csrr a0, frm)
TEST_CASE(11, a0, 5, csrr a0, fflags)
/* only the low bits of the written value land in the narrow CSRs */
TEST_CASE(12, a0, 0x1b, li a1, 0xfb; csrw fflags, a1; csrr a0, fflags)
TEST_CASE(13, a0, 0x7b, csrr a0, fcsr)
TEST_CASE(14, a0, 2, li a1, 0xfa; csrw frm, a1; csrr a0, frm)
TEST_CASE(15, a0, 0x5b, csrr a0, fcsr)
/* csrrs / csrrc: old value out, bits set / cleared */
TEST_CASE(16, a0, 0x1b, li a1, 0x04; csrrs a0, fflags, a1)
TEST_CASE(17, a0, 0x1f, csrr a0, fflags)
TEST_CASE(18, a0, 0x1f, li a1, 0x11; csrrc a0, fflags, a1)
TEST_CASE(19, a0, 0x0e, csrr a0, fflags)
/* csrrs/csrrc with rs1 = x0 only read */
TEST_CASE(20, a0, 0x0e, csrrs a0, fflags, x0)
TEST_CASE(21, a0, 0x0e, csrrc a0, fflags, x0)
TEST_CASE(22, a0, 0x0e, csrr a0, fflags)
/* immediate forms */
TEST_CASE(23, a0, 0x0e, csrrwi a0, fflags, 0x11)
TEST_CASE(24, a0, 0x11, csrrsi a0, fflags, 0x02)
TEST_CASE(25, a0, 0x13, csrrci a0, fflags, 0x01)
TEST_CASE(26, a0, 0x12, csrrsi a0, fflags, 0)
TEST_CASE(27, a0, 0x12, csrrci a0, fflags, 0)
TEST_CASE(28, a0, 0x12, csrr a0, fflags)
TEST_CASE(29, a0, 2, csrrwi a0, frm, 4)
TEST_CASE(30, a0, 0x92, csrr a0, fcsr)
/* rd = x0 still writes */
TEST_CASE(31, a0, 0x00, csrrw x0, fcsr, x0; csrr a0, fcsr)
TEST_CASE(32, a0, 0x0a, csrrsi x0, fflags, 0x0a; csrr a0, fflags)
/* pseudo-instructions */
TEST_CASE(33, a0, 0x0a, fsflags a0, x0)
TEST_CASE(34, a0, 0x00, frflags a0)
TEST_CASE(35, a0, 0x01, li a1, 1; fsrm a0, a1; frrm a0)
TEST_CASE(36, a0, 0x20, frcsr a0)
TEST_CASE(37, a0, 0x20, fscsr a0, x0)
/* FP exceptions accrue: an exact op does not clear earlier flags */
TEST_CASE(38, a0, NX, li a1, 1; fcvt.d.l f0, a1; li a1, 3; fcvt.d.l f1, a1; fdiv.d f2, f0, f1; fadd.d f2, f0, f0; frflags a0)
TEST_CASE(39, a0, NX|DZ, fmv.d.x f1, x0; fdiv.d f2, f0, f1; frflags a0)
TEST_CASE(40, a0, NX|DZ|NV, fdiv.d f2, f1, f1; frflags a0)
/* frm selects the dynamic rounding mode: 1/3 rounded down vs up differ by one ulp */
test_41:
    li s9, 41
    fsflags x0
    li a1, 1; fcvt.d.l f0, a1; li a1, 3; fcvt.d.l f1, a1
    fsrmi RM_RDN; fdiv.d f2, f0, f1; fmv.x.d a2, f2
    fsrmi RM_RUP; fdiv.d f2, f0, f1; fmv.x.d a3, f2
    fsrmi RM_RNE
    sub a0, a3, a2
    CHECK_EQ(41, a0, 1)

/* counters: monotonic non-decreasing across some work */
#define TEST_COUNTER(n, rd)              \
test_##n:                                \
    li s9, n;                            \
    rd a1;                               \
    li t0, 1000; 1: addi t0, t0, -1; bnez t0, 1b; \
    rd a2;                               \
    sltu a0, a2, a1;                     \
    CHECK_EQ(n, a0, 0)
TEST_COUNTER(42, rdcycle)
TEST_COUNTER(43, rdtime)
TEST_COUNTER(44, rdinstret)
/* instret really counts: 1000 loop iterations retire at least 2000 instructions */
test_45:
    li s9, 45
    rdinstret a1
    li t0, 1000
1:  addi t0, t0, -1
    bnez t0, 1b
    rdinstret a2
    sub a0, a2, a1
    sltiu a0, a0, 2000
    CHECK_EQ(45, a0, 0)
TEST_CASE(46, a0, 0, csrrs a1, cycle, x0; csrrs a2, cycle, x0; sltu a0, a2, a1)
TEST_CASE(47, a0, 0, csrrs a1, time, x0; csrrs a2, time, x0; sltu a0, a2, a1)

    j pass
TEST_END
