/*
 * Code invalidation: a function is rewritten by ordinary stores and
 * called again, both in a page of its own (which was writable through the
 * TLB's fast path before it held translated code) and in the page of the
 * caller itself.  xrun-system drops stale translations on any store to a
 * page code was translated from, so the new code runs even without
 * fence.i (the RISC-V spec requires fence.i for that; real harts may
 * differ, this tests our stronger guarantee).
 */
#include "lib/test.h"

static uint32_t code[1024] __attribute__((aligned(4096)));
typedef long (*fn_t)(void);

static void emit_li_ret(volatile uint32_t *p, long v)
{
    p[0] = 0x00000513u | ((uint32_t)v << 20);    /* addi a0, zero, v */
    p[1] = 0x00008067u;                          /* ret */
}

/* a function in this program's own text, rewritten while the caller's
 * page holds translated code too */
__attribute__((noinline, aligned(64))) static long own(void)
{
    __asm__ volatile(".option push\n .option norvc\n li a0, 1\n ret\n nop\n nop\n .option pop");
    return 0;
}

int main(void)
{
    for (long i = 0; i < 200; i++) {
        emit_li_ret(code, i);
        if (i == 0)
            __asm__ volatile("fence.i" ::: "memory");
        CHECK_EQ(((fn_t)code)(), i);
    }
    volatile uint32_t *p = (volatile uint32_t *)own;
    for (long i = 0; i < 50; i++) {
        emit_li_ret(p, 100 + i);
        CHECK_EQ(own(), 100 + i);
    }
    puts("smc: ok\n");
    return 0;
}
