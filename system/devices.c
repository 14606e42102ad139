/*
 * The devices of the virt machine at QEMU's addresses: the sifive_test
 * finisher (0x100000), the CLINT (0x2000000: msip, mtimecmp, mtime at
 * 10 MHz), the NS16550A UART on stdio (0x10000000, PLIC source 10) and the
 * PLIC (0xc000000, context 0 = hart 0 M-mode, context 1 = S-mode); the
 * virtio-mmio block device is in virtio.c.
 *
 * Devices are called from the memory helpers inside translated code; a
 * change that may raise an interrupt sets exit_request, so the machine
 * loop re-checks interrupts at the next block boundary.
 */
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sys.h"

SysCPU *sys_cpu;
int sys_exit_code = -1;

static void kick(void)
{
    if (sys_cpu)
        sys_cpu->rv.common.exit_request = 1;
}

static uint64_t host_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* ---- sifive_test: write 0x5555 (pass), code << 16 | 0x3333 (fail), 0x7777 (reset) ---- */

static uint64_t test_read(uint64_t off, unsigned size) { return 0; }

static void test_write(uint64_t off, unsigned size, uint64_t val)
{
    if (off != 0)
        return;
    switch (val & 0xffff) {
    case 0x5555: sys_exit_code = 0; break;
    case 0x3333:
        /* a failure must not read as success: code 0 or a multiple of 256 exits 1 */
        sys_exit_code = (val >> 16) & 0xff ? (int)((val >> 16) & 0xff) : 1;
        break;
    case 0x7777: sys_exit_code = 0; break;
    default: return;
    }
    fflush(stdout);
    exit(sys_exit_code);
}

/* ---- CLINT ---- */

static uint64_t boot_ns, mtime_offset;
static uint64_t mtimecmp = ~0ull;
static uint32_t msip;

uint64_t clint_mtime(void) { return (host_ns() - boot_ns) / 100 + mtime_offset; }
bool clint_mtip(void) { return clint_mtime() >= mtimecmp; }
bool clint_msip(void) { return msip & 1; }

int64_t devices_next_deadline_ns(void)
{
    if (mtimecmp == ~0ull)
        return -1;
    uint64_t now = clint_mtime();
    return mtimecmp <= now ? 0 : (int64_t)((mtimecmp - now) * 100);
}

static uint64_t part_read(uint64_t reg, uint64_t off, unsigned size)
{
    uint64_t v = reg >> (8 * (off & 7));
    return size == 8 ? v : v & ((1ull << (8 * size)) - 1);
}

static uint64_t part_write(uint64_t reg, uint64_t off, unsigned size, uint64_t val)
{
    unsigned sh = 8 * (off & 7);
    uint64_t mask = (size == 8 ? ~0ull : (1ull << (8 * size)) - 1) << sh;
    return (reg & ~mask) | ((val << sh) & mask);
}

static uint64_t clint_read(uint64_t off, unsigned size)
{
    if (off < 4)
        return msip;
    if (off >= 0x4000 && off < 0x4008)
        return part_read(mtimecmp, off, size);
    if (off >= 0xbff8 && off < 0xc000)
        return part_read(clint_mtime(), off, size);
    return 0;
}

static void clint_write(uint64_t off, unsigned size, uint64_t val)
{
    if (off < 4) {
        msip = val & 1;
    } else if (off >= 0x4000 && off < 0x4008) {
        mtimecmp = part_write(mtimecmp, off, size, val);
    } else if (off >= 0xbff8 && off < 0xc000) {
        uint64_t now = clint_mtime();
        mtime_offset += part_write(now, off, size, val) - now;
    }
    kick();
}

/* ---- PLIC ---- */

#define PLIC_NSRC 96
#define PLIC_NCTX 2
static uint32_t plic_prio[PLIC_NSRC];
static bool plic_level[PLIC_NSRC], plic_claimed[PLIC_NSRC];
static uint32_t plic_enable[PLIC_NCTX][PLIC_NSRC / 32];
static uint32_t plic_threshold[PLIC_NCTX];

static bool plic_pending_src(unsigned i) { return plic_level[i] && !plic_claimed[i]; }

/* The best claimable source for ctx, 0 if none. */
static unsigned plic_best(int ctx)
{
    unsigned best = 0;
    uint32_t best_prio = plic_threshold[ctx];
    for (unsigned i = 1; i < PLIC_NSRC; i++) {
        if (plic_pending_src(i) && ((plic_enable[ctx][i / 32] >> (i % 32)) & 1) &&
            plic_prio[i] > best_prio) {
            best = i;
            best_prio = plic_prio[i];
        }
    }
    return best;
}

bool plic_irq_pending(int ctx) { return plic_best(ctx) != 0; }

void plic_set_irq(unsigned src, bool level)
{
    if (plic_level[src] != level) {
        plic_level[src] = level;
        kick();
    }
}

static uint64_t plic_read(uint64_t off, unsigned size)
{
    if (off < 4 * PLIC_NSRC)
        return plic_prio[off / 4];
    if (off >= 0x1000 && off < 0x1000 + PLIC_NSRC / 8) {
        uint32_t w = 0;
        for (unsigned i = 0; i < 32; i++)
            if (plic_pending_src((unsigned)(off - 0x1000) * 8 + i))
                w |= 1u << i;
        return w;
    }
    if (off >= 0x2000 && off < 0x2000 + 0x80 * PLIC_NCTX) {
        unsigned ctx = (unsigned)(off - 0x2000) / 0x80, w = (unsigned)(off & 0x7f) / 4;
        return w < PLIC_NSRC / 32 ? plic_enable[ctx][w] : 0;
    }
    if (off >= 0x200000 && off < 0x200000 + 0x1000 * PLIC_NCTX) {
        unsigned ctx = (unsigned)(off - 0x200000) / 0x1000;
        if ((off & 0xfff) == 0)
            return plic_threshold[ctx];
        if ((off & 0xfff) == 4) {
            unsigned s = plic_best((int)ctx);
            if (s)
                plic_claimed[s] = true;
            kick();
            return s;
        }
    }
    return 0;
}

static void plic_write(uint64_t off, unsigned size, uint64_t val)
{
    if (off < 4 * PLIC_NSRC) {
        if (off >= 4)
            plic_prio[off / 4] = val & 7;
    } else if (off >= 0x2000 && off < 0x2000 + 0x80 * PLIC_NCTX) {
        unsigned ctx = (unsigned)(off - 0x2000) / 0x80, w = (unsigned)(off & 0x7f) / 4;
        if (w < PLIC_NSRC / 32)
            plic_enable[ctx][w] = (uint32_t)val & (w == 0 ? ~1u : ~0u);
    } else if (off >= 0x200000 && off < 0x200000 + 0x1000 * PLIC_NCTX) {
        unsigned ctx = (unsigned)(off - 0x200000) / 0x1000;
        if ((off & 0xfff) == 0)
            plic_threshold[ctx] = val & 7;
        else if ((off & 0xfff) == 4 && val < PLIC_NSRC)
            plic_claimed[val] = false;
    }
    kick();
}

/* ---- NS16550A UART ---- */

#define UART_IRQ 10
enum { LSR_DR = 0x01, LSR_THRE = 0x20, LSR_TEMT = 0x40 };
static uint8_t uart_ier, uart_lcr, uart_mcr, uart_scr, uart_dll, uart_dlm;
static bool uart_thr_ip;             /* "transmitter empty" interrupt pending */
static uint8_t rx_buf[256];
static unsigned rx_head, rx_count;
static bool stdin_eof, stdin_tty, escape;

static void uart_update(void)
{
    bool rx_ip = (uart_ier & 1) && rx_count;
    bool tx_ip = (uart_ier & 2) && uart_thr_ip;
    plic_set_irq(UART_IRQ, rx_ip || tx_ip);
}

void uart_poll_input(void)
{
    if (stdin_eof || rx_count == sizeof(rx_buf))
        return;
    struct pollfd p = { .fd = 0, .events = POLLIN };
    if (poll(&p, 1, 0) <= 0 || !(p.revents & (POLLIN | POLLHUP)))
        return;
    uint8_t tmp[sizeof(rx_buf)];
    ssize_t n = read(0, tmp, sizeof(rx_buf) - rx_count);
    if (n <= 0) {
        stdin_eof = true;
        return;
    }
    for (ssize_t i = 0; i < n; i++) {
        /* Ctrl-A x ends the machine, Ctrl-A Ctrl-A sends one Ctrl-A (QEMU's keys) */
        if (escape) {
            escape = false;
            if (tmp[i] == 'x') {
                fprintf(stderr, "xrun-system: terminated\n");
                exit(0);
            }
            if (tmp[i] != 1)
                continue;
        } else if (tmp[i] == 1 && stdin_tty) {
            escape = true;
            continue;
        }
        rx_buf[(rx_head + rx_count++) % sizeof(rx_buf)] = tmp[i];
    }
    uart_update();
}

static uint64_t uart_read(uint64_t off, unsigned size)
{
    bool dlab = uart_lcr & 0x80;
    switch (off) {
    case 0:
        if (dlab)
            return uart_dll;
        if (!rx_count) {
            uart_poll_input();
            if (!rx_count)
                return 0;
        }
        {
            uint8_t ch = rx_buf[rx_head];
            rx_head = (rx_head + 1) % sizeof(rx_buf);
            rx_count--;
            uart_update();
            return ch;
        }
    case 1: return dlab ? uart_dlm : uart_ier;
    case 2: {
        uint8_t iir = 0xc1;                            /* FIFOs on, no interrupt */
        if ((uart_ier & 1) && rx_count)
            iir = 0xc4;
        else if ((uart_ier & 2) && uart_thr_ip) {
            iir = 0xc2;
            uart_thr_ip = false;                       /* reading IIR clears it */
            uart_update();
        }
        return iir;
    }
    case 3: return uart_lcr;
    case 4: return uart_mcr;
    case 5:
        if (!rx_count)
            uart_poll_input();
        return LSR_THRE | LSR_TEMT | (rx_count ? LSR_DR : 0);
    case 6: return 0xb0;                               /* CTS, DSR, DCD */
    case 7: return uart_scr;
    }
    return 0;
}

static void uart_write(uint64_t off, unsigned size, uint64_t val)
{
    bool dlab = uart_lcr & 0x80;
    uint8_t v = (uint8_t)val;
    switch (off) {
    case 0:
        if (dlab) {
            uart_dll = v;
        } else {
            fputc(v, stdout);
            if (v == '\n')
                fflush(stdout);
            uart_thr_ip = true;                        /* transmitted at once */
        }
        break;
    case 1:
        if (dlab) {
            uart_dlm = v;
        } else {
            if ((v & 2) && !(uart_ier & 2))
                uart_thr_ip = true;
            uart_ier = v & 0x0f;
        }
        break;
    case 3: uart_lcr = v; break;
    case 4: uart_mcr = v; break;
    case 7: uart_scr = v; break;
    }
    uart_update();
}

const Device sys_devices[] = {
    { "test", 0x100000, 0x1000, test_read, test_write },
    { "clint", 0x2000000, 0x10000, clint_read, clint_write },
    { "uart", 0x10000000, 0x100, uart_read, uart_write },
    { "virtio", 0x10001000, 0x1000, virtio_read, virtio_write },
    { "plic", 0xc000000, 0x600000, plic_read, plic_write },
};
const unsigned sys_ndevices = sizeof(sys_devices) / sizeof(sys_devices[0]);

void devices_init(void)
{
    boot_ns = host_ns();
    stdin_tty = isatty(0);
}
