/* F/D moves, sign injection, loads/stores and NaN-boxing rules. */
#include "test.h"

#define BOX(x) (0xffffffff00000000 | (x))
#define S_CNAN_BOXED 0xffffffff7fc00000

TEST_BEGIN

/* fsgnj family, double: pure bit operations, NaN payloads untouched */
TEST_FP_RAW(2,  0, 0xbff0000000000000, D_ONE, D_MONE, fsgnj.d f3, f0, f1)
TEST_FP_RAW(3,  0, 0x3ff0000000000000, D_MONE, D_ONE, fsgnj.d f3, f0, f1)
TEST_FP_RAW(4,  0, 0x3ff0000000000000, D_ONE, D_MONE, fsgnjn.d f3, f0, f1)
TEST_FP_RAW(5,  0, 0xbff0000000000000, D_ONE, D_ONE, fsgnjn.d f3, f0, f1)
TEST_FP_RAW(6,  0, 0x3ff0000000000000, D_MONE, D_MONE, fsgnjx.d f3, f0, f1)
TEST_FP_RAW(7,  0, 0xbff0000000000000, D_MONE, D_ONE, fsgnjx.d f3, f0, f1)
TEST_FP_RAW(8,  0, 0xfff4000000000000, D_SNAN, D_MONE, fsgnj.d f3, f0, f1)
TEST_FP_RAW(9,  0, 0xfff4000000000000, D_SNAN, D_ONE, fsgnjn.d f3, f0, f1)
TEST_FP_RAW(10, 0, 0x7ff8000000000001, D_NQNAN, D_NQNAN, fsgnjx.d f3, f0, f1)
TEST_FP_RAW(11, 0, 0x8000000000000000, D_PZERO, D_NQNAN, fsgnj.d f3, f0, f1)
/* fmv.d / fneg.d / fabs.d pseudo-instructions */
TEST_FP_RAW(12, 0, 0x8000000000000000, D_PZERO, 0, fneg.d f3, f0)
TEST_FP_RAW(13, 0, 0x7ff0000000000000, D_NINF, 0, fabs.d f3, f0)
TEST_FP_RAW(14, 0, 0xfff4000000000000, D_SNAN | D_NZERO, 0, fmv.d f3, f0)

/* fsgnj family, single, properly boxed inputs */
TEST_FP_RAW(15, 0, BOX(S_MONE), BOX(S_ONE), BOX(S_MONE), fsgnj.s f3, f0, f1)
TEST_FP_RAW(16, 0, BOX(S_ONE), BOX(S_ONE), BOX(S_MONE), fsgnjn.s f3, f0, f1)
TEST_FP_RAW(17, 0, BOX(S_ONE), BOX(S_MONE), BOX(S_MONE), fsgnjx.s f3, f0, f1)
TEST_FP_RAW(18, 0, BOX(0xffa00000), BOX(S_SNAN), BOX(S_MONE), fsgnj.s f3, f0, f1)
TEST_FP_RAW(19, 0, BOX(S_NZERO), BOX(S_PZERO), 0, fneg.s f3, f0)
TEST_FP_RAW(20, 0, BOX(S_PINF), BOX(S_NINF), 0, fabs.s f3, f0)
/* NaN-boxing: an improperly boxed single operand reads as the canonical NaN */
TEST_FP_RAW(21, 0, BOX(0xffc00000), 0x000000003f800000, BOX(S_MONE), fsgnj.s f3, f0, f1)
TEST_FP_RAW(22, 0, BOX(0x3f800000), BOX(S_ONE), 0x00000000bf800000, fsgnj.s f3, f0, f1)
TEST_FP_RAW(23, 0, BOX(0x7fc00000), 0x7fffffff3f800000, BOX(S_ONE), fsgnjx.s f3, f0, f1)
TEST_FP_RAW(24, 0, S_CNAN_BOXED, 0x000000003f800000, BOX(S_ONE), fadd.s f3, f0, f1)
TEST_FP_RAW(25, 0, S_CNAN_BOXED, BOX(S_ONE), D_ONE, fmul.s f3, f0, f1)
TEST_FP_RAW(26, 0, BOX(S_ONE), BOX(S_ONE), D_ONE, fmin.s f3, f0, f1)
TEST_FP_RAW(27, 0, BOX(S_TWO), D_TWO, BOX(S_TWO), fmax.s f3, f0, f1)
TEST_FP_RAW(28, 0, 0x7ff8000000000000, 0x000000003f800000, 0, fcvt.d.s f3, f0)
TEST_FP_RAW(29, 0, S_CNAN_BOXED, 0x0000000040000000, 0, fsqrt.s f3, f0)
/* a double op sees the boxed single as a (negative quiet) NaN */
TEST_FP_RAW(30, 0, 0x7ff8000000000000, BOX(S_ONE), D_ONE, fadd.d f3, f0, f1)
/* compares and fclass on an unboxed value */
TEST_CASE(31, a0, 0, li a1, 0x3f800000; fmv.d.x f0, a1; fmv.d.x f1, a1; fsflags x0; feq.s a0, f0, f1)
TEST_CASE(32, a0, 0, frflags a0)
TEST_CASE(33, a0, 1 << 9, li a1, 0x3f800000; fmv.d.x f0, a1; fclass.s a0, f0)
TEST_CASE(34, a0, NV, fsflags x0; flt.s a0, f0, f0; frflags a0)
/* transfers: fmv.w.x boxes; fmv.x.w takes the low 32 bits, sign-extended, no boxing check */
TEST_CASE(35, a0, 0xffffffff12345678, li a1, 0xabcdef0012345678; fmv.w.x f0, a1; fmv.x.d a0, f0)
TEST_CASE(36, a0, 0xffffffff87654321, li a1, 0x0000000087654321; fmv.d.x f0, a1; fmv.x.w a0, f0)
TEST_CASE(37, a0, 0x0000000012345678, li a1, 0x1111111112345678; fmv.d.x f0, a1; fmv.x.w a0, f0)
TEST_CASE(38, a0, 0xfff0000000000001, li a1, 0xfff0000000000001; fmv.d.x f0, a1; fmv.x.d a0, f0)
/* fmv never canonicalises or raises flags */
TEST_CASE(39, a0, 0x000000007f800001, fsflags x0; li a1, 0x7f800001; fmv.w.x f0, a1; fmv.x.w a0, f0)
TEST_CASE(40, a0, 0, frflags a0)
/* loads: flw boxes, fld is raw; stores: fsw stores the low 32 bits even if unboxed */
TEST_CASE(41, a0, 0xffffffffc0490fdb, lla a1, fdat; flw f0, 0(a1); fmv.x.d a0, f0)
TEST_CASE(42, a0, 0x400921fb54442d18, lla a1, fdat; fld f0, 8(a1); fmv.x.d a0, f0)
TEST_CASE(43, a0, 0x0000000054442d18, lla a1, fdat; fld f0, 8(a1); fsw f0, 16(a1); lwu a0, 16(a1))
TEST_CASE(44, a0, 0x400921fb54442d18, lla a1, fdat; fld f0, 8(a1); fsd f0, 24(a1); ld a0, 24(a1))
TEST_CASE(45, a0, 0x7ff4000000000000, lla a1, fdat; li a2, 0x7ff4000000000000; sd a2, 32(a1); fld f0, 32(a1); fsd f0, 40(a1); ld a0, 40(a1))
TEST_CASE(46, a0, 0x000000007fa00000, lla a1, fdat; li a2, 0x7fa00000; sw a2, 48(a1); flw f0, 48(a1); fsw f0, 52(a1); lwu a0, 52(a1))
/* misaligned FP load/store */
TEST_CASE(47, a0, 0x400921fb54442d18, lla a1, fdat; fld f0, 8(a1); fsd f0, 57(a1); fld f1, 57(a1); fmv.x.d a0, f1)
TEST_CASE(48, a0, 0xffffffffc0490fdb, lla a1, fdat; flw f0, 0(a1); fsw f0, 67(a1); flw f1, 67(a1); fmv.x.d a0, f1)
/* all 32 FP registers are distinct */
test_49:
    li s9, 49
    .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    li a1, \r + 100
    fcvt.d.l f\r, a1
    .endr
    li a0, 0
    .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    fcvt.l.d a1, f\r
    add a0, a0, a1
    slli a0, a0, 1
    .endr
    CHECK_EQ(49, a0, 0xc9fffffef6)

    j pass

TEST_DATA_BEGIN
    .balign 8
fdat: .word 0xc0490fdb, 0
      .dword 0x400921fb54442d18
      .zero 96
TEST_DATA_END

TEST_END
