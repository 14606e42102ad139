/* Event descriptors: epoll (the event layout conversion), eventfd, timerfd,
 * signalfd (its records read through the fd), inotify; error paths. */
#include "sys_common.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/select.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/timerfd.h>

static void test_epoll_eventfd(void)
{
    int ep = epoll_create1(EPOLL_CLOEXEC);
    int e1 = eventfd(0, EFD_NONBLOCK), e2 = eventfd(5, 0);
    struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 0x1122334455667788ull };
    expect_ok("epoll_ctl add e1", epoll_ctl(ep, EPOLL_CTL_ADD, e1, &ev));
    ev.data.u64 = 0xdeadbeefcafef00dull;
    expect_ok("epoll_ctl add e2", epoll_ctl(ep, EPOLL_CTL_ADD, e2, &ev));
    struct epoll_event out[4];
    memset(out, 0, sizeof(out));
    int n = epoll_wait(ep, out, 4, 0);
    printf("epoll_wait (e2 ready) = %d data=%llx events=%x\n", n,
           (unsigned long long)out[0].data.u64, out[0].events);
    uint64_t v = 3;
    write(e1, &v, 8);
    memset(out, 0, sizeof(out));
    n = epoll_wait(ep, out, 4, 100);
    unsigned long long seen = 0;
    for (int i = 0; i < n; i++)
        seen ^= out[i].data.u64;
    printf("epoll_wait (both) = %d xor=%llx\n", n, seen);
    sigset_t ss;
    sigemptyset(&ss);
    n = epoll_pwait(ep, out, 4, 0, &ss);
    printf("epoll_pwait = %d\n", n);
    v = 0;
    show("eventfd read e1", read(e1, &v, 8));
    printf("eventfd value = %llu\n", (unsigned long long)v);
    expect_err("eventfd read empty", read(e1, &v, 8), EAGAIN);
    expect_err("eventfd short read", read(e2, &v, 4), EINVAL);
    ev.events = EPOLLOUT;
    expect_ok("epoll_ctl mod", epoll_ctl(ep, EPOLL_CTL_MOD, e2, &ev));
    expect_ok("epoll_ctl del", epoll_ctl(ep, EPOLL_CTL_DEL, e1, NULL));
    expect_err("epoll_ctl del again", epoll_ctl(ep, EPOLL_CTL_DEL, e1, NULL), ENOENT);
    expect_err("epoll_ctl bad fd", epoll_ctl(ep, EPOLL_CTL_ADD, 999, &ev), EBADF);
    expect_err("epoll_ctl bad ptr", syscall(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, e1, bad_ptr()), EFAULT);
    expect_err("epoll_wait bad ptr", syscall(SYS_epoll_pwait, ep, bad_ptr(), 4, 0, NULL, 8), EFAULT);
    expect_err("epoll_wait maxevents 0", epoll_wait(ep, out, 0, 0), EINVAL);
    expect_err("epoll_create1 bad flags", epoll_create1(1), EINVAL);
    expect_err("eventfd bad flags", syscall(SYS_eventfd2, 0, 0x7), EINVAL);
    close(ep);
    close(e1);
    close(e2);
}

static void test_timerfd(void)
{
    int t = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    struct itimerspec its = { .it_value = { 0, 20 * 1000 * 1000 }, .it_interval = { 7, 0 } };
    expect_ok("timerfd_settime", timerfd_settime(t, 0, &its, NULL));
    struct itimerspec cur;
    timerfd_gettime(t, &cur);
    printf("timerfd interval = %ld\n", (long)cur.it_interval.tv_sec);
    struct pollfd p = { .fd = t, .events = POLLIN };
    int pr = poll(&p, 1, 2000);
    printf("poll timerfd = %d revents=%x\n", pr, p.revents);
    uint64_t exp = 0;
    show("timerfd read", read(t, &exp, 8));
    printf("expirations = %llu\n", (unsigned long long)exp);
    expect_err("timerfd bad clock", timerfd_create(12345, 0), EINVAL);
    expect_err("timerfd_settime bad ptr", syscall(SYS_timerfd_settime, t, 0, bad_ptr(), NULL), EFAULT);
    expect_err("timerfd_gettime bad fd", syscall(SYS_timerfd_gettime, 999, &cur), EBADF);
    its.it_value.tv_nsec = 2000000000;
    expect_err("timerfd_settime bad nsec", timerfd_settime(t, 0, &its, NULL), EINVAL);
    close(t);
}

static void test_signalfd(void)
{
    sigset_t m;
    sigemptyset(&m);
    sigaddset(&m, SIGUSR1);
    sigaddset(&m, SIGUSR2);
    sigprocmask(SIG_BLOCK, &m, NULL);
    int fd = signalfd(-1, &m, SFD_NONBLOCK);
    expect_ok("signalfd", fd);
    struct signalfd_siginfo si;
    expect_err("signalfd read empty", read(fd, &si, sizeof(si)), EAGAIN);
    kill(getpid(), SIGUSR2);
    memset(&si, 0, sizeof(si));
    long r = read(fd, &si, sizeof(si));
    printf("signalfd read = %ld signo=%u (%s) code=%d pid_ok=%d\n", r, si.ssi_signo,
           sigabbrev_np((int)si.ssi_signo), si.ssi_code, si.ssi_pid == (uint32_t)getpid());
    expect_err("signalfd short buffer", read(fd, &si, 8), EINVAL);
    expect_err("signalfd bad mask ptr", syscall(SYS_signalfd4, -1, bad_ptr(), 8, 0), EFAULT);
    expect_err("signalfd bad size", syscall(SYS_signalfd4, -1, &m, 4, 0), EINVAL);
    expect_err("signalfd bad fd", syscall(SYS_signalfd4, 0, &m, 8, 0), EINVAL);
    close(fd);
    sigprocmask(SIG_UNBLOCK, &m, NULL);
}

static void test_inotify(void)
{
    int in = inotify_init1(IN_NONBLOCK);
    mkdir("watched", 0755);
    int wd = inotify_add_watch(in, "watched", IN_CREATE | IN_DELETE);
    printf("inotify wd = %d\n", wd);
    int f = open("watched/file1", O_CREAT | O_WRONLY, 0644);
    close(f);
    unlink("watched/file1");
    char buf[4096] __attribute__((aligned(8)));
    long n = read(in, buf, sizeof(buf));
    for (char *p = buf; n > 0 && p < buf + n;) {
        struct inotify_event *e = (struct inotify_event *)p;
        printf("inotify event mask=%x name=%s\n", e->mask, e->len ? e->name : "");
        p += sizeof(*e) + e->len;
    }
    expect_ok("inotify_rm_watch", inotify_rm_watch(in, wd));
    expect_err("inotify_rm_watch again", inotify_rm_watch(in, wd), EINVAL);
    expect_err("inotify_add_watch missing", inotify_add_watch(in, "nope", IN_CREATE), ENOENT);
    expect_err("inotify_add_watch bad ptr", syscall(SYS_inotify_add_watch, in, bad_ptr(), IN_CREATE), EFAULT);
    expect_err("inotify_add_watch bad fd", inotify_add_watch(999, "watched", IN_CREATE), EBADF);
    expect_err("inotify_init1 bad flags", inotify_init1(1), EINVAL);
    close(in);
    rmdir("watched");
}

static void test_select(void)
{
    int p[2];
    pipe(p);
    write(p[1], "x", 1);
    fd_set r;
    FD_ZERO(&r);
    FD_SET(p[0], &r);
    struct timespec ts = { 0, 0 };
    sigset_t ss;
    sigemptyset(&ss);
    int n = pselect(p[0] + 1, &r, NULL, NULL, &ts, &ss);
    printf("pselect = %d isset=%d\n", n, FD_ISSET(p[0], &r));
    struct pollfd pf[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
    n = ppoll(pf, 2, &ts, &ss);
    printf("ppoll = %d revents=%x,%x\n", n, pf[0].revents, pf[1].revents);
    expect_err("ppoll bad ptr", syscall(SYS_ppoll, bad_ptr(), 1, &ts, NULL, 8), EFAULT);
    close(p[0]);
    close(p[1]);
}

int main(void)
{
    test_epoll_eventfd();
    test_timerfd();
    test_signalfd();
    test_inotify();
    test_select();
    return 0;
}
