// A block that follows a backward branch into its own middle three times
// (frontends/riscv64/trans_rvi.c.inc gen_branch, RV_MAX_UNROLL):
// `-d in_asm` lists the loop body once per copy translated.
    .text
    .globl _start
_start:
    li      a0, 5
loop:
    addi    a0, a0, -1
    bnez    a0, loop
    li      a7, 93          // exit(0)
    li      a0, 0
    ecall
