/*
 * The riscv64 GuestArch: CPU set-up, the Linux ABI register conventions
 * (syscalls in a7/a0..a5, tp for TLS), state dumps and disassembly of
 * guest memory.  Translation itself is in translate.c.
 */
#include <elf.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "internal.h"
#include "util/guestmem.h"

#ifndef EM_RISCV
#define EM_RISCV 243
#endif

enum { REG_RA = 1, REG_SP = 2, REG_TP = 4, REG_A0 = 10, REG_A7 = 17 };

static RISCVCPU *rv(GuestCPU *cpu) { return (RISCVCPU *)cpu; }

static void riscv_cpu_reset(GuestCPU *cpu)
{
    rv(cpu)->res_addr = ~(uint64_t)0;
}

/* Reads the instruction from guest memory; unreadable code prints as such. */
static unsigned riscv_disas(GuestCPU *cpu, uint64_t pc, char *buf, size_t len)
{
    uint16_t lo, hi;
    if (gm_page_prot(pc) < 0 || !gm_in_range(pc, 2)) {
        snprintf(buf, len, "<unmapped>");
        return 2;
    }
    memcpy(&lo, g2h(pc), 2);
    if ((lo & 3) != 3)
        return riscv_disas_word(pc, lo, buf, len);
    if (gm_page_prot(pc + 2) < 0 || !gm_in_range(pc + 2, 2)) {
        snprintf(buf, len, "<unmapped>");
        return 4;
    }
    memcpy(&hi, g2h(pc + 2), 2);
    return riscv_disas_word(pc, lo | (uint32_t)hi << 16, buf, len);
}

static void riscv_dump_state(GuestCPU *cpu, FILE *f)
{
    RISCVCPU *c = rv(cpu);
    fprintf(f, "pc       %016" PRIx64 "\n", c->common.pc);
    for (int i = 0; i < 32; i++)
        fprintf(f, "x%-2d/%-4s %016" PRIx64 "%s", i,
                i ? riscv_globals[RV_G_X0 + i].name : "zero", c->x[i],
                i % 4 == 3 ? "\n" : " ");
    for (int i = 0; i < 32; i++)
        fprintf(f, "f%-2d/%-4s %016" PRIx64 "%s", i, riscv_globals[RV_G_F0 + i].name,
                c->f[i], i % 4 == 3 ? "\n" : " ");
    fprintf(f, "fflags %02" PRIx64 " frm %" PRIu64 " res_addr %016" PRIx64 "\n",
            c->fflags, c->frm, c->res_addr);
}

/* Linux leaves a0 = 0 (no rtld_fini) for the program's entry. */
static void riscv_set_entry(GuestCPU *cpu, uint64_t pc, uint64_t sp)
{
    cpu->pc = pc;
    rv(cpu)->x[REG_SP] = sp;
    rv(cpu)->x[REG_A0] = 0;
    riscv_sigtramp_map();
}

static void riscv_get_syscall(GuestCPU *cpu, uint64_t *nr, uint64_t args[6])
{
    *nr = rv(cpu)->x[REG_A7];
    memcpy(args, &rv(cpu)->x[REG_A0], 6 * sizeof(uint64_t));
}

static void riscv_set_syscall_ret(GuestCPU *cpu, uint64_t ret) { rv(cpu)->x[REG_A0] = ret; }
static void riscv_set_tls(GuestCPU *cpu, uint64_t tls) { rv(cpu)->x[REG_TP] = tls; }
static void riscv_set_sp(GuestCPU *cpu, uint64_t sp) { rv(cpu)->x[REG_SP] = sp; }
static uint64_t riscv_get_sp(GuestCPU *cpu) { return rv(cpu)->x[REG_SP]; }

static void riscv_fold_fp_flags(GuestCPU *cpu) { riscv_fflags_read((RISCVCPU *)cpu); }

#define HWCAP_EXT(c) (1ull << ((c) - 'a'))

const GuestArch guest_riscv64 = {
    .name = "riscv64",
    .elf_machine = EM_RISCV,
    .cpu_size = sizeof(RISCVCPU),
    .globals = riscv_globals,
    .nglobals = RV_NUM_GLOBALS,
    .insn_align = 2,
    .max_insn_bytes = 4,
    .init = riscv_translate_init,
    .cpu_reset = riscv_cpu_reset,
    .translate = riscv_translate,
    .disas = riscv_disas,
    .dump_state = riscv_dump_state,
    .set_entry = riscv_set_entry,
    .get_syscall = riscv_get_syscall,
    .set_syscall_ret = riscv_set_syscall_ret,
    .set_tls = riscv_set_tls,
    .set_sp = riscv_set_sp,
    .get_sp = riscv_get_sp,
    .setup_sigframe = riscv_setup_sigframe,
    .fold_fp_flags = riscv_fold_fp_flags,
    .restore_sigframe = riscv_restore_sigframe,
    .hwcap = HWCAP_EXT('i') | HWCAP_EXT('m') | HWCAP_EXT('a') | HWCAP_EXT('f') |
             HWCAP_EXT('d') | HWCAP_EXT('c'),
    .hwcap2 = 0,
    .platform = NULL,
    .elf_flags_required = 0,
};
