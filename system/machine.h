/*
 * machine.c's entry points for main.c: RAM, the system-mode GuestArch and
 * the machine loop.
 */
#ifndef XRUN_SYSTEM_MACHINE_H
#define XRUN_SYSTEM_MACHINE_H

#include <stdint.h>

#include "translator/translator.h"

struct SysCPU;
extern GuestArch sys_arch;
extern const GuestArch guest_riscv64;
void machine_ram_init(uint64_t size);
void machine_arch_setup(void);
void machine_run(struct SysCPU *c) __attribute__((noreturn));

#endif
