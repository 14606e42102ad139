/* Recursion: Ackermann, naive Fibonacci, mutual recursion, Hanoi, a
 * recursive-descent expression parser, and deep (non-tail) recursion. */
#include <stdio.h>

static unsigned long ack(unsigned long m, unsigned long n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static long moves;
static void hanoi(int n, int from, int to, int via, unsigned *sig)
{
    if (n == 0)
        return;
    hanoi(n - 1, from, via, to, sig);
    moves++;
    *sig = *sig * 31 + (unsigned)(from * 3 + to);
    hanoi(n - 1, via, to, from, sig);
}

static const char *p;
static long expr(void);
static long atom(void)
{
    if (*p == '(') {
        p++;
        long v = expr();
        p++;            /* ')' */
        return v;
    }
    if (*p == '-') {
        p++;
        return -atom();
    }
    long v = 0;
    while (*p >= '0' && *p <= '9')
        v = v * 10 + (*p++ - '0');
    return v;
}
static long term(void)
{
    long v = atom();
    while (*p == '*' || *p == '/' || *p == '%') {
        char op = *p++;
        long r = atom();
        v = op == '*' ? v * r : op == '/' ? v / r : v % r;
    }
    return v;
}
static long expr(void)
{
    long v = term();
    while (*p == '+' || *p == '-') {
        char op = *p++;
        long r = term();
        v = op == '+' ? v + r : v - r;
    }
    return v;
}

static long deep(long n) { return n == 0 ? 0 : n % 7 + deep(n - 1); }

int main(void)
{
    for (unsigned long m = 0; m <= 3; m++)
        for (unsigned long n = 0; n <= 5; n++)
            printf("ack(%lu,%lu)=%lu%s", m, n, ack(m, n), n == 5 ? "\n" : " ");
    printf("ack(2,300)=%lu ack(3,7)=%lu\n", ack(2, 300), ack(3, 7));
    for (int n = 0; n <= 25; n += 5)
        printf("fib(%d)=%ld ", n, fib(n));
    printf("\n");
    printf("even(10001)=%d odd(7777)=%d\n", is_even(10001), is_odd(7777));
    unsigned sig = 0;
    hanoi(16, 1, 3, 2, &sig);
    printf("hanoi moves=%ld sig=%08x\n", moves, sig);
    static const char *exprs[] = {"1+2*3", "(1+2)*3", "-(4-10)*(3+-2)", "100/7%4+2*(3*(2+1))",
                                  "((((((7))))))*-1-1", "123456789*1000-987654321/3"};
    for (unsigned i = 0; i < sizeof exprs / sizeof exprs[0]; i++) {
        p = exprs[i];
        printf("%s = %ld\n", exprs[i], expr());
    }
    printf("deep(100000)=%ld\n", deep(100000));
    return 0;
}
