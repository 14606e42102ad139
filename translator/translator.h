/*
 * The translator's public contracts:
 *   - GuestCPU: the state every guest CPU structure starts with;
 *   - GuestArch: what a frontend (guest ISA) provides;
 *   - Backend: what a host code generator (interpreter, x86_64 JIT) provides;
 *   - TB: a translated block in the code cache;
 *   - the cpu loop that ties them together.
 *
 * Flow: cpu_loop() looks cpu->pc up in the code cache; on a miss the
 * frontend translates guest code into an IRBlock, the backend turns it into
 * host code (or interpreter bytecode) inside the TB; the backend's exec runs
 * TBs (following chained links) until an exit the loop must handle: a
 * syscall, an exception, a lookup miss.
 */
#ifndef XRUN_TRANSLATOR_H
#define XRUN_TRANSLATOR_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "ir.h"

struct TB;
struct GuestArch;

/* ---- CPU state --------------------------------------------------------------- */

/*
 * The host reservation of the guest space extends this many inaccessible
 * bytes past guest_limit, so an access that starts below the limit and
 * straddles it faults instead of touching host memory (the JIT checks only
 * the start address).
 */
#define GUEST_GUARD_BYTES 65536

#define TB_JMP_CACHE_BITS 16
#define TB_JMP_CACHE_SIZE (1u << TB_JMP_CACHE_BITS)
/* The jump-cache slot of a guest pc (the JIT's inline lookup computes the
 * same index, scaled by 8: ((pc << 2) & ((SIZE - 1) << 3))). */
static inline unsigned tb_jc_index(uint64_t pc) { return (unsigned)(pc >> 1) & (TB_JMP_CACHE_SIZE - 1); }

/*
 * Every guest CPU structure begins with this (as its first member named
 * `common`), so IR global offsets are offsets from a GuestCPU pointer.
 */
typedef struct GuestCPU {
    uint64_t pc;                 /* guest pc whenever we are outside a block */
    uint8_t *guest_base;         /* host address of guest address 0 */
    uint64_t guest_limit;        /* first invalid guest address */
    volatile uint32_t exit_request; /* set asynchronously to leave the block chain */
    uint32_t exc_insn;           /* IR_EXIT_ILLEGAL: the instruction encoding */
    int32_t exc_signal;          /* IR_EXIT_SIGNAL: the guest signal number */
    int32_t exc_code;            /* IR_EXIT_SIGNAL: si_code */
    uint64_t fault_addr;         /* IR_EXIT_FAULT / IR_EXIT_SIGNAL: si_addr */
    int fault_signal;            /* IR_EXIT_FAULT: SIGSEGV or SIGBUS */
    int fault_fetch;             /* IR_EXIT_FAULT: the instruction fetch faulted (reset when reported) */
    int smc_once;                /* run the next insn uncached (it writes its own code page) */
    uint64_t smc_page;           /* with IR_EXIT_FLUSH: drop only this page's TBs (page + 1; 0 = all) */
    const struct GuestArch *arch;
    struct TB *last_tb;          /* the TB that exited (for chaining) */
    int last_slot;               /* its goto_tb slot, or -1 */
    uint64_t insn_count;         /* guest instructions executed, if counted */
    struct TB **jmp_cache;       /* TB_JMP_CACHE_SIZE entries, by pc */
    sigjmp_buf fault_jmp;        /* where a host fault in guest code returns */
    volatile int in_guest;       /* set while running translated code */
    uint64_t jit_regs[16];       /* host registers saved by the JIT's fault path */
} GuestCPU;

/* ---- frontends ---------------------------------------------------------------- */

/* What a frontend needs to build a signal frame (see GuestArch.setup_sigframe). */
typedef struct GuestSigFrame {
    int sig, code;
    uint64_t addr;            /* si_addr for faults */
    int32_t pid, uid;         /* si_pid/si_uid for kill/tkill */
    uint64_t handler;
    uint64_t restorer;        /* sa_restorer, or 0 for the arch's own trampoline */
    uint64_t old_mask;        /* saved in uc_sigmask, restored by rt_sigreturn */
    uint64_t sp;              /* the frame goes below this address */
    uint64_t ss_sp, ss_size;  /* uc_stack */
    uint32_t ss_flags;
    int cause;                /* GUEST_SIG_*: a fault of the thread, or sent */
} GuestSigFrame;

/* GuestSigFrame.cause.  A synchronous exception of the instruction at the pc
 * (a memory fault, an illegal instruction, a breakpoint ...) lets a frontend
 * record fault syndromes as its kernel does (aarch64: esr_context). */
enum { GUEST_SIG_SENT = 0, GUEST_SIG_SYNC = 1, GUEST_SIG_SYNC_FETCH = 2 };

typedef struct GuestArch {
    const char *name;            /* "riscv64", "aarch64" */
    uint16_t elf_machine;        /* EM_RISCV, EM_AARCH64 */
    uint32_t cpu_size;           /* sizeof the guest CPU structure */
    const IRGlobal *globals;     /* guest state visible to IR */
    uint32_t nglobals;
    uint32_t insn_align;         /* 2 for RVC, 4 for A64 */
    uint32_t max_insn_bytes;     /* 4 */

    /* one-time set-up (register helpers) */
    void (*init)(void);
    /* reset a freshly allocated CPU (all zero) */
    void (*cpu_reset)(GuestCPU *cpu);
    /*
     * Translate guest code at b->guest_pc into b, at most max_insns
     * instructions, ending with an exit op.  Sets guest_end and ninsns.
     * A translation that would read unmapped code ends the block before
     * it (or, for the first instruction, exits with IR_EXIT_FAULT).
     */
    void (*translate)(GuestCPU *cpu, IRBlock *b, unsigned max_insns);
    /* Disassemble one instruction at pc into buf; returns its length. */
    unsigned (*disas)(GuestCPU *cpu, uint64_t pc, char *buf, size_t len);
    /* Print the register state (for -d cpu and crash reports). */
    void (*dump_state)(GuestCPU *cpu, FILE *f);

    /* Linux ABI */
    void (*set_entry)(GuestCPU *cpu, uint64_t pc, uint64_t sp);
    void (*get_syscall)(GuestCPU *cpu, uint64_t *nr, uint64_t args[6]);
    void (*set_syscall_ret)(GuestCPU *cpu, uint64_t ret);
    void (*set_tls)(GuestCPU *cpu, uint64_t tls);
    void (*set_sp)(GuestCPU *cpu, uint64_t sp);
    uint64_t (*get_sp)(GuestCPU *cpu);
    /*
     * Signals: write the guest's rt_sigframe below f->sp and point the CPU at
     * the handler (false: the frame is not writable); rt_sigreturn restores the
     * registers saved there and returns the saved signal mask (false: bad frame).
     */
    bool (*setup_sigframe)(GuestCPU *cpu, const GuestSigFrame *f);
    /* Fold the IEEE flags accrued in the host FP status (hostfp.h) into the
     * guest's flag register; called whenever translated code is left. */
    void (*fold_fp_flags)(GuestCPU *cpu);
    bool (*restore_sigframe)(GuestCPU *cpu, uint64_t *mask);
    uint64_t hwcap, hwcap2;
    const char *platform;        /* AT_PLATFORM string, or NULL */
    uint64_t elf_flags_required; /* e_flags bits the loader insists on (0: none) */
} GuestArch;

const GuestArch *guest_arch_by_elf_machine(uint16_t machine);
const GuestArch *guest_arch_by_name(const char *name);

/* ---- translated blocks and the code cache ---------------------------------------- */

typedef struct TB {
    uint64_t pc;                 /* guest pc of the first instruction */
    uint64_t end;                /* guest address after the last one */
    uint32_t ninsns;
    uint32_t code_size;
    void *code;                  /* backend code (host insns or bytecode) */
    struct TB *hash_next;
    struct TB *jmp_dest[IR_MAX_SLOTS];   /* chained successors per goto_tb slot */
    bool dead;                   /* invalidated: out of the lookups, nothing chains to it */
    uint64_t jmp_target[IR_MAX_SLOTS];   /* their guest pcs */
    void *backend_data;          /* e.g. pc-recovery table */
} TB;

/* Allocate space in the code cache; NULL when it is full. */
void *code_cache_alloc(size_t size, size_t align);
/* Space that survives flushes (trampolines); only before the first TB. */
void *code_cache_alloc_permanent(size_t size);
/* Emit-then-commit allocation: all free space, then keep `used` bytes of it. */
void *code_cache_begin(size_t *avail);
void code_cache_end(size_t used);
/* Translation statistics (-d stats prints them at exit). */
void tr_stats_dump(FILE *f);
/* The TB whose code contains host_pc, or NULL. */
TB *tb_find_by_host_pc(uintptr_t host_pc);
void code_cache_init(size_t size);
void code_cache_flush(void);     /* drop every TB; callers restart lookups */
/* Drop the TBs with code in [start, end) (no CPU may run translated code). */
void code_cache_invalidate(uint64_t start, uint64_t end);
void code_cache_register_cpu(GuestCPU *cpu);
void code_cache_unregister_cpu(GuestCPU *cpu);
/* Ask every CPU to leave translated code (sets exit_request). */
void code_cache_request_exit_all(void);
/* True once a second thread exists (tb_translate then never flushes itself). */
bool cpu_is_multi_threaded(void);
TB *tb_lookup(GuestCPU *cpu, uint64_t pc);
TB *tb_translate(GuestCPU *cpu, uint64_t pc);
/* A one-instruction block that is not cached and protects no page. */
TB *tb_translate_once(GuestCPU *cpu, uint64_t pc);
uint64_t code_cache_generation(void);

/* ---- backends ------------------------------------------------------------------- */

typedef struct Backend {
    const char *name;
    /* Fill tb->code from the IR (allocating in the code cache); false if full. */
    bool (*gen_code)(TB *tb, const IRBlock *b);
    /* Run from tb until an exit the cpu loop must handle. */
    IRExit (*exec)(GuestCPU *cpu, TB *tb);
    /* Point goto_tb slot of `from` at `to` (and record it in from->jmp_dest). */
    void (*link)(TB *from, int slot, TB *to);
    /* Undo link: the slot exits to the cpu loop again (from->jmp_dest[slot] = NULL). */
    void (*unlink)(TB *from, int slot);
    /* Guest pc of the instruction whose host code contains host_pc (NULL: pc is always current). */
    bool (*restore_pc)(TB *tb, uintptr_t host_pc, uint64_t *guest_pc);
    /* After a host fault at host_pc: write back guest state that lived only in
     * host registers (ucontext is the fault's ucontext_t; NULL hook: none). */
    void (*restore_regs)(TB *tb, uintptr_t host_pc, const void *ucontext, GuestCPU *cpu);
} Backend;

extern const Backend backend_interp;
extern const Backend backend_jit;
const Backend *backend_by_name(const char *name);

/* ---- runtime options the translator honours ------------------------------------- */

typedef struct TranslatorOptions {
    const Backend *backend;
    unsigned max_insns;          /* per block (1 = one insn per block) */
    bool nochain;                /* do not chain blocks (-d nochain) */
    bool count_insns;
    bool optimize;               /* run ir_optimize (on unless XRUN_NO_OPT) */
    /*
     * Self-modifying code support, provided by the memory layer: protect a
     * page code was translated from; recognise a guest store to such a page
     * (from the host fault handler).  NULL: no detection.  code_page_live:
     * translations may hold code from addr's page (NULL: assume so); a
     * cache-maintenance instruction on another page has nothing to drop.
     */
    void (*protect_code_page)(uint64_t addr);
    bool (*code_write_fault)(uint64_t addr);
    bool (*code_page_live)(uint64_t addr);
    /* /tmp/perf-PID.map for perf(1): one line per translated block, or NULL */
    FILE *perfmap;
} TranslatorOptions;
extern TranslatorOptions tr_opts;

/* ---- cpu loop ------------------------------------------------------------------ */

GuestCPU *cpu_create(const GuestArch *arch, uint8_t *guest_base, uint64_t guest_limit);
/* A CPU for a new guest thread: the parent's registers, fresh translator state. */
GuestCPU *cpu_create_copy(const GuestCPU *parent);
void cpu_destroy(GuestCPU *cpu);
/* Called before the second guest thread starts: from then on code-cache
 * flushes wait until no other thread runs translated code. */
void cpu_set_multi_threaded(void);
/* Drop every translation now (from outside translated code, e.g. a syscall). */
void cpu_flush_translations(void);
/*
 * Run translated code from cpu->pc until an exit other than IR_EXIT_NEXT
 * (a syscall, an exception, a flush request, an interrupt) and return it;
 * host faults in guest accesses come back as IR_EXIT_SIGNAL.  The building
 * block of cpu_loop, of tests, and of single-stepping.
 */
IRExit cpu_exec(GuestCPU *cpu);
/* Runs the guest until it exits; returns only through exit paths. */
void cpu_loop(GuestCPU *cpu) __attribute__((noreturn));
/*
 * Leave translated code from inside a helper: the cpu loop handles `code`
 * as if the block had exited with it.  The helper must have set whatever
 * state the exit needs (exc_insn, fault_addr...); cpu->pc must be the pc of
 * the instruction (the interpreter keeps it current at insn_start; the JIT
 * stores it before calling helpers that are not IR_HELPER_PURE).
 */
void cpu_exit_raise(GuestCPU *cpu, IRExit code) __attribute__((noreturn));
/*
 * An IR helper (register it with ir_helper_register, not pure) that raises
 * guest signal `sig` with si_code `code` and si_addr `addr` at the current
 * instruction: for alignment faults and other synchronous signals.
 */
uint64_t cpu_helper_raise_signal(void *cpu, uint64_t sig, uint64_t code, uint64_t addr, uint64_t unused);
/* Install host signal handlers that turn faults in guest code into guest faults. */
void cpu_install_fault_handlers(void);

#endif
