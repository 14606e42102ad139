/* c.ebreak (16-bit encoding) raises SIGTRAP (5) like ebreak. */
#include "test.h"

TEST_BEGIN
    .option rvc
    li a0, 1
    lla a1, msg
    lla a2, msgend
    sub a2, a2, a1
    li a7, SYS_write
    ecall
    c.ebreak
    j pass                     /* not reached */

    .section .rodata
msg: .ascii "c.ebreak: before\n"
msgend:
    .text
TEST_END
