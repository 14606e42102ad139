/* A 1 MiB local array (the guest stack must be large enough), used for a
 * prime sieve; plus a recursive function with a big frame. */
#include <stdio.h>
#include <string.h>

static unsigned frame_sum(int depth)
{
    volatile unsigned char local[16384];
    memset((unsigned char *)local, depth, sizeof local);
    unsigned s = local[depth * 61 % sizeof local] + local[100];
    return depth == 0 ? s : s + frame_sum(depth - 1);
}

int main(void)
{
    unsigned char sieve[1 << 20];          /* 1 MiB on the stack */
    memset(sieve, 1, sizeof sieve);
    sieve[0] = sieve[1] = 0;
    for (unsigned i = 2; i * i < sizeof sieve; i++)
        if (sieve[i])
            for (unsigned j = i * i; j < sizeof sieve; j += i)
                sieve[j] = 0;
    unsigned count = 0, last = 0;
    unsigned long long sum = 0;
    for (unsigned i = 0; i < sizeof sieve; i++)
        if (sieve[i]) {
            count++;
            last = i;
            sum += i;
        }
    printf("primes below %zu: %u, largest %u, sum %llu\n", sizeof sieve, count, last, sum);
    /* touch the whole array from the far end back to the start */
    unsigned long long acc = 0;
    for (long i = (long)sizeof sieve - 1; i >= 0; i -= 4093)
        acc = acc * 3 + sieve[i];
    printf("acc %llu\n", acc);
    printf("frame_sum %u\n", frame_sum(40));
    return 0;
}
