/* UDF (permanently undefined) raises SIGILL (the runner expects signal 4). */
#include "test.h"

TEST_BEGIN
TEST_CASE(1, x0, 4, mov x0, 4)
    udf 0x1234
    b pass          /* not reached */
TEST_END
