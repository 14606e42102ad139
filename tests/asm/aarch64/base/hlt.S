/* HLT (a debug halt) raises SIGILL at EL0 (the runner expects signal 4). */
#include "test.h"

TEST_BEGIN
TEST_CASE(1, x0, 4, mov x0, 4)
    hlt 0
    b pass          /* not reached */
TEST_END
