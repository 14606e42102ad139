// A reserved scalar FP encoding (FADD with ftype = 10) must raise SIGILL.
#include "test.h"

TEST_BEGIN
    TEST_CASE(1, x0, 0x3ff0000000000000, fmov d0, 1.0; fmov x0, d0)
    .inst 0x1ea02800            // fadd with the reserved ftype
    b pass
TEST_END
