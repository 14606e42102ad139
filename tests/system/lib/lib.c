/* The bare-metal test library: see test.h. */
#include "test.h"

Trap mtrap, strap;
void (*m_irq_hook)(uint64_t cause);
void (*s_irq_hook)(uint64_t cause);

void putch(char c)
{
    while (!(MMIO8(UART_BASE + 5) & 0x20))
        ;
    MMIO8(UART_BASE) = (uint8_t)c;
}

void puts(const char *s)
{
    while (*s)
        putch(*s++);
}

void puthex(uint64_t v)
{
    puts("0x");
    for (int i = 60; i >= 0; i -= 4)
        putch("0123456789abcdef"[(v >> i) & 15]);
}

void putdec(uint64_t v)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        putch(buf[--n]);
}

void test_exit(int code)
{
    MMIO32(TEST_BASE) = code ? ((uint32_t)code << 16) | 0x3333 : 0x5555;
    for (;;)
        ;
}

void check_failed(int line, const char *what)
{
    puts("FAIL line ");
    putdec((uint64_t)line);
    puts(": ");
    puts(what);
    puts("\n");
    test_exit(1);
}

/* Length of the instruction at pc (2 for compressed). */
static uint64_t insn_len(uint64_t pc)
{
    return (*(volatile uint16_t *)pc & 3) == 3 ? 4 : 2;
}

void mtrap_handler(uint64_t *regs)
{
    uint64_t cause = csr_read(mcause), epc = csr_read(mepc);
    mtrap.cause = cause;
    mtrap.tval = csr_read(mtval);
    mtrap.epc = epc;
    mtrap.prev_mode = (csr_read(mstatus) >> 11) & 3;
    mtrap.count++;
    if (cause >> 63) {
        if (m_irq_hook)
            m_irq_hook(cause);
        return;
    }
    if ((cause == 3 || cause == 8 || cause == 9 || cause == 11) && regs[17] == 0x4d)
        csr_set(mstatus, 3ul << 11);          /* back_to_m */
    /* page faults on fetch: the faulting pc is a return address in ra */
    if (cause == 12 || cause == 1)
        csr_write(mepc, regs[1]);
    else
        csr_write(mepc, epc + insn_len(epc));
}

void strap_handler(uint64_t *regs)
{
    uint64_t cause = csr_read(scause), epc = csr_read(sepc);
    strap.cause = cause;
    strap.tval = csr_read(stval);
    strap.epc = epc;
    strap.prev_mode = (csr_read(sstatus) >> 8) & 1;
    strap.count++;
    if (cause >> 63) {
        if (s_irq_hook)
            s_irq_hook(cause);
        return;
    }
    /* enter_user's way back (ecall with a7 = 0x53) and fetch faults return
     * to the S-mode caller at ra, in S */
    if ((cause == 8 && regs[17] == 0x53) || cause == 12 || cause == 1) {
        csr_set(sstatus, 1ul << 8);
        csr_write(sepc, regs[1]);
        return;
    }
    csr_write(sepc, epc + insn_len(epc));
}
