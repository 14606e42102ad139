/* GCC __atomic builtins on 8/16/32/64-bit objects (sub-word ones are masked
 * lr/sc loops in libatomic on riscv64), compare-exchange loops, C11
 * stdatomic. Signed atomic arithmetic wraps (documented by GCC). */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

static uint8_t b8 = 250;
static int16_t h16 = -30000;
static int32_t w32 = 0x7ffffff0;
static int64_t d64 = -5;
static _Atomic unsigned long counter;

int main(void)
{
    unsigned r8 = __atomic_fetch_add(&b8, 10, __ATOMIC_SEQ_CST);
    int r16 = __atomic_fetch_sub(&h16, 5000, __ATOMIC_SEQ_CST);
    int32_t r32 = __atomic_fetch_add(&w32, 0x20, __ATOMIC_RELAXED);
    int64_t r64 = __atomic_fetch_and(&d64, 0xff, __ATOMIC_ACQ_REL);
    printf("fetch_add8 old=%u new=%u\n", r8, b8);
    printf("fetch_sub16 old=%d new=%d\n", r16, h16);
    printf("fetch_add32 old=%d new=%d\n", r32, w32);
    printf("fetch_and64 old=%lld new=%lld\n", (long long)r64, (long long)d64);
    printf("or8=%u xor16=%d nand32=%d\n", __atomic_or_fetch(&b8, 0x80, __ATOMIC_SEQ_CST),
           __atomic_xor_fetch(&h16, 0x5555, __ATOMIC_SEQ_CST),
           __atomic_nand_fetch(&w32, 0x0f0f0f0f, __ATOMIC_SEQ_CST));
    printf("exchange64 old=%lld\n", (long long)__atomic_exchange_n(&d64, INT64_MIN, __ATOMIC_SEQ_CST));
    int64_t expected = 0;
    int ok = __atomic_compare_exchange_n(&d64, &expected, 1, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    printf("cas fail: ok=%d expected now %lld\n", ok, (long long)expected);
    ok = __atomic_compare_exchange_n(&d64, &expected, 42, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    printf("cas success: ok=%d value %lld\n", ok, (long long)d64);
    uint8_t e8 = 7;
    ok = __atomic_compare_exchange_n(&b8, &e8, 1, 1, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    printf("cas8 fail: ok=%d seen=%u\n", ok, e8);
    /* cas loop computing a max and a product */
    int32_t m = 0;
    for (int i = 0; i < 1000; i++) {
        int32_t v = (i * 7919) % 1009, cur = __atomic_load_n(&m, __ATOMIC_RELAXED);
        while (v > cur && !__atomic_compare_exchange_n(&m, &cur, v, 1, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
            ;
    }
    printf("cas max=%d\n", m);
    for (unsigned long i = 0; i < 100000; i++)
        atomic_fetch_add_explicit(&counter, i & 3, memory_order_relaxed);
    printf("counter=%lu\n", atomic_load(&counter));
    atomic_flag f = ATOMIC_FLAG_INIT;
    int t1 = atomic_flag_test_and_set(&f), t2 = atomic_flag_test_and_set(&f);
    atomic_flag_clear(&f);
    printf("flag %d %d %d\n", t1, t2, atomic_flag_test_and_set(&f));
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    /* (__atomic_always_lock_free differs by target for 1/2 bytes: not printed) */
    return 0;
}
