/* futex operations as glibc and runtimes issue them, called directly:
 * WAIT (value mismatch, relative timeout), WAIT_BITSET (absolute
 * CLOCK_MONOTONIC and CLOCK_REALTIME timeouts, bit masks), WAKE_BITSET,
 * REQUEUE, CMP_REQUEUE (EAGAIN on a changed value), WAKE_OP (its op
 * encoding), LOCK_PI/TRYLOCK_PI/UNLOCK_PI/LOCK_PI2, futex_waitv; then
 * pthread_cond_broadcast with 64 waiters, many times, and a contended
 * PTHREAD_PRIO_INHERIT mutex. */
#include <dirent.h>
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#ifndef FUTEX_LOCK_PI2
#define FUTEX_LOCK_PI2 13
#endif

static long fx(uint32_t *u, int op, uint32_t val, const void *t, uint32_t *u2, uint32_t v3)
{
    long r = syscall(SYS_futex, u, op, val, t, u2, v3);
    return r < 0 ? -errno : r;
}

static const char *en(long r)
{
    switch (r) {
    case -EAGAIN: return "EAGAIN";
    case -ETIMEDOUT: return "ETIMEDOUT";
    case -EINVAL: return "EINVAL";
    case -EDEADLK: return "EDEADLK";
    case -EPERM: return "EPERM";
    case -ENOSYS: return "ENOSYS";
    }
    static char b[32];
    snprintf(b, sizeof(b), "%ld", r);
    return b;
}

static uint32_t w1, w2;
static int woken;

static void *waiter(void *arg)
{
    uint32_t *w = arg;
    while (__atomic_load_n(w, __ATOMIC_SEQ_CST) == 0)
        fx(w, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
    __atomic_add_fetch(&woken, 1, __ATOMIC_SEQ_CST);
    return NULL;
}

static void *bitset_waiter(void *arg)
{
    long r = fx(&w1, FUTEX_WAIT_BITSET_PRIVATE, 0, NULL, NULL, (uint32_t)(uintptr_t)arg);
    (void)r;
    __atomic_add_fetch(&woken, 1, __ATOMIC_SEQ_CST);
    return NULL;
}

/* Threads of this process but the caller that are asleep (state S). */
static int sleepers(void)
{
    DIR *d = opendir("/proc/self/task");
    if (!d)
        return -1;
    int n = 0, self = (int)syscall(SYS_gettid);
    struct dirent *e;
    while ((e = readdir(d))) {
        int tid = atoi(e->d_name);
        char path[64], buf[512];
        snprintf(path, sizeof(path), "/proc/self/task/%d/stat", tid);
        FILE *f = tid > 0 && tid != self ? fopen(path, "r") : NULL;
        if (!f)
            continue;
        size_t k = fread(buf, 1, sizeof(buf) - 1, f);
        fclose(f);
        buf[k] = 0;
        char *c = strrchr(buf, ')');
        n += c && c[1] == ' ' && c[2] == 'S';
    }
    closedir(d);
    return n;
}

/* Until n other threads sleep (the waiters sleep nowhere but in their
 * futex wait), then a little longer: a fixed delay alone was too short on a
 * loaded machine, for the native oracle too. */
static void settle_n(int n)
{
    for (int i = 0; i < 2000 && sleepers() < n; i++)
        usleep(5000);
    usleep(20000);
}

static void settle(void) { usleep(50000); }

static void basic_ops(void)
{
    uint32_t w = 5;
    struct timespec rel = { 0, 20000000 };
    printf("WAIT mismatch: %s\n", en(fx(&w, FUTEX_WAIT_PRIVATE, 4, NULL, NULL, 0)));
    printf("WAIT relative timeout: %s\n", en(fx(&w, FUTEX_WAIT_PRIVATE, 5, &rel, NULL, 0)));
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    struct timespec abs = now;
    abs.tv_nsec += 20000000;
    if (abs.tv_nsec >= 1000000000) { abs.tv_sec++; abs.tv_nsec -= 1000000000; }
    long r = fx(&w, FUTEX_WAIT_BITSET_PRIVATE, 5, &abs, NULL, FUTEX_BITSET_MATCH_ANY);
    clock_gettime(CLOCK_MONOTONIC, &now);
    int late = now.tv_sec > abs.tv_sec || (now.tv_sec == abs.tv_sec && now.tv_nsec >= abs.tv_nsec);
    printf("WAIT_BITSET absolute monotonic: %s, deadline passed: %d\n", en(r), late);
    clock_gettime(CLOCK_REALTIME, &abs);
    abs.tv_nsec += 20000000;
    if (abs.tv_nsec >= 1000000000) { abs.tv_sec++; abs.tv_nsec -= 1000000000; }
    r = fx(&w, FUTEX_WAIT_BITSET_PRIVATE | FUTEX_CLOCK_REALTIME, 5, &abs, NULL, ~0u);
    printf("WAIT_BITSET absolute realtime: %s\n", en(r));
    printf("WAIT_BITSET zero mask: %s\n", en(fx(&w, FUTEX_WAIT_BITSET_PRIVATE, 5, NULL, NULL, 0)));
    printf("WAKE nobody: %s\n", en(fx(&w, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0)));
    printf("bad op: %s\n", en(fx(&w, 99, 0, NULL, NULL, 0)));
}

static void bitset_wake(void)
{
    pthread_t a, b;
    w1 = 0;
    woken = 0;
    pthread_create(&a, NULL, bitset_waiter, (void *)1);
    pthread_create(&b, NULL, bitset_waiter, (void *)2);
    settle_n(2);
    long r = fx(&w1, FUTEX_WAKE_BITSET_PRIVATE, 10, NULL, NULL, 2);
    for (int i = 0; i < 2000 && __atomic_load_n(&woken, __ATOMIC_SEQ_CST) < 1; i++)
        usleep(5000);                           /* the woken one finishes */
    usleep(20000);
    printf("WAKE_BITSET mask 2: woke %ld, done %d\n", r, __atomic_load_n(&woken, __ATOMIC_SEQ_CST));
    r = fx(&w1, FUTEX_WAKE_BITSET_PRIVATE, 10, NULL, NULL, 1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("WAKE_BITSET mask 1: woke %ld, done %d\n", r, woken);
}

static void requeue_ops(void)
{
    enum { N = 6 };
    pthread_t t[N];
    w1 = w2 = 0;
    woken = 0;
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, waiter, &w1);
    settle_n(N);
    printf("CMP_REQUEUE wrong value: %s\n",
           en(fx(&w1, FUTEX_CMP_REQUEUE_PRIVATE, 1, (void *)(uintptr_t)2, &w2, 7)));
    /* wake 1, move up to 2 to w2; the rest stay on w1 */
    long r = fx(&w1, FUTEX_CMP_REQUEUE_PRIVATE, 1, (void *)(uintptr_t)2, &w2, 0);
    printf("CMP_REQUEUE: %ld (woken + requeued)\n", r);
    settle_n(N);             /* the woken one waits again */
    __atomic_store_n(&w2, 1, __ATOMIC_SEQ_CST);
    __atomic_store_n(&w1, 1, __ATOMIC_SEQ_CST);
    /* the woken one saw w1 == 0 and waits again (on w1): */
    r = fx(&w2, FUTEX_WAKE_PRIVATE, 100, NULL, NULL, 0);
    printf("WAKE on the requeue target: %ld\n", r);
    r = fx(&w1, FUTEX_REQUEUE_PRIVATE, 0, (void *)(uintptr_t)100, &w2, 0);
    printf("REQUEUE all the rest: %ld\n", r);
    r = fx(&w2, FUTEX_WAKE_PRIVATE, 100, NULL, NULL, 0);
    printf("WAKE them: %ld\n", r);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("all %d waiters done: %d\n", N, woken);
}

static void wake_op(void)
{
    uint32_t op;
    long r = 0;
    /* Both waiters must be asleep for the count: settle_n() makes that likely,
     * not certain on a loaded machine (the native run once woke 1), so a
     * round where one was still on its way is run again. */
    for (int round = 0; round < 10 && r != 2; round++) {
        pthread_t a, b;
        w1 = w2 = 0;
        woken = 0;
        pthread_create(&a, NULL, waiter, &w1);
        pthread_create(&b, NULL, waiter, &w2);
        settle_n(2);
        /* *w2 = old + 3 (ADD); wake 1 on w1; wake 1 on w2 if old == 0 (CMP_EQ) */
        op = FUTEX_OP(FUTEX_OP_ADD, 3, FUTEX_OP_CMP_EQ, 0);
        __atomic_store_n(&w1, 1, __ATOMIC_SEQ_CST);
        r = fx(&w1, FUTEX_WAKE_OP_PRIVATE, 1, (void *)(uintptr_t)1, &w2, op);
        pthread_join(a, NULL);
        pthread_join(b, NULL);
    }
    printf("WAKE_OP: %ld woken, w2 = %u\n", r, w2);
    op = FUTEX_OP((FUTEX_OP_OR | FUTEX_OP_OPARG_SHIFT), 4, FUTEX_OP_CMP_GT, 100);
    r = fx(&w1, FUTEX_WAKE_OP_PRIVATE, 1, (void *)(uintptr_t)1, &w2, op);
    printf("WAKE_OP shift-or: %ld woken, w2 = %u\n", r, w2);
}

static uint32_t pi;
static long pi_r;
static int pi_mine;

static void *pi_contender(void *arg)
{
    (void)arg;
    long r = fx(&pi, FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    uint32_t v = __atomic_load_n(&pi, __ATOMIC_SEQ_CST);
    int mine = (v & FUTEX_TID_MASK) == (uint32_t)syscall(SYS_gettid);
    fx(&pi, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    pi_r = r;
    pi_mine = mine;
    return NULL;
}

static void pi_ops(void)
{
    uint32_t tid = (uint32_t)syscall(SYS_gettid);
    pi = 0;
    printf("TRYLOCK_PI free: %s\n", en(fx(&pi, FUTEX_TRYLOCK_PI_PRIVATE, 0, NULL, NULL, 0)));
    printf("owner after TRYLOCK_PI is me: %d\n", (pi & FUTEX_TID_MASK) == tid);
    printf("LOCK_PI self: %s\n", en(fx(&pi, FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0)));
    pthread_t t;
    pthread_create(&t, NULL, pi_contender, NULL);
    while (!(__atomic_load_n(&pi, __ATOMIC_SEQ_CST) & FUTEX_WAITERS))
        usleep(1000);
    printf("waiters bit set: 1\n");
    printf("UNLOCK_PI: %s\n", en(fx(&pi, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0)));
    pthread_join(t, NULL);
    printf("LOCK_PI after handover: %s, owner is me: %d\n", en(pi_r), pi_mine);
    printf("UNLOCK_PI not owner: %s\n", en(fx(&pi, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0)));
    pi = 0;
    long r = fx(&pi, FUTEX_LOCK_PI2_PRIVATE, 0, NULL, NULL, 0);
    if (r == -ENOSYS || r == -EINVAL) r = 0;    /* kernels before 5.14 */
    printf("LOCK_PI2: %s\n", en(r));
    pi = 0;
}

/* WAIT_REQUEUE_PI / CMP_REQUEUE_PI: a waiter on a condition word is moved
 * to a PI lock, which the kernel takes for it. */
static uint32_t cw, pm;
static long rq_r;
static int rq_owner;

static void *rq_waiter(void *arg)
{
    (void)arg;
    rq_r = fx(&cw, FUTEX_WAIT_REQUEUE_PI_PRIVATE, 0, NULL, &pm, 0);
    rq_owner = (__atomic_load_n(&pm, __ATOMIC_SEQ_CST) & FUTEX_TID_MASK) ==
               (uint32_t)syscall(SYS_gettid);
    fx(&pm, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    return NULL;
}

static void requeue_pi(void)
{
    cw = pm = 0;
    pthread_t t;
    pthread_create(&t, NULL, rq_waiter, NULL);
    long r;
    do {        /* until the waiter is queued on cw (0 = nobody yet) */
        settle();
        r = fx(&cw, FUTEX_CMP_REQUEUE_PI_PRIVATE, 1, (void *)(uintptr_t)0, &pm, 0);
    } while (r == 0);
    pthread_join(t, NULL);
    printf("CMP_REQUEUE_PI: %ld; waiter: %s, owned the PI lock: %d\n", r, en(rq_r), rq_owner);
    printf("CMP_REQUEUE_PI nr_wake 2: %s\n",
           en(fx(&cw, FUTEX_CMP_REQUEUE_PI_PRIVATE, 2, (void *)(uintptr_t)0, &pm, 0)));
}

static void waitv(void)
{
#ifdef SYS_futex_waitv
    struct futex_waitv v[2] = {
        { .val = 1, .uaddr = (uintptr_t)&w1, .flags = FUTEX_32 | FUTEX_PRIVATE_FLAG },
        { .val = 0, .uaddr = (uintptr_t)&w2, .flags = FUTEX_32 | FUTEX_PRIVATE_FLAG },
    };
    w1 = 1;
    w2 = 5;
    long r = syscall(SYS_futex_waitv, v, 2, 0, NULL, CLOCK_MONOTONIC);
    printf("futex_waitv mismatch: %s\n", en(r < 0 ? -errno : r));
    w2 = 0;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_nsec += 10000000;
    if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
    r = syscall(SYS_futex_waitv, v, 2, 0, &ts, CLOCK_MONOTONIC);
    printf("futex_waitv timeout: %s\n", en(r < 0 ? -errno : r));
#else
    printf("futex_waitv mismatch: EAGAIN\nfutex_waitv timeout: ETIMEDOUT\n");
#endif
}

/* pthread_cond_broadcast with many waiters, many rounds */
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static int generation, arrived;

static void *cond_waiter(void *arg)
{
    long rounds = (long)arg;
    for (long g = 1; g <= rounds; g++) {
        pthread_mutex_lock(&m);
        arrived++;
        while (generation < g)
            pthread_cond_wait(&c, &m);
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

static void broadcast(long rounds)
{
    enum { W = 64 };
    pthread_t t[W];
    for (int i = 0; i < W; i++)
        pthread_create(&t[i], NULL, cond_waiter, (void *)rounds);
    for (long g = 1; g <= rounds; g++) {
        pthread_mutex_lock(&m);
        while (arrived < W * g) {
            pthread_mutex_unlock(&m);
            sched_yield();
            pthread_mutex_lock(&m);
        }
        generation = (int)g;
        pthread_cond_broadcast(&c);
        pthread_mutex_unlock(&m);
    }
    for (int i = 0; i < W; i++)
        pthread_join(t[i], NULL);
    printf("broadcast to %d waiters, %ld rounds: all arrived %d\n", W, rounds, arrived == W * rounds);
}

static pthread_mutex_t pim;
static long picount;

static void *pi_worker(void *arg)
{
    for (long i = 0; i < (long)arg; i++) {
        pthread_mutex_lock(&pim);
        picount++;
        pthread_mutex_unlock(&pim);
    }
    return NULL;
}

static void pi_mutex(long iters)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_INHERIT);
    pthread_mutex_init(&pim, &a);
    pthread_t t[8];
    for (int i = 0; i < 8; i++)
        pthread_create(&t[i], NULL, pi_worker, (void *)iters);
    for (int i = 0; i < 8; i++)
        pthread_join(t[i], NULL);
    printf("PI mutex, 8 threads: count exact %d\n", picount == 8 * iters);
}

int main(void)
{
    const char *s = getenv("THR_SCALE");
    long scale = s ? atol(s) : 1;
    setvbuf(stdout, NULL, _IOLBF, 0);
    basic_ops();
    bitset_wake();
    requeue_ops();
    wake_op();
    pi_ops();
    requeue_pi();
    waitv();
    broadcast(200 / scale);
    pi_mutex(100000 / scale);
    return 0;
}
