/*
 * Randomized differential test of the backends at the IR level: random
 * blocks (every pure op, constants, loads/stores, atomics, forward branches,
 * helper calls, checked double ops) run under the interpreter and the JIT
 * from the same initial state must leave the same registers, memory, exit
 * and host FP flags.  This is what
 * catches register-allocator mistakes (spills, clobbers, liveness).
 *
 * XRUN_FUZZ_ITERS sets the number of blocks (default 3000) and
 * XRUN_FUZZ_SEED the seed, for long runs: XRUN_FUZZ_ITERS=1000000.
 */
#include <criterion/criterion.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "translator/hostfp.h"
#include "translator/translator.h"

#define NREGS 8
#define MEMSIZE 4096

typedef struct FCPU {
    GuestCPU common;
    uint64_t r[NREGS];
} FCPU;

static IRGlobal fglobals[NREGS + 1];
static uint64_t rng;

static uint64_t rnd(void)
{
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return rng;
}
static unsigned rndn(unsigned n) { return (unsigned)(rnd() % n); }

static uint64_t rnd_value(void)
{
    static const uint64_t special[] = { 0, 1, 2, 63, 64, ~0ull, 0x7fffffffffffffffull,
        0x8000000000000000ull, 0xffffffff, 0x80000000, 0x7fffffff, 0xff, 0x80, 0x100000000ull };
    switch (rndn(4)) {
    case 0: return special[rndn(sizeof(special) / sizeof(special[0]))];
    case 1: return rndn(200) - 100;
    default: return rnd();
    }
}

static uint64_t h_mix(void *cpu, uint64_t a, uint64_t b, uint64_t c, uint64_t d)
{
    ((FCPU *)cpu)->r[7] ^= a;               /* writes a global */
    return a * 31 + b * 7 + c + d;
}

/* touches no global: only a CPU field no IR op uses */
static uint64_t scratch_acc;
static uint64_t h_noglob(void *cpu, uint64_t a, uint64_t b, uint64_t c, uint64_t d)
{
    (void)cpu;
    scratch_acc += a;
    return (a ^ (b << 1)) + c * 3 - d;
}
static uint32_t helper_ng, helper_fpc;

/* fpu64c's fallback: touches no global; a result the host op cannot give.
 * It overwrites every caller-saved register, as a real helper may. */
static uint64_t h_fpc(void *cpu, uint64_t a, uint64_t b, uint64_t c, uint64_t ctl)
{
    (void)cpu;
#if defined(__x86_64__)
    __asm__ volatile("mov $0x5a5a5a5a, %%ecx\n\tmov %%rcx, %%rdx\n\tmov %%rcx, %%rsi\n\t"
                     "mov %%rcx, %%rdi\n\tmov %%rcx, %%r8\n\tmov %%rcx, %%r9\n\t"
                     "mov %%rcx, %%r10\n\tmov %%rcx, %%r11"
                     ::: "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11");
#endif
    return (a ^ (b * 3) ^ (c << 1) ^ ctl) | 0x7ff0000000000001ull;
}

typedef struct Gen {
    IRBlock *b;
    IRTemp defined[256];
    unsigned ndef;
} Gen;

static IRTemp pick(Gen *g) { return g->defined[rndn(g->ndef)]; }

static IRTemp dest(Gen *g)
{
    if (rndn(3) == 0 || g->ndef >= 200)
        return 1 + rndn(NREGS);             /* a global */
    IRTemp t = ir_new_temp(g->b);
    g->defined[g->ndef++] = t;
    return t;
}

static IRTemp addr_temp(Gen *g, unsigned size)
{
    IRTemp t = ir_new_temp(g->b);
    ir_opi(g->b, IR_and, t, pick(g), (MEMSIZE - 8) & ~(uint64_t)(size - 1));
    return t;
}

static void gen_op(Gen *g, uint32_t helper)
{
    static const IROpc bin[] = { IR_add, IR_sub, IR_mul, IR_mulsh, IR_muluh, IR_mulsuh, IR_divs,
        IR_divu, IR_rems, IR_remu, IR_and, IR_or, IR_xor, IR_andc, IR_orc, IR_shl, IR_shr,
        IR_sar, IR_rotl, IR_rotr, IR_rotr32 };
    static const IROpc un[] = { IR_mov, IR_neg, IR_not, IR_ext8s, IR_ext8u, IR_ext16s, IR_ext16u,
        IR_ext32s, IR_ext32u, IR_clz, IR_ctz, IR_popcnt, IR_bswap16, IR_bswap32, IR_bswap64 };
    IRBlock *b = g->b;
    unsigned k = rndn(104);
    if (k < 10) {
        ir_movi(b, dest(g), rnd_value());
    } else if (k < 39) {
        IRTemp a = pick(g), c = rndn(3) ? pick(g) : ir_const(b, rnd_value());
        ir_op2(b, bin[rndn(sizeof(bin) / sizeof(bin[0]))], dest(g), a, c);
    } else if (k < 45) {
        /* a 32-bit guest op: the op, then ext32u of its result, that result's
         * only reader (the JIT computes such pairs in 32 bits) */
        static const IROpc w[] = { IR_add, IR_sub, IR_mul, IR_and, IR_or, IR_xor, IR_shl, IR_rotr32, IR_andc };
        IROpc o = w[rndn(sizeof(w) / sizeof(w[0]))];
        if (rndn(4) == 1) {
            /* address arithmetic: x << 0..4 added to y (the JIT makes a lea of
             * shl + add), then maybe an ext32u of the sum */
            IRTemp x = pick(g), y = pick(g), t = ir_new_temp(b);
            ir_op2(b, IR_shl, t, x, ir_const(b, rndn(5)));
            bool ext = rndn(2);
            IRTemp sum = ext ? ir_new_temp(b) : dest(g);
            if (rndn(2))
                ir_op2(b, IR_add, sum, y, t);
            else
                ir_op2(b, IR_add, sum, t, y);
            if (ext)
                ir_op1(b, IR_ext32u, dest(g), sum);
            return;
        }
        if (rndn(4) == 0) {
            /* and/or with a not (the optimizer makes andc/orc of them) */
            IRTemp x = pick(g), n = rndn(2) ? ir_new_temp(b) : dest(g);
            ir_op1(b, IR_not, n, x);
            if (rndn(2))
                ir_op2(b, rndn(2) ? IR_and : IR_or, dest(g), pick(g), n);
            else
                ir_op2(b, rndn(2) ? IR_and : IR_or, dest(g), n, pick(g));
            return;
        }
        bool count = o == IR_shl || o == IR_rotr32;
        IRTemp t = ir_new_temp(b);
        IRTemp c = rndn(2) ? pick(g) : ir_const(b, count ? rndn(70) : rnd_value());
        ir_op2(b, o, t, pick(g), c);
        ir_op1(b, IR_ext32u, dest(g), t);
    } else if (k < 60) {
        ir_op1(b, un[rndn(sizeof(un) / sizeof(un[0]))], dest(g), pick(g));
    } else if (k < 66) {
        IRTemp c = rndn(2) ? pick(g) : ir_const(b, rnd_value());
        IRTemp x0 = pick(g), s = dest(g);
        ir_setcond(b, (IRCond)rndn(IR_NUM_CONDS), s, x0, c);
        if (rndn(2)) {
            /* a select on it (CSEL), which the optimizer turns into a select on the compare */
            IRTemp x = pick(g), y = pick(g);
            if (rndn(4) == 0)
                ir_op2(b, IR_add, pick(g) == s ? s : x, x, y);     /* may change an input */
            ir_movcond(b, rndn(2) ? IR_NE : IR_EQ, dest(g), s, ir_const(b, 0), x, y);
        }
    } else if (k < 68) {
        /* doubles from small integers and special values, or raw bits */
        IRTemp x = pick(g), y = pick(g);
        unsigned fo = rndn(IR_FPU_FROM_I32 + 2);
        ir_fpu64(b, dest(g), fo > IR_FPU_FROM_I32 ? IR_FPU_CMP3 : (IRFpuOp)fo, x, y,
                 rndn(2) ? 0x7ff8000000000000ull : 0);
    } else if (k < 71) {
        ir_movcond(b, (IRCond)rndn(IR_NUM_CONDS), dest(g), pick(g), pick(g), pick(g), pick(g));
    } else if (k < 80) {
        unsigned mo = rndn(8);
        IRTemp a = addr_temp(g, ir_mo_bytes(mo));
        ir_ld(b, dest(g), a, (IRMemOp)mo);
    } else if (k < 88) {
        unsigned mo = rndn(4);
        IRTemp a = addr_temp(g, ir_mo_bytes(mo));
        ir_st(b, pick(g), a, (IRMemOp)mo);
    } else if (k < 91) {
        unsigned mo = 2 + rndn(2) + (rndn(2) ? IR_MO_SIGN : 0);
        IRTemp a = addr_temp(g, ir_mo_bytes(mo));
        ir_atomic_rmw(b, dest(g), a, pick(g), (IRMemOp)mo, (IRAtomicOp)rndn(IR_NUM_AMO));
    } else if (k < 93) {
        unsigned mo = 2 + rndn(2);
        IRTemp a = addr_temp(g, ir_mo_bytes(mo));
        ir_atomic_cmpxchg(b, dest(g), a, pick(g), pick(g), (IRMemOp)mo);
    } else if (k < 94) {
        ir_call(b, helper, rndn(2) ? dest(g) : IR_NOTEMP, pick(g), pick(g), pick(g), pick(g));
    } else if (k < 96) {
        ir_call(b, helper_ng, dest(g), pick(g), pick(g), pick(g), pick(g));
    } else if (k >= 100) {
        /* checked double op: raw bits (small integers are subnormals, random
         * ones anything), no, a zero or a random f */
        static const unsigned flags[] = { 0, IR_FPC_CHECK, IR_FPC_NAN, IR_FPC_CHECK | IR_FPC_NAN };
        static const IRFpuOp ops[] = { IR_FPU_ADD, IR_FPU_SUB, IR_FPU_MUL, IR_FPU_DIV, IR_FPU_SQRT,
            IR_FPU_FROM_I64, IR_FPU_FROM_I32, IR_FPU_FMA, IR_FPU_TO_I64Z, IR_FPU_TO_I32Z };
        IRFpuOp op = ops[rndn(sizeof(ops) / sizeof(ops[0]))];
        bool to_int = op == IR_FPU_TO_I64Z || op == IR_FPU_TO_I32Z;
        bool unary = op == IR_FPU_SQRT || op == IR_FPU_FROM_I64 || op == IR_FPU_FROM_I32 || to_int;
        unsigned fk = rndn(4);
        IRTemp f = fk == 0 ? IR_NOTEMP : fk == 1 ? ir_const(b, 0) : pick(g);
        IRTemp x = pick(g), y = unary ? IR_NOTEMP : pick(g);
        IRTemp z = op == IR_FPU_FMA || rndn(2) ? pick(g) : IR_NOTEMP;
        bool can32 = op <= IR_FPU_SQRT || op == IR_FPU_FMA;
        unsigned fl = to_int ? IR_FPC_IMIN * rndn(2) : flags[rndn(4)] | (can32 && rndn(2) ? IR_FPC_F32 : 0);
        ir_fpu64c(b, dest(g), op, fl, x, y, z, f, helper_fpc,
                  rndn(2) ? (uint64_t)rndn(1u << 20) << 32 : 0);
    } else {
        /* forward branch over a few ops; temps defined inside are not used after */
        uint32_t l = ir_new_label(b);
        IRTemp c = rndn(2) ? pick(g) : ir_const(b, rnd_value());
        ir_brcond(b, (IRCond)rndn(IR_NUM_CONDS), pick(g), c, l);
        unsigned saved = g->ndef, n = 1 + rndn(5);
        for (unsigned i = 0; i < n; i++)
            gen_op(g, helper);
        g->ndef = saved;
        ir_set_label(b, l);
    }
}

static FCPU *new_cpu(uint8_t *mem)
{
    FCPU *c = calloc(1, sizeof(FCPU) + IR_MAX_TEMPS * 8);
    c->common.jmp_cache = calloc(TB_JMP_CACHE_SIZE, sizeof(TB *));
    c->common.guest_base = mem;
    c->common.guest_limit = MEMSIZE;
    return c;
}

static void fuzz_interp_vs_jit(void)
{
    unsigned iters = getenv("XRUN_FUZZ_ITERS") ? (unsigned)atoi(getenv("XRUN_FUZZ_ITERS")) : 3000;
    uint64_t seed = getenv("XRUN_FUZZ_SEED") ? strtoull(getenv("XRUN_FUZZ_SEED"), NULL, 0) : 0x5eed;
    code_cache_init(64 << 20);
    fglobals[0] = (IRGlobal){ "pc", offsetof(FCPU, common.pc) };
    static char names[NREGS][8];
    for (int i = 0; i < NREGS; i++) {
        snprintf(names[i], sizeof(names[i]), "r%d", i);
        fglobals[1 + i] = (IRGlobal){ names[i], (uint32_t)(offsetof(FCPU, r) + 8 * i) };
    }
    uint32_t helper = ir_helper_register("mix", h_mix, 0);
    helper_ng = ir_helper_register("noglob", h_noglob, IR_HELPER_NO_GLOBALS);
    helper_fpc = ir_helper_register("fpc", h_fpc, IR_HELPER_NO_GLOBALS);
    uint8_t *mem_a = calloc(1, MEMSIZE + GUEST_GUARD_BYTES), *mem_b = calloc(1, MEMSIZE + GUEST_GUARD_BYTES);
    FCPU *ca = new_cpu(mem_a), *cb = new_cpu(mem_b);
    IRBlock blk, opt;
    ir_block_init(&blk, fglobals, NREGS + 1, sizeof(FCPU));
    ir_block_init(&opt, fglobals, NREGS + 1, sizeof(FCPU));

    for (unsigned it = 0; it < iters; it++) {
        rng = seed + it * 0x9e3779b97f4a7c15ull + 1;
        ir_block_reset(&blk, 0x1000);
        Gen g = { .b = &blk };
        for (int i = 0; i < NREGS; i++)
            g.defined[g.ndef++] = 1 + i;
        unsigned n = 1 + rndn(60);
        for (unsigned i = 0; i < n; i++)
            gen_op(&g, helper);
        ir_exit_tb(&blk, IR_EXIT_SYSCALL);

        for (int i = 0; i < NREGS; i++)
            ca->r[i] = cb->r[i] = rnd_value();
        for (int i = 0; i < MEMSIZE; i++)
            mem_a[i] = mem_b[i] = (uint8_t)rnd();
        /* The oracle runs the block as generated; the JIT runs it optimized,
         * so the optimizer is checked too. */
        ir_block_copy(&opt, &blk);
        ir_optimize(&opt);
        TB ta = { 0 }, tbb = { 0 };
        if (!backend_interp.gen_code(&ta, &blk) || !backend_jit.gen_code(&tbb, &opt)) {
            code_cache_flush();
            it--;
            continue;
        }
        hostfp_take();
        IRExit xa = backend_interp.exec(&ca->common, &ta);
        uint32_t fa = hostfp_take();
        IRExit xb = backend_jit.exec(&cb->common, &tbb);
        uint32_t fb = hostfp_take();
        cr_assert_eq(xa, xb, "iteration %u: exit %d vs %d", it, xa, xb);
        /* the host FP flags raised are part of the result (fpu64c's f test
         * comes before the host op) */
        cr_assert_eq(fa, fb, "iteration %u (seed 0x%lx): host FP flags %#x vs %#x", it,
                     (unsigned long)seed, fa, fb);
        for (int i = 0; i < NREGS; i++) {
            if (ca->r[i] != cb->r[i]) {
                ir_dump(&blk, stderr);
                fprintf(stderr, "optimized:\n");
                ir_dump(&opt, stderr);
                cr_assert_fail("iteration %u (seed 0x%lx): r%d interp 0x%lx jit 0x%lx",
                               it, (unsigned long)seed, i, ca->r[i], cb->r[i]);
            }
        }
        if (memcmp(mem_a, mem_b, MEMSIZE) != 0) {
            ir_dump(&blk, stderr);
            cr_assert_fail("iteration %u: memory differs", it);
        }
    }
}

Test(ir_fuzz, interp_vs_optimized_jit, .timeout = 600)
{
    fuzz_interp_vs_jit();
}

/* The same without BMI1/BMI2 (rorx andn shlx...): the plain x86 encodings. */
Test(ir_fuzz, interp_vs_optimized_jit_no_bmi, .timeout = 600)
{
    setenv("XRUN_JIT_NO_BMI", "1", 1);
    fuzz_interp_vs_jit();
}

/*
 * Division by a constant (the JIT multiplies by a magic number, shifts or
 * masks instead of dividing): divu and remu by many divisors (small, powers
 * of two and their neighbours, the "add" magic cases such as 7, large and
 * random ones) of edge and random dividends, checked against the host's
 * division.
 */
Test(ir_fuzz, divu_remu_by_constant, .timeout = 120)
{
    code_cache_init(64 << 20);
    fglobals[0] = (IRGlobal){ "pc", offsetof(FCPU, common.pc) };
    for (int i = 0; i < NREGS; i++)
        fglobals[1 + i] = (IRGlobal){ "r", (uint32_t)(offsetof(FCPU, r) + 8 * i) };
    uint8_t *mem = calloc(1, MEMSIZE + GUEST_GUARD_BYTES);
    FCPU *cpu = new_cpu(mem);
    IRBlock blk;
    ir_block_init(&blk, fglobals, NREGS + 1, sizeof(FCPU));
    rng = 0x12345;
    static const uint64_t fixed[] = { 1, 2, 3, 5, 6, 7, 10, 11, 13, 25, 60, 100, 641, 1000, 1000003,
        65535, 65536, 65537, 0x7fffffff, 0x80000000, 0x80000001, 0xffffffff, 0x100000000ull,
        0x100000001ull, 6700417, 274177, 0x3fffffffffffffffull, 0x4000000000000001ull,
        0x7ffffffffffffffeull, 0x7fffffffffffffffull, 0x4000000000000000ull };
    unsigned nk = sizeof(fixed) / sizeof(fixed[0]);
    for (unsigned ki = 0; ki < nk + 400; ki++) {
        uint64_t k = ki < nk ? fixed[ki] : rnd() >> (1 + rndn(63));
        if (k == 0)
            k = 9;
        ir_block_reset(&blk, 0x1000);
        IRTemp kt = ir_const(&blk, k);
        ir_op2(&blk, IR_divu, 2, 1, kt);
        ir_op2(&blk, IR_remu, 3, 1, kt);
        ir_op2(&blk, IR_divu, 4, 1, kt);    /* dividend in place */
        ir_op2(&blk, IR_remu, 1, 1, kt);
        ir_exit_tb(&blk, IR_EXIT_SYSCALL);
        ir_optimize(&blk);
        TB tb = { 0 };
        cr_assert(backend_jit.gen_code(&tb, &blk));
        for (unsigned ai = 0; ai < 64; ai++) {
            uint64_t a = ai < 8 ? (uint64_t[]){ 0, 1, k - 1, k, k + 1, ~0ull, ~0ull - k, k * 3 }[ai]
                       : ai < 16 ? ~0ull - ai : rnd() >> rndn(64);
            cpu->r[0] = a;
            cpu->r[1] = cpu->r[2] = cpu->r[3] = 0x5555;
            backend_jit.exec(&cpu->common, &tb);
            cr_assert_eq(cpu->r[1], a / k, "divu 0x%lx / 0x%lx", (unsigned long)a, (unsigned long)k);
            cr_assert_eq(cpu->r[2], a % k, "remu 0x%lx %% 0x%lx", (unsigned long)a, (unsigned long)k);
            cr_assert_eq(cpu->r[3], a / k);
            cr_assert_eq(cpu->r[0], a % k);
        }
    }
}
