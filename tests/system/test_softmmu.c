/*
 * Unit tests of the softmmu lowering pass (translator/softmmu.c) on both
 * backends: hand-built blocks with guest ld/st/atomics are lowered against
 * a small TLB table and test helpers, then run with guest_base = 0 as
 * xrun-system does.  Checked: hits go to host memory at addr + addend
 * (with sign extension), misses, misaligned accesses and pages without a
 * write tag call the helpers with the right arguments, atomics always call
 * theirs, ops before first_op stay host accesses, and a NULL table sends
 * everything to the helpers.
 */
#include <criterion/criterion.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "translator/softmmu.h"
#include "translator/translator.h"

typedef struct TestCPU {
    GuestCPU common;
    uint64_t r[4];
} TestCPU;

static const IRGlobal tglobals[] = {
    { "pc", offsetof(TestCPU, common.pc) },
    { "r0", offsetof(TestCPU, r[0]) },
    { "r1", offsetof(TestCPU, r[1]) },
    { "r2", offsetof(TestCPU, r[2]) },
    { "r3", offsetof(TestCPU, r[3]) },
};
enum { G_PC, G_R0, G_R1, G_R2, G_R3 };

typedef struct Entry { uint64_t tag_read, tag_write, addend, pad; } Entry;
static Entry table[16];
static uint64_t page[512] __attribute__((aligned(4096)));   /* guest page 0x5000 */
static TestCPU *cpu;
static IRBlock blk;
static const Backend *be;
static SoftmmuConfig cfg;

/* what the helpers saw */
static int calls;
static uint64_t last[4];

static uint64_t h_ld(void *c, uint64_t a, uint64_t mo, uint64_t x, uint64_t y)
{
    calls++; last[0] = a; last[1] = mo;
    return 0xabc;
}
static uint64_t h_st(void *c, uint64_t a, uint64_t v, uint64_t mo, uint64_t y)
{
    calls++; last[0] = a; last[1] = v; last[2] = mo;
    return 0;
}
static uint64_t h_amo(void *c, uint64_t a, uint64_t v, uint64_t moaop, uint64_t y)
{
    calls++; last[0] = a; last[1] = v; last[2] = moaop;
    return 7;
}
static uint64_t h_cas(void *c, uint64_t a, uint64_t cmp, uint64_t nv, uint64_t mo)
{
    calls++; last[0] = a; last[1] = cmp; last[2] = nv; last[3] = mo;
    return 9;
}

#define BTEST(name) \
    static void body_##name(void); \
    Test(interp, name) { be = &backend_interp; body_##name(); } \
    Test(jit, name) { be = &backend_jit; body_##name(); } \
    static void body_##name(void)

static void setup(void)
{
    static bool once;
    if (!once) {
        code_cache_init(1 << 20);
        cfg.helpers[SOFTMMU_LD] = ir_helper_register("t_ld", h_ld, 0);
        cfg.helpers[SOFTMMU_ST] = ir_helper_register("t_st", h_st, 0);
        cfg.helpers[SOFTMMU_AMO] = ir_helper_register("t_amo", h_amo, 0);
        cfg.helpers[SOFTMMU_CAS] = ir_helper_register("t_cas", h_cas, 0);
        once = true;
    }
    cfg.tlb_table = table;
    cfg.tlb_bits = 4;
    cfg.page_bits = 12;
    cfg.entry_shift = 5;
    cfg.off_read = offsetof(Entry, tag_read);
    cfg.off_write = offsetof(Entry, tag_write);
    cfg.off_addend = offsetof(Entry, addend);
    cfg.first_op = 0;
    memset(table, 0xff, sizeof(table));
    /* page 0x5000 (index 5): readable; writable only when a test says so */
    table[5].tag_read = 0x5000;
    table[5].addend = (uint64_t)(uintptr_t)page - 0x5000;
    memset(page, 0, sizeof(page));
    calls = 0;
    memset(last, 0, sizeof(last));
    size_t size = sizeof(TestCPU) + IR_MAX_TEMPS * 8;
    cpu = calloc(1, size);
    cpu->common.jmp_cache = calloc(TB_JMP_CACHE_SIZE, sizeof(TB *));
    cpu->common.guest_base = NULL;              /* ld/st address the host */
    cpu->common.guest_limit = ~0ull;
    ir_block_init(&blk, tglobals, 5, sizeof(TestCPU));
    ir_block_reset(&blk, 0x100);
}

static void teardown(void)
{
    ir_block_free(&blk);
    free(cpu->common.jmp_cache);
    free(cpu);
}

TestSuite(interp, .init = setup, .fini = teardown);
TestSuite(jit, .init = setup, .fini = teardown);

/* Lower, optimize as the translator does, generate and run. */
static IRExit run(void)
{
    ir_movi(&blk, G_PC, 0x200);
    ir_exit_tb(&blk, IR_EXIT_NEXT);
    softmmu_lower(&blk, &cfg);
    ir_optimize(&blk);
    TB *tb = calloc(1, sizeof(TB));
    tb->pc = 0x100;
    cr_assert(be->gen_code(tb, &blk));
    return be->exec(&cpu->common, tb);
}

BTEST(load_hit)
{
    page[1] = 0x1122334455667788ull;
    page[2] = 0x00000000fffffff0ull;
    cpu->r[0] = 0x5008;
    ir_ld(&blk, G_R1, G_R0, IR_MO_64);
    IRTemp a = ir_new_temp(&blk);
    ir_opi(&blk, IR_add, a, G_R0, 8);
    ir_ld(&blk, G_R2, a, IR_MO_S32);
    ir_ld(&blk, G_R3, a, IR_MO_16);
    cr_assert_eq(run(), IR_EXIT_NEXT);
    cr_expect_eq(cpu->r[1], 0x1122334455667788ull);
    cr_expect_eq(cpu->r[2], (uint64_t)-16);
    cr_expect_eq(cpu->r[3], 0xfff0);
    cr_expect_eq(calls, 0);
}

BTEST(load_miss_and_misaligned)
{
    cpu->r[0] = 0x6010;                          /* not in the table */
    cpu->r[2] = 0x5003;                          /* in it, but misaligned */
    ir_ld(&blk, G_R1, G_R0, IR_MO_32);
    ir_ld(&blk, G_R3, G_R2, IR_MO_S16);
    cr_assert_eq(run(), IR_EXIT_NEXT);
    cr_expect_eq(cpu->r[1], 0xabc);
    cr_expect_eq(cpu->r[3], 0xabc);
    cr_expect_eq(calls, 2);
    cr_expect_eq(last[0], 0x5003);
    cr_expect_eq(last[1], IR_MO_S16);
}

BTEST(store_needs_write_tag)
{
    cpu->r[0] = 0x5010;
    cpu->r[1] = 0x1234;
    ir_st(&blk, G_R1, G_R0, IR_MO_64);           /* read-only in the TLB: helper */
    cr_assert_eq(run(), IR_EXIT_NEXT);
    cr_expect_eq(calls, 1);
    cr_expect_eq(last[0], 0x5010);
    cr_expect_eq(last[1], 0x1234);
    cr_expect_eq(last[2], IR_MO_64);
    cr_expect_eq(page[2], 0);
}

BTEST(store_hit)
{
    table[5].tag_write = 0x5000;
    cpu->r[0] = 0x5010;
    cpu->r[1] = 0xdeadbeefcafef00dull;
    ir_st(&blk, G_R1, G_R0, IR_MO_32);
    cr_assert_eq(run(), IR_EXIT_NEXT);
    cr_expect_eq(calls, 0);
    cr_expect_eq(page[2], 0xcafef00dull);
}

BTEST(atomics_call_helpers)
{
    table[5].tag_write = 0x5000;
    cpu->r[0] = 0x5020;
    cpu->r[1] = 3;
    ir_atomic_rmw(&blk, G_R2, G_R0, G_R1, IR_MO_32, IR_AMO_ADD);
    cr_assert_eq(run(), IR_EXIT_NEXT);
    cr_expect_eq(cpu->r[2], 7);
    cr_expect_eq(last[0], 0x5020);
    cr_expect_eq(last[1], 3);
    cr_expect_eq(last[2], IR_MO_32 | (uint64_t)IR_AMO_ADD << 8);
    cr_expect_eq(page[4], 0);
}

BTEST(cmpxchg_calls_helper)
{
    cpu->r[0] = 0x5020;
    cpu->r[1] = 4;
    cpu->r[2] = 5;
    ir_atomic_cmpxchg(&blk, G_R3, G_R0, G_R1, G_R2, IR_MO_64);
    cr_assert_eq(run(), IR_EXIT_NEXT);
    cr_expect_eq(cpu->r[3], 9);
    cr_expect_eq(last[0], 0x5020);
    cr_expect_eq(last[1], 4);
    cr_expect_eq(last[2], 5);
    cr_expect_eq(last[3], IR_MO_64);
}

BTEST(first_op_and_no_table)
{
    /* op 0 is a host load the pass must keep; the rest go to helpers */
    static uint64_t host_word = 0x77;
    ir_ld(&blk, G_R1, ir_const(&blk, (uint64_t)(uintptr_t)&host_word), IR_MO_64);
    cfg.first_op = blk.nops;
    cfg.tlb_table = NULL;
    cpu->r[0] = 0x5008;
    page[1] = 99;
    ir_ld(&blk, G_R2, G_R0, IR_MO_64);
    cr_assert_eq(run(), IR_EXIT_NEXT);
    cr_expect_eq(cpu->r[1], 0x77);
    cr_expect_eq(cpu->r[2], 0xabc);
    cr_expect_eq(calls, 1);
}
