/*
 * IR snippets shared by the frontends (see gen.h): the exits every ISA
 * needs, with the helpers that record what the cpu loop reports.
 */
#include <signal.h>
#include <string.h>
#include <sys/mman.h>

#include "translator/gen.h"
#include "translator/translator.h"
#include "util/guestmem.h"

static uint32_t h_illegal, h_fetch_fault, h_set_signal;

static uint64_t helper_illegal(void *cpu, uint64_t insn, uint64_t a1, uint64_t a2, uint64_t a3)
{
    ((GuestCPU *)cpu)->exc_insn = (uint32_t)insn;
    return 0;
}

static uint64_t helper_fetch_fault(void *cpu, uint64_t addr, uint64_t a1, uint64_t a2, uint64_t a3)
{
    GuestCPU *c = cpu;
    c->fault_addr = addr;
    c->fault_signal = SIGSEGV;
    c->fault_fetch = 1;
    return 0;
}

/* Records a synchronous signal for IR_EXIT_SIGNAL (the block exits right after). */
static uint64_t helper_set_signal(void *cpu, uint64_t sig, uint64_t code, uint64_t addr, uint64_t a3)
{
    GuestCPU *c = cpu;
    c->exc_signal = (int32_t)sig;
    c->exc_code = (int32_t)code;
    c->fault_addr = addr;
    return 0;
}

void gen_common_init(void)
{
    h_illegal = ir_helper_register("raise_illegal", helper_illegal, 0);
    h_fetch_fault = ir_helper_register("fetch_fault", helper_fetch_fault, 0);
    h_set_signal = ir_helper_register("set_signal", helper_set_signal, 0);
}

void gen_illegal_insn(IRBlock *b, IRTemp pc_global, uint64_t pc, uint32_t insn)
{
    ir_movi(b, pc_global, pc);
    ir_call(b, h_illegal, IR_NOTEMP, ir_const(b, insn), IR_NOTEMP, IR_NOTEMP, IR_NOTEMP);
    ir_exit_tb(b, IR_EXIT_ILLEGAL);
}

void gen_fetch_fault(IRBlock *b, IRTemp pc_global, uint64_t pc, uint64_t bad)
{
    ir_insn_start(b, pc);
    ir_movi(b, pc_global, pc);
    ir_call(b, h_fetch_fault, IR_NOTEMP, ir_const(b, bad), IR_NOTEMP, IR_NOTEMP, IR_NOTEMP);
    ir_exit_tb(b, IR_EXIT_FAULT);
}

void gen_guest_signal(IRBlock *b, IRTemp pc_global, uint64_t pc, int sig, int code, uint64_t addr)
{
    ir_movi(b, pc_global, pc);
    ir_call(b, h_set_signal, IR_NOTEMP, ir_const(b, (uint64_t)sig), ir_const(b, (uint64_t)code),
            ir_const(b, addr), IR_NOTEMP);
    ir_exit_tb(b, IR_EXIT_SIGNAL);
}

uint64_t gen_map_trampoline(uint64_t *page, const void *code, size_t len)
{
    if (*page)
        return *page;
    uint64_t a;
    if (len > GUEST_PAGE_SIZE ||
        gm_mmap(0, GUEST_PAGE_SIZE, PROT_READ | PROT_WRITE, GM_ANON, -1, 0, "[vdso]", &a) < 0)
        return 0;
    memcpy(g2h(a), code, len);
    gm_mprotect(a, GUEST_PAGE_SIZE, PROT_READ | PROT_EXEC);
    *page = a;
    return a;
}
