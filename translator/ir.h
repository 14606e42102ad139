/*
 * The intermediate representation: what frontends produce from guest code
 * and what backends (the interpreter, the x86_64 JIT) consume.
 *
 * A block (IRBlock) is a list of IROps over temps.  Temps 0..nglobals-1 are
 * globals: guest state living in the CPU structure at a fixed byte offset
 * (registers, pc, flags).  The rest are block-local values; they keep their
 * value across labels and branches inside the block.  Ops are defined in
 * ir-ops.h.inc, with their exact semantics.
 *
 * Frontends emit ops through the small ir_* builders below and their own
 * gen_* helpers; they never touch IROp layout directly.
 */
#ifndef XRUN_IR_H
#define XRUN_IR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef uint32_t IRTemp;
#define IR_NOTEMP ((IRTemp)0xffffffffu)

/* op flags */
#define IR_F_MEM    0x01u   /* accesses guest memory */
#define IR_F_SIDE   0x02u   /* has side effects beyond its outputs */
#define IR_F_BB_END 0x04u   /* ends a basic block (label, branch, exit) */
#define IR_F_CALL   0x08u   /* helper call */

typedef enum IROpc {
#define DEF(name, nout, nin, nconst, flags) IR_##name,
#include "ir-ops.h.inc"
#undef DEF
    IR_NUM_OPS
} IROpc;

typedef struct IROpDef {
    const char *name;
    uint8_t nout, nin, nconst, flags;
} IROpDef;
extern const IROpDef ir_op_defs[IR_NUM_OPS];

#define IR_MAX_ARGS 6
typedef struct IROp {
    uint16_t opc;
    uint64_t args[IR_MAX_ARGS];
} IROp;

/* Conditions for setcond/movcond/brcond.  cond ^ 1 is the inverse. */
typedef enum IRCond {
    IR_EQ = 0, IR_NE = 1,
    IR_LT = 2, IR_GE = 3,      /* signed */
    IR_LTU = 4, IR_GEU = 5,    /* unsigned */
    IR_LE = 6, IR_GT = 7,
    IR_LEU = 8, IR_GTU = 9,
    IR_TSTEQ = 10, IR_TSTNE = 11, /* (a & b) == 0, != 0 */
    IR_NUM_CONDS
} IRCond;
static inline IRCond ir_cond_invert(IRCond c) { return (IRCond)(c ^ 1); }
bool ir_cond_eval(IRCond c, uint64_t a, uint64_t b);

/* Memory operation descriptors: log2 size in bits 0-1, sign in bit 2. */
typedef enum IRMemOp {
    IR_MO_8 = 0, IR_MO_16 = 1, IR_MO_32 = 2, IR_MO_64 = 3,
    IR_MO_SIZE = 3,
    IR_MO_SIGN = 4,
    IR_MO_S8 = IR_MO_8 | IR_MO_SIGN,
    IR_MO_S16 = IR_MO_16 | IR_MO_SIGN,
    IR_MO_S32 = IR_MO_32 | IR_MO_SIGN,
} IRMemOp;
static inline unsigned ir_mo_bytes(uint64_t mo) { return 1u << (mo & IR_MO_SIZE); }

/* Operations of fpu64. */
typedef enum IRFpuOp {
    IR_FPU_ADD, IR_FPU_SUB, IR_FPU_MUL, IR_FPU_DIV, IR_FPU_SQRT,
    /* 1 or 0: == is quiet (invalid only for a signaling NaN), < and <= signal for any NaN */
    IR_FPU_CMP_EQ, IR_FPU_CMP_LT, IR_FPU_CMP_LE,
    /* double from a signed integer: all 64 bits (rounds), or the low 32 (exact) */
    IR_FPU_FROM_I64, IR_FPU_FROM_I32,
    /* a + b * c with one rounding: fpu64c only (the helper does it on a host without FMA) */
    IR_FPU_FMA,
    /* 0 a < b, 1 equal, 2 a > b, 3 unordered; quiet (invalid only for a signaling NaN) */
    IR_FPU_CMP3,
    /* a truncated to a signed 64/32-bit integer (32: zero-extended); NaN and out of
     * range give the minimum integer and raise invalid.  fpu64c only. */
    IR_FPU_TO_I64Z, IR_FPU_TO_I32Z,
} IRFpuOp;
uint64_t ir_eval_fpu64(IRFpuOp op, uint64_t a, uint64_t b, uint64_t nan);

/* fpu64c (ir-ops.h.inc): its flags, and the fields of its constant. */
#define IR_FPC_CHECK 0x1u      /* a result that is not plain takes the helper */
#define IR_FPC_NAN   0x2u      /* a NaN result takes the helper */
#define IR_FPC_IMIN  0x4u      /* TO_I64Z/TO_I32Z: the minimum integer takes the helper */
#define IR_FPC_F32   0x8u      /* ADD..SQRT, FMA on floats (low 32 bits; r zero-extended) */
static inline IRFpuOp ir_fpc_op(uint64_t c0) { return (IRFpuOp)(c0 & 0xff); }
static inline unsigned ir_fpc_flags(uint64_t c0) { return (unsigned)(c0 >> 8) & 0xff; }
static inline uint32_t ir_fpc_helper(uint64_t c0) { return (uint32_t)(c0 >> 16) & 0xffff; }
static inline uint64_t ir_fpc_hi(uint64_t c0) { return c0 & ~0xffffffffull; }
/* Whether double r is not plain: +-0 and normal numbers of exponent 2..0x7fe are. */
static inline bool ir_fpc_unplain(uint64_t r)
{
    return (r << 1) != 0 && (((r >> 52) & 0x7ff) - 2) >= 0x7fd;
}
/* The same for the float in r's low 32 bits (exponent 2..0xfe). */
static inline bool ir_fpc_unplain32(uint64_t r)
{
    return (r << 33) != 0 && (((r >> 23) & 0xff) - 2) >= 0xfd;
}
/* Whether the host has a fused multiply-add (fpu64c's FMA runs inline). */
bool ir_host_has_fma(void);
/* fpu64c's result (the interpreter's and the optimizer's evaluation). */
uint64_t ir_exec_fpu64c(void *cpu, uint64_t c0, uint64_t a, uint64_t b, uint64_t c, uint64_t f);

/* Read-modify-write operations for atomic_rmw. */
typedef enum IRAtomicOp {
    IR_AMO_XCHG, IR_AMO_ADD, IR_AMO_AND, IR_AMO_OR, IR_AMO_XOR,
    IR_AMO_ANDC,                       /* mem & ~val (aarch64 LDCLR) */
    IR_AMO_SMIN, IR_AMO_SMAX, IR_AMO_UMIN, IR_AMO_UMAX,
    IR_NUM_AMO
} IRAtomicOp;

/* Fence kinds (bits): which earlier accesses are ordered before later ones. */
enum {
    IR_FENCE_LD_LD = 1, IR_FENCE_LD_ST = 2, IR_FENCE_ST_LD = 4,
    IR_FENCE_ST_ST = 8, IR_FENCE_ALL = 15,
};

/* Exit codes returned by a backend's exec to the cpu loop. */
typedef enum IRExit {
    IR_EXIT_NEXT = 0,       /* continue at cpu->pc (lookup needed) */
    IR_EXIT_SYSCALL,        /* cpu->pc is the insn after the syscall insn */
    IR_EXIT_ILLEGAL,        /* cpu->pc is the insn, cpu->exc_insn its encoding */
    IR_EXIT_BREAKPOINT,     /* ebreak/brk at cpu->pc: SIGTRAP */
    IR_EXIT_FAULT,          /* guest memory fault: cpu->pc, cpu->fault_addr */
    IR_EXIT_FLUSH,          /* code cache must be flushed (fence.i), resume at pc */
    IR_EXIT_SIGNAL,         /* guest raised a signal: cpu->exc_signal, at cpu->pc */
    IR_EXIT_INTERRUPT,      /* cpu->exit_request was seen */
} IRExit;

/* ---- helpers callable from IR ---------------------------------------- */

typedef uint64_t (*IRHelperFn)(void *cpu, uint64_t a0, uint64_t a1,
                               uint64_t a2, uint64_t a3);
#define IR_HELPER_PURE  0x1u   /* reads and writes no guest state, cannot fault */
/* Reads and writes no IR global and cannot raise an exit; it may update CPU
 * fields that no IR op accesses (e.g. accrued FP flags).  Backends keep
 * cached globals across such a call. */
#define IR_HELPER_NO_GLOBALS 0x2u
typedef struct IRHelper {
    const char *name;
    IRHelperFn fn;
    uint32_t flags;
    uint32_t wfirst, wcount;   /* globals it may write (wcount 0: any) */
} IRHelper;
/* Register a helper once at start-up; returns its index for ir_call(). */
uint32_t ir_helper_register(const char *name, IRHelperFn fn, uint32_t flags);
/*
 * A helper (flags 0) that reads any global and may raise, but writes only
 * globals first..first+count-1: backends keep the others cached across it
 * (e.g. vector helpers that write only vector registers).
 */
void ir_helper_set_writes(uint32_t idx, uint32_t first, uint32_t count);
const IRHelper *ir_helper_get(uint32_t idx);

/* ---- globals ------------------------------------------------------------ */

typedef struct IRGlobal {
    const char *name;
    uint32_t offset;      /* byte offset in the CPU structure */
} IRGlobal;

/* ---- blocks ---------------------------------------------------------------- */

#define IR_MAX_TEMPS 8192  /* per block, globals included */

typedef struct IRBlock {
    IROp *ops;
    uint32_t nops, cap;
    uint32_t ntemps;
    uint32_t nlabels;
    const IRGlobal *globals;
    uint32_t nglobals;
    uint32_t scratch_offset; /* byte offset of the local-temp area in the CPU */
    uint64_t guest_pc;       /* first guest instruction */
    uint64_t guest_end;      /* address after the last instruction */
    uint32_t ninsns;
    uint32_t nside;          /* side exits (brcond_tb) emitted so far */
    uint32_t max_side;       /* how many it may have (0: branches end the block) */
} IRBlock;

/*
 * goto_tb slots: 0 and 1 for the block's final exits, IR_FIRST_SIDE_SLOT..
 * IR_MAX_SLOTS-1 for side exits of superblocks.
 */
#define IR_MAX_SLOTS 8
#define IR_FIRST_SIDE_SLOT 2
/*
 * A free slot for one more side exit, or -1 when the block should end at
 * this branch instead: no slot left, or max_side is 0 (the translator's
 * choice when instruction counting needs every block to run whole, and
 * with -one-insn-per-tb).
 */
int ir_side_exit_slot(IRBlock *b);

void ir_block_init(IRBlock *b, const IRGlobal *globals, uint32_t nglobals,
                   uint32_t scratch_offset);
void ir_block_reset(IRBlock *b, uint64_t guest_pc);
void ir_block_free(IRBlock *b);

/* Byte offset in the CPU structure where temp t lives (interpreter view). */
static inline uint32_t ir_temp_offset(const IRBlock *b, IRTemp t)
{
    return t < b->nglobals ? b->globals[t].offset
                           : b->scratch_offset + 8u * (t - b->nglobals);
}
static inline bool ir_temp_is_global(const IRBlock *b, IRTemp t)
{
    return t < b->nglobals;
}
/* True when the block has room for another guest instruction. */
static inline bool ir_block_has_room(const IRBlock *b)
{
    return b->ntemps + 256 < IR_MAX_TEMPS;
}

IRTemp ir_new_temp(IRBlock *b);
uint32_t ir_new_label(IRBlock *b);
IROp *ir_emit(IRBlock *b, IROpc opc);

/* Builders.  Argument order always follows ir-ops.h.inc. */
static inline void ir_op1(IRBlock *b, IROpc o, IRTemp d, IRTemp a)
{
    IROp *op = ir_emit(b, o);
    op->args[0] = d; op->args[1] = a;
}
static inline void ir_op2(IRBlock *b, IROpc o, IRTemp d, IRTemp a, IRTemp c)
{
    IROp *op = ir_emit(b, o);
    op->args[0] = d; op->args[1] = a; op->args[2] = c;
}
static inline void ir_mov(IRBlock *b, IRTemp d, IRTemp a) { ir_op1(b, IR_mov, d, a); }
static inline void ir_movi(IRBlock *b, IRTemp d, uint64_t imm)
{
    IROp *op = ir_emit(b, IR_movi);
    op->args[0] = d; op->args[1] = imm;
}
/* A fresh temp holding a constant. */
static inline IRTemp ir_const(IRBlock *b, uint64_t imm)
{
    IRTemp t = ir_new_temp(b);
    ir_movi(b, t, imm);
    return t;
}
/* d = a OP imm, through a constant temp (the optimizer folds it). */
static inline void ir_opi(IRBlock *b, IROpc o, IRTemp d, IRTemp a, uint64_t imm)
{
    ir_op2(b, o, d, a, ir_const(b, imm));
}
static inline void ir_setcond(IRBlock *b, IRCond c, IRTemp d, IRTemp x, IRTemp y)
{
    IROp *op = ir_emit(b, IR_setcond);
    op->args[0] = d; op->args[1] = x; op->args[2] = y; op->args[3] = c;
}
static inline void ir_movcond(IRBlock *b, IRCond c, IRTemp d, IRTemp x, IRTemp y,
                              IRTemp t, IRTemp f)
{
    IROp *op = ir_emit(b, IR_movcond);
    op->args[0] = d; op->args[1] = x; op->args[2] = y;
    op->args[3] = t; op->args[4] = f; op->args[5] = c;
}
static inline void ir_ld(IRBlock *b, IRTemp d, IRTemp addr, IRMemOp mo)
{
    IROp *op = ir_emit(b, IR_ld);
    op->args[0] = d; op->args[1] = addr; op->args[2] = mo;
}
static inline void ir_st(IRBlock *b, IRTemp val, IRTemp addr, IRMemOp mo)
{
    IROp *op = ir_emit(b, IR_st);
    op->args[0] = val; op->args[1] = addr; op->args[2] = mo;
}
static inline void ir_atomic_rmw(IRBlock *b, IRTemp d, IRTemp addr, IRTemp val,
                                 IRMemOp mo, IRAtomicOp aop)
{
    IROp *op = ir_emit(b, IR_atomic_rmw);
    op->args[0] = d; op->args[1] = addr; op->args[2] = val;
    op->args[3] = mo; op->args[4] = aop;
}
static inline void ir_atomic_cmpxchg(IRBlock *b, IRTemp d, IRTemp addr, IRTemp cmp,
                                     IRTemp nv, IRMemOp mo)
{
    IROp *op = ir_emit(b, IR_atomic_cmpxchg);
    op->args[0] = d; op->args[1] = addr; op->args[2] = cmp;
    op->args[3] = nv; op->args[4] = mo;
}
static inline void ir_fpu64(IRBlock *b, IRTemp d, IRFpuOp op, IRTemp x, IRTemp y, uint64_t nan)
{
    IROp *o = ir_emit(b, IR_fpu64);
    o->args[0] = d; o->args[1] = x; o->args[2] = y; o->args[3] = op; o->args[4] = nan;
}
/* d = fpu64c(op, x, y, z, f): see ir-ops.h.inc; unused inputs IR_NOTEMP, hi's low 32 bits 0. */
static inline void ir_fpu64c(IRBlock *b, IRTemp d, IRFpuOp fop, unsigned flags, IRTemp x, IRTemp y,
                             IRTemp z, IRTemp f, uint32_t helper, uint64_t hi)
{
    IROp *o = ir_emit(b, IR_fpu64c);
    o->args[0] = d; o->args[1] = x; o->args[2] = y; o->args[3] = z; o->args[4] = f;
    o->args[5] = (uint64_t)fop | (uint64_t)flags << 8 | (uint64_t)helper << 16 | (hi & ~0xffffffffull);
}
static inline void ir_fence(IRBlock *b, unsigned kind)
{
    ir_emit(b, IR_fence)->args[0] = kind;
}
/* d = helper(cpu, a0..a3); pass IR_NOTEMP for unused values. */
static inline void ir_call(IRBlock *b, uint32_t helper, IRTemp d,
                           IRTemp a0, IRTemp a1, IRTemp a2, IRTemp a3)
{
    IROp *op = ir_emit(b, IR_call);
    op->args[0] = d; op->args[1] = a0; op->args[2] = a1;
    op->args[3] = a2; op->args[4] = a3; op->args[5] = helper;
}
static inline void ir_set_label(IRBlock *b, uint32_t l) { ir_emit(b, IR_set_label)->args[0] = l; }
static inline void ir_br(IRBlock *b, uint32_t l) { ir_emit(b, IR_br)->args[0] = l; }
static inline void ir_brcond(IRBlock *b, IRCond c, IRTemp x, IRTemp y, uint32_t l)
{
    IROp *op = ir_emit(b, IR_brcond);
    op->args[0] = x; op->args[1] = y; op->args[2] = c; op->args[3] = l;
}
static inline void ir_insn_start(IRBlock *b, uint64_t pc) { ir_emit(b, IR_insn_start)->args[0] = pc; }
static inline void ir_goto_tb(IRBlock *b, unsigned slot, uint64_t pc)
{
    IROp *op = ir_emit(b, IR_goto_tb);
    op->args[0] = slot; op->args[1] = pc;
}
static inline void ir_goto_ptr(IRBlock *b, IRTemp pc) { ir_emit(b, IR_goto_ptr)->args[0] = pc; }
/* Side exit: goto_tb(slot, pc) when cond(x, y), else fall through.  Slots
 * for side exits come from ir_side_exit_slot. */
static inline void ir_brcond_tb(IRBlock *b, IRCond c, IRTemp x, IRTemp y, unsigned slot, uint64_t pc)
{
    IROp *op = ir_emit(b, IR_brcond_tb);
    op->args[0] = x; op->args[1] = y; op->args[2] = c; op->args[3] = slot; op->args[4] = pc;
}
static inline void ir_exit_tb(IRBlock *b, IRExit code) { ir_emit(b, IR_exit_tb)->args[0] = code; }

/* Evaluate a pure two-input op (used by the interpreter and the optimizer). */
uint64_t ir_eval_binary(IROpc opc, uint64_t a, uint64_t b);
uint64_t ir_eval_unary(IROpc opc, uint64_t a);
uint64_t ir_eval_atomic(IRAtomicOp aop, uint64_t old, uint64_t val, unsigned bytes);
/*
 * atomic_rmw and atomic_cmpxchg on host memory (the backends' shared
 * implementation): return the old value, extended as the IRMemOp says.
 */
uint64_t ir_exec_atomic_rmw(void *p, uint64_t val, uint64_t mo, IRAtomicOp aop);
uint64_t ir_exec_cmpxchg(void *p, uint64_t cmp, uint64_t nv, uint64_t mo);

/* Constant folding, copy propagation, dead-code elimination (opt.c). */
void ir_optimize(IRBlock *b);
/* Copy src into dst (dst initialised with ir_block_init). */
void ir_block_copy(IRBlock *dst, const IRBlock *src);

/* Print the block in a readable form (for -d op). */
void ir_dump(const IRBlock *b, FILE *f);

#endif
