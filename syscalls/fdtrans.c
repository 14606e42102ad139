/*
 * Per-fd translators: data read from special fds whose contents carry
 * layouts or numbers the guest sees differently (signalfd: signal numbers;
 * netlink and inotify records are architecture independent and registered
 * so -strace and future guests with other layouts have one place to hook).
 * A byte per fd says which translator applies; read/readv/recvmsg call
 * fdtrans_after_read with what the host kernel returned.
 */
#include "syscalls/internal.h"

#define FDT_MAX 65536
static uint8_t fd_kind[FDT_MAX];

void fdtrans_set(int fd, int kind)
{
    if (fd >= 0 && fd < FDT_MAX)
        __atomic_store_n(&fd_kind[fd], (uint8_t)kind, __ATOMIC_RELAXED);
}

int fdtrans_get(int fd)
{
    return fd >= 0 && fd < FDT_MAX ? __atomic_load_n(&fd_kind[fd], __ATOMIC_RELAXED) : FDT_NONE;
}

void fdtrans_after_read(int fd, uint8_t *buf, long n)
{
    if (n <= 0)
        return;
    switch (fdtrans_get(fd)) {
    case FDT_SIGNALFD:
        fdtrans_signalfd_read(buf, (size_t)n);
        break;
    default:        /* inotify_event, nlmsghdr: same layout everywhere */
        break;
    }
}
