/*
 * riscv64 frontend: the one translation unit that holds every trans_*
 * handler (the generated decoders call them as static functions).
 *
 * Layout: IR globals and gen helpers, the generated decoders, the handler
 * groups (trans_*.c.inc), the disassembly printers, and the block
 * translation loop.  The GuestArch glue (ABI, state dump) is in riscv64.c.
 */
#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "internal.h"
#include "translator/gen.h"
#include "util/guestmem.h"

/* ---- IR globals ------------------------------------------------------------------ */

#define XG(n, name) { name, offsetof(RISCVCPU, x[n]) }
#define FG(n, name) { name, offsetof(RISCVCPU, f[n]) }

const IRGlobal riscv_globals[RV_NUM_GLOBALS] = {
    [RV_G_PC] = { "pc", offsetof(RISCVCPU, common.pc) },
    /* slot RV_G_X0 is never referenced (x0 reads are constants) */
    XG(0, "zero"), XG(1, "ra"), XG(2, "sp"), XG(3, "gp"), XG(4, "tp"),
    XG(5, "t0"), XG(6, "t1"), XG(7, "t2"), XG(8, "s0"), XG(9, "s1"),
    XG(10, "a0"), XG(11, "a1"), XG(12, "a2"), XG(13, "a3"), XG(14, "a4"),
    XG(15, "a5"), XG(16, "a6"), XG(17, "a7"), XG(18, "s2"), XG(19, "s3"),
    XG(20, "s4"), XG(21, "s5"), XG(22, "s6"), XG(23, "s7"), XG(24, "s8"),
    XG(25, "s9"), XG(26, "s10"), XG(27, "s11"), XG(28, "t3"), XG(29, "t4"),
    XG(30, "t5"), XG(31, "t6"),
    FG(0, "ft0"), FG(1, "ft1"), FG(2, "ft2"), FG(3, "ft3"), FG(4, "ft4"),
    FG(5, "ft5"), FG(6, "ft6"), FG(7, "ft7"), FG(8, "fs0"), FG(9, "fs1"),
    FG(10, "fa0"), FG(11, "fa1"), FG(12, "fa2"), FG(13, "fa3"), FG(14, "fa4"),
    FG(15, "fa5"), FG(16, "fa6"), FG(17, "fa7"), FG(18, "fs2"), FG(19, "fs3"),
    FG(20, "fs4"), FG(21, "fs5"), FG(22, "fs6"), FG(23, "fs7"), FG(24, "fs8"),
    FG(25, "fs9"), FG(26, "fs10"), FG(27, "fs11"), FG(28, "ft8"), FG(29, "ft9"),
    FG(30, "ft10"), FG(31, "ft11"),
    [RV_G_FRM] = { "frm", offsetof(RISCVCPU, frm) },
    [RV_G_RES_ADDR] = { "res_addr", offsetof(RISCVCPU, res_addr) },
    [RV_G_RES_VAL] = { "res_val", offsetof(RISCVCPU, res_val) },
};

/* ---- gen helpers ----------------------------------------------------------------- */

IRTemp rv_tmp(DisasContext *ctx)
{
    return ir_new_temp(ctx->b);
}

IRTemp rv_gpr(DisasContext *ctx, int r)
{
    return r ? RV_G_X0 + (IRTemp)r : ir_const(ctx->b, 0);
}

void rv_set_gpr(DisasContext *ctx, int r, IRTemp v)
{
    if (r)
        ir_mov(ctx->b, RV_G_X0 + (IRTemp)r, v);
}

/* Where an instruction writing rd puts its result: x[rd], or a dead temp for x0. */
static IRTemp gpr_dst(DisasContext *ctx, int rd)
{
    return rd ? RV_G_X0 + (IRTemp)rd : rv_tmp(ctx);
}

void rv_gen_exit(DisasContext *ctx, IRExit code, uint64_t next_pc)
{
    ir_movi(ctx->b, RV_G_PC, next_pc);
    ir_exit_tb(ctx->b, code);
    ctx->done = true;
}

void rv_gen_illegal(DisasContext *ctx)
{
    gen_illegal_insn(ctx->b, RV_G_PC, ctx->pc, ctx->insn);
    ctx->done = true;
}

/* The RVC 3-bit register fields name x8..x15. */
static inline int64_t rvc_reg(int64_t r)
{
    return r + 8;
}

#include "insn32.c.inc"
#include "insn16.c.inc"

#include "trans_rvi.c.inc"
#include "trans_rvm.c.inc"
#include "trans_rva.c.inc"
#include "trans_zicsr.c.inc"
#include "trans_rvc.c.inc"
#include "trans_fp.c.inc"
#include "disas.c.inc"

/* ---- the block loop ------------------------------------------------------------------- */

/*
 * Fetch the instruction at pc.  Returns its length (2 or 4), or 0 when it is
 * not executable; *bad is then the first address that is not.
 */
static unsigned fetch_insn(uint64_t pc, uint32_t *insn, uint64_t *bad)
{
    uint16_t lo, hi;
    if (!gm_access_ok(pc, 2, PROT_EXEC)) {
        *bad = pc;
        return 0;
    }
    memcpy(&lo, g2h(pc), 2);
    if ((lo & 3) != 3) {
        *insn = lo;
        return 2;
    }
    if (!gm_access_ok(pc + 2, 2, PROT_EXEC)) {
        *bad = pc + 2;
        return 0;
    }
    memcpy(&hi, g2h(pc + 2), 2);
    *insn = lo | (uint32_t)hi << 16;
    return 4;
}

bool riscv_decode_insn(DisasContext *ctx)
{
    if ((ctx->insn & 3) != 3)
        return decode_insn16(ctx, ctx->insn);
    return decode_insn32(ctx, ctx->insn);
}

void riscv_translate(GuestCPU *cpu, IRBlock *b, unsigned max_insns)
{
    DisasContext ctx = { .cpu = cpu, .b = b, .pc = b->guest_pc };
    uint64_t page = b->guest_pc & GUEST_PAGE_MASK;
    unsigned n = 0;

    for (;;) {
        uint64_t bad;
        unsigned len = fetch_insn(ctx.pc, &ctx.insn, &bad);
        if (len == 0) {
            if (n == 0) {
                gen_fetch_fault(b, RV_G_PC, ctx.pc, bad);
                ctx.done = true;
                /* cover the faulting address so an invalidation drops it */
                ctx.pc_next = ctx.pc + 2;
            }
            break;
        }
        ctx.pc_next = ctx.pc + len;
        if (ctx.pc_next > ctx.end)
            ctx.end = ctx.pc_next;
        ir_insn_start(b, ctx.pc);
        if (!riscv_decode_insn(&ctx))
            rv_gen_illegal(&ctx);
        n++;
        if (ctx.done)
            break;
        ctx.pc = ctx.pc_next;
        if (n >= max_insns || !ir_block_has_room(b) ||
            (ctx.pc & GUEST_PAGE_MASK) != page)
            break;
    }
    if (!ctx.done)
        ir_goto_tb(b, 0, ctx.pc);
    b->guest_end = ctx.done ? ctx.pc_next : ctx.pc;
    if (ctx.end > b->guest_end)          /* a followed backward branch */
        b->guest_end = ctx.end;
    b->ninsns = n;
}

void riscv_translate_init(void)
{
    gen_common_init();
    riscv_zicsr_init();
    riscv_fp_init();
}
