/* ebreak raises a breakpoint exception: Linux delivers SIGTRAP (5). */
#include "test.h"

TEST_BEGIN
    li a0, 1
    lla a1, msg
    lla a2, msgend
    sub a2, a2, a1
    li a7, SYS_write
    ecall
    ebreak
    j pass                     /* not reached */

    .section .rodata
msg: .ascii "ebreak: before\n"
msgend:
    .text
TEST_END
