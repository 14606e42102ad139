/*
 * The cpu loop: find or translate the block at cpu->pc, run it through the
 * backend, and handle what made it exit (syscalls, exceptions, cache
 * flushes).  Also the host SIGSEGV/SIGBUS handler that turns a fault of a
 * guest memory access into a guest fault instead of a crash of xrun.
 */
#include <inttypes.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <ucontext.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "syscalls/syscalls.h"
#include "translator/hostfp.h"
#include "translator/stats.h"
#include "translator/translator.h"
#include "util/guestmem.h"
#include "util/util.h"

static __thread GuestCPU *current_cpu;

/* ---- exclusive sections ------------------------------------------------------------
 *
 * Once a second guest thread exists, a code-cache flush must wait until no
 * thread runs translated code: each thread counts itself in and out of
 * cpu_exec, and the flusher raises exit_request everywhere and waits for
 * the count to drop to zero.  Threads blocked in syscalls are outside.
 * While single-threaded none of this runs.
 */
static bool multi_threaded;
static pthread_mutex_t excl_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t excl_cond = PTHREAD_COND_INITIALIZER;
static int running_cpus;
static bool excl_pending;

void cpu_set_multi_threaded(void) { __atomic_store_n(&multi_threaded, true, __ATOMIC_SEQ_CST); }
bool cpu_is_multi_threaded(void) { return __atomic_load_n(&multi_threaded, __ATOMIC_ACQUIRE); }

static void exec_start(void)
{
    if (!__atomic_load_n(&multi_threaded, __ATOMIC_ACQUIRE))
        return;
    pthread_mutex_lock(&excl_lock);
    while (excl_pending)
        pthread_cond_wait(&excl_cond, &excl_lock);
    running_cpus++;
    pthread_mutex_unlock(&excl_lock);
}

static void exec_end(void)
{
    if (!__atomic_load_n(&multi_threaded, __ATOMIC_ACQUIRE))
        return;
    pthread_mutex_lock(&excl_lock);
    running_cpus--;
    if (excl_pending)
        pthread_cond_broadcast(&excl_cond);
    pthread_mutex_unlock(&excl_lock);
}

static void flush_all(uint64_t unused) { (void)unused; code_cache_flush(); }
static void flush_page(uint64_t page) { code_cache_invalidate(page, page + 4096); }

/* With excl_lock held: wait until no other thread runs translated code or
 * translates, and keep them out until excl_end. */
static void excl_begin(void)
{
    while (excl_pending)
        pthread_cond_wait(&excl_cond, &excl_lock);
    excl_pending = true;
    code_cache_request_exit_all();
    while (running_cpus > 0)
        pthread_cond_wait(&excl_cond, &excl_lock);
}

static void excl_end(void)
{
    excl_pending = false;
    pthread_cond_broadcast(&excl_cond);
}

/* Run fn(arg) on the code cache with every other thread out of translated code. */
static void run_exclusive(void (*fn)(uint64_t), uint64_t arg)
{
    if (!__atomic_load_n(&multi_threaded, __ATOMIC_ACQUIRE)) {
        fn(arg);
        return;
    }
    pthread_mutex_lock(&excl_lock);
    excl_begin();
    fn(arg);
    excl_end();
    pthread_mutex_unlock(&excl_lock);
}

static void flush_exclusive(void) { run_exclusive(flush_all, 0); }
void cpu_flush_translations(void) { flush_exclusive(); }

/* sigsetjmp values: exit codes are passed as code + 1, host faults as this. */
#define JMP_HOST_FAULT 0x1000

GuestCPU *cpu_create(const GuestArch *arch, uint8_t *guest_base, uint64_t guest_limit)
{
    /* The interpreter keeps block-local temps right after the CPU structure. */
    size_t size = arch->cpu_size + (size_t)IR_MAX_TEMPS * 8;
    GuestCPU *cpu = aligned_alloc(64, (size + 63) & ~(size_t)63);
    if (!cpu)
        xrun_fatal(XRUN_EXIT_NOMEM, "out of memory");
    memset(cpu, 0, size);
    cpu->arch = arch;
    cpu->guest_base = guest_base;
    cpu->guest_limit = guest_limit;
    cpu->last_slot = -1;
    /* its own mapping: untouched entries cost no memory, and a flush
     * returns the pages (tb.c) instead of writing 512 KiB of zeros */
    void *jc = mmap(NULL, TB_JMP_CACHE_SIZE * sizeof(TB *), PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (jc == MAP_FAILED)
        xrun_fatal(XRUN_EXIT_NOMEM, "out of memory");
    cpu->jmp_cache = jc;
    arch->cpu_reset(cpu);
    code_cache_register_cpu(cpu);
    return cpu;
}

void cpu_exit_raise(GuestCPU *cpu, IRExit code)
{
    siglongjmp(cpu->fault_jmp, (int)code + 1);
}

GuestCPU *cpu_create_copy(const GuestCPU *parent)
{
    GuestCPU *cpu = cpu_create(parent->arch, parent->guest_base, parent->guest_limit);
    struct TB **jc = cpu->jmp_cache;
    /* the architectural state after the common header */
    memcpy((uint8_t *)cpu + sizeof(GuestCPU), (const uint8_t *)parent + sizeof(GuestCPU),
           parent->arch->cpu_size - sizeof(GuestCPU));
    cpu->pc = parent->pc;
    cpu->jmp_cache = jc;
    return cpu;
}

void cpu_destroy(GuestCPU *cpu)
{
    __atomic_add_fetch(&tr_stats.guest_insns, cpu->insn_count, __ATOMIC_RELAXED);
    code_cache_unregister_cpu(cpu);
    munmap(cpu->jmp_cache, TB_JMP_CACHE_SIZE * sizeof(TB *));
    free(cpu);
}

uint64_t cpu_helper_raise_signal(void *opaque, uint64_t sig, uint64_t code, uint64_t addr, uint64_t unused)
{
    GuestCPU *cpu = opaque;
    (void)unused;
    cpu->exc_signal = (int32_t)sig;
    cpu->exc_code = (int32_t)code;
    cpu->fault_addr = addr;
    cpu_exit_raise(cpu, IR_EXIT_SIGNAL);
}

static void host_fault_handler(int sig, siginfo_t *si, void *uc)
{
    GuestCPU *cpu = current_cpu;
    uint8_t *addr = si->si_addr;
    if (cpu && cpu->in_guest && addr >= cpu->guest_base &&
        addr < cpu->guest_base + cpu->guest_limit + GUEST_GUARD_BYTES) {
        cpu->fault_addr = (uint64_t)(addr - cpu->guest_base);
        cpu->fault_signal = sig;
        cpu->exc_code = si->si_code;
        /* In JIT code the guest pc comes from the host pc; elsewhere
         * (interpreter, helpers) cpu->pc is already current. */
        uintptr_t host_pc = (uintptr_t)((ucontext_t *)uc)->uc_mcontext.gregs[REG_RIP];
        const Backend *be = tr_opts.backend;
        TB *tb = be->restore_pc ? tb_find_by_host_pc(host_pc) : NULL;
        uint64_t gpc;
        if (tb && be->restore_pc(tb, host_pc, &gpc)) {
            cpu->pc = gpc;
            if (be->restore_regs)
                be->restore_regs(tb, host_pc, uc, cpu);
        }
        /* a store to a page holding translated code: drop translations, retry */
        if (tr_opts.code_write_fault && tr_opts.code_write_fault(cpu->fault_addr)) {
            cpu->smc_once = 1;
            cpu->smc_page = (cpu->fault_addr & ~(uint64_t)4095) + 1;
            siglongjmp(cpu->fault_jmp, (int)IR_EXIT_FLUSH + 1);
        }
        siglongjmp(cpu->fault_jmp, JMP_HOST_FAULT);
    }
    /* A fault of xrun itself: report it and die with the signal. */
    static const char msg[] = "xrun: internal error: host fault outside guest code\n";
    ssize_t r = write(2, msg, sizeof(msg) - 1);
    (void)r;
    signal(sig, SIG_DFL);
    raise(sig);
}

/*
 * fork: an exclusive section is held across it.  The prepare handler is
 * registered after the code cache's, so it runs first, before tb_lock is
 * taken (the order run_exclusive uses); it waits until every other thread
 * is out of translated code and out of the translator, so none of them
 * holds a lock of xrun's or of the allocator at the fork (glibc's malloc
 * is safe anyway, but a sanitizer's allocator, GCC 12's ASan, is not: a
 * child forked while another thread was in calloc waited on its lock
 * forever).  The child, the forking thread alone, forgets the threads that
 * do not exist there (it runs no translated code while in the syscall).
 */
static void excl_fork_prepare(void)
{
    pthread_mutex_lock(&excl_lock);
    if (__atomic_load_n(&multi_threaded, __ATOMIC_ACQUIRE))
        excl_begin();
}

static void excl_fork_parent(void)
{
    if (excl_pending)
        excl_end();
    pthread_mutex_unlock(&excl_lock);
}

static void excl_fork_child(void)
{
    running_cpus = 0;
    excl_pending = false;
    pthread_cond_init(&excl_cond, NULL);
    pthread_mutex_unlock(&excl_lock);
}

void cpu_install_fault_handlers(void)
{
    pthread_atfork(excl_fork_prepare, excl_fork_parent, excl_fork_child);
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = host_fault_handler;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}

static void log_exec(GuestCPU *cpu, TB *tb)
{
    if (log_enabled(LOG_CPU))
        cpu->arch->dump_state(cpu, log_file ? log_file : stderr);
    if (log_enabled(LOG_EXEC))
        log_printf("Trace: %p [%016" PRIx64 "] (%u insns)\n", tb->code, tb->pc, tb->ninsns);
}

/* Guest ecall/svc instructions are 4 bytes on both riscv64 and aarch64. */
#define SYSCALL_INSN_BYTES 4
#define GUEST_EINTR 4

static void do_syscall(GuestCPU *cpu)
{
    uint64_t nr, args[6];
    cpu->arch->get_syscall(cpu, &nr, args);
    uint64_t ret = sys_dispatch(cpu, nr, args);
    if (ret == (uint64_t)-GUEST_EINTR && sig_restart_pending()) {
        /* SA_RESTART: the handler returns to the syscall instruction itself */
        cpu->pc -= SYSCALL_INSN_BYTES;
    } else {
        cpu->arch->set_syscall_ret(cpu, ret);
    }
    sig_deliver_pending(cpu);
}

/* Handle a block exit; returns normally when execution continues. */
static void handle_exit(GuestCPU *cpu, IRExit code)
{
    switch (code) {
    case IR_EXIT_NEXT:
    case IR_EXIT_INTERRUPT:
        cpu->exit_request = 0;
        sig_deliver_pending(cpu);
        return;
    case IR_EXIT_SYSCALL:
        do_syscall(cpu);
        return;
    case IR_EXIT_FLUSH:
        if (cpu->smc_page) {                    /* a store to a code page */
            uint64_t page = cpu->smc_page - 1;
            cpu->smc_page = 0;
            run_exclusive(flush_page, page);
        } else
            flush_exclusive();
        return;
    case IR_EXIT_ILLEGAL:
        sig_raise_sync(cpu, SIGILL, ILL_ILLOPC, cpu->pc);
        return;
    case IR_EXIT_BREAKPOINT:
        sig_raise_sync(cpu, SIGTRAP, TRAP_BRKPT, cpu->pc);
        return;
    case IR_EXIT_FAULT:
        sig_raise_sync(cpu, cpu->fault_signal ? cpu->fault_signal : SIGSEGV,
                       cpu->fault_signal == SIGBUS ? BUS_ADRERR : SEGV_MAPERR, cpu->fault_addr);
        return;
    case IR_EXIT_SIGNAL:
        sig_raise_sync(cpu, cpu->exc_signal, cpu->exc_code, cpu->fault_addr);
        return;
    }
    xrun_fatal(XRUN_EXIT_INTERNAL, "bad block exit %d", (int)code);
}

/*
 * The host FP status holds guest IEEE flags only while translated code runs
 * (translator/hostfp.h): leaving it, they are folded into the guest's own
 * register; entering it, whatever xrun's C code left there is dropped.
 */
static void fp_leave(GuestCPU *cpu)
{
    if (cpu->arch->fold_fp_flags)
        cpu->arch->fold_fp_flags(cpu);
}

/*
 * Every return from cpu_exec goes through here.  The exit to link (last_tb,
 * last_slot) is dropped: whatever the caller does next (a signal frame, a
 * syscall, sigreturn) may move the pc, and linking that block's slot to
 * the block at the new pc would send every later run of it there (a
 * block's direct jump turned into a jump to a signal handler).
 */
static IRExit exec_return(GuestCPU *cpu, IRExit code)
{
    cpu->last_tb = NULL;
    fp_leave(cpu);
    exec_end();
    if (tr_stats.on) tr_stats.exits[code]++;
    return code;
}

IRExit cpu_exec(GuestCPU *cpu)
{
    const Backend *be = tr_opts.backend;
    bool chain = !tr_opts.nochain;
    current_cpu = cpu;

    /*
     * No signal mask is saved: the fault handler runs with SA_NODEFER, so
     * leaving it by longjmp leaves the mask as it was (and saving it would
     * cost a syscall per call).
     */
    exec_start();
    int jv = sigsetjmp(cpu->fault_jmp, 0);
    if (jv) {
        /* Left translated code through a helper or a host fault. */
        cpu->in_guest = 0;
        if (jv == JMP_HOST_FAULT) {
            cpu->exc_signal = cpu->fault_signal;
            return exec_return(cpu, IR_EXIT_SIGNAL);
        }
        return exec_return(cpu, (IRExit)(jv - 1));
    }
    hostfp_take();
    for (;;) {
        TB *tb;
        if (cpu->smc_once) {
            /* the insn stores into its own code page: run it once, unprotected */
            cpu->smc_once = 0;
            fp_leave(cpu);
            tb = tb_translate_once(cpu, cpu->pc);
            hostfp_take();
            cpu->last_tb = NULL;
        } else {
            tb = tb_lookup(cpu, cpu->pc);
            if (!tb) {
                /* translation is C code: the guest's FP flags go home first,
                 * and what the translator leaves is not the guest's */
                fp_leave(cpu);
                tb = tb_translate(cpu, cpu->pc);
                hostfp_take();
            }
        }
        if (!tb) {
            /* the cache is full and other threads run: flush from outside */
            return exec_return(cpu, IR_EXIT_FLUSH);
        }
        if (chain && cpu->last_tb && cpu->last_slot >= 0)
            be->link(cpu->last_tb, cpu->last_slot, tb);
        if (tr_stats.on) stats_dispatch(cpu);
        cpu->last_tb = NULL;
        if (log_mask & (LOG_EXEC | LOG_CPU))
            log_exec(cpu, tb);
        cpu->in_guest = 1;
        IRExit code = be->exec(cpu, tb);
        cpu->in_guest = 0;
        if (code != IR_EXIT_NEXT)
            return exec_return(cpu, code);
        /* The interpreter leaves a block with NEXT when exit_request stops a
         * chain: leave cpu_exec then, or a thread spinning in guest code
         * would hold off a flush (and signals) forever. */
        if (__atomic_load_n(&cpu->exit_request, __ATOMIC_ACQUIRE))
            return exec_return(cpu, IR_EXIT_INTERRUPT);
    }
}

void cpu_loop(GuestCPU *cpu)
{
    for (;;)
        handle_exit(cpu, cpu_exec(cpu));
}
