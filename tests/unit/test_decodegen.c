/*
 * Unit test of scripts/decodegen.py's output, through a small generated
 * decoder (tests/unit/sample.decode): field extraction (signed, split,
 * shifted, post-processed), formats, overlap with fall-through when a
 * handler rejects, and the disassembly entry point.
 */
#include <criterion/criterion.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct DisasContext { int calls; char last[32]; int64_t v[3]; } DisasContext;
typedef struct DisasInfo { char buf[64]; } DisasInfo;

static int64_t times3(int64_t v) { return v * 3; }

#include "sample.c.inc"

static bool rec(DisasContext *c, const char *name, int64_t a, int64_t b, int64_t d)
{
    c->calls++;
    snprintf(c->last, sizeof(c->last), "%s", name);
    c->v[0] = a; c->v[1] = b; c->v[2] = d;
    return true;
}
static bool trans_add(DisasContext *c, arg_r *a) { return rec(c, "add", a->rd, a->rs1, a->rs2); }
static bool trans_addi(DisasContext *c, arg_i *a) { return rec(c, "addi", a->rd, a->rs1, a->imm); }
static bool trans_beq(DisasContext *c, arg_b *a) { return rec(c, "beq", a->rs1, a->rs2, a->imm); }
static bool trans_special(DisasContext *c, arg_i *a) { return a->imm == 5 ? rec(c, "special", 0, 0, 0) : false; }
static bool trans_fence_i(DisasContext *c, void *a) { (void)a; return rec(c, "fence_i", 0, 0, 0); }
static bool trans_tripled(DisasContext *c, arg_i *a) { return rec(c, "tripled", a->rd, a->rs1, a->imm); }

static void disas_r(DisasInfo *d, const char *m, arg_r *a) { snprintf(d->buf, 64, "%s %d,%d,%d", m, (int)a->rd, (int)a->rs1, (int)a->rs2); }
static void disas_i(DisasInfo *d, const char *m, arg_i *a) { snprintf(d->buf, 64, "%s %d,%d,%d", m, (int)a->rd, (int)a->rs1, (int)a->imm); }
static void disas_b(DisasInfo *d, const char *m, arg_b *a) { snprintf(d->buf, 64, "%s %d,%d,%d", m, (int)a->rs1, (int)a->rs2, (int)a->imm); }
static void disas_none(DisasInfo *d, const char *m, void *a) { (void)a; snprintf(d->buf, 64, "%s", m); }

Test(decodegen, fields_and_dispatch)
{
    DisasContext c = { 0 };
    cr_expect(decode_sample(&c, 0x00c58533));          /* add a0,a1,a2 */
    cr_expect_str_eq(c.last, "add");
    cr_expect_eq(c.v[0], 10); cr_expect_eq(c.v[1], 11); cr_expect_eq(c.v[2], 12);
    cr_expect(decode_sample(&c, 0xfff58513));          /* addi a0,a1,-1 */
    cr_expect_str_eq(c.last, "addi");
    cr_expect_eq(c.v[2], -1);
    cr_expect(decode_sample(&c, 0xfeb50ee3));          /* beq a0,a1,-4 */
    cr_expect_str_eq(c.last, "beq");
    cr_expect_eq(c.v[2], -4);
    cr_expect(decode_sample(&c, 0x0000100f));
    cr_expect_str_eq(c.last, "fence_i");
    cr_expect(!decode_sample(&c, 0xffffffff));
}

Test(decodegen, overlap_falls_through)
{
    DisasContext c = { 0 };
    /* 'special' (addi x0, x0, imm) accepts imm 5 only; otherwise addi gets it */
    cr_expect(decode_sample(&c, 0x00500013));
    cr_expect_str_eq(c.last, "special");
    cr_expect(decode_sample(&c, 0x00600013));
    cr_expect_str_eq(c.last, "addi");
}

Test(decodegen, function_and_disas)
{
    DisasContext c = { 0 };
    cr_expect(decode_sample(&c, 0x0025f50b));          /* tripled: imm 2 -> 6 */
    cr_expect_str_eq(c.last, "tripled");
    cr_expect_eq(c.v[2], 6 << 1);
    DisasInfo d;
    cr_expect(disas_sample(&d, 0x00c58533));
    cr_expect_str_eq(d.buf, "add 10,11,12");
    cr_expect(disas_sample(&d, 0x0000100f));
    cr_expect_str_eq(d.buf, "fence.i");
    cr_expect(!disas_sample(&d, 0xffffffff));
}
