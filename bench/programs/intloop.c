/* Integer loops: arithmetic, shifts, multiplies and a data-dependent branch. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 200000000;
    uint64_t a = 1, b = 7, c = 0;
    for (long i = 0; i < n; i++) {
        a = a * 6364136223846793005ull + 1442695040888963407ull;
        b ^= a >> 17;
        b = (b << 3) | (b >> 61);
        if (a & 0x100)
            c += b % 1000003;
        else
            c -= (uint32_t)b;
    }
    printf("%016llx %016llx\n", (unsigned long long)b, (unsigned long long)c);
    return 0;
}
