/* BRK raises SIGTRAP (the runner expects death by signal 5 after the checks). */
#include "test.h"

TEST_BEGIN
TEST_CASE(1, x0, 5, mov x0, 5)
    brk 0x3e8
    b pass          /* not reached */
TEST_END
