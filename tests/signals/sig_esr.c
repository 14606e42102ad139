/* aarch64 only: the esr_context record of signal frames and
 * sigcontext.fault_address.  Each case runs one faulting instruction; the
 * handler walks uc_mcontext.__reserved, finds ESR_MAGIC and records the
 * ESR, then returns (rt_sigreturn must accept a frame holding the record).
 *
 * Expected values are Linux's (arch/arm64/mm/fault.c, kernel/traps.c,
 * kernel/signal.c): a data abort from EL0 reports its ESR_EL1 unsanitised
 * for user addresses: EC 0x24, IL, WnR (bit 6) and the fault status: a
 * translation fault (0x07, level 3 here: the pages sit in a touched range,
 * so the walk reaches the last level) for an unmapped page and for
 * PROT_NONE (arm64 maps it with invalid entries), a permission fault (0x0f)
 * for a write to a present read-only page, alignment (0x21); past the
 * 48-bit user space the ESR is sanitised to a level 0 translation fault.
 * The record follows fpsimd_context (offset 528 in __reserved).  Atomic
 * read-modify-writes report WnR = 0 when their read faults too.  An
 * instruction abort is EC 0x20, a PC alignment fault EC 0x22 with
 * fault_address 0.  The record stays on every later frame until the next
 * fault (thread.fault_code is never cleared), BRK keeps it, SIGILL clears
 * it.  Prints one line per case; exit 1 on any difference. */
#include <stdbool.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#ifndef ESR_MAGIC                        /* <asm/sigcontext.h> may have it */
#define ESR_MAGIC 0x45535201
#endif
#define NO_ESR 0xffffffffu               /* expectation: no esr_context */
#define SAME ((uintptr_t)-1)             /* expectation: the previous fault's */

enum { RESUME_NEXT, RESUME_LR };         /* how the handler resumes */

static volatile int resume_mode;
static volatile int got_sig, got_code;
static volatile uintptr_t got_addr, got_far;
static volatile uint64_t got_esr;
static volatile int got_esr_size, got_esr_off;

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    mcontext_t *mc = &uc->uc_mcontext;
    got_sig = sig;
    got_code = si->si_code;
    got_addr = (uintptr_t)si->si_addr;
    got_far = mc->fault_address;
    got_esr = NO_ESR;
    got_esr_size = got_esr_off = 0;
    const uint8_t *res = (const uint8_t *)mc->__reserved;
    for (size_t off = 0; off + 8 <= sizeof(mc->__reserved);) {
        uint32_t magic, size;
        memcpy(&magic, res + off, 4);
        memcpy(&size, res + off + 4, 4);
        if (magic == 0 || size < 8)
            break;
        if (magic == ESR_MAGIC) {
            uint64_t esr;
            memcpy(&esr, res + off + 8, 8);
            got_esr = esr;
            got_esr_size = (int)size;
            got_esr_off = (int)off;
        }
        off += size;
    }
    mc->pc = resume_mode == RESUME_LR ? mc->regs[30] : mc->pc + 4;
}

static uint8_t *base;                    /* 4 pages: rw, hole, read-only, PROT_NONE */
static long pg;
#define RW (base)
#define HOLE (base + pg)
#define RO (base + 2 * pg)
#define NONE (base + 3 * pg)
#define HIGH ((uint8_t *)(1ul << 48))     /* past the 48-bit user space */
static uint8_t *filemap;                 /* 2 pages over a 1-page memfd: the 2nd is past EOF */

/* ---- the faulting instructions --------------------------------------------------------- */

#define INSN1(name, text, addr) \
    static void name(void) { asm volatile(text :: "r"(addr) : "x0", "x1", "v0", "v1", "memory"); }

INSN1(ldr_hole, "ldr x0, [%0]", HOLE)
INSN1(str_hole, "str x0, [%0]", HOLE)
INSN1(str_ro, "str x0, [%0]", RO)
INSN1(strb_ro, "strb w0, [%0, #3]", RO)
INSN1(ldr_none, "ldr x0, [%0]", NONE)
INSN1(str_none, "str x0, [%0]", NONE)
INSN1(ldp_hole, "ldp x0, x1, [%0]", HOLE)
INSN1(stp_ro, "stp x0, x1, [%0]", RO)
INSN1(ldr_q_none, "ldr q0, [%0]", NONE)
INSN1(str_q_ro, "str q0, [%0]", RO)
INSN1(ld1_hole, "ld1 {v0.16b}, [%0]", HOLE)
INSN1(st1_ro, "st1 {v0.16b}, [%0]", RO)
INSN1(ld2_hole, "ld2 {v0.16b, v1.16b}, [%0]", HOLE)
INSN1(st2_ro, "st2 {v0.16b, v1.16b}, [%0]", RO)
INSN1(ldxr_hole, "ldxr x0, [%0]", HOLE)
INSN1(stxr_ro, "ldxr x1, [%0]\n\tstxr w0, x1, [%0]", RO)
INSN1(ldar_none, "ldar x0, [%0]", NONE)
INSN1(stlr_ro, "stlr x0, [%0]", RO)
INSN1(ldadd_ro, "mov x1, #1\n\tldadd x1, x0, [%0]", RO)
INSN1(ldadd_none, "mov x1, #1\n\tldadd x1, x0, [%0]", NONE)
INSN1(stadd_ro, "mov x1, #1\n\tstadd x1, [%0]", RO)
INSN1(swp_hole, "swp x1, x0, [%0]", HOLE)
INSN1(cas_ro, "ldr x0, [%0]\n\tcas x0, x1, [%0]", RO)
INSN1(casp_none, "casp x0, x1, x0, x1, [%0]", NONE)
INSN1(ldapr_none, "ldapr x0, [%0]", NONE)
INSN1(dczva_ro, "dc zva, %0", RO)
INSN1(ldxr_misaligned, "ldxr x0, [%0]", RW + 4)
INSN1(stxr_misaligned, "stxr w0, x1, [%0]", RW + 4)
INSN1(ldr_high, "ldr x0, [%0]", HIGH)
INSN1(str_high, "str x0, [%0]", HIGH)
INSN1(ldr_file_eof, "ldr x0, [%0]", filemap + pg)
INSN1(str_file_eof, "str x0, [%0]", filemap + pg)

/* control transfers: the handler resumes at x30 */
#define BRANCH(name, target) \
    static void name(void) { asm volatile("blr %0" :: "r"(target) : "x30", "memory"); }
BRANCH(exec_hole, HOLE)
BRANCH(exec_rw, RW)
static void pc_misaligned(void)
{
    asm volatile("adr x0, 1f\n\tadd x0, x0, #2\n\tblr x0\n\t1: nop" ::: "x0", "x30", "memory");
}

static void brk_insn(void) { asm volatile("brk #0"); }
static void udf_insn(void) { asm volatile("udf #0"); }
static void raise_usr1(void) { raise(SIGUSR1); }

/* ---- the cases --------------------------------------------------------------------------- */

typedef struct Case {
    const char *name;
    void (*run)(void);
    int mode;
    int sig, code;
    uint32_t esr;                        /* NO_ESR: no record */
    uintptr_t far;                       /* fault_address (SAME: the last fault's) */
} Case;

static int failures;
static uintptr_t last_far;

static const char *fsc_name(uint32_t fsc)
{
    switch (fsc) {
    case 0x04: case 0x05: case 0x06: case 0x07: return "translation";
    case 0x0d: case 0x0e: case 0x0f: return "permission";
    case 0x21: return "alignment";
    default: return "other";
    }
}

static void check(const Case *c, uintptr_t want_addr)
{
    resume_mode = c->mode;
    got_sig = 0;
    c->run();
    uintptr_t far = c->far == SAME ? last_far : c->far;
    bool ok = got_sig == c->sig && got_code == c->code &&
              (uint32_t)got_esr == c->esr && (got_esr == NO_ESR || (got_esr_size == 16 && got_esr_off == 528)) &&
              (got_esr == NO_ESR || got_esr >> 32 == 0) && got_far == far &&
              (want_addr == SAME || got_addr == want_addr);
    printf("%-16s sig=%d code=%d ", c->name, got_sig, got_code);
    if (got_esr == NO_ESR) {
        printf("no esr_context");
    } else {
        uint32_t e = (uint32_t)got_esr;
        printf("esr=%#010x EC=%#04x IL=%u WnR=%u FSC=%#04x (%s)", e, e >> 26, (e >> 25) & 1,
               (e >> 6) & 1, e & 0x3f, (e >> 26) == 0x22 ? "-" : fsc_name(e & 0x3f));
    }
    printf(" far=%s %s\n", got_far == 0 ? "0" : got_far == far ? "addr" : "other",
           ok ? "ok" : "MISMATCH");
    if (!ok) {
        printf("  expected sig=%d code=%d esr=%#x far=%#lx si_addr=%#lx, got si_addr=%#lx far=%#lx\n",
               c->sig, c->code, c->esr, (unsigned long)far, (unsigned long)want_addr,
               (unsigned long)got_addr, (unsigned long)got_far);
        failures++;
    }
    if (c->far != SAME)
        last_far = c->far;
}

static void setup_memory(void)
{
    pg = sysconf(_SC_PAGESIZE);
    base = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(base, 0x5a, 4 * pg);          /* every page present before the changes */
    munmap(HOLE, pg);
    mprotect(RO, pg, PROT_READ);
    mprotect(NONE, pg, PROT_NONE);
    int fd = memfd_create("esr", 0);
    if (fd < 0 || ftruncate(fd, pg) != 0) {
        perror("memfd");
        _exit(2);
    }
    filemap = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    filemap[0] = 1;
}

int main(void)
{
    setup_memory();
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGTRAP, &sa, NULL);
    sigaction(SIGUSR1, &sa, NULL);

    uintptr_t hole = (uintptr_t)HOLE, ro = (uintptr_t)RO, none = (uintptr_t)NONE;
    uintptr_t rw = (uintptr_t)RW, eof = (uintptr_t)(filemap + pg), high = (uintptr_t)HIGH;
    const Case first[] = {
        /* nothing has faulted yet: no record */
        { "brk (fresh)", brk_insn, RESUME_NEXT, SIGTRAP, TRAP_BRKPT, NO_ESR, 0 },
        { "usr1 (fresh)", raise_usr1, RESUME_NEXT, SIGUSR1, SI_TKILL, NO_ESR, 0 },
    };
    const Case data[] = {
        { "ldr unmapped", ldr_hole, RESUME_NEXT, SIGSEGV, SEGV_MAPERR, 0x92000007, hole },
        { "str unmapped", str_hole, RESUME_NEXT, SIGSEGV, SEGV_MAPERR, 0x92000047, hole },
        { "str read-only", str_ro, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x9200004f, ro },
        { "ldr prot_none", ldr_none, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x92000007, none },
        { "str prot_none", str_none, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x92000047, none },
        { "ldp unmapped", ldp_hole, RESUME_NEXT, SIGSEGV, SEGV_MAPERR, 0x92000007, hole },
        { "stp read-only", stp_ro, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x9200004f, ro },
        { "ldr q prot_none", ldr_q_none, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x92000007, none },
        { "str q read-only", str_q_ro, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x9200004f, ro },
        { "ld1 unmapped", ld1_hole, RESUME_NEXT, SIGSEGV, SEGV_MAPERR, 0x92000007, hole },
        { "st1 read-only", st1_ro, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x9200004f, ro },
        { "ld2 unmapped", ld2_hole, RESUME_NEXT, SIGSEGV, SEGV_MAPERR, 0x92000007, hole },
        { "st2 read-only", st2_ro, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x9200004f, ro },
        { "ldxr unmapped", ldxr_hole, RESUME_NEXT, SIGSEGV, SEGV_MAPERR, 0x92000007, hole },
        { "stxr read-only", stxr_ro, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x9200004f, ro },
        { "ldar prot_none", ldar_none, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x92000007, none },
        { "stlr read-only", stlr_ro, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x9200004f, ro },
        { "ldapr prot_none", ldapr_none, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x92000007, none },
        /* read-modify-writes: WnR = 1 only where the read would not fault */
        { "ldadd read-only", ldadd_ro, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x9200004f, ro },
        { "stadd read-only", stadd_ro, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x9200004f, ro },
        { "cas read-only", cas_ro, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x9200004f, ro },
        { "ldadd prot_none", ldadd_none, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x92000007, none },
        { "swp unmapped", swp_hole, RESUME_NEXT, SIGSEGV, SEGV_MAPERR, 0x92000007, hole },
        { "casp prot_none", casp_none, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x92000007, none },
        { "dc zva read-only", dczva_ro, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x9200004f, ro },
        { "strb read-only", strb_ro, RESUME_NEXT, SIGSEGV, SEGV_ACCERR, 0x9200004f, ro + 3 },
        /* past TASK_SIZE: set_thread_esr reports a level 0 translation fault */
        { "ldr 1<<48", ldr_high, RESUME_NEXT, SIGSEGV, SEGV_MAPERR, 0x92000004, high },
        { "str 1<<48", str_high, RESUME_NEXT, SIGSEGV, SEGV_MAPERR, 0x92000044, high },
        /* a shared file page past the end: SIGBUS, a translation fault */
        { "ldr past eof", ldr_file_eof, RESUME_NEXT, SIGBUS, BUS_ADRERR, 0x92000007, eof },
        { "str past eof", str_file_eof, RESUME_NEXT, SIGBUS, BUS_ADRERR, 0x92000047, eof },
        /* alignment faults of exclusives */
        { "ldxr misaligned", ldxr_misaligned, RESUME_NEXT, SIGBUS, BUS_ADRALN, 0x92000021, rw + 4 },
        { "stxr misaligned", stxr_misaligned, RESUME_NEXT, SIGBUS, BUS_ADRALN, 0x92000061, rw + 4 },
        /* a stale syndrome rides on later frames; BRK keeps it */
        { "usr1 after fault", raise_usr1, RESUME_NEXT, SIGUSR1, SI_TKILL, 0x92000061, SAME },
        { "brk after fault", brk_insn, RESUME_NEXT, SIGTRAP, TRAP_BRKPT, 0x92000061, SAME },
        /* instruction aborts */
        { "exec unmapped", exec_hole, RESUME_LR, SIGSEGV, SEGV_MAPERR, 0x82000007, hole },
        { "exec no-exec", exec_rw, RESUME_LR, SIGSEGV, SEGV_ACCERR, 0x8200000f, rw },
        { "usr1 after exec", raise_usr1, RESUME_NEXT, SIGUSR1, SI_TKILL, 0x8200000f, SAME },
        /* PC alignment: arm64_notify_die, fault_address 0 */
        { "pc misaligned", pc_misaligned, RESUME_LR, SIGBUS, BUS_ADRALN, 0x8a000000, 0 },
        /* an undefined instruction clears the syndrome */
        { "udf", udf_insn, RESUME_NEXT, SIGILL, ILL_ILLOPC, NO_ESR, 0 },
        { "brk after udf", brk_insn, RESUME_NEXT, SIGTRAP, TRAP_BRKPT, NO_ESR, 0 },
        { "usr1 after udf", raise_usr1, RESUME_NEXT, SIGUSR1, SI_TKILL, NO_ESR, 0 },
    };
    for (size_t i = 0; i < sizeof(first) / sizeof(first[0]); i++)
        check(&first[i], SAME);
    for (size_t i = 0; i < sizeof(data) / sizeof(data[0]); i++) {
        const Case *c = &data[i];
        uintptr_t addr = c->sig == SIGUSR1 || c->sig == SIGTRAP || c->sig == SIGILL ? SAME : c->far;
        if (c->esr == 0x8a000000)
            addr = SAME;                 /* the misaligned pc */
        check(c, addr);
    }
    printf("%s\n", failures ? "FAILED" : "all ok");
    return failures != 0;
}
