/*
 * Event descriptors: epoll, eventfd, signalfd, timerfd, inotify, fanotify.
 *
 * The fds are host fds.  What differs from x86_64 is struct epoll_event:
 * packed (12 bytes) on x86_64, naturally aligned (16 bytes: u32 events, pad,
 * u64 data) in the generic 64-bit ABI, so epoll_ctl and epoll_pwait convert.
 * signalfd_siginfo, inotify_event, itimerspec and fanotify's structures are
 * architecture independent; signalfd reads still go through the per-fd
 * translator (fdtrans.c) so signal numbers are the guest's.
 * The *_CLOEXEC / *_NONBLOCK flags equal O_CLOEXEC / O_NONBLOCK, which the
 * generic ABI and x86_64 share.
 */
#include "syscalls/internal.h"
#include "syscalls/safe_syscall.h"

#include <signal.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <unistd.h>

#define G_EPOLL_EVENT_SIZE 16
#define EPOLL_MAX_EVENTS 1024     /* converted per call; more are read next time */

uint64_t sys_eventfd2(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_eventfd2, (unsigned)a[0], (int)a[1]));
}

uint64_t sys_epoll_create1(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(epoll_create1((int)a[0]));
}

uint64_t sys_epoll_ctl(GuestCPU *cpu, const uint64_t *a)
{
    struct epoll_event ev, *evp = NULL;
    if ((int)a[1] != EPOLL_CTL_DEL) {      /* DEL ignores the event */
        uint8_t g[G_EPOLL_EVENT_SIZE];
        uint32_t events;
        if (!copy_from_guest(g, a[3], sizeof(g)))
            return SYS_EFAULT;
        memcpy(&events, g, 4);
        memcpy(&ev.data.u64, g + 8, 8);
        ev.events = events;
        evp = &ev;
    }
    return sys_ret(epoll_ctl((int)a[0], (int)a[1], (int)a[2], evp));
}

/* Host events to the guest's 16-byte layout. */
static void put_events(uint8_t *g, const struct epoll_event *ev, long n)
{
    for (long i = 0; i < n; i++) {
        uint8_t e[G_EPOLL_EVENT_SIZE] = { 0 };
        uint32_t events = ev[i].events;
        uint64_t data = ev[i].data.u64;
        memcpy(e, &events, 4);
        memcpy(e + 8, &data, 8);
        memcpy(g + i * G_EPOLL_EVENT_SIZE, e, sizeof(e));
    }
}

/* Optional guest sigset of sigsetsize bytes: host pointer, NULL, or error. */
static int sigset_arg(uint64_t p, uint64_t size, const void **out)
{
    *out = NULL;
    if (!p)
        return 0;
    if (size != 8)
        return -EINVAL;
    if (!guest_range(p, 8))
        return -EFAULT;
    *out = g2h(p);
    return 0;
}

static uint64_t do_epoll_wait(const uint64_t *a, const struct timespec *ts, bool use_ts,
                              int timeout_ms)
{
    int max = (int)a[2];
    if (max <= 0 || max > (int)(INT32_MAX / G_EPOLL_EVENT_SIZE))
        return SYS_ERR(EINVAL);
    if (max > EPOLL_MAX_EVENTS)
        max = EPOLL_MAX_EVENTS;
    uint8_t *g = guest_ptr(a[1], (uint64_t)max * G_EPOLL_EVENT_SIZE, PROT_WRITE);
    if (!g)
        return SYS_EFAULT;
    const void *ss;
    int e = sigset_arg(a[4], a[5], &ss);
    if (e < 0)
        return sys_ret_neg(e);
    struct epoll_event ev[EPOLL_MAX_EVENTS];
    sig_temp_mask_begin(ss ? a[4] : 0, 8);
    long r = use_ts ? safe_syscall(SYS_epoll_pwait2, (int)a[0], ev, max, ts, NULL, 0)
                    : safe_syscall(SYS_epoll_pwait, (int)a[0], ev, max, timeout_ms, NULL, 0);
    r = sig_temp_mask_end(r);
    if (r > 0)
        put_events(g, ev, r);
    return sys_ret(r);
}

uint64_t sys_epoll_pwait(GuestCPU *cpu, const uint64_t *a)
{
    return do_epoll_wait(a, NULL, false, (int)a[3]);
}

uint64_t sys_epoll_pwait2(GuestCPU *cpu, const uint64_t *a)
{
    struct timespec ts, *tp = NULL;
    if (a[3]) {
        if (!copy_from_guest(&ts, a[3], sizeof(ts)))
            return SYS_EFAULT;
        tp = &ts;
    }
    return do_epoll_wait(a, tp, true, 0);
}

/* ---- signalfd ------------------------------------------------------------------ */

uint64_t sys_signalfd4(GuestCPU *cpu, const uint64_t *a)
{
    uint64_t mask;
    if (a[2] != 8)
        return SYS_ERR(EINVAL);
    if (!copy_from_guest(&mask, a[1], 8))
        return SYS_EFAULT;
    /* guest signal numbers are the host's in the generic ABI: the mask passes */
    long fd = syscall(SYS_signalfd4, (int)a[0], &mask, (size_t)8, (int)a[3]);
    if (fd >= 0) {
        fdtrans_set((int)fd, FDT_SIGNALFD);
        sys_signalfd_used();
    }
    return sys_ret(fd);
}

/*
 * Per-fd translator for signalfd reads: struct signalfd_siginfo (128 bytes)
 * is architecture independent; ssi_signo is the host's number and becomes
 * the guest's (the same numbering for the generic ABI).
 */
void fdtrans_signalfd_read(uint8_t *buf, size_t len)
{
    for (size_t o = 0; o + 128 <= len; o += 128) {
        uint32_t signo;
        memcpy(&signo, buf + o, 4);
        signo = (uint32_t)sys_signo_h2g((int)signo);
        memcpy(buf + o, &signo, 4);
    }
}

/* ---- timerfd --------------------------------------------------------------------- */

uint64_t sys_timerfd_create(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_timerfd_create, (int)a[0], (int)a[1]));
}

uint64_t sys_timerfd_settime(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[2], 32) || (a[3] && !guest_range(a[3], 32)))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_timerfd_settime, (int)a[0], (int)a[1], g2h(a[2]),
                           guest_opt(a[3])));
}

uint64_t sys_timerfd_gettime(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], 32))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_timerfd_gettime, (int)a[0], g2h(a[1])));
}

/* ---- inotify, fanotify ----------------------------------------------------------- */

uint64_t sys_inotify_init1(GuestCPU *cpu, const uint64_t *a)
{
    long fd = syscall(SYS_inotify_init1, (int)a[0]);
    if (fd >= 0)
        fdtrans_set((int)fd, FDT_INOTIFY);
    return sys_ret(fd);
}

uint64_t sys_inotify_add_watch(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[1]);
    return sys_ret(syscall(SYS_inotify_add_watch, (int)a[0], HOST_PATH(path), (uint32_t)a[2]));
}

uint64_t sys_inotify_rm_watch(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_inotify_rm_watch, (int)a[0], (int)a[1]));
}

uint64_t sys_fanotify_init(GuestCPU *cpu, const uint64_t *a)
{
    /* event_f_flags are open flags */
    return sys_ret(syscall(SYS_fanotify_init, (unsigned)a[0],
                           (unsigned)sys_open_flags_g2h(cpu, a[1])));
}

uint64_t sys_fanotify_mark(GuestCPU *cpu, const uint64_t *a)
{
    const char *path = NULL;
    char buf[4096];
    if (a[4]) {
        int err;
        path = guest_str(a[4], 4096, &err);
        if (!path)
            return SYS_ERR(err);
        path = sys_host_path(path, buf);
    }
    return sys_ret(syscall(SYS_fanotify_mark, (int)a[0], (unsigned)a[1], a[2], (int)a[3], path));
}
