/*
 * The x86_64 JIT backend: lowers an IRBlock to host code in the code cache.
 *
 * Register conventions inside translated code: RBP = the GuestCPU, R14 =
 * guest_base, R15 = guest_limit; everything else is the allocator's
 * (regalloc.c).  Code is entered through a trampoline (jit_enter) that saves
 * the callee-saved registers; every exit jumps to its epilogue with the
 * IRExit code in EAX.  Both live in a permanent part of the code cache.
 *
 * Each TB starts with a check of cpu->exit_request, so chained blocks still
 * stop when asked.  goto_tb is a `jmp rel32` (4-byte aligned displacement,
 * patched atomically by link) that initially targets an exit stub;
 * goto_ptr looks the target up in the CPU's jump cache inline.  Guest
 * memory accesses are [R14 + addr] after one compare with R15; addresses
 * past the limit go to an out-of-line stub that reports a guest fault.
 * Host faults inside a block are mapped back to the guest pc through a
 * table of (host offset, guest pc) pairs stored after the code.
 */
#include <capstone/capstone.h>
#include <inttypes.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "jit_internal.h"
#include "translator/translator.h"
#include "util/util.h"

typedef IRExit (*JitEnterFn)(GuestCPU *cpu, const void *code);
static JitEnterFn jit_enter;
uint8_t *jit_epilogue;

/* Data stored after each block's code. */
typedef struct JitTBData {
    uint32_t jmp_field[IR_MAX_SLOTS]; /* offsets of goto_tb rel32 fields, 0 if unused */
    uint32_t ninsns;
    JitInsn insns[];
} JitTBData;

/* ---- trampoline ----------------------------------------------------------------- */

static const X86Reg saved_regs[] = { RBP, RBX, R12, R13, R14, R15 };

static void jit_init_trampoline(void)
{
    uint8_t *buf = code_cache_alloc_permanent(256);
    Emitter e;
    emit_init(&e, buf, 256);
    for (size_t i = 0; i < 6; i++)
        emit_push(&e, saved_regs[i]);
    emit_alu_ri(&e, ALU_SUB, RSP, 8);               /* 16-byte alignment for calls */
    emit_mov_rr(&e, RBP, RDI);
    emit_load_env(&e, R14, OFF(guest_base));
    emit_load_env(&e, R15, OFF(guest_limit));
    emit_jmp_reg(&e, RSI);
    jit_epilogue = e.p;
    emit_alu_ri(&e, ALU_ADD, RSP, 8);
    for (size_t i = 6; i-- > 0;)
        emit_pop(&e, saved_regs[i]);
    emit_ret(&e);
    jit_enter = (JitEnterFn)(void *)buf;
}

/* ---- liveness --------------------------------------------------------------------------- */

/*
 * Last read of each temp.  A backward branch makes every temp touched inside
 * the loop live until the branch, since the next iteration reads it again.
 */
static void compute_last_use(const IRBlock *b, TempInfo *t)
{
    for (IRTemp i = 0; i < b->ntemps; i++) {
        t[i] = (TempInfo){ .loc = LOC_MEM, .reg = -1, .global = i < b->nglobals,
                           .last_use = i < b->nglobals ? UINT32_MAX : 0 };
    }
    uint32_t *label_at = calloc(b->nlabels + 1, sizeof(uint32_t));
    for (uint32_t i = 0; i < b->nops; i++) {
        const IROp *op = &b->ops[i];
        const IROpDef *d = &ir_op_defs[op->opc];
        if (op->opc == IR_set_label)
            label_at[op->args[0]] = i;
        for (unsigned a = d->nout; a < (unsigned)(d->nout + d->nin); a++)
            if (op->args[a] != IR_NOTEMP && !t[op->args[a]].global)
                t[op->args[a]].last_use = i;
    }
    for (uint32_t i = 0; i < b->nops; i++) {
        const IROp *op = &b->ops[i];
        uint64_t label = op->opc == IR_br ? op->args[0] : op->opc == IR_brcond ? op->args[3] : UINT64_MAX;
        if (label == UINT64_MAX || label_at[label] > i)
            continue;
        for (uint32_t j = label_at[label]; j <= i; j++) {
            const IROp *o = &b->ops[j];
            const IROpDef *d = &ir_op_defs[o->opc];
            for (unsigned a = 0; a < (unsigned)(d->nout + d->nin); a++)
                if (o->args[a] != IR_NOTEMP && !t[o->args[a]].global && t[o->args[a]].last_use < i)
                    t[o->args[a]].last_use = i;
        }
    }
    free(label_at);
}

/* Every read of every temp, in op order (for the allocator's evictions). */
static void build_use_lists(const IRBlock *b, UseLists *u)
{
    u->start = calloc(b->ntemps + 2, sizeof(uint32_t));
    for (uint32_t i = 0; i < b->nops; i++) {
        const IROpDef *d = &ir_op_defs[b->ops[i].opc];
        for (unsigned a = d->nout; a < (unsigned)(d->nout + d->nin); a++)
            if (b->ops[i].args[a] != IR_NOTEMP)
                u->start[b->ops[i].args[a] + 2]++;
    }
    for (IRTemp t = 0; t < b->ntemps; t++)
        u->start[t + 2] += u->start[t + 1];
    u->pos = malloc((u->start[b->ntemps + 1] + 1) * sizeof(uint32_t));
    for (uint32_t i = 0; i < b->nops; i++) {
        const IROpDef *d = &ir_op_defs[b->ops[i].opc];
        for (unsigned a = d->nout; a < (unsigned)(d->nout + d->nin); a++)
            if (b->ops[i].args[a] != IR_NOTEMP)
                u->pos[u->start[b->ops[i].args[a] + 1]++] = i;
    }
    /* start[t+1] now ends t's list; shift so start[t] begins it */
    u->cursor = malloc((b->ntemps + 1) * sizeof(uint32_t));
    for (IRTemp t = 0; t < b->ntemps; t++)
        u->cursor[t] = u->start[t];
}

/* ---- blocks ------------------------------------------------------------------------------ */

/* A goto_tb jump: rel32 4-byte aligned so link() patches it atomically. */
void jit_emit_chain_jmp(JitCtx *c, unsigned slot, uint64_t pc)
{
    while ((emit_offset(&c->e) + 1) & 3)
        emit_nops(&c->e, 1);
    uint32_t field = emit_jmp_fwd(&c->e);
    c->jmp_field[slot] = field;
    c->exits[c->nexits++] = (ExitStub){ field, pc, (int)slot };
}

/* Side-exit stubs: store the globals dirty at the branch, then goto_tb. */
static void emit_side_exits(JitCtx *c)
{
    for (uint32_t i = 0; i < c->nsides; i++) {
        SideExit *s = &c->sides[i];
        emit_patch_rel32(&c->e, s->field, emit_offset(&c->e));
        for (uint32_t k = s->first; k < s->first + s->n; k++)
            if (c->snap[k].reg >= 0)
                emit_store_env(&c->e, (X86Reg)c->snap[k].reg, c->snap[k].off);
        for (uint32_t k = s->first; k < s->first + s->n; k++) {
            if (c->snap[k].reg >= 0)
                continue;
            if (fits32(c->snap[k].val)) {
                emit_store_env_imm32(&c->e, c->snap[k].off, (int32_t)c->snap[k].val);
            } else {
                emit_mov_ri(&c->e, RAX, c->snap[k].val);    /* registers are stored: RAX is free */
                emit_store_env(&c->e, RAX, c->snap[k].off);
            }
        }
        jit_emit_chain_jmp(c, (unsigned)s->slot, s->pc);
    }
}

static void emit_stubs(JitCtx *c)
{
    uint32_t epi = (uint32_t)(jit_epilogue - c->e.start);
    emit_side_exits(c);
    for (uint32_t i = 0; i < c->nfaults; i++) {
        FaultStub *f = &c->faults[i];
        emit_patch_rel32(&c->e, f->field, emit_offset(&c->e));
        emit_store_env(&c->e, f->addr, OFF(fault_addr));
        jit_store_pc_imm(c, f->pc);
        emit_store_env32_imm(&c->e, OFF(fault_signal), SIGSEGV);
        emit_store_env_imm32(&c->e, OFF(last_tb), 0);
        emit_mov_ri(&c->e, RAX, IR_EXIT_FAULT);
        emit_jmp_to(&c->e, epi);
    }
    for (uint32_t i = 0; i < c->nexits; i++) {
        ExitStub *x = &c->exits[i];
        emit_patch_rel32(&c->e, x->field, emit_offset(&c->e));
        jit_store_pc_imm(c, x->pc);
        emit_mov_ri(&c->e, RAX, (uint64_t)(uintptr_t)c->tb);
        emit_store_env(&c->e, RAX, OFF(last_tb));
        emit_store_env32_imm(&c->e, OFF(last_slot), (uint32_t)x->slot);
        emit_mov_ri(&c->e, RAX, IR_EXIT_NEXT);
        emit_jmp_to(&c->e, epi);
    }
}

static void log_out_asm(const TB *tb)
{
    csh h;
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &h) != CS_ERR_OK)
        return;
    cs_insn *insn;
    size_t n = cs_disasm(h, tb->code, tb->code_size, (uint64_t)(uintptr_t)tb->code, 0, &insn);
    log_printf("OUT: [size=%u]\n", tb->code_size);
    for (size_t i = 0; i < n; i++)
        log_printf("0x%" PRIx64 ":  %-8s %s\n", insn[i].address, insn[i].mnemonic, insn[i].op_str);
    log_printf("\n");
    if (n)
        cs_free(insn, n);
    cs_close(&h);
}

static bool jit_gen_code(TB *tb, const IRBlock *b)
{
    if (!jit_enter)
        jit_init_trampoline();
    size_t avail;
    uint8_t *buf = code_cache_begin(&avail);
    if (!buf || avail < 4096)
        return false;

    JitCtx c = { .b = b, .tb = tb };
    emit_init(&c.e, buf, avail);
    TempInfo *temps = malloc(b->ntemps * sizeof(TempInfo));
    c.label_off = malloc((b->nlabels + 1) * sizeof(uint32_t));
    memset(c.label_off, 0xff, (b->nlabels + 1) * sizeof(uint32_t));
    compute_last_use(b, temps);
    ra_init(&c.ra, &c.e, b, temps);
    UseLists uses;
    build_use_lists(b, &uses);
    c.ra.uses = &uses;

    /* Entry: leave when asked (signals, exit of another thread). */
    emit_cmp_env32_imm8(&c.e, OFF(exit_request), 0);
    uint32_t req = emit_jcc_fwd(&c.e, CC_NE);
    if (tr_opts.count_insns) {
        emit_load_env(&c.e, RAX, OFF(insn_count));
        emit_alu_ri(&c.e, ALU_ADD, RAX, (int32_t)b->ninsns);
        emit_store_env(&c.e, RAX, OFF(insn_count));
    }
    for (uint32_t i = 0; i < b->nops; i++) {
        c.ra.op_index = i;
        jit_lower_op(&c, &b->ops[i]);
        ra_op_done(&c.ra, &b->ops[i]);
    }
    for (uint32_t i = 0; i < c.nfixups; i++)
        emit_patch_rel32(&c.e, c.fixups[i].field, c.label_off[c.fixups[i].label]);
    emit_patch_rel32(&c.e, req, emit_offset(&c.e));
    jit_store_pc_imm(&c, b->guest_pc);
    jit_emit_exit(&c, IR_EXIT_INTERRUPT);
    emit_stubs(&c);

    /* pc-recovery table after the code */
    while (emit_offset(&c.e) & 7)
        emit_u8(&c.e, 0xcc);
    uint32_t code_size = emit_offset(&c.e);
    JitTBData hdr = { .ninsns = c.ninsns };
    memcpy(hdr.jmp_field, c.jmp_field, sizeof(hdr.jmp_field));
    emit_bytes(&c.e, &hdr, sizeof(hdr));
    emit_bytes(&c.e, c.insns, c.ninsns * (unsigned)sizeof(JitInsn));

    bool ok = !c.e.full;
    if (ok) {
        code_cache_end(emit_offset(&c.e));
        tb->code = buf;
        tb->code_size = code_size;
        tb->backend_data = buf + code_size;
        if (log_enabled(LOG_OUT_ASM))
            log_out_asm(tb);
    }
    free(temps);
    free(uses.start);
    free(uses.pos);
    free(uses.cursor);
    free(c.label_off);
    free(c.fixups);
    free(c.faults);
    free(c.insns);
    free(c.sides);
    free(c.snap);
    return ok;
}

static IRExit jit_exec(GuestCPU *cpu, TB *tb)
{
    return jit_enter(cpu, tb->code);
}

static void jit_link(TB *from, int slot, TB *to)
{
    JitTBData *d = from->backend_data;
    uint32_t field = d->jmp_field[slot];
    if (!field)
        return;
    uint8_t *p = (uint8_t *)from->code + field;
    int32_t rel = (int32_t)((uint8_t *)to->code - (p + 4));
    __atomic_store_n((int32_t *)p, rel, __ATOMIC_RELEASE);
}

static bool jit_restore_pc(TB *tb, uintptr_t host_pc, uint64_t *guest_pc)
{
    const JitTBData *d = tb->backend_data;
    uintptr_t off = host_pc - (uintptr_t)tb->code;
    if (off >= tb->code_size || d->ninsns == 0)
        return false;
    uint32_t lo = 0, hi = d->ninsns;    /* last insn starting at or before off */
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (d->insns[mid].host_off <= off)
            lo = mid;
        else
            hi = mid;
    }
    *guest_pc = d->insns[lo].guest_pc;
    return true;
}

const Backend backend_jit = {
    .name = "jit",
    .gen_code = jit_gen_code,
    .exec = jit_exec,
    .link = jit_link,
    .restore_pc = jit_restore_pc,
};
