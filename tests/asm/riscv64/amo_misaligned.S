/* A misaligned AMO cannot be emulated by the kernel: address-misaligned
 * exception, delivered as SIGBUS (7). (Plain misaligned loads/stores are
 * fine and tested in loadstore.S.) */
#include "test.h"

TEST_BEGIN
    li a0, 1
    lla a1, msg
    lla a2, msgend
    sub a2, a2, a1
    li a7, SYS_write
    ecall
    lla a1, adat
    addi a1, a1, 2
    li a2, 1
    amoadd.w a0, a2, (a1)
    j pass                     /* not reached */

    .section .rodata
msg: .ascii "amo_misaligned: before\n"
msgend:
    .data
    .balign 8
adat: .dword 0, 0
    .text
TEST_END
