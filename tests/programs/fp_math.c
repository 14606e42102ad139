/* Correctly rounded / exact math.h functions: sqrt fabs floor ceil trunc
 * round rint nearbyint fmod remainder fma ldexp frexp modf copysign
 * nextafter fmin fmax, in double and float. */
#include <math.h>
#include <stdio.h>

static volatile double in[] = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 2.0, 1e-300, 4.9e-324,
                               3.7, -3.7, 1e16 + 1, 123456.789, -9876.54321, 1e300, 0.1};
#define N (int)(sizeof(in) / sizeof(in[0]))

int main(void)
{
    for (int i = 0; i < N; i++) {
        double x = in[i];
        int e;
        double ip;
        double fr = frexp(x, &e);
        double mf = modf(x, &ip);
        printf("x=%a sqrt|x|=%a fabs=%a floor=%a ceil=%a trunc=%a round=%a rint=%a nbi=%a\n", x,
               sqrt(fabs(x)), fabs(x), floor(x), ceil(x), trunc(x), round(x), rint(x), nearbyint(x));
        printf("  frexp=%a,%d modf=%a,%a ldexp=%a lround=%ld llrint=%lld\n", fr, e, mf, ip,
               ldexp(x, -3), fabs(x) < 1e18 ? lround(x) : 0L, fabs(x) < 1e18 ? llrint(x) : 0LL);
        float xf = (float)x;
        printf("  f: sqrt=%a floor=%a ceil=%a trunc=%a round=%a\n", (double)sqrtf(fabsf(xf)),
               (double)floorf(xf), (double)ceilf(xf), (double)truncf(xf), (double)roundf(xf));
    }
    for (int i = 0; i < N; i += 2)
        for (int j = 1; j < N; j += 3) {
            double a = in[i], b = in[j];
            if (b == 0)
                continue;
            printf("fmod(%a,%a)=%a rem=%a fma=%a min=%a max=%a cs=%a na=%a\n", a, b, fmod(a, b),
                   remainder(a, b), fma(a, b, in[(i + j) % N]), fmin(a, b), fmax(a, b),
                   copysign(a, b), nextafter(a, b));
        }
    /* fma really is fused: (1+2^-30)^2 - 1 - 2^-29 = 2^-60 exactly */
    volatile double u = 1.0 + ldexp(1.0, -30);
    printf("fused %a unfused %a\n", fma(u, u, -(1.0 + ldexp(1.0, -29))),
           u * u - (1.0 + ldexp(1.0, -29)));
    volatile float uf = 1.0f + ldexpf(1.0f, -13);
    printf("fusedf %a\n", (double)fmaf(uf, uf, -(1.0f + ldexpf(1.0f, -12))));
    /* sqrt of perfect squares and of 2 */
    for (int k = 0; k < 10; k++)
        printf("sqrt(%d)=%.17g ", k * k * 1000, sqrt((double)(k * k * 1000)));
    printf("\nsqrt2=%a sqrt2f=%a cbrt-free\n", sqrt(2.0), (double)sqrtf(2.0f));
    /* limited-precision transcendental values (last bits may differ between libms) */
    printf("sin(1)=%.10f exp(1)=%.10f log(10)=%.10f pow(2,0.5)=%.10f atan2=%.10f\n", sin(1.0),
           exp(1.0), log(10.0), pow(2.0, 0.5), atan2(1.0, 2.0));
    return 0;
}
