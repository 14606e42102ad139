/* qsort and bsearch on ints, doubles, strings and structs with unique keys
 * (qsort is not stable, so equal keys would be an unspecified order). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec {
    int key;
    char name[12];
    double weight;
};

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_dbl(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}
static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}
static int cmp_rec(const void *a, const void *b)
{
    const struct rec *x = a, *y = b;
    if (x->weight != y->weight)
        return x->weight < y->weight ? -1 : 1;
    return cmp_int(&x->key, &y->key);
}

static uint32_t rng = 12345;
static uint32_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

int main(void)
{
    enum { N = 5000 };
    static int v[N];
    for (int i = 0; i < N; i++)
        v[i] = (int)(next() % 2000001) - 1000000;
    qsort(v, N, sizeof v[0], cmp_int);
    uint64_t h = 0;
    int sorted = 1;
    for (int i = 0; i < N; i++) {
        h = h * 1000003 + (uint32_t)v[i];
        if (i && v[i - 1] > v[i])
            sorted = 0;
    }
    printf("ints sorted=%d min=%d max=%d median=%d hash=%016llx\n", sorted, v[0], v[N - 1],
           v[N / 2], (unsigned long long)h);
    int found = 0;
    for (int k = -1000000; k <= 1000000; k += 997)
        found += bsearch(&k, v, N, sizeof v[0], cmp_int) != NULL;
    printf("bsearch hits %d\n", found);
    qsort(v, N, sizeof v[0], cmp_int_desc);
    printf("desc first %d last %d\n", v[0], v[N - 1]);

    static double d[1000];
    for (int i = 0; i < 1000; i++)
        d[i] = (double)(int)(next() % 100000) / 7.0 - 5000.0;
    qsort(d, 1000, sizeof d[0], cmp_dbl);
    printf("dbl %.6f %.6f %.6f\n", d[0], d[500], d[999]);

    static const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "date", "elder",
                                  "grape", "kiwi", "lemon", "mango", "nectarine", "orange",
                                  "Apple", "Zebra", "apricot", "appl", ""};
    enum { W = sizeof words / sizeof words[0] };
    const char *w[W];
    memcpy(w, words, sizeof w);
    qsort(w, W, sizeof w[0], cmp_str);
    for (int i = 0; i < W; i++)
        printf("%s%s", w[i], i + 1 < W ? "," : "\n");
    const char *key = "kiwi";
    const char **hit = bsearch(&key, w, W, sizeof w[0], cmp_str);
    printf("kiwi at %d\n", hit ? (int)(hit - w) : -1);

    static struct rec r[300];
    for (int i = 0; i < 300; i++) {
        r[i].key = i;
        snprintf(r[i].name, sizeof r[i].name, "r%03d", (i * 37) % 300);
        r[i].weight = (double)(next() % 50);
    }
    qsort(r, 300, sizeof r[0], cmp_rec);
    for (int i = 0; i < 300; i += 29)
        printf("%s:%d:%g ", r[i].name, r[i].key, r[i].weight);
    printf("\n");
    return 0;
}
