/*
 * A memcpy-heavy buffer pipeline (bench/run's str:*-pipe, issue 7): records
 * of 16 bytes to 8 KiB are framed (memset header), copied into a ring
 * (memcpy), compacted (memmove), checked against their source (memcmp) and
 * scanned for a delimiter (memchr), like a network or serialization stack.
 * Prints a checksum.
 *
 *   bufpipe ROUNDS
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RING (1 << 20)
#define SRC (1 << 16)

int main(int argc, char **argv)
{
    long rounds = argc > 1 ? atol(argv[1]) : 100;
    unsigned char *src = malloc(SRC + 8192), *ring = malloc(RING + 8192 + 64), *out = malloc(8192 + 64);
    uint64_t s = 88172645463325252ull, sum = 0;
    for (size_t i = 0; i < SRC + 8192; i++)
        src[i] = (unsigned char)(i * 131 + (i >> 7));
    for (long r = 0; r < rounds; r++) {
        size_t pos = 0;
        while (pos < RING - 8192 - 64) {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            /* mostly small records, some large: a realistic size mix */
            size_t len = (s & 3) ? 16 + (s >> 8) % 240 : 256 + (s >> 8) % 7936;
            size_t from = (s >> 24) % SRC;
            memset(ring + pos, 0, 16);                      /* header */
            memcpy(ring + pos, &len, sizeof(len));
            memcpy(ring + pos + 16, src + from, len);       /* payload */
            sum += memcmp(ring + pos + 16, src + from, len) == 0;
            unsigned char *d = memchr(ring + pos + 16, 0x2a, len);
            sum += d ? (uint64_t)(d - ring - pos) : 0;
            memcpy(out, ring + pos + 16, len);              /* hand-off */
            sum += out[len / 2];
            pos += 16 + len;
        }
        memmove(ring, ring + pos / 2, pos - pos / 2);       /* compaction */
        sum += ring[pos / 4];
    }
    printf("bufpipe %llu\n", (unsigned long long)sum);
    return 0;
}
