/* Integer arithmetic: wrap-around via unsigned, signed division/modulo with
 * negative operands, INT_MIN/LLONG_MIN edges (without UB), mixed widths. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

static volatile int64_t vals[] = {
    0, 1, -1, 2, -2, 3, -3, 7, -7, 100, -100, 12345, -12345,
    INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN, 0x123456789abcdefll, -0x7edcba9876543210ll,
};
#define NV (int)(sizeof(vals) / sizeof(vals[0]))

int main(void)
{
    uint64_t h = 0;
    /* 64-bit division and modulo, skipping x/0 and INT64_MIN/-1 (UB in C) */
    for (int i = 0; i < NV; i++)
        for (int j = 0; j < NV; j++) {
            int64_t a = vals[i], b = vals[j];
            if (b == 0 || (a == INT64_MIN && b == -1))
                continue;
            h = mix(h, (uint64_t)(a / b));
            h = mix(h, (uint64_t)(a % b));
            h = mix(h, (uint64_t)a / (uint64_t)b);
            h = mix(h, (uint64_t)a % (uint64_t)b);
        }
    printf("div64 checksum %016llx\n", (unsigned long long)h);

    /* 32-bit versions */
    h = 0;
    for (int i = 0; i < NV; i++)
        for (int j = 0; j < NV; j++) {
            int32_t a = (int32_t)(uint32_t)vals[i], b = (int32_t)(uint32_t)vals[j];
            if (b == 0 || (a == INT32_MIN && b == -1))
                continue;
            h = mix(h, (uint32_t)(a / b));
            h = mix(h, (uint32_t)(a % b));
            h = mix(h, (uint32_t)a / (uint32_t)b);
            h = mix(h, (uint32_t)a % (uint32_t)b);
        }
    printf("div32 checksum %016llx\n", (unsigned long long)h);

    /* a few individual results, printed */
    printf("-7/2=%d -7%%2=%d 7/-2=%d 7%%-2=%d -7/-2=%d -7%%-2=%d\n",
           -7 / 2, -7 % 2, 7 / -2, 7 % -2, -7 / -2, -7 % -2);
    volatile int32_t imin = INT32_MIN;
    volatile int64_t lmin = INT64_MIN;
    printf("INT_MIN/2=%d INT_MIN%%3=%d INT_MIN/INT_MIN=%d\n", imin / 2, imin % 3, imin / imin);
    printf("LLONG_MIN/2=%lld LLONG_MIN%%7=%lld\n", (long long)(lmin / 2), (long long)(lmin % 7));
    printf("-(unsigned)INT_MIN=%u labs-like=%llu\n", -(unsigned)imin,
           (unsigned long long)(0 - (uint64_t)lmin));

    /* wrap-around arithmetic done in unsigned */
    uint32_t u = UINT32_MAX;
    uint64_t ul = UINT64_MAX;
    printf("u+1=%u u*u=%u ul+1=%llu ul*ul=%llu\n", u + 1, u * u,
           (unsigned long long)(ul + 1), (unsigned long long)(ul * ul));
    printf("(int32)(uint32)0x80000000=%d\n", (int32_t)(uint32_t)0x80000000u);

    /* multiply/add chains (LCG) in 32 and 64 bit */
    uint32_t x32 = 1;
    uint64_t x64 = 1;
    for (int i = 0; i < 100000; i++) {
        x32 = x32 * 1664525u + 1013904223u;
        x64 = x64 * 6364136223846793005ull + 1442695040888963407ull;
    }
    printf("lcg32 %08x lcg64 %016llx\n", x32, (unsigned long long)x64);

    /* signed/unsigned comparisons and conversions */
    int neg = -1;
    unsigned int one = 1;
    printf("cmp %d %d %d\n", neg < (int)one, (unsigned)neg > one, (long)neg < (long)one);
    short s = (short)-12345;
    unsigned short us = (unsigned short)s;
    printf("short %d ushort %u sext %ld zext %lu\n", s, us, (long)s, (unsigned long)us);
    int8_t b8 = (int8_t)-128;
    uint8_t u8 = (uint8_t)b8;
    printf("int8 %d uint8 %u shifted %d %u\n", b8, u8, b8 >> 3, u8 >> 3);

    /* shifts of signed negatives (implementation-defined but arithmetic on both gcc targets is
     * guaranteed by GCC docs) and unsigned */
    int64_t sv = -0x123456789ll;
    for (int k = 0; k < 64; k += 9)
        printf("sh%d %llx %llx\n", k, (unsigned long long)(sv >> k),
               (unsigned long long)((uint64_t)sv >> k));
    return 0;
}
