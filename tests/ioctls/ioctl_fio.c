/*
 * File-descriptor ioctls on pipes, sockets and a regular file: FIONREAD,
 * FIONBIO (a read that would block), FIOCLEX/FIONCLEX (seen by fcntl),
 * FIOASYNC, FIOQSIZE, SIOCINQ/SIOCOUTQ, FIOSETOWN/FIOGETOWN, SIOCGSTAMP.
 */
#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/sockios.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "common.h"

static void fd_flags(const char *what, int fd)
{
    printf("%s: cloexec=%d nonblock=%d async=%d\n", what,
           (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0, (fcntl(fd, F_GETFL) & O_NONBLOCK) != 0,
           (fcntl(fd, F_GETFL) & O_ASYNC) != 0);
}

static void common_fd_tests(const char *kind, int rd, int wr)
{
    char name[64];
    int n = -1, on = 1, off = 0;
    snprintf(name, sizeof(name), "%s FIONREAD empty", kind);
    report(name, ioctl(rd, FIONREAD, &n));
    printf("%s FIONREAD = %d\n", kind, n);
    if (write(wr, "12345", 5) != 5)
        printf("write failed\n");
    ioctl(rd, FIONREAD, &n);
    printf("%s FIONREAD after write = %d\n", kind, n);

    report("FIONBIO on", ioctl(rd, FIONBIO, &on));
    fd_flags(kind, rd);
    char buf[16];
    printf("%s read 5 = %zd\n", kind, read(rd, buf, sizeof(buf)));
    ssize_t r = read(rd, buf, sizeof(buf));
    printf("%s read empty = %zd %s\n", kind, r, r < 0 ? errname(errno) : "");
    report("FIONBIO off", ioctl(rd, FIONBIO, &off));

    report("FIOCLEX", ioctl(rd, FIOCLEX));
    fd_flags(kind, rd);
    report("FIONCLEX", ioctl(rd, FIONCLEX));
    fd_flags(kind, rd);
    report("FIOASYNC on", ioctl(rd, FIOASYNC, &on));
    fd_flags(kind, rd);
    report("FIOASYNC off", ioctl(rd, FIOASYNC, &off));
    fd_flags(kind, rd);
}

static void pipe_tests(void)
{
    int p[2];
    if (pipe(p)) {
        printf("pipe failed\n");
        return;
    }
    common_fd_tests("pipe", p[0], p[1]);
    long long q;
    report("pipe FIOQSIZE", ioctl(p[0], FIOQSIZE, &q));
    close(p[0]);
    close(p[1]);
}

static void unix_tests(void)
{
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv)) {
        printf("socketpair failed\n");
        return;
    }
    common_fd_tests("unix", sv[0], sv[1]);
    if (write(sv[1], "abcdefg", 7) != 7)
        printf("write failed\n");
    int n = -1, out = -1;
    report("SIOCINQ", ioctl(sv[0], SIOCINQ, &n));
    printf("SIOCINQ = %d\n", n);
    report("SIOCOUTQ", ioctl(sv[1], SIOCOUTQ, &out));
    printf("SIOCOUTQ > 0: %d\n", out > 0);
    int owner = getpid(), got = 0;
    report("FIOSETOWN", ioctl(sv[0], FIOSETOWN, &owner));
    report("FIOGETOWN", ioctl(sv[0], FIOGETOWN, &got));
    printf("owner is us: %d\n", got == getpid());
    close(sv[0]);
    close(sv[1]);
}

static void udp_tests(void)
{
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    socklen_t len = sizeof(a);
    if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof(a)) || getsockname(s, (struct sockaddr *)&a, &len)) {
        printf("udp setup failed\n");
        return;
    }
    struct timeval tv;
    report("SIOCGSTAMP before any packet", ioctl(s, SIOCGSTAMP, &tv));
    sendto(s, "datagram-one", 12, 0, (struct sockaddr *)&a, sizeof(a));
    sendto(s, "two", 3, 0, (struct sockaddr *)&a, sizeof(a));
    int n = -1;
    report("udp FIONREAD", ioctl(s, FIONREAD, &n));
    printf("udp FIONREAD (next datagram) = %d\n", n);
    char buf[32];
    recv(s, buf, sizeof(buf), 0);
    report("SIOCGSTAMP", ioctl(s, SIOCGSTAMP, &tv));
    struct timeval now;
    gettimeofday(&now, NULL);
    printf("stamp plausible: %d\n", tv.tv_sec > 0 && tv.tv_sec <= now.tv_sec && tv.tv_usec < 1000000);
    ioctl(s, FIONREAD, &n);
    printf("udp FIONREAD after recv = %d\n", n);
    close(s);
}

static void file_tests(void)
{
    int fd = open("data.bin", O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || write(fd, "0123456789abcdef", 16) != 16) {
        printf("file setup failed\n");
        return;
    }
    lseek(fd, 4, SEEK_SET);
    int n = -1;
    report("file FIONREAD", ioctl(fd, FIONREAD, &n));
    printf("file FIONREAD = %d\n", n);
    long long q = -1;
    report("file FIOQSIZE", ioctl(fd, FIOQSIZE, &q));
    printf("file FIOQSIZE = %lld\n", q);
    report("file FIOCLEX", ioctl(fd, FIOCLEX));
    fd_flags("file", fd);
    close(fd);
    unlink("data.bin");
}

int main(void)
{
    pipe_tests();
    unix_tests();
    udp_tests();
    file_tests();
    return 0;
}
