/*
 * A tiny JIT: emits "return x + K" functions for the machine it runs on
 * (x86_64 for the native oracle, aarch64, riscv64), flushes the instruction
 * cache with __builtin___clear_cache as JITs do (IC IVAU per line on aarch64,
 * the riscv_flush_icache syscall on riscv64) and calls them.  Covers the
 * ways a JIT changes code: in place in an RWX page already run, appended
 * next to code already run, W^X by mprotect or by a fresh MAP_FIXED page
 * over the run one, and through a second (RW) mapping of a memfd whose RX
 * mapping runs (there only the cache flush says the code changed; qemu-user
 * misses that case).  Prints checksums of the results.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

typedef long (*fn_t)(long);
enum { PAGE = 4096, STRIDE = 64 };

/* Emit "return x + k" (0 <= k < 2048) at p; returns its size. */
static size_t emit_add(uint8_t *p, unsigned k)
{
#if defined(__x86_64__)
    static const uint8_t lea[] = { 0x48, 0x8d, 0x87 };     /* lea rax, [rdi + imm32] */
    memcpy(p, lea, 3);
    uint32_t imm = k;
    memcpy(p + 3, &imm, 4);
    p[7] = 0xc3;                                            /* ret */
    return 8;
#elif defined(__aarch64__)
    uint32_t ins[2] = { 0x91000000u | (k << 10),            /* add x0, x0, #k */
                        0xd65f03c0u };                      /* ret */
    memcpy(p, ins, 8);
    return 8;
#elif defined(__riscv)
    uint32_t ins[2] = { (k << 20) | (10u << 15) | (10u << 7) | 0x13u,   /* addi a0, a0, k */
                        0x00008067u };                                  /* ret */
    memcpy(p, ins, 8);
    return 8;
#else
#error "no code emitter for this machine"
#endif
}

static fn_t publish(uint8_t *exec, size_t len)
{
    __builtin___clear_cache((char *)exec, (char *)exec + len);
    return (fn_t)(uintptr_t)exec;
}

static unsigned next_k(unsigned *seed)
{
    *seed = *seed * 1103515245u + 12345u;
    return (*seed >> 16) % 2048;
}

/* The same function rewritten in place many times (an RWX page). */
static void in_place(void)
{
    uint8_t *m = mmap(NULL, PAGE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) { puts("in_place: mmap failed"); return; }
    unsigned seed = 1, bad = 0;
    unsigned long sum = 0;
    for (int i = 0; i < 300; i++) {
        unsigned k = next_k(&seed);
        fn_t f = publish(m, emit_add(m, k));
        long r = f(1000 + i);
        bad += r != 1000 + i + (long)k;
        sum = sum * 31 + (unsigned long)r;
    }
    printf("in place: 300 rewrites, %u wrong, checksum %lx\n", bad, sum);
    munmap(m, PAGE);
}

/* Functions appended after ones already run, then all run again. */
static void appended(void)
{
    uint8_t *m = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) { puts("appended: mmap failed"); return; }
    enum { N = 4 * PAGE / STRIDE };
    unsigned ks[N], seed = 7, bad = 0;
    unsigned long sum = 0;
    for (int i = 0; i < N; i++) {
        ks[i] = next_k(&seed);
        fn_t f = publish(m + i * STRIDE, emit_add(m + i * STRIDE, ks[i]));
        long r = f(i);
        bad += r != i + (long)ks[i];
        sum = sum * 31 + (unsigned long)r;
    }
    for (int i = N - 1; i >= 0; i--) {
        long r = ((fn_t)(uintptr_t)(m + i * STRIDE))(-i);
        bad += r != -i + (long)ks[i];
        sum = sum * 31 + (unsigned long)r;
    }
    printf("appended: %d functions, %u wrong, checksum %lx\n", N, bad, sum);
    munmap(m, 4 * PAGE);
}

/* W^X: write while RW, run while RX, flipped with mprotect. */
static void wx_flip(void)
{
    uint8_t *m = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) { puts("wx: mmap failed"); return; }
    unsigned seed = 3, bad = 0;
    unsigned long sum = 0;
    for (int i = 0; i < 100; i++) {
        unsigned k = next_k(&seed);
        size_t len = emit_add(m + (i % 3) * STRIDE, k);
        if (mprotect(m, PAGE, PROT_READ | PROT_EXEC)) { puts("wx: mprotect failed"); return; }
        long r = publish(m + (i % 3) * STRIDE, len)(i);
        bad += r != i + (long)k;
        sum = sum * 31 + (unsigned long)r;
        if (i % 10 == 9)        /* sometimes a fresh page over the old one */
            m = mmap(m, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        else
            mprotect(m, PAGE, PROT_READ | PROT_WRITE);
        if (m == MAP_FAILED) { puts("wx: mmap fixed failed"); return; }
    }
    printf("w^x: 100 rewrites, %u wrong, checksum %lx\n", bad, sum);
    munmap(m, PAGE);
}

/* Dual mapping: written through an RW view, run through an RX view of the
 * same memfd; nothing but the cache flush tells that the code changed. */
static void dual_map(void)
{
    int fd = memfd_create("jit", 0);
    if (fd < 0 || ftruncate(fd, PAGE)) { puts("dual: memfd failed"); return; }
    uint8_t *w = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    uint8_t *x = mmap(NULL, PAGE, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    close(fd);
    if (w == MAP_FAILED || x == MAP_FAILED) { puts("dual: mmap failed"); return; }
    unsigned seed = 5, bad = 0;
    unsigned long sum = 0;
    for (int i = 0; i < 200; i++) {
        unsigned k = next_k(&seed);
        size_t off = (size_t)(i % 2) * STRIDE;
        size_t len = emit_add(w + off, k);
        long r = publish(x + off, len)(i);
        bad += r != i + (long)k;
        sum = sum * 31 + (unsigned long)r;
    }
    printf("dual mapping: 200 rewrites, %u wrong, checksum %lx\n", bad, sum);
    munmap(w, PAGE);
    munmap(x, PAGE);
}

int main(void)
{
    in_place();
    appended();
    wx_flip();
    dual_map();
    return 0;
}
