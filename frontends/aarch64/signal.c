/*
 * aarch64 signal frames, laid out as Linux's arch/arm64/kernel/signal.c
 * builds them, and rt_sigreturn.
 *
 * Below the interrupted sp: a frame record {x29, x30} (16-byte aligned) so
 * that unwinders can walk from the handler into the interrupted code, and
 * under it struct rt_sigframe: siginfo (128 bytes), then the ucontext whose
 * uc_mcontext is struct sigcontext: fault_address, x0..x30, sp, pc, pstate,
 * and a 4 KiB __reserved area of records: fpsimd_context (FPSR, FPCR, V0..V31),
 * esr_context while the thread has a fault syndrome (below), and the
 * terminating null record.  The handler gets x0 = signo, x1 = &siginfo,
 * x2 = &ucontext, x29 = &frame record, x30 = the restorer.
 *
 * Fault syndromes: Linux keeps the ESR and address of the thread's last
 * fault (thread.fault_code, fault_address) and puts them in every frame
 * while the ESR is nonzero, so a handler learns EC, WnR (write, not read)
 * and the fault status.  Data and instruction aborts and alignment faults
 * set them (set_thread_esr: a user address's ESR goes out unsanitised), an
 * undefined instruction clears them (force_signal_inject with err 0), BRK
 * leaves them alone, signals that are sent do not touch them.  The ESR is
 * built here from the faulting instruction and the guest's memory map, so
 * the JIT and the interpreter report the same one.
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

/* ESR_EL1 of an exception from EL0 (Arm ARM, ESR_ELx; ISV is 0 at EL1). */
enum {
    EC_IABT_LOW = 0x20, EC_PC_ALIGN = 0x22, EC_DABT_LOW = 0x24,
    FSC_TRANS_L0 = 0x04, FSC_TRANS_L3 = 0x07, FSC_PERM_L3 = 0x0f, FSC_ALIGN = 0x21,
};
#define ESR_WNR (1u << 6)

/* EC, IL (a 32-bit instruction) and the ISS: the 32 bits Linux reports */
static uint32_t esr_make(uint32_t ec, uint32_t iss)
{
    return ec << 26 | 1u << 25 | iss;
}

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

/* ---- fault syndromes ------------------------------------------------------------------ */

typedef enum { ACC_READ, ACC_WRITE, ACC_RMW } A64Access;

/* What the instruction does to memory, from the Arm ARM's groups of loads
 * and stores: L (bit 22) or opc (bits 23:22) tells a load from a store;
 * CAS, CASP, SWP and the LD<op> atomics read and write.  Anything else
 * counts as a read. */
static A64Access insn_access(uint32_t insn)
{
    bool l = (insn >> 22) & 1;
    if ((insn & 0xffffffe0) == 0xd50b7420)              /* DC ZVA writes */
        return ACC_WRITE;
    if ((insn & 0x0a000000) != 0x08000000)              /* not a load/store */
        return ACC_READ;
    if ((insn & 0x3f000000) == 0x08000000) {            /* exclusive, ordered, CAS(P) */
        bool o2 = (insn >> 23) & 1, o1 = (insn >> 21) & 1;
        if (o1 && (o2 || !(insn >> 31)))
            return ACC_RMW;                             /* CAS, CASP */
        return l ? ACC_READ : ACC_WRITE;
    }
    if ((insn & 0xbe000000) == 0x0c000000 ||            /* AdvSIMD structures */
        (insn & 0x38000000) == 0x28000000)              /* pairs */
        return l ? ACC_READ : ACC_WRITE;
    if ((insn & 0x3b000000) == 0x18000000)              /* literal */
        return ACC_READ;
    if ((insn & 0x3f200c00) == 0x38200000)              /* atomic memory ops */
        return ((insn >> 12) & 0xf) == 0xc ? ACC_READ : ACC_RMW;    /* LDAPR reads */
    if ((insn & 0x3f200400) == 0x38200400)              /* LDRAA, LDRAB */
        return ACC_READ;
    bool reg = (insn & 0x38000000) == 0x38000000;       /* register, any addressing */
    bool rcpc = (insn & 0x3f200c00) == 0x19000000;      /* LDAPUR, STLUR */
    if (reg && ((insn >> 26) & 1))                      /* SIMD&FP: opc<0> is L */
        return l ? ACC_READ : ACC_WRITE;
    if (reg || rcpc)                                    /* opc 00 stores */
        return (insn >> 22) & 3 ? ACC_READ : ACC_WRITE;
    return ACC_READ;
}

static A64Access access_at(uint64_t pc)
{
    uint32_t insn;
    if (!gm_access_ok(pc, 4, PROT_EXEC))
        return ACC_READ;
    memcpy(&insn, g2h(pc), 4);
    return insn_access(insn);
}

/*
 * The fault status of an access to addr: Linux maps PROT_NONE pages with
 * invalid entries, so they give translation faults like unmapped pages;
 * other mapped pages give permission faults.  The level is 3 (on hardware
 * it is where the walk of the tables that happen to exist stops), 0 past
 * the 48-bit user space (as set_thread_esr sanitises kernel addresses).
 * A host SIGBUS is a file page past the end, never mapped: translation.
 */
static uint32_t fault_status(uint64_t addr, int sig)
{
    if (addr >> 48)
        return FSC_TRANS_L0;
    if (sig == SIGBUS)
        return FSC_TRANS_L3;
    return gm_page_prot(addr) > 0 ? FSC_PERM_L3 : FSC_TRANS_L3;
}

/* The ESR of a data abort at addr by the instruction at pc.  An atomic
 * read-modify-write reports WnR = 0 when its read would have faulted too
 * (Arm ARM, ISS of a Data Abort), so only on a readable page it is 1. */
static uint32_t data_abort_esr(uint64_t pc, uint64_t addr, int sig, int code)
{
    A64Access acc = access_at(pc);
    uint32_t fsc = sig == SIGBUS && code == BUS_ADRALN ? FSC_ALIGN : fault_status(addr, sig);
    int prot = gm_page_prot(addr);
    bool readable = prot > 0 && (prot & (PROT_READ | PROT_WRITE));    /* arm64: write implies read */
    bool wnr = acc == ACC_WRITE || (acc == ACC_RMW && fsc != FSC_ALIGN && readable);
    return esr_make(EC_DABT_LOW, (wnr ? ESR_WNR : 0) | fsc);
}

/* Record the syndrome of a synchronous signal as Linux's fault paths do. */
static void note_fault(A64CPU *c, const GuestSigFrame *f)
{
    uint64_t pc = c->common.pc;
    if (f->cause == GUEST_SIG_SENT || f->sig == SIGTRAP)
        return;                                 /* BRK keeps the last fault's */
    if (f->sig != SIGSEGV && f->sig != SIGBUS) {
        c->fault_esr = c->fault_far = 0;        /* SIGILL: arm64_notify_die(err 0) */
    } else if (f->cause == GUEST_SIG_SYNC_FETCH) {
        c->fault_esr = esr_make(EC_IABT_LOW, fault_status(f->addr, f->sig));
        c->fault_far = f->addr;
    } else if (f->sig == SIGBUS && f->code == BUS_ADRALN && (pc & 3)) {
        c->fault_esr = esr_make(EC_PC_ALIGN, 0);          /* do_sp_pc_abort */
        c->fault_far = 0;
    } else {
        c->fault_esr = data_abort_esr(pc, f->addr, f->sig, f->code);
        c->fault_far = f->addr;
    }
}

static void put_esr(uint8_t *rec, uint64_t esr)
{
    put32(rec, 0, ESR_MAGIC);
    put32(rec, 4, ESR_SIZE);
    put64(rec, 8, esr);
}

bool a64_setup_sigframe(GuestCPU *cpu, const GuestSigFrame *f)
{
    A64CPU *c = (A64CPU *)cpu;
    note_fault(c, f);
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
    put64(sc, SC_FAULT, c->fault_far);
    for (unsigned r = 0; r < 31; r++)
        put64(sc, SC_REGS + 8 * r, c->x[r]);
    put64(sc, SC_SP, c->x[31]);
    put64(sc, SC_PC, cpu->pc);
    put64(sc, SC_PSTATE, a64_pstate(c));
    put_fpsimd(c, sc + SC_RESERVED);
    if (c->fault_esr)                         /* then the null record (zero) */
        put_esr(sc + SC_RESERVED + FPSIMD_SIZE, c->fault_esr);

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
