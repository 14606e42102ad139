/* Variadic functions: ints, longs, doubles and pointers mixed (more than
 * fit in argument registers), va_copy, vsnprintf wrappers. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

static long sum_ints(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    long s = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, int);
    va_end(ap);
    return s;
}

/* fmt letters: i=int l=long d=double s=string */
static void mixed(const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    double dsum = 0;
    long isum = 0;
    for (const char *f = fmt; *f; f++) {
        switch (*f) {
        case 'i': isum += va_arg(ap, int); break;
        case 'l': isum += va_arg(ap, long); break;
        case 'd': dsum += va_arg(ap, double); break;
        case 's': isum += (long)va_arg(ap, const char *)[0]; break;
        }
    }
    va_end(ap);
    printf("%s: isum=%ld dsum=%a first=", fmt, isum, dsum);
    switch (fmt[0]) {        /* re-read the first argument from the copy */
    case 'i': printf("%d\n", va_arg(ap2, int)); break;
    case 'l': printf("%ld\n", va_arg(ap2, long)); break;
    case 'd': printf("%g\n", va_arg(ap2, double)); break;
    case 's': printf("%s\n", va_arg(ap2, const char *)); break;
    }
    va_end(ap2);
}

static int logf_(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return r;
}

static double avg(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, double);
    va_end(ap);
    return n ? s / n : 0;
}

static int64_t many(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j,
                    double x, double y, int64_t k, ...)
{
    va_list ap;
    va_start(ap, k);
    int64_t extra = va_arg(ap, int64_t);
    double ex = va_arg(ap, double);
    va_end(ap);
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j +
           (int64_t)(x * 100) + (int64_t)(y * 1000) + k + extra + (int64_t)ex;
}

int main(void)
{
    printf("sum0=%ld sum3=%ld sum12=%ld\n", sum_ints(0), sum_ints(3, 1, 2, 3),
           sum_ints(12, 1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11, 1000000));
    mixed("ildsd", 7, 1L << 40, 2.5, "Zed", -0.125);
    mixed("dddddddddd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.5);
    mixed("sil", "hello", -3, -5L);
    mixed("lidlidlid", 1L, 2, 3.0, 4L, 5, 6.0, 7L, 8, 9.0);
    char buf[64];
    int r = logf_(buf, sizeof buf, "%s=%d (%.2f) %c", "value", 42, 3.14159, '!');
    printf("vsnprintf %d [%s]\n", r, buf);
    printf("avg=%g avg0=%g\n", avg(5, 1.0, 2.0, 3.0, 4.0, 10.0), avg(0));
    printf("many=%lld\n", (long long)many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1.5, 2.25, 1000,
                                          (int64_t)1 << 40, 77.0));
    return 0;
}
