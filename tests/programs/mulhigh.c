/* 64x64->128 multiplication: high halves via __int128 and via 32-bit limbs,
 * which must agree; also Montgomery-style modular multiplication. */
#include <stdint.h>
#include <stdio.h>

static uint64_t mulhu_limbs(uint64_t a, uint64_t b)
{
    uint64_t a0 = (uint32_t)a, a1 = a >> 32, b0 = (uint32_t)b, b1 = b >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t mid = (p00 >> 32) + (uint32_t)p01 + (uint32_t)p10;
    return p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

static int64_t mulh_limbs(int64_t a, int64_t b)
{
    uint64_t h = mulhu_limbs((uint64_t)a, (uint64_t)b);
    if (a < 0)
        h -= (uint64_t)b;
    if (b < 0)
        h -= (uint64_t)a;
    return (int64_t)h;
}

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m)
{
    return (uint64_t)((unsigned __int128)a * b % m);
}

static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m)
{
    uint64_t r = 1 % m;
    while (e) {
        if (e & 1)
            r = mulmod(r, b, m);
        b = mulmod(b, b, m);
        e >>= 1;
    }
    return r;
}

int main(void)
{
    static const uint64_t v[] = {0, 1, 2, 3, 0xffffffff, 0x100000000ull, 0x7fffffffffffffffull,
                                 0x8000000000000000ull, 0xffffffffffffffffull, 0x123456789abcdef0ull,
                                 0xfedcba9876543210ull, 0xdeadbeefcafebabeull};
    int n = sizeof(v) / sizeof(v[0]);
    unsigned bad = 0;
    uint64_t acc = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            unsigned __int128 p = (unsigned __int128)v[i] * v[j];
            __int128 sp = (__int128)(int64_t)v[i] * (int64_t)v[j];
            uint64_t hu = (uint64_t)(p >> 64);
            int64_t hs = (int64_t)(sp >> 64);
            if (hu != mulhu_limbs(v[i], v[j]) || hs != mulh_limbs((int64_t)v[i], (int64_t)v[j]))
                bad++;
            acc = acc * 31 + hu + (uint64_t)hs + (uint64_t)p;
        }
    printf("mulh mismatches %u checksum %016llx\n", bad, (unsigned long long)acc);
    printf("hi(max*max) %016llx\n", (unsigned long long)mulhu_limbs(~0ull, ~0ull));
    printf("hs(min*min) %016llx\n", (unsigned long long)mulh_limbs(INT64_MIN, INT64_MIN));
    printf("hs(min*-1) %016llx\n", (unsigned long long)mulh_limbs(INT64_MIN, -1));

    /* Miller-Rabin with 128-bit intermediate products */
    static const uint64_t cand[] = {2, 3, 97, 561, 7919, 1000000007ull, 4294967291ull,
                                    18446744073709551557ull, 18446744073709551555ull,
                                    3825123056546413051ull};
    for (unsigned k = 0; k < sizeof(cand) / sizeof(cand[0]); k++) {
        uint64_t m = cand[k], d = m - 1;
        int s = 0, prime = m >= 2;
        while (d && !(d & 1)) {
            d >>= 1;
            s++;
        }
        static const uint64_t bases[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
        for (unsigned b = 0; b < 12 && prime && m > 37; b++) {
            uint64_t x = powmod(bases[b], d, m);
            if (x == 1 || x == m - 1)
                continue;
            int ok = 0;
            for (int r = 1; r < s; r++) {
                x = mulmod(x, x, m);
                if (x == m - 1) {
                    ok = 1;
                    break;
                }
            }
            if (!ok)
                prime = 0;
        }
        printf("%llu %s\n", (unsigned long long)m, prime ? "prime" : "composite");
    }
    printf("powmod %llu\n", (unsigned long long)powmod(123456789, 987654321, 1000000007));
    return 0;
}
