/* 16 threads increment shared counters through C11 atomics, a pthread
 * mutex and a condition-variable token ring; the totals must be exact on
 * every round.  THR_SCALE (set by the driver under the interpreter)
 * divides the iteration counts. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

enum { T = 16, ROUNDS = 2 };
static long iters = 1000000, ring_laps = 500;

static atomic_long acount;
static long mcount;
static pthread_mutex_t mlock = PTHREAD_MUTEX_INITIALIZER;

/* token ring: thread i may increment only when turn % T == i */
static pthread_mutex_t rlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t rcond = PTHREAD_COND_INITIALIZER;
static long turn, rcount;

static void *atomic_worker(void *arg)
{
    (void)arg;
    for (long i = 0; i < iters; i++)
        atomic_fetch_add_explicit(&acount, 1, memory_order_relaxed);
    return NULL;
}

static void *mutex_worker(void *arg)
{
    (void)arg;
    for (long i = 0; i < iters; i++) {
        pthread_mutex_lock(&mlock);
        mcount++;
        pthread_mutex_unlock(&mlock);
    }
    return NULL;
}

static void *ring_worker(void *arg)
{
    long me = (long)arg;
    for (long lap = 0; lap < ring_laps; lap++) {
        pthread_mutex_lock(&rlock);
        while (turn % T != me)
            pthread_cond_wait(&rcond, &rlock);
        rcount++;
        turn++;
        pthread_cond_broadcast(&rcond);
        pthread_mutex_unlock(&rlock);
    }
    return NULL;
}

static void run(void *(*fn)(void *))
{
    pthread_t th[T];
    for (long i = 0; i < T; i++)
        if (pthread_create(&th[i], NULL, fn, (void *)i) != 0) {
            perror("pthread_create");
            exit(1);
        }
    for (int i = 0; i < T; i++)
        pthread_join(th[i], NULL);
}

int main(void)
{
    const char *s = getenv("THR_SCALE");
    long scale = s ? atol(s) : 1;
    if (scale > 1) {
        iters /= scale;
        ring_laps /= scale > 5 ? 5 : scale;
    }
    int bad = 0;
    for (int r = 0; r < ROUNDS; r++) {
        atomic_store(&acount, 0);
        mcount = rcount = turn = 0;
        run(atomic_worker);
        run(mutex_worker);
        run(ring_worker);
        if (atomic_load(&acount) != T * iters || mcount != T * iters || rcount != T * ring_laps) {
            printf("round %d: atomic %ld mutex %ld ring %ld (expected %ld %ld %ld)\n", r,
                   (long)atomic_load(&acount), mcount, rcount, T * iters, T * iters,
                   T * ring_laps);
            bad = 1;
        }
    }
    printf("%d rounds of %d threads: atomic, mutex and ring counts %s\n", ROUNDS, T,
           bad ? "WRONG" : "exact");
    return bad;
}
