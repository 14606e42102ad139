/* An illegal instruction must kill the process with SIGILL (the runner
 * expects death by signal 4, i.e. exit status 132 from a shell). */
#include "test.h"

TEST_BEGIN
    li a0, 1
    lla a1, msg
    lla a2, msgend
    sub a2, a2, a1
    li a7, SYS_write
    ecall
    .word 0x00000000           /* all-zero parcel: defined to be illegal */
    j pass                     /* not reached */

    .section .rodata
msg: .ascii "illegal: before\n"
msgend:
    .text
TEST_END
