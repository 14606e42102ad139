/*
 * A fixed program for the -strace transcript test: raw syscalls only
 * (-nostdlib; riscv64 or aarch64: the generic ABI gives both the same
 * transcript), so the transcript holds nothing of a libc's
 * start-up.  Each call exercises one decoder: strings, open flags, errno
 * names, struct stat, mmap prot/flags, sockaddr, signal sets, a delivered
 * signal, the exit line.
 */
#define NR_openat 56
#define NR_close 57
#define NR_read 63
#define NR_write 64
#define NR_pread64 67
#define NR_fstat 80
#define NR_exit_group 94
#define NR_kill 129
#define NR_rt_sigaction 134
#define NR_rt_sigprocmask 135
#define NR_getpid 172
#define NR_socket 198
#define NR_connect 203
#define NR_munmap 215
#define NR_mmap 222
#define NR_mprotect 226
#define NR_memfd_create 279

#ifdef __aarch64__
static long sys(long n, long a, long b, long c, long d, long e, long f)
{
    register long x8 __asm__("x8") = n;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    register long x3 __asm__("x3") = d;
    register long x4 __asm__("x4") = e;
    register long x5 __asm__("x5") = f;
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5)
                     : "memory");
    return x0;
}
#else
static long sys(long n, long a, long b, long c, long d, long e, long f)
{
    register long a7 __asm__("a7") = n;
    register long a0 __asm__("a0") = a;
    register long a1 __asm__("a1") = b;
    register long a2 __asm__("a2") = c;
    register long a3 __asm__("a3") = d;
    register long a4 __asm__("a4") = e;
    register long a5 __asm__("a5") = f;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a7), "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5)
                     : "memory");
    return a0;
}
#endif

static volatile int got;

static void handler(int sig)
{
    got = sig;
}

/* the kernel's struct sigaction: aarch64 has sa_restorer (unused here) */
#ifdef __aarch64__
struct sigact { void (*handler)(int); unsigned long flags; void *restorer; unsigned long mask; };
#else
struct sigact { void (*handler)(int); unsigned long flags; unsigned long mask; };
#endif

void _start(void)
{
    static const char hello[] = "hello, strace\n";
    static const char sun[] = "\1\0/nonexistent-xrun-sock";    /* AF_UNIX, path */
    unsigned char st[128];
    char buf[8];
    sys(NR_write, 1, (long)hello, sizeof(hello) - 1, 0, 0, 0);
    sys(NR_openat, -100, (long)"/nonexistent/xrun-file", 02000000 | 0100, 0644, 0, 0);
    long fd = sys(NR_memfd_create, (long)"strace-test", 1, 0, 0, 0, 0);
    sys(NR_write, fd, (long)"0123456789", 10, 0, 0, 0);
    sys(NR_fstat, fd, (long)st, 0, 0, 0, 0);
    sys(NR_pread64, fd, (long)buf, 4, 2, 0, 0);
    sys(NR_read, 99, (long)buf, 4, 0, 0, 0);
    long m = sys(NR_mmap, 0, 8192, 3, 0x22, -1, 0);
    sys(NR_mprotect, m, 4096, 1, 0, 0, 0);
    sys(NR_munmap, m, 8192, 0, 0, 0, 0);
    long s = sys(NR_socket, 1, 1 | 02000000, 0, 0, 0, 0);
    sys(NR_connect, s, (long)sun, sizeof(sun) - 1, 0, 0, 0);
    unsigned long set = 1ul << (10 - 1);      /* SIGUSR1 */
    sys(NR_rt_sigprocmask, 0, (long)&set, 0, 8, 0, 0);
    struct sigact sa = { .handler = handler };
    sys(NR_rt_sigaction, 12, (long)&sa, 0, 8, 0, 0);
    sys(NR_kill, sys(NR_getpid, 0, 0, 0, 0, 0, 0), 12, 0, 0, 0, 0);
    sys(NR_close, fd, 0, 0, 0, 0, 0);
    sys(NR_exit_group, got == 12 ? 0 : 1, 0, 0, 0, 0, 0);
    for (;;)
        ;
}
