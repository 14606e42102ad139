/* POSIX threads: create/join, a mutex-protected counter, an atomic
 * counter, thread return values, condition-variable handshake. All output
 * comes from the main thread after joins, so it is deterministic. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

enum { T = 4, ITER = 20000 };

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long shared;
static unsigned long atomic_counter;

static pthread_mutex_t cv_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int turn;

static void *worker(void *arg)
{
    intptr_t id = (intptr_t)arg;
    unsigned long local = 0;
    for (int i = 0; i < ITER; i++) {
        pthread_mutex_lock(&lock);
        shared += id + 1;
        pthread_mutex_unlock(&lock);
        __atomic_fetch_add(&atomic_counter, 1, __ATOMIC_RELAXED);
        local += (unsigned long)(i ^ id);
    }
    return (void *)(uintptr_t)local;
}

static void *pingpong(void *arg)
{
    int me = (int)(intptr_t)arg;
    for (int r = 0; r < 100; r++) {
        pthread_mutex_lock(&cv_lock);
        while (turn % 2 != me)
            pthread_cond_wait(&cv, &cv_lock);
        turn++;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&cv_lock);
    }
    return NULL;
}

static __thread int tls_value = 5;

static void *tls_worker(void *arg)
{
    tls_value += (int)(intptr_t)arg;
    return (void *)(intptr_t)tls_value;
}

int main(void)
{
    pthread_t th[T];
    for (intptr_t i = 0; i < T; i++)
        pthread_create(&th[i], NULL, worker, (void *)i);
    unsigned long total = 0;
    for (int i = 0; i < T; i++) {
        void *ret;
        pthread_join(th[i], &ret);
        total += (unsigned long)(uintptr_t)ret;
    }
    printf("shared=%ld atomic=%lu returned=%lu\n", shared, atomic_counter, total);
    pthread_t a, b;
    pthread_create(&a, NULL, pingpong, (void *)0);
    pthread_create(&b, NULL, pingpong, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("pingpong turns=%d\n", turn);
    pthread_t t1, t2;
    void *r1, *r2;
    pthread_create(&t1, NULL, tls_worker, (void *)10);
    pthread_create(&t2, NULL, tls_worker, (void *)20);
    pthread_join(t1, &r1);
    pthread_join(t2, &r2);
    printf("tls: main=%d t1=%d t2=%d\n", tls_value, (int)(intptr_t)r1, (int)(intptr_t)r2);
    return 0;
}
