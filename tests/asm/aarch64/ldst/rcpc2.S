/* FEAT_LRCPC2: LDAPUR/LDAPURS (zero/sign extension to W and X) and STLUR
 * of every size with negative and positive unscaled offsets. */
#include "test.h"
    .arch armv8.4-a

TEST_DATA_BEGIN
buf:    .quad 0x8182838485868788, 0xf1f2f3f4f5f6f7f8
wbuf:   .fill 16, 1, 0
TEST_DATA_END

TEST_BEGIN
    adr x0, buf
    add x2, x0, 8
TEST_CASE(1, x1, 0x81, ldapurb w1, [x2, -1])
TEST_CASE(2, x1, 0xffffffffffffff81, ldapursb x1, [x2, -1])
TEST_CASE(3, x1, 0xffffff81, mov x1, -1; ldapursb w1, [x2, -1])
TEST_CASE(4, x1, 0xf7f8, ldapurh w1, [x2])
TEST_CASE(5, x1, 0xfffff7f8, ldapursh w1, [x2])
TEST_CASE(6, x1, 0xffffffffffff8586, ldapursh x1, [x2, -6])
TEST_CASE(7, x1, 0xf1f2f3f4, ldapur w1, [x2, 4])
TEST_CASE(8, x1, 0xfffffffff1f2f3f4, ldapursw x1, [x2, 4])
TEST_CASE(9, x1, 0x8182838485868788, ldapur x1, [x2, -8])
test_10:
    mov x19, 10
    adr x4, wbuf
    ldr x5, =0x1122334455667788
    stlur x5, [x4]
    stlurb wzr, [x4, 1]
    stlurh wzr, [x4, 4]
    add x6, x4, 16
    stlur w5, [x6, -8]
    ldp x1, x3, [x4]
    CHECK_EQ_T(10, a, x1, 0x1122000055660088)
    CHECK_EQ_T(10, b, x3, 0x55667788)
    b pass
TEST_END
