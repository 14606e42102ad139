/* System registers and instructions at EL0: TPIDR_EL0 round trip, NZCV
 * (MRS/MSR, RES0 bits), CNTVCT_EL0 increasing with CNTFRQ_EL0 != 0, CTR_EL0,
 * DCZID_EL0 and DC ZVA zeroing exactly one aligned block of that size, the ID
 * registers Linux emulates (CRC32 and LSE fields), barriers, hints (NOP, YIELD,
 * BTI, PACIASP/AUTIASP, XPACLRI), CLREX, cache maintenance, and IC IVAU making
 * rewritten code visible. */
#include "test.h"

TEST_BEGIN
TEST_CASE(1, x0, 0x123456789abcdef0, ldr x1, =0x123456789abcdef0; msr tpidr_el0, x1; mov x1, 0; mrs x0, tpidr_el0)
TEST_CASE(2, x0, 0, msr tpidr_el0, xzr; mrs x0, tpidr_el0)
/* NZCV: only bits 31..28 are kept */
TEST_CASE(3, x0, 0xa0000000, ldr x1, =0xffffffffafffffff; msr nzcv, x1; mrs x0, nzcv)
TEST_CASE(4, x0, 0x50000000, ldr x1, =0x50000000; msr nzcv, x1; cset x2, vs; cset x3, eq; add x4, x2, x3; mrs x0, nzcv; cmp x4, 2; b.eq 1f; mov x0, 0; 1:)
/* the counter moves forward and has a frequency */
TEST_CASE(5, x0, 1, mrs x1, cntvct_el0; mov x3, 20000; 1: subs x3, x3, 1; b.ne 1b; isb; mrs x2, cntvct_el0; cmp x2, x1; cset x0, hi)
TEST_CASE(6, x0, 1, mrs x1, cntfrq_el0; cmp x1, 0; cset x0, ne)
/* CTR_EL0 bit 31 is RES1; DminLine (19:16) is at least 16 bytes */
TEST_CASE(7, x0, 1, mrs x1, ctr_el0; lsr x0, x1, 31; and x0, x0, 1)
/* DCZID_EL0: DC ZVA permitted (DZP = 0), block size 2^BS words */
TEST_CASE(8, x0, 0, mrs x1, dczid_el0; and x0, x1, 0x10)
/* DC ZVA: fill 2 KiB with 0xff, zero at buf+1024+24, then check that exactly
 * [buf+1024, buf+1024+size) is zero (size = 4 << BS) */
test_9:
    mov x19, 9
    adr x5, zbuf
    add x5, x5, 2047
    and x5, x5, 0xfffffffffffff800      /* 2 KiB aligned inside zbuf */
    mov x6, 0
    mov x7, -1
1:  str x7, [x5, x6]
    add x6, x6, 8
    cmp x6, 2048
    b.lt 1b
    mrs x1, dczid_el0
    and x1, x1, 15
    mov x8, 4
    lsl x8, x8, x1                      /* block bytes */
    add x2, x5, 1024 + 24
    dc zva, x2
    mov x6, 0
    mov x0, 0                           /* count of mismatching bytes */
2:  ldrb w3, [x5, x6]
    sub x4, x6, 1024
    cmp x4, x8                          /* unsigned: inside the block? */
    mov x9, 0xff
    csel x9, xzr, x9, lo
    cmp x3, x9
    cinc x0, x0, ne
    add x6, x6, 1
    cmp x6, 2048
    b.lt 2b
    CHECK_EQ(9, x0, 0)
/* ID registers read through Linux's emulation (HWCAP_CPUID) */
TEST_CASE(10, x0, 1, mrs x1, id_aa64isar0_el1; ubfx x0, x1, 16, 4)
TEST_CASE(11, x0, 2, mrs x1, id_aa64isar0_el1; ubfx x0, x1, 20, 4)
TEST_CASE(12, x0, 0, mrs x1, id_aa64pfr0_el1; ubfx x0, x1, 16, 4; and x0, x0, 0xe)
TEST_CASE(13, x0, 1, mrs x1, mpidr_el1; lsr x0, x1, 31; and x0, x0, 1)
TEST_CASE(14, x0, 1, mrs x1, midr_el1; mrs x2, revidr_el1; mov x0, 1)
/* barriers, hints and CLREX change no register */
TEST_CASE(15, x0, 42, mov x0, 42; dmb ish; dmb ishld; dmb ishst; dsb sy; dsb ish; isb; clrex; nop; yield; hint 0x22; hint 0x7f)
TEST_CASE(16, x0, 0, mov x29, sp; adr x30, 1f; mov x5, x30; paciasp; autiasp; sub x0, x30, x5; 1:)
TEST_CASE(17, x0, 0, adr x30, 1f; mov x5, x30; xpaclri; sub x0, x30, x5; 1:)
TEST_CASE(18, x0, 7, adr x1, zbuf; dc cvau, x1; dc civac, x1; dc cvac, x1; ic ivau, x1; dsb ish; isb; mov x0, 7)
/* IC IVAU: rewrite code in an RWX page and run both versions */
test_19:
    mov x19, 19
    mov x0, 0
    mov x1, 4096
    mov x2, 7                           /* PROT_READ|WRITE|EXEC */
    mov x3, 0x22                        /* MAP_PRIVATE|MAP_ANONYMOUS */
    mov x4, -1
    mov x5, 0
    mov x8, 222                         /* mmap */
    svc 0
    mov x24, x0
    ldr w1, =0xd2800020                 /* mov x0, #1 */
    ldr w2, =0xd65f03c0                 /* ret */
    str w1, [x24]
    str w2, [x24, 4]
    dc cvau, x24
    dsb ish
    ic ivau, x24
    dsb ish
    isb
    blr x24
    CHECK_EQ_T(19, a, x0, 1)
    ldr w1, =0xd2800040                 /* mov x0, #2 */
    str w1, [x24]
    dc cvau, x24
    dsb ish
    ic ivau, x24
    dsb ish
    isb
    blr x24
    CHECK_EQ_T(19, b, x0, 2)
    b pass
TEST_END
    .data
    .balign 16
zbuf: .skip 4096
