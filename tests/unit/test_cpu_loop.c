/*
 * The cpu loop's contract with the code that runs between two cpu_exec
 * calls (signal delivery, syscalls, sigreturn): whatever pc it leaves is
 * where execution continues, and no block is ever linked to that pc just
 * because it was the next one looked up.
 *
 * The case: a block leaves through a direct-jump slot not linked yet, and
 * a signal arrives while it runs (exit_request).  cpu_exec returns
 * IR_EXIT_INTERRUPT, the signal frame moves the pc to the handler, and the
 * next cpu_exec looks up the handler's block.  Linking the first block's
 * slot there would turn its jump into a jump to the handler for good (seen
 * as a handler running without a signal in rv64-sig_stress, about once in
 * 500 runs).  Here a backend wrapper sets exit_request when a block
 * returns, as a host signal handler would, under both backends.
 */
#include <criterion/criterion.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "frontends/riscv64/internal.h"
#include "util/guestmem.h"

extern const GuestArch guest_riscv64;

#define CODE 0x10000ull       /* block X: a0 += 1, then j Y */
#define Y (CODE + 0x1000)     /* block Y: a1 += 1, ebreak */
#define H (CODE + 0x2000)     /* the "handler": a2 += 1, ebreak */

enum { A0 = 10, A1 = 11, A2 = 12 };

static uint32_t addi(unsigned rd, unsigned rs1, int imm)
{
    return (uint32_t)(imm & 0xfff) << 20 | rs1 << 15 | rd << 7 | 0x13;
}

static uint32_t jal(unsigned rd, int64_t off)
{
    uint32_t o = (uint32_t)off;
    return ((o >> 20) & 1) << 31 | ((o >> 1) & 0x3ff) << 21 | ((o >> 11) & 1) << 20 |
           ((o >> 12) & 0xff) << 12 | rd << 7 | 0x6f;
}

#define EBREAK 0x00100073u

static void put(uint64_t at, const uint32_t *insns, size_t n)
{
    memcpy(g2h(at), insns, n * sizeof(*insns));
}

/* The backend under test, with a "signal" arriving while a block runs. */
static const Backend *real;
static bool signal_during_block;

/* fork test: while this CPU runs a block it holds lock_in_block, as a
 * thread inside the translator or the allocator holds their locks */
static GuestCPU *lock_holder;
static pthread_mutex_t lock_in_block = PTHREAD_MUTEX_INITIALIZER;
static int holding;

static IRExit exec_then_signal(GuestCPU *cpu, TB *tb)
{
    if (cpu == lock_holder) {
        pthread_mutex_lock(&lock_in_block);
        __atomic_store_n(&holding, 1, __ATOMIC_RELEASE);
        while (!__atomic_load_n(&cpu->exit_request, __ATOMIC_ACQUIRE))
            sched_yield();
        IRExit x = real->exec(cpu, tb);
        __atomic_store_n(&holding, 0, __ATOMIC_RELEASE);
        pthread_mutex_unlock(&lock_in_block);
        return x;
    }
    IRExit x = real->exec(cpu, tb);
    if (signal_during_block)
        __atomic_store_n(&cpu->exit_request, 1, __ATOMIC_RELEASE);
    return x;
}

static RISCVCPU *setup(const Backend *be)
{
    static bool once;
    static RISCVCPU *c;
    if (!once) {
        once = true;
        cr_assert(gm_init(1ull << 32));
        code_cache_init(8 << 20);
        guest_riscv64.init();
        cpu_install_fault_handlers();
        uint64_t a;
        cr_assert_eq(gm_mmap(CODE, 0x3000, PROT_READ | PROT_WRITE | PROT_EXEC,
                             GM_FIXED | GM_ANON, -1, 0, "code", &a), 0);
        c = (RISCVCPU *)cpu_create(&guest_riscv64, gm_base, gm_limit);
    }
    put(CODE, (uint32_t[]){ addi(A0, A0, 1), jal(0, (int64_t)(Y - (CODE + 4))) }, 2);
    put(Y, (uint32_t[]){ addi(A1, A1, 1), EBREAK }, 2);
    put(H, (uint32_t[]){ addi(A2, A2, 1), EBREAK }, 2);
    static Backend wrapped;
    real = be;
    wrapped = *be;
    wrapped.exec = exec_then_signal;
    tr_opts.backend = &wrapped;
    tr_opts.optimize = true;
    code_cache_flush();
    memset(c->x, 0, sizeof(c->x));
    c->common.exit_request = 0;
    return c;
}

/* cpu_exec until an exit other than NEXT/INTERRUPT. */
static IRExit run_to_break(RISCVCPU *c)
{
    IRExit x;
    do {
        c->common.exit_request = 0;
        x = cpu_exec(&c->common);
    } while (x == IR_EXIT_NEXT || x == IR_EXIT_INTERRUPT);
    return x;
}

static void interrupted_jump_not_linked_to_handler(const Backend *be)
{
    RISCVCPU *c = setup(be);

    /* X runs, leaves through its unlinked slot; the "signal" came meanwhile */
    c->common.pc = CODE;
    signal_during_block = true;
    cr_assert_eq(cpu_exec(&c->common), IR_EXIT_INTERRUPT);
    cr_assert_eq(c->common.pc, Y, "X's jump went to %#lx", (unsigned long)c->common.pc);
    cr_assert_eq(c->x[A0], 1);
    signal_during_block = false;

    /* the frame: the handler runs next */
    c->common.exit_request = 0;
    c->common.pc = H;
    cr_assert_eq(run_to_break(c), IR_EXIT_BREAKPOINT);
    cr_assert_eq(c->x[A2], 1);

    /* X again: its jump still goes to Y, twice (the second time linked) */
    for (int round = 1; round <= 2; round++) {
        c->common.pc = CODE;
        cr_assert_eq(run_to_break(c), IR_EXIT_BREAKPOINT);
        cr_assert_eq(c->x[A0], 1u + round);
        cr_assert_eq(c->x[A1], (uint64_t)round, "round %d: Y ran %lu times", round,
                     (unsigned long)c->x[A1]);
        cr_assert_eq(c->x[A2], 1, "round %d: the handler's block ran from X's jump", round);
    }
}

Test(cpu_loop, interrupted_jump_not_linked_to_handler_jit)
{
    interrupted_jump_not_linked_to_handler(&backend_jit);
}

Test(cpu_loop, interrupted_jump_not_linked_to_handler_interp)
{
    interrupted_jump_not_linked_to_handler(&backend_interp);
}

/*
 * fork from one guest thread while another runs translated code: the fork
 * waits until the other thread has left it, so the child (which has only
 * the forking thread) never inherits a lock that thread held.  Seen with
 * GCC 12's ASan, whose allocator has no fork handlers: a child forked while
 * another thread was in calloc waited on the allocator's lock forever.
 */
static volatile int stop_holder;

static void *holder_main(void *arg)
{
    GuestCPU *cpu = arg;
    while (!stop_holder) {
        cpu->exit_request = 0;
        cpu_exec(cpu);
    }
    return NULL;
}

static void fork_waits_for_running_threads(const Backend *be)
{
    setup(be);
    RISCVCPU *t = (RISCVCPU *)cpu_create(&guest_riscv64, gm_base, gm_limit);
    put(H + 0x100, (uint32_t[]){ jal(0, 0) }, 1);   /* t runs "j ." */
    t->common.pc = H + 0x100;
    lock_holder = &t->common;
    cpu_set_multi_threaded();
    pthread_t th;
    cr_assert_eq(pthread_create(&th, NULL, holder_main, t), 0);
    for (int round = 0; round < 20; round++) {
        while (!__atomic_load_n(&holding, __ATOMIC_ACQUIRE))
            sched_yield();
        pid_t pid = fork();
        if (pid == 0)
            _exit(pthread_mutex_trylock(&lock_in_block) == 0 ? 0 : 1);
        int st;
        cr_assert_eq(waitpid(pid, &st, 0), pid);
        cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0,
                  "round %d: the child inherited the lock of a thread in translated code", round);
    }
    stop_holder = 1;
    __atomic_store_n(&t->common.exit_request, 1, __ATOMIC_RELEASE);
    pthread_join(th, NULL);
}

Test(cpu_loop, fork_waits_for_running_threads_jit)
{
    fork_waits_for_running_threads(&backend_jit);
}

Test(cpu_loop, fork_waits_for_running_threads_interp)
{
    fork_waits_for_running_threads(&backend_interp);
}
