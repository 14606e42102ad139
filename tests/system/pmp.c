/*
 * Physical memory protection: NAPOT, NA4 and TOR entries with R/W/X,
 * first-match priority, an access straddling an entry (fails even in M), load/store/fetch
 * access faults (causes 5, 7, 1) with the address in the tval register,
 * M-mode exempt unless the entry is locked, locked entries ignoring
 * writes, an S-mode access no entry matches (through MPRV), and no entries
 * at all.
 */
#include "lib/test.h"

static uint64_t ro_page[512] __attribute__((aligned(4096)));
static uint64_t none_page[512] __attribute__((aligned(4096)));
static uint32_t nox_page[1024] __attribute__((aligned(4096)));
static volatile uint64_t words[512] __attribute__((aligned(4096)));

#define R 1
#define W 2
#define X 4
#define TOR (1 << 3)
#define NA4 (2 << 3)
#define NAPOT (3 << 3)
#define L 0x80

static uint64_t napot(void *p, uint64_t size) { return ((uint64_t)p >> 2) | ((size >> 3) - 1); }

static uint64_t rd(volatile void *p) { return *(volatile uint64_t *)p; }
static void wr(volatile void *p, uint64_t v) { *(volatile uint64_t *)p = v; }
static uint32_t rd32(volatile void *p) { return *(volatile uint32_t *)p; }
static void wr32(volatile void *p, uint32_t v) { *(volatile uint32_t *)p = v; }

typedef long (*fn_t)(void);

/* S-mode view: causes the handler saw since n, 0 for none */
static uint64_t strap_since(uint64_t n) { return strap.count == n ? 0 : strap.cause; }

static void setup(void)
{
    csr_write(pmpaddr0, napot(ro_page, 4096));
    csr_write(pmpaddr1, napot(none_page, 4096));
    csr_write(pmpaddr2, napot(nox_page, 4096));
    csr_write(pmpaddr3, (uint64_t)&words[4] >> 2);          /* NA4: words[4] low half */
    csr_write(pmpaddr4, -1ul >> 10);                        /* NAPOT: everything */
    csr_write(pmpcfg0, (uint64_t)(NAPOT | R) | (uint64_t)NAPOT << 8 |
                       (uint64_t)(NAPOT | R) << 16 | (uint64_t)(NA4 | R) << 24 |
                       (uint64_t)(NAPOT | R | W | X) << 32);
}

static void test_s(void)
{
    ro_page[0] = 11;
    none_page[0] = 22;
    nox_page[0] = 0x02a00513;      /* li a0, 42 */
    nox_page[1] = 0x00008067;      /* ret */
    words[4] = 0x1111222233334444ul;
    __asm__ volatile("fence.i" ::: "memory");
    setup();
    CHECK_EQ(csr_read(pmpaddr0), napot(ro_page, 4096));
    csr_write(stvec, (uint64_t)strap_entry);
    csr_write(medeleg, (1ul << 1) | (1ul << 5) | (1ul << 7));

    goto_mode(1);
    uint64_t n = strap.count;
    uint64_t v1 = rd(ro_page);
    uint64_t c1 = strap_since(n);
    wr(&ro_page[1], 5);
    uint64_t c2 = strap_since(n), t2 = strap.tval;
    n = strap.count;
    rd(none_page);
    uint64_t c3 = strap_since(n), t3 = strap.tval;
    n = strap.count;
    wr(none_page, 1);
    uint64_t c4 = strap_since(n);
    n = strap.count;
    ((fn_t)nox_page)();
    uint64_t c5 = strap_since(n), t5 = strap.tval;
    /* NA4: words[4]'s low half is read-only, its high half and words[5] are not */
    n = strap.count;
    uint32_t v6 = rd32(&words[4]);
    wr32((uint32_t *)&words[4] + 1, 0x5555);
    wr(&words[5], 6);
    uint64_t c6 = strap_since(n);
    wr32(&words[4], 1);
    uint64_t c7 = strap_since(n), t7 = strap.tval;
    n = strap.count;
    uint64_t tmp;                                   /* one 8-byte load straddling the NA4 entry */
    __asm__ volatile("ld %0, -4(%1)" : "=r"(tmp) : "r"(&words[4]) : "memory");
    uint64_t c8 = strap_since(n);
    back_to_m_ebreak();

    CHECK_EQ(v1, 11);
    CHECK_EQ(c1, 0);
    CHECK_EQ(c2, 7);
    CHECK_EQ(t2, (uint64_t)&ro_page[1]);
    CHECK_EQ(rd(&ro_page[1]), 0);
    CHECK_EQ(c3, 5);
    CHECK_EQ(t3, (uint64_t)none_page);
    CHECK_EQ(c4, 7);
    CHECK_EQ(c5, 1);
    CHECK_EQ(t5, (uint64_t)nox_page);
    CHECK_EQ(v6, 0x33334444u);
    CHECK_EQ(c6, 0);
    CHECK_EQ(rd32(&words[4]), 0x33334444u);
    CHECK_EQ(rd32((uint32_t *)&words[4] + 1), 0x5555u);
    CHECK_EQ(words[5], 6);
    CHECK_EQ(c7, 7);
    CHECK_EQ(t7, (uint64_t)&words[4]);
    CHECK_EQ(c8, 5);

    /* an access that matches an entry in part fails even in M */
    uint64_t m = mtrap.count;
    rd(&words[4]);
    CHECK_EQ(mtrap.count, m + 1);
    CHECK_EQ(mtrap.cause, 5);
    /* M-mode is not checked against unlocked entries */
    wr(&ro_page[1], 7);
    CHECK_EQ(rd(none_page), 22);
    CHECK_EQ(((fn_t)nox_page)(), 42);
    CHECK_EQ(rd(&ro_page[1]), 7);
    csr_write(medeleg, 0);
}

static void test_unmatched(void)
{
    /* only entry 0 active: an S-mode data access elsewhere fails (MPRV) */
    csr_write(pmpcfg0, NAPOT | R);
    csr_clear(mstatus, 3ul << 11);
    csr_set(mstatus, 1ul << 11);                   /* MPP = S */
    uint64_t n = mtrap.count, v;
    __asm__ volatile("li t0, 1 << 17\n csrs mstatus, t0\n ld %0, 0(%1)\n ld t1, 0(%2)\n"
                     "csrc mstatus, t0" : "=&r"(v) : "r"(ro_page), "r"(none_page) : "t0", "t1", "memory");
    CHECK_EQ(v, 11);
    CHECK_EQ(mtrap.count, n + 1);
    CHECK_EQ(mtrap.cause, 5);
    CHECK_EQ(mtrap.tval, (uint64_t)none_page);
    /* no entry active: S-mode may access everything */
    csr_write(pmpcfg0, 0);
    goto_mode(1);
    uint64_t w = rd(none_page);
    back_to_m_ebreak();
    CHECK_EQ(w, 22);
}

static void test_locked(void)
{
    setup();
    csr_write(pmpcfg0, csr_read(pmpcfg0) | L);     /* lock entry 0 (ro_page: R) */
    uint64_t n = mtrap.count;
    wr(&ro_page[2], 9);                            /* now M is checked too */
    CHECK_EQ(mtrap.count, n + 1);
    CHECK_EQ(mtrap.cause, 7);
    CHECK_EQ(rd(&ro_page[2]), 0);
    CHECK_EQ(rd(ro_page), 11);
    csr_write(pmpcfg0, csr_read(pmpcfg0) & ~0xfful);    /* ignored */
    CHECK_EQ(csr_read(pmpcfg0) & 0xff, NAPOT | R | L);
    csr_write(pmpaddr0, 0);                              /* ignored */
    CHECK_EQ(csr_read(pmpaddr0), napot(ro_page, 4096));
}

int main(void)
{
    test_s();
    test_unmatched();
    test_locked();
    puts("pmp: ok\n");
    return 0;
}
