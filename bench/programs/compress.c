/* A compression loop: LZ77-style matching with a hash chain, then decode and verify. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HBITS 15
#define WIN 65535

static size_t compress(const uint8_t *in, size_t n, uint8_t *out)
{
    static int32_t head[1 << HBITS];
    int32_t *prev = malloc(n * sizeof(int32_t));
    memset(head, -1, sizeof(head));
    size_t o = 0, i = 0;
    while (i < n) {
        size_t best = 0, bdist = 0;
        if (i + 3 <= n) {
            uint32_t h = ((uint32_t)in[i] << 16 | in[i+1] << 8 | in[i+2]) * 2654435761u >> (32 - HBITS);
            int32_t p = head[h];
            for (int chain = 0; p >= 0 && chain < 16 && i - (size_t)p <= WIN; chain++) {
                size_t l = 0;
                while (i + l < n && l < 255 && in[p + l] == in[i + l])
                    l++;
                if (l > best) { best = l; bdist = i - (size_t)p; }
                p = prev[p];
            }
            prev[i] = head[h];
            head[h] = (int32_t)i;
        }
        if (best >= 4) {
            out[o++] = 1; out[o++] = (uint8_t)best;
            out[o++] = (uint8_t)bdist; out[o++] = (uint8_t)(bdist >> 8);
            for (size_t k = 1; k < best; k++) {
                if (i + k + 3 <= n) {
                    uint32_t h = ((uint32_t)in[i+k] << 16 | in[i+k+1] << 8 | in[i+k+2]) * 2654435761u >> (32 - HBITS);
                    prev[i + k] = head[h];
                    head[h] = (int32_t)(i + k);
                }
            }
            i += best;
        } else {
            out[o++] = 0; out[o++] = in[i++];
        }
    }
    free(prev);
    return o;
}

static size_t decompress(const uint8_t *in, size_t n, uint8_t *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        if (in[i] == 0) { out[o++] = in[i + 1]; i += 2; }
        else {
            size_t l = in[i + 1], d = in[i + 2] | (size_t)in[i + 3] << 8;
            for (size_t k = 0; k < l; k++, o++)
                out[o] = out[o - d];
            i += 4;
        }
    }
    return o;
}

int main(int argc, char **argv)
{
    int reps = argc > 1 ? atoi(argv[1]) : 16;
    size_t n = 1 << 20;
    uint8_t *in = malloc(n), *c = malloc(2 * n + 16), *d = malloc(n);
    uint32_t x = 12345;
    static const char *words[] = { "the ", "quick ", "brown ", "fox ", "jumps ", "over ", "lazy ", "dog ", "\n" };
    for (size_t i = 0; i < n;) {
        x = x * 1103515245 + 12345;
        const char *w = words[(x >> 16) % 9];
        while (*w && i < n)
            in[i++] = (uint8_t)*w++;
    }
    size_t total = 0;
    for (int r = 0; r < reps; r++) {
        in[r * 7919 % n] = (uint8_t)r;
        size_t cn = compress(in, n, c);
        if (decompress(c, cn, d) != n || memcmp(in, d, n) != 0) { puts("mismatch"); return 1; }
        total += cn;
    }
    printf("%zu\n", total);
    return 0;
}
