/* Process-directed signals after threads have come and gone: glibc blocks
 * every signal in an exiting thread, which must not block them for the
 * process (python3 lost its SIGUSR1/SIGALRM handlers after a thread pool).
 * kill() to ourselves, raise(), and a setitimer SIGALRM, each after a round
 * of threads, must all run the handler in the main thread. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <sys/time.h>
#include <unistd.h>

static volatile sig_atomic_t got_usr1, got_alrm;

static void on_usr1(int s) { (void)s; got_usr1++; }
static void on_alrm(int s) { (void)s; got_alrm++; }
static void *worker(void *arg) { usleep(2000); return arg; }

static void threads_round(int n)
{
    pthread_t t[8];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
}

/* wait up to 2 s for *flag to reach want */
static int wait_for(volatile sig_atomic_t *flag, int want)
{
    for (int i = 0; i < 2000 && *flag < want; i++)
        usleep(1000);
    return *flag;
}

int main(void)
{
    signal(SIGUSR1, on_usr1);
    signal(SIGALRM, on_alrm);
    threads_round(1);
    kill(getpid(), SIGUSR1);
    printf("after 1 thread: kill -> %d\n", wait_for(&got_usr1, 1));
    threads_round(8);
    kill(getpid(), SIGUSR1);
    printf("after 8 threads: kill -> %d\n", wait_for(&got_usr1, 2));
    raise(SIGUSR1);
    printf("raise -> %d\n", wait_for(&got_usr1, 3));
    threads_round(4);
    struct itimerval it = { { 0, 0 }, { 0, 20000 } };
    setitimer(ITIMER_REAL, &it, NULL);
    printf("setitimer -> %d\n", wait_for(&got_alrm, 1));
    sigset_t none;
    sigprocmask(SIG_SETMASK, NULL, &none);
    printf("main mask has SIGUSR1: %d\n", sigismember(&none, SIGUSR1));
    return got_usr1 == 3 && got_alrm == 1 ? 0 : 1;
}
