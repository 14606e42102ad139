/*
 * Synchronous exceptions: illegal instructions (with the encoding in
 * mtval), ecall from M, S and U (causes 11, 9, 8), ebreak, privileged
 * CSRs and instructions from lower modes, delegation of exceptions to S
 * (medeleg), misaligned loads and stores (done by the hart), and
 * misaligned AMO/SC (cause 6) and LR (cause 4).
 */
#include "lib/test.h"

static volatile uint64_t scratch[4];

static void test_illegal(void)
{
    uint64_t n = mtrap.count;
    __asm__ volatile(".word 0x0000000b");          /* custom-0: not implemented */
    CHECK_EQ(mtrap.count, n + 1);
    CHECK_EQ(mtrap.cause, 2);
    CHECK_EQ(mtrap.tval, 0x0000000b);
    __asm__ volatile(".half 0");                   /* all-zero: illegal (16-bit) */
    CHECK_EQ(mtrap.cause, 2);
    CHECK_EQ(mtrap.tval, 0);
    CHECK_EQ(mtrap.count, n + 2);
    /* a CSR that does not exist */
    __asm__ volatile("csrr t0, 0x7ff" ::: "t0");
    CHECK_EQ(mtrap.cause, 2);
    CHECK_EQ(mtrap.tval, 0x7ff022f3);
    /* a write to a read-only CSR */
    __asm__ volatile("csrw mhartid, zero");
    CHECK_EQ(mtrap.cause, 2);
}

static void test_ecall_ebreak(void)
{
    __asm__ volatile("li a7, 0; ecall" ::: "a7");
    CHECK_EQ(mtrap.cause, 11);
    CHECK_EQ(mtrap.prev_mode, 3);
    __asm__ volatile("ebreak");
    CHECK_EQ(mtrap.cause, 3);
    CHECK_EQ(mtrap.tval, mtrap.epc);
    __asm__ volatile("c.ebreak");
    CHECK_EQ(mtrap.cause, 3);

    goto_mode(1);                                  /* S */
    __asm__ volatile("li a7, 0; ecall" ::: "a7");
    /* now in S after the M handler skipped the ecall */
    back_to_m();
    CHECK_EQ(mtrap.cause, 9);
    CHECK_EQ(mtrap.prev_mode, 1);

    goto_mode(0);                                  /* U */
    __asm__ volatile("li a7, 0; ecall" ::: "a7");
    back_to_m();
    CHECK_EQ(mtrap.cause, 8);
    CHECK_EQ(mtrap.prev_mode, 0);
}

static void test_privilege(void)
{
    goto_mode(1);
    __asm__ volatile("csrr t0, mstatus" ::: "t0");     /* M CSR from S */
    uint64_t c1 = mtrap.cause;
    __asm__ volatile("mret");                          /* mret from S */
    uint64_t c2 = mtrap.cause;
    uint64_t sstatus = csr_read(sstatus);              /* allowed */
    back_to_m();
    CHECK_EQ(c1, 2);
    CHECK_EQ(c2, 2);
    CHECK_EQ(sstatus & (1ul << 8), 0);                 /* SPP was never set */

    goto_mode(0);
    __asm__ volatile("csrr t0, sstatus" ::: "t0");     /* S CSR from U */
    c1 = mtrap.cause;
    __asm__ volatile("sret");
    c2 = mtrap.cause;
    __asm__ volatile("wfi");
    uint64_t c3 = mtrap.cause;
    back_to_m();
    CHECK_EQ(c1, 2);
    CHECK_EQ(c2, 2);
    CHECK_EQ(c3, 2);

    /* TSR and TVM trap sret and satp in S */
    csr_set(mstatus, (1ul << 22) | (1ul << 20));
    goto_mode(1);
    mtrap.cause = 99;
    __asm__ volatile("sret");
    c1 = mtrap.cause;
    mtrap.cause = 99;
    __asm__ volatile("csrr t0, satp" ::: "t0");
    c2 = mtrap.cause;
    mtrap.cause = 99;
    __asm__ volatile("sfence.vma");
    c3 = mtrap.cause;
    back_to_m();
    csr_clear(mstatus, (1ul << 22) | (1ul << 20));
    CHECK_EQ(c1, 2);
    CHECK_EQ(c2, 2);
    CHECK_EQ(c3, 2);
}

static void test_delegation(void)
{
    csr_write(stvec, (uint64_t)strap_entry);
    csr_write(medeleg, (1ul << 8) | (1ul << 2));       /* ecall from U, illegal */
    CHECK_EQ(csr_read(medeleg), (1ul << 8) | (1ul << 2));
    uint64_t m = mtrap.count, s = strap.count;
    goto_mode(1);
    __asm__ volatile(".word 0x0000000b");              /* illegal in S: to S */
    goto_user_from_s();
    __asm__ volatile("li a7, 1; ecall" ::: "a7");      /* from U: to S */
    uint64_t s_ecall = strap.cause, s_mode = strap.prev_mode;
    __asm__ volatile(".word 0x0000000b");              /* illegal in U: to S */
    uint64_t s_cause = strap.cause;
    back_to_m_ebreak();                                /* ebreak is not delegated */
    csr_write(medeleg, 0);
    CHECK_EQ(s_cause, 2);
    CHECK_EQ(s_ecall, 8);
    CHECK_EQ(s_mode, 0);
    CHECK_EQ(strap.count, s + 3);
    CHECK_EQ(mtrap.count, m + 1);                      /* only the ebreak */
    CHECK_EQ(mtrap.prev_mode, 0);
    /* M-mode exceptions are never delegated */
    csr_write(medeleg, 1ul << 2);
    __asm__ volatile(".word 0x0000000b");
    CHECK_EQ(mtrap.cause, 2);
    CHECK_EQ(strap.count, s + 3);
    csr_write(medeleg, 0);
}

static void test_misaligned(void)
{
    scratch[0] = 0x1122334455667788ul;
    scratch[1] = 0x99aabbccddeeff00ul;
    volatile uint8_t *p = (volatile uint8_t *)scratch;
    uint64_t v;
    __asm__ volatile("ld %0, 3(%1)" : "=r"(v) : "r"(p));
    CHECK_EQ(v, 0xeeff001122334455ul);
    uint32_t w;
    __asm__ volatile("lw %0, 1(%1)" : "=r"(w) : "r"(p));
    CHECK_EQ(w, 0x44556677u);
    __asm__ volatile("sd %0, 5(%1)" :: "r"(0x0102030405060708ul), "r"(p) : "memory");
    CHECK_EQ(scratch[0], 0x0607084455667788ul);
    CHECK_EQ(scratch[1], 0x99aabb0102030405ul);
    /* misaligned AMOs raise store/AMO misaligned (cause 6) */
    __asm__ volatile("amoadd.w zero, zero, (%0)" :: "r"(p + 2) : "memory");
    CHECK_EQ(mtrap.cause, 6);
    CHECK_EQ(mtrap.tval, (uint64_t)(p + 2));
    __asm__ volatile("sc.d zero, zero, (%0)" :: "r"(p + 4) : "memory");
    CHECK_EQ(mtrap.cause, 6);
    /* a misaligned LR is a load: load address misaligned (cause 4) */
    __asm__ volatile("lr.w zero, (%0)" :: "r"(p + 1) : "memory");
    CHECK_EQ(mtrap.cause, 4);
    CHECK_EQ(mtrap.tval, (uint64_t)(p + 1));
}

static void test_mret_state(void)
{
    /* mret: MIE <- MPIE, MPIE <- 1, MPP <- U */
    csr_clear(mstatus, 1ul << 3);
    csr_set(mstatus, 1ul << 7);
    goto_mode(3);
    uint64_t st = csr_read(mstatus);
    CHECK_EQ((st >> 3) & 1, 1);
    CHECK_EQ((st >> 7) & 1, 1);
    CHECK_EQ((st >> 11) & 3, 0);
    csr_clear(mstatus, 1ul << 3);
}

/* mstatus.FS = 0: FP instructions and CSRs are illegal; they work again after */
static void test_fs_off(void)
{
    static volatile double d = 1.5;
    csr_clear(mstatus, 3ul << 13);
    CHECK_EQ((csr_read(mstatus) >> 13) & 3, 0);
    CHECK_EQ(csr_read(mstatus) >> 63, 0);
    uint64_t n = mtrap.count;
    __asm__ volatile("fadd.d ft0, ft0, ft0");
    CHECK_EQ(mtrap.cause, 2);
    CHECK_EQ(mtrap.tval, 0x02007053);
    __asm__ volatile("fld ft1, 0(%0)" :: "r"(&d));
    CHECK_EQ(mtrap.cause, 2);
    __asm__ volatile("c.fldsp ft1, 0(sp)");
    CHECK_EQ(mtrap.cause, 2);
    __asm__ volatile("csrr t0, fflags" ::: "t0");
    CHECK_EQ(mtrap.cause, 2);
    CHECK_EQ(mtrap.count, n + 4);
    csr_set(mstatus, 1ul << 13);
    double r;
    __asm__ volatile("fld ft1, 0(%1)\n fadd.d %0, ft1, ft1" : "=f"(r) : "r"(&d) : "ft1");
    CHECK_EQ(mtrap.count, n + 4);
    CHECK(r == 3.0);
}

int main(void)
{
    CHECK_EQ(csr_read(mhartid), 0);
    CHECK_EQ(csr_read(misa) >> 62, 2);
    CHECK((csr_read(misa) >> ('s' - 'a')) & 1);
    test_illegal();
    test_ecall_ebreak();
    test_privilege();
    test_delegation();
    test_misaligned();
    test_mret_state();
    test_fs_off();
    puts("traps: ok\n");
    return 0;
}
