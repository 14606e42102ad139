/* Sorting: quicksort of pseudo-random 64-bit keys, repeated. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static void quicksort(uint64_t *v, long lo, long hi)
{
    while (lo < hi) {
        uint64_t p = v[lo + (hi - lo) / 2];
        long i = lo, j = hi;
        while (i <= j) {
            while (v[i] < p) i++;
            while (v[j] > p) j--;
            if (i <= j) { uint64_t t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quicksort(v, lo, j); lo = i; }
        else { quicksort(v, i, hi); hi = j; }
    }
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    int reps = 4;
    uint64_t *v = malloc(n * sizeof(*v)), x = 88172645463325252ull, sum = 0;
    for (int r = 0; r < reps; r++) {
        for (long i = 0; i < n; i++) {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            v[i] = x;
        }
        quicksort(v, 0, n - 1);
        for (long i = 1; i < n; i++)
            if (v[i - 1] > v[i]) { puts("unsorted"); return 1; }
        sum += v[n / 2] ^ v[n / 3];
    }
    printf("%016llx\n", (unsigned long long)sum);
    free(v);
    return 0;
}
