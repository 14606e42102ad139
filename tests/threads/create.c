/* Create and join 10,000 threads in a loop (a few running at once): every
 * join returns the thread's value, and the process does not leak: the
 * thread count (from /proc/self/status: under xrun, xrun's own host
 * threads) is back to 1 and VmRSS grows by less than 16 MiB between the
 * first 1,000 threads and the end. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static long status_field(const char *name)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long v = -1;
    size_t n = strlen(name);
    while (f && fgets(line, sizeof(line), f))
        if (!strncmp(line, name, n) && line[n] == ':')
            v = atol(line + n + 1);
    if (f)
        fclose(f);
    return v;
}

static void *body(void *arg)
{
    return (void *)((uintptr_t)arg * 3 + 1);
}

int main(void)
{
    const char *s = getenv("THR_SCALE");
    long total = 10000 / (s ? atol(s) : 1), bad = 0, rss0 = 0;
    for (long i = 0; i < total; i += 4) {
        pthread_t th[4];
        for (long k = 0; k < 4; k++)
            if (pthread_create(&th[k], NULL, body, (void *)(i + k)) != 0) {
                printf("pthread_create failed at %ld\n", i + k);
                return 1;
            }
        for (long k = 0; k < 4; k++) {
            void *r;
            pthread_join(th[k], &r);
            bad += (uintptr_t)r != (uintptr_t)(i + k) * 3 + 1;
        }
        if (i + 4 == 1000 || (total < 1000 && i + 4 == total / 10 * 4 / 4))
            rss0 = status_field("VmRSS");
    }
    /* a thread that was joined may still be leaving the kernel for a moment */
    long threads = status_field("Threads");
    for (int i = 0; i < 100 && threads != 1; i++) {
        usleep(10000);
        threads = status_field("Threads");
    }
    long rss1 = status_field("VmRSS");
    printf("%ld threads joined, %ld wrong results\n", total, bad);
    printf("threads left: %ld\n", threads);
    printf("VmRSS growth below 16 MiB: %s\n", rss1 - rss0 < 16384 ? "yes" : "no");
    if (rss1 - rss0 >= 16384)
        fprintf(stderr, "VmRSS %ld kB -> %ld kB\n", rss0, rss1);
    return 0;
}
