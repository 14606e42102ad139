/* Smallest aarch64 program: the harness itself (mov, cmp, b.cond, bl/ret, svc). */
#include "test.h"

TEST_BEGIN
TEST_CASE(2, x0, 42, mov x0, #42)
    b pass
TEST_END
