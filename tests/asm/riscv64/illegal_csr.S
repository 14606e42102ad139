/* Writing a read-only CSR (csrrw x0, cycle, a0) is an illegal
 * instruction: expect death by SIGILL. */
#include "test.h"

TEST_BEGIN
    rdcycle a0                 /* reading is fine */
    li a0, 1
    lla a1, msg
    lla a2, msgend
    sub a2, a2, a1
    li a7, SYS_write
    ecall
    .word 0xc0051073           /* csrrw x0, cycle, a0 */
    j pass                     /* not reached */

    .section .rodata
msg: .ascii "illegal_csr: writing cycle\n"
msgend:
    .text
TEST_END
