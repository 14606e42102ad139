/* Blocking calls interrupted by a signal with and without SA_RESTART:
 * read() on a pipe (EINTR without, restarted with: it then returns the
 * data written later), nanosleep (EINTR either way, with the remaining
 * time), poll (EINTR either way), sigsuspend, and a signal that arrives
 * before the call (the handler runs, then the call), and ppoll/pselect with
 * a temporary mask that lets a blocked signal through: EINTR, the handler
 * runs with the temporary mask, the real one is back afterwards.  The signal comes from
 * a second thread (pthread_kill) or from alarm timers. */
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static volatile int hits;
static int fds[2];
static pthread_t main_th;

static void on_sig(int sig) { (void)sig; hits++; }

static void set_handler(int sig, int flags)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sig;
    sa.sa_flags = flags;
    sigaction(sig, &sa, NULL);
}

static void msleep(int ms)
{
    struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
    while (nanosleep(&ts, &ts) != 0)
        ;
}

/* Whether the main thread (tid = pid) sleeps: /proc's state S. */
static int main_sleeps(void)
{
    char path[64], buf[512];
    snprintf(path, sizeof(path), "/proc/self/task/%d/stat", (int)getpid());
    FILE *f = fopen(path, "r");
    if (!f)
        return 1;
    size_t k = fread(buf, 1, sizeof(buf) - 1, f);
    fclose(f);
    buf[k] = 0;
    char *c = strrchr(buf, ')');
    return c && c[1] == ' ' && c[2] == 'S';
}

/* 100 ms, then until the main thread sleeps (in the call under test: it
 * sleeps nowhere else once this thread runs), then SIGUSR1 to it.  The
 * fixed delay alone could let the signal in before the call on a loaded
 * machine, natively too. */
static void kick_main(void)
{
    msleep(100);
    for (int i = 0; i < 1000 && !main_sleeps(); i++)
        msleep(5);
    pthread_kill(main_th, SIGUSR1);
}

/* SIGUSR1 to the main thread once it blocks; 200 ms later a byte on the pipe. */
static void *poker(void *arg)
{
    (void)arg;
    kick_main();
    msleep(200);
    if (write(fds[1], "x", 1) != 1)
        perror("write");
    return NULL;
}

static void read_case(int flags, const char *name)
{
    char c;
    hits = 0;
    set_handler(SIGUSR1, flags);
    pthread_t t;
    pthread_create(&t, NULL, poker, NULL);
    errno = 0;
    long r = read(fds[0], &c, 1);
    int e = errno;
    pthread_join(t, NULL);
    if (r < 0) {
        printf("read %s: %s, handler ran %d\n", name, strerror(e), hits);
        if (read(fds[0], &c, 1) != 1)            /* drain the late byte */
            perror("read");
    } else {
        printf("read %s: restarted, got %ld byte '%c', handler ran %d\n", name, r, c, hits);
    }
}

static void *kicker(void *arg)
{
    (void)arg;
    kick_main();
    return NULL;
}

static void nanosleep_case(int flags, const char *name)
{
    hits = 0;
    set_handler(SIGUSR1, flags);
    pthread_t t;
    pthread_create(&t, NULL, kicker, NULL);
    struct timespec req = { 2, 0 }, rem = { 0, 0 };
    int r = nanosleep(&req, &rem);
    int e = errno;
    pthread_join(t, NULL);
    double left = rem.tv_sec + rem.tv_nsec / 1e9;
    printf("nanosleep %s: %s, remaining %s, handler ran %d\n", name,
           r == 0 ? "completed" : strerror(e),
           left > 1.0 && left < 1.95 ? "in (1.0, 1.95)" : "wrong", hits);
}

static void poll_case(int flags, const char *name)
{
    hits = 0;
    set_handler(SIGUSR1, flags);
    pthread_t t;
    pthread_create(&t, NULL, kicker, NULL);
    struct pollfd p = { fds[0], POLLIN, 0 };
    int r = poll(&p, 1, 3000);
    int e = errno;
    pthread_join(t, NULL);
    printf("poll %s: %s, handler ran %d\n", name, r < 0 ? strerror(e) : "returned", hits);
}

static void alarm_case(void)
{
    /* SIGALRM from an interval timer interrupts read (no SA_RESTART) */
    hits = 0;
    set_handler(SIGALRM, 0);
    struct itimerval it = { { 0, 0 }, { 0, 100000 } };
    setitimer(ITIMER_REAL, &it, NULL);
    char c;
    long r = read(fds[0], &c, 1);
    printf("read with alarm: %s, handler ran %d\n", r < 0 ? strerror(errno) : "data", hits);
}

static void early_case(void)
{
    /* blocked, then sent, then unblocked right before read(): the handler
     * runs first, and with SA_RESTART the read then waits for the data */
    hits = 0;
    set_handler(SIGUSR2, SA_RESTART);
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2);
    sigprocmask(SIG_BLOCK, &s, NULL);
    raise(SIGUSR2);
    if (write(fds[1], "y", 1) != 1)
        perror("write");
    sigprocmask(SIG_UNBLOCK, &s, NULL);
    char c;
    long r = read(fds[0], &c, 1);
    printf("signal before read: handler ran %d, read %ld '%c'\n", hits, r, c);
}

static void sigsuspend_case(void)
{
    hits = 0;
    set_handler(SIGUSR1, SA_RESTART);
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, &old);
    pthread_t t;
    pthread_create(&t, NULL, kicker, NULL);
    int r = sigsuspend(&old);
    int e = errno;
    pthread_join(t, NULL);
    sigset_t now;
    sigprocmask(SIG_SETMASK, NULL, &now);
    printf("sigsuspend: %d %s, handler ran %d, mask restored %s\n", r, strerror(e), hits,
           sigismember(&now, SIGUSR1) ? "yes" : "no");
    sigprocmask(SIG_SETMASK, &old, NULL);
}

static volatile int in_handler_usr2_blocked = -1;

static void on_usr1_mask(int sig)
{
    (void)sig;
    sigset_t cur;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    in_handler_usr2_blocked = sigismember(&cur, SIGUSR2);
    hits++;
}

static void temp_mask_case(int use_pselect)
{
    hits = 0;
    in_handler_usr2_blocked = -1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1_mask;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR1, &sa, NULL);
    sigset_t block, old, tmp;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, &old);
    sigemptyset(&tmp);
    sigaddset(&tmp, SIGUSR2);             /* lets SIGUSR1 through, blocks SIGUSR2 */
    pthread_t t;
    pthread_create(&t, NULL, kicker, NULL);
    int r;
    if (use_pselect) {
        fd_set rd;
        FD_ZERO(&rd);
        FD_SET(fds[0], &rd);
        struct timespec ts = { 3, 0 };
        r = pselect(fds[0] + 1, &rd, NULL, NULL, &ts, &tmp);
    } else {
        struct pollfd p = { fds[0], POLLIN, 0 };
        struct timespec ts = { 3, 0 };
        r = ppoll(&p, 1, &ts, &tmp);
    }
    int e = errno;
    pthread_join(t, NULL);
    sigset_t now;
    sigprocmask(SIG_SETMASK, NULL, &now);
    printf("%s with a temporary mask: %s, handler ran %d with it %d, real mask back %d\n",
           use_pselect ? "pselect" : "ppoll", r < 0 ? strerror(e) : "returned", hits,
           in_handler_usr2_blocked, sigismember(&now, SIGUSR1) && !sigismember(&now, SIGUSR2));
    sigprocmask(SIG_SETMASK, &old, NULL);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    main_th = pthread_self();
    if (pipe(fds))
        return 1;
    read_case(0, "without SA_RESTART");
    read_case(SA_RESTART, "with SA_RESTART");
    nanosleep_case(0, "without SA_RESTART");
    nanosleep_case(SA_RESTART, "with SA_RESTART");
    poll_case(0, "without SA_RESTART");
    poll_case(SA_RESTART, "with SA_RESTART");
    alarm_case();
    early_case();
    sigsuspend_case();
    temp_mask_case(0);
    temp_mask_case(1);
    return 0;
}
