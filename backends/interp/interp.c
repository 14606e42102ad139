/*
 * The portable IR interpreter: a backend like the JIT, behind the same
 * contract.  gen_code compiles an IRBlock into a compact bytecode array in
 * the code cache (temps resolved to byte offsets in the CPU structure,
 * labels to op indices, helpers to function pointers); exec runs it.
 *
 * It is the fallback on hosts without a JIT and the oracle the JIT is
 * tested against, so it evaluates every op through the same ir_eval_*
 * functions the optimizer uses.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "translator/stats.h"
#include "translator/translator.h"
#include "util/util.h"

#define NO_OFF UINT32_MAX

typedef struct IOp {
    uint16_t opc;
    uint32_t o[5];      /* byte offsets of outputs then inputs */
    uint64_t c[2];      /* constants (labels resolved to op indices) */
} IOp;

static uint32_t temp_off(const IRBlock *b, uint64_t t)
{
    return t == IR_NOTEMP ? NO_OFF : ir_temp_offset(b, (IRTemp)t);
}

static bool interp_gen_code(TB *tb, const IRBlock *b)
{
    /* label -> index of the op that follows it */
    uint32_t *label_at = calloc(b->nlabels + 1, sizeof(uint32_t));
    uint32_t n = 0;
    for (uint32_t i = 0; i < b->nops; i++) {
        if (b->ops[i].opc == IR_set_label)
            label_at[b->ops[i].args[0]] = n;
        else
            n++;
    }
    IOp *code = code_cache_alloc(n * sizeof(IOp), 16);
    if (!code) {
        free(label_at);
        return false;
    }
    uint32_t k = 0;
    for (uint32_t i = 0; i < b->nops; i++) {
        const IROp *op = &b->ops[i];
        const IROpDef *d = &ir_op_defs[op->opc];
        if (op->opc == IR_set_label)
            continue;
        IOp *io = &code[k++];
        memset(io, 0, sizeof(*io));
        io->opc = op->opc;
        unsigned nt = d->nout + d->nin;
        for (unsigned a = 0; a < nt; a++)
            io->o[a] = temp_off(b, op->args[a]);
        for (unsigned a = 0; a < d->nconst && a < 2; a++)
            io->c[a] = op->args[nt + a];
        switch (op->opc) {
        case IR_br:
            io->c[0] = label_at[op->args[0]];
            break;
        case IR_brcond:
            io->c[1] = label_at[op->args[3]];
            break;
        case IR_call:
            io->c[0] = (uint64_t)(uintptr_t)ir_helper_get((uint32_t)op->args[5])->fn;
            break;
        case IR_movcond:
            io->c[0] = op->args[5];
            break;
        case IR_atomic_rmw:
            io->c[0] = op->args[3];
            io->c[1] = op->args[4];
            break;
        case IR_atomic_cmpxchg:
            io->c[0] = op->args[4];
            break;
        case IR_brcond_tb:
            io->c[0] = op->args[2] | op->args[3] << 8;   /* cond, slot */
            io->c[1] = op->args[4];
            break;
        default:
            break;
        }
    }
    free(label_at);
    tb->code = code;
    tb->code_size = n * sizeof(IOp);
    return true;
}

static void interp_link(TB *from, int slot, TB *to)
{
    __atomic_store_n(&from->jmp_dest[slot], to, __ATOMIC_RELEASE);
}

static void interp_unlink(TB *from, int slot)
{
    __atomic_store_n(&from->jmp_dest[slot], NULL, __ATOMIC_RELEASE);
}

/* ---- execution -------------------------------------------------------------------- */

static uint64_t load_host(const void *p, uint64_t mo)
{
    switch (mo & IR_MO_SIZE) {
    case IR_MO_8: { uint8_t v; memcpy(&v, p, 1); return mo & IR_MO_SIGN ? (uint64_t)(int64_t)(int8_t)v : v; }
    case IR_MO_16: { uint16_t v; memcpy(&v, p, 2); return mo & IR_MO_SIGN ? (uint64_t)(int64_t)(int16_t)v : v; }
    case IR_MO_32: { uint32_t v; memcpy(&v, p, 4); return mo & IR_MO_SIGN ? (uint64_t)(int64_t)(int32_t)v : v; }
    default: { uint64_t v; memcpy(&v, p, 8); return v; }
    }
}

static void store_host(void *p, uint64_t v, uint64_t mo)
{
    switch (mo & IR_MO_SIZE) {
    case IR_MO_8: { uint8_t x = (uint8_t)v; memcpy(p, &x, 1); break; }
    case IR_MO_16: { uint16_t x = (uint16_t)v; memcpy(p, &x, 2); break; }
    case IR_MO_32: { uint32_t x = (uint32_t)v; memcpy(p, &x, 4); break; }
    default: memcpy(p, &v, 8); break;
    }
}

static TB *jmp_cache_find(GuestCPU *cpu, uint64_t pc)
{
    TB *tb = cpu->jmp_cache[tb_jc_index(pc)];
    return tb && tb->pc == pc ? tb : NULL;
}

#define R(i) (*(uint64_t *)(base + op->o[i]))

/* Leaving for exit_request (as the JIT's check at each block entry does):
 * without it the cpu loop would go on to the next block and never see it. */
static IRExit interp_interrupt(GuestCPU *cpu)
{
    cpu->last_tb = NULL;
    return IR_EXIT_INTERRUPT;
}

static IRExit interp_exec(GuestCPU *cpu, TB *tb)
{
    uint8_t *base = (uint8_t *)cpu;
    uint8_t *gbase = cpu->guest_base;
    const uint64_t limit = cpu->guest_limit;

next_tb:
    /* leave when asked, at every block entry, as the JIT does (signals,
     * other threads, xrun-system's timer tick) */
    if (cpu->exit_request)
        return interp_interrupt(cpu);
    if (tr_opts.count_insns)
        cpu->insn_count += tb->ninsns, tr_stats.tb_entries++;
    const IOp *code = tb->code;
    const IOp *op = code;
    for (;; op++) {
        switch ((IROpc)op->opc) {
        case IR_mov: R(0) = R(1); break;
        case IR_movi: R(0) = op->c[0]; break;
        case IR_add: R(0) = R(1) + R(2); break;
        case IR_sub: R(0) = R(1) - R(2); break;
        case IR_and: R(0) = R(1) & R(2); break;
        case IR_or: R(0) = R(1) | R(2); break;
        case IR_xor: R(0) = R(1) ^ R(2); break;
        case IR_shl: R(0) = R(1) << (R(2) & 63); break;
        case IR_shr: R(0) = R(1) >> (R(2) & 63); break;
        case IR_sar: R(0) = (uint64_t)((int64_t)R(1) >> (R(2) & 63)); break;
        case IR_ext32s: R(0) = (uint64_t)(int64_t)(int32_t)R(1); break;
        case IR_ext32u: R(0) = (uint32_t)R(1); break;
        case IR_mul: case IR_mulsh: case IR_muluh: case IR_mulsuh:
        case IR_divs: case IR_divu: case IR_rems: case IR_remu:
        case IR_andc: case IR_orc: case IR_rotl: case IR_rotr: case IR_rotr32:
            R(0) = ir_eval_binary((IROpc)op->opc, R(1), R(2));
            break;
        case IR_neg: case IR_not: case IR_ext8s: case IR_ext8u:
        case IR_ext16s: case IR_ext16u: case IR_clz: case IR_ctz:
        case IR_popcnt: case IR_bswap16: case IR_bswap32: case IR_bswap64:
            R(0) = ir_eval_unary((IROpc)op->opc, R(1));
            break;
        case IR_fpu64:
            R(0) = ir_eval_fpu64((IRFpuOp)op->c[0], R(1), R(2), op->c[1]);
            break;
        case IR_fpu64c: {
            uint64_t in[4];
            for (int i = 0; i < 4; i++)
                in[i] = op->o[1 + i] == NO_OFF ? 0 : *(uint64_t *)(base + op->o[1 + i]);
            R(0) = ir_exec_fpu64c(cpu, op->c[0], in[0], in[1], in[2], in[3]);
            break;
        }
        case IR_setcond:
            R(0) = ir_cond_eval((IRCond)op->c[0], R(1), R(2));
            break;
        case IR_movcond:
            R(0) = ir_cond_eval((IRCond)op->c[0], R(1), R(2)) ? R(3) : R(4);
            break;
        case IR_ld: {
            /* As the JIT: only the first byte is checked; an access that
             * straddles the limit faults in the guard pages (a host fault,
             * at the first byte past the limit), so both report alike. */
            uint64_t addr = R(1);
            if (__builtin_expect(addr >= limit, 0))
                goto fault;
            R(0) = load_host(gbase + addr, op->c[0]);
            break;
        }
        case IR_st: {
            uint64_t addr = R(1);
            if (__builtin_expect(addr >= limit, 0))
                goto fault;
            store_host(gbase + addr, R(0), op->c[0]);
            break;
        }
        case IR_atomic_rmw: {
            uint64_t addr = R(1), mo = op->c[0];
            unsigned n = ir_mo_bytes(mo);
            if (__builtin_expect(addr > limit - n, 0))
                goto fault;
            R(0) = ir_exec_atomic_rmw(gbase + addr, R(2), mo, (IRAtomicOp)op->c[1]);
            break;
        }
        case IR_atomic_cmpxchg: {
            uint64_t addr = R(1), mo = op->c[0];
            unsigned n = ir_mo_bytes(mo);
            if (__builtin_expect(addr > limit - n, 0))
                goto fault;
            R(0) = ir_exec_cmpxchg(gbase + addr, R(2), R(3), mo);
            break;
        }
        case IR_fence:
            if (op->c[0] & IR_FENCE_ST_LD)
                __atomic_thread_fence(__ATOMIC_SEQ_CST);
            else
                __atomic_signal_fence(__ATOMIC_SEQ_CST);
            break;
        case IR_call: {
            IRHelperFn fn = (IRHelperFn)(uintptr_t)op->c[0];
            uint64_t a[4];
            for (int i = 0; i < 4; i++)
                a[i] = op->o[1 + i] == NO_OFF ? 0 : *(uint64_t *)(base + op->o[1 + i]);
            if (tr_opts.count_insns) tr_stats.helper_calls++;   /* stats.h */
            uint64_t r = fn(cpu, a[0], a[1], a[2], a[3]);
            if (op->o[0] != NO_OFF)
                R(0) = r;
            break;
        }
        case IR_br:
            op = code + op->c[0] - 1;
            break;
        case IR_brcond:
            if (ir_cond_eval((IRCond)op->c[0], R(0), R(1)))
                op = code + op->c[1] - 1;
            break;
        case IR_insn_start:
            cpu->pc = op->c[0];
            break;
        case IR_brcond_tb:
            if (!ir_cond_eval((IRCond)(op->c[0] & 0xff), R(0), R(1)))
                break;
            /* fall into goto_tb with this op's slot and pc */
            /* fall through */
        case IR_goto_tb: {
            unsigned slot = (unsigned)(op->opc == IR_goto_tb ? op->c[0] : op->c[0] >> 8);
            cpu->pc = op->c[1];
            TB *next = __atomic_load_n(&tb->jmp_dest[slot], __ATOMIC_ACQUIRE);
            if (next) {       /* next_tb leaves for exit_request */
                tb = next;
                goto next_tb;
            }
            if (cpu->exit_request)      /* a signal or a flush: to the cpu loop */
                return interp_interrupt(cpu);
            cpu->last_tb = tb;
            cpu->last_slot = (int)slot;
            return IR_EXIT_NEXT;
        }
        case IR_goto_ptr: {
            cpu->pc = R(0);
            TB *next = tr_opts.nochain ? NULL : jmp_cache_find(cpu, cpu->pc);
            if (next) {       /* next_tb leaves for exit_request */
                tb = next;
                goto next_tb;
            }
            if (cpu->exit_request)
                return interp_interrupt(cpu);
            cpu->last_tb = NULL;
            return IR_EXIT_NEXT;
        }
        case IR_exit_tb:
            cpu->last_tb = NULL;
            return (IRExit)op->c[0];
        case IR_set_label:
        case IR_NUM_OPS:
            xrun_fatal(XRUN_EXIT_INTERNAL, "interpreter: bad op %u", op->opc);
        }
    }

fault:
    /* Out of the guest address space: cpu->pc was set by insn_start. */
    cpu->fault_addr = R(1);
    cpu->fault_signal = SIGSEGV;
    cpu->last_tb = NULL;
    return IR_EXIT_FAULT;
}

const Backend backend_interp = {
    .name = "interp",
    .gen_code = interp_gen_code,
    .exec = interp_exec,
    .link = interp_link,
    .unlink = interp_unlink,
};
