/*
 * Sv39 and Sv48 page tables, run in S-mode with page faults delegated:
 * 4 KiB pages under a 1 GiB identity mapping, A and D bits set by the
 * hardware walk, load/store/fetch page faults with the faulting address
 * in stval, R/W/X permissions, MXR, SUM, M-mode accesses through MPRV with
 * U-mode rights, sfence.vma after a PTE change, code executed from a
 * mapped page and rewritten (fence.i), misaligned superpages, and
 * non-canonical addresses, and code that changes under the same virtual
 * address (another satp, a PTE change, an unmapping).
 */
#include "lib/test.h"

#define PTE_V 1ul
#define PTE_R 2ul
#define PTE_W 4ul
#define PTE_X 8ul
#define PTE_U 16ul
#define PTE_G 32ul
#define PTE_A 64ul
#define PTE_D 128ul

static uint64_t pool[12][512] __attribute__((aligned(4096)));
static unsigned npool;
static uint8_t pages[4][4096] __attribute__((aligned(4096)));
static uint32_t code_page[1024] __attribute__((aligned(4096)));
static uint32_t code_page2[1024] __attribute__((aligned(4096)));
static int levels;

static uint64_t *new_table(void)
{
    uint64_t *t = pool[npool++];
    for (int i = 0; i < 512; i++)
        t[i] = 0;
    return t;
}

static uint64_t pte(uint64_t pa, uint64_t flags) { return ((pa >> 12) << 10) | flags; }

/* The leaf PTE slot of va at 4 KiB granularity, creating tables. */
static uint64_t *leaf_slot(uint64_t *root, uint64_t va)
{
    uint64_t *t = root;
    for (int l = levels - 1; l > 0; l--) {
        uint64_t *e = &t[(va >> (12 + 9 * l)) & 511];
        if (!(*e & PTE_V))
            *e = pte((uint64_t)new_table(), PTE_V);
        t = (uint64_t *)((*e >> 10) << 12);
    }
    return &t[(va >> 12) & 511];
}

static void map(uint64_t *root, uint64_t va, uint64_t pa, uint64_t flags)
{
    *leaf_slot(root, va) = pte(pa, flags | PTE_V);
}

/* A gigapage (level 2 leaf) identity mapping of [base, base + 1 GiB). */
static void map_giga(uint64_t *root, uint64_t base, uint64_t flags)
{
    uint64_t *t = root;
    if (levels == 4) {
        uint64_t *e = &t[(base >> 39) & 511];
        if (!(*e & PTE_V))
            *e = pte((uint64_t)new_table(), PTE_V);
        t = (uint64_t *)((*e >> 10) << 12);
    }
    t[(base >> 30) & 511] = pte(base, flags | PTE_V | PTE_A | PTE_D);
}

static uint64_t rd(uint64_t va) { return *(volatile uint64_t *)va; }
static void wr(uint64_t va, uint64_t v) { *(volatile uint64_t *)va = v; }

/* Run in S with a fault expected; returns scause (0: no trap) and checks stval. */
static uint64_t faults_rd(uint64_t va)
{
    uint64_t n = strap.count;
    rd(va);
    if (strap.count == n)
        return 0;
    CHECK_EQ(strap.tval, va);
    return strap.cause;
}

static uint64_t faults_wr(uint64_t va)
{
    uint64_t n = strap.count;
    wr(va, 1);
    if (strap.count == n)
        return 0;
    CHECK_EQ(strap.tval, va);
    return strap.cause;
}

typedef long (*fn_t)(void);

static void run(uint64_t base)
{
    uint64_t D = base, RO = base + 0x1000, NONE = base + 0x2000, XO = base + 0x3000;
    uint64_t U = base + 0x4000, CODE = base + 0x5000, ALIAS = base + 0x6000;
    uint64_t UCODE = base + 0x7000;
    npool = 0;
    uint64_t *root = new_table();
    map_giga(root, 0x80000000ul, PTE_R | PTE_W | PTE_X | PTE_G);   /* RAM: this program */
    map_giga(root, 0x00000000ul, PTE_R | PTE_W);                   /* devices */
    map(root, D, (uint64_t)pages[0], PTE_R | PTE_W);                 /* A, D clear */
    map(root, RO, (uint64_t)pages[1], PTE_R | PTE_A);
    map(root, XO, (uint64_t)pages[2], PTE_X | PTE_A);
    map(root, U, (uint64_t)pages[3], PTE_R | PTE_W | PTE_U | PTE_A | PTE_D);
    map(root, CODE, (uint64_t)code_page, PTE_R | PTE_X | PTE_A);
    map(root, ALIAS, (uint64_t)pages[0], PTE_R | PTE_A);
    map(root, UCODE, (uint64_t)code_page, PTE_R | PTE_X | PTE_U | PTE_A);
    (void)NONE;
    volatile uint64_t *dslot = leaf_slot(root, D);
    ((volatile uint64_t *)pages[0])[0] = 0x1234;
    ((volatile uint64_t *)pages[1])[0] = 0x5678;
    ((volatile uint64_t *)pages[2])[0] = 0x9abc;
    code_page[0] = 0x02a00513;          /* li a0, 42 */
    code_page[1] = 0x00008067;          /* ret */
    code_page[2] = 0x02a00513;          /* U entry (+8): li a0, 42 */
    code_page[3] = 0x05300893;          /* li a7, 0x53 */
    code_page[4] = 0x00000073;          /* ecall: back to S */
    __asm__ volatile("fence.i" ::: "memory");

    csr_write(stvec, (uint64_t)strap_entry);
    csr_write(medeleg, (1ul << 8) | (1ul << 12) | (1ul << 13) | (1ul << 15));
    uint64_t mode = levels == 3 ? 8ul : 9ul;
    csr_write(satp, (mode << 60) | ((uint64_t)root >> 12));
    CHECK_EQ(csr_read(satp) >> 60, mode);
    goto_mode(1);
    __asm__ volatile("sfence.vma" ::: "memory");

    /* A and D */
    CHECK_EQ(*dslot & (PTE_A | PTE_D), 0);
    CHECK_EQ(rd(D), 0x1234);
    CHECK_EQ(*dslot & (PTE_A | PTE_D), PTE_A);
    wr(D + 8, 77);
    CHECK_EQ(*dslot & (PTE_A | PTE_D), PTE_A | PTE_D);
    CHECK_EQ(((volatile uint64_t *)pages[0])[1], 77);
    CHECK_EQ(rd(ALIAS + 8), 77);

    /* permissions */
    CHECK_EQ(rd(RO), 0x5678);
    CHECK_EQ(faults_wr(RO + 16), 15);
    CHECK_EQ(faults_rd(NONE + 8), 13);
    CHECK_EQ(faults_wr(NONE), 15);
    CHECK_EQ(faults_rd(XO), 13);               /* execute-only */
    csr_set(sstatus, 1ul << 19);               /* MXR */
    CHECK_EQ(rd(XO), 0x9abc);
    csr_clear(sstatus, 1ul << 19);
    CHECK_EQ(faults_rd(U), 13);                /* U page from S without SUM */
    CHECK_EQ(faults_wr(U), 15);
    csr_set(sstatus, 1ul << 18);               /* SUM */
    wr(U, 5);
    CHECK_EQ(rd(U), 5);
    csr_clear(sstatus, 1ul << 18);

    /* fetch */
    CHECK_EQ(((fn_t)CODE)(), 42);
    uint64_t n = strap.count;
    ((fn_t)D)();                               /* no X: the handler returns to ra */
    CHECK_EQ(strap.count, n + 1);
    CHECK_EQ(strap.cause, 12);
    CHECK_EQ(strap.tval, D);
    ((fn_t)U)();                               /* S never executes U pages */
    CHECK_EQ(strap.cause, 12);
    code_page[0] = 0x02b00513;                 /* li a0, 43, through the identity map */
    __asm__ volatile("fence.i" ::: "memory");
    CHECK_EQ(((fn_t)CODE)(), 43);

    /* U-mode code: U pages only; a block translated for one mode is
     * rechecked when the other mode runs it */
    CHECK_EQ(enter_user(UCODE + 8), 42);
    CHECK_EQ(strap.cause, 8);
    n = strap.count;
    CHECK_EQ(enter_user(CODE), CODE);           /* S ran it; not a U page: nothing runs */
    CHECK_EQ(strap.count, n + 1);
    CHECK_EQ(strap.cause, 12);
    CHECK_EQ(strap.tval, CODE);
    ((fn_t)(UCODE + 8))();                      /* U page from S, after U ran it */
    CHECK_EQ(strap.count, n + 2);
    CHECK_EQ(strap.cause, 12);
    CHECK_EQ(strap.tval, UCODE + 8);
    CHECK_EQ(enter_user(UCODE + 8), 42);        /* and U still can */

    /* Code under another address space: a second root maps CODE to another
     * page; blocks are keyed by virtual pc, so each switch must run the code
     * the current mapping names (checked at block entry, no flush needed) */
    code_page2[0] = 0x04d00513;                /* li a0, 77 */
    code_page2[1] = 0x00008067;                /* ret */
    __asm__ volatile("fence.i" ::: "memory");
    uint64_t *root2 = new_table();
    map_giga(root2, 0x80000000ul, PTE_R | PTE_W | PTE_X | PTE_G);
    map_giga(root2, 0x00000000ul, PTE_R | PTE_W);
    map(root2, CODE, (uint64_t)code_page2, PTE_R | PTE_X | PTE_A);
    uint64_t satp1 = csr_read(satp), satp2 = (satp1 & ~0xfffffffffffful) | ((uint64_t)root2 >> 12);
    for (int i = 0; i < 3; i++) {
        csr_write(satp, satp2);
        __asm__ volatile("sfence.vma" ::: "memory");
        CHECK_EQ(((fn_t)CODE)(), 77);
        csr_write(satp, satp1);
        __asm__ volatile("sfence.vma" ::: "memory");
        CHECK_EQ(((fn_t)CODE)(), 43);
    }
    /* the same through a PTE change and sfence.vma of that page */
    uint64_t old_pte = *leaf_slot(root, CODE);
    *leaf_slot(root, CODE) = pte((uint64_t)code_page2, PTE_V | PTE_R | PTE_X | PTE_A);
    __asm__ volatile("sfence.vma %0" :: "r"(CODE) : "memory");
    CHECK_EQ(((fn_t)CODE)(), 77);
    *leaf_slot(root, CODE) = old_pte;
    __asm__ volatile("sfence.vma %0" :: "r"(CODE) : "memory");
    CHECK_EQ(((fn_t)CODE)(), 43);
    /* and an unmapped code page faults at once, although translated before */
    *leaf_slot(root, CODE) = 0;
    __asm__ volatile("sfence.vma %0" :: "r"(CODE) : "memory");
    n = strap.count;
    ((fn_t)CODE)();
    CHECK_EQ(strap.count, n + 1);
    CHECK_EQ(strap.cause, 12);
    CHECK_EQ(strap.tval, CODE);
    *leaf_slot(root, CODE) = old_pte;
    __asm__ volatile("sfence.vma %0" :: "r"(CODE) : "memory");
    CHECK_EQ(((fn_t)CODE)(), 43);

    /* a PTE change is seen after sfence.vma */
    *leaf_slot(root, RO) = pte((uint64_t)pages[2], PTE_V | PTE_R | PTE_A);
    __asm__ volatile("sfence.vma" ::: "memory");
    CHECK_EQ(rd(RO), 0x9abc);

    /* a misaligned superpage: a 2 MiB leaf whose PPN is not 2 MiB aligned */
    uint64_t big = base + 0x200000;
    uint64_t *l1 = root;
    for (int l = levels - 1; l > 1; l--)
        l1 = (uint64_t *)((l1[(big >> (12 + 9 * l)) & 511] >> 10) << 12);
    l1[(big >> 21) & 511] = pte(0x80001000ul, PTE_V | PTE_R | PTE_A);
    __asm__ volatile("sfence.vma" ::: "memory");
    CHECK_EQ(faults_rd(big), 13);

    /* a non-canonical address */
    uint64_t bad = levels == 3 ? (1ul << 39) : (1ul << 48);
    CHECK_EQ(faults_rd(bad), 13);
    back_to_m_ebreak();

    /* M-mode with MPRV and MPP = U: data accesses with U rights (only the
     * two loads run with MPRV set: the stack is not a U page) */
    csr_clear(mstatus, 3ul << 11);
    uint64_t v, m = mtrap.count;
    __asm__ volatile("li t0, 1 << 17\n csrs mstatus, t0\n ld %0, 0(%1)\n ld t1, 0(%2)\n"
                     "csrc mstatus, t0" : "=&r"(v) : "r"(U), "r"(D) : "t0", "t1", "memory");
    CHECK_EQ(v, 5);
    CHECK_EQ(mtrap.count, m + 1);
    CHECK_EQ(mtrap.cause, 13);                 /* M traps are never delegated */
    CHECK_EQ(mtrap.tval, D);
    csr_write(satp, 0);
    csr_write(medeleg, 0);
}

int main(void)
{
    levels = 3;
    run(0x40000000ul);
    puts("sv39: ok\n");
    levels = 4;
    run(0x00007f0000000000ul);
    puts("sv48: ok\n");
    return 0;
}
