/* A misaligned LDXR raises SIGBUS (BUS_ADRALN): the runner expects signal 7. */
#include "test.h"

TEST_DATA_BEGIN
buf:    .quad 0, 0
TEST_DATA_END

TEST_BEGIN
    adr x0, buf
    add x0, x0, 4
test_1:
    mov x19, 1
    ldxr w1, [x0]              /* aligned: fine */
    add x0, x0, 2
test_2:
    mov x19, 2
    ldxr w1, [x0]              /* misaligned: SIGBUS */
    b fail
TEST_END
