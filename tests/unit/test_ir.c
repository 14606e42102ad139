/*
 * Unit tests of the IR: the builders, the exact semantics of every pure op
 * (ir_eval_*), conditions, atomics and the dump format.
 */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "translator/ir.h"

static const IRGlobal globals[] = { { "pc", 0 }, { "r1", 8 } };

Test(ir, op_table_arity)
{
    cr_expect_eq(ir_op_defs[IR_add].nout, 1);
    cr_expect_eq(ir_op_defs[IR_add].nin, 2);
    cr_expect_eq(ir_op_defs[IR_st].nout, 0);
    cr_expect_eq(ir_op_defs[IR_st].nin, 2);
    cr_expect_eq(ir_op_defs[IR_movcond].nin, 4);
    cr_expect_str_eq(ir_op_defs[IR_goto_tb].name, "goto_tb");
    for (int i = 0; i < IR_NUM_OPS; i++) {
        const IROpDef *d = &ir_op_defs[i];
        cr_expect_leq(d->nout + d->nin + d->nconst, IR_MAX_ARGS, "%s", d->name);
    }
}

Test(ir, builders_and_temps)
{
    IRBlock b;
    ir_block_init(&b, globals, 2, 64);
    ir_block_reset(&b, 0x1000);
    cr_expect_eq(b.ntemps, 2);
    IRTemp t = ir_const(&b, 42);
    cr_expect_eq(t, 2);
    cr_expect_eq(ir_temp_offset(&b, t), 64);
    cr_expect_eq(ir_temp_offset(&b, 1), 8);
    ir_op2(&b, IR_add, 1, 1, t);
    cr_expect_eq(b.nops, 2);
    cr_expect_eq(b.ops[1].opc, IR_add);
    cr_expect_eq(b.ops[1].args[2], t);
    for (int i = 0; i < 5000; i++)       /* growth */
        ir_movi(&b, t, (uint64_t)i);
    cr_expect_eq(b.nops, 5002);
    cr_expect_eq(b.ops[5001].args[1], 4999);
    ir_block_free(&b);
}

Test(ir, arith_semantics)
{
    cr_expect_eq(ir_eval_binary(IR_divs, 7, 0), ~0ull);
    cr_expect_eq(ir_eval_binary(IR_divu, 7, 0), ~0ull);
    cr_expect_eq(ir_eval_binary(IR_rems, 7, 0), 7);
    cr_expect_eq(ir_eval_binary(IR_remu, 7, 0), 7);
    cr_expect_eq(ir_eval_binary(IR_divs, (uint64_t)INT64_MIN, ~0ull), (uint64_t)INT64_MIN);
    cr_expect_eq(ir_eval_binary(IR_rems, (uint64_t)INT64_MIN, ~0ull), 0);
    cr_expect_eq(ir_eval_binary(IR_divs, (uint64_t)-7, 2), (uint64_t)-3);
    cr_expect_eq(ir_eval_binary(IR_rems, (uint64_t)-7, 2), (uint64_t)-1);
    cr_expect_eq(ir_eval_binary(IR_shl, 1, 64 + 3), 8);
    cr_expect_eq(ir_eval_binary(IR_sar, (uint64_t)-16, 2), (uint64_t)-4);
    cr_expect_eq(ir_eval_binary(IR_shr, (uint64_t)-16, 60), 15);
    cr_expect_eq(ir_eval_binary(IR_rotl, 0x8000000000000001ull, 1), 3);
    cr_expect_eq(ir_eval_binary(IR_rotr, 3, 1), 0x8000000000000001ull);
    cr_expect_eq(ir_eval_binary(IR_rotr, 3, 0), 3);
    cr_expect_eq(ir_eval_binary(IR_mulsh, (uint64_t)-1, (uint64_t)-1), 0);
    cr_expect_eq(ir_eval_binary(IR_muluh, ~0ull, ~0ull), ~0ull - 1);
    cr_expect_eq(ir_eval_binary(IR_mulsuh, (uint64_t)-1, ~0ull), ~0ull);
    cr_expect_eq(ir_eval_binary(IR_mulsuh, (uint64_t)INT64_MIN, 2), ~0ull);
    cr_expect_eq(ir_eval_binary(IR_andc, 0xff, 0x0f), 0xf0);
    cr_expect_eq(ir_eval_binary(IR_orc, 0, ~0ull), 0);
}

Test(ir, unary_semantics)
{
    cr_expect_eq(ir_eval_unary(IR_clz, 0), 64);
    cr_expect_eq(ir_eval_unary(IR_ctz, 0), 64);
    cr_expect_eq(ir_eval_unary(IR_clz, 1), 63);
    cr_expect_eq(ir_eval_unary(IR_ctz, 0x100), 8);
    cr_expect_eq(ir_eval_unary(IR_popcnt, 0xf0f0), 8);
    cr_expect_eq(ir_eval_unary(IR_ext8s, 0x80), 0xffffffffffffff80ull);
    cr_expect_eq(ir_eval_unary(IR_ext16u, 0x12345678), 0x5678);
    cr_expect_eq(ir_eval_unary(IR_ext32s, 0x80000000), 0xffffffff80000000ull);
    cr_expect_eq(ir_eval_unary(IR_ext32u, ~0ull), 0xffffffffull);
    cr_expect_eq(ir_eval_unary(IR_bswap16, 0xaabb1234), 0x3412);
    cr_expect_eq(ir_eval_unary(IR_bswap32, 0x1122334455667788ull), 0x88776655);
    cr_expect_eq(ir_eval_unary(IR_bswap64, 0x1122334455667788ull), 0x8877665544332211ull);
    cr_expect_eq(ir_eval_unary(IR_neg, 1), ~0ull);
}

Test(ir, conditions)
{
    uint64_t m1 = ~0ull;
    cr_expect(ir_cond_eval(IR_LT, m1, 0));
    cr_expect(!ir_cond_eval(IR_LTU, m1, 0));
    cr_expect(ir_cond_eval(IR_GEU, m1, 0));
    cr_expect(ir_cond_eval(IR_LE, 5, 5));
    cr_expect(ir_cond_eval(IR_GTU, 6, 5));
    cr_expect(ir_cond_eval(IR_TSTNE, 6, 2));
    cr_expect(ir_cond_eval(IR_TSTEQ, 6, 1));
    for (int c = 0; c < IR_NUM_CONDS; c++)
        for (uint64_t a = 0; a < 3; a++)
            cr_expect_neq(ir_cond_eval((IRCond)c, a, 1),
                          ir_cond_eval(ir_cond_invert((IRCond)c), a, 1), "cond %d", c);
}

Test(ir, atomics)
{
    cr_expect_eq(ir_eval_atomic(IR_AMO_ADD, 5, 3, 8), 8);
    cr_expect_eq(ir_eval_atomic(IR_AMO_ANDC, 0xff, 0x0f, 8), 0xf0);
    /* signed 32-bit: 0xffffffff is -1, smaller than 1 */
    cr_expect_eq(ir_eval_atomic(IR_AMO_SMIN, 0xffffffff, 1, 4), 0xffffffff);
    cr_expect_eq(ir_eval_atomic(IR_AMO_UMIN, 0xffffffff, 1, 4), 1);
    cr_expect_eq(ir_eval_atomic(IR_AMO_SMAX, 0x80000000, 0x7fffffff, 4), 0x7fffffff);
    cr_expect_eq(ir_eval_atomic(IR_AMO_UMAX, 0x80000000, 0x7fffffff, 4), 0x80000000);
    cr_expect_eq(ir_eval_atomic(IR_AMO_XCHG, 1, 2, 4), 2);
}

static uint64_t helper_add3(void *cpu, uint64_t a, uint64_t b, uint64_t c, uint64_t d)
{
    (void)cpu; (void)d;
    return a + b + c;
}

Test(ir, helpers_and_dump)
{
    uint32_t h = ir_helper_register("add3", helper_add3, IR_HELPER_PURE);
    cr_expect_eq(ir_helper_register("add3", helper_add3, IR_HELPER_PURE), h);
    cr_expect_str_eq(ir_helper_get(h)->name, "add3");
    IRBlock b;
    ir_block_init(&b, globals, 2, 64);
    ir_block_reset(&b, 0x1000);
    ir_insn_start(&b, 0x1000);
    IRTemp t = ir_const(&b, 5);
    uint32_t l = ir_new_label(&b);
    ir_brcond(&b, IR_LTU, 1, t, l);
    ir_call(&b, h, 1, 1, t, t, IR_NOTEMP);
    ir_set_label(&b, l);
    ir_ld(&b, t, 1, IR_MO_S32);
    ir_goto_tb(&b, 0, 0x1004);
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    ir_dump(&b, f);
    fclose(f);
    cr_expect(strstr(text, " ---- 0000000000001000") != NULL, "%s", text);
    cr_expect(strstr(text, "brcond") && strstr(text, "r1, t0, ltu, L0"), "%s", text);
    cr_expect(strstr(text, "call          r1, r1, t0, t0, -, add3") != NULL, "%s", text);
    cr_expect(strstr(text, "ld            t0, r1, s32") != NULL, "%s", text);
    cr_expect(strstr(text, "goto_tb       $0x0, $0x1004") != NULL, "%s", text);
    free(text);
    ir_block_free(&b);
}

/* ---- optimizer ---------------------------------------------------------------- */

static unsigned count_op(const IRBlock *b, IROpc o)
{
    unsigned n = 0;
    for (uint32_t i = 0; i < b->nops; i++)
        n += b->ops[i].opc == o;
    return n;
}

Test(ir_opt, folds_constants_and_removes_dead)
{
    IRBlock b;
    ir_block_init(&b, globals, 2, 64);
    ir_block_reset(&b, 0);
    IRTemp x = ir_const(&b, 6), y = ir_const(&b, 7), z = ir_new_temp(&b);
    ir_op2(&b, IR_mul, z, x, y);          /* 42 */
    ir_opi(&b, IR_add, 1, z, 0);          /* r1 = 42 */
    ir_exit_tb(&b, IR_EXIT_NEXT);
    ir_optimize(&b);
    cr_expect_eq(count_op(&b, IR_mul), 0);
    cr_expect_eq(count_op(&b, IR_add), 0);
    cr_expect_eq(b.nops, 2, "%u ops left", b.nops);
    cr_expect_eq(b.ops[0].opc, IR_movi);
    cr_expect_eq(b.ops[0].args[0], 1);
    cr_expect_eq(b.ops[0].args[1], 42);
    ir_block_free(&b);
}

/* Extensions of values already in range disappear; others stay. */
Test(ir_opt, redundant_extensions)
{
    IRBlock b;
    ir_block_init(&b, globals, 2, 64);
    ir_block_reset(&b, 0);
    IRTemp z = ir_new_temp(&b), s = ir_new_temp(&b), w = ir_new_temp(&b), v = ir_new_temp(&b);
    ir_op1(&b, IR_ext32u, z, 1);         /* z = zext32(r1) */
    ir_opi(&b, IR_shr, s, z, 6);         /* below 2^31 */
    ir_op1(&b, IR_ext32s, 0, s);         /* pc = sext32(s): a copy */
    ir_op1(&b, IR_ext32s, w, 1);         /* w = sext32(r1) */
    ir_op1(&b, IR_ext32s, v, w);         /* again: a copy */
    ir_op2(&b, IR_xor, 1, v, z);         /* r1 = v ^ z: neither fact holds */
    ir_op1(&b, IR_ext32s, 1, 1);         /* stays */
    ir_exit_tb(&b, IR_EXIT_NEXT);
    ir_optimize(&b);
    cr_expect_eq(count_op(&b, IR_ext32s), 2, "%u ext32s", count_op(&b, IR_ext32s));
    cr_expect_eq(count_op(&b, IR_ext32u), 1);
    ir_block_free(&b);
}

Test(ir_opt, identities_and_copies)
{
    IRBlock b;
    ir_block_init(&b, globals, 2, 64);
    ir_block_reset(&b, 0);
    IRTemp t = ir_new_temp(&b), u = ir_new_temp(&b);
    ir_mov(&b, t, 1);                    /* t = r1 */
    ir_op2(&b, IR_xor, u, t, t);         /* u = 0 */
    ir_op2(&b, IR_add, 0, t, u);         /* pc = r1 (copy) */
    ir_exit_tb(&b, IR_EXIT_NEXT);
    ir_optimize(&b);
    cr_expect_eq(count_op(&b, IR_xor), 0);
    cr_expect_eq(count_op(&b, IR_add), 0);
    cr_expect_eq(b.ops[0].opc, IR_mov, "first op %s", ir_op_defs[b.ops[0].opc].name);
    cr_expect_eq(b.ops[0].args[0], 0);
    cr_expect_eq(b.ops[0].args[1], 1);   /* read straight from r1 */
    ir_block_free(&b);
}

Test(ir_opt, keeps_values_across_branches)
{
    /* t = 5; if (r1 == 0) goto L; t = 6; L: pc = t  -> both defs stay */
    IRBlock b;
    ir_block_init(&b, globals, 2, 64);
    ir_block_reset(&b, 0);
    IRTemp t = ir_new_temp(&b);
    uint32_t l = ir_new_label(&b);
    ir_op2(&b, IR_add, t, 1, 1);
    ir_brcond(&b, IR_EQ, 1, ir_const(&b, 0), l);
    ir_op2(&b, IR_sub, t, 1, ir_const(&b, 1));
    ir_set_label(&b, l);
    ir_mov(&b, 0, t);
    ir_exit_tb(&b, IR_EXIT_NEXT);
    ir_optimize(&b);
    cr_expect_eq(count_op(&b, IR_add), 1);
    cr_expect_eq(count_op(&b, IR_sub), 1);
    cr_expect_eq(count_op(&b, IR_mov), 1);
    ir_block_free(&b);
}

Test(ir_opt, non_pure_call_forgets_globals)
{
    IRBlock b;
    ir_block_init(&b, globals, 2, 64);
    ir_block_reset(&b, 0);
    uint32_t h = ir_helper_register("add3", helper_add3, 0);
    IRTemp t = ir_new_temp(&b);
    ir_movi(&b, 1, 5);
    ir_call(&b, h, IR_NOTEMP, IR_NOTEMP, IR_NOTEMP, IR_NOTEMP, IR_NOTEMP);
    ir_opi(&b, IR_add, t, 1, 1);          /* r1 may have changed: not folded */
    ir_mov(&b, 0, t);
    ir_exit_tb(&b, IR_EXIT_NEXT);
    ir_optimize(&b);
    cr_expect_eq(count_op(&b, IR_add), 1);
    ir_block_free(&b);
}
