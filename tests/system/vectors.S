/* A vectored mtvec table for interrupts.c: slot 3 (MSI) calls vec_handler(3). */
    .align 8
    .globl vector_table
vector_table:
    .option push
    .option norvc
    j vec_bad
    j vec_bad
    j vec_bad
    j vec_msi
    j vec_bad
    j vec_bad
    j vec_bad
    j vec_bad
    .option pop
vec_bad:
    li a0, 99
    call test_exit
vec_msi:
    addi sp, sp, -64
    sd ra, 0(sp)
    sd a0, 8(sp)
    sd t0, 16(sp)
    sd t1, 24(sp)
    sd a1, 32(sp)
    sd a2, 40(sp)
    li a0, 3
    call vec_handler
    ld ra, 0(sp)
    ld a0, 8(sp)
    ld t0, 16(sp)
    ld t1, 24(sp)
    ld a1, 32(sp)
    ld a2, 40(sp)
    addi sp, sp, 64
    mret

    .globl mtrap_entry_addr
mtrap_entry_addr:
    la a0, mtrap_entry
    ret
