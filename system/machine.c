/*
 * The virt machine: physical memory and the bus, the system-mode
 * translation hook around the riscv64 frontend, and the machine loop that
 * runs translated code and turns its exits into traps, interrupts and
 * device work.
 *
 * Translation: instructions are fetched through the MMU (a fetch fault
 * becomes a block that raises it), SYSTEM-opcode instructions end the
 * block and are executed by priv.c, everything else is the user-mode
 * frontend's IR, whose memory ops translator/softmmu.c then lowers to the
 * software TLB (mmu.c).
 */
#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "machine.h"
#include "sys.h"
#include "translator/gen.h"
#include "translator/softmmu.h"
#include "util/util.h"

uint8_t *ram_host;
uint64_t ram_base = 0x80000000ull, ram_size;
static uint64_t *code_bits;

/* ---- physical memory ---- */

static const Device *find_device(uint64_t pa)
{
    for (unsigned i = 0; i < sys_ndevices; i++)
        if (pa >= sys_devices[i].base && pa - sys_devices[i].base < sys_devices[i].size)
            return &sys_devices[i];
    return NULL;
}

bool phys_read(uint64_t pa, unsigned size, uint64_t *val)
{
    if (pa_is_ram(pa, size)) {
        *val = 0;
        memcpy(val, ram_host + (pa - ram_base), size);
        return true;
    }
    const Device *d = find_device(pa);
    if (!d)
        return false;
    *val = d->read(pa - d->base, size);
    return true;
}

bool phys_write(uint64_t pa, unsigned size, uint64_t val)
{
    if (pa_is_ram(pa, size)) {
        memcpy(ram_host + (pa - ram_base), &val, size);
        return true;
    }
    const Device *d = find_device(pa);
    if (!d)
        return false;
    d->write(pa - d->base, size, val);
    return true;
}

void code_page_mark(uint64_t pa)
{
    uint64_t pg = (pa - ram_base) >> 12;
    code_bits[pg / 64] |= 1ull << (pg % 64);
}

bool code_page_test(uint64_t pa)
{
    uint64_t pg = (pa - ram_base) >> 12;
    return pa_is_ram(pa, 1) && ((code_bits[pg / 64] >> (pg % 64)) & 1);
}

void dma_written(uint64_t pa, uint64_t len)
{
    for (uint64_t a = pa & ~0xfffull; a < pa + len; a += 0x1000) {
        if (code_page_test(a) && sys_cpu) {
            sys_cpu->flush_pending = true;
            sys_cpu->rv.common.exit_request = 1;
        }
    }
}

void code_pages_clear(void)
{
    memset(code_bits, 0, ((ram_size >> 12) + 63) / 64 * 8);
}

void sys_flush_code(void)
{
    code_cache_flush();
    code_pages_clear();
}

void machine_ram_init(uint64_t size)
{
    ram_size = size;
    ram_host = calloc(1, size);
    code_bits = calloc(((size >> 12) + 63) / 64, 8);
    if (!ram_host || !code_bits)
        xrun_fatal(XRUN_EXIT_NOMEM, "cannot allocate %" PRIu64 " MiB of guest RAM", size >> 20);
}

/* ---- translation ---- */

static uint32_t h_fetch_fault, h_fetch_check;
static SoftmmuConfig mmu_cfg;
static bool softmmu_slow;

static uint64_t helper_fetch_fault(void *cpu, uint64_t cause, uint64_t tval, uint64_t a2, uint64_t a3)
{
    SysCPU *c = cpu;
    c->exc_cause = cause;
    c->exc_tval = tval;
    return 0;
}

static void gen_sys_fetch_fault(IRBlock *b, uint64_t pc, uint64_t cause, uint64_t tval)
{
    ir_insn_start(b, pc);
    ir_movi(b, RV_G_PC, pc);
    ir_call(b, h_fetch_fault, IR_NOTEMP, ir_const(b, cause), ir_const(b, tval), IR_NOTEMP, IR_NOTEMP);
    ir_exit_tb(b, IR_EXIT_FAULT);
}

/*
 * The check at block entry failed: the block runs in another fetch regime
 * (key) than it was translated for, or (with paging) the fetch TLB does not
 * confirm that its pages still map to the physical pages it was translated
 * from.  Raise the fetch fault the current mode gets at pc; fill the fetch
 * TLB and go on when the mapping is unchanged; otherwise drop every
 * translation and translate again (the code cache is keyed by virtual pc).
 */
static uint64_t helper_fetch_check(void *cpu, uint64_t pc, uint64_t key, uint64_t ppage0,
                                   uint64_t ppage1)
{
    SysCPU *c = cpu;
    uint64_t pa;
    c->rv.common.pc = pc;
    int e = mmu_translate(c, pc, ACC_EXEC, (unsigned)c->priv, &pa);
    if (!e && (!pa_is_ram(pa, 2) || !pmp_allows(c, pa, 2, ACC_EXEC, (unsigned)c->priv)))
        e = EXC_INSN_ACCESS;
    if (e) {
        c->exc_cause = (uint64_t)e;
        c->exc_tval = pc;
        cpu_exit_raise(&c->rv.common, IR_EXIT_FAULT);
    }
    if (key == sys_fetch_key && (key & 4) && (pa & ~0xfffull) == ppage0) {
        uint64_t v0 = pc & ~0xfffull, v1 = v0 + 0x1000, pa1 = ppage1;
        if (ppage1 == ~0ull || (!mmu_translate(c, v1, ACC_EXEC, (unsigned)c->priv, &pa1) &&
                                (pa1 & ~0xfffull) == ppage1)) {
            FetchTLBEntry *t = fetch_tlb[c->priv & 1];
            t[(v0 >> 12) & (TLB_SIZE - 1)] = (FetchTLBEntry){ v0, ppage0 };
            if (ppage1 != ~0ull)
                t[(v1 >> 12) & (TLB_SIZE - 1)] = (FetchTLBEntry){ v1, ppage1 };
            return 0;
        }
    }
    c->flush_pending = true;
    cpu_exit_raise(&c->rv.common, IR_EXIT_NEXT);
}

/* One page of the block in the fetch TLB: branch to `slow` unless it maps vpage to ppage. */
static void gen_fetch_tlb_check(IRBlock *b, const FetchTLBEntry *e, uint64_t vpage,
                                uint64_t ppage, uint32_t slow)
{
    IRTemp t = ir_new_temp(b), p = ir_new_temp(b);
    ir_ld(b, t, ir_const(b, (uint64_t)(uintptr_t)&e->vpage), IR_MO_64);
    ir_brcond(b, IR_NE, t, ir_const(b, vpage), slow);
    ir_ld(b, p, ir_const(b, (uint64_t)(uintptr_t)&e->ppage), IR_MO_64);
    ir_brcond(b, IR_NE, p, ir_const(b, ppage), slow);
}

/*
 * The block's entry check (host ops, placed before the guest ops and left
 * alone by the softmmu pass): the fetch key, and with paging each code page
 * through the fetch TLB.  ppage1 is ~0 when the block lies in one page.
 */
static void gen_entry_check(IRBlock *b, SysCPU *c, uint64_t pc, uint64_t ppage0, uint64_t ppage1)
{
    IRTemp k = ir_new_temp(b);
    uint32_t ok = ir_new_label(b), slow = ir_new_label(b);
    uint64_t key = sys_fetch_key;
    ir_ld(b, k, ir_const(b, (uint64_t)(uintptr_t)&sys_fetch_key), IR_MO_64);
    ir_brcond(b, IR_NE, k, ir_const(b, key), slow);
    if (key & 4) {
        uint64_t v0 = pc & ~0xfffull;
        const FetchTLBEntry *t = fetch_tlb[c->priv & 1];
        gen_fetch_tlb_check(b, &t[(v0 >> 12) & (TLB_SIZE - 1)], v0, ppage0, slow);
        if (ppage1 != ~0ull)
            gen_fetch_tlb_check(b, &t[((v0 >> 12) + 1) & (TLB_SIZE - 1)], v0 + 0x1000, ppage1, slow);
    }
    ir_br(b, ok);
    ir_set_label(b, slow);
    ir_call(b, h_fetch_check, IR_NOTEMP, ir_const(b, pc), ir_const(b, key), ir_const(b, ppage0),
            ir_const(b, ppage1));
    ir_set_label(b, ok);
}

/* Floating-point encodings (RV64GC): illegal while mstatus.FS is off. */
static bool is_fp_insn(uint32_t insn)
{
    if ((insn & 3) != 3) {
        unsigned f3 = (insn >> 13) & 7;      /* c.fld, c.fsd, c.fldsp, c.fsdsp */
        return (insn & 3) != 1 && (f3 == 1 || f3 == 5);
    }
    switch (insn & 0x7f) {
    case 0x07: case 0x27: case 0x43: case 0x47: case 0x4b: case 0x4f: case 0x53:
        return true;
    }
    return false;
}

/* Physical page of code at va (already fetched once: cannot fault), ~0 if none. */
static uint64_t code_ppage(SysCPU *c, uint64_t va)
{
    uint64_t pa;
    if (mmu_translate(c, va, ACC_EXEC, (unsigned)c->priv, &pa))
        return ~0ull;
    return pa & ~0xfffull;
}

static void sys_translate(GuestCPU *cpu, IRBlock *b, unsigned max_insns)
{
    SysCPU *c = (SysCPU *)cpu;
    DisasContext ctx = { .cpu = cpu, .b = b, .pc = b->guest_pc };
    uint64_t page = b->guest_pc & ~0xfffull;
    uint64_t ppage1 = ~0ull, end = b->guest_pc;
    unsigned n = 0;
    for (;;) {
        uint64_t cause, tval;
        unsigned len = mmu_fetch(c, ctx.pc, &ctx.insn, &cause, &tval);
        if (len == 0) {
            if (n == 0) {
                gen_sys_fetch_fault(b, ctx.pc, cause, tval);
                ctx.done = true;
                ctx.pc_next = ctx.pc + 2;
            }
            break;
        }
        ctx.pc_next = ctx.pc + len;
        if (ctx.pc_next > end)
            end = ctx.pc_next;          /* (the frontend may follow a backward branch) */
        if (((ctx.pc_next - 1) & ~0xfffull) != page)
            ppage1 = code_ppage(c, ctx.pc_next - 1);     /* straddles into the next page */
        ir_insn_start(b, ctx.pc);
        if ((ctx.insn & 0x7f) == 0x73) {
            /* SYSTEM: executed by the machine loop (priv.c) */
            gen_illegal_insn(b, RV_G_PC, ctx.pc, ctx.insn);
            ctx.done = true;
        } else if (((c->mstatus & MSTATUS_FS) == 0 && is_fp_insn(ctx.insn)) ||
                   !riscv_decode_insn(&ctx)) {
            rv_gen_illegal(&ctx);
        }
        n++;
        if (ctx.done)
            break;
        ctx.pc = ctx.pc_next;
        if (n >= max_insns || !ir_block_has_room(b) || (ctx.pc & ~0xfffull) != page)
            break;
    }
    if (!ctx.done)
        ir_goto_tb(b, 0, ctx.pc);
    b->guest_end = ctx.done ? ctx.pc_next : ctx.pc;
    if (end > b->guest_end)
        b->guest_end = end;
    b->ninsns = n;

    /* the entry check goes first: move the guest ops after it */
    uint32_t nbody = b->nops;
    IROp *body = malloc(nbody * sizeof(IROp));
    if (!body)
        xrun_fatal(XRUN_EXIT_NOMEM, "out of memory");
    memcpy(body, b->ops, nbody * sizeof(IROp));
    b->nops = 0;
    gen_entry_check(b, c, b->guest_pc, code_ppage(c, b->guest_pc), ppage1);
    mmu_cfg.first_op = b->nops;
    for (uint32_t i = 0; i < nbody; i++)
        *ir_emit(b, (IROpc)body[i].opc) = body[i];
    free(body);
    /* the data mode is part of the fetch key: the table is fixed per block */
    mmu_cfg.tlb_table = softmmu_slow ? NULL : tlb_current;
    softmmu_lower(b, &mmu_cfg);
}

static unsigned sys_disas(GuestCPU *cpu, uint64_t pc, char *buf, size_t len)
{
    SysCPU *c = (SysCPU *)cpu;
    uint64_t pa, pa2;
    uint16_t lo, hi;
    if (mmu_translate(c, pc, ACC_EXEC, (unsigned)c->priv, &pa) || !pa_is_ram(pa, 2)) {
        snprintf(buf, len, "<unmapped>");
        return 2;
    }
    memcpy(&lo, ram_host + (pa - ram_base), 2);
    if ((lo & 3) != 3)
        return riscv_disas_word(pc, lo, buf, len);
    if (mmu_translate(c, pc + 2, ACC_EXEC, (unsigned)c->priv, &pa2) || !pa_is_ram(pa2, 2)) {
        snprintf(buf, len, "<unmapped>");
        return 4;
    }
    memcpy(&hi, ram_host + (pa2 - ram_base), 2);
    return riscv_disas_word(pc, lo | (uint32_t)hi << 16, buf, len);
}

static void sys_dump_state(GuestCPU *cpu, FILE *f)
{
    SysCPU *c = (SysCPU *)cpu;
    guest_riscv64.dump_state(cpu, f);
    fprintf(f, "priv %" PRIu64 " mstatus %016" PRIx64 " mcause %016" PRIx64 " mepc %016" PRIx64
               " mtval %016" PRIx64 "\n", c->priv, c->mstatus, c->mcause, c->mepc, c->mtval);
    fprintf(f, "satp %016" PRIx64 " scause %016" PRIx64 " sepc %016" PRIx64 " stval %016" PRIx64
               " mip %03" PRIx64 " mie %03" PRIx64 "\n", c->satp, c->scause, c->sepc, c->stval,
            priv_mip(c), c->mie);
}

static void sys_cpu_reset(GuestCPU *cpu)
{
    guest_riscv64.cpu_reset(cpu);
    priv_reset((SysCPU *)cpu);
}

static void sys_arch_init(void)
{
    guest_riscv64.init();
    mmu_init();
    h_fetch_fault = ir_helper_register("sys_fetch_fault", helper_fetch_fault, 0);
    h_fetch_check = ir_helper_register("sys_fetch_check", helper_fetch_check, 0);
    memcpy(mmu_cfg.helpers, mmu_helpers, sizeof(mmu_cfg.helpers));
    softmmu_slow = getenv("XRUN_SOFTMMU_SLOW") != NULL;
    mmu_cfg.tlb_bits = TLB_BITS;
    mmu_cfg.page_bits = 12;
    mmu_cfg.entry_shift = 5;
    mmu_cfg.off_read = offsetof(TLBEntry, tag_read);
    mmu_cfg.off_write = offsetof(TLBEntry, tag_write);
    mmu_cfg.off_addend = offsetof(TLBEntry, addend);
    _Static_assert(sizeof(TLBEntry) == 32, "entry_shift");
}

GuestArch sys_arch;

void machine_arch_setup(void)
{
    sys_arch = guest_riscv64;
    sys_arch.cpu_size = sizeof(SysCPU);
    sys_arch.init = sys_arch_init;
    sys_arch.cpu_reset = sys_cpu_reset;
    sys_arch.translate = sys_translate;
    sys_arch.disas = sys_disas;
    sys_arch.dump_state = sys_dump_state;
}

/* ---- the machine loop ---- */

static volatile sig_atomic_t tick_pending;

static void tick(int sig)
{
    (void)sig;
    tick_pending = 1;
    if (sys_cpu)
        sys_cpu->rv.common.exit_request = 1;
}

/* A periodic host timer makes translated code return to the loop, which
 * then sees timer deadlines and console input. */
static void start_tick(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = tick;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = { { 0, 1000 }, { 0, 1000 } };
    setitimer(ITIMER_REAL, &it, NULL);
}

/* WFI: sleep until an interrupt is pending (enabled or not, as the spec says). */
static void wait_for_interrupt(SysCPU *c)
{
    fflush(stdout);
    while (!priv_pending(c)) {
        int64_t ns = devices_next_deadline_ns();
        int ms = ns < 0 ? 10 : (int)(ns / 1000000 < 10 ? ns / 1000000 : 10);
        struct pollfd p = { .fd = 0, .events = POLLIN };
        poll(&p, 1, ms);
        uart_poll_input();
    }
    c->wfi = false;
}

static void handle_exit(SysCPU *c, IRExit e)
{
    GuestCPU *g = &c->rv.common;
    switch (e) {
    case IR_EXIT_NEXT:
    case IR_EXIT_INTERRUPT:
        return;
    case IR_EXIT_ILLEGAL:
        if ((g->exc_insn & 0x7f) == 0x73)
            priv_exec_system(c, g->exc_insn);
        else
            priv_trap(c, EXC_ILLEGAL, g->exc_insn, g->pc);
        return;
    case IR_EXIT_BREAKPOINT:
        priv_trap(c, EXC_BREAKPOINT, g->pc, g->pc);
        return;
    case IR_EXIT_SYSCALL:
        priv_trap(c, EXC_ECALL_U + c->priv, 0, g->pc - 4);
        return;
    case IR_EXIT_FLUSH:
        sys_flush_code();
        return;
    case IR_EXIT_FAULT:
        priv_trap(c, c->exc_cause, c->exc_tval, g->pc);
        return;
    case IR_EXIT_SIGNAL:
        if (g->exc_signal == SIGBUS) {          /* misaligned AMO/LR/SC (frontend check) */
            uint32_t insn = 0;
            uint64_t cause, tval;
            bool lr = mmu_fetch(c, g->pc, &insn, &cause, &tval) == 4 &&
                      (insn & 0x7f) == 0x2f && (insn >> 27) == 2;
            priv_trap(c, lr ? EXC_LOAD_MISALIGNED : EXC_STORE_MISALIGNED, g->fault_addr, g->pc);
            return;
        }
        break;
    }
    fprintf(stderr, "xrun-system: unexpected exit %d (signal %d) at pc %016" PRIx64 "\n",
            (int)e, g->exc_signal, g->pc);
    sys_arch.dump_state(g, stderr);
    exit(XRUN_EXIT_INTERNAL);
}

void machine_run(SysCPU *c)
{
    sys_cpu = c;
    start_tick();
    for (;;) {
        if (c->flush_pending) {
            c->flush_pending = false;
            sys_flush_code();
        }
        /* every exit re-checks interrupts below, so a pending request is served */
        c->rv.common.exit_request = 0;
        if (tick_pending) {
            tick_pending = 0;
            uart_poll_input();
            fflush(stdout);
        }
        priv_check_interrupts(c);
        if (c->wfi) {
            wait_for_interrupt(c);
            continue;
        }
        IRExit e = cpu_exec(&c->rv.common);
        handle_exit(c, e);
    }
}
