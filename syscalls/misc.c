/*
 * Small syscalls that fit no other topic: system information, umask,
 * futex (guest futex words are host memory, so the host kernel can wait on
 * them directly once the pointers are translated), and stubs that succeed.
 */
#include "syscalls/internal.h"
#include "syscalls/safe_syscall.h"

#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* struct sysinfo has the same 112-byte layout on these 64-bit ABIs. */
uint64_t sys_sysinfo(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[0], 112))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_sysinfo, g2h(a[0])));
}

uint64_t sys_umask(GuestCPU *cpu, const uint64_t *a)
{
    return umask((mode_t)a[0] & 0777);
}

uint64_t sys_getcpu(GuestCPU *cpu, const uint64_t *a)
{
    if ((a[0] && !guest_range(a[0], 4)) || (a[1] && !guest_range(a[1], 4)))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_getcpu, guest_opt(a[0]), guest_opt(a[1]), NULL));
}

/* Syscalls that may succeed without doing anything here (mlock, ...). */
uint64_t sys_zero(GuestCPU *cpu, const uint64_t *a)
{
    return 0;
}

/*
 * riscv_flush_icache(start, end, flags): what glibc's __riscv_flush_icache
 * (GCC's __builtin___clear_cache) calls after a JIT wrote code.  Stores
 * through the mapping that runs the code already dropped its translations
 * (code pages are write-protected); code written through another mapping
 * (a memfd mapped RW and RX) is only known from here: drop the translations
 * when a page of the range still has some.  The kernel ignores the range;
 * a large or empty one flushes everything.
 */
uint64_t sys_riscv_flush_icache(GuestCPU *cpu, const uint64_t *a)
{
    if (a[2] & ~(uint64_t)1)                    /* SYS_RISCV_FLUSH_ICACHE_LOCAL only */
        return SYS_ERR(EINVAL);
    uint64_t start = a[0] & GUEST_PAGE_MASK, end = a[1];
    bool flush = !tr_opts.code_page_live || end <= start || end - start > ((uint64_t)1 << 24);
    for (uint64_t pg = start; !flush && pg < end; pg += GUEST_PAGE_SIZE)
        flush = tr_opts.code_page_live(pg);
    if (flush)
        cpu_flush_translations();
    return 0;
}

uint64_t sys_syslog(GuestCPU *cpu, const uint64_t *a)
{
    return SYS_ERR(EPERM);
}

/* ---- futex --------------------------------------------------------------------- */

enum { F_WAIT = 0, F_WAKE = 1, F_REQUEUE = 3, F_CMP_REQUEUE = 4, F_WAKE_OP = 5,
       F_LOCK_PI = 6, F_UNLOCK_PI = 7, F_TRYLOCK_PI = 8, F_WAIT_BITSET = 9,
       F_WAKE_BITSET = 10, F_WAIT_REQUEUE_PI = 11, F_CMP_REQUEUE_PI = 12, F_LOCK_PI2 = 13 };

static bool timeout_is_ptr(int cmd)
{
    return cmd == F_WAIT || cmd == F_LOCK_PI || cmd == F_WAIT_BITSET ||
           cmd == F_WAIT_REQUEUE_PI || cmd == F_LOCK_PI2;
}

static bool has_uaddr2(int cmd)
{
    return cmd == F_REQUEUE || cmd == F_CMP_REQUEUE || cmd == F_WAKE_OP ||
           cmd == F_WAIT_REQUEUE_PI || cmd == F_CMP_REQUEUE_PI;
}

uint64_t sys_futex(GuestCPU *cpu, const uint64_t *a)
{
    int op = (int)a[1], cmd = op & 0x7f;
    if (cmd > F_LOCK_PI2 || cmd == 2)
        return SYS_ERR(ENOSYS);
    if ((a[0] & 3) || !guest_range(a[0], 4))
        return SYS_ERR(a[0] & 3 ? EINVAL : EFAULT);
    uint64_t t = a[3];
    if (timeout_is_ptr(cmd)) {
        if (t && !guest_range(t, 16))
            return SYS_EFAULT;
        t = t ? (uint64_t)(uintptr_t)g2h(t) : 0;
    }
    uint64_t u2 = a[4];
    if (has_uaddr2(cmd)) {
        if (!guest_range(u2, 4))
            return SYS_EFAULT;
        u2 = (uint64_t)(uintptr_t)g2h(u2);
    }
    return sys_ret(safe_syscall(SYS_futex, g2h(a[0]), op, (uint32_t)a[2], t, u2, (uint32_t)a[5]));
}

/*
 * futex_waitv: an array of struct futex_waitv { u64 val, uaddr; u32 flags,
 * reserved } (at most 128): each uaddr is a guest pointer, translated in a
 * host copy.  timeout is a struct timespec of the given clock.
 */
#define FUTEX_WAITV_MAX 128

uint64_t sys_futex_waitv(GuestCPU *cpu, const uint64_t *a)
{
    struct { uint64_t val, uaddr; uint32_t flags, reserved; } w[FUTEX_WAITV_MAX];
    if (!a[1] || a[1] > FUTEX_WAITV_MAX || a[2])
        return SYS_ERR(EINVAL);
    if (!copy_from_guest(w, a[0], a[1] * sizeof(w[0])))
        return SYS_EFAULT;
    for (uint64_t i = 0; i < a[1]; i++) {
        /* a bad address stays bad: one past the reservation faults on the host too */
        w[i].uaddr = guest_range(w[i].uaddr, 4) ? (uint64_t)(uintptr_t)g2h(w[i].uaddr)
                                                 : (uint64_t)(uintptr_t)(gm_base + gm_limit);
    }
    if (a[3] && !guest_range(a[3], 16))
        return SYS_EFAULT;
#ifdef SYS_futex_waitv
    return sys_ret(safe_syscall(SYS_futex_waitv, w, (unsigned)a[1], 0u, guest_opt(a[3]), (int)a[4]));
#else
    return SYS_ERR(ENOSYS);
#endif
}
