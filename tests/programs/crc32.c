/* CRC-32 (IEEE, table and bitwise), CRC-32C, Adler-32 and FNV-1a over
 * deterministic buffers. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t table[256];

static void mk(uint32_t poly)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? poly ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

static uint32_t crc_table(const uint8_t *p, size_t n)
{
    uint32_t c = 0xffffffff;
    while (n--)
        c = table[(c ^ *p++) & 0xff] ^ (c >> 8);
    return ~c;
}

static uint32_t crc_bitwise(const uint8_t *p, size_t n, uint32_t poly)
{
    uint32_t c = 0xffffffff;
    while (n--) {
        c ^= *p++;
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (poly & -(c & 1));
    }
    return ~c;
}

static uint32_t adler32(const uint8_t *p, size_t n)
{
    uint32_t a = 1, b = 0;
    while (n--) {
        a = (a + *p++) % 65521;
        b = (b + a) % 65521;
    }
    return b << 16 | a;
}

int main(void)
{
    const char *check = "123456789";
    mk(0xedb88320);
    printf("crc32(\"123456789\") = %08x (bitwise %08x)\n", crc_table((const uint8_t *)check, 9),
           crc_bitwise((const uint8_t *)check, 9, 0xedb88320));
    static uint8_t buf[100000];
    uint32_t x = 1;
    for (size_t i = 0; i < sizeof buf; i++) {
        x = x * 1103515245 + 12345;
        buf[i] = (uint8_t)(x >> 16);
    }
    uint32_t t = crc_table(buf, sizeof buf), b = crc_bitwise(buf, sizeof buf, 0xedb88320);
    printf("crc32(buf) = %08x match=%d\n", t, t == b);
    for (size_t n = 1; n < 100000; n = n * 3 + 1)
        printf("  crc32(buf[0..%zu]) = %08x adler=%08x\n", n, crc_table(buf, n), adler32(buf, n));
    mk(0x82f63b78);
    printf("crc32c(\"123456789\") = %08x\n", crc_table((const uint8_t *)check, 9));
    printf("crc32c(buf) = %08x\n", crc_table(buf, sizeof buf));
    uint64_t f = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < sizeof buf; i++)
        f = (f ^ buf[i]) * 0x100000001b3ull;
    printf("fnv1a64 = %016llx adler32(\"Wikipedia\") = %08x\n", (unsigned long long)f,
           adler32((const uint8_t *)"Wikipedia", 9));
    return 0;
}
