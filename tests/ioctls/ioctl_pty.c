/*
 * PTY ioctls: posix_openpt/grantpt/unlockpt/ptsname, termios round trip of
 * raw mode (TCGETS/TCSETS*, TCGETS2), window size, process group and
 * session of a controlling terminal, FIONREAD after writing to the master,
 * packet mode, exclusive mode, line discipline, TIOCGPTPEER.
 * Runs in a child that is a session leader, so the output does not depend
 * on the terminal the test runner has.
 */
#include <asm/termbits.h>       /* struct termios2 (the kernel's layout) */
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common.h"

/* glibc's termios.h clashes with asm/termbits.h: declare what we use */
extern int posix_openpt(int);
extern int grantpt(int);
extern int unlockpt(int);
extern char *ptsname(int);

static void termios_raw(struct termios *t)
{
    t->c_iflag &= ~(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
    t->c_oflag &= ~OPOST;
    t->c_lflag &= ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t->c_cflag &= ~(CSIZE | PARENB);
    t->c_cflag |= CS8;
    t->c_cc[VMIN] = 1;
    t->c_cc[VTIME] = 0;
}

static void show_termios(const char *what, const struct termios *t)
{
    printf("%s: iflag=%#x oflag=%#x cflag=%#x lflag=%#x line=%d vmin=%d vtime=%d vintr=%d\n",
           what, t->c_iflag, t->c_oflag, t->c_cflag, t->c_lflag, t->c_line,
           t->c_cc[VMIN], t->c_cc[VTIME], t->c_cc[VINTR]);
}

static void termios_tests(int s)
{
    struct termios t, u;
    if (report("TCGETS", ioctl(s, TCGETS, &t)) == 0)
        show_termios("initial", &t);
    termios_raw(&t);
    report("TCSETS raw", ioctl(s, TCSETS, &t));
    memset(&u, 0, sizeof(u));
    report("TCGETS", ioctl(s, TCGETS, &u));
    show_termios("raw", &u);
    printf("raw round trip equal: %d\n", memcmp(&t, &u, sizeof(t)) == 0);
    report("TCSETSW", ioctl(s, TCSETSW, &u));
    report("TCSETSF", ioctl(s, TCSETSF, &u));

    struct termios2 t2;
    memset(&t2, 0xa5, sizeof(t2));
    if (report("TCGETS2", ioctl(s, TCGETS2, &t2)) == 0)
        printf("termios2: lflag=%#x ispeed=%u ospeed=%u\n", t2.c_lflag, t2.c_ispeed, t2.c_ospeed);
    t2.c_cflag = (t2.c_cflag & ~CBAUD) | BOTHER;
    t2.c_ispeed = t2.c_ospeed = 12345;
    report("TCSETS2", ioctl(s, TCSETS2, &t2));
    memset(&t2, 0, sizeof(t2));
    ioctl(s, TCGETS2, &t2);
    printf("termios2 after set: ispeed=%u ospeed=%u bother=%d\n", t2.c_ispeed, t2.c_ospeed,
           (t2.c_cflag & CBAUD) == BOTHER);

    report("TCFLSH", ioctl(s, TCFLSH, TCIOFLUSH));
    report("TCXONC", ioctl(s, TCXONC, TCOON));
    report("TCSBRK drain", ioctl(s, TCSBRK, 1));
}

static void winsize_tests(int m, int s)
{
    struct winsize w = { .ws_row = 24, .ws_col = 80, .ws_xpixel = 640, .ws_ypixel = 480 };
    report("TIOCSWINSZ", ioctl(m, TIOCSWINSZ, &w));
    struct winsize r = { 0 };
    report("TIOCGWINSZ", ioctl(s, TIOCGWINSZ, &r));
    printf("winsize: %d x %d (%d x %d px)\n", r.ws_row, r.ws_col, r.ws_xpixel, r.ws_ypixel);
}

static void ctty_tests(int s)
{
    report("TIOCSCTTY", ioctl(s, TIOCSCTTY, 0));
    pid_t pg = -1, sid = -1;
    report("TIOCGPGRP", ioctl(s, TIOCGPGRP, &pg));
    printf("pgrp is ours: %d\n", pg == getpgrp());
    report("TIOCSPGRP", ioctl(s, TIOCSPGRP, &pg));
    report("TIOCGSID", ioctl(s, TIOCGSID, &sid));
    printf("sid is ours: %d\n", sid == getsid(0));
}

static void data_tests(int m, int s)
{
    int n = -1;
    report("FIONREAD empty", ioctl(s, FIONREAD, &n));
    printf("FIONREAD empty = %d\n", n);
    if (write(m, "hello\n", 6) != 6)
        printf("write failed\n");
    struct pollfd p = { .fd = s, .events = POLLIN };
    for (int tries = 0; tries < 100; tries++) {
        poll(&p, 1, 50);
        ioctl(s, FIONREAD, &n);
        if (n == 6)
            break;
    }
    printf("FIONREAD after write = %d\n", n);
    int q = -1;
    report("TIOCOUTQ", ioctl(s, TIOCOUTQ, &q));
    printf("TIOCOUTQ = %d\n", q);
    char buf[16];
    printf("read = %zd\n", read(s, buf, sizeof(buf)));
}

static void mode_tests(int m, int s)
{
    int v = 1, g = -1;
    report("TIOCPKT on", ioctl(m, TIOCPKT, &v));
    report("TIOCGPKT", ioctl(m, TIOCGPKT, &g));
    printf("pkt = %d\n", g);
    v = 0;
    ioctl(m, TIOCPKT, &v);
    report("TIOCEXCL", ioctl(s, TIOCEXCL));
    ioctl(s, TIOCGEXCL, &g);
    printf("excl = %d\n", g);
    report("TIOCNXCL", ioctl(s, TIOCNXCL));
    ioctl(s, TIOCGEXCL, &g);
    printf("excl = %d\n", g);
    int ld = -1;
    report("TIOCGETD", ioctl(s, TIOCGETD, &ld));
    printf("ldisc = %d\n", ld);
    report("TIOCSETD", ioctl(s, TIOCSETD, &ld));
    int lock = -1;
    report("TIOCGPTLCK", ioctl(m, TIOCGPTLCK, &lock));
    printf("ptlck = %d\n", lock);
    unsigned dev = 0;
    report("TIOCGDEV", ioctl(s, TIOCGDEV, &dev));
    printf("pts major = %u\n", (dev >> 8) & 0xfff);
    int bits;
    report("TIOCMGET", ioctl(s, TIOCMGET, &bits));
    struct serial_struct { int x[18]; } ser;
    report("TIOCGSERIAL", ioctl(s, TIOCGSERIAL, &ser));
}

static void peer_tests(int m)
{
    int p = ioctl(m, TIOCGPTPEER, O_RDWR | O_NOCTTY | O_CLOEXEC);
    report("TIOCGPTPEER", p);
    if (p >= 0) {
        printf("peer cloexec=%d rdwr=%d\n", (fcntl(p, F_GETFD) & FD_CLOEXEC) != 0,
               (fcntl(p, F_GETFL) & O_ACCMODE) == O_RDWR);
        close(p);
    }
}

static int child(void)
{
    signal(SIGHUP, SIG_IGN);
    setsid();
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    if (m < 0 || grantpt(m) || unlockpt(m)) {
        printf("no pty\n");
        return 0;
    }
    const char *name = ptsname(m);
    unsigned ptn = ~0u;
    report("TIOCGPTN", ioctl(m, TIOCGPTN, &ptn));
    char want[32];
    snprintf(want, sizeof(want), "/dev/pts/%u", ptn);
    printf("ptsname matches TIOCGPTN: %d\n", name && strcmp(name, want) == 0);
    int s = open(name, O_RDWR | O_NOCTTY);
    if (s < 0) {
        printf("open slave failed\n");
        return 1;
    }
    termios_tests(s);
    winsize_tests(m, s);
    ctty_tests(s);
    data_tests(m, s);
    mode_tests(m, s);
    peer_tests(m);
    report("TIOCNOTTY", ioctl(s, TIOCNOTTY));
    return 0;
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    pid_t pid = fork();
    if (pid == 0)
        _exit(child());
    int st = 0;
    waitpid(pid, &st, 0);
    printf("child exit %d\n", WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
    return 0;
}
