/* Bit manipulation: popcount, clz/ctz, rotates, bit reversal, byte swap,
 * masks and bit-field extraction, on 32- and 64-bit values. */
#include <stdint.h>
#include <stdio.h>

static uint32_t rotl32(uint32_t x, unsigned r) { return (x << (r & 31)) | (x >> ((32 - r) & 31)); }
static uint64_t rotr64(uint64_t x, unsigned r) { return (x >> (r & 63)) | (x << ((64 - r) & 63)); }

static uint32_t rev32(uint32_t x)
{
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0f0f0f0fu) | ((x & 0x0f0f0f0fu) << 4);
    return __builtin_bswap32(x);
}

static int popcount_slow(uint64_t x)
{
    int n = 0;
    while (x) {
        x &= x - 1;
        n++;
    }
    return n;
}

int main(void)
{
    uint64_t x = 0x0123456789abcdefull, acc = 0;
    for (int i = 0; i < 200; i++) {
        x = x * 0x5851f42d4c957f2dull + 14057;
        uint32_t lo = (uint32_t)x;
        int pc = __builtin_popcountll(x);
        int clz = x ? __builtin_clzll(x) : 64;
        int ctz = x ? __builtin_ctzll(x) : 64;
        int clz32 = lo ? __builtin_clz(lo) : 32;
        int ctz32 = lo ? __builtin_ctz(lo) : 32;
        if (pc != popcount_slow(x))
            printf("popcount mismatch at %d\n", i);
        acc = acc * 131 + (uint64_t)(pc + clz * 3 + ctz * 5 + clz32 * 7 + ctz32 * 11);
        acc ^= rotl32(lo, (unsigned)i) ^ rotr64(x, (unsigned)i);
        acc += rev32(lo) + __builtin_bswap64(x) + __builtin_parityll(x);
        acc ^= (x & -x) ^ (x | (x - 1)) ^ (x & (x - 1));
        acc += (x >> (i % 64)) & 0xfff;
    }
    printf("bit checksum %016llx\n", (unsigned long long)acc);
    printf("rev32(1)=%08x rev32(0x12345678)=%08x\n", rev32(1), rev32(0x12345678));
    printf("bswap16 %04x bswap32 %08x bswap64 %016llx\n", __builtin_bswap16(0x1234),
           __builtin_bswap32(0x12345678), (unsigned long long)__builtin_bswap64(0x0102030405060708ull));
    printf("clz(1)=%d ctz(1<<63)=%d popc(max)=%d\n", __builtin_clzll(1), __builtin_ctzll(1ull << 63),
           __builtin_popcountll(~0ull));
    printf("ffs(0)=%d ffs(8)=%d clrsb(-1)=%d clrsb(1)=%d\n", __builtin_ffs(0), __builtin_ffs(8),
           __builtin_clrsb(-1), __builtin_clrsb(1));
    /* extract/insert fields */
    uint32_t reg = 0;
    for (unsigned f = 0; f < 8; f++)
        reg |= (f & 0xf) << (f * 4);
    printf("fields %08x", reg);
    for (unsigned f = 0; f < 8; f++)
        printf(" %u", (reg >> (f * 4)) & 0xf);
    printf("\n");
    /* sign-extension of arbitrary-width fields */
    for (int w = 1; w <= 16; w += 5) {
        uint32_t v = 0xbeefu & ((1u << w) - 1);
        int32_t s = (int32_t)(v << (32 - w)) >> (32 - w);
        printf("sext%d(%x)=%d\n", w, v, s);
    }
    /* gray code round trip */
    unsigned ok = 1;
    for (uint32_t i = 0; i < 4096; i++) {
        uint32_t g = i ^ (i >> 1), b = g;
        for (uint32_t s = 1; s < 32; s <<= 1)
            b ^= b >> s;
        ok &= b == i;
    }
    printf("gray %s\n", ok ? "ok" : "BAD");
    return 0;
}
