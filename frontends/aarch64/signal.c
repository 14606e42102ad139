/*
 * aarch64 signal frames, laid out as Linux's arch/arm64/kernel/signal.c
 * builds them, and rt_sigreturn.
 *
 * Below the interrupted sp: a frame record {x29, x30} (16-byte aligned) so
 * that unwinders can walk from the handler into the interrupted code, and
 * under it struct rt_sigframe: siginfo (128 bytes), then the ucontext whose
 * uc_mcontext is struct sigcontext: fault_address, x0..x30, sp, pc, pstate,
 * and a 4 KiB __reserved area of records: fpsimd_context (FPSR, FPCR, V0..V31)
 * and the terminating null record.  The handler gets x0 = signo, x1 =
 * &siginfo, x2 = &ucontext, x29 = &frame record, x30 = the restorer.
 *
 * Programs normally pass SA_RESTORER (glibc does); without it the kernel
 * uses the vDSO's sigtramp, for which xrun maps a one-page stand-in holding
 * `mov x8, #139; svc #0` when the program starts.
 */
#include <signal.h>
#include <string.h>
#include <sys/mman.h>

#include "fpu.h"
#include "internal.h"
#include "translator/gen.h"
#include "util/guestmem.h"

/* Offsets in struct rt_sigframe (checked against the kernel's uapi headers). */
enum {
    FRAME_INFO = 0,               /* siginfo_t, 128 bytes */
    FRAME_UC = 128,               /* struct ucontext */
    UC_FLAGS = 0, UC_LINK = 8,
    UC_STACK = 16,                /* ss_sp 0, ss_flags 8, ss_size 16 */
    UC_SIGMASK = 40,              /* then padding to a 1024-bit sigset */
    UC_MCONTEXT = 176,            /* struct sigcontext, 16-byte aligned */
    SC_FAULT = 0, SC_REGS = 8, SC_SP = 256, SC_PC = 264, SC_PSTATE = 272,
    SC_RESERVED = 288, SC_RESERVED_SIZE = 4096,
    FRAME_SIZE = FRAME_UC + UC_MCONTEXT + SC_RESERVED + SC_RESERVED_SIZE,   /* 4688 */
    /* records in __reserved */
    FPSIMD_MAGIC = 0x46508001, FPSIMD_SIZE = 528,   /* head, fpsr, fpcr, vregs[32] */
    ESR_MAGIC = 0x45535201, ESR_SIZE = 16,
    FP_FPSR = 8, FP_FPCR = 12, FP_VREGS = 16,
};

#define SIGRETURN_NR 139
#define PSTATE_NZCV_MASK 0xf0000000u

static uint64_t sigtramp;

/* Called when the program starts (the kernel maps its vDSO at exec). */
uint64_t a64_sigtramp_map(void)
{
    static const uint32_t code[] = {
        0xd2801168,               /* mov x8, #139 (rt_sigreturn) */
        0xd4000001,               /* svc #0 */
    };
    return gen_map_trampoline(&sigtramp, code, sizeof(code));
}

static void put64(uint8_t *p, unsigned off, uint64_t v) { memcpy(p + off, &v, 8); }
static void put32(uint8_t *p, unsigned off, uint32_t v) { memcpy(p + off, &v, 4); }
static uint64_t get64(const uint8_t *p, unsigned off) { uint64_t v; memcpy(&v, p + off, 8); return v; }
static uint32_t get32(const uint8_t *p, unsigned off) { uint32_t v; memcpy(&v, p + off, 4); return v; }

/* NZCV in PSTATE bits 31..28 (from either form of the flags). */
static uint32_t a64_pstate(const A64CPU *c)
{
    return a64_nzcv_read(c);
}

static void a64_set_pstate(A64CPU *c, uint32_t p)
{
    a64_nzcv_write(c, p & 0xf0000000u);
}

static void put_fpsimd(A64CPU *c, uint8_t *rec)
{
    put32(rec, 0, FPSIMD_MAGIC);
    put32(rec, 4, FPSIMD_SIZE);
    put32(rec, FP_FPSR, (uint32_t)a64_fpsr_read(c));
    put32(rec, FP_FPCR, (uint32_t)c->fpcr);
    for (unsigned r = 0; r < 32; r++) {
        put64(rec, FP_VREGS + 16 * r, c->v[r][0]);
        put64(rec, FP_VREGS + 16 * r + 8, c->v[r][1]);
    }
}

static void put_siginfo(uint8_t *p, const GuestSigFrame *f)
{
    put32(p, 0, (uint32_t)f->sig);
    put32(p, 8, (uint32_t)f->code);
    if (f->addr) {
        put64(p, 16, f->addr);
    } else {
        put32(p, 16, (uint32_t)f->pid);
        put32(p, 20, (uint32_t)f->uid);
    }
}

bool a64_setup_sigframe(GuestCPU *cpu, const GuestSigFrame *f)
{
    A64CPU *c = (A64CPU *)cpu;
    uint64_t ret = f->restorer ? f->restorer : a64_sigtramp_map();
    uint64_t record = (f->sp - 16) & ~15ull;
    uint64_t frame = record - FRAME_SIZE;
    if (!ret || !gm_access_ok(frame, FRAME_SIZE + 16, PROT_READ | PROT_WRITE))
        return false;
    uint8_t *p = g2h(frame);
    memset(p, 0, FRAME_SIZE);
    put64(g2h(record), 0, c->x[29]);
    put64(g2h(record), 8, c->x[30]);
    put_siginfo(p + FRAME_INFO, f);

    uint8_t *uc = p + FRAME_UC, *sc = uc + UC_MCONTEXT;
    put64(uc, UC_STACK + 0, f->ss_sp);
    put32(uc, UC_STACK + 8, f->ss_flags);
    put64(uc, UC_STACK + 16, f->ss_size);
    put64(uc, UC_SIGMASK, f->old_mask);
    if (f->sig == SIGSEGV || f->sig == SIGBUS)
        put64(sc, SC_FAULT, f->addr);
    for (unsigned r = 0; r < 31; r++)
        put64(sc, SC_REGS + 8 * r, c->x[r]);
    put64(sc, SC_SP, c->x[31]);
    put64(sc, SC_PC, cpu->pc);
    put64(sc, SC_PSTATE, a64_pstate(c));
    put_fpsimd(c, sc + SC_RESERVED);          /* the null record after it is zero */

    c->x[0] = (uint64_t)f->sig;
    c->x[1] = frame + FRAME_INFO;
    c->x[2] = frame + FRAME_UC;
    c->x[29] = record;
    c->x[30] = ret;
    c->x[31] = frame;
    cpu->pc = f->handler;
    c->excl_addr = ~0ull;                     /* a signal breaks an exclusive pair */
    return true;
}

/* Walk the __reserved records: fpsimd_context is required, an esr_context
 * is ignored, anything else (or a malformed record) makes the frame bad. */
static bool restore_records(A64CPU *c, const uint8_t *res)
{
    const uint8_t *fp = NULL;
    unsigned off = 0;
    for (;;) {
        if (off + 8 > SC_RESERVED_SIZE)
            return false;
        uint32_t magic = get32(res, off), size = get32(res, off + 4);
        if (magic == 0 && size == 0)
            break;
        if (size < 8 || size % 16 || size > SC_RESERVED_SIZE - off)
            return false;
        if (magic == FPSIMD_MAGIC) {
            if (size != FPSIMD_SIZE || fp)
                return false;
            fp = res + off;
        } else if (magic != ESR_MAGIC) {
            return false;
        }
        off += size;
    }
    if (!fp)
        return false;
    a64_fpsr_write(c, get32(fp, FP_FPSR));
    c->fpcr = get32(fp, FP_FPCR) & A64_FPCR_MASK;     /* reserved bits read as zero */
    a64_fpcr_changed(c);
    for (unsigned r = 0; r < 32; r++) {
        c->v[r][0] = get64(fp, FP_VREGS + 16 * r);
        c->v[r][1] = get64(fp, FP_VREGS + 16 * r + 8);
    }
    return true;
}

bool a64_restore_sigframe(GuestCPU *cpu, uint64_t *mask)
{
    A64CPU *c = (A64CPU *)cpu;
    uint64_t frame = c->x[31];
    if ((frame & 15) || !gm_access_ok(frame, FRAME_SIZE, PROT_READ))
        return false;
    const uint8_t *uc = (const uint8_t *)g2h(frame) + FRAME_UC, *sc = uc + UC_MCONTEXT;
    if (!restore_records(c, sc + SC_RESERVED))
        return false;
    *mask = get64(uc, UC_SIGMASK);
    for (unsigned r = 0; r < 31; r++)
        c->x[r] = get64(sc, SC_REGS + 8 * r);
    c->x[31] = get64(sc, SC_SP);
    cpu->pc = get64(sc, SC_PC);
    a64_set_pstate(c, (uint32_t)get64(sc, SC_PSTATE) & PSTATE_NZCV_MASK);
    c->excl_addr = ~0ull;
    return true;
}
