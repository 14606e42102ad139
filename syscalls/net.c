/*
 * Sockets.  Socket addresses (unix, inet, inet6, netlink, packet), socket
 * option values, struct msghdr/mmsghdr, cmsghdr with SCM_RIGHTS and
 * SCM_CREDENTIALS, and netlink messages have the same layout in the generic
 * 64-bit ABI and on x86_64, and the SOL_SOCKET option numbers are the same
 * (both use asm-generic/socket.h), so the work is translating the pointers
 * they hold: msghdr's name, iovec array and control buffer.  Address
 * buffers the host kernel reads or writes are range-checked and passed
 * through.  SOCK_NONBLOCK/SOCK_CLOEXEC equal O_NONBLOCK/O_CLOEXEC.
 */
#include "syscalls/internal.h"
#include "syscalls/safe_syscall.h"

#include <limits.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#define SOCKADDR_MAX 128     /* sizeof(struct sockaddr_storage) */
#define G_MSGHDR_SIZE 56
#define G_MMSGHDR_SIZE 64
#define MMSG_MAX 1024        /* UIO_MAXIOV, the kernel's cap for vlen */

/* A socket address argument of len bytes the host kernel reads. */
static bool addr_in_ok(uint64_t p, uint64_t len)
{
    return (!p && !len) || guest_range(p, len);
}

/* A (buffer, socklen_t *len) pair the kernel writes back: validate both. */
static int addr_out(uint64_t p, uint64_t lenp, void **hp, void **hlen)
{
    *hp = *hlen = NULL;
    if (!lenp)          /* no length: the kernel writes no address */
        return 0;
    uint32_t len;
    if (!copy_from_guest(&len, lenp, 4))
        return -EFAULT;
    if ((int32_t)len < 0)
        return -EINVAL;
    if (p && !guest_range(p, len))
        return -EFAULT;
    *hp = guest_opt(p);
    *hlen = g2h(lenp);
    return 0;
}

uint64_t sys_socket(GuestCPU *cpu, const uint64_t *a)
{
    long fd = socket((int)a[0], (int)a[1], (int)a[2]);
    if (fd >= 0 && (int)a[0] == AF_NETLINK)
        fdtrans_set((int)fd, FDT_NETLINK);
    return sys_ret(fd);
}

uint64_t sys_socketpair(GuestCPU *cpu, const uint64_t *a)
{
    int *sv = guest_ptr(a[3], 8, PROT_WRITE);
    if (!sv)
        return SYS_EFAULT;
    return sys_ret(socketpair((int)a[0], (int)a[1], (int)a[2], sv));
}

uint64_t sys_bind(GuestCPU *cpu, const uint64_t *a)
{
    if (!addr_in_ok(a[1], (uint32_t)a[2]))
        return SYS_EFAULT;
    return sys_ret(bind((int)a[0], guest_opt(a[1]), (socklen_t)a[2]));
}

uint64_t sys_connect(GuestCPU *cpu, const uint64_t *a)
{
    if (!addr_in_ok(a[1], (uint32_t)a[2]))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_connect, (int)a[0], guest_opt(a[1]), (socklen_t)a[2]));
}

uint64_t sys_listen(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(listen((int)a[0], (int)a[1]));
}

static uint64_t do_accept(const uint64_t *a, int flags)
{
    void *hp, *hl;
    int e = addr_out(a[1], a[2], &hp, &hl);
    if (e < 0)
        return sys_ret_neg(e);
    return sys_ret(safe_syscall(SYS_accept4, (int)a[0], hp, hl, flags));
}

uint64_t sys_accept(GuestCPU *cpu, const uint64_t *a) { return do_accept(a, 0); }
uint64_t sys_accept4(GuestCPU *cpu, const uint64_t *a) { return do_accept(a, (int)a[3]); }

static uint64_t do_name(const uint64_t *a, int nr)
{
    void *hp, *hl;
    if (!a[2])
        return SYS_EFAULT;
    int e = addr_out(a[1], a[2], &hp, &hl);
    if (e < 0)
        return sys_ret_neg(e);
    return sys_ret(syscall(nr, (int)a[0], hp, hl));
}

uint64_t sys_getsockname(GuestCPU *cpu, const uint64_t *a) { return do_name(a, SYS_getsockname); }
uint64_t sys_getpeername(GuestCPU *cpu, const uint64_t *a) { return do_name(a, SYS_getpeername); }

uint64_t sys_sendto(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], a[2]) || !addr_in_ok(a[4], (uint32_t)a[5]))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_sendto, (int)a[0], g2h(a[1]), a[2], (int)a[3], guest_opt(a[4]),
                          (socklen_t)a[5]));
}

uint64_t sys_recvfrom(GuestCPU *cpu, const uint64_t *a)
{
    void *hp, *hl;
    if (!guest_range(a[1], a[2]))
        return SYS_EFAULT;
    int e = addr_out(a[4], a[5], &hp, &hl);
    if (e < 0)
        return sys_ret_neg(e);
    long r = safe_syscall(SYS_recvfrom, (int)a[0], g2h(a[1]), a[2], (int)a[3], hp, hl);
    if (r > 0)
        fdtrans_after_read((int)a[0], g2h(a[1]), r < (long)a[2] ? r : (long)a[2]);
    return sys_ret(r);
}

uint64_t sys_setsockopt(GuestCPU *cpu, const uint64_t *a)
{
    if (!addr_in_ok(a[3], (uint32_t)a[4]))
        return SYS_EFAULT;
    return sys_ret(setsockopt((int)a[0], (int)a[1], (int)a[2], guest_opt(a[3]),
                              (socklen_t)a[4]));
}

uint64_t sys_getsockopt(GuestCPU *cpu, const uint64_t *a)
{
    void *hp, *hl;
    if (!a[4])
        return SYS_EFAULT;
    int e = addr_out(a[3], a[4], &hp, &hl);
    if (e < 0)
        return sys_ret_neg(e);
    return sys_ret(getsockopt((int)a[0], (int)a[1], (int)a[2], hp, hl));
}

uint64_t sys_shutdown(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(shutdown((int)a[0], (int)a[1]));
}

/* ---- sendmsg / recvmsg ------------------------------------------------------------ */

/* Guest struct msghdr (56 bytes) as raw fields. */
typedef struct GuestMsghdr {
    uint64_t name;
    uint32_t namelen, pad1;
    uint64_t iov, iovlen, control, controllen;
    int32_t flags, pad2;
} GuestMsghdr;
_Static_assert(sizeof(GuestMsghdr) == G_MSGHDR_SIZE, "generic msghdr is 56 bytes");

/*
 * Guest msghdr at gaddr to a host one using iov (IOV_MAX entries).
 * The name and control buffers are guest memory the host kernel reads or
 * writes directly: their layouts match.
 */
static int msg_g2h(uint64_t gaddr, GuestMsghdr *g, struct msghdr *h, struct iovec *iov)
{
    if (!copy_from_guest(g, gaddr, sizeof(*g)))
        return -EFAULT;
    if (g->iovlen > IOV_MAX)
        return -EMSGSIZE;
    if ((g->name && !guest_range(g->name, g->namelen)) ||
        (g->control && !guest_range(g->control, g->controllen)))
        return -EFAULT;
    long n = sys_iov_g2h(g->iov, g->iovlen, iov);
    if (n < 0)
        return (int)n;
    memset(h, 0, sizeof(*h));
    h->msg_name = guest_opt(g->name);
    h->msg_namelen = g->name ? g->namelen : 0;
    h->msg_iov = iov;
    h->msg_iovlen = (size_t)n;
    h->msg_control = guest_opt(g->control);
    h->msg_controllen = g->control ? g->controllen : 0;
    h->msg_flags = 0;
    return 0;
}

/* After recvmsg: lengths and flags go back into the guest's msghdr. */
static bool msg_h2g(uint64_t gaddr, GuestMsghdr *g, const struct msghdr *h)
{
    g->namelen = h->msg_namelen;
    g->controllen = h->msg_controllen;
    g->flags = h->msg_flags;
    return copy_to_guest(gaddr, g, sizeof(*g));
}

/* Per-fd translation of what a recvmsg returned into its iovecs. */
static void msg_translate(int fd, const struct msghdr *h, long n)
{
    if (fdtrans_get(fd) == FDT_NONE)
        return;
    for (size_t i = 0; i < h->msg_iovlen && n > 0; i++) {
        long part = (long)h->msg_iov[i].iov_len < n ? (long)h->msg_iov[i].iov_len : n;
        fdtrans_after_read(fd, h->msg_iov[i].iov_base, part);
        n -= part;
    }
}

uint64_t sys_sendmsg(GuestCPU *cpu, const uint64_t *a)
{
    GuestMsghdr g;
    struct msghdr h;
    struct iovec iov[IOV_MAX];
    int e = msg_g2h(a[1], &g, &h, iov);
    if (e < 0)
        return sys_ret_neg(e);
    return sys_ret(safe_syscall(SYS_sendmsg, (int)a[0], &h, (int)a[2]));
}

uint64_t sys_recvmsg(GuestCPU *cpu, const uint64_t *a)
{
    GuestMsghdr g;
    struct msghdr h;
    struct iovec iov[IOV_MAX];
    int e = msg_g2h(a[1], &g, &h, iov);
    if (e < 0)
        return sys_ret_neg(e);
    long r = safe_syscall(SYS_recvmsg, (int)a[0], &h, (int)a[2]);
    if (r < 0)
        return SYS_ERR(errno);
    msg_translate((int)a[0], &h, r);
    return msg_h2g(a[1], &g, &h) ? (uint64_t)r : SYS_EFAULT;
}

/*
 * sendmmsg/recvmmsg: one host call per message keeps the conversion simple
 * and the results identical (a partial count when a later message fails
 * after earlier ones went through, like the kernel).
 */
static uint64_t do_mmsg(const uint64_t *a, bool recv)
{
    uint64_t vlen = (uint32_t)a[2];
    if (vlen > MMSG_MAX)
        vlen = MMSG_MAX;
    unsigned flags = (unsigned)a[3];
    uint64_t done = 0;
    for (; done < vlen; done++) {
        uint64_t ga = a[1] + done * G_MMSGHDR_SIZE;
        GuestMsghdr g;
        struct msghdr h;
        struct iovec iov[IOV_MAX];
        int e = msg_g2h(ga, &g, &h, iov);
        long r = e;
        if (e == 0)
            r = recv ? safe_syscall(SYS_recvmsg, (int)a[0], &h, (int)(flags & ~MSG_WAITFORONE))
                     : safe_syscall(SYS_sendmsg, (int)a[0], &h, (int)flags);
        if (e == 0 && r < 0)
            r = -errno;
        if (r < 0)
            return done ? done : sys_ret_neg(r);
        uint32_t len = (uint32_t)r;
        if (recv) {
            msg_translate((int)a[0], &h, r);
            if (!msg_h2g(ga, &g, &h))
                return done ? done : SYS_EFAULT;
            if (flags & MSG_WAITFORONE)
                flags |= MSG_DONTWAIT;
        }
        if (!copy_to_guest(ga + G_MSGHDR_SIZE, &len, 4))
            return done ? done : SYS_EFAULT;
    }
    return done;
}

uint64_t sys_sendmmsg(GuestCPU *cpu, const uint64_t *a) { return do_mmsg(a, false); }

/* The timeout of recvmmsg is only checked for validity here. */
uint64_t sys_recvmmsg(GuestCPU *cpu, const uint64_t *a)
{
    if (a[4]) {
        struct timespec ts;
        if (!copy_from_guest(&ts, a[4], sizeof(ts)))
            return SYS_EFAULT;
        if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= 1000000000)
            return SYS_ERR(EINVAL);
    }
    return do_mmsg(a, true);
}
