/*
 * The riscv64 privileged architecture for xrun-system: M, S and U modes,
 * the machine and supervisor CSRs, trap entry with delegation, mret/sret,
 * wfi, sfence.vma, and interrupt selection.
 *
 * Every SYSTEM-opcode instruction (CSR access, ecall, ebreak, xret, wfi,
 * sfence.vma) ends its translated block and is executed here, by the
 * machine loop, in C: privileged state changes rarely in comparison with
 * ordinary code, and handling it outside translated code means a CSR
 * write that enables an interrupt or changes the address space is seen
 * before the next instruction runs.
 */
#include <inttypes.h>
#include <string.h>
#include <time.h>

#include "sys.h"
#include "util/util.h"

bool sys_log_int;

enum {
    CSR_FFLAGS = 0x001, CSR_FRM = 0x002, CSR_FCSR = 0x003,
    CSR_SSTATUS = 0x100, CSR_SIE = 0x104, CSR_STVEC = 0x105, CSR_SCOUNTEREN = 0x106,
    CSR_SENVCFG = 0x10a, CSR_SSCRATCH = 0x140, CSR_SEPC = 0x141, CSR_SCAUSE = 0x142,
    CSR_STVAL = 0x143, CSR_SIP = 0x144, CSR_SATP = 0x180,
    CSR_MSTATUS = 0x300, CSR_MISA = 0x301, CSR_MEDELEG = 0x302, CSR_MIDELEG = 0x303,
    CSR_MIE = 0x304, CSR_MTVEC = 0x305, CSR_MCOUNTEREN = 0x306, CSR_MENVCFG = 0x30a,
    CSR_MCOUNTINHIBIT = 0x320, CSR_MSCRATCH = 0x340, CSR_MEPC = 0x341,
    CSR_MCAUSE = 0x342, CSR_MTVAL = 0x343, CSR_MIP = 0x344,
    CSR_PMPCFG0 = 0x3a0, CSR_PMPADDR0 = 0x3b0,
    CSR_MCYCLE = 0xb00, CSR_MINSTRET = 0xb02,
    CSR_CYCLE = 0xc00, CSR_TIME = 0xc01, CSR_INSTRET = 0xc02,
    CSR_MVENDORID = 0xf11, CSR_MARCHID = 0xf12, CSR_MIMPID = 0xf13,
    CSR_MHARTID = 0xf14, CSR_MCONFIGPTR = 0xf15,
};

#define MISA_RV64 ((2ull << 62) | (1u << ('a' - 'a')) | (1u << ('c' - 'a')) | \
                   (1u << ('d' - 'a')) | (1u << ('f' - 'a')) | (1u << ('i' - 'a')) | \
                   (1u << ('m' - 'a')) | (1u << ('s' - 'a')) | (1u << ('u' - 'a')))

#define MSTATUS_WMASK (MSTATUS_SIE | MSTATUS_MIE | MSTATUS_SPIE | MSTATUS_MPIE | MSTATUS_SPP | \
                       MSTATUS_MPP | MSTATUS_FS | MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR | \
                       MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR)
#define SSTATUS_MASK (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | MSTATUS_SUM | \
                      MSTATUS_MXR | MSTATUS_UXL | MSTATUS_SD)
#define S_INTS ((1u << IRQ_SSI) | (1u << IRQ_STI) | (1u << IRQ_SEI))
#define M_INTS (S_INTS | (1u << IRQ_MSI) | (1u << IRQ_MTI) | (1u << IRQ_MEI))
/* exceptions S-mode may handle: all but ecall from M and the reserved ones */
#define MEDELEG_MASK 0xb3ffull

static uint64_t host_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Does instruction fetch at this privilege go through page tables? */
static bool fetch_translated(SysCPU *c, uint64_t priv)
{
    return priv != PRV_M && (c->satp >> 60) != 0;
}

/*
 * The fetch regime translated code was made for: 4 | priv with paging (U
 * and S differ in the U bit), 8 | priv with PMP entries active, else 0
 * (every mode fetches the same); plus 16 while mstatus.FS is off, plus the
 * data-access mode (MPRV) << 5, which names the TLB table blocks use.
 * Each block checks it on entry (machine.c), so mode changes need no flush.
 */
uint64_t sys_fetch_key;

static void update_fetch_key(SysCPU *c)
{
    if (fetch_translated(c, c->priv))
        sys_fetch_key = 4 | c->priv;
    else
        sys_fetch_key = pmp_active(c) ? 8 | c->priv : 0;   /* PMP rights differ by mode */
    if (!(c->mstatus & MSTATUS_FS))
        sys_fetch_key |= 16;                 /* FP instructions translate as illegal */
    unsigned dm = priv_data_mode(c);
    sys_fetch_key |= (uint64_t)(dm == PRV_M ? 2 : dm) << 5;   /* which TLB the block uses */
}

static void set_priv(SysCPU *c, uint64_t priv)
{
    c->priv = priv;
    update_fetch_key(c);
    tlb_select(c);
}

void priv_reset(SysCPU *c)
{
    c->priv = PRV_M;
    c->mstatus = (2ull << 32) | (2ull << 34);   /* UXL = SXL = 64 */
    update_fetch_key(c);
    tlb_select(c);
}

unsigned priv_data_mode(SysCPU *c)
{
    if (c->priv == PRV_M && (c->mstatus & MSTATUS_MPRV))
        return (unsigned)((c->mstatus & MSTATUS_MPP) >> 11);
    return (unsigned)c->priv;
}

uint64_t priv_mip(SysCPU *c)
{
    uint64_t mip = c->mip_sw;
    if (clint_mtip())
        mip |= 1u << IRQ_MTI;
    if (clint_msip())
        mip |= 1u << IRQ_MSI;
    if (plic_irq_pending(0))
        mip |= 1u << IRQ_MEI;
    if (plic_irq_pending(1))
        mip |= 1u << IRQ_SEI;
    return mip;
}

void priv_trap(SysCPU *c, uint64_t cause, uint64_t tval, uint64_t epc)
{
    bool irq = cause >> 63;
    unsigned code = cause & 63;
    uint64_t deleg = irq ? c->mideleg : c->medeleg;
    uint64_t st = c->mstatus;
    if (sys_log_int)
        log_printf("%s %" PRIu64 " at pc %016" PRIx64 " tval %016" PRIx64 " from priv %" PRIu64 "%s\n",
                   irq ? "interrupt" : "exception", cause & 63, epc, tval, c->priv,
                   c->priv <= PRV_S && ((deleg >> code) & 1) ? " (to S)" : "");
    if (c->priv <= PRV_S && ((deleg >> code) & 1)) {
        c->scause = cause;
        c->sepc = epc;
        c->stval = tval;
        st = (st & ~MSTATUS_SPP) | (c->priv << 8);
        st = (st & ~MSTATUS_SPIE) | ((st & MSTATUS_SIE) << 4);
        st &= ~MSTATUS_SIE;
        c->mstatus = st;
        c->rv.common.pc = (c->stvec & ~3ull) + ((c->stvec & 1) && irq ? 4ull * code : 0);
        set_priv(c, PRV_S);
    } else {
        c->mcause = cause;
        c->mepc = epc;
        c->mtval = tval;
        st = (st & ~MSTATUS_MPP) | (c->priv << 11);
        st = (st & ~MSTATUS_MPIE) | ((st & MSTATUS_MIE) << 4);
        st &= ~MSTATUS_MIE;
        c->mstatus = st;
        c->rv.common.pc = (c->mtvec & ~3ull) + ((c->mtvec & 1) && irq ? 4ull * code : 0);
        set_priv(c, PRV_M);
    }
    c->wfi = false;
    c->rv.res_addr = ~0ull;
}

uint64_t priv_pending(SysCPU *c)
{
    return priv_mip(c) & c->mie;
}

/* Interrupt priority: MEI, MSI, MTI, SEI, SSI, STI. */
static const unsigned irq_order[] = { IRQ_MEI, IRQ_MSI, IRQ_MTI, IRQ_SEI, IRQ_SSI, IRQ_STI };

bool priv_check_interrupts(SysCPU *c)
{
    uint64_t pend = priv_pending(c);
    if (!pend)
        return false;
    bool m_on = c->priv < PRV_M || (c->mstatus & MSTATUS_MIE);
    bool s_on = c->priv < PRV_S || (c->priv == PRV_S && (c->mstatus & MSTATUS_SIE));
    uint64_t m = m_on ? pend & ~c->mideleg : 0;
    uint64_t s = s_on ? pend & c->mideleg : 0;
    uint64_t take = m ? m : s;
    if (!take)
        return false;
    for (unsigned i = 0; i < sizeof(irq_order) / sizeof(irq_order[0]); i++) {
        if ((take >> irq_order[i]) & 1) {
            priv_trap(c, (1ull << 63) | irq_order[i], 0, c->rv.common.pc);
            return true;
        }
    }
    return false;
}

/* ---- CSRs ---- */

static bool counter_ok(SysCPU *c, unsigned idx)
{
    if (c->priv == PRV_M)
        return true;
    if (!((c->mcounteren >> idx) & 1))
        return false;
    return c->priv == PRV_S || ((c->scounteren >> idx) & 1);
}

static bool fp_ok(SysCPU *c)
{
    return (c->mstatus & MSTATUS_FS) != 0;
}

static uint64_t status_read(SysCPU *c)
{
    uint64_t st = c->mstatus;
    if ((st & MSTATUS_FS) == MSTATUS_FS)
        st |= MSTATUS_SD;
    return st;
}

/* Read csr into *v; false: illegal instruction. */
static bool csr_read(SysCPU *c, unsigned csr, uint64_t *v)
{
    if (((csr >> 8) & 3) > c->priv)
        return false;
    if (csr >= CSR_PMPADDR0 && csr < CSR_PMPADDR0 + 64) {
        unsigned i = csr - CSR_PMPADDR0;
        *v = i < 16 ? c->pmpaddr[i] : 0;
        return true;
    }
    if (csr >= CSR_PMPCFG0 && csr < CSR_PMPCFG0 + 16) {
        if (csr & 1)
            return false;                  /* odd pmpcfg do not exist on RV64 */
        unsigned i = (csr - CSR_PMPCFG0) / 2;
        *v = i < 2 ? c->pmpcfg[i] : 0;
        return true;
    }
    /* hpm counters and events exist and read as zero (none implemented) */
    if ((csr >= 0xb03 && csr <= 0xb1f) || (csr >= 0x323 && csr <= 0x33f)) {
        *v = 0;
        return true;
    }
    if (csr >= 0xc03 && csr <= 0xc1f) {
        *v = 0;
        return counter_ok(c, csr - 0xc00);
    }
    switch (csr) {
    case CSR_FFLAGS: if (!fp_ok(c)) return false; *v = riscv_fflags_read(&c->rv); return true;
    case CSR_FRM: if (!fp_ok(c)) return false; *v = c->rv.frm; return true;
    case CSR_FCSR: if (!fp_ok(c)) return false;
        *v = riscv_fflags_read(&c->rv) | c->rv.frm << 5; return true;
    case CSR_CYCLE: case CSR_INSTRET: if (!counter_ok(c, csr & 3)) return false;
        /* fall through */
    case CSR_MCYCLE: case CSR_MINSTRET: *v = host_ns(); return true;
    case CSR_TIME: if (!counter_ok(c, 1)) return false; *v = clint_mtime(); return true;
    case CSR_SSTATUS: *v = status_read(c) & SSTATUS_MASK; return true;
    case CSR_SIE: *v = c->mie & c->mideleg; return true;
    case CSR_STVEC: *v = c->stvec; return true;
    case CSR_SCOUNTEREN: *v = c->scounteren; return true;
    case CSR_SENVCFG: *v = c->senvcfg; return true;
    case CSR_SSCRATCH: *v = c->sscratch; return true;
    case CSR_SEPC: *v = c->sepc; return true;
    case CSR_SCAUSE: *v = c->scause; return true;
    case CSR_STVAL: *v = c->stval; return true;
    case CSR_SIP: *v = priv_mip(c) & c->mideleg; return true;
    case CSR_SATP:
        if (c->priv == PRV_S && (c->mstatus & MSTATUS_TVM))
            return false;
        *v = c->satp; return true;
    case CSR_MSTATUS: *v = status_read(c); return true;
    case CSR_MISA: *v = MISA_RV64; return true;
    case CSR_MEDELEG: *v = c->medeleg; return true;
    case CSR_MIDELEG: *v = c->mideleg; return true;
    case CSR_MIE: *v = c->mie; return true;
    case CSR_MTVEC: *v = c->mtvec; return true;
    case CSR_MCOUNTEREN: *v = c->mcounteren; return true;
    case CSR_MENVCFG: *v = c->menvcfg; return true;
    case CSR_MCOUNTINHIBIT: *v = c->mcountinhibit; return true;
    case CSR_MSCRATCH: *v = c->mscratch; return true;
    case CSR_MEPC: *v = c->mepc; return true;
    case CSR_MCAUSE: *v = c->mcause; return true;
    case CSR_MTVAL: *v = c->mtval; return true;
    case CSR_MIP: *v = priv_mip(c); return true;
    case CSR_MVENDORID: case CSR_MARCHID: case CSR_MIMPID:
    case CSR_MHARTID: case CSR_MCONFIGPTR: *v = 0; return true;
    }
    return false;
}

static void mstatus_write(SysCPU *c, uint64_t v, uint64_t mask)
{
    uint64_t old = c->mstatus;
    uint64_t st = (old & ~mask) | (v & mask);
    if (((st & MSTATUS_MPP) >> 11) == 2)
        st &= ~MSTATUS_MPP;                 /* reserved: read back as U */
    if (st & MSTATUS_FS)
        st |= MSTATUS_FS;                   /* FP state is always reported dirty */
    c->mstatus = st;
    if ((old ^ st) & (MSTATUS_MPRV | MSTATUS_MPP | MSTATUS_SUM | MSTATUS_MXR))
        tlb_flush();
    tlb_select(c);
    update_fetch_key(c);
}

static void satp_write(SysCPU *c, uint64_t v)
{
    uint64_t mode = v >> 60;
    if (mode != 0 && mode != 8 && mode != 9)
        return;                              /* unsupported mode: no effect */
    if (mode == 0)
        v = 0;
    if (v != c->satp) {
        c->satp = v;
        tlb_flush();                 /* blocks recheck their pages on entry */
        update_fetch_key(c);
    }
}

/* New PMP rules: TLB entries and translations were checked against the old ones. */
static void pmp_changed(SysCPU *c)
{
    tlb_flush();
    sys_flush_code();
    update_fetch_key(c);
}

/* Write csr; false: illegal instruction. */
static bool csr_write(SysCPU *c, unsigned csr, uint64_t v)
{
    if (((csr >> 8) & 3) > c->priv || (csr >> 10) == 3)
        return false;
    if (csr >= CSR_PMPADDR0 && csr < CSR_PMPADDR0 + 64) {
        unsigned i = csr - CSR_PMPADDR0;
        if (i < 16)
            pmp_write_addr(c, i, v);
        pmp_changed(c);
        return true;
    }
    if (csr >= CSR_PMPCFG0 && csr < CSR_PMPCFG0 + 16) {
        if (csr & 1)
            return false;
        unsigned i = (csr - CSR_PMPCFG0) / 2;
        if (i < 2)
            pmp_write_cfg(c, i, v);
        pmp_changed(c);
        return true;
    }
    if ((csr >= 0xb03 && csr <= 0xb1f) || (csr >= 0x323 && csr <= 0x33f))
        return true;                          /* hpm counters: read-only zero */
    switch (csr) {
    case CSR_FFLAGS: if (!fp_ok(c)) return false; riscv_fflags_write(&c->rv, v & 31); return true;
    case CSR_FRM: if (!fp_ok(c)) return false;
        c->rv.frm = v & 7; riscv_frm_changed(&c->rv); return true;
    case CSR_FCSR: if (!fp_ok(c)) return false;
        riscv_fflags_write(&c->rv, v & 31);
        c->rv.frm = (v >> 5) & 7; riscv_frm_changed(&c->rv); return true;
    case CSR_SSTATUS: mstatus_write(c, v, SSTATUS_MASK & MSTATUS_WMASK); return true;
    case CSR_SIE: c->mie = (c->mie & ~c->mideleg) | (v & c->mideleg); return true;
    case CSR_STVEC: c->stvec = v & ~2ull; return true;
    case CSR_SCOUNTEREN: c->scounteren = v & 0xffffffffu; return true;
    case CSR_SENVCFG: c->senvcfg = v & 1; return true;
    case CSR_SSCRATCH: c->sscratch = v; return true;
    case CSR_SEPC: c->sepc = v & ~1ull; return true;
    case CSR_SCAUSE: c->scause = v; return true;
    case CSR_STVAL: c->stval = v; return true;
    case CSR_SIP: {
        uint64_t m = c->mideleg & (1u << IRQ_SSI);
        c->mip_sw = (c->mip_sw & ~m) | (v & m);
        return true;
    }
    case CSR_SATP:
        if (c->priv == PRV_S && (c->mstatus & MSTATUS_TVM))
            return false;
        satp_write(c, v);
        return true;
    case CSR_MSTATUS: mstatus_write(c, v, MSTATUS_WMASK); return true;
    case CSR_MISA: return true;               /* fixed */
    case CSR_MEDELEG: c->medeleg = v & MEDELEG_MASK; return true;
    case CSR_MIDELEG: c->mideleg = v & S_INTS; return true;
    case CSR_MIE: c->mie = v & M_INTS; return true;
    case CSR_MTVEC: c->mtvec = v & ~2ull; return true;
    case CSR_MCOUNTEREN: c->mcounteren = v & 0xffffffffu; return true;
    case CSR_MENVCFG: c->menvcfg = v & 1; return true;
    case CSR_MCOUNTINHIBIT: c->mcountinhibit = v & 0xfffffffdu; return true;
    case CSR_MSCRATCH: c->mscratch = v; return true;
    case CSR_MEPC: c->mepc = v & ~1ull; return true;
    case CSR_MCAUSE: c->mcause = v; return true;
    case CSR_MTVAL: c->mtval = v; return true;
    case CSR_MIP: c->mip_sw = (c->mip_sw & ~S_INTS) | (v & S_INTS); return true;
    case CSR_MCYCLE: case CSR_MINSTRET: return true;   /* free-running */
    }
    return false;
}

/* csrrw/csrrs/csrrc and their immediate forms; false: illegal. */
static bool exec_csr(SysCPU *c, uint32_t insn)
{
    unsigned f3 = (insn >> 12) & 7, rd = (insn >> 7) & 31, rs1 = (insn >> 15) & 31;
    unsigned csr = insn >> 20;
    uint64_t src = (f3 & 4) ? rs1 : c->rv.x[rs1];
    unsigned op = f3 & 3;                         /* 1 rw, 2 rs, 3 rc */
    bool do_read = op != 1 || rd != 0;
    bool do_write = op == 1 || rs1 != 0;
    uint64_t old = 0;
    if (do_write && ((csr >> 10) == 3 || ((csr >> 8) & 3) > c->priv))
        return false;
    if (do_read && !csr_read(c, csr, &old))
        return false;
    if (do_write) {
        uint64_t nv = op == 1 ? src : op == 2 ? old | src : old & ~src;
        if (!csr_write(c, csr, nv))
            return false;
    }
    if (rd)
        c->rv.x[rd] = old;
    return true;
}

static void exec_mret(SysCPU *c)
{
    uint64_t st = c->mstatus;
    uint64_t mpp = (st & MSTATUS_MPP) >> 11;
    st = (st & ~MSTATUS_MIE) | ((st & MSTATUS_MPIE) >> 4);
    st |= MSTATUS_MPIE;
    st &= ~MSTATUS_MPP;
    if (mpp != PRV_M)
        st &= ~MSTATUS_MPRV;
    c->mstatus = st;
    c->rv.common.pc = c->mepc;
    c->rv.res_addr = ~0ull;
    set_priv(c, mpp);
}

static void exec_sret(SysCPU *c)
{
    uint64_t st = c->mstatus;
    uint64_t spp = (st & MSTATUS_SPP) >> 8;
    st = (st & ~MSTATUS_SIE) | ((st & MSTATUS_SPIE) >> 4);
    st |= MSTATUS_SPIE;
    st &= ~(MSTATUS_SPP | MSTATUS_MPRV);
    c->mstatus = st;
    c->rv.common.pc = c->sepc;
    c->rv.res_addr = ~0ull;
    set_priv(c, spp);
}

/* The funct3 = 0 group: ecall, ebreak, xret, wfi, sfence.vma; false: illegal. */
static bool exec_priv(SysCPU *c, uint32_t insn)
{
    uint64_t pc = c->rv.common.pc;
    if ((insn >> 25) == 0x09 && ((insn >> 7) & 31) == 0) {      /* sfence.vma */
        if (c->priv == PRV_U || (c->priv == PRV_S && (c->mstatus & MSTATUS_TVM)))
            return false;
        tlb_flush();                 /* blocks recheck their pages on entry */
        c->rv.common.pc = pc + 4;
        return true;
    }
    switch (insn) {
    case 0x00000073:                                            /* ecall */
        priv_trap(c, EXC_ECALL_U + c->priv, 0, pc);
        return true;
    case 0x00100073:                                            /* ebreak */
        priv_trap(c, EXC_BREAKPOINT, pc, pc);
        return true;
    case 0x30200073:                                            /* mret */
        if (c->priv != PRV_M)
            return false;
        exec_mret(c);
        return true;
    case 0x10200073:                                            /* sret */
        if (c->priv == PRV_U || (c->priv == PRV_S && (c->mstatus & MSTATUS_TSR)))
            return false;
        exec_sret(c);
        return true;
    case 0x10500073:                                            /* wfi */
        if (c->priv == PRV_U || (c->priv == PRV_S && (c->mstatus & MSTATUS_TW)))
            return false;
        c->rv.common.pc = pc + 4;
        if (!priv_pending(c))
            c->wfi = true;
        return true;
    }
    return false;
}

void priv_exec_system(SysCPU *c, uint32_t insn)
{
    bool ok;
    if (((insn >> 12) & 7) == 0) {
        ok = exec_priv(c, insn);
    } else if (((insn >> 12) & 7) == 4) {
        ok = false;                                 /* hypervisor loads: not implemented */
    } else {
        ok = exec_csr(c, insn);
        if (ok)
            c->rv.common.pc += 4;
    }
    if (!ok)
        priv_trap(c, EXC_ILLEGAL, insn, c->rv.common.pc);
}
