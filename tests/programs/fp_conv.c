/* Conversions: in-range float<->int in all widths, float<->double, and
 * strtod/strtof/printf round trips (out-of-range casts are UB: avoided). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static volatile double dv[] = {0.0, -0.0, 0.4, 0.5, 0.6, -0.5, -1.9, 2.5, 1e9, -2147483648.0,
                               2147483647.0, 4294967295.0, 9.2e18, -9.2e18, 1.8e19, 123.999};

int main(void)
{
    for (unsigned i = 0; i < sizeof dv / sizeof dv[0]; i++) {
        double d = dv[i];
        printf("%.17g:", d);
        if (d > -2147483649.0 && d < 2147483648.0)
            printf(" i32=%d", (int32_t)d);
        if (d > -1.0 && d < 4294967296.0)
            printf(" u32=%u", (uint32_t)d);
        if (d >= -9223372036854775808.0 && d < 9223372036854775808.0)
            printf(" i64=%lld", (long long)(int64_t)d);
        if (d > -1.0 && d < 18446744073709551616.0)
            printf(" u64=%llu", (unsigned long long)(uint64_t)d);
        if (d > -32769.0 && d < 32768.0)
            printf(" i16=%d", (int16_t)d);
        printf(" f=%a\n", (double)(float)d);
    }
    static const int64_t iv[] = {0, 1, -1, 16777217, -16777217, 9007199254740993LL,
                                 INT64_MAX, INT64_MIN, 0x123456789abcdefLL};
    for (unsigned i = 0; i < sizeof iv / sizeof iv[0]; i++) {
        volatile int64_t v = iv[i];
        volatile uint64_t u = (uint64_t)iv[i];
        printf("%lld -> d=%a f=%a ud=%a uf=%a i32d=%a u32f=%a\n", (long long)v, (double)v,
               (double)(float)v, (double)u, (double)(float)u, (double)(int32_t)v,
               (double)(float)(uint32_t)v);
    }
    static const char *strs[] = {"0", "-0", "1e-400", "2.2250738585072011e-308", "4.9e-324",
                                 "1.7976931348623157e308", "1e309", "0x1.fffffffffffffp1023",
                                 "3.14159265358979323846264338327950288", "  42abc", "inf",
                                 "-Infinity", "0.1", "123456789012345678901234567890",
                                 "1.00000000000000011102230246251565404236316680908203125",
                                 "9007199254740993", "-.5e-2", "junk"};
    for (unsigned i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        char *end;
        double d = strtod(strs[i], &end);
        float f = strtof(strs[i], NULL);
        char buf[64];
        snprintf(buf, sizeof buf, "%.17g", d);
        double back = strtod(buf, NULL);
        printf("strtod(\"%s\") = %a (%s) f=%a consumed=%d roundtrip=%d\n", strs[i], d, buf,
               (double)f, (int)(end - strs[i]), back == d);
    }
    /* float <-> double round trip over many values */
    uint32_t bits = 0x3f800000, bad = 0;
    for (int k = 0; k < 100000; k++) {
        union { uint32_t u; float f; } c = {bits};
        double d = c.f;
        float back = (float)d;
        if (back != c.f)
            bad++;
        bits += 0x1357;
    }
    printf("f->d->f mismatches %u\n", bad);
    return 0;
}
