/*
 * The softmmu lowering pass (see softmmu.h): guest memory ops become an
 * inline TLB lookup plus a host access, with a helper call when the page
 * is not in the TLB for that kind of access, is not RAM, or the access is
 * misaligned (the tag compare includes the low address bits).
 */
#include <stdlib.h>
#include <string.h>

#include "translator/softmmu.h"
#include "util/util.h"

/* ent = table entry of addr; returns the temp holding the host address on a hit,
 * after branching to `miss` when the tag at `off_tag` does not match. */
static IRTemp gen_tlb_hit(IRBlock *b, const SoftmmuConfig *cfg, IRTemp addr, uint64_t mo,
                          uint32_t off_tag, uint32_t miss)
{
    IRTemp tbl = ir_const(b, (uint64_t)(uintptr_t)cfg->tlb_table);
    IRTemp idx = ir_new_temp(b), ent = ir_new_temp(b);
    IRTemp tag = ir_new_temp(b), want = ir_new_temp(b), add = ir_new_temp(b);
    IRTemp host = ir_new_temp(b), p = ir_new_temp(b);
    uint64_t page_mask = ~((1ull << cfg->page_bits) - 1);

    ir_opi(b, IR_shr, idx, addr, cfg->page_bits);
    ir_opi(b, IR_and, idx, idx, (1ull << cfg->tlb_bits) - 1);
    ir_opi(b, IR_shl, idx, idx, cfg->entry_shift);
    ir_op2(b, IR_add, ent, tbl, idx);
    ir_opi(b, IR_add, p, ent, off_tag);
    ir_ld(b, tag, p, IR_MO_64);
    ir_opi(b, IR_and, want, addr, page_mask | (ir_mo_bytes(mo) - 1));
    ir_brcond(b, IR_NE, tag, want, miss);
    IRTemp pa = ir_new_temp(b);
    ir_opi(b, IR_add, pa, ent, cfg->off_addend);
    ir_ld(b, add, pa, IR_MO_64);
    ir_op2(b, IR_add, host, addr, add);
    return host;
}

static void lower_ld(IRBlock *b, const SoftmmuConfig *cfg, const IROp *op)
{
    IRTemp d = (IRTemp)op->args[0], addr = (IRTemp)op->args[1];
    uint64_t mo = op->args[2];
    if (!cfg->tlb_table) {
        ir_call(b, cfg->helpers[SOFTMMU_LD], d, addr, ir_const(b, mo), IR_NOTEMP, IR_NOTEMP);
        return;
    }
    uint32_t miss = ir_new_label(b), done = ir_new_label(b);
    IRTemp host = gen_tlb_hit(b, cfg, addr, mo, cfg->off_read, miss);
    ir_ld(b, d, host, (IRMemOp)mo);
    ir_br(b, done);
    ir_set_label(b, miss);
    ir_call(b, cfg->helpers[SOFTMMU_LD], d, addr, ir_const(b, mo), IR_NOTEMP, IR_NOTEMP);
    ir_set_label(b, done);
}

static void lower_st(IRBlock *b, const SoftmmuConfig *cfg, const IROp *op)
{
    IRTemp val = (IRTemp)op->args[0], addr = (IRTemp)op->args[1];
    uint64_t mo = op->args[2];
    if (!cfg->tlb_table) {
        ir_call(b, cfg->helpers[SOFTMMU_ST], IR_NOTEMP, addr, val, ir_const(b, mo), IR_NOTEMP);
        return;
    }
    uint32_t miss = ir_new_label(b), done = ir_new_label(b);
    IRTemp host = gen_tlb_hit(b, cfg, addr, mo, cfg->off_write, miss);
    ir_st(b, val, host, (IRMemOp)mo);
    ir_br(b, done);
    ir_set_label(b, miss);
    ir_call(b, cfg->helpers[SOFTMMU_ST], IR_NOTEMP, addr, val, ir_const(b, mo), IR_NOTEMP);
    ir_set_label(b, done);
}

/* Atomics are rarer: always the helper (it does the alignment check). */
static void lower_atomic(IRBlock *b, const SoftmmuConfig *cfg, const IROp *op)
{
    if (op->opc == IR_atomic_rmw) {
        uint64_t mo_aop = op->args[3] | op->args[4] << 8;
        ir_call(b, cfg->helpers[SOFTMMU_AMO], (IRTemp)op->args[0], (IRTemp)op->args[1],
                (IRTemp)op->args[2], ir_const(b, mo_aop), IR_NOTEMP);
    } else {
        ir_call(b, cfg->helpers[SOFTMMU_CAS], (IRTemp)op->args[0], (IRTemp)op->args[1],
                (IRTemp)op->args[2], (IRTemp)op->args[3], ir_const(b, op->args[4]));
    }
}

void softmmu_lower(IRBlock *b, const SoftmmuConfig *cfg)
{
    uint32_t n = b->nops;
    IROp *old = malloc(n * sizeof(IROp));
    if (!old)
        xrun_fatal(XRUN_EXIT_NOMEM, "out of memory");
    memcpy(old, b->ops, n * sizeof(IROp));
    b->nops = 0;
    for (uint32_t i = 0; i < n; i++) {
        const IROp *op = &old[i];
        if (i < cfg->first_op) {
            *ir_emit(b, (IROpc)op->opc) = *op;
            continue;
        }
        switch (op->opc) {
        case IR_ld: lower_ld(b, cfg, op); break;
        case IR_st: lower_st(b, cfg, op); break;
        case IR_atomic_rmw: case IR_atomic_cmpxchg: lower_atomic(b, cfg, op); break;
        default: *ir_emit(b, (IROpc)op->opc) = *op; break;
        }
    }
    free(old);
}
