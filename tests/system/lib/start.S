/*
 * Start-up and trap entry of the bare-metal system tests: M-mode entry at
 * 0x80000000, a full register frame for the C trap handlers (lib.c), and
 * the mode-switch helpers.
 */
    .section .text.init
    .globl _start
_start:
    la t0, boot_a0              /* what the machine passed: hart id, device tree */
    sd a0, 0(t0)
    sd a1, 8(t0)
    la sp, stack_top
    la t0, mtrap_entry
    csrw mtvec, t0
    li t0, (1 << 13)            /* FS = initial: FP usable */
    csrs mstatus, t0
    /* PMP entry 0: all memory for S and U, as firmware does */
    li t0, -1
    srli t0, t0, 10
    csrw pmpaddr0, t0
    li t0, 0x1f                 /* NAPOT, RWX */
    csrw pmpcfg0, t0
    call main
    call test_exit

    .data
    .globl boot_a0, boot_a1
    .align 3
boot_a0: .dword 0
boot_a1: .dword 0
    .text

    .macro SAVE_REGS
    addi sp, sp, -256
    sd x1, 8(sp)
    sd x3, 24(sp)
    sd x4, 32(sp)
    sd x5, 40(sp)
    sd x6, 48(sp)
    sd x7, 56(sp)
    sd x8, 64(sp)
    sd x9, 72(sp)
    sd x10, 80(sp)
    sd x11, 88(sp)
    sd x12, 96(sp)
    sd x13, 104(sp)
    sd x14, 112(sp)
    sd x15, 120(sp)
    sd x16, 128(sp)
    sd x17, 136(sp)
    sd x18, 144(sp)
    sd x19, 152(sp)
    sd x20, 160(sp)
    sd x21, 168(sp)
    sd x22, 176(sp)
    sd x23, 184(sp)
    sd x24, 192(sp)
    sd x25, 200(sp)
    sd x26, 208(sp)
    sd x27, 216(sp)
    sd x28, 224(sp)
    sd x29, 232(sp)
    sd x30, 240(sp)
    sd x31, 248(sp)
    addi t0, sp, 256
    sd t0, 16(sp)
    mv a0, sp
    .endm

    .macro RESTORE_REGS
    ld x1, 8(sp)
    ld x3, 24(sp)
    ld x4, 32(sp)
    ld x5, 40(sp)
    ld x6, 48(sp)
    ld x7, 56(sp)
    ld x8, 64(sp)
    ld x9, 72(sp)
    ld x10, 80(sp)
    ld x11, 88(sp)
    ld x12, 96(sp)
    ld x13, 104(sp)
    ld x14, 112(sp)
    ld x15, 120(sp)
    ld x16, 128(sp)
    ld x17, 136(sp)
    ld x18, 144(sp)
    ld x19, 152(sp)
    ld x20, 160(sp)
    ld x21, 168(sp)
    ld x22, 176(sp)
    ld x23, 184(sp)
    ld x24, 192(sp)
    ld x25, 200(sp)
    ld x26, 208(sp)
    ld x27, 216(sp)
    ld x28, 224(sp)
    ld x29, 232(sp)
    ld x30, 240(sp)
    ld x31, 248(sp)
    addi sp, sp, 256
    .endm

    .align 4
    .globl mtrap_entry
mtrap_entry:
    SAVE_REGS
    call mtrap_handler
    RESTORE_REGS
    mret

    .align 4
    .globl strap_entry
strap_entry:
    SAVE_REGS
    call strap_handler
    RESTORE_REGS
    sret

/* goto_mode(mode): from M, continue at the return address in `mode`. */
    .globl goto_mode
goto_mode:
    li t0, 3 << 11
    csrc mstatus, t0
    slli a0, a0, 11
    csrs mstatus, a0
    csrw mepc, ra
    mret

/* goto_user_from_s(): from S, continue at the return address in U-mode. */
    .globl goto_user_from_s
goto_user_from_s:
    li t0, 1 << 8
    csrc sstatus, t0
    csrw sepc, ra
    sret

/* back_to_m(): an ecall that the M handler turns into a return in M-mode. */
    .globl back_to_m
back_to_m:
    li a7, 0x4d
    ecall
    ret

/* back_to_m_ebreak(): the same through ebreak (when ecalls are delegated). */
    .globl back_to_m_ebreak
back_to_m_ebreak:
    li a7, 0x4d
    ebreak
    ret

/* enter_user(pc): from S, run pc in U-mode; it comes back to our caller
 * (in S, a0 as the U code left it) by an ecall with a7 = 0x53 or a fetch
 * fault. */
    .globl enter_user
enter_user:
    li t0, 1 << 8
    csrc sstatus, t0
    csrw sepc, a0
    sret
