/* Function pointers: dispatch tables, callbacks, pointers returned from
 * functions, pointers stored in structs, and a tiny state machine. */
#include <stdio.h>
#include <stdlib.h>

typedef long (*binop)(long, long);

static long add(long a, long b) { return a + b; }
static long sub(long a, long b) { return a - b; }
static long mul(long a, long b) { return a * b; }
static long maxl(long a, long b) { return a > b ? a : b; }
static long gcd(long a, long b) { return b ? gcd(b, a % b) : a; }

static binop pick(char c)
{
    switch (c) {
    case '+': return add;
    case '-': return sub;
    case '*': return mul;
    case 'M': return maxl;
    default: return gcd;
    }
}

static long fold(const long *v, int n, binop f, long init)
{
    for (int i = 0; i < n; i++)
        init = f(init, v[i]);
    return init;
}

struct shape {
    const char *name;
    double (*area)(const struct shape *);
    double a, b;
};
static double rect(const struct shape *s) { return s->a * s->b; }
static double tri(const struct shape *s) { return s->a * s->b / 2; }

enum state { S_START, S_INT, S_FRAC, S_ERR, S_N };
typedef enum state (*handler)(char);
static enum state h_start(char c) { return c >= '0' && c <= '9' ? S_INT : c == '-' ? S_INT : S_ERR; }
static enum state h_int(char c) { return c >= '0' && c <= '9' ? S_INT : c == '.' ? S_FRAC : S_ERR; }
static enum state h_frac(char c) { return c >= '0' && c <= '9' ? S_FRAC : S_ERR; }
static enum state h_err(char c) { (void)c; return S_ERR; }
static const handler machine[S_N] = {h_start, h_int, h_frac, h_err};

static int cmp_desc(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x < y) - (x > y);
}

int main(void)
{
    long v[] = {12, 18, -4, 30, 7, 42, 6};
    const char *ops = "+-*Mg";
    for (const char *o = ops; *o; o++)
        printf("fold %c = %ld\n", *o, fold(v, 7, pick(*o), *o == '*' ? 1 : 0));
    binop table[] = {add, sub, mul, maxl, gcd};
    long acc = 1;
    for (int i = 0; i < 100; i++)
        acc = table[i % 5](acc, i + 1) % 1000003;
    printf("table acc=%ld\n", acc);
    struct shape shapes[] = {{"rect", rect, 3, 4}, {"tri", tri, 3, 4}, {"square", rect, 2.5, 2.5}};
    for (int i = 0; i < 3; i++)
        printf("%s area %.3f\n", shapes[i].name, shapes[i].area(&shapes[i]));
    const char *inputs[] = {"123", "-4.5", "1.2.3", "abc", "0.001", ""};
    for (int i = 0; i < 6; i++) {
        enum state s = S_START;
        for (const char *c = inputs[i]; *c; c++)
            s = machine[s](*c);
        printf("\"%s\" -> %s\n", inputs[i], s == S_INT ? "int" : s == S_FRAC ? "float" : s == S_START ? "empty" : "error");
    }
    qsort(v, 7, sizeof v[0], cmp_desc);
    printf("sorted desc:");
    for (int i = 0; i < 7; i++)
        printf(" %ld", v[i]);
    printf("\n");
    long (*volatile indirect)(long, long) = gcd;
    printf("indirect gcd(1071,462)=%ld\n", indirect(1071, 462));
    return 0;
}
