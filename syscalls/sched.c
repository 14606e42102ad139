/*
 * Scheduling, credentials, capabilities, keys, POSIX timers and clock
 * adjustment: calls whose structures (sched_param, sched_attr, cpu sets,
 * cap_user_header/data, struct timex, sigevent, itimerspec) have the same
 * layout in the generic 64-bit ABI and on x86_64, so they pass through to
 * the host once guest buffers are range-checked.  The id-changing calls
 * act on the calling host thread, like the raw syscalls; the guest's libc
 * broadcasts them to its threads itself.
 */
#include "syscalls/internal.h"

#include <sys/syscall.h>
#include <unistd.h>

/* ---- scheduling ---------------------------------------------------------------- */

uint64_t sys_sched_setparam(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], 4))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_sched_setparam, (pid_t)a[0], g2h(a[1])));
}

uint64_t sys_sched_setscheduler(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[2], 4))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_sched_setscheduler, (pid_t)a[0], (int)a[1], g2h(a[2])));
}

uint64_t sys_sched_setaffinity(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[2], a[1]))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_sched_setaffinity, (pid_t)a[0], (size_t)a[1], g2h(a[2])));
}

uint64_t sys_sched_get_priority_max(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_sched_get_priority_max, (int)a[0]));
}

uint64_t sys_sched_get_priority_min(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_sched_get_priority_min, (int)a[0]));
}

uint64_t sys_sched_rr_get_interval(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], 16))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_sched_rr_get_interval, (pid_t)a[0], g2h(a[1])));
}

/* struct sched_attr: its first u32 is its size (at most a page here). */
uint64_t sys_sched_setattr(GuestCPU *cpu, const uint64_t *a)
{
    uint32_t size;
    if (!copy_from_guest(&size, a[1], 4))
        return SYS_EFAULT;
    if (!guest_range(a[1], size > 4096 ? 4096 : size < 48 ? 48 : size))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_sched_setattr, (pid_t)a[0], g2h(a[1]), (unsigned)a[2]));
}

uint64_t sys_sched_getattr(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], a[2]))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_sched_getattr, (pid_t)a[0], g2h(a[1]), (unsigned)a[2],
                           (unsigned)a[3]));
}

uint64_t sys_ioprio_set(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_ioprio_set, (int)a[0], (int)a[1], (int)a[2]));
}

uint64_t sys_ioprio_get(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_ioprio_get, (int)a[0], (int)a[1]));
}

/* ---- credentials ------------------------------------------------------------------ */

uint64_t sys_setuid(GuestCPU *cpu, const uint64_t *a) { return sys_ret(syscall(SYS_setuid, (uid_t)a[0])); }
uint64_t sys_setgid(GuestCPU *cpu, const uint64_t *a) { return sys_ret(syscall(SYS_setgid, (gid_t)a[0])); }
uint64_t sys_setfsuid(GuestCPU *cpu, const uint64_t *a) { return sys_ret(syscall(SYS_setfsuid, (uid_t)a[0])); }
uint64_t sys_setfsgid(GuestCPU *cpu, const uint64_t *a) { return sys_ret(syscall(SYS_setfsgid, (gid_t)a[0])); }

uint64_t sys_setreuid(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_setreuid, (uid_t)a[0], (uid_t)a[1]));
}

uint64_t sys_setregid(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_setregid, (gid_t)a[0], (gid_t)a[1]));
}

uint64_t sys_setresuid(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_setresuid, (uid_t)a[0], (uid_t)a[1], (uid_t)a[2]));
}

uint64_t sys_setresgid(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_setresgid, (gid_t)a[0], (gid_t)a[1], (gid_t)a[2]));
}

uint64_t sys_setgroups(GuestCPU *cpu, const uint64_t *a)
{
    if ((int)a[0] < 0 || a[0] > 65536)
        return SYS_ERR(EINVAL);
    if (a[0] && !guest_range(a[1], a[0] * 4))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_setgroups, (int)a[0], guest_opt(a[1])));
}

/* cap_user_header_t { u32 version; int pid }, data: 1 or 2 x { u32 x3 } */
uint64_t sys_capget(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[0], 8) || (a[1] && !guest_range(a[1], 24)))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_capget, g2h(a[0]), guest_opt(a[1])));
}

uint64_t sys_capset(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[0], 8) || (a[1] && !guest_range(a[1], 24)))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_capset, g2h(a[0]), guest_opt(a[1])));
}

/* ---- keys ----------------------------------------------------------------------------- */

static bool opt_str(uint64_t a, const char **out, int *err)
{
    *out = NULL;
    if (!a)
        return true;
    *out = guest_str(a, 4096, err);
    return *out != NULL;
}

uint64_t sys_add_key(GuestCPU *cpu, const uint64_t *a)
{
    const char *type, *desc;
    int err;
    if (!opt_str(a[0], &type, &err) || !opt_str(a[1], &desc, &err))
        return SYS_ERR(err);
    if (a[3] && !guest_range(a[2], a[3]))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_add_key, type, desc, guest_opt(a[2]), (size_t)a[3], (int)a[4]));
}

uint64_t sys_request_key(GuestCPU *cpu, const uint64_t *a)
{
    const char *type, *desc, *info;
    int err;
    if (!opt_str(a[0], &type, &err) || !opt_str(a[1], &desc, &err) || !opt_str(a[2], &info, &err))
        return SYS_ERR(err);
    return sys_ret(syscall(SYS_request_key, type, desc, info, (int)a[3]));
}

enum { K_GET_ID = 0, K_JOIN = 1, K_UPDATE = 2, K_REVOKE = 3, K_CHOWN = 4, K_SETPERM = 5,
       K_DESCRIBE = 6, K_CLEAR = 7, K_LINK = 8, K_UNLINK = 9, K_SEARCH = 10, K_READ = 11,
       K_INSTANTIATE = 12, K_NEGATE = 13, K_SET_REQKEY = 14, K_SET_TIMEOUT = 15,
       K_ASSUME = 16, K_GET_SECURITY = 17, K_SESSION_TO_PARENT = 18, K_REJECT = 19,
       K_INVALIDATE = 21, K_GET_PERSISTENT = 22 };

/*
 * keyctl: the commands whose arguments are all integers pass through; the
 * ones with strings or buffers have their pointers translated.  Others
 * (DH, PKEY, watch queues) answer EOPNOTSUPP, like a kernel without them.
 */
uint64_t sys_keyctl(GuestCPU *cpu, const uint64_t *a)
{
    int cmd = (int)a[0], err;
    const char *s1, *s2;
    switch (cmd) {
    case K_GET_ID: case K_REVOKE: case K_CHOWN: case K_SETPERM: case K_CLEAR:
    case K_LINK: case K_UNLINK: case K_NEGATE: case K_SET_REQKEY: case K_SET_TIMEOUT:
    case K_ASSUME: case K_SESSION_TO_PARENT: case K_REJECT: case K_INVALIDATE:
    case K_GET_PERSISTENT:
        return sys_ret(syscall(SYS_keyctl, cmd, a[1], a[2], a[3], a[4]));
    case K_JOIN:
        if (!opt_str(a[1], &s1, &err))
            return SYS_ERR(err);
        return sys_ret(syscall(SYS_keyctl, cmd, s1));
    case K_UPDATE: case K_INSTANTIATE:
        if (a[3] && !guest_range(a[2], a[3]))
            return SYS_EFAULT;
        return sys_ret(syscall(SYS_keyctl, cmd, a[1], guest_opt(a[2]), a[3], a[4]));
    case K_DESCRIBE: case K_READ: case K_GET_SECURITY:
        if (a[2] && !guest_range(a[2], a[3]))
            return SYS_EFAULT;
        return sys_ret(syscall(SYS_keyctl, cmd, a[1], guest_opt(a[2]), a[3]));
    case K_SEARCH:
        if (!opt_str(a[2], &s1, &err) || !opt_str(a[3], &s2, &err))
            return SYS_ERR(err);
        return sys_ret(syscall(SYS_keyctl, cmd, a[1], s1, s2, a[4]));
    default:
        return SYS_ERR(EOPNOTSUPP);
    }
}

/* ---- POSIX timers, clock setting ----------------------------------------------------- */

uint64_t sys_timer_create(GuestCPU *cpu, const uint64_t *a)
{
    if ((a[1] && !guest_range(a[1], 64)) || !guest_range(a[2], 4))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_timer_create, (clockid_t)a[0], guest_opt(a[1]), g2h(a[2])));
}

uint64_t sys_timer_settime(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[2], 32) || (a[3] && !guest_range(a[3], 32)))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_timer_settime, (int)a[0], (int)a[1], g2h(a[2]), guest_opt(a[3])));
}

uint64_t sys_timer_gettime(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], 32))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_timer_gettime, (int)a[0], g2h(a[1])));
}

uint64_t sys_timer_getoverrun(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_timer_getoverrun, (int)a[0]));
}

uint64_t sys_timer_delete(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_timer_delete, (int)a[0]));
}

uint64_t sys_clock_settime(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], 16))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_clock_settime, (clockid_t)a[0], g2h(a[1])));
}

uint64_t sys_settimeofday(GuestCPU *cpu, const uint64_t *a)
{
    if ((a[0] && !guest_range(a[0], 16)) || (a[1] && !guest_range(a[1], 8)))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_settimeofday, guest_opt(a[0]), guest_opt(a[1])));
}

/* struct timex: 208 bytes of longs and ints, identical on LP64 ABIs. */
uint64_t sys_adjtimex(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[0], 208))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_adjtimex, g2h(a[0])));
}

uint64_t sys_clock_adjtime(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], 208))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_clock_adjtime, (clockid_t)a[0], g2h(a[1])));
}
