/* glibc's own signals between threads.  pthread_cancel (signal 32 sent by
 * tgkill): a thread blocked in read() on a pipe (a cancellation point) and a
 * thread spinning in pthread_testcancel() are both cancelled and joined with
 * PTHREAD_CANCELED; cleanup handlers run.  setuid/setgid with other threads
 * alive (glibc makes every thread change its ids with signal 33). */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int fds[2];
static volatile int cleanups;

static void cleanup(void *arg) { (void)arg; cleanups++; }

static void *reader(void *arg)
{
    (void)arg;
    char c;
    pthread_cleanup_push(cleanup, NULL);
    for (;;)
        if (read(fds[0], &c, 1) < 0)
            perror("read");
    pthread_cleanup_pop(0);
    return NULL;
}

static void *spinner(void *arg)
{
    (void)arg;
    pthread_cleanup_push(cleanup, NULL);
    for (;;)
        pthread_testcancel();
    pthread_cleanup_pop(0);
    return NULL;
}

static void run(void *(*fn)(void *), const char *name)
{
    pthread_t th;
    void *r;
    pthread_create(&th, NULL, fn, NULL);
    usleep(50000);
    pthread_cancel(th);
    pthread_join(th, &r);
    printf("%s: %s, cleanups %d\n", name, r == PTHREAD_CANCELED ? "cancelled" : "not cancelled",
           cleanups);
}

static volatile int stop;

static void *idler(void *arg)
{
    (void)arg;
    while (!stop)
        usleep(1000);
    return NULL;
}

static void setxid(void)
{
    pthread_t th[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&th[i], NULL, idler, NULL);
    usleep(20000);
    int r1 = setgid(getgid()), r2 = setuid(getuid());
    stop = 1;
    for (int i = 0; i < 3; i++)
        pthread_join(th[i], NULL);
    printf("setgid/setuid with 3 more threads: %d %d\n", r1, r2);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    if (pipe(fds))
        return 1;
    run(reader, "blocked in read");
    run(spinner, "spinning in pthread_testcancel");
    for (int i = 0; i < 20; i++)
        run(reader, "again");
    setxid();
    return 0;
}
