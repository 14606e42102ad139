/* The race between the pending-signal check and a blocking syscall: a
 * thread sends 10000 SIGUSR1 to the main thread, one at a time (it waits
 * until the previous one was handled), while the main thread loops in a
 * blocking read() on a pipe.  The only wake-up is the byte the handler
 * writes into the pipe, so a signal lost between the check and the host
 * read would hang the test.  Without SA_RESTART every read that was
 * waiting fails with EINTR; either way each signal is handled once.  Then
 * the same 10000 signals against sigsuspend() with the signal blocked
 * outside it (the classic race-free wait). */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define N 10000

static volatile int handled;
static int fds[2];
static pthread_t main_th;

static volatile int no_pipe;

static void on_usr1(int sig)
{
    (void)sig;
    handled++;
    if (!no_pipe && write(fds[1], "s", 1) != 1)
        _exit(3);
}

static void *sender(void *arg)
{
    (void)arg;
    for (int i = 0; i < N; i++) {
        pthread_kill(main_th, SIGUSR1);
        while (__atomic_load_n(&handled, __ATOMIC_ACQUIRE) <= i)
            sched_yield();
    }
    return NULL;
}

static void run(int flags, const char *name)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sa.sa_flags = flags;
    sigaction(SIGUSR1, &sa, NULL);
    handled = 0;
    pthread_t t;
    pthread_create(&t, NULL, sender, NULL);
    int got = 0, other = 0;
    char buf[64];
    while (got < N) {
        long r = read(fds[0], buf, sizeof buf);
        if (r > 0)
            got += (int)r;
        else if (!(r < 0 && errno == EINTR))
            other++;
    }
    pthread_join(t, NULL);
    printf("%s: %d signals handled, %d bytes read, %d errors\n", name, handled, got, other);
}

static void run_sigsuspend(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sigaction(SIGUSR1, &sa, NULL);
    no_pipe = 1;
    handled = 0;
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, &old);
    pthread_t t;
    pthread_create(&t, NULL, sender, NULL);
    int wakeups = 0;
    while (handled < N) {
        sigsuspend(&old);
        wakeups++;
    }
    pthread_join(t, NULL);
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("sigsuspend: %d signals handled, %s\n", handled,
           wakeups == N ? "one wake-up each" : "wrong wake-ups");
}

int main(void)
{
    main_th = pthread_self();
    if (pipe(fds))
        return 1;
    run(0, "without SA_RESTART");
    run(SA_RESTART, "with SA_RESTART");
    run_sigsuspend();
    return 0;
}
