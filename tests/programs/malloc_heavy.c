/* Allocator stress: many malloc/free of varied sizes, realloc growth,
 * calloc zeroing, a linked list and a chained hash table. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node {
    struct node *next;
    int value;
};

struct entry {
    struct entry *next;
    char *key;
    int count;
};

static uint32_t rng = 2463534242u;
static uint32_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

static unsigned hash(const char *s)
{
    unsigned h = 5381;
    while (*s)
        h = h * 33 + (unsigned char)*s++;
    return h;
}

int main(void)
{
    /* random alloc/free with content checks */
    enum { SLOTS = 512 };
    static unsigned char *slot[SLOTS];
    static size_t size[SLOTS];
    unsigned long corrupt = 0, allocs = 0;
    for (int it = 0; it < 30000; it++) {
        int i = (int)(next() % SLOTS);
        if (slot[i]) {
            for (size_t k = 0; k < size[i]; k++)
                if (slot[i][k] != (unsigned char)(i + k))
                    corrupt++;
            free(slot[i]);
            slot[i] = NULL;
        } else {
            size[i] = next() % ((it & 63) ? 200 : 8000);
            slot[i] = malloc(size[i] ? size[i] : 1);
            allocs++;
            for (size_t k = 0; k < size[i]; k++)
                slot[i][k] = (unsigned char)(i + k);
        }
    }
    for (int i = 0; i < SLOTS; i++)
        free(slot[i]);
    printf("allocs=%lu corrupt=%lu\n", allocs, corrupt);

    /* large blocks (served by mmap in glibc), touched sparsely */
    unsigned long big_sum = 0;
    for (int r = 0; r < 4; r++) {
        size_t n = (size_t)(1 + r) << 20;
        unsigned char *p = malloc(n);
        for (size_t k = 0; k < n; k += 4096)
            p[k] = (unsigned char)(k >> 12);
        p = realloc(p, n * 2);
        for (size_t k = 0; k < n; k += 4096)
            big_sum += p[k];
        free(p);
    }
    printf("big blocks sum=%lu\n", big_sum);

    /* realloc growth keeps content */
    size_t cap = 1, len = 0;
    uint32_t *arr = malloc(cap * sizeof *arr);
    for (uint32_t v = 0; v < 200000; v++) {
        if (len == cap) {
            cap = cap * 3 / 2 + 1;
            arr = realloc(arr, cap * sizeof *arr);
        }
        arr[len++] = v * 2654435761u;
    }
    uint64_t s = 0;
    for (size_t i = 0; i < len; i++)
        s += arr[i] ^ i;
    arr = realloc(arr, 10 * sizeof *arr);
    printf("realloc len=%zu sum=%llu first=%u tenth=%u\n", len, (unsigned long long)s, arr[1],
           arr[9]);
    free(arr);

    /* calloc returns zeroed memory */
    size_t nz = 0;
    for (int r = 0; r < 20; r++) {
        unsigned char *c = calloc(1000 + r * 4096, 1);
        for (int k = 0; k < 1000 + r * 4096; k++)
            nz += c[k] != 0;
        memset(c, 0xff, 1000 + r * 4096);
        free(c);
    }
    printf("calloc nonzero=%zu\n", nz);

    /* linked list: build, reverse, sum, free */
    struct node *head = NULL;
    for (int i = 0; i < 10000; i++) {
        struct node *n = malloc(sizeof *n);
        n->value = i * i % 1000;
        n->next = head;
        head = n;
    }
    struct node *rev = NULL;
    while (head) {
        struct node *n = head->next;
        head->next = rev;
        rev = head;
        head = n;
    }
    long total = 0;
    int idx = 0;
    for (struct node *n = rev; n; n = n->next, idx++)
        total += (long)n->value * (idx % 7);
    while (rev) {
        struct node *n = rev->next;
        free(rev);
        rev = n;
    }
    printf("list total=%ld\n", total);

    /* hash table of generated words */
    enum { BUCKETS = 1024 };
    struct entry **tab = calloc(BUCKETS, sizeof *tab);
    char w[16];
    int distinct = 0;
    for (int i = 0; i < 30000; i++) {
        int l = 1 + (int)(next() % 3);
        for (int k = 0; k < l; k++)
            w[k] = (char)('a' + next() % 8);
        w[l] = 0;
        unsigned b = hash(w) % BUCKETS;
        struct entry *e = tab[b];
        while (e && strcmp(e->key, w))
            e = e->next;
        if (!e) {
            e = malloc(sizeof *e);
            e->key = strdup(w);
            e->count = 0;
            e->next = tab[b];
            tab[b] = e;
            distinct++;
        }
        e->count++;
    }
    int best = 0;
    char bestw[16] = "";
    for (int b = 0; b < BUCKETS; b++)
        for (struct entry *e = tab[b]; e; e = e->next)
            if (e->count > best || (e->count == best && strcmp(e->key, bestw) < 0)) {
                best = e->count;
                strcpy(bestw, e->key);
            }
    for (int b = 0; b < BUCKETS; b++)
        while (tab[b]) {
            struct entry *e = tab[b]->next;
            free(tab[b]->key);
            free(tab[b]);
            tab[b] = e;
        }
    free(tab);
    printf("distinct=%d most=%s x%d\n", distinct, bestw, best);
    return 0;
}
