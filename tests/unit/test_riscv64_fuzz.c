/*
 * Randomized differential test at the guest level: random sequences of valid
 * riscv64 instructions (integer, M, A, F, D, C, FP CSRs; no control flow)
 * with random registers and memory run under the interpreter and under the
 * JIT; the final guest state (integer and FP registers, fflags, frm, pc,
 * exit reason, fault address, memory) must be identical.  Exceptions are part
 * of the comparison: an access to unmapped memory, a misaligned AMO or an
 * illegal rounding mode must stop both at the same instruction.
 *
 * XRUN_FUZZ_ITERS (default 400) and XRUN_FUZZ_SEED select the run; e.g.
 *   XRUN_FUZZ_ITERS=1000000 build/tests/unit/test_riscv64_fuzz
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "frontends/riscv64/internal.h"
#include "util/guestmem.h"

extern const GuestArch guest_riscv64;

#define CODE 0x10000ull
#define DATA 0x100000ull
#define DATA_SIZE 0x10000ull
#define MAX_INSNS 24

static uint64_t rng;
static uint64_t rnd(void)
{
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return rng;
}

static bool valid(uint32_t insn)
{
    char buf[96];
    riscv_disas_word(CODE, insn, buf, sizeof(buf));
    return strncmp(buf, ".insn", 5) != 0;
}

/*
 * Registers sp and x8..x15 (the ones compressed loads and stores use) start
 * as pointers into the data area; 32-bit instructions address memory through
 * them and never overwrite them, so most sequences run to their end.
 */
static bool is_ptr_reg(unsigned r) { return r == 2 || (r >= 8 && r <= 15); }
static unsigned rand_ptr_reg(void) { unsigned k = (unsigned)(rnd() % 9); return k == 8 ? 2 : 8 + k; }

static uint32_t steer(uint32_t w)
{
    unsigned op = w & 0x7f, rd = (w >> 7) & 31;
    bool mem = op == 0x03 || op == 0x07 || op == 0x23 || op == 0x27 || op == 0x2f;
    if (mem && rnd() % 16)
        w = (w & ~0xf8000u) | rand_ptr_reg() << 15;
    if (is_ptr_reg(rd) && rnd() % 16)
        w = (w & ~0xf80u) | (uint32_t)(16 + rnd() % 16) << 7;
    return w;
}

/* A random 32-bit instruction of an allowed major opcode. */
static uint32_t rand_insn32(void)
{
    static const uint8_t ops[] = { 0x03, 0x07, 0x0f, 0x13, 0x17, 0x1b, 0x23, 0x27, 0x2f, 0x33,
                                   0x37, 0x3b, 0x43, 0x47, 0x4b, 0x4f, 0x53, 0x53, 0x53, 0x73 };
    for (;;) {
        uint32_t w = (uint32_t)rnd();
        uint8_t op = ops[rnd() % sizeof(ops)];
        w = (w & ~0x7fu) | op;
        if (op == 0x0f)
            w &= ~0x3000u;                      /* fence only, not fence.i */
        if (op == 0x73) {
            /* only the FP CSRs: counters are not deterministic */
            unsigned f3 = (unsigned)(rnd() % 6);
            w = (w & 0x000fff80u & ~0x7000u) | (uint32_t)(1 + rnd() % 3) << 20 |
                (uint32_t)(f3 < 3 ? f3 + 1 : f3 + 2) << 12 | 0x73;
        }
        w = steer(w);
        if (valid(w))
            return w;
    }
}

/* A random compressed instruction that is not a jump or branch. */
static uint16_t rand_insn16(void)
{
    for (;;) {
        uint16_t h = (uint16_t)rnd();
        unsigned q = h & 3, f3 = h >> 13;
        if (q == 3)
            continue;
        if (q == 1 && (f3 == 5 || f3 == 6 || f3 == 7))
            continue;                           /* c.j, c.beqz, c.bnez */
        if (q == 2 && f3 == 4 && ((h >> 2) & 0x1f) == 0)
            continue;                           /* c.jr, c.jalr, c.ebreak */
        if (valid(h))
            return h;
    }
}

typedef struct State {
    uint64_t x[32], f[32], fflags, frm, pc, fault_addr;
    int exit, sig;
    uint8_t mem[DATA_SIZE];
} State;

static void init_state(RISCVCPU *c, const uint64_t *x, const uint64_t *f, uint64_t frm)
{
    memcpy(c->x, x, sizeof(c->x));
    memcpy(c->f, f, sizeof(c->f));
    c->x[0] = 0;
    riscv_fflags_write(c, 0);
    c->frm = frm;
    c->res_addr = ~0ull;
    c->common.pc = CODE;
    c->common.exc_signal = 0;
    c->common.fault_addr = 0;
}

static void run(RISCVCPU *c, const Backend *be, State *out)
{
    tr_opts.backend = be;
    /* The interpreter runs the IR as the frontend built it, so the oracle
     * also checks the optimizer (its dead-store elimination must leave the
     * exact guest state at every fault). */
    tr_opts.optimize = be != &backend_interp;
    code_cache_flush();
    IRExit x;
    do
        x = cpu_exec(&c->common);
    while (x == IR_EXIT_NEXT || x == IR_EXIT_INTERRUPT);
    memcpy(out->x, c->x, sizeof(out->x));
    memcpy(out->f, c->f, sizeof(out->f));
    out->fflags = riscv_fflags_read(c);
    out->frm = c->frm;
    out->pc = c->common.pc;
    out->exit = x;
    out->sig = x == IR_EXIT_SIGNAL ? c->common.exc_signal : 0;
    out->fault_addr = x == IR_EXIT_SIGNAL || x == IR_EXIT_FAULT ? c->common.fault_addr : 0;
    memcpy(out->mem, g2h(DATA), DATA_SIZE);
}

Test(riscv64_fuzz, interp_vs_jit, .timeout = 900)
{
    unsigned iters = getenv("XRUN_FUZZ_ITERS") ? (unsigned)atoi(getenv("XRUN_FUZZ_ITERS")) : 400;
    uint64_t seed = getenv("XRUN_FUZZ_SEED") ? strtoull(getenv("XRUN_FUZZ_SEED"), NULL, 0) : 0xc0ffee;
    cr_assert(gm_init(1ull << 32));
    code_cache_init(32 << 20);
    riscv_frm_dynamic = true;   /* random frm values are set directly, not through a CSR write */
    guest_riscv64.init();
    cpu_install_fault_handlers();
    uint64_t a;
    cr_assert_eq(gm_mmap(CODE, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, GM_FIXED | GM_ANON, -1, 0, "code", &a), 0);
    cr_assert_eq(gm_mmap(DATA, DATA_SIZE, PROT_READ | PROT_WRITE, GM_FIXED | GM_ANON, -1, 0, "data", &a), 0);
    RISCVCPU *c = (RISCVCPU *)cpu_create(&guest_riscv64, gm_base, gm_limit);
    static State sa, sb;
    static uint8_t mem0[DATA_SIZE];
    unsigned completed = 0, executed = 0, total = 0;

    for (unsigned it = 0; it < iters; it++) {
        rng = seed + it * 0x9e3779b97f4a7c15ull + 1;
        uint8_t *code = g2h(CODE);
        size_t off = 0;
        unsigned n = 1 + (unsigned)(rnd() % MAX_INSNS);
        for (unsigned i = 0; i < n; i++) {
            if (rnd() % 3 == 0) {
                uint16_t h = rand_insn16();
                memcpy(code + off, &h, 2);
                off += 2;
            } else {
                uint32_t w = rand_insn32();
                memcpy(code + off, &w, 4);
                off += 4;
            }
        }
        uint32_t ebreak = 0x00100073;
        memcpy(code + off, &ebreak, 4);

        uint64_t x[32], f[32];
        for (int i = 0; i < 32; i++) {
            switch (is_ptr_reg((unsigned)i) && rnd() % 16 ? 4 : rnd() % 4) {
            case 4: x[i] = DATA + 4096 + 8 * (rnd() % ((DATA_SIZE - 8192) / 8)); break;
            case 0: x[i] = DATA + (rnd() % DATA_SIZE); break;     /* a usable pointer */
            case 1: x[i] = rnd() % 64; break;
            default: x[i] = rnd(); break;
            }
            switch (rnd() % 3) {
            case 0: f[i] = 0xffffffff00000000ull | (uint32_t)rnd(); break;   /* boxed single */
            case 1: { double d = (double)(int64_t)(rnd() % 2000) / 7.0; memcpy(&f[i], &d, 8); break; }
            default: f[i] = rnd(); break;
            }
        }
        uint64_t frm = rnd() % 16 ? rnd() % 5 : 5 + rnd() % 3;
        for (size_t i = 0; i < DATA_SIZE; i++)
            mem0[i] = (uint8_t)rnd();

        /* A random store may hit the code page: both runs start from the same code. */
        static uint8_t code0[4096];
        memcpy(code0, code, sizeof(code0));
        memcpy(g2h(DATA), mem0, DATA_SIZE);
        init_state(c, x, f, frm);
        run(c, &backend_interp, &sa);
        memcpy(code, code0, sizeof(code0));
        memcpy(g2h(DATA), mem0, DATA_SIZE);
        init_state(c, x, f, frm);
        run(c, &backend_jit, &sb);
        memcpy(code, code0, sizeof(code0));

        completed += sa.exit == IR_EXIT_BREAKPOINT;
        executed += (unsigned)((sa.pc - CODE) / 2);   /* progress through the sequence (halfwords) */
        total += (unsigned)(off / 2);
        char what[64] = "";
        if (sa.exit != sb.exit || sa.sig != sb.sig) snprintf(what, sizeof(what), "exit %d/%d vs %d/%d", sa.exit, sa.sig, sb.exit, sb.sig);
        else if (sa.pc != sb.pc) snprintf(what, sizeof(what), "pc");
        else if (sa.fault_addr != sb.fault_addr) snprintf(what, sizeof(what), "fault_addr");
        else if (memcmp(sa.x, sb.x, sizeof(sa.x))) snprintf(what, sizeof(what), "x registers");
        else if (memcmp(sa.f, sb.f, sizeof(sa.f))) snprintf(what, sizeof(what), "f registers");
        else if (sa.fflags != sb.fflags || sa.frm != sb.frm) snprintf(what, sizeof(what), "fcsr");
        else if (memcmp(sa.mem, sb.mem, DATA_SIZE)) snprintf(what, sizeof(what), "memory");
        if (what[0]) {
            char buf[96];
            for (size_t p = 0; p < off;) {
                uint32_t w;
                memcpy(&w, code + p, 4);
                unsigned len = riscv_disas_word(CODE + p, w, buf, sizeof(buf));
                fprintf(stderr, "  %05zx: %s\n", p, buf);
                p += len ? len : 2;
            }
            for (int i = 0; i < 32; i++)
                if (sa.x[i] != sb.x[i] || sa.f[i] != sb.f[i])
                    fprintf(stderr, "  x%d %lx/%lx  f%d %lx/%lx\n", i, (unsigned long)sa.x[i],
                            (unsigned long)sb.x[i], i, (unsigned long)sa.f[i], (unsigned long)sb.f[i]);
            cr_assert_fail("iteration %u (seed 0x%lx): %s differs (interp pc %lx, jit pc %lx)",
                           it, (unsigned long)seed, what, (unsigned long)sa.pc, (unsigned long)sb.pc);
        }
    }
    /* Not vacuous: most sequences must run to the end. */
    cr_log_info("%u of %u sequences ran to completion, %u%% of the code executed",
                completed, iters, total ? 100 * executed / total : 0);
    cr_expect_geq(completed * 10, iters * 3, "only %u of %u sequences completed", completed, iters);
    cr_expect_geq(executed * 10, total * 5, "only %u of %u halfwords executed", executed, total);
}
