/* Thread exit versus group exit: a non-main thread calls exit(3) while the
 * main thread waits in pthread_join and others block in a futex wait, a
 * read() and nanosleep: the process ends with status 3 at once, and atexit
 * handlers run once.  ARG "mainexit": the main thread leaves with
 * pthread_exit while workers go on; the last one's exit ends the process
 * (status 0). */
// EXIT: 3
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static int pfd[2];

static void *block_cond(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    for (;;)
        pthread_cond_wait(&never, &m);
    return NULL;
}

static void *block_read(void *a)
{
    (void)a;
    char c;
    ssize_t r = read(pfd[0], &c, 1);
    (void)r;
    return NULL;
}

static void *block_sleep(void *a)
{
    (void)a;
    sleep(100);
    return NULL;
}

static void *exiter(void *a)
{
    (void)a;
    usleep(100000);
    printf("thread calls exit(3)\n");
    exit(3);
}

static void bye(void) { printf("atexit handler\n"); }

/* Whose line is next: the main thread's (0), then the workers' in order
 * (the delays alone reordered them on a loaded machine, natively too). */
static int turn;

static void *late_worker(void *a)
{
    usleep(50000 * (long)a);
    while (__atomic_load_n(&turn, __ATOMIC_ACQUIRE) != (long)a)
        usleep(1000);
    printf("worker %ld still running after main left\n", (long)a);
    __atomic_store_n(&turn, (int)(long)a + 1, __ATOMIC_RELEASE);
    return NULL;
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc > 1 && !strcmp(argv[1], "mainexit")) {
        pthread_t t;
        for (long i = 1; i <= 3; i++)
            pthread_create(&t, NULL, late_worker, (void *)i);
        printf("main thread leaves\n");
        __atomic_store_n(&turn, 1, __ATOMIC_RELEASE);
        pthread_exit(NULL);
    }
    atexit(bye);
    if (pipe(pfd) != 0)
        return 1;
    pthread_t t[4];
    pthread_create(&t[0], NULL, block_cond, NULL);
    pthread_create(&t[1], NULL, block_read, NULL);
    pthread_create(&t[2], NULL, block_sleep, NULL);
    pthread_create(&t[3], NULL, exiter, NULL);
    pthread_join(t[0], NULL);
    printf("not reached\n");
    return 0;
}
