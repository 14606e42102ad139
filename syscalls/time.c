/*
 * Time syscalls.  struct timespec, timeval, tms and itimerval are the same
 * in the generic 64-bit ABI and on x86_64 (all 64-bit fields), so they pass
 * through once the guest buffers are known to lie in the guest space.
 */
#include "syscalls/internal.h"
#include "syscalls/safe_syscall.h"

#include <sys/syscall.h>
#include <unistd.h>

/* Optional guest pointer of len bytes: false when present but out of range. */
static bool opt_ok(uint64_t p, uint64_t len)
{
    return !p || guest_range(p, len);
}

uint64_t sys_clock_gettime(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], 16))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_clock_gettime, (clockid_t)a[0], g2h(a[1])));
}

uint64_t sys_clock_getres(GuestCPU *cpu, const uint64_t *a)
{
    if (!opt_ok(a[1], 16))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_clock_getres, (clockid_t)a[0], guest_opt(a[1])));
}

uint64_t sys_gettimeofday(GuestCPU *cpu, const uint64_t *a)
{
    if (!opt_ok(a[0], 16) || !opt_ok(a[1], 8))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_gettimeofday, guest_opt(a[0]), guest_opt(a[1])));
}

uint64_t sys_nanosleep(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[0], 16) || !opt_ok(a[1], 16))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_nanosleep, g2h(a[0]), guest_opt(a[1])));
}

uint64_t sys_clock_nanosleep(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[2], 16) || !opt_ok(a[3], 16))
        return SYS_EFAULT;
    long r = safe_syscall(SYS_clock_nanosleep, (clockid_t)a[0], (int)a[1], g2h(a[2]), guest_opt(a[3]));
    return sys_ret(r);
}

uint64_t sys_times(GuestCPU *cpu, const uint64_t *a)
{
    if (!opt_ok(a[0], 32))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_times, guest_opt(a[0])));
}

uint64_t sys_getitimer(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], 32))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_getitimer, (int)a[0], g2h(a[1])));
}

uint64_t sys_setitimer(GuestCPU *cpu, const uint64_t *a)
{
    if (!opt_ok(a[1], 32) || !opt_ok(a[2], 32))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_setitimer, (int)a[0], guest_opt(a[1]), guest_opt(a[2])));
}
