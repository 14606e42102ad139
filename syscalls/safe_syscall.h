/*
 * safe_syscall(): the host syscall for every call that may block
 * (read on a pipe, futex wait, nanosleep, ...).  Same convention as libc's
 * syscall(): -1 with errno on failure.  When a guest signal is already
 * pending for this thread it fails with EINTR without entering the kernel
 * and marks the guest syscall for re-execution after the handler
 * (sig_syscall_unstarted), as if the signal had come just before it; a
 * signal arriving any later interrupts the wait (see safe_syscall.S), so a
 * queued signal never waits behind a blocked call.
 */
#ifndef XRUN_SAFE_SYSCALL_H
#define XRUN_SAFE_SYSCALL_H

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/syscall.h>

long safe_syscall_base(volatile int *pending, long nr, ...);

/* Set while a guest signal waits for this thread (sigdeliver.c). */
extern __thread volatile int sig_deliverable;
/* The last safe_syscall did not start: restart the guest call (sigdeliver.c). */
extern __thread bool sig_syscall_unstarted;

/* The interrupted host pc lies in the window before the syscall instruction. */
bool safe_syscall_in_window(uintptr_t pc);

#define safe_syscall(...) safe_syscall_ret(safe_syscall_base(&sig_deliverable, __VA_ARGS__))

static inline long safe_syscall_ret(long r)
{
    if (r == -512) {
        sig_syscall_unstarted = true;
        r = -EINTR;
    }
    if ((unsigned long)r > -4096ul) {
        errno = (int)-r;
        return -1;
    }
    return r;
}

#endif
