/* Time functions used in a time-independent way: monotonic clocks never go
 * backwards, realtime is after 2020, nanosleep sleeps at least the request. */
#include <stdio.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static long long ns(const struct timespec *t) { return t->tv_sec * 1000000000LL + t->tv_nsec; }

int main(void)
{
    struct timespec a, b;
    int ok = 1;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (int i = 0; i < 1000; i++) {
        clock_gettime(CLOCK_MONOTONIC, &b);
        if (ns(&b) < ns(&a))
            ok = 0;
        a = b;
    }
    printf("monotonic non-decreasing: %s\n", ok ? "ok" : "BAD");
    struct timespec rt;
    clock_gettime(CLOCK_REALTIME, &rt);
    printf("realtime after 2020: %s\n", rt.tv_sec > 1577836800 ? "ok" : "BAD");
    time_t t = time(NULL);
    printf("time() after 2020: %s\n", t > 1577836800 ? "ok" : "BAD");
    struct timeval tv;
    gettimeofday(&tv, NULL);
    printf("gettimeofday usec in range: %s\n", tv.tv_usec >= 0 && tv.tv_usec < 1000000 ? "ok" : "BAD");
    struct timespec req = {0, 20 * 1000 * 1000}, s0, s1;
    clock_gettime(CLOCK_MONOTONIC, &s0);
    nanosleep(&req, NULL);
    clock_gettime(CLOCK_MONOTONIC, &s1);
    printf("nanosleep >= 20ms: %s\n", ns(&s1) - ns(&s0) >= 20000000LL ? "ok" : "BAD");
    struct timespec res;
    printf("clock_getres: %s\n", clock_getres(CLOCK_MONOTONIC, &res) == 0 && ns(&res) > 0 ? "ok" : "BAD");
    clock_t c0 = clock();
    volatile double x = 0;
    for (int i = 0; i < 200000; i++)
        x += i;
    clock_t c1 = clock();
    printf("clock non-decreasing: %s\n", c1 >= c0 ? "ok" : "BAD");
    /* calendar conversion of a fixed time is deterministic */
    time_t fixed = 1700000000;
    struct tm tm;
    gmtime_r(&fixed, &tm);
    char buf[64];
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %a %j", &tm);
    printf("gmtime: %s\n", buf);
    printf("timegm round trip: %d\n", timegm(&tm) == fixed);
    return 0;
}
