/* A riscv64 program whose executed instruction count is known: 1 + 2*1000 + 3
 * = 2004 instructions in 1001 block entries (with -count-insns every branch
 * ends a block: the entry block, the loop body 999 more times, the exit). */
    .globl _start
_start:
    li t0, 1000
loop:
    addi t0, t0, -1
    bnez t0, loop
    li a0, 0
    li a7, 93
    ecall
