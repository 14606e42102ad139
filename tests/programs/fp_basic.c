/* Float and double arithmetic printed with %f %e %g %a: sums, products,
 * quotients, accumulations and mixed float/double expressions. */
#include <stdio.h>
#include <math.h>

static volatile double dv[] = {0.0, -0.0, 1.0, -1.5, 0.1, 3.141592653589793, 1e-310, 2.5e300,
                               -7.25e-5, 123456789.125, 1.0 / 3.0};
static volatile float fv[] = {0.0f, 1.0f, -2.5f, 0.1f, 3.14159265f, 1e-40f, 3.0e38f, -7.25e-5f,
                              16777217.0f, 1.0f / 3.0f};
#define ND (int)(sizeof(dv) / sizeof(dv[0]))
#define NF (int)(sizeof(fv) / sizeof(fv[0]))

static void show_d(const char *what, double x)
{
    if (isnan(x)) {             /* NaN sign and payload differ between ISAs: don't print them */
        printf("%s nan\n", what);
        return;
    }
    printf("%s %a %.17g %e %f\n", what, x, x, x, x);
}

static void show_f(const char *what, float x)
{
    if (isnan(x)) {
        printf("%s nan\n", what);
        return;
    }
    printf("%s %a %.9g %e\n", what, (double)x, (double)x, (double)x);
}

int main(void)
{
    char name[32];
    for (int i = 0; i < ND; i++)
        for (int j = 0; j < ND; j += 3) {
            double a = dv[i], b = dv[j];
            snprintf(name, sizeof name, "d%d,%d+", i, j);
            show_d(name, a + b);
            snprintf(name, sizeof name, "d%d,%d*", i, j);
            show_d(name, a * b);
            snprintf(name, sizeof name, "d%d,%d/", i, j);
            show_d(name, a / b);
            snprintf(name, sizeof name, "d%d,%d-", i, j);
            show_d(name, a - b);
        }
    for (int i = 0; i < NF; i++)
        for (int j = 1; j < NF; j += 2) {
            float a = fv[i], b = fv[j];
            snprintf(name, sizeof name, "f%d,%d+", i, j);
            show_f(name, a + b);
            snprintf(name, sizeof name, "f%d,%d*", i, j);
            show_f(name, a * b);
            snprintf(name, sizeof name, "f%d,%d/", i, j);
            show_f(name, a / b);
        }
    /* accumulation: harmonic series in float and double */
    float hs = 0;
    double hd = 0;
    for (int k = 1; k <= 100000; k++) {
        hs += 1.0f / (float)k;
        hd += 1.0 / k;
    }
    show_f("harmonic-f", hs);
    show_d("harmonic-d", hd);
    /* mixed precision */
    volatile float f1 = 0.1f;
    double mixed = f1 * 3.0 + (double)(f1 * 3.0f);
    show_d("mixed", mixed);
    /* %g and %f variety */
    double g[] = {0.0001234, 123456789.0, 1e-5, 1e21, 100.0, 0.5, 2.0 / 3.0};
    for (unsigned i = 0; i < sizeof g / sizeof g[0]; i++)
        printf("%g %.3g %10.4f %-12.2e| %G %#g %+.0f\n", g[i], g[i], g[i], g[i], g[i], g[i], g[i]);
    printf("inf: %f %e %g %a\n", (double)INFINITY, -(double)INFINITY, (double)INFINITY, (double)INFINITY);
    printf("isnan(0/0)=%d isinf(1/0)=%d\n", isnan(dv[0] / dv[0]) != 0, isinf(dv[2] / dv[0]) != 0);
    printf("signbit(-0.0)=%d signbit(0*-1)=%d\n", signbit(dv[1]) != 0, signbit(dv[0] * -1.0) != 0);
    return 0;
}
