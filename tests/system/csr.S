/*
 * CSR instructions and WARL fields, in assembly without the C library:
 * csrrw/csrrs/csrrc and the immediate forms return the old value and
 * write the new one; a set/clear with x0 does not write (legal on a
 * read-only CSR); mtvec/mepc/medeleg/mideleg/mie/mstatus.MPP/satp/misa
 * keep only legal values; sstatus and sie are views of mstatus and mie;
 * fcsr is fflags and frm together.  Any trap fails with code 200; check
 * number N fails with exit status N.
 */
    .macro EXPECT reg, val, n
    li t6, \val
    beq \reg, t6, 1f
    li a0, \n
    j fail
1:
    .endm

    .section .text.init
    .globl _start
_start:
    la t0, bad_trap
    csrw mtvec, t0

    /* csrrw / csrrs / csrrc and immediates */
    li t1, 0x1234
    csrw mscratch, t1
    li t2, 0x5678
    csrrw t3, mscratch, t2
    EXPECT t3, 0x1234, 1
    csrr t3, mscratch
    EXPECT t3, 0x5678, 2
    li t1, 0xf0
    csrrs t3, mscratch, t1
    EXPECT t3, 0x5678, 3
    csrrc t3, mscratch, t1
    EXPECT t3, 0x56f8, 4
    csrrsi t3, mscratch, 7
    EXPECT t3, 0x5608, 5
    csrrci t3, mscratch, 0xc
    EXPECT t3, 0x560f, 6
    csrrwi t3, mscratch, 0x1f
    EXPECT t3, 0x5603, 7
    csrr t3, mscratch
    EXPECT t3, 0x1f, 8

    /* reading a read-only CSR with csrrs x0 / csrrc x0 is legal */
    csrrs t3, mhartid, x0
    EXPECT t3, 0, 10
    csrrci t3, mvendorid, 0
    EXPECT t3, 0, 11

    /* WARL fields */
    li t1, 0x80000402
    csrw mtvec, t1
    csrr t3, mtvec
    EXPECT t3, 0x80000400, 20
    la t0, bad_trap
    csrw mtvec, t0
    li t1, 0x80000003
    csrw mepc, t1
    csrr t3, mepc
    EXPECT t3, 0x80000002, 21
    li t1, -1
    csrw medeleg, t1
    csrr t3, medeleg
    EXPECT t3, 0xb3ff, 22
    csrw medeleg, zero
    csrw mideleg, t1
    csrr t3, mideleg
    EXPECT t3, 0x222, 23
    csrw mie, t1
    csrr t3, mie
    EXPECT t3, 0xaaa, 24
    csrr t3, sie
    EXPECT t3, 0x222, 25
    csrw mideleg, zero
    csrr t3, sie
    EXPECT t3, 0, 26
    csrw mie, zero
    li t1, 2 << 11
    csrs mstatus, t1
    csrr t3, mstatus
    srli t3, t3, 11
    andi t3, t3, 3
    EXPECT t3, 0, 27
    csrr t4, misa
    csrw misa, zero
    csrr t3, misa
    bne t3, t4, fail_28
    srli t3, t3, 62
    EXPECT t3, 2, 29

    /* satp: an unsupported mode leaves it unchanged; Sv39 and Sv48 stick */
    li t1, (10 << 60) | 0x80000
    csrw satp, t1
    csrr t3, satp
    EXPECT t3, 0, 30
    li t1, (8 << 60) | 0x80000
    csrw satp, t1
    csrr t3, satp
    bne t3, t1, fail_31
    li t1, (9 << 60) | 0x80000
    csrw satp, t1
    csrr t3, satp
    bne t3, t1, fail_31
    csrw satp, zero

    /* views: sstatus.SIE is mstatus.SIE; MIE is not in sstatus */
    csrsi sstatus, 2
    csrr t3, mstatus
    andi t3, t3, 2
    EXPECT t3, 2, 40
    csrci mstatus, 2
    csrsi mstatus, 8
    csrr t3, sstatus
    andi t3, t3, 8
    EXPECT t3, 0, 41
    csrci mstatus, 8
    /* FS: enabled state reads as dirty, with SD */
    li t1, 1 << 13
    csrs mstatus, t1
    csrr t3, sstatus
    srli t4, t3, 13
    andi t4, t4, 3
    EXPECT t4, 3, 42
    srli t4, t3, 63
    EXPECT t4, 1, 43

    /* fcsr = frm << 5 | fflags */
    li t1, 0xff
    csrw fcsr, t1
    csrr t3, fflags
    EXPECT t3, 0x1f, 50
    csrr t3, frm
    EXPECT t3, 7, 51
    csrwi frm, 1
    csrr t3, fcsr
    EXPECT t3, 0x3f, 52
    csrw fcsr, zero

    /* counters are readable in M and move */
    csrr t1, time
    csrr t2, cycle
1:  csrr t3, time
    beq t3, t1, 1b
    csrr t4, cycle
    bleu t4, t2, fail_60

    li t0, 0x5555
    li t1, 0x100000
    sw t0, 0(t1)
1:  j 1b

fail_28: li a0, 28
    j fail
fail_31: li a0, 31
    j fail
fail_60: li a0, 60
    j fail
    .align 2
bad_trap:
    li a0, 200
fail:
    slli a0, a0, 16
    li t0, 0x3333
    or a0, a0, t0
    li t1, 0x100000
    sw a0, 0(t1)
1:  j 1b
