/*
 * Linux syscall emulation for the guests' generic syscall ABI (aarch64 and
 * riscv64 share the asm-generic numbering).
 *
 * The table (syscalls/table.c) lists every number with its name, handler
 * and argument kinds for -strace; handlers live in small files by topic.
 * A handler returns the guest's return value: >= 0, or -errno in the GUEST's
 * errno numbering (for the generic ABI it equals Linux's asm-generic one,
 * which x86_64 shares; conversion still goes through sys_errno()).
 */
#ifndef XRUN_SYSCALLS_H
#define XRUN_SYSCALLS_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

#include "translator/translator.h"

void sys_init(void);

/* Run syscall nr for cpu; returns the guest return value. */
uint64_t sys_dispatch(GuestCPU *cpu, uint64_t nr, const uint64_t args[6]);

/* Name and argument kinds (see syscalls/table.c) of nr, NULL if unknown. */
const char *sys_name(uint64_t nr);
const char *sys_arg_kinds(uint64_t nr);

/* Numbers of the generic table: 0 .. SYS_NR_MAX - 1. */
#define SYS_NR_MAX 451
/* nr has a handler; otherwise sys_enosys_reason says why it returns ENOSYS. */
bool sys_implemented(uint64_t nr);
const char *sys_enosys_reason(uint64_t nr);

/* Convert a host errno to the guest's (positive) errno number. */
int sys_errno(int host_errno);

/*
 * A guest signal with no way to deliver it yet: terminates the process the
 * way the guest's default action would (the exit status of a native process
 * killed by `sig`).  Logs a line for SIGILL (pc and instruction word) and
 * under -d guest_errors for the others.
 */
void sig_fatal(GuestCPU *cpu, int sig, int code, uint64_t addr) __attribute__((noreturn));

/*
 * The guest's signal dispositions and mask as set by rt_sigaction and
 * rt_sigprocmask (generic numbering; bit n-1 of a mask is signal n).
 * `restorer` is only meaningful on aarch64 (SA_RESTORER); riscv has none.
 */
typedef struct GuestSigAction {
    uint64_t handler, flags, restorer, mask;
} GuestSigAction;
const GuestSigAction *sys_sigaction_get(int sig);   /* sig 1..64 */
uint64_t sys_sigmask_get(void);
/* Signals ignored when xrun started stay ignored for the guest (idempotent). */
void sys_take_inherited_ignores(void);
void sys_sigmask_set(uint64_t mask);

/*
 * Signal delivery (sigdeliver.c).  sig_raise_sync: a synchronous fault at
 * cpu->pc goes to the guest's handler, or kills like the kernel's force_sig.
 * sig_deliver_pending: run handlers for queued, unblocked signals (after a
 * syscall or an interrupt).  sig_restart_pending: an interrupted syscall
 * should be restarted (the signal about to be delivered has SA_RESTART).
 */
void sig_raise_sync(GuestCPU *cpu, int sig, int code, uint64_t addr);
void sig_deliver_pending(GuestCPU *cpu);
bool sig_restart_pending(void);

/* Exit the whole guest process with status (flushes logs). */
void sys_exit_group(int status) __attribute__((noreturn));

#endif
