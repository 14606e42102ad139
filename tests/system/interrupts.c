/*
 * Interrupts: the machine timer (mtimecmp), machine software interrupts
 * (msip), supervisor timer and software interrupts delegated to S
 * (mideleg), masking by mstatus.MIE/SIE and mie, vectored mtvec, and WFI
 * waking on a pending interrupt even with interrupts globally disabled.
 */
#include "lib/test.h"

extern void vector_table(void);
static volatile uint64_t vec_hits;

static void m_timer_off(uint64_t cause)
{
    if ((cause & 63) == 7)
        MMIO64(CLINT_MTIMECMP) = ~0ul;
    if ((cause & 63) == 3)
        MMIO32(CLINT_MSIP) = 0;
}

static void s_irq(uint64_t cause)
{
    if ((cause & 63) == 1)
        csr_clear(sip, 1ul << 1);
    if ((cause & 63) == 5)
        csr_clear(sie, 1ul << 5);               /* only M can clear STIP */
}

static void test_timer(void)
{
    m_irq_hook = m_timer_off;
    uint64_t n = mtrap.count;
    uint64_t t0 = MMIO64(CLINT_MTIME);
    MMIO64(CLINT_MTIMECMP) = t0 + 10000;        /* 1 ms at 10 MHz */
    csr_set(mie, 1ul << 7);
    CHECK_EQ(mtrap.count, n);                   /* MIE still off */
    csr_set(mstatus, 1ul << 3);
    while (mtrap.count == n)
        ;
    csr_clear(mstatus, 1ul << 3);
    CHECK_EQ(mtrap.cause, (1ul << 63) | 7);
    CHECK(MMIO64(CLINT_MTIME) >= t0 + 10000);
    CHECK_EQ(csr_read(mip) & (1ul << 7), 0);    /* silenced by the hook */

    /* WFI wakes on a pending interrupt even with MIE clear; no trap taken */
    MMIO64(CLINT_MTIMECMP) = MMIO64(CLINT_MTIME) + 20000;
    n = mtrap.count;
    __asm__ volatile("wfi");
    CHECK(MMIO64(CLINT_MTIME) >= MMIO64(CLINT_MTIMECMP));
    CHECK(csr_read(mip) & (1ul << 7));
    CHECK_EQ(mtrap.count, n);
    MMIO64(CLINT_MTIMECMP) = ~0ul;
    csr_clear(mie, 1ul << 7);
}

static void test_software(void)
{
    uint64_t n = mtrap.count;
    MMIO32(CLINT_MSIP) = 1;
    CHECK(csr_read(mip) & (1ul << 3));
    CHECK_EQ(MMIO32(CLINT_MSIP), 1);
    csr_set(mie, 1ul << 3);
    csr_set(mstatus, 1ul << 3);
    __asm__ volatile("nop");
    csr_clear(mstatus, 1ul << 3);
    CHECK_EQ(mtrap.count, n + 1);
    CHECK_EQ(mtrap.cause, (1ul << 63) | 3);
    CHECK_EQ(MMIO32(CLINT_MSIP), 0);
    csr_clear(mie, 1ul << 3);
}

static void test_vectored(void)
{
    /* mode 1: interrupts go to base + 4 * cause */
    csr_write(mtvec, (uint64_t)vector_table | 1);
    MMIO32(CLINT_MSIP) = 1;
    csr_set(mie, 1ul << 3);
    csr_set(mstatus, 1ul << 3);
    __asm__ volatile("nop");
    csr_clear(mstatus, 1ul << 3);
    csr_clear(mie, 1ul << 3);
    csr_write(mtvec, (uint64_t)mtrap_entry_addr());
    CHECK_EQ(vec_hits, 3);
}

static void test_delegated(void)
{
    s_irq_hook = s_irq;
    csr_write(stvec, (uint64_t)strap_entry);
    csr_write(mideleg, (1ul << 1) | (1ul << 5) | (1ul << 9));
    CHECK_EQ(csr_read(mideleg), (1ul << 1) | (1ul << 5) | (1ul << 9));
    csr_set(mie, (1ul << 1) | (1ul << 5));
    CHECK_EQ(csr_read(sie), (1ul << 1) | (1ul << 5));
    uint64_t s = strap.count, m = mtrap.count;
    /* M raises STIP (no Sstc: M-mode software drives it) */
    csr_set(mip, 1ul << 5);
    CHECK(csr_read(sip) & (1ul << 5));
    /* in M, S-level interrupts are never taken */
    csr_set(mstatus, (1ul << 3) | (1ul << 1));
    __asm__ volatile("nop");
    CHECK_EQ(strap.count, s);
    csr_clear(mstatus, 1ul << 3);
    /* in U, S interrupts are taken regardless of SIE */
    csr_clear(mstatus, 1ul << 1);
    goto_mode(0);
    __asm__ volatile("nop");
    back_to_m_ebreak();
    CHECK_EQ(strap.count, s + 1);
    CHECK_EQ(strap.cause, (1ul << 63) | 5);
    CHECK_EQ(strap.prev_mode, 0);
    csr_clear(mip, 1ul << 5);
    /* S software interrupt: raised from S itself through sip, masked by SIE */
    goto_mode(1);
    csr_set(sip, 1ul << 1);
    uint64_t before = strap.count;
    csr_set(sstatus, 1ul << 1);
    __asm__ volatile("nop");
    csr_clear(sstatus, 1ul << 1);
    uint64_t after = strap.count, cause = strap.cause;
    back_to_m_ebreak();
    CHECK_EQ(before, s + 1);
    CHECK_EQ(after, s + 2);
    CHECK_EQ(cause, (1ul << 63) | 1);
    CHECK_EQ(mtrap.count, m + 2);               /* the two ebreaks */
    csr_write(mideleg, 0);
    csr_clear(mie, (1ul << 1) | (1ul << 5));
}

void vec_handler(uint64_t code)
{
    vec_hits = code;
    MMIO32(CLINT_MSIP) = 0;
}

int main(void)
{
    test_timer();
    test_software();
    test_vectored();
    test_delegated();
    puts("interrupts: ok\n");
    return 0;
}
