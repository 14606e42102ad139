/*
 * Randomized differential test at the guest level for aarch64: random
 * sequences of A64 instructions the decoder accepts (integer, loads and
 * stores of every form, exclusives, LSE atomics, FP, AdvSIMD; no control
 * flow, no system registers) with random registers, flags, FPCR and memory
 * run under the interpreter and under the JIT; the final guest state (X and
 * V registers, NZCV, FPCR, FPSR, the exclusive monitor, pc, exit reason,
 * fault address, memory) must be identical.  Exceptions are part of the
 * comparison: a fault or SIGBUS must stop both at the same instruction.
 *
 * XRUN_FUZZ_ITERS (default 400) and XRUN_FUZZ_SEED select the run; e.g.
 *   XRUN_FUZZ_ITERS=1000000 build/tests/unit/test_aarch64_fuzz
 */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "frontends/aarch64/internal.h"
#include "util/guestmem.h"

extern const GuestArch guest_aarch64;

#define CODE 0x10000ull
#define DATA 0x100000ull
#define DATA_SIZE 0x10000ull
#define MAX_INSNS 24
#define GUEST_SIZE (1ull << 32)

static uint64_t rng;
static uint64_t rnd(void)
{
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return rng;
}

static IRBlock scratch;

/* The decoder takes it and it neither branches (side exits included) nor
 * ends the block with an exit or a trap. */
static bool acceptable(uint32_t insn)
{
    if ((insn & 0xffc00000u) == 0xd5000000u)    /* system: counters are not deterministic */
        return false;
    ir_block_reset(&scratch, CODE);
    DisasContext ctx = { .b = &scratch, .pc = CODE, .pc_next = CODE + 4, .insn = insn };
    if (!a64_decode_insn(&ctx) || ctx.done)
        return false;
    for (uint32_t i = 0; i < scratch.nops; i++) {
        uint16_t o = scratch.ops[i].opc;
        if (o == IR_brcond_tb || o == IR_goto_tb || o == IR_goto_ptr || o == IR_exit_tb)
            return false;
    }
    return true;
}

/*
 * x20..x28 and sp start as pointers into the data area, x0..x7 as small
 * numbers.  Loads and stores are steered to use a pointer as base and a
 * small register (or small immediate bits) as offset, and not to overwrite
 * the pointers, so most sequences run far.
 */
static bool is_ptr_reg(unsigned r) { return r >= 20 && r <= 28; }
static unsigned rand_ptr_reg(void) { unsigned k = (unsigned)(rnd() % 10); return k == 9 ? 31 : 20 + k; }

static uint32_t steer(uint32_t w)
{
    bool ldst = ((w >> 25) & 5) == 4;
    if (ldst && rnd() % 16)
        w = (w & ~(31u << 5)) | rand_ptr_reg() << 5;
    if (ldst && rnd() % 16)
        w = (w & ~(31u << 16)) | (uint32_t)(rnd() % 8) << 16;
    if ((w & 0x3b000000u) == 0x18000000u && rnd() % 16)  /* LDR (literal): stay in the code page */
        w = (w & ~(0x7ffffu << 5)) | (uint32_t)(rnd() % 256) << 5;
    unsigned rd = w & 31;
    if ((is_ptr_reg(rd) || rd == 31) && rnd() % 16)
        w = (w & ~31u) | (uint32_t)(rnd() % 19);
    unsigned rt2 = (w >> 10) & 31;                  /* pairs, CAS: a second register */
    if (ldst && is_ptr_reg(rt2) && rnd() % 16)
        w = (w & ~(31u << 10)) | (uint32_t)(rnd() % 19) << 10;
    return w;
}

static uint32_t rand_insn(void)
{
    for (;;) {
        uint32_t w = steer((uint32_t)rnd());
        if (acceptable(w))
            return w;
    }
}

typedef struct State {
    uint64_t x[32], v[32][2], nzcv, fpcr, fpsr, excl_addr, pc, fault_addr;
    int exit, sig;
    uint8_t mem[DATA_SIZE];
} State;

/* lazy: NZCV starts in the lazy form, as the flags of lazy[0] - lazy[1] */
static void init_state(A64CPU *c, const uint64_t *x, const uint64_t (*v)[2], uint64_t nzcv, uint64_t fpcr,
                       const uint64_t *lazy)
{
    memcpy(c->x, x, sizeof(c->x));
    memcpy(c->v, v, sizeof(c->v));
    a64_nzcv_write(c, (uint32_t)nzcv << 28);
    if (lazy) {
        c->cc_op = A64_CC_SUB;
        c->cc_x = lazy[0];
        c->cc_y = lazy[1];
    }
    c->fpcr = fpcr;
    a64_fpcr_changed(c);
    a64_fpsr_write(c, 0);
    c->excl_addr = ~0ull;
    c->excl_val = c->excl_val2 = c->excl_size = 0;
    c->common.pc = CODE;
    c->common.exc_signal = 0;
    c->common.fault_addr = 0;
}

static void run(A64CPU *c, const Backend *be, State *out)
{
    tr_opts.backend = be;
    code_cache_flush();
    IRExit x;
    do
        x = cpu_exec(&c->common);
    while (x == IR_EXIT_NEXT || x == IR_EXIT_INTERRUPT);
    memcpy(out->x, c->x, sizeof(out->x));
    memcpy(out->v, c->v, sizeof(out->v));
    out->nzcv = a64_nzcv_read(c);
    out->fpcr = c->fpcr;
    out->fpsr = a64_fpsr_read(c);
    out->excl_addr = c->excl_addr;
    out->pc = c->common.pc;
    out->exit = x;
    out->sig = x == IR_EXIT_SIGNAL ? c->common.exc_signal : 0;
    out->fault_addr = x == IR_EXIT_SIGNAL || x == IR_EXIT_FAULT ? c->common.fault_addr : 0;
    memcpy(out->mem, g2h(DATA), DATA_SIZE);
}

static const char *differs(const State *a, const State *b)
{
    if (a->exit != b->exit || a->sig != b->sig) return "exit";
    if (a->pc != b->pc) return "pc";
    if (a->fault_addr != b->fault_addr) return "fault_addr";
    if (memcmp(a->x, b->x, sizeof(a->x))) return "x registers";
    if (memcmp(a->v, b->v, sizeof(a->v))) return "v registers";
    if (a->nzcv != b->nzcv) return "nzcv";
    if (a->fpcr != b->fpcr || a->fpsr != b->fpsr) return "fpcr/fpsr";
    if (a->excl_addr != b->excl_addr) return "exclusive monitor";
    if (memcmp(a->mem, b->mem, DATA_SIZE)) return "memory";
    return NULL;
}

/* A 4 GiB guest with the code page and the data area mapped. */
static A64CPU *setup(void)
{
    cr_assert(gm_init(GUEST_SIZE));
    code_cache_init(32 << 20);
    guest_aarch64.init();
    ir_block_init(&scratch, a64_globals, A64_NUM_GLOBALS, sizeof(A64CPU));
    cpu_install_fault_handlers();
    uint64_t a;
    cr_assert_eq(gm_mmap(CODE, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, GM_FIXED | GM_ANON, -1, 0, "code", &a), 0);
    cr_assert_eq(gm_mmap(DATA, DATA_SIZE, PROT_READ | PROT_WRITE, GM_FIXED | GM_ANON, -1, 0, "data", &a), 0);
    return (A64CPU *)cpu_create(&guest_aarch64, gm_base, gm_limit);
}

Test(aarch64_fuzz, interp_vs_jit, .timeout = 900)
{
    unsigned iters = getenv("XRUN_FUZZ_ITERS") ? (unsigned)atoi(getenv("XRUN_FUZZ_ITERS")) : 400;
    uint64_t seed = getenv("XRUN_FUZZ_SEED") ? strtoull(getenv("XRUN_FUZZ_SEED"), NULL, 0) : 0xa64;
    A64CPU *c = setup();
    static State sa, sb;
    static uint8_t mem0[DATA_SIZE];
    static const uint64_t fpcrs[] = { 0, 0, 0, 1u << 22, 2u << 22, 3u << 22, A64_FPCR_FZ,
                                      A64_FPCR_DN, A64_FPCR_FZ | A64_FPCR_DN | (3u << 22) };
    unsigned completed = 0, executed = 0, total = 0;

    for (unsigned it = 0; it < iters; it++) {
        rng = seed + it * 0x9e3779b97f4a7c15ull + 1;
        uint8_t *code = g2h(CODE);
        unsigned n = 1 + (unsigned)(rnd() % MAX_INSNS);
        for (unsigned i = 0; i < n; i++) {
            uint32_t w = rand_insn();
            memcpy(code + 4 * i, &w, 4);
        }
        uint32_t brk = 0xd4200000;                  /* brk #0 ends a sequence */
        memcpy(code + 4 * n, &brk, 4);

        uint64_t x[32], v[32][2];
        for (int i = 0; i < 32; i++) {
            switch ((is_ptr_reg((unsigned)i) || i == 31) && rnd() % 16 ? 4 : i < 8 && rnd() % 8 ? 1 : rnd() % 4) {
            case 4: x[i] = DATA + 4096 + 16 * (rnd() % ((DATA_SIZE - 8192) / 16)); break;
            case 0: x[i] = DATA + (rnd() % DATA_SIZE); break;
            case 1: x[i] = rnd() % 64; break;
            default: x[i] = rnd(); break;
            }
            for (int h = 0; h < 2; h++) {
                switch (rnd() % 3) {
                case 0: { double d = (double)(int64_t)(rnd() % 2000) / 7.0; memcpy(&v[i][h], &d, 8); break; }
                case 1: { float f[2] = { (float)(rnd() % 300) / 3.0f, -(float)(rnd() % 50) };
                          memcpy(&v[i][h], f, 8); break; }
                default: v[i][h] = rnd(); break;
                }
            }
        }
        uint64_t lazy[2] = { rnd() % 4 ? rnd() % 8 : rnd(), rnd() % 4 ? rnd() % 8 : rnd() };
        bool use_lazy = rnd() % 2;
        uint64_t nzcv = rnd() % 16, fpcr = fpcrs[rnd() % (sizeof(fpcrs) / sizeof(fpcrs[0]))];
        for (size_t i = 0; i < DATA_SIZE; i++)
            mem0[i] = (uint8_t)rnd();

        static uint8_t code0[4096];
        memcpy(code0, code, sizeof(code0));
        memcpy(g2h(DATA), mem0, DATA_SIZE);
        init_state(c, x, (const uint64_t (*)[2])v, nzcv, fpcr, use_lazy ? lazy : NULL);
        run(c, &backend_interp, &sa);
        memcpy(code, code0, sizeof(code0));
        memcpy(g2h(DATA), mem0, DATA_SIZE);
        init_state(c, x, (const uint64_t (*)[2])v, nzcv, fpcr, use_lazy ? lazy : NULL);
        run(c, &backend_jit, &sb);
        memcpy(code, code0, sizeof(code0));

        completed += sa.exit == IR_EXIT_BREAKPOINT;
        executed += (unsigned)((sa.pc - CODE) / 4);     /* progress through the sequence */
        total += n;
        const char *what = differs(&sa, &sb);
        if (what) {
            char buf[96];
            for (unsigned i = 0; i < n; i++) {
                uint32_t w;
                memcpy(&w, code + 4 * i, 4);
                a64_disas_word(CODE + 4 * i, w, buf, sizeof(buf));
                fprintf(stderr, "  %05x: %08x  %s\n", 4 * i, w, buf);
            }
            for (int i = 0; i < 32; i++)
                if (sa.x[i] != sb.x[i] || memcmp(sa.v[i], sb.v[i], 16))
                    fprintf(stderr, "  x%d %lx/%lx  v%d %lx:%lx/%lx:%lx\n", i, (unsigned long)sa.x[i],
                            (unsigned long)sb.x[i], i, (unsigned long)sa.v[i][1], (unsigned long)sa.v[i][0],
                            (unsigned long)sb.v[i][1], (unsigned long)sb.v[i][0]);
            cr_assert_fail("iteration %u (seed 0x%lx): %s differs (interp pc %lx exit %d, jit pc %lx exit %d)",
                           it, (unsigned long)seed, what, (unsigned long)sa.pc, sa.exit,
                           (unsigned long)sb.pc, sb.exit);
        }
    }
    /* Not vacuous: many sequences must run to the end. */
    cr_log_info("%u of %u sequences ran to completion, %u%% of the code executed",
                completed, iters, total ? 100 * executed / total : 0);
    cr_expect_geq(completed * 10, iters * 4, "only %u of %u sequences completed", completed, iters);
    cr_expect_geq(executed * 10, total * 5, "only %u of %u instructions executed", executed, total);
}

/*
 * Accesses that start below the guest limit and end above it (found by the
 * fuzzer: seed 0x1234, iteration 64342, `ldp d3, d1, [x20], #-0x1b0` with
 * x20 = 0xffffffff) are the same exit under both backends: a SIGSEGV at the
 * instruction, at the first byte of the first unmapped page the access
 * touches (as for a straddle into any unmapped guest page), the base
 * register not written back.
 */
static void check_straddle(A64CPU *c, uint32_t insn, uint64_t base, uint64_t want_fault)
{
    static uint64_t x[32], v[32][2];
    static State sa, sb;
    uint32_t code[2] = { insn, 0xd4200000 };       /* the access, brk #0 */
    for (int i = 0; i < 32; i++)
        x[i] = 0x100 + (uint64_t)i;
    x[20] = base;
    memcpy(g2h(CODE), code, sizeof(code));
    init_state(c, x, (const uint64_t (*)[2])v, 0, 0, NULL);
    run(c, &backend_interp, &sa);
    init_state(c, x, (const uint64_t (*)[2])v, 0, 0, NULL);
    run(c, &backend_jit, &sb);
    const char *what = differs(&sa, &sb);
    cr_expect(what == NULL, "insn %08x at %#lx: %s differs (interp exit %d sig %d fault %#lx, jit exit %d sig %d fault %#lx)",
              insn, (unsigned long)base, what ? what : "", sa.exit, sa.sig, (unsigned long)sa.fault_addr,
              sb.exit, sb.sig, (unsigned long)sb.fault_addr);
    const State *s[2] = { &sa, &sb };
    for (int k = 0; k < 2; k++) {
        /* a host fault, or an access past the limit (the cpu loop raises SIGSEGV) */
        cr_expect((s[k]->exit == IR_EXIT_SIGNAL && s[k]->sig == SIGSEGV) || s[k]->exit == IR_EXIT_FAULT,
                  "insn %08x: %s exit %d sig %d", insn, k ? "jit" : "interp", s[k]->exit, s[k]->sig);
        cr_expect_eq(s[k]->pc, CODE);
        cr_expect_eq(s[k]->fault_addr, want_fault, "insn %08x: %s fault at %#lx", insn, k ? "jit" : "interp",
                     (unsigned long)s[k]->fault_addr);
        cr_expect_eq(s[k]->x[20], base);
    }
}

Test(aarch64_fuzz, straddle_guest_limit)
{
    A64CPU *c = setup();
    check_straddle(c, 0x6ce50683, GUEST_SIZE - 1, GUEST_SIZE - 1);     /* ldp d3, d1, [x20], #-0x1b0 */
    check_straddle(c, 0x6ce50683, GUEST_SIZE - 8, GUEST_SIZE - 8);     /* second register past the limit */
    check_straddle(c, 0xf9400280, GUEST_SIZE - 4, GUEST_SIZE - 4);     /* ldr x0, [x20] */
    check_straddle(c, 0xf9000280, GUEST_SIZE - 2, GUEST_SIZE - 2);     /* str x0, [x20] */
    check_straddle(c, 0x3dc00280, GUEST_SIZE - 9, GUEST_SIZE - 9);     /* ldr q0, [x20] */
    /* the last page mapped: the fault is at the limit, past the valid bytes */
    uint64_t a;
    cr_assert_eq(gm_mmap(GUEST_SIZE - 4096, 4096, PROT_READ | PROT_WRITE, GM_FIXED | GM_ANON, -1, 0, "top", &a), 0);
    check_straddle(c, 0x6ce50683, GUEST_SIZE - 8, GUEST_SIZE);         /* ldp: the second register */
    check_straddle(c, 0xf9400280, GUEST_SIZE - 4, GUEST_SIZE);         /* ldr x0, [x20] */
    check_straddle(c, 0xf9000280, GUEST_SIZE - 2, GUEST_SIZE);         /* str x0, [x20] */
    check_straddle(c, 0x3dc00280, GUEST_SIZE - 9, GUEST_SIZE);         /* ldr q0: its second half */
}

