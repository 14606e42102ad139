/*
 * Unit tests of the backends (the interpreter and the x86_64 JIT): the same
 * hand-built IR blocks executed on a small test CPU under each, checking
 * results, branches, memory (incl. the bounds fault), atomics, helper calls
 * and block chaining.  BTEST(name) defines the test once per backend.
 */
#include <criterion/criterion.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

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

static TestCPU *cpu;
static uint8_t *mem;
static IRBlock blk;
#define MEMSIZE 4096
static const Backend *be;

#define BTEST(name) \
    static void body_##name(void); \
    Test(interp, name) { be = &backend_interp; body_##name(); } \
    Test(jit, name) { be = &backend_jit; body_##name(); } \
    static void body_##name(void)

static void setup(void)
{
    static bool cache;
    if (!cache) {
        code_cache_init(1 << 20);
        cache = true;
    }
    size_t size = sizeof(TestCPU) + IR_MAX_TEMPS * 8;
    cpu = calloc(1, size);
    cpu->common.jmp_cache = calloc(TB_JMP_CACHE_SIZE, sizeof(TB *));
    mem = calloc(1, MEMSIZE + GUEST_GUARD_BYTES);
    cpu->common.guest_base = mem;
    cpu->common.guest_limit = MEMSIZE;
    ir_block_init(&blk, tglobals, 5, sizeof(TestCPU));
    ir_block_reset(&blk, 0x100);
}

static void teardown(void)
{
    ir_block_free(&blk);
    free(cpu->common.jmp_cache);
    free(cpu);
    free(mem);
}

static TB *finish(uint64_t pc)
{
    TB *tb = calloc(1, sizeof(TB));
    tb->pc = pc;
    cr_assert(be->gen_code(tb, &blk));
    ir_block_reset(&blk, pc);
    return tb;
}

static IRExit run(TB *tb) { return be->exec(&cpu->common, tb); }

TestSuite(interp, .init = setup, .fini = teardown);
TestSuite(jit, .init = setup, .fini = teardown);

BTEST(arithmetic)
{
    cpu->r[0] = 5;
    IRTemp t = ir_new_temp(&blk);
    ir_opi(&blk, IR_mul, t, G_R0, 3);
    ir_opi(&blk, IR_add, G_R1, t, 7);
    ir_opi(&blk, IR_divs, G_R2, G_R1, 0);
    ir_op1(&blk, IR_ext8s, G_R3, ir_const(&blk, 0x1ff));
    ir_movi(&blk, G_PC, 0x200);
    ir_exit_tb(&blk, IR_EXIT_NEXT);
    cr_expect_eq(run(finish(0x100)), IR_EXIT_NEXT);
    cr_expect_eq(cpu->r[1], 22);
    cr_expect_eq(cpu->r[2], ~0ull);
    cr_expect_eq(cpu->r[3], ~0ull);
    cr_expect_eq(cpu->common.pc, 0x200);
}

BTEST(loop_with_labels)
{
    /* r1 = sum of 1..r0, with a backward branch */
    cpu->r[0] = 10;
    uint32_t top = ir_new_label(&blk), out = ir_new_label(&blk);
    IRTemp zero = ir_const(&blk, 0);
    ir_movi(&blk, G_R1, 0);
    ir_set_label(&blk, top);
    ir_brcond(&blk, IR_EQ, G_R0, zero, out);
    ir_op2(&blk, IR_add, G_R1, G_R1, G_R0);
    ir_opi(&blk, IR_sub, G_R0, G_R0, 1);
    ir_br(&blk, top);
    ir_set_label(&blk, out);
    ir_setcond(&blk, IR_LT, G_R2, ir_const(&blk, ~0ull), zero);
    ir_movcond(&blk, IR_GTU, G_R3, G_R1, zero, ir_const(&blk, 7), zero);
    ir_exit_tb(&blk, IR_EXIT_SYSCALL);
    cr_expect_eq(run(finish(0x100)), IR_EXIT_SYSCALL);
    cr_expect_eq(cpu->r[1], 55);
    cr_expect_eq(cpu->r[2], 1);
    cr_expect_eq(cpu->r[3], 7);
}

BTEST(memory_and_fault)
{
    IRTemp a = ir_const(&blk, 16);
    ir_st(&blk, ir_const(&blk, 0x8081828384858687ull), a, IR_MO_64);
    ir_ld(&blk, G_R0, a, IR_MO_S8);
    ir_ld(&blk, G_R1, a, IR_MO_16);
    ir_ld(&blk, G_R2, ir_const(&blk, 20), IR_MO_S32);
    ir_insn_start(&blk, 0x104);
    ir_ld(&blk, G_R3, ir_const(&blk, MEMSIZE), IR_MO_64);  /* at the limit */
    ir_exit_tb(&blk, IR_EXIT_NEXT);
    cr_expect_eq(run(finish(0x100)), IR_EXIT_FAULT);
    cr_expect_eq(cpu->r[0], 0xffffffffffffff87ull);
    cr_expect_eq(cpu->r[1], 0x8687);
    cr_expect_eq(cpu->r[2], 0xffffffff80818283ull);
    cr_expect_eq(cpu->common.fault_addr, MEMSIZE);
    cr_expect_eq(cpu->common.fault_signal, SIGSEGV);
    cr_expect_eq(cpu->common.pc, 0x104);
    cr_expect_eq(mem[16], 0x87);
}

BTEST(atomics)
{
    uint32_t v = 0xfffffffe;
    memcpy(mem + 8, &v, 4);
    IRTemp a = ir_const(&blk, 8);
    ir_atomic_rmw(&blk, G_R0, a, ir_const(&blk, 1), IR_MO_S32, IR_AMO_ADD);
    ir_atomic_cmpxchg(&blk, G_R1, a, ir_const(&blk, 0xffffffff), ir_const(&blk, 5), IR_MO_32);
    ir_atomic_cmpxchg(&blk, G_R2, a, ir_const(&blk, 4), ir_const(&blk, 9), IR_MO_32);
    ir_atomic_rmw(&blk, G_R3, a, ir_const(&blk, 3), IR_MO_32, IR_AMO_UMAX);
    ir_exit_tb(&blk, IR_EXIT_NEXT);
    run(finish(0x100));
    cr_expect_eq(cpu->r[0], 0xfffffffffffffffeull);   /* old value, sign-extended */
    cr_expect_eq(cpu->r[1], 0xffffffff);              /* cas succeeded */
    cr_expect_eq(cpu->r[2], 5);                       /* cas failed: saw 5 */
    cr_expect_eq(cpu->r[3], 5);
    memcpy(&v, mem + 8, 4);
    cr_expect_eq(v, 5);
}

static uint64_t h_madd(void *c, uint64_t a, uint64_t b, uint64_t d, uint64_t e)
{
    ((TestCPU *)c)->r[3] = 99;      /* helpers may write guest state */
    (void)e;
    return a * b + d;
}

BTEST(helper_call)
{
    uint32_t h = ir_helper_register("madd", h_madd, 0);
    ir_call(&blk, h, G_R0, ir_const(&blk, 6), ir_const(&blk, 7), ir_const(&blk, 8), IR_NOTEMP);
    ir_exit_tb(&blk, IR_EXIT_NEXT);
    run(finish(0x100));
    cr_expect_eq(cpu->r[0], 50);
    cr_expect_eq(cpu->r[3], 99);
}

BTEST(chaining)
{
    /* A: r0 += 1; goto_tb 0 -> B.  B: r0 *= 10; exit */
    ir_opi(&blk, IR_add, G_R0, G_R0, 1);
    ir_goto_tb(&blk, 0, 0x200);
    TB *a = finish(0x200);
    ir_opi(&blk, IR_mul, G_R0, G_R0, 10);
    ir_movi(&blk, G_PC, 0x300);
    ir_exit_tb(&blk, IR_EXIT_SYSCALL);
    TB *b = finish(0x300);

    cr_expect_eq(run(a), IR_EXIT_NEXT);             /* not linked yet */
    cr_expect_eq(cpu->common.pc, 0x200);
    cr_expect_eq(cpu->common.last_tb, a);
    cr_expect_eq(cpu->common.last_slot, 0);
    be->link(a, 0, b);
    cpu->r[0] = 0;
    cr_expect_eq(run(a), IR_EXIT_SYSCALL);          /* runs A then B */
    cr_expect_eq(cpu->r[0], 10);
    cr_expect_eq(cpu->common.pc, 0x300);
    cpu->common.exit_request = 1;                   /* chain is not followed */
    cpu->r[0] = 0;
    IRExit x = run(a);
    cr_expect(x == IR_EXIT_NEXT || x == IR_EXIT_INTERRUPT, "exit %d", x);
    cr_expect_lt(cpu->r[0], 10);                    /* B did not run */
}

BTEST(goto_ptr_uses_jump_cache)
{
    ir_goto_ptr(&blk, ir_const(&blk, 0x400));
    TB *a = finish(0x400);
    ir_movi(&blk, G_R1, 123);
    ir_exit_tb(&blk, IR_EXIT_BREAKPOINT);
    TB *b = finish(0x500);
    b->pc = 0x400;
    cr_expect_eq(run(a), IR_EXIT_NEXT);             /* cache empty */
    cr_expect_eq(cpu->common.pc, 0x400);
    cpu->common.jmp_cache[tb_jc_index(0x400)] = b;
    cr_expect_eq(run(a), IR_EXIT_BREAKPOINT);
    cr_expect_eq(cpu->r[1], 123);
}
