/* Robust mutexes: the owner thread exits holding the lock (the next locker
 * gets EOWNERDEAD, makes it consistent, and it works again); the same with a
 * priority-inheritance robust mutex; and a process-shared robust mutex
 * whose owner is a child process that exits holding it. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static void *take_and_exit(void *arg)
{
    pthread_mutex_lock(arg);
    return NULL;            /* exits holding it */
}

static void init(pthread_mutex_t *m, int protocol, int pshared)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
    pthread_mutexattr_setprotocol(&a, protocol);
    pthread_mutexattr_setpshared(&a, pshared);
    pthread_mutex_init(m, &a);
    pthread_mutexattr_destroy(&a);
}

static void after_owner_died(const char *what, pthread_mutex_t *m)
{
    int r = pthread_mutex_lock(m);
    printf("%s: lock after owner died: %s\n", what, r == EOWNERDEAD ? "EOWNERDEAD" : strerror(r));
    if (r == EOWNERDEAD)
        printf("%s: consistent: %d\n", what, pthread_mutex_consistent(m));
    printf("%s: unlock: %d\n", what, pthread_mutex_unlock(m));
    r = pthread_mutex_lock(m);
    printf("%s: relock: %d\n", what, r);
    pthread_mutex_unlock(m);
}

static void thread_case(const char *what, int protocol)
{
    pthread_mutex_t m;
    init(&m, protocol, PTHREAD_PROCESS_PRIVATE);
    pthread_t t;
    pthread_create(&t, NULL, take_and_exit, &m);
    pthread_join(t, NULL);
    after_owner_died(what, &m);
    pthread_mutex_destroy(&m);
}

/* a waiter blocked in the lock when the owner dies is woken with EOWNERDEAD */
static pthread_mutex_t wm;
static pthread_barrier_t bar;

static void *hold_then_exit(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&wm);
    pthread_barrier_wait(&bar);
    usleep(100000);
    return NULL;
}

static void waiter_case(void)
{
    init(&wm, PTHREAD_PRIO_NONE, PTHREAD_PROCESS_PRIVATE);
    pthread_barrier_init(&bar, NULL, 2);
    pthread_t t;
    pthread_create(&t, NULL, hold_then_exit, NULL);
    pthread_barrier_wait(&bar);
    int r = pthread_mutex_lock(&wm);      /* blocks until the owner exits */
    printf("blocked waiter: %s\n", r == EOWNERDEAD ? "EOWNERDEAD" : strerror(r));
    pthread_mutex_consistent(&wm);
    pthread_mutex_unlock(&wm);
    pthread_join(t, NULL);
}

static void process_case(void)
{
    pthread_mutex_t *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    init(m, PTHREAD_PRIO_NONE, PTHREAD_PROCESS_SHARED);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        pthread_mutex_lock(m);
        _exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    after_owner_died("process", m);
}

int main(void)
{
    thread_case("plain", PTHREAD_PRIO_NONE);
    thread_case("pi", PTHREAD_PRIO_INHERIT);
    waiter_case();
    process_case();
    return 0;
}
