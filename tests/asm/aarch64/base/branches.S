/* Branches: B, BL (x30 = return address), BR/BLR/RET (incl. BLR x30 and RET Xn),
 * CBZ/CBNZ (W forms ignore the upper half), TBZ/TBNZ on bits 0/31/32/63,
 * ADR/ADRP; B.cond over every condition is in cond.S. */
#include "test.h"

TEST_BEGIN
/* B forward and backward */
TEST_CASE(1, x0, 3, mov x0, 0; b 1f; 2: add x0, x0, 1; b 3f; 1: add x0, x0, 2; b 2b; 3:)
/* BL writes the address of the next instruction to x30 */
TEST_CASE(2, x0, 0, bl 1f; 2: b 3f; 1: adr x1, 2b; sub x0, x30, x1; ret; 3:)
/* BLR Xn: x30 = next, jump to Xn */
TEST_CASE(3, x0, 7, adr x5, 1f; mov x0, 0; blr x5; add x0, x0, 2; b 2f; 1: mov x0, 5; ret; 2:)
/* BLR x30 jumps to the old x30 (target read before the link is written) */
TEST_CASE(4, x0, 9, adr x30, 1f; mov x0, 0; blr x30; add x0, x0, 1; b 2f; 1: mov x0, 8; ret; 2:)
/* BR does not link */
TEST_CASE(5, x0, 0, adr x30, 2f; adr x5, 1f; br x5; 1: adr x1, 2f; sub x0, x30, x1; 2:)
/* RET Xn */
TEST_CASE(6, x0, 4, adr x7, 1f; mov x0, 4; ret x7; mov x0, 99; 1:)
/* CBZ/CBNZ: the W forms look at the low 32 bits only */
TEST_CASE(7, x0, 1, ldr x1, =0xffffffff00000000; mov x0, 0; cbz w1, 1f; mov x0, 2; b 2f; 1: mov x0, 1; 2:)
TEST_CASE(8, x0, 2, ldr x1, =0xffffffff00000000; mov x0, 0; cbz x1, 1f; mov x0, 2; b 2f; 1: mov x0, 1; 2:)
TEST_CASE(9, x0, 1, ldr x1, =0x100000000; mov x0, 0; cbnz x1, 1f; mov x0, 2; b 2f; 1: mov x0, 1; 2:)
TEST_CASE(10, x0, 2, ldr x1, =0x100000000; mov x0, 0; cbnz w1, 1f; mov x0, 2; b 2f; 1: mov x0, 1; 2:)
TEST_CASE(11, x0, 1, mov x1, 0; mov x0, 0; cbz x1, 1f; mov x0, 2; b 2f; 1: mov x0, 1; 2:)
/* TBZ/TBNZ */
TEST_CASE(12, x0, 1, ldr x1, =0x8000000000000000; mov x0, 0; tbnz x1, 63, 1f; mov x0, 2; b 2f; 1: mov x0, 1; 2:)
TEST_CASE(13, x0, 2, ldr x1, =0x8000000000000000; mov x0, 0; tbz x1, 63, 1f; mov x0, 2; b 2f; 1: mov x0, 1; 2:)
TEST_CASE(14, x0, 1, ldr x1, =0x7ffffffffffffffe; mov x0, 0; tbz w1, 0, 1f; mov x0, 2; b 2f; 1: mov x0, 1; 2:)
TEST_CASE(15, x0, 1, ldr x1, =0x80000000; mov x0, 0; tbnz w1, 31, 1f; mov x0, 2; b 2f; 1: mov x0, 1; 2:)
TEST_CASE(16, x0, 1, ldr x1, =0xfffffffeffffffff; mov x0, 0; tbz x1, 32, 1f; mov x0, 2; b 2f; 1: mov x0, 1; 2:)
TEST_CASE(17, x0, 1, ldr x1, =0x100000000; mov x0, 0; tbnz x1, 32, 1f; mov x0, 2; b 2f; 1: mov x0, 1; 2:)
/* TBZ backward (a loop counting down through bit 3) */
TEST_CASE(18, x0, 7, mov x0, 15; 1: sub x0, x0, 1; tbnz x0, 3, 1b)
/* ADR and ADRP agree with the absolute address of a label */
TEST_CASE(19, x0, 0, adr x0, .Lfar; ldr x1, =.Lfar; sub x0, x0, x1)
TEST_CASE(20, x0, 0, adrp x0, .Lfar; ldr x1, =.Lfar; and x1, x1, 0xfffffffffffff000; sub x0, x0, x1)
TEST_CASE(21, x0, 0, adrp x0, .Lfar; add x0, x0, :lo12:.Lfar; ldr x1, =.Lfar; sub x0, x0, x1)
TEST_CASE(22, x0, 0, adr x0, .; ldr x1, =test_22; add x1, x1, 4; sub x0, x0, x1)
/* a call chain through the stack */
TEST_CASE(23, x0, 6, mov x0, 3; bl fact; b 1f; fact: cmp x0, 1; b.le 2f; stp x0, x30, [sp, -16]!; sub x0, x0, 1; bl fact; ldp x1, x30, [sp], 16; mul x0, x0, x1; 2: ret; 1:)
    b pass
TEST_END
    .data
    .balign 4096
    .skip 100
.Lfar: .quad 0
