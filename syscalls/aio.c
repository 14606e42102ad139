/*
 * Linux native asynchronous I/O (io_setup family, what libaio calls).
 *
 * struct iocb (64 bytes) and struct io_event (32 bytes) have the same layout
 * everywhere, but hold pointers: iocb.aio_buf (a buffer, or an iovec array
 * for PREADV/PWRITEV) and io_event.obj (the submitted iocb's address).
 * The kernel reads an iocb only during io_submit, so the guest's iocb is
 * handed over in place with aio_buf translated for the duration of the
 * call; obj then comes back as that host address and is turned back into
 * the guest's.
 *
 * The context id is a pointer to a ring the kernel maps into the process;
 * libaio peeks at it (magic, head, tail) before calling io_getevents.  The
 * host ring is outside the guest space, so the guest gets the address of a
 * zeroed guest page instead (no magic: libaio always makes the syscall),
 * mapped here to the host context.
 */
#include "syscalls/internal.h"
#include "syscalls/safe_syscall.h"

#include <limits.h>
#include <linux/aio_abi.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#define AIO_CTX_MAX 64
static struct { uint64_t guest; aio_context_t host; } ctxs[AIO_CTX_MAX];
static pthread_mutex_t ctx_lock = PTHREAD_MUTEX_INITIALIZER;

static aio_context_t ctx_host(uint64_t g)
{
    aio_context_t h = 0;
    pthread_mutex_lock(&ctx_lock);
    for (int i = 0; i < AIO_CTX_MAX; i++)
        if (g && ctxs[i].guest == g)
            h = ctxs[i].host;
    pthread_mutex_unlock(&ctx_lock);
    return h;
}

uint64_t sys_io_setup(GuestCPU *cpu, const uint64_t *a)
{
    uint64_t cur;
    if (!copy_from_guest(&cur, a[1], 8))
        return SYS_EFAULT;
    if (cur)
        return SYS_ERR(EINVAL);
    aio_context_t h = 0;
    if (syscall(SYS_io_setup, (unsigned)a[0], &h) != 0)
        return SYS_ERR(errno);
    uint64_t g;
    int r = gm_mmap(0, GUEST_PAGE_SIZE, PROT_READ, GM_ANON, -1, 0, "[aio]", &g);
    if (r < 0) {
        syscall(SYS_io_destroy, h);
        return sys_ret_neg(r);
    }
    pthread_mutex_lock(&ctx_lock);
    int slot = -1;
    for (int i = 0; i < AIO_CTX_MAX && slot < 0; i++)
        if (!ctxs[i].guest)
            slot = i;
    if (slot >= 0) {
        ctxs[slot].guest = g;
        ctxs[slot].host = h;
    }
    pthread_mutex_unlock(&ctx_lock);
    if (slot < 0 || !copy_to_guest(a[1], &g, 8)) {
        syscall(SYS_io_destroy, h);
        gm_munmap(g, GUEST_PAGE_SIZE);
        return slot < 0 ? SYS_ERR(EAGAIN) : SYS_EFAULT;
    }
    return 0;
}

uint64_t sys_io_destroy(GuestCPU *cpu, const uint64_t *a)
{
    aio_context_t h = ctx_host(a[0]);
    if (!h)
        return SYS_ERR(EINVAL);
    long r = syscall(SYS_io_destroy, h);
    pthread_mutex_lock(&ctx_lock);
    for (int i = 0; i < AIO_CTX_MAX; i++)
        if (ctxs[i].guest == a[0])
            ctxs[i].guest = 0;
    pthread_mutex_unlock(&ctx_lock);
    gm_munmap(a[0], GUEST_PAGE_SIZE);
    return sys_ret(r);
}

/* Translate one iocb in place; *saved keeps the guest's aio_buf. */
static int iocb_prepare(struct iocb *cb, struct iovec *iov, uint64_t *saved)
{
    *saved = cb->aio_buf;
    switch (cb->aio_lio_opcode) {
    case IOCB_CMD_PREAD: case IOCB_CMD_PWRITE:
        if (!guest_range(cb->aio_buf, cb->aio_nbytes))
            return -EFAULT;
        cb->aio_buf = (uint64_t)(uintptr_t)g2h(cb->aio_buf);
        return 0;
    case IOCB_CMD_PREADV: case IOCB_CMD_PWRITEV: {
        long n = sys_iov_g2h(cb->aio_buf, cb->aio_nbytes, iov);
        if (n < 0)
            return (int)n;
        cb->aio_buf = (uint64_t)(uintptr_t)iov;
        return 0;
    }
    default:        /* FSYNC, FDSYNC, POLL, NOOP: no buffer */
        return 0;
    }
}

uint64_t sys_io_submit(GuestCPU *cpu, const uint64_t *a)
{
    aio_context_t h = ctx_host(a[0]);
    if (!h)
        return SYS_ERR(EINVAL);
    if ((int64_t)a[1] < 0)
        return SYS_ERR(EINVAL);
    long done = 0;
    for (uint64_t i = 0; i < a[1]; i++) {
        uint64_t gcb;
        struct iovec iov[IOV_MAX];
        if (!copy_from_guest(&gcb, a[2] + 8 * i, 8))
            return done ? (uint64_t)done : SYS_EFAULT;
        struct iocb *cb = guest_ptr(gcb, sizeof(*cb), PROT_READ | PROT_WRITE);
        if (!cb)
            return done ? (uint64_t)done : SYS_EFAULT;
        uint64_t saved;
        int e = iocb_prepare(cb, iov, &saved);
        long r = e;
        if (e == 0) {
            r = syscall(SYS_io_submit, h, 1L, &cb);
            if (r < 0)
                r = -errno;
        }
        cb->aio_buf = saved;
        if (r < 0)
            return done ? (uint64_t)done : sys_ret_neg(r);
        done++;
    }
    return (uint64_t)done;
}

static void events_h2g(struct io_event *ev, long n)
{
    for (long i = 0; i < n; i++)
        ev[i].obj = h2g((void *)(uintptr_t)ev[i].obj);
}

uint64_t sys_io_cancel(GuestCPU *cpu, const uint64_t *a)
{
    aio_context_t h = ctx_host(a[0]);
    if (!h)
        return SYS_ERR(EINVAL);
    struct io_event *ev = guest_ptr(a[2], sizeof(*ev), PROT_WRITE);
    if (!ev || !guest_range(a[1], sizeof(struct iocb)))
        return SYS_EFAULT;
    long r = syscall(SYS_io_cancel, h, g2h(a[1]), ev);
    if (r == 0)
        events_h2g(ev, 1);
    return sys_ret(r);
}

static uint64_t do_getevents(const uint64_t *a, const void *sig)
{
    aio_context_t h = ctx_host(a[0]);
    if (!h)
        return SYS_ERR(EINVAL);
    if ((int64_t)a[2] < 0 || (int64_t)a[1] < 0 || a[1] > a[2])
        return SYS_ERR(EINVAL);
    struct io_event *ev = guest_ptr(a[3], a[2] * sizeof(*ev), PROT_WRITE);
    if ((!ev && a[2]) || (a[4] && !guest_range(a[4], 16)))
        return SYS_EFAULT;
    long r = sig ? safe_syscall(SYS_io_pgetevents, h, (long)a[1], (long)a[2], ev, guest_opt(a[4]), sig)
                 : safe_syscall(SYS_io_getevents, h, (long)a[1], (long)a[2], ev, guest_opt(a[4]));
    if (r > 0)
        events_h2g(ev, r);
    return sys_ret(r);
}

uint64_t sys_io_getevents(GuestCPU *cpu, const uint64_t *a)
{
    return do_getevents(a, NULL);
}

/* The sixth argument points at { const sigset_t *sigmask; size_t size }. */
uint64_t sys_io_pgetevents(GuestCPU *cpu, const uint64_t *a)
{
    uint64_t g[2], hs[2] = { 0, 0 };
    if (a[5]) {
        if (!copy_from_guest(g, a[5], sizeof(g)))
            return SYS_EFAULT;
        if (g[0] && !guest_range(g[0], 8))
            return SYS_EFAULT;
        hs[0] = g[0] ? (uint64_t)(uintptr_t)g2h(g[0]) : 0;
        hs[1] = g[1];
    }
    return do_getevents(a, a[5] ? hs : NULL);
}
