// A block that follows a forward `b` and a backward `cbnz` (see
// frontends/aarch64/translate.c a64_follow): check_inasm.py checks that
// `-d in_asm` lists the instructions of the path translated, in order
// (meson.build gives the expected first block to check_inasm.py).
    .text
    .globl _start
_start:
    mov     x0, #2
    b       fwd             // followed
    mov     x0, #99         // never translated in the first block
back:
    sub     x0, x0, #1
    b       fwd             // already translated: ends the block
fwd:
    add     x1, x1, #1
    cbnz    x0, back        // backward, target not yet translated: followed
    cmp     x1, #3          // add ran 3 times (x0 = 2, 1, 0)
    cset    x0, ne
    mov     x8, #93         // exit(x1 == 3 ? 0 : 1)
    svc     #0
