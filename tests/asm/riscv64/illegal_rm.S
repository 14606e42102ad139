/* A dynamic-rounding FP instruction while frm holds a reserved value (5)
 * is an illegal instruction: expect death by SIGILL. */
#include "test.h"

TEST_BEGIN
    li a1, 1
    fcvt.d.l f1, a1            /* exact: fine whatever frm is */
    csrwi frm, 5
    csrr a2, frm               /* frm accepts the value itself */
    li a3, 5
    bne a2, a3, 1f
    li a0, 1
    lla a1, msg
    lla a2, msgend
    sub a2, a2, a1
    li a7, SYS_write
    ecall
    fadd.d f0, f1, f1          /* rm = dyn with frm = 5: illegal */
1:  j pass                     /* not reached */

    .section .rodata
msg: .ascii "illegal_rm: frm=5 accepted, executing fadd.d dyn\n"
msgend:
    .text
TEST_END
