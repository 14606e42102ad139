/* __int128 arithmetic: multiplication, division, modulo, shifts and
 * decimal printing; factorials and a 128-bit LCG. */
#include <stdio.h>
#include <string.h>

typedef unsigned __int128 u128;
typedef __int128 s128;

static void put_u(const char *label, u128 v)
{
    char buf[48];
    int i = 47;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    printf("%s%s\n", label, buf + i);
}

static void put_s(const char *label, s128 v)
{
    if (v < 0) {
        char l[64];
        snprintf(l, sizeof l, "%s-", label);
        put_u(l, -(u128)v);
    } else {
        put_u(label, (u128)v);
    }
}

int main(void)
{
    u128 f = 1;
    for (int k = 1; k <= 34; k++)
        f *= (unsigned)k;
    put_u("34! = ", f);
    u128 max = ~(u128)0;
    put_u("u128 max = ", max);
    s128 smin = (s128)((u128)1 << 127);
    put_s("s128 min = ", smin);
    put_s("s128 min/7 = ", smin / 7);
    put_s("s128 min%7 = ", smin % 7);
    put_s("-10^30/3 = ", -(s128)1000000000000000LL * 1000000000000000LL / 3);
    u128 a = ((u128)0x0123456789abcdefULL << 64) | 0xfedcba9876543210ULL;
    u128 b = 0xffffffffffffULL;
    put_u("a = ", a);
    put_u("a / b = ", a / b);
    put_u("a % b = ", a % b);
    put_u("a * b (mod 2^128) = ", a * b);
    printf("a>>64=%016llx a<<4 lo=%016llx sar=%016llx\n", (unsigned long long)(a >> 64),
           (unsigned long long)(a << 4), (unsigned long long)((u128)((s128)(a << 1) >> 100)));
    u128 x = 1;
    unsigned long long h = 0;
    for (int i = 0; i < 1000; i++) {
        x = x * (((u128)0x2360ed051fc65da4ULL << 64) | 0x4385df649fccf645ULL) + 0x5851f42d4c957f2dULL;
        h ^= (unsigned long long)(x >> 64) + (unsigned long long)x;
    }
    printf("lcg128 h=%016llx\n", h);
    int cmp = 0;
    for (int i = 0; i < 128; i += 9) {
        s128 p = (s128)1 << i, q = -p;
        cmp = cmp * 3 + (p > q) + (q < 0) + ((u128)q > (u128)p);
    }
    printf("compare code %d\n", cmp);
    return 0;
}
