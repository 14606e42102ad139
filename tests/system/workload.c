/*
 * A memory-heavy workload through the software TLB: 4 MiB of LCG output,
 * its CRC-32 (table-driven, as zlib), and a heap sort of the first 65536
 * words with a weighted checksum, run once in M-mode (no translation) and
 * once in S-mode with Sv39 where the data is reached through a high alias
 * (0xffffffc0_80000000 -> RAM), so thousands of distinct pages go through
 * TLB fills and evictions.  Expected values from Python (zlib.crc32,
 * sorted()) on the same data.
 */
#include "lib/test.h"

#define N (1u << 20)
#define NSORT 65536u
#define HIGH 0xffffffc000000000ul            /* VA of PA 0 in the alias */

static uint32_t buf[N];
static uint32_t crc_table[256];
static uint64_t root[512] __attribute__((aligned(4096)));
static volatile uint64_t results[2][2];

static void fill(uint32_t *b)
{
    uint64_t x = 1;
    for (uint32_t i = 0; i < N; i++) {
        x = x * 6364136223846793005ul + 1442695040888963407ul;
        b[i] = (uint32_t)(x >> 32);
    }
}

static uint32_t crc32(const uint8_t *p, uint64_t n)
{
    uint32_t c = ~0u;
    for (uint64_t i = 0; i < n; i++)
        c = crc_table[(c ^ p[i]) & 0xff] ^ (c >> 8);
    return ~c;
}

static void sift(uint32_t *a, uint32_t root_i, uint32_t n)
{
    for (;;) {
        uint32_t child = 2 * root_i + 1;
        if (child >= n)
            return;
        if (child + 1 < n && a[child + 1] > a[child])
            child++;
        if (a[root_i] >= a[child])
            return;
        uint32_t t = a[root_i];
        a[root_i] = a[child];
        a[child] = t;
        root_i = child;
    }
}

static uint64_t sort_checksum(uint32_t *a)
{
    for (uint32_t i = NSORT / 2; i-- > 0;)
        sift(a, i, NSORT);
    for (uint32_t n = NSORT; n > 1; n--) {
        uint32_t t = a[0];
        a[0] = a[n - 1];
        a[n - 1] = t;
        sift(a, 0, n - 1);
    }
    uint64_t s = 0;
    for (uint32_t i = 0; i < NSORT; i++)
        s += (uint64_t)i * a[i];
    return s;
}

static void work(uint32_t *b, volatile uint64_t *out)
{
    fill(b);
    out[0] = crc32((const uint8_t *)b, 4ul * N);
    out[1] = sort_checksum(b);
}

int main(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
    work(buf, results[0]);

    /* Sv39: identity gigapages for code and devices, and RAM again high */
    root[0] = (0ul >> 12) << 10 | 0xcf;                    /* V R W X A D */
    root[2] = (0x80000000ul >> 12) << 10 | 0xcf;
    root[(HIGH + 0x80000000ul) >> 30 & 511] = (0x80000000ul >> 12) << 10 | 0xc7; /* V R W A D */
    csr_write(satp, (8ul << 60) | ((uint64_t)root >> 12));
    goto_mode(1);
    __asm__ volatile("sfence.vma" ::: "memory");
    work((uint32_t *)(HIGH + (uint64_t)buf), (volatile uint64_t *)(HIGH + (uint64_t)results[1]));
    back_to_m_ebreak();
    csr_write(satp, 0);

    CHECK_EQ(results[0][0], 0x4389d37b);
    CHECK_EQ(results[0][1], 0x5560b0c1eeb302c0ul);
    CHECK_EQ(results[1][0], 0x4389d37b);
    CHECK_EQ(results[1][1], 0x5560b0c1eeb302c0ul);
    puts("workload: ok\n");
    return 0;
}
