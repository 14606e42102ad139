/* A misaligned LSE atomic (LDADD on a 4-byte value at an address = 2 mod 4)
 * raises SIGBUS (BUS_ADRALN): the runner expects signal 7.  The aligned one
 * before it must work. */
#include "test.h"

TEST_DATA_BEGIN
buf:    .quad 0, 0
TEST_DATA_END

TEST_BEGIN
    adr x0, buf
    mov w2, 1
test_1:
    mov x19, 1
    ldadd w2, w1, [x0]
    ldr w1, [x0]
    CHECK_EQ(1, x1, 1)
    add x0, x0, 2
test_2:
    mov x19, 2
    ldadd w2, w1, [x0]         /* misaligned: SIGBUS */
    b fail
TEST_END
