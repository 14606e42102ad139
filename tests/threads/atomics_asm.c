/* The guest's own atomic instructions under real concurrency: 8 threads
 * each add 1 to shared words N times through riscv64 LR/SC loops and AMOs
 * (amoadd.w/d, amoswap as a spin lock, amomax), or aarch64 LDXR/STXR and
 * LDAXR/STLXR loops and LSE (LDADD, LDADDAL, CAS as a lock, SWP, LDSMAX:
 * the file is built with -march=armv8.1-a for aarch64).  The native build
 * (the oracle) uses the compiler's atomics.  A message-passing check: a
 * writer publishes data then a flag with release, readers acquire the flag
 * and must see the data. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum { T = 8 };
static long n = 200000;
static uint64_t c_llsc, c_amo64, c_lock_plain;
static uint32_t c_amo32, spin;
static int64_t maxv = -1000;

static inline void add_llsc(uint64_t *p)
{
#if defined(__riscv)
    uint64_t t, fail;
    __asm__ volatile("1: lr.d %0, (%2)\n addi %0, %0, 1\n sc.d %1, %0, (%2)\n bnez %1, 1b"
                     : "=&r"(t), "=&r"(fail) : "r"(p) : "memory");
#elif defined(__aarch64__)
    uint64_t t;
    uint32_t fail;
    __asm__ volatile("1: ldaxr %0, [%2]\n add %0, %0, #1\n stlxr %w1, %0, [%2]\n cbnz %w1, 1b"
                     : "=&r"(t), "=&r"(fail) : "r"(p) : "memory");
#else
    __atomic_fetch_add(p, 1, __ATOMIC_SEQ_CST);
#endif
}

static inline void add_amo64(uint64_t *p)
{
#if defined(__riscv)
    uint64_t old;
    __asm__ volatile("amoadd.d.aqrl %0, %2, (%1)" : "=r"(old) : "r"(p), "r"(1ull) : "memory");
#elif defined(__aarch64__)
    uint64_t old;
    __asm__ volatile("ldaddal %2, %0, [%1]" : "=r"(old) : "r"(p), "r"(1ull) : "memory");
#else
    __atomic_fetch_add(p, 1, __ATOMIC_SEQ_CST);
#endif
}

static inline void add_amo32(uint32_t *p)
{
#if defined(__riscv)
    uint32_t old;
    __asm__ volatile("amoadd.w %0, %2, (%1)" : "=r"(old) : "r"(p), "r"(1u) : "memory");
#elif defined(__aarch64__)
    uint32_t old;
    __asm__ volatile("ldadd %w2, %w0, [%1]" : "=r"(old) : "r"(p), "r"(1u) : "memory");
#else
    __atomic_fetch_add(p, 1, __ATOMIC_RELAXED);
#endif
}

/* a spin lock: riscv64 amoswap.w.aq / sw with release; aarch64 CAS + STLR */
static inline void lock(uint32_t *l)
{
#if defined(__riscv)
    uint32_t old;
    do
        __asm__ volatile("amoswap.w.aq %0, %2, (%1)" : "=r"(old) : "r"(l), "r"(1u) : "memory");
    while (old);
#elif defined(__aarch64__)
    for (;;) {
        uint32_t expect = 0;
        __asm__ volatile("casa %w0, %w2, [%1]" : "+r"(expect) : "r"(l), "r"(1u) : "memory");
        if (expect == 0)
            break;
    }
#else
    while (__atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE))
        ;
#endif
}

static inline void unlock(uint32_t *l)
{
#if defined(__riscv)
    __asm__ volatile("amoswap.w.rl zero, zero, (%0)" : : "r"(l) : "memory");
#elif defined(__aarch64__)
    __asm__ volatile("stlr wzr, [%0]" : : "r"(l) : "memory");
#else
    __atomic_store_n(l, 0, __ATOMIC_RELEASE);
#endif
}

static inline void amo_max(int64_t *p, int64_t v)
{
#if defined(__riscv)
    int64_t old;
    __asm__ volatile("amomax.d %0, %2, (%1)" : "=r"(old) : "r"(p), "r"(v) : "memory");
#elif defined(__aarch64__)
    int64_t old;
    __asm__ volatile("ldsmax %2, %0, [%1]" : "=r"(old) : "r"(p), "r"(v) : "memory");
#else
    int64_t cur = __atomic_load_n(p, __ATOMIC_RELAXED);
    while (cur < v && !__atomic_compare_exchange_n(p, &cur, v, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
        ;
#endif
}

static void *worker(void *arg)
{
    long id = (long)arg;
    for (long i = 0; i < n; i++) {
        add_llsc(&c_llsc);
        add_amo64(&c_amo64);
        add_amo32(&c_amo32);
        if ((i & 7) == 0) {
            lock(&spin);
            c_lock_plain++;
            unlock(&spin);
        }
    }
    amo_max(&maxv, id * 1000 - 3);
    return NULL;
}

/* message passing */
static uint64_t data[4];
static uint32_t flag;
static long mp_bad;

static void *mp_reader(void *arg)
{
    long rounds = (long)arg;
    for (long r = 1; r <= rounds; r++) {
        while (__atomic_load_n(&flag, __ATOMIC_ACQUIRE) < (uint32_t)r)
            ;
        for (int k = 0; k < 4; k++)
            if (data[k] < (uint64_t)r)
                __atomic_add_fetch(&mp_bad, 1, __ATOMIC_RELAXED);
    }
    return NULL;
}

int main(void)
{
    const char *s = getenv("THR_SCALE");
    if (s)
        n /= atol(s);
    pthread_t t[T];
    for (long i = 0; i < T; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    long expect = T * n;
    printf("LL/SC: %d\n", c_llsc == (uint64_t)expect);
    printf("AMO add 64: %d\n", c_amo64 == (uint64_t)expect);
    printf("AMO add 32: %d\n", c_amo32 == (uint32_t)expect);
    printf("spin lock: %d\n", c_lock_plain == (uint64_t)(T * ((n + 7) / 8)));
    printf("AMO max: %lld\n", (long long)maxv);
    long rounds = 20000 / (s ? atol(s) : 1);
    pthread_t rd[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&rd[i], NULL, mp_reader, (void *)rounds);
    for (long r = 1; r <= rounds; r++) {
        for (int k = 0; k < 4; k++)
            data[k] = (uint64_t)r;
        __atomic_store_n(&flag, (uint32_t)r, __ATOMIC_RELEASE);
        while (__atomic_load_n(&flag, __ATOMIC_ACQUIRE) != (uint32_t)r)
            ;
    }
    for (int i = 0; i < 2; i++)
        pthread_join(rd[i], NULL);
    printf("message passing: %ld stale reads\n", mp_bad);
    return 0;
}
