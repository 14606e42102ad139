/* An unallocated load/store encoding raises SIGILL (signal 4): LDRSW with
 * a W destination (size = 10, opc = 11 in the unsigned-offset class).  The
 * allocated neighbour (LDRSW to X) before it must work. */
#include "test.h"

TEST_DATA_BEGIN
buf:    .quad 0xfffffffe, 0
TEST_DATA_END

TEST_BEGIN
    adr x0, buf
test_1:
    mov x19, 1
    ldrsw x1, [x0]
    CHECK_EQ(1, x1, 0xfffffffffffffffe)
test_2:
    mov x19, 2
    .inst 0xb9c00001           /* "ldrsw w1, [x0]": unallocated */
    b fail
TEST_END
