/*
 * execve/execveat for the guest (syscalls/exec.c), and what a new xrun
 * started by one needs at start-up: xrun's own path and options, and the
 * signal state the exec carried over.
 */
#ifndef XRUN_SYSCALLS_EXEC_H
#define XRUN_SYSCALLS_EXEC_H

#include <stdint.h>

#include "translator/translator.h"

uint64_t sys_execve(GuestCPU *cpu, const uint64_t *a);
uint64_t sys_execveat(GuestCPU *cpu, const uint64_t *a);

/*
 * Before the guest runs: remember xrun's own host path (read now, before
 * the guest can change what /proc/self/exe or the cwd mean) and the
 * options (options_to_argv) that an exec'd guest program gets.
 */
void exec_init(char **xrun_options);

/*
 * The signal state this process inherited over exec becomes the guest's:
 * the guest's mask is the blocked set xrun started with, and signals the
 * host ignores are ignored for the guest.  After sys_init, before the cpu
 * loop's fault handlers are installed.
 */
void exec_inherit_signals(void);

#endif
