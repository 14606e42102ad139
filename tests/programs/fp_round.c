/* Rounding modes (fesetround) and exception flags (fetestexcept). Every
 * result is printed after restoring round-to-nearest. */
#include <fenv.h>
#include <math.h>
#include <stdio.h>

/* Operands are volatile (negative ones included): without -frounding-math GCC
 * may rewrite rint(-x) as -rint(x) or -a/b as -(a/b), which is only valid
 * when rounding to nearest. */
static volatile double one = 1.0, three = 3.0, tiny = 1e-300, big = 1e300, zero = 0.0, two = 2.0;
static volatile double mone = -1.0, mbig = -1e300, mtiny = -1e-300, p25 = 2.5, m25 = -2.5;
static volatile double p35 = 3.5, p24 = 2.4, m05 = -0.5;
static volatile float onef = 1.0f, threef = 3.0f, monef = -1.0f;

/* Called through pointers: GCC's inline expansion of rint on x86-64 assumes
 * round-to-nearest symmetry and gets directed modes wrong for negatives. */
static double (*volatile rint_p)(double) = rint;
static double (*volatile nearbyint_p)(double) = nearbyint;
static long (*volatile lrint_p)(double) = lrint;
static long long (*volatile llrint_p)(double) = llrint;

static const int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
static const char *names[] = {"nearest", "upward", "downward", "towardzero"};

static void flags(const char *what)
{
    int f = fetestexcept(FE_ALL_EXCEPT);
    printf("%-10s inexact=%d underflow=%d overflow=%d divbyzero=%d invalid=%d\n", what,
           !!(f & FE_INEXACT), !!(f & FE_UNDERFLOW), !!(f & FE_OVERFLOW), !!(f & FE_DIVBYZERO),
           !!(f & FE_INVALID));
    feclearexcept(FE_ALL_EXCEPT);
}

int main(void)
{
    double r[12];
    float rf[3];
    long li[4];
    for (int m = 0; m < 4; m++) {
        if (fesetround(modes[m]) != 0) {
            printf("fesetround failed\n");
            return 1;
        }
        int got = fegetround() == modes[m];
        r[0] = one / three;
        r[1] = mone / three;
        r[2] = two / three;
        r[3] = big * big;
        r[4] = mbig * big;
        r[5] = tiny * tiny;
        r[6] = mtiny * tiny;
        r[7] = rint_p(p25);
        r[8] = rint_p(m25);
        r[9] = nearbyint_p(p35);
        r[10] = sqrt(two);
        r[11] = one + tiny;
        rf[0] = onef / threef;
        rf[1] = monef / threef;
        rf[2] = (float)(one / three);
        li[0] = lrint_p(p25);
        li[1] = lrint_p(m25);
        li[2] = lrint_p(p24);
        li[3] = llrint_p(m05);
        fesetround(FE_TONEAREST);
        printf("%s get=%d:", names[m], got);
        for (int i = 0; i < 12; i++)
            printf(" %a", r[i]);
        printf(" | %a %a %a | %ld %ld %ld %ld\n", (double)rf[0], (double)rf[1], (double)rf[2],
               li[0], li[1], li[2], li[3]);
    }
    feclearexcept(FE_ALL_EXCEPT);
    flags("clear");
    volatile double x = one / three;
    flags("1/3");
    x = big * big;
    flags("overflow");
    x = tiny * tiny;
    flags("underflow");
    x = one / zero;
    flags("divzero");
    x = zero / zero;
    flags("invalid");
    x = sqrt(-one);
    flags("sqrt(-1)");
    x = two * three;
    flags("exact");
    x = (double)(long)(three * 1e18);
    flags("cvt");
    volatile float xf = (float)(one / three);
    flags("d->f");
    xf = (float)two;
    flags("d->f exact");
    (void)x;
    (void)xf;
    /* raise and test explicitly */
    feraiseexcept(FE_OVERFLOW | FE_INEXACT);
    flags("raised");
    fenv_t env;
    fegetenv(&env);
    fesetround(FE_UPWARD);
    fesetenv(&env);
    printf("restored nearest=%d\n", fegetround() == FE_TONEAREST);
    return 0;
}
