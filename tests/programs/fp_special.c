/* Special FP values: infinities, NaN (tested, never printed), signed
 * zeros, subnormals, limits from float.h, classification, nextafter. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const char *cls(int c)
{
    switch (c) {
    case FP_NAN: return "nan";
    case FP_INFINITE: return "inf";
    case FP_ZERO: return "zero";
    case FP_SUBNORMAL: return "subnormal";
    case FP_NORMAL: return "normal";
    }
    return "?";
}

static volatile double zero = 0.0, one = 1.0;

int main(void)
{
    double vals[] = {0.0, -0.0, DBL_MIN, DBL_MIN / 2, DBL_TRUE_MIN, DBL_MAX, -DBL_MAX,
                     one / zero, -one / zero, zero / zero, DBL_EPSILON};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        double v = vals[i];
        /* a NaN's sign bit differs (x86 default NaN is negative, RISC-V's canonical NaN positive) */
        printf("%-9s isfinite=%d", cls(fpclassify(v)), isfinite(v) != 0);
        if (!isnan(v))
            printf(" signbit=%d %a next-up=%a next-down=%a", signbit(v) != 0, v,
                   nextafter(v, INFINITY), nextafter(v, -INFINITY));
        printf("\n");
    }
    float fvals[] = {FLT_MIN, FLT_MIN / 4, FLT_TRUE_MIN, FLT_MAX, FLT_EPSILON, -0.0f};
    for (unsigned i = 0; i < sizeof fvals / sizeof fvals[0]; i++)
        printf("float %-9s %a\n", cls(fpclassify(fvals[i])), (double)fvals[i]);
    printf("DBL_DIG=%d DBL_MANT_DIG=%d FLT_MANT_DIG=%d DBL_MAX_EXP=%d\n", DBL_DIG, DBL_MANT_DIG,
           FLT_MANT_DIG, DBL_MAX_EXP);
    /* NaN properties without looking at its bits */
    volatile double n = zero / zero;
    printf("nan==nan %d nan!=nan %d nan<1 %d isnan %d isunordered %d\n", n == n, n != n, n < 1,
           isnan(n) != 0, isunordered(n, 1.0));
    printf("fmax(nan,1)=%g fmin(1,nan)=%g\n", fmax(n, 1.0), fmin(1.0, n));
    printf("inf-inf isnan %d inf*0 isnan %d sqrt(-1) isnan %d\n", isnan((one / zero) - (one / zero)) != 0,
           isnan((one / zero) * zero) != 0, isnan(sqrt(-one)) != 0);
    /* signed zero arithmetic */
    volatile double nz = -0.0;
    printf("0+-0=%g -0+-0=%g -0*5=%g 1/-0=%g -0==0 %d\n", zero + nz, nz + nz, nz * 5, one / nz,
           nz == zero);
    /* gradual underflow */
    double d = 1.0;
    int steps = 0;
    while (d > 0) {
        d /= 2;
        steps++;
    }
    printf("halvings to zero: %d\n", steps);
    float f = 1.0f;
    steps = 0;
    while (f > 0) {
        f /= 2;
        steps++;
    }
    printf("float halvings to zero: %d\n", steps);
    printf("subnormal ops: %a %a %a\n", DBL_TRUE_MIN * 3, DBL_MIN - DBL_TRUE_MIN, DBL_TRUE_MIN / 2 * 2);
    /* overflow to inf and back */
    printf("max*2=%g -max*2=%g max+max/2^53=%a\n", DBL_MAX * 2, -DBL_MAX * 2, DBL_MAX + DBL_MAX / 9007199254740992.0);
    uint64_t bits;
    double inf = one / zero;
    memcpy(&bits, &inf, 8);
    printf("inf bits %016llx\n", (unsigned long long)bits);
    return 0;
}
