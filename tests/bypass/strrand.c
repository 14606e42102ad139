/*
 * Randomized tests of the native bypass (issue 7), complementing strfuncs.c:
 * lengths up to 4096 at random (seeded) alignments plus the edges, memmove
 * at every overlap distance, strings ending before a PROT_NONE page at every
 * length, bad pointers, and 16 threads.  Every mode prints hashes of all
 * that is observable (results as offsets, comparison signs: implementations
 * may return other magnitudes, buffer contents); run.py compares the output
 * of the host, bypass off and bypass on.
 *
 *   strrand rand N      N random (src align, dst align, length) triples per
 *                       function plus the edge lengths at 16 alignments
 *   strrand overlap N   memmove both ways at distances 0..64 and large ones,
 *                       N lengths each; also checked against a byte loop
 *   strrand pageend N   strings of every length 0..4096 (step 4096/N) ending
 *                       right before a PROT_NONE page
 *   strrand wild        NULL and wild pointers: the SIGSEGV si_addr of each
 *                       (bypass on and off must agree; the host is no oracle)
 *   strrand threads N   16 threads, N rounds of mixed calls each on private
 *                       buffers, a shared read-only text and disjoint slices
 *                       of a shared output buffer
 */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096
#define MAXLEN 4097                 /* page size + 1 */
#define BUF (3 * PAGE)              /* each of src and dst: room for align + MAXLEN + slack */

static unsigned char *area;          /* src BUF, dst BUF, a PROT_NONE page */
static unsigned char *src, *dst;
static size_t dspan = BUF;            /* the part of dst a rand case can touch */

static int sgn(int v) { return (v > 0) - (v < 0); }
static uint64_t off(const void *p) { return p ? (uint64_t)((const unsigned char *)p - area) : 0xdeadull; }

typedef struct { uint64_t h; } Hash;
static void mix(Hash *h, uint64_t v) { h->h = (h->h ^ v) * 0x100000001b3ull; }
static void mixbuf(Hash *h, const unsigned char *p, size_t n)
{
    /* 8 bytes at a time: the dst buffers are large */
    for (size_t i = 0; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, p + i, 8);
        mix(h, v);
    }
    for (size_t i = n & ~(size_t)7; i < n; i++)
        mix(h, p[i]);
}

/* xorshift: deterministic, the same on every machine */
static uint64_t rng(uint64_t *s) { *s ^= *s << 13; *s ^= *s >> 7; *s ^= *s << 17; return *s; }

static void fill(unsigned char *p, size_t n, uint64_t seed)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)('a' + (rng(&seed) >> 20) % 7);
}

/* ---- rand: one function family per hash ------------------------------------------- */

typedef void (*TestFn)(Hash *h, unsigned char *s, unsigned char *d, size_t len);

static void t_memcpy(Hash *h, unsigned char *s, unsigned char *d, size_t len)
{
    mix(h, off(memcpy(d, s, len)));
    mixbuf(h, dst, dspan);
}
static void t_memset(Hash *h, unsigned char *s, unsigned char *d, size_t len)
{
    mix(h, off(memset(d, s[0] + 0x100, len)));
    mixbuf(h, dst, dspan);
}
static void t_memcmp(Hash *h, unsigned char *s, unsigned char *d, size_t len)
{
    memcpy(d, s, len);
    mix(h, (uint64_t)sgn(memcmp(d, s, len)));
    if (len) {
        size_t at = (size_t)(s[len - 1] * 131u) % len;
        d[at] ^= (unsigned char)(s[0] & 1 ? 0x80 : 0x01);
        mix(h, (uint64_t)sgn(memcmp(d, s, len)));
        mix(h, (uint64_t)sgn(memcmp(s, d, len)));
        mix(h, (uint64_t)sgn(memcmp(s, d, at)));
        mix(h, bcmp(d, s, len) != 0);
    }
}
static void t_memchr(Hash *h, unsigned char *s, unsigned char *d, size_t len)
{
    (void)d;
    for (int c = 'a'; c <= 'h'; c++) {
        mix(h, off(memchr(s, c, len)));
        mix(h, off(memrchr(s, c, len)));
    }
    mix(h, off(memchr(s, 0, len + 1)));
}
static void t_strlen(Hash *h, unsigned char *s, unsigned char *d, size_t len)
{
    (void)d;
    mix(h, strlen((char *)s));
    mix(h, strnlen((char *)s, len / 2));
    mix(h, strnlen((char *)s, len + 9));
}
static void t_strcmp(Hash *h, unsigned char *s_, unsigned char *d_, size_t len)
{
    char *s = (char *)s_, *d = (char *)d_;
    strcpy(d, s);
    mix(h, (uint64_t)sgn(strcmp(d, s)));
    mix(h, (uint64_t)sgn(strncmp(d, s, len + 3)));
    if (len) {
        size_t at = (size_t)((unsigned char)s[0] * 977u) % len;
        d[at] = (char)(s[0] & 1 ? 'z' : '\x90');
        mix(h, (uint64_t)sgn(strcmp(d, s)));
        mix(h, (uint64_t)sgn(strcmp(s, d)));
        mix(h, (uint64_t)sgn(strncmp(d, s, at)));
        mix(h, (uint64_t)sgn(strncmp(s, d, at + 1)));
        d[len / 2] = 0;
        mix(h, (uint64_t)sgn(strcmp(d, s)));
    }
}
static void t_strcpy(Hash *h, unsigned char *s_, unsigned char *d_, size_t len)
{
    char *s = (char *)s_, *d = (char *)d_;
    mix(h, off(strcpy(d, s))); mixbuf(h, dst, dspan);
    mix(h, off(stpcpy(d + 1, s))); mixbuf(h, dst, dspan);
    mix(h, off(strncpy(d, s, len / 2))); mixbuf(h, dst, dspan);
    mix(h, off(strncpy(d, s, len + 30))); mixbuf(h, dst, dspan);
    mix(h, off(stpncpy(d, s, len / 3))); mixbuf(h, dst, dspan);
    mix(h, off(stpncpy(d, s, len + 2))); mixbuf(h, dst, dspan);
}
static void t_strcat(Hash *h, unsigned char *s_, unsigned char *d_, size_t len)
{
    char *s = (char *)s_, *d = (char *)d_;
    d[len / 4] = 0;
    mix(h, off(strcat(d, s + len / 2))); mixbuf(h, dst, dspan);
    d[len / 3] = 0;
    mix(h, off(strncat(d, s, len / 2))); mixbuf(h, dst, dspan);
}
static void t_strchr(Hash *h, unsigned char *s_, unsigned char *d, size_t len)
{
    (void)d; (void)len;
    char *s = (char *)s_;
    for (int c = 'a'; c <= 'h'; c++) {
        mix(h, off(strchr(s, c)));
        mix(h, off(strrchr(s, c)));
        mix(h, off(strchrnul(s, c)));
    }
    mix(h, off(strchr(s, 0)));
}
static void t_strstr(Hash *h, unsigned char *s_, unsigned char *d, size_t len)
{
    (void)d;
    char *s = (char *)s_;
    char needle[16];
    size_t nl = len < 9 ? len : 9;
    memcpy(needle, s + len - nl, nl);            /* found at the end at the latest */
    needle[nl] = 0;
    mix(h, off(strstr(s, needle)));
    mix(h, off(strstr(s, "gfedcba")));
    mix(h, strspn(s, "abcde"));
    mix(h, strcspn(s, "g"));
    mix(h, off(strpbrk(s, "fg")));
}

static const struct { const char *name; TestFn fn; } tests[] = {
    { "memcpy", t_memcpy }, { "memset", t_memset }, { "memcmp", t_memcmp },
    { "memchr", t_memchr }, { "strlen", t_strlen }, { "strcmp", t_strcmp },
    { "strcpy", t_strcpy }, { "strcat", t_strcat }, { "strchr", t_strchr },
    { "strstr", t_strstr },
};
#define NTESTS (sizeof(tests) / sizeof(tests[0]))

static const size_t edges[] = { 0, 1, 2, 15, 16, 17, 63, 64, 4094, 4095, 4096, 4097 };

static void one(Hash *h, size_t t, size_t sa, size_t da, size_t len, uint64_t seed)
{
    dspan = da + len + 64;
    memset(dst, 0x55, dspan);
    fill(src + sa, len, seed);
    src[sa + len] = 0;
    fill(dst + da, len + 32, seed + 1);
    tests[t].fn(h, src + sa, dst + da, len);
}

static void rand_mode(long n)
{
    for (size_t t = 0; t < NTESTS; t++) {
        Hash h = { 0xcbf29ce484222325ull };
        uint64_t s = 0x9e3779b97f4a7c15ull + t;
        for (size_t e = 0; e < sizeof(edges) / sizeof(edges[0]); e++)
            for (size_t a = 0; a < 16; a++)
                one(&h, t, a, (a * 7) % 16, edges[e], edges[e] * 16 + a);
        for (long i = 0; i < n; i++) {
            size_t sa = rng(&s) % 64, da = rng(&s) % 64;
            /* half the lengths short: where the routines branch most */
            size_t len = rng(&s) % 2 ? rng(&s) % 128 : rng(&s) % (MAXLEN + 1);
            one(&h, t, sa, da, len, s);
        }
        printf("%-8s %016llx\n", tests[t].name, (unsigned long long)h.h);
    }
}

/* ---- overlap: memmove at every distance ------------------------------------------- */

static int overlap_case(Hash *h, size_t from, size_t to, size_t len)
{
    static unsigned char ref[BUF];
    size_t span = (from > to ? from : to) + len + 16;
    fill(dst, span, from * 8191 + to * 31 + len);
    memcpy(ref, dst, span);
    for (size_t i = 0; i < len; i++)            /* the reference: a byte loop */
        ref[to + (from < to ? len - 1 - i : i)] = ref[from + (from < to ? len - 1 - i : i)];
    mix(h, off(memmove(dst + to, dst + from, len)));
    mixbuf(h, dst, span);
    return memcmp(dst, ref, span) != 0;
}

static void overlap_mode(long n)
{
    static const size_t big[] = { 100, 127, 128, 255, 256, 1000, 2048, 4095 };
    Hash h = { 0xcbf29ce484222325ull };
    uint64_t s = 12345;
    int bad = 0;
    size_t dists[65 + sizeof(big) / sizeof(big[0])], nd = 0;
    for (size_t d = 0; d <= 64; d++)
        dists[nd++] = d;
    for (size_t i = 0; i < sizeof(big) / sizeof(big[0]); i++)
        dists[nd++] = big[i];
    for (size_t i = 0; i < nd; i++) {
        for (long k = 0; k < n; k++) {
            size_t len = k == 0 ? 4096 : k == 1 ? dists[i] + 1 : rng(&s) % (k % 2 ? 80 : 4097);
            size_t base = rng(&s) % 32;
            if (base + dists[i] + len > BUF)
                len = BUF - base - dists[i];
            bad += overlap_case(&h, base, base + dists[i], len);      /* forwards */
            bad += overlap_case(&h, base + dists[i], base, len);      /* backwards */
        }
    }
    printf("memmove  %016llx mismatches %d\n", (unsigned long long)h.h, bad);
}

/* ---- pageend: every length ending at the guard page ------------------------------- */

static void pageend_mode(long n)
{
    unsigned char *guard = area + 2 * BUF;
    long step = n >= 4096 ? 1 : 4096 / n;
    Hash h = { 0xcbf29ce484222325ull };
    for (long len = 0; len <= 4096; len += (len < 80 ? 1 : step)) {
        char *s = (char *)guard - len - 1;
        fill((unsigned char *)s, (size_t)len, (uint64_t)len + 1);
        s[len] = 0;
        mix(&h, strlen(s)); mix(&h, strnlen(s, 10000)); mix(&h, off(strchr(s, 'b')));
        mix(&h, off(strrchr(s, 'c'))); mix(&h, off(strchrnul(s, 'z'))); mix(&h, off(memchr(s, 0, len + 1)));
        mix(&h, off(memrchr(s, 'a', len + 1))); mix(&h, strspn(s, "abcdef")); mix(&h, strcspn(s, "g"));
        mix(&h, off(strstr(s, "gg")));
        mix(&h, (uint64_t)sgn(strcmp(s, (char *)guard - 1 - len / 2)));
        mix(&h, (uint64_t)sgn(strncmp(s, (char *)guard - 1 - len / 2, 5000)));
        mix(&h, (uint64_t)sgn(memcmp(s, (char *)src, len + 1)));
        mix(&h, off(strcpy((char *)src, s)));
        mix(&h, off(memcpy(src + 1, s, len + 1)));
        mixbuf(&h, src, (size_t)len + 2);
    }
    printf("pageend  %016llx\n", (unsigned long long)h.h);
}

/* ---- wild: bad pointers ------------------------------------------------------------ */

static sigjmp_buf jb;
static volatile uintptr_t fault_addr;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
    (void)sig; (void)uc;
    fault_addr = (uintptr_t)si->si_addr;
    siglongjmp(jb, 1);
}

#define FAULT(name, call) do {                                                         \
        fault_addr = 0;                                                                 \
        if (sigsetjmp(jb, 1) == 0) {                                                    \
            volatile int64_t r = (int64_t)(intptr_t)(call);                             \
            printf("%-30s no fault (%s)\n", name, r ? (r < 0 ? "<0" : ">0") : "0");     \
        } else {                                                                        \
            uintptr_t a_ = fault_addr, base_ = (uintptr_t)area;                         \
            if (a_ >= base_ && a_ < base_ + 2 * BUF + PAGE)                             \
                printf("%-30s SIGSEGV at area+%llu\n", name, (unsigned long long)(a_ - base_)); \
            else                                                                        \
                printf("%-30s SIGSEGV at %#llx\n", name, (unsigned long long)a_);       \
        }                                                                               \
    } while (0)

static void wild_mode(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    char *volatile nul = NULL;
    char *volatile wild = (char *)(uintptr_t)0x10000000dead0ull;   /* unmapped, canonical */
    char *volatile low = (char *)(uintptr_t)0x1000;                 /* below mmap_min_addr */
    char *s = (char *)src;
    strcpy(s, "hello world");
    FAULT("strlen(NULL)", strlen(nul));
    FAULT("strlen(wild)", strlen(wild));
    FAULT("strlen(low)", strlen(low));
    FAULT("strnlen(NULL, 5)", strnlen(nul, 5));
    FAULT("strcmp(s, NULL)", strcmp(s, nul));
    FAULT("strcmp(wild, s)", strcmp(wild, s));
    FAULT("strncmp(NULL, s, 4)", strncmp(nul, s, 4));
    FAULT("strcpy(NULL, s)", strcpy(nul, s));
    FAULT("strcpy(dst, wild)", strcpy((char *)dst, wild));
    FAULT("stpcpy(wild, s)", stpcpy(wild, s));
    FAULT("strncpy(NULL, s, 8)", strncpy(nul, s, 8));
    FAULT("strcat(NULL, s)", strcat(nul, s));
    FAULT("strncat(s, wild, 3)", strncat(s, wild, 3));
    FAULT("strchr(NULL, 'a')", strchr(nul, 'a'));
    FAULT("strrchr(wild, 'a')", strrchr(wild, 'a'));
    FAULT("strchrnul(low, 'a')", strchrnul(low, 'a'));
    FAULT("strstr(NULL, \"a\")", strstr(nul, "a"));
    FAULT("strstr(s, wild)", strstr(s, wild));
    FAULT("strspn(wild, \"ab\")", strspn(wild, "ab"));
    FAULT("strcspn(s, NULL)", strcspn(s, nul));
    FAULT("strpbrk(NULL, \"ab\")", strpbrk(nul, "ab"));
    FAULT("memcpy(NULL, s, 8)", memcpy(nul, s, 8));
    FAULT("memcpy(dst, wild, 4096)", memcpy(dst, wild, 4096));
    FAULT("memmove(wild, s, 8)", memmove(wild, s, 8));
    FAULT("memmove(dst, NULL, 100)", memmove(dst, nul, 100));
    FAULT("memset(wild, 0, 1)", memset(wild, 0, 1));
    FAULT("memset(low, 0, 4096)", memset(low, 0, 4096));
    FAULT("memcmp(NULL, s, 4)", memcmp(nul, s, 4));
    FAULT("memcmp(s, wild, 4)", memcmp(s, wild, 4));
    FAULT("memchr(wild, 'a', 9)", memchr(wild, 'a', 9));
    FAULT("memrchr(NULL, 'a', 9)", memrchr(nul, 'a', 9));
    /* large copies running into the guard page from a valid start */
    FAULT("memcpy(into guard)", memcpy(area + 2 * BUF - 3000, src, 4096));
    FAULT("memset(into guard)", memset(area + 2 * BUF - 1, 7, 4096));
    /* zero lengths never touch memory */
    FAULT("memcpy(NULL, wild, 0)", memcpy(nul, wild, 0));
    FAULT("memset(wild, 0, 0)", memset(wild, 0, 0));
    FAULT("strncmp(wild, NULL, 0)", strncmp(wild, nul, 0));
    FAULT("memchr(NULL, 0, 0)", memchr(nul, 0, 0));
}

/* ---- threads: 16 at once ----------------------------------------------------------- */

#define NTHREADS 16
static char shared_text[8192];                       /* read by every thread */
static char shared_out[NTHREADS][1024];              /* one slice per thread */
static long thread_rounds;

static void *thread_main(void *arg)
{
    unsigned id = (unsigned)(uintptr_t)arg;
    char mine[1024], tmp[1100];
    uint64_t s = 777 + id;
    Hash h = { 0xcbf29ce484222325ull };
    for (long i = 0; i < thread_rounds; i++) {
        size_t n = rng(&s) % 1000, at = rng(&s) % (sizeof(shared_text) - 1001);
        memcpy(mine, shared_text + at, n);
        mine[n] = 0;
        mix(&h, strlen(mine));
        char *g = memchr(shared_text + at, 'g', n);
        mix(&h, g ? (uint64_t)(g - shared_text) : 1ull << 40);
        mix(&h, (uint64_t)sgn(memcmp(mine, shared_text + at, n)));
        mix(&h, (uint64_t)sgn(strncmp(mine, shared_text + at + 1, n)));
        memmove(mine + 1, mine, n / 2);
        strcpy(tmp, mine);
        mix(&h, strspn(tmp, "abc"));
        memset(shared_out[id], 'a' + (int)(n % 26), sizeof(shared_out[id]) - 1);
        strncpy(shared_out[id], mine, n / 3);
        mix(&h, strlen(shared_out[id]));
        mix(&h, (uint64_t)(strrchr(shared_out[id], 'c') ? strrchr(shared_out[id], 'c') - shared_out[id] : -1));
        mix(&h, (uint64_t)(strstr(tmp, "ab") ? strstr(tmp, "ab") - tmp : -1));
    }
    return (void *)(uintptr_t)h.h;
}

static void threads_mode(long n)
{
    pthread_t th[NTHREADS];
    fill((unsigned char *)shared_text, sizeof(shared_text) - 1, 42);
    thread_rounds = n;
    for (uintptr_t i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, thread_main, (void *)i);
    for (int i = 0; i < NTHREADS; i++) {
        void *r;
        pthread_join(th[i], &r);
        printf("thread %2d: %016llx\n", i, (unsigned long long)(uintptr_t)r);
    }
}

int main(int argc, char **argv)
{
    area = mmap(NULL, 2 * BUF + PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (area == MAP_FAILED || mprotect(area + 2 * BUF, PAGE, PROT_NONE))
        return 1;
    src = area;
    dst = area + BUF;
    const char *mode = argc > 1 ? argv[1] : "rand";
    long n = argc > 2 ? atol(argv[2]) : 1000;
    if (strcmp(mode, "rand") == 0)
        rand_mode(n);
    else if (strcmp(mode, "overlap") == 0)
        overlap_mode(n);
    else if (strcmp(mode, "pageend") == 0)
        pageend_mode(n);
    else if (strcmp(mode, "wild") == 0)
        wild_mode();
    else if (strcmp(mode, "threads") == 0)
        threads_mode(n);
    else
        return 2;
    return 0;
}
