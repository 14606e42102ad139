/*
 * The native bypass's guest program: calls every bypassed libc routine on
 * every alignment and length up to 300 bytes, strings ending right before a
 * PROT_NONE page, through function pointers too, and prints one hash per
 * function of everything observable (results as offsets into the buffers,
 * comparison signs, the buffers' contents).  Its output must equal the
 * host's native run and the run with the bypass off (run.py).
 *
 *   strfuncs funcs [STRIDE [ASTEP]]  the table above (lengths past 40 by
 *                     STRIDE, alignments by ASTEP: the interpreter's quick run)
 *   strfuncs faults   bad pointers: si_addr of each SIGSEGV relative to the
 *                     buffer (compared between bypass on and off only: the
 *                     exact address is the guest routine's own choice)
 *   strfuncs threads  the same calls from 4 threads at once
 *   strfuncs smc      memcpy/memmove into a page that holds code the guest ran
 *                     (write-protected by the translator): the new code must
 *                     run, and the data next to it must be copied once
 *   strfuncs cmpraw   raw memcmp/strcmp/strncmp values (not only signs): riscv64's
 *                     glibc and the bypass must agree exactly
 *   strfuncs math     the bypassed libm functions on 100000 inputs each (random
 *                     bit patterns, [-10, 10], [-700, 700]) plus errno cases
 *   strfuncs bench N  a strlen/memcpy/strcmp-heavy loop (for bench.py)
 *   strfuncs calls N  N strlen calls on a 1-byte string (per-call cost)
 */
#include <errno.h>
#include <math.h>
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

#define MAXLEN 300
#define PAGE 4096

static uint64_t h;
static void mix(uint64_t v) { h = (h ^ v) * 0x100000001b3ull; }
static void mixbuf(const unsigned char *p, size_t n) { for (size_t i = 0; i < n; i++) mix(p[i]); }
static int sgn(int v) { return (v > 0) - (v < 0); }

/* called through pointers as well as directly (the compiler must not
 * resolve them at compile time: volatile) */
static void *(*volatile p_memcpy)(void *, const void *, size_t) = memcpy;
static size_t (*volatile p_strlen)(const char *) = strlen;
static int (*volatile p_strcmp)(const char *, const char *) = strcmp;

static unsigned char *area;          /* 3 pages + a PROT_NONE page */
static unsigned char *src, *dst;

static void fill(unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        p[i] = (unsigned char)('a' + (seed >> 16) % 7);
    }
}

/* a string of length len at src+a (no NUL inside), dst filled differently */
static void setup(size_t a, size_t len, unsigned seed)
{
    memset(area, 0x55, 3 * PAGE);
    fill(src + a, len, seed);
    src[a + len] = 0;
    fill(dst, 2 * MAXLEN + 64, seed + 1);
}

static uint64_t off(const void *p) { return p ? (uint64_t)((const unsigned char *)p - area) : 0xdeadull; }

typedef void (*TestFn)(size_t sa, size_t da, size_t len);

static void t_memcpy(size_t sa, size_t da, size_t len) { mix(off(memcpy(dst + da, src + sa, len))); mixbuf(dst, 2 * MAXLEN); }
static void t_memcpy_ptr(size_t sa, size_t da, size_t len) { mix(off(p_memcpy(dst + da, src + sa, len))); mixbuf(dst, 2 * MAXLEN); }
static void t_memmove(size_t sa, size_t da, size_t len)
{
    /* overlapping both ways inside dst */
    mix(off(memmove(dst + da, dst + sa, len)));
    mixbuf(dst, 2 * MAXLEN);
    mix(off(memmove(dst + sa + 3, dst + da, len)));
    mixbuf(dst, 2 * MAXLEN);
}
static void t_memset(size_t sa, size_t da, size_t len) { mix(off(memset(dst + da, (int)(sa * 37 + 0x100), len))); mixbuf(dst, 2 * MAXLEN); }
static void t_memcmp(size_t sa, size_t da, size_t len)
{
    memcpy(dst + da, src + sa, len);
    mix((uint64_t)sgn(memcmp(dst + da, src + sa, len)));
    if (len) {
        dst[da + len / 2] ^= 0x80;
        mix((uint64_t)sgn(memcmp(dst + da, src + sa, len)));
        mix((uint64_t)sgn(memcmp(src + sa, dst + da, len)));
        mix(bcmp(dst + da, src + sa, len) != 0);
    }
}
static void t_memchr(size_t sa, size_t da, size_t len)
{
    for (int c = 'a'; c <= 'h'; c++) {
        mix(off(memchr(src + sa, c, len)));
        mix(off(memrchr(src + sa, c, len)));
    }
    mix(off(memchr(src + sa, 0, len + 1)));
}
static void t_strlen(size_t sa, size_t da, size_t len)
{
    mix(strlen((char *)src + sa));
    mix(p_strlen((char *)src + sa));
    mix(strnlen((char *)src + sa, da * 20));
    mix(strnlen((char *)src + sa, len + 5));
}
static void t_strcmp(size_t sa, size_t da, size_t len)
{
    char *s = (char *)src + sa, *d = (char *)dst + da;
    strcpy(d, s);
    mix((uint64_t)sgn(strcmp(d, s)));
    mix((uint64_t)sgn(strncmp(d, s, len)));
    if (len) {
        d[len - 1 - len / 3] = 'z';
        mix((uint64_t)sgn(strcmp(d, s)));
        mix((uint64_t)sgn(p_strcmp(s, d)));
        mix((uint64_t)sgn(strncmp(d, s, len / 2 + 1)));
        mix((uint64_t)sgn(strncmp(s, d, len)));
        d[len / 2] = 0;
        mix((uint64_t)sgn(strcmp(d, s)));
        mix((uint64_t)sgn(strcmp(s, d)));
    }
}
static void t_strcpy(size_t sa, size_t da, size_t len)
{
    char *s = (char *)src + sa, *d = (char *)dst + da;
    mix(off(strcpy(d, s))); mixbuf(dst, 2 * MAXLEN);
    mix(off(stpcpy(d + 1, s))); mixbuf(dst, 2 * MAXLEN);
    mix(off(strncpy(d, s, len / 2 + sa))); mixbuf(dst, 2 * MAXLEN);
    mix(off(strncpy(d, s, len + da))); mixbuf(dst, 2 * MAXLEN);
    mix(off(stpncpy(d, s, len / 3 + da))); mixbuf(dst, 2 * MAXLEN);
    mix(off(stpncpy(d, s, len + 2))); mixbuf(dst, 2 * MAXLEN);
}
static void t_strcat(size_t sa, size_t da, size_t len)
{
    char *s = (char *)src + sa, *d = (char *)dst + da;
    d[len / 4] = 0;
    mix(off(strcat(d, s + len / 2))); mixbuf(dst, 2 * MAXLEN);
    d[len / 3] = 0;
    mix(off(strncat(d, s, len / 2))); mixbuf(dst, 2 * MAXLEN);
    mix(off(strncat(d, s, len + 7))); mixbuf(dst, 2 * MAXLEN);
}
static void t_strchr(size_t sa, size_t da, size_t len)
{
    char *s = (char *)src + sa;
    for (int c = 'a'; c <= 'h'; c++) {
        mix(off(strchr(s, c)));
        mix(off(strrchr(s, c)));
        mix(off(strchrnul(s, c)));
    }
    mix(off(strchr(s, 0)));
    mix(off(strrchr(s, 0)));
    mix(off(strchr(s, 'a' + 256)));     /* the int is converted to char */
}
static void t_strstr(size_t sa, size_t da, size_t len)
{
    char *s = (char *)src + sa;
    char needle[8];
    size_t nl = len < 3 ? len : 3;
    memcpy(needle, s + len / 2, nl);
    needle[nl] = 0;
    mix(off(strstr(s, needle)));
    mix(off(strstr(s, "abc")));
    mix(off(strstr(s, "")));
    mix(strspn(s, "abcd"));
    mix(strcspn(s, "fg"));
    mix(strspn(s, ""));
    mix(off(strpbrk(s, "eg")));
    mix(off(strpbrk(s, "z")));
}

static const struct { const char *name; TestFn fn; } tests[] = {
    { "memcpy", t_memcpy }, { "memcpy-ptr", t_memcpy_ptr }, { "memmove", t_memmove },
    { "memset", t_memset }, { "memcmp", t_memcmp }, { "memchr", t_memchr },
    { "strlen", t_strlen }, { "strcmp", t_strcmp }, { "strcpy", t_strcpy },
    { "strcat", t_strcat }, { "strchr", t_strchr }, { "strstr", t_strstr },
};
#define NTESTS (sizeof(tests) / sizeof(tests[0]))

/* every alignment of both buffers (0..15) for lengths 0..MAXLEN */
static void run_table(unsigned stride, unsigned astep)
{
    for (size_t t = 0; t < NTESTS; t++) {
        h = 0xcbf29ce484222325ull;
        for (size_t len = 0; len <= MAXLEN; len += (len < 40 ? 1 : stride)) {
            for (size_t sa = 0; sa < 16; sa += astep) {
                for (size_t da = 0; da < 16; da += (len < 40 ? astep : 5)) {
                    setup(sa, len, (unsigned)(len * 31 + sa));
                    tests[t].fn(sa, da, len);
                }
            }
        }
        printf("%-10s %016llx\n", tests[t].name, (unsigned long long)h);
    }
}

/* strings that end exactly before the PROT_NONE page */
static void page_end(void)
{
    unsigned char *guard = area + 3 * PAGE;
    h = 0xcbf29ce484222325ull;
    for (size_t len = 0; len < 80; len++) {
        char *s = (char *)guard - len - 1;
        memset(area + 2 * PAGE, 'q', PAGE);
        fill((unsigned char *)s, len, (unsigned)len);
        s[len] = 0;
        mix(strlen(s)); mix(strnlen(s, 1000)); mix(off(strchr(s, 'b'))); mix(off(strrchr(s, 'c')));
        mix(off(strchr(s, 0))); mix(off(memchr(s, 0, len + 1))); mix(strspn(s, "abc"));
        mix((uint64_t)sgn(strcmp(s, (char *)guard - 40)));
        mix((uint64_t)sgn(memcmp(s, (char *)guard - len - 1, len + 1)));
        char *d = (char *)guard - 2 * len - 2;
        if (d >= (char *)area + 2 * PAGE) {
            memmove(d, s, len + 1);
            mix(off(strcpy((char *)area + PAGE, s)));
            mixbuf(area + PAGE, 100);
        }
    }
    printf("%-10s %016llx\n", "page-end", (unsigned long long)h);
}

/* ---- faults --------------------------------------------------------------------- */

static sigjmp_buf jb;
static volatile uintptr_t fault_addr;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
    fault_addr = (uintptr_t)si->si_addr;
    siglongjmp(jb, 1);
}

#define FAULT(name, call) do {                                                         \
        fault_addr = 0;                                                                 \
        if (sigsetjmp(jb, 1) == 0) {                                                    \
            volatile int64_t r = (int64_t)(intptr_t)(call);                             \
            printf("%-28s no fault (%s)\n", name, r ? (r < 0 ? "<0" : ">0") : "0");     \
        } else {                                                                        \
            uintptr_t a_ = fault_addr, base_ = (uintptr_t)area;                         \
            if (a_ >= base_ && a_ < base_ + 4 * PAGE)                                   \
                printf("%-28s SIGSEGV at area+%llu\n", name, (unsigned long long)(a_ - base_)); \
            else                                                                        \
                printf("%-28s SIGSEGV at %#llx\n", name, (unsigned long long)a_);       \
        }                                                                               \
    } while (0)

static void faults(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    char *guard = (char *)area + 3 * PAGE;
    char *volatile nul = NULL;
    /* a string running into the PROT_NONE page */
    memset(guard - 64, 'x', 64);
    FAULT("strlen(unterminated)", strlen(guard - 37));
    FAULT("strnlen(unterminated,200)", strnlen(guard - 37, 200));
    FAULT("strnlen(unterminated,37)", strnlen(guard - 37, 37));
    FAULT("strchr(unterminated)", strchr(guard - 5, 'q'));
    FAULT("strcmp(unterminated)", strcmp(guard - 20, guard - 20));
    FAULT("strcpy(src unterminated)", strcpy((char *)area + PAGE, guard - 30));
    FAULT("memcpy(src past end)", memcpy(area + PAGE, guard - 100, 300));
    FAULT("memcpy(dst past end)", memcpy(guard - 10, area, 40));
    FAULT("memset(dst past end)", memset(guard - 3000, 1, 3100));
    FAULT("memcmp(equal into guard)", memcmp(guard - 16, guard - 16, 64));
    FAULT("memchr(into guard)", memchr(guard - 16, 'q', 64));
    FAULT("strlen(NULL)", strlen(nul));
    FAULT("memcpy(dst, NULL, 8)", memcpy(area, nul, 8));
    FAULT("memset(NULL, 0, 16)", memset(nul, 0, 16));
    FAULT("strcmp(NULL, s)", strcmp(nul, "abc"));
    FAULT("memcpy(wild)", memcpy(area, (void *)(uintptr_t)0x10000000dead0ull, 8));
    /* not faults: what the routine never reads */
    FAULT("memcpy(NULL, NULL, 0)", memcpy(nul, nul, 0));
    FAULT("strncmp(diff before guard)", strncmp(guard - 4, "xxy", 100));
    FAULT("memchr(found before guard)", memchr(guard - 16, 'x', 1000));
}

/* ---- writes to a page holding code ------------------------------------------------- */

/* "return n" in the machine's own code */
static size_t ret_const(unsigned char *p, unsigned n)
{
#if defined(__aarch64__)
    uint32_t c[2] = { 0x52800000u | (n << 5), 0xd65f03c0u };     /* mov w0, #n; ret */
#elif defined(__riscv)
    uint32_t c[2] = { (n << 20) | (10u << 7) | 0x13u, 0x00008067u }; /* li a0, n; ret */
#else
    unsigned char c[6] = { 0xb8, (unsigned char)n, 0, 0, 0, 0xc3 };  /* mov eax, n; ret */
#endif
    memcpy(p, c, sizeof(c));
    return sizeof(c);
}

static void smc(void)
{
    unsigned char *page = mmap(NULL, PAGE, PROT_READ | PROT_WRITE | PROT_EXEC,
                               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    unsigned char code[16];
    if (page == MAP_FAILED)
        return;
    unsigned char *data = page + 2048;
    for (int i = 0; i < 256; i++)
        data[i] = (unsigned char)i;
    for (unsigned round = 1; round <= 5; round++) {
        size_t n = ret_const(code, round);
        memcpy(page, code, n);                      /* through the bypass */
        __builtin___clear_cache((char *)page, (char *)page + n);
        int (*fn)(void) = (int (*)(void))page;
        int r = fn();
        memmove(data + 1, data, 200);               /* overlapping, same page as the code */
        mix(data[0]); mix(data[100]); mix(data[200]);
        memset(data + 210, (int)round, 10);
        mixbuf(data, 256);
        printf("smc round %u: code returned %d, data %u %u %u\n", round, r, data[1], data[100], data[201]);
    }
}

static void cmpraw(void)
{
    static const char *const s[] = { "c", "b", "abz", "aba", "\x80", "a", "ab", "abc", "a\xff", "a\x01",
                                      "xxxxxxxxxxxxxxxxxxxxxxq", "xxxxxxxxxxxxxxxxxxxxxxa", "", "z" };
    for (size_t i = 0; i + 1 < sizeof(s) / sizeof(s[0]); i++) {
        size_t n = strlen(s[i]) < strlen(s[i + 1]) ? strlen(s[i]) : strlen(s[i + 1]);
        printf("%d %d %d %d\n", strcmp(s[i], s[i + 1]), strncmp(s[i], s[i + 1], 30),
               memcmp(s[i], s[i + 1], n + 1), bcmp(s[i], s[i + 1], n + 1) != 0);
    }
    for (size_t len = 1; len < 300; len += 7) {
        setup(len % 16, len, (unsigned)len);
        memcpy(dst, src + len % 16, len);
        dst[len - 1 - len / 3] = (unsigned char)(dst[len - 1 - len / 3] + 1 + len % 50);
        printf("%zu: %d %d %d\n", len, memcmp(src + len % 16, dst, len), memcmp(dst, src + len % 16, len),
               strncmp((char *)dst, (char *)src + len % 16, len));
    }
}

/* ---- libm ------------------------------------------------------------------------ */

static uint64_t xs = 88172645463325252ull;
static double rnd(int k)
{
    xs ^= xs << 13; xs ^= xs >> 7; xs ^= xs << 17;
    double d;
    uint64_t b = xs;
    if (k == 0) {
        memcpy(&d, &b, 8);
        return d;
    }
    return ((double)(b >> 11) / 9007199254740992.0 - 0.5) * (k == 1 ? 20 : 1400);
}

static void math(void)
{
    static double (*const f[])(double) = { exp, log, log2, log10, expm1, log1p, sin, cos, tan, atan };
    static const char *const n[] = { "exp", "log", "log2", "log10", "expm1", "log1p", "sin", "cos", "tan", "atan" };
    for (unsigned i = 0; i < sizeof(f) / sizeof(f[0]); i++) {
        h = 0xcbf29ce484222325ull;
        for (int j = 0; j < 100000; j++) {
            double x = rnd(j % 3), r = f[i](x);
            uint64_t b;
            memcpy(&b, &r, 8);
            mix(r != r ? 0x7ff8000000000000ull : b);   /* NaN bits are the ISA's own */
        }
        /* errno and special values */
        static const double special[] = { 0.0, -0.0, -1.0, 1000.0, -1000.0, 1e-320, INFINITY, -INFINITY };
        for (unsigned k = 0; k < sizeof(special) / sizeof(special[0]); k++) {
            errno = 0;
            double r = f[i](special[k]);
            mix((uint64_t)errno);
            mix(r != r ? 1 : isinf(r) ? (r > 0 ? 2 : 3) : r == 0 ? (signbit(r) ? 5 : 4) : 6);
        }
        printf("%-10s %016llx\n", n[i], (unsigned long long)h);
    }
}

/* ---- threads -------------------------------------------------------------------- */

static void *thread_main(void *arg)
{
    char buf[512], out[600];
    unsigned seed = (unsigned)(uintptr_t)arg;
    uint64_t acc = 0;
    for (int i = 0; i < 20000; i++) {
        size_t n = (size_t)(i * 7 + seed) % 400;
        memset(buf, 'a' + (int)(seed % 20), n);
        buf[n] = 0;
        acc += strlen(buf);
        memcpy(out, buf, n + 1);
        acc += (uint64_t)(strcmp(out, buf) == 0);
        acc += (uint64_t)(strchr(out, 'z') == NULL);
    }
    return (void *)(uintptr_t)acc;
}

static void threads(void)
{
    pthread_t th[4];
    for (uintptr_t i = 0; i < 4; i++)
        pthread_create(&th[i], NULL, thread_main, (void *)i);
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(th[i], &r);
        printf("thread %d: %llu\n", i, (unsigned long long)(uintptr_t)r);
    }
}

/* ---- benchmark ---------------------------------------------------------------------- */

static void bench(long n)
{
    /* text lines of 20 to 620 bytes, a 150 KiB output buffer */
    static char lines[256][640];
    for (int i = 0; i < 256; i++) {
        fill((unsigned char *)lines[i], 639, (unsigned)i * 7);
        lines[i][20 + (i * 37) % 600] = 0;
    }
    static char buf[1 << 18];
    uint64_t acc = 0;
    for (long it = 0; it < n; it++) {
        size_t pos = 0;
        for (int i = 0; i < 256; i++) {
            size_t l = strlen(lines[i]);
            memcpy(buf + pos, lines[i], l);
            pos += l;
            acc += (uint64_t)(strcmp(lines[i], lines[(i + 1) & 255]) > 0);
            acc += (uint64_t)(uintptr_t)strchr(lines[i], 'g') & 1;
        }
        memmove(buf + 1, buf, pos);
        acc += (uint64_t)(memchr(buf, 'a' + it % 7, pos) != NULL) + (uint64_t)buf[pos / 2];
    }
    printf("bench %llu\n", (unsigned long long)acc);
}

/* n calls of strlen on a 1-byte string: the per-call cost */
static void calls(long n)
{
    static char s[2] = "x";
    size_t (*volatile f)(const char *) = strlen;
    uint64_t acc = 0;
    for (long i = 0; i < n; i++)
        acc += f(s);
    printf("calls %llu\n", (unsigned long long)acc);
}

int main(int argc, char **argv)
{
    area = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (area == MAP_FAILED || mprotect(area + 3 * PAGE, PAGE, PROT_NONE))
        return 1;
    src = area + 64;
    dst = area + PAGE + 64;
    const char *mode = argc > 1 ? argv[1] : "funcs";
    if (strcmp(mode, "funcs") == 0) {
        run_table(argc > 2 ? (unsigned)atoi(argv[2]) : 1, argc > 3 ? (unsigned)atoi(argv[3]) : 1);
        page_end();
    } else if (strcmp(mode, "faults") == 0) {
        faults();
    } else if (strcmp(mode, "cmpraw") == 0) {
        cmpraw();
    } else if (strcmp(mode, "math") == 0) {
        math();
    } else if (strcmp(mode, "smc") == 0) {
        smc();
    } else if (strcmp(mode, "threads") == 0) {
        threads();
    } else if (strcmp(mode, "calls") == 0) {
        calls(argc > 2 ? atol(argv[2]) : 1000000);
    } else if (strcmp(mode, "bench") == 0) {
        bench(argc > 2 ? atol(argv[2]) : 1000);
    } else {
        return 2;
    }
    return 0;
}
