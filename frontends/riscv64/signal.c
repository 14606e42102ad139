/*
 * riscv64 signal frames, laid out as Linux's arch/riscv/kernel/signal.c
 * builds them (struct rt_sigframe: siginfo, then ucontext with the integer
 * registers and the D-extension state), and rt_sigreturn.
 *
 * The kernel returns from a handler through the vDSO's rt_sigreturn
 * trampoline; xrun maps a one-page stand-in holding `li a7, 139; ecall` when
 * the program starts (as the kernel maps the vDSO at exec, so it never lands
 * in a hole the program made later) and points ra at it.
 */
#include <string.h>
#include <sys/mman.h>

#include "internal.h"
#include "translator/gen.h"
#include "util/guestmem.h"

/* Offsets in struct rt_sigframe (checked against glibc's ucontext_t). */
enum {
    FRAME_INFO = 0,               /* siginfo_t, 128 bytes */
    FRAME_UC = 128,               /* ucontext_t, 960 bytes */
    UC_FLAGS = 0, UC_LINK = 8,
    UC_STACK = 16,                /* ss_sp 0, ss_flags 8, ss_size 16 */
    UC_SIGMASK = 40,
    UC_MCONTEXT = 176,            /* sc_regs: pc, x1..x31 */
    MC_FPREGS = 256,              /* f[32] */
    MC_FCSR = 512,
    FRAME_SIZE = FRAME_UC + 960,
};

#define SIGRETURN_NR 139

static uint64_t sigtramp;

uint64_t riscv_sigtramp_map(void)
{
    static const uint32_t code[] = {
        0x08b00893,               /* li a7, 139 (rt_sigreturn) */
        0x00000073,               /* ecall */
    };
    return gen_map_trampoline(&sigtramp, code, sizeof(code));
}

static void put64(uint8_t *p, unsigned off, uint64_t v) { memcpy(p + off, &v, 8); }
static void put32(uint8_t *p, unsigned off, uint32_t v) { memcpy(p + off, &v, 4); }
static uint64_t get64(const uint8_t *p, unsigned off) { uint64_t v; memcpy(&v, p + off, 8); return v; }

bool riscv_setup_sigframe(GuestCPU *cpu, const GuestSigFrame *f)
{
    RISCVCPU *c = (RISCVCPU *)cpu;
    uint64_t ret = f->restorer ? f->restorer : riscv_sigtramp_map();
    uint64_t frame = (f->sp - FRAME_SIZE) & ~15ull;
    if (!ret || !gm_access_ok(frame, FRAME_SIZE, PROT_READ | PROT_WRITE))
        return false;
    uint8_t *p = g2h(frame);
    memset(p, 0, FRAME_SIZE);

    /* siginfo: signo, errno, code, then the union at 16 */
    put32(p, FRAME_INFO + 0, (uint32_t)f->sig);
    put32(p, FRAME_INFO + 8, (uint32_t)f->code);
    if (f->addr) {
        put64(p, FRAME_INFO + 16, f->addr);
    } else {
        put32(p, FRAME_INFO + 16, (uint32_t)f->pid);
        put32(p, FRAME_INFO + 20, (uint32_t)f->uid);
    }

    uint8_t *uc = p + FRAME_UC;
    put64(uc, UC_STACK + 0, f->ss_sp);
    put32(uc, UC_STACK + 8, f->ss_flags);
    put64(uc, UC_STACK + 16, f->ss_size);
    put64(uc, UC_SIGMASK, f->old_mask);
    put64(uc, UC_MCONTEXT, cpu->pc);
    for (int r = 1; r < 32; r++)
        put64(uc, UC_MCONTEXT + 8u * (unsigned)r, c->x[r]);
    for (int r = 0; r < 32; r++)
        put64(uc, UC_MCONTEXT + MC_FPREGS + 8u * (unsigned)r, c->f[r]);
    put32(uc, UC_MCONTEXT + MC_FCSR, (uint32_t)(c->frm << 5 | riscv_fflags_read(c)));

    c->x[2] = frame;                          /* sp */
    c->x[1] = ret;                            /* ra */
    c->x[10] = (uint64_t)f->sig;              /* a0 */
    c->x[11] = frame + FRAME_INFO;            /* a1: siginfo */
    c->x[12] = frame + FRAME_UC;              /* a2: ucontext */
    cpu->pc = f->handler;
    c->res_addr = ~0ull;                      /* a signal breaks an LR/SC pair */
    return true;
}

bool riscv_restore_sigframe(GuestCPU *cpu, uint64_t *mask)
{
    RISCVCPU *c = (RISCVCPU *)cpu;
    uint64_t frame = c->x[2];
    if (!gm_access_ok(frame, FRAME_SIZE, PROT_READ))
        return false;
    const uint8_t *uc = (const uint8_t *)g2h(frame) + FRAME_UC;
    *mask = get64(uc, UC_SIGMASK);
    cpu->pc = get64(uc, UC_MCONTEXT);
    for (int r = 1; r < 32; r++)
        c->x[r] = get64(uc, UC_MCONTEXT + 8u * (unsigned)r);
    for (int r = 0; r < 32; r++)
        c->f[r] = get64(uc, UC_MCONTEXT + MC_FPREGS + 8u * (unsigned)r);
    uint32_t fcsr;
    memcpy(&fcsr, uc + UC_MCONTEXT + MC_FCSR, 4);
    riscv_fflags_write(c, fcsr & 0x1f);
    c->frm = (fcsr >> 5) & 7;
    riscv_frm_changed(c);
    c->res_addr = ~0ull;
    return true;
}
