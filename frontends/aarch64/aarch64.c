/*
 * The aarch64 GuestArch: CPU set-up, the Linux ABI register conventions
 * (syscalls in x8/x0..x5, TPIDR_EL0 for TLS), HWCAPs, state dumps and
 * disassembly of guest memory.  Translation itself is in translate.c.
 */
#include <elf.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "internal.h"
#include "util/guestmem.h"

#ifndef EM_AARCH64
#define EM_AARCH64 183
#endif

/* AT_HWCAP bits (arch/arm64/include/uapi/asm/hwcap.h) */
enum {
    HWCAP_FP = 1u << 0, HWCAP_ASIMD = 1u << 1, HWCAP_AES = 1u << 3, HWCAP_PMULL = 1u << 4,
    HWCAP_SHA1 = 1u << 5, HWCAP_SHA2 = 1u << 6, HWCAP_CRC32 = 1u << 7,
    HWCAP_ATOMICS = 1u << 8, HWCAP_FPHP = 1u << 9, HWCAP_ASIMDHP = 1u << 10,
    HWCAP_CPUID = 1u << 11, HWCAP_JSCVT = 1u << 13, HWCAP_LRCPC = 1u << 15,
    HWCAP_ILRCPC = 1u << 26,
};

static A64CPU *a64(GuestCPU *cpu) { return (A64CPU *)cpu; }

/* signal.c: the rt_sigreturn trampoline page (not in internal.h, which the
 * lead owns; see the report). */

static void a64_cpu_reset(GuestCPU *cpu)
{
    a64(cpu)->excl_addr = ~(uint64_t)0;
}

static unsigned a64_disas(GuestCPU *cpu, uint64_t pc, char *buf, size_t len)
{
    uint32_t insn;
    if (gm_page_prot(pc) < 0 || !gm_in_range(pc, 4)) {
        snprintf(buf, len, "<unmapped>");
        return 4;
    }
    memcpy(&insn, g2h(pc), 4);
    return a64_disas_word(pc, insn, buf, len);
}

static void a64_dump_state(GuestCPU *cpu, FILE *f)
{
    A64CPU *c = a64(cpu);
    fprintf(f, "pc  %016" PRIx64 "  sp  %016" PRIx64 "\n", c->common.pc, c->x[31]);
    for (int i = 0; i < 31; i++)
        fprintf(f, "x%-2d %016" PRIx64 "%s", i, c->x[i], i % 4 == 3 ? "\n" : "  ");
    uint32_t nzcv = a64_nzcv_read(c);
    fprintf(f, "\nN%d Z%d C%d V%d  fpcr %08" PRIx64 " fpsr %08" PRIx64 "  tpidr %016" PRIx64 "\n",
            (int)(nzcv >> 31), (int)(nzcv >> 30) & 1, (int)(nzcv >> 29) & 1, (int)(nzcv >> 28) & 1, c->fpcr,
            a64_fpsr_read(c), c->tpidr);
    for (int i = 0; i < 32; i++)
        fprintf(f, "v%-2d %016" PRIx64 ":%016" PRIx64 "%s", i, c->v[i][1], c->v[i][0],
                i % 2 == 1 ? "\n" : "  ");
}

/* Linux leaves x0 = 0 (no rtld_fini) for the program's entry. */
static void a64_set_entry(GuestCPU *cpu, uint64_t pc, uint64_t sp)
{
    cpu->pc = pc;
    a64(cpu)->x[31] = sp;
    a64(cpu)->x[0] = 0;
    a64_sigtramp_map();
}

static void a64_get_syscall(GuestCPU *cpu, uint64_t *nr, uint64_t args[6])
{
    *nr = a64(cpu)->x[8];
    memcpy(args, &a64(cpu)->x[0], 6 * sizeof(uint64_t));
}

static void a64_set_syscall_ret(GuestCPU *cpu, uint64_t ret) { a64(cpu)->x[0] = ret; }
static void a64_set_tls(GuestCPU *cpu, uint64_t tls) { a64(cpu)->tpidr = tls; }
static void a64_set_sp(GuestCPU *cpu, uint64_t sp) { a64(cpu)->x[31] = sp; }
static uint64_t a64_get_sp(GuestCPU *cpu) { return a64(cpu)->x[31]; }
static void a64_fold_fp_flags(GuestCPU *cpu) { a64_fpsr_read(a64(cpu)); }

const GuestArch guest_aarch64 = {
    .name = "aarch64",
    .elf_machine = EM_AARCH64,
    .cpu_size = sizeof(A64CPU),
    .globals = a64_globals,
    .nglobals = A64_NUM_GLOBALS,
    .insn_align = 4,
    .max_insn_bytes = 4,
    .init = a64_translate_init,
    .cpu_reset = a64_cpu_reset,
    .translate = a64_translate,
    .disas = a64_disas,
    .dump_state = a64_dump_state,
    .set_entry = a64_set_entry,
    .get_syscall = a64_get_syscall,
    .set_syscall_ret = a64_set_syscall_ret,
    .set_tls = a64_set_tls,
    .set_sp = a64_set_sp,
    .get_sp = a64_get_sp,
    .setup_sigframe = a64_setup_sigframe,
    .fold_fp_flags = a64_fold_fp_flags,
    .restore_sigframe = a64_restore_sigframe,
    /* only what is implemented: keep in step with the trans_*.c.inc groups */
    .hwcap = HWCAP_FP | HWCAP_ASIMD | HWCAP_CRC32 | HWCAP_ATOMICS | HWCAP_CPUID | HWCAP_LRCPC |
             HWCAP_FPHP | HWCAP_JSCVT | HWCAP_ILRCPC,
    .hwcap2 = 0,
    .platform = "aarch64",
    .elf_flags_required = 0,
};
