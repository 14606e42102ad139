/*
 * The devices: UART registers (scratch, divisor latch, LSR, IIR), UART
 * receive interrupts routed through the PLIC to M-mode (claim returns
 * source 10, complete re-arms it) and to S-mode (context 1, delegated
 * SEIP), PLIC priority/threshold masking and pending bits, and the CLINT's
 * mtime and mtimecmp registers at 32- and 64-bit width.  The runner types
 * "ab" and then "c" on the console.
 */
#include "lib/test.h"

#define UART(r) MMIO8(UART_BASE + (r))
#define PLIC_PRIO(s) MMIO32(PLIC_BASE + 4 * (s))
#define PLIC_PENDING MMIO32(PLIC_BASE + 0x1000)
#define PLIC_ENABLE(ctx) MMIO32(PLIC_BASE + 0x2000 + 0x80 * (ctx))
#define PLIC_THRESHOLD(ctx) MMIO32(PLIC_BASE + 0x200000 + 0x1000 * (ctx))
#define PLIC_CLAIM(ctx) MMIO32(PLIC_BASE + 0x200004 + 0x1000 * (ctx))

static volatile char got[8];
static volatile unsigned ngot;
static volatile uint32_t claimed_id;

static void uart_irq(int ctx)
{
    uint32_t id = PLIC_CLAIM(ctx);
    claimed_id = id;
    while (UART(5) & 1)
        got[ngot++ & 7] = (char)UART(0);
    PLIC_CLAIM(ctx) = id;
}

static void m_irq(uint64_t cause)
{
    if ((cause & 63) == 11)
        uart_irq(0);
}

static void s_irq(uint64_t cause)
{
    if ((cause & 63) == 9)
        uart_irq(1);
}

static void test_uart_regs(void)
{
    UART(7) = 0x5a;
    CHECK_EQ(UART(7), 0x5a);
    UART(3) = 0x80;                       /* DLAB */
    UART(0) = 0x12;
    UART(1) = 0x34;
    CHECK_EQ(UART(0), 0x12);
    CHECK_EQ(UART(1), 0x34);
    UART(3) = 0x03;                       /* 8N1 */
    CHECK_EQ(UART(3), 0x03);
    CHECK_EQ(UART(1), 0);                 /* IER again */
    CHECK(UART(5) & 0x20);                /* THRE */
    CHECK_EQ(UART(2) & 0x0f, 1);          /* IIR: nothing pending */
    UART(1) = 0x02;                       /* THR empty interrupt */
    CHECK_EQ(UART(2) & 0x0f, 2);
    CHECK_EQ(UART(2) & 0x0f, 1);          /* cleared by the read */
    UART(1) = 0;
}

static void test_clint(void)
{
    uint64_t a = MMIO64(CLINT_MTIME);
    for (volatile int i = 0; i < 1000; i++)
        ;
    uint64_t b = MMIO64(CLINT_MTIME);
    CHECK(b > a);
    CHECK(csr_read(time) >= b);
    MMIO64(CLINT_MTIMECMP) = 0x1122334455667788ul;
    CHECK_EQ(MMIO32(CLINT_MTIMECMP), 0x55667788u);
    CHECK_EQ(MMIO32(CLINT_MTIMECMP + 4), 0x11223344u);
    MMIO32(CLINT_MTIMECMP + 4) = 0xffffffffu;
    CHECK_EQ(MMIO64(CLINT_MTIMECMP), 0xffffffff55667788ul);
    CHECK_EQ(csr_read(mip) & (1ul << 7), 0);
    MMIO64(CLINT_MTIMECMP) = ~0ul;
}

static void test_uart_plic_m(void)
{
    PLIC_PRIO(10) = 1;
    CHECK_EQ(PLIC_PRIO(10), 1);
    PLIC_ENABLE(0) = 1u << 10;
    CHECK_EQ(PLIC_ENABLE(0), 1u << 10);
    PLIC_THRESHOLD(0) = 0;
    CHECK_EQ(PLIC_CLAIM(0), 0);           /* nothing pending */
    m_irq_hook = m_irq;
    UART(1) = 0x01;                       /* receive interrupt */
    csr_set(mie, 1ul << 11);
    /* wait for "ab" with interrupts off, to look at the pending state first */
    while (!(PLIC_PENDING & (1u << 10)))
        __asm__ volatile("wfi");
    CHECK(csr_read(mip) & (1ul << 11));
    PLIC_THRESHOLD(0) = 1;                /* priority 1 is not above 1: masked */
    CHECK_EQ(csr_read(mip) & (1ul << 11), 0);
    PLIC_THRESHOLD(0) = 0;
    csr_set(mstatus, 1ul << 3);
    while (ngot < 2)
        __asm__ volatile("wfi");
    csr_clear(mstatus, 1ul << 3);
    CHECK_EQ(claimed_id, 10);
    CHECK_EQ(got[0], 'a');
    CHECK_EQ(got[1], 'b');
    CHECK_EQ(PLIC_PENDING & (1u << 10), 0);
    csr_clear(mie, 1ul << 11);
    PLIC_ENABLE(0) = 0;
}

static void test_uart_plic_s(void)
{
    csr_write(stvec, (uint64_t)strap_entry);
    csr_write(mideleg, 1ul << 9);
    csr_set(mie, 1ul << 9);
    s_irq_hook = s_irq;
    PLIC_ENABLE(1) = 1u << 10;
    PLIC_THRESHOLD(1) = 0;
    claimed_id = 0;
    goto_mode(1);
    csr_set(sstatus, 1ul << 1);
    puts("ready for c\n");
    while (ngot < 3)
        __asm__ volatile("wfi");
    csr_clear(sstatus, 1ul << 1);
    back_to_m_ebreak();
    CHECK_EQ(claimed_id, 10);
    CHECK_EQ(got[2], 'c');
    CHECK_EQ(strap.cause, (1ul << 63) | 9);
    csr_write(mideleg, 0);
}

int main(void)
{
    test_uart_regs();
    test_clint();
    puts("ready for ab\n");
    test_uart_plic_m();
    test_uart_plic_s();
    UART(1) = 0;
    puts("devices: ok\n");
    return 0;
}
