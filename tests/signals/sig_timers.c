/* Timers driving signals: setitimer ITIMER_REAL (SIGALRM), ITIMER_VIRTUAL
 * (SIGVTALRM) and ITIMER_PROF (SIGPROF) counted to a fixed number of
 * expirations; timer_create with SIGEV_SIGNAL (si_code SI_TIMER, si_value
 * from the sigevent) and with SIGEV_THREAD_ID aimed at one thread (the
 * handler runs in that thread); tgkill to each of several threads; a
 * process-directed kill reaching the one thread that does not block it. */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static volatile int count, value_ok, code_ok;
static volatile pid_t handler_tid;

static void on_sig(int sig, siginfo_t *si, void *ctx)
{
    (void)sig; (void)ctx;
    count++;
    handler_tid = gettid();
    code_ok = si->si_code;
    value_ok = si->si_value.sival_int;
}

static void set(int sig)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_sig;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigaction(sig, &sa, NULL);
}

static void itimer(int which, int sig, const char *name)
{
    set(sig);
    count = 0;
    struct itimerval it = { { 0, 5000 }, { 0, 5000 } };
    setitimer(which, &it, NULL);
    volatile unsigned long spin = 0;
    while (count < 5)
        spin++;
    struct itimerval off = { { 0, 0 }, { 0, 0 } };
    setitimer(which, &off, NULL);
    printf("%s: %d signals\n", name, count >= 5 ? 5 : count);
}

static void posix_timer(void)
{
    set(SIGRTMIN);
    count = 0;
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGRTMIN;
    sev.sigev_value.sival_int = 4242;
    timer_t t;
    if (timer_create(CLOCK_MONOTONIC, &sev, &t)) {
        perror("timer_create");
        return;
    }
    struct itimerspec its = { { 0, 2000000 }, { 0, 2000000 } };
    timer_settime(t, 0, &its, NULL);
    while (count < 10)
        pause();
    timer_delete(t);
    printf("timer_create SIGEV_SIGNAL: %d signals, si_code %s, si_value %d\n",
           count >= 10 ? 10 : count, code_ok == SI_TIMER ? "SI_TIMER" : "other", value_ok);
}

static volatile int stop;
static pid_t worker_tid;

static void *worker(void *arg)
{
    (void)arg;
    worker_tid = gettid();
    while (!stop)
        usleep(1000);
    return NULL;
}

static void thread_timer(void)
{
    set(SIGUSR1);
    count = 0;
    handler_tid = 0;
    pthread_t th;
    pthread_create(&th, NULL, worker, NULL);
    while (!worker_tid)
        usleep(1000);
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = SIGUSR1;
    sev._sigev_un._tid = worker_tid;
    timer_t t;
    if (timer_create(CLOCK_MONOTONIC, &sev, &t)) {
        perror("timer_create");
        return;
    }
    struct itimerspec its = { { 0, 0 }, { 0, 20000000 } };
    timer_settime(t, 0, &its, NULL);
    while (!count)
        usleep(1000);
    int right = handler_tid == worker_tid;
    stop = 1;
    pthread_join(th, NULL);
    timer_delete(t);
    printf("SIGEV_THREAD_ID: %d signal, in the target thread %d\n", count, right);
}

#define NT 4
static volatile pid_t tids[NT];
static volatile pid_t seen[NT];
static volatile int go;
static __thread int my_index = -1;

static void on_usr2(int sig)
{
    (void)sig;
    if (my_index >= 0)
        seen[my_index] = gettid();
}

static void *waiter(void *arg)
{
    my_index = (int)(long)arg;
    tids[my_index] = gettid();
    while (!go)
        usleep(1000);
    return NULL;
}

static void tgkill_threads(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr2;
    sigaction(SIGUSR2, &sa, NULL);
    pthread_t th[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, waiter, (void *)i);
    for (int i = 0; i < NT; i++)
        while (!tids[i])
            usleep(1000);
    for (int i = NT - 1; i >= 0; i--)
        syscall(SYS_tgkill, getpid(), tids[i], SIGUSR2);
    int ok = 0;
    for (int tries = 0; tries < 2000 && ok < NT; tries++) {
        ok = 0;
        for (int i = 0; i < NT; i++)
            ok += seen[i] == tids[i];
        usleep(1000);
    }
    go = 1;
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);
    printf("tgkill: %d of %d threads got their own signal\n", ok, NT);
}

/* kill(getpid()) with the signal blocked in the main thread: another thread takes it */
static volatile int kill_stop;
static void *kill_taker(void *arg)
{
    (void)arg;
    my_index = 0;
    tids[0] = gettid();
    while (!kill_stop)
        usleep(1000);
    return NULL;
}

static void process_kill(void)
{
    memset((void *)seen, 0, sizeof seen);
    memset((void *)tids, 0, sizeof tids);
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2);
    pthread_sigmask(SIG_BLOCK, &s, NULL);
    pthread_sigmask(SIG_UNBLOCK, &s, NULL);
    pthread_t th;
    pthread_create(&th, NULL, kill_taker, NULL);
    while (!tids[0])
        usleep(1000);
    pthread_sigmask(SIG_BLOCK, &s, NULL);
    kill(getpid(), SIGUSR2);
    for (int tries = 0; tries < 2000 && !seen[0]; tries++)
        usleep(1000);
    kill_stop = 1;
    pthread_join(th, NULL);
    printf("kill with the main thread blocking: taken by the other thread %d\n",
           seen[0] == tids[0]);
    pthread_sigmask(SIG_UNBLOCK, &s, NULL);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    itimer(ITIMER_REAL, SIGALRM, "ITIMER_REAL");
    itimer(ITIMER_VIRTUAL, SIGVTALRM, "ITIMER_VIRTUAL");
    itimer(ITIMER_PROF, SIGPROF, "ITIMER_PROF");
    posix_timer();
    thread_timer();
    tgkill_threads();
    process_kill();
    return 0;
}
