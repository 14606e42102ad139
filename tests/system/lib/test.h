/*
 * The bare-metal test library (lib.c, start.S): console output on the
 * NS16550A, the test device for the verdict, CSR access, trap recording
 * and mode switches.  A test's main returns 0 for pass; CHECK reports the
 * failing line on the console and exits with status 1.
 */
#ifndef SYSTEST_H
#define SYSTEST_H

#include <stdint.h>

#define csr_read(csr) ({ uint64_t v_; __asm__ volatile("csrr %0, " #csr : "=r"(v_)); v_; })
#define csr_write(csr, v) __asm__ volatile("csrw " #csr ", %0" :: "r"((uint64_t)(v)))
#define csr_set(csr, v) __asm__ volatile("csrs " #csr ", %0" :: "r"((uint64_t)(v)))
#define csr_clear(csr, v) __asm__ volatile("csrc " #csr ", %0" :: "r"((uint64_t)(v)))

#define MMIO32(a) (*(volatile uint32_t *)(uintptr_t)(a))
#define MMIO64(a) (*(volatile uint64_t *)(uintptr_t)(a))
#define MMIO8(a) (*(volatile uint8_t *)(uintptr_t)(a))

#define UART_BASE 0x10000000ul
#define CLINT_BASE 0x2000000ul
#define CLINT_MSIP (CLINT_BASE + 0)
#define CLINT_MTIMECMP (CLINT_BASE + 0x4000)
#define CLINT_MTIME (CLINT_BASE + 0xbff8)
#define PLIC_BASE 0xc000000ul
#define TEST_BASE 0x100000ul

void putch(char c);
void puts(const char *s);
void puthex(uint64_t v);
void putdec(uint64_t v);
void test_exit(int code) __attribute__((noreturn));
void check_failed(int line, const char *what) __attribute__((noreturn));
#define CHECK(c) do { if (!(c)) check_failed(__LINE__, #c); } while (0)
#define CHECK_EQ(a, b) do { uint64_t a_ = (uint64_t)(a), b_ = (uint64_t)(b); \
    if (a_ != b_) { puts("  got "); puthex(a_); puts(" want "); puthex(b_); puts("\n"); \
                    check_failed(__LINE__, #a " == " #b); } } while (0)

/* The last trap each handler saw.  An exception returns past the faulting
 * instruction; an ecall with a7 = 0x4d taken in M returns in M-mode. */
typedef struct Trap {
    volatile uint64_t cause, tval, epc, count, prev_mode;
} Trap;
extern Trap mtrap, strap;
/* Called for interrupts (to silence the source); NULL: none. */
extern void (*m_irq_hook)(uint64_t cause);
extern void (*s_irq_hook)(uint64_t cause);
extern void strap_entry(void);
void *mtrap_entry_addr(void);

void goto_mode(int mode);          /* from M: continue in mode (0 U, 1 S, 3 M) */
void goto_user_from_s(void);       /* from S: continue in U */
void back_to_m(void);              /* from any mode: continue in M */
void back_to_m_ebreak(void);
long enter_user(uint64_t pc);        /* from S: run pc in U (see start.S) */       /* the same through ebreak */

#endif
