// STDIN: words.txt
/* Word frequency counter: reads text from stdin, counts words in a hash
 * table, prints the top words sorted by count then alphabetically. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct word {
    char *w;
    int n;
};

static struct word *tab;
static size_t cap = 64, used;

static size_t h(const char *s)
{
    size_t x = 1469598103934665603ull;
    while (*s)
        x = (x ^ (unsigned char)*s++) * 1099511628211ull;
    return x;
}

static void grow(void);

static void add(const char *w)
{
    if (used * 2 >= cap)
        grow();
    size_t i = h(w) & (cap - 1);
    while (tab[i].w && strcmp(tab[i].w, w))
        i = (i + 1) & (cap - 1);
    if (!tab[i].w) {
        tab[i].w = strdup(w);
        used++;
    }
    tab[i].n++;
}

static void grow(void)
{
    struct word *old = tab;
    size_t oldcap = cap;
    cap = old ? cap * 2 : cap;
    tab = calloc(cap, sizeof *tab);
    used = 0;
    for (size_t i = 0; old && i < oldcap; i++)
        if (old[i].w) {
            size_t j = h(old[i].w) & (cap - 1);
            while (tab[j].w)
                j = (j + 1) & (cap - 1);
            tab[j] = old[i];
            used++;
        }
    free(old);
}

static int cmp(const void *a, const void *b)
{
    const struct word *x = a, *y = b;
    if (x->n != y->n)
        return y->n - x->n;
    return strcmp(x->w, y->w);
}

int main(void)
{
    grow();
    char w[64];
    int len = 0, c;
    long total = 0;
    while ((c = getchar()) != EOF) {
        if (isalpha(c)) {
            if (len < 63)
                w[len++] = (char)tolower(c);
        } else if (len) {
            w[len] = 0;
            add(w);
            total++;
            len = 0;
        }
    }
    if (len) {
        w[len] = 0;
        add(w);
        total++;
    }
    struct word *list = malloc(used * sizeof *list);
    size_t k = 0;
    for (size_t i = 0; i < cap; i++)
        if (tab[i].w)
            list[k++] = tab[i];
    qsort(list, k, sizeof *list, cmp);
    printf("total words %ld, distinct %zu, table size %zu\n", total, k, cap);
    for (size_t i = 0; i < k && i < 15; i++)
        printf("%4d %s\n", list[i].n, list[i].w);
    for (size_t i = 0; i < k; i++)
        free(list[i].w);
    free(list);
    free(tab);
    return 0;
}
