/* Arbitrary-precision decimal arithmetic with base-10^9 limbs: factorials,
 * powers of two, and a digit sum check. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define BASE 1000000000u
#define MAXL 400

struct big {
    int n;
    uint32_t d[MAXL];
};

static void set(struct big *b, uint32_t v)
{
    b->n = 1;
    b->d[0] = v;
}

static void mul_small(struct big *b, uint32_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->d[i] * m + carry;
        b->d[i] = (uint32_t)(t % BASE);
        carry = t / BASE;
    }
    while (carry) {
        b->d[b->n++] = (uint32_t)(carry % BASE);
        carry /= BASE;
    }
}

static void add(struct big *r, const struct big *a)
{
    uint32_t carry = 0;
    int n = r->n > a->n ? r->n : a->n;
    for (int i = 0; i < n; i++) {
        uint32_t x = (i < r->n ? r->d[i] : 0) + (i < a->n ? a->d[i] : 0) + carry;
        carry = x >= BASE;
        r->d[i] = carry ? x - BASE : x;
    }
    r->n = n;
    if (carry)
        r->d[r->n++] = 1;
}

static void print(const char *label, const struct big *b)
{
    printf("%s = %u", label, b->d[b->n - 1]);
    for (int i = b->n - 2; i >= 0; i--)
        printf("%09u", b->d[i]);
    printf("\n");
}

static unsigned digit_sum(const struct big *b)
{
    unsigned s = 0;
    for (int i = 0; i < b->n; i++)
        for (uint32_t x = b->d[i]; x; x /= 10)
            s += x % 10;
    return s;
}

int main(void)
{
    static struct big f, p, fibs[3];
    set(&f, 1);
    for (uint32_t k = 2; k <= 100; k++) {
        mul_small(&f, k);
        if (k == 20 || k == 25 || k == 50)
            printf("%u! has %d limbs, digit sum %u\n", k, f.n, digit_sum(&f));
    }
    print("100!", &f);
    printf("digit sum of 100! = %u\n", digit_sum(&f));
    for (uint32_t k = 101; k <= 1000; k++)
        mul_small(&f, k);
    printf("1000! digit sum = %u, limbs = %d\n", digit_sum(&f), f.n);
    set(&p, 1);
    for (int i = 0; i < 1000; i++)
        mul_small(&p, 2);
    print("2^1000", &p);
    set(&fibs[0], 0);
    set(&fibs[1], 1);
    for (int i = 2; i <= 1000; i++) {
        fibs[i % 3] = fibs[(i - 1) % 3];
        add(&fibs[i % 3], &fibs[(i - 2) % 3]);
    }
    print("fib(1000)", &fibs[1000 % 3]);
    return 0;
}
