/* Synchronous signals with SA_SIGINFO: SIGSEGV si_code/si_addr (MAPERR on an
 * unmapped page, ACCERR on a PROT_READ page), the ucontext pc inside the
 * faulting function, a handler that redirects the pc and an argument
 * register through the ucontext (sigreturn must restore them), 1000
 * siglongjmps out of a SIGSEGV handler with the mask restored each time,
 * SIGTRAP from a breakpoint and SIGILL from an undefined instruction with
 * the pc of the instruction, SIGBUS BUS_ADRALN from a misaligned exclusive
 * load (aarch64 ldxr, riscv64 lr.d; x86 has no such fault, so the native
 * run prints the architectural expectation, also what qemu-user gives). */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sigtest.h"

static sigjmp_buf env;
static volatile int got_sig, got_code, pc_in_func, mode;
static void *volatile got_addr;
static volatile uintptr_t got_pc;

__attribute__((noinline)) int load_from(volatile int *p) { return *p + 1; }
__attribute__((noinline)) void store_to(volatile int *p) { *p = 5; }

__attribute__((noinline, noreturn)) void recovered(long v)
{
    printf("recovered with argument %ld\n", v);
    siglongjmp(env, 2);
}

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
    ucontext_t *uc = ctx;
    got_sig = sig;
    got_code = si->si_code;
    got_addr = si->si_addr;
    got_pc = (uintptr_t)UC_PC(uc);
    if (mode == 1) {
        /* resume in recovered(42): sigreturn loads pc and the argument register */
        UC_PC(uc) = (uintptr_t)recovered;
        UC_ARG0(uc) = 42;
        UC_SP(uc) = (UC_SP(uc) & ~(uintptr_t)15) - 64;
#if defined(__x86_64__)
        UC_SP(uc) -= 8;           /* as after a call */
#endif
        return;
    }
    siglongjmp(env, 1);
}

static void check_fault(const char *what, volatile int *p, int store, void *func)
{
    got_sig = 0;
    if (sigsetjmp(env, 1) == 0) {
        if (store)
            store_to(p);
        else
            load_from(p);
        printf("%s: no fault\n", what);
        return;
    }
    int in = got_pc >= (uintptr_t)func && got_pc < (uintptr_t)func + 64;
    printf("%s: sig %s code %s addr %s pc %s\n", what, got_sig == SIGSEGV ? "SEGV" : "other",
           got_code == SEGV_MAPERR ? "MAPERR" : got_code == SEGV_ACCERR ? "ACCERR" : "other",
           got_addr == (void *)p ? "exact" : "wrong", in ? "in function" : "elsewhere");
}

static void on_trap(int sig, siginfo_t *si, void *ctx)
{
    ucontext_t *uc = ctx;
    got_sig = sig;
    got_code = si->si_code;
    got_pc = (uintptr_t)UC_PC(uc);
    if (sig == SIGILL)
        UC_PC(uc) += ILL_LEN;
    else if (!TRAP_LEN_AFTER)
        UC_PC(uc) += TRAP_LEN;
}

extern char trap_here[], ill_here[];

static void traps(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_trap;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGTRAP, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);
    got_sig = 0;
    __asm__ volatile(".globl trap_here\ntrap_here:\n" TRAP_INSN ::: "memory");
    int code_ok = got_code == TRAP_BRKPT || (TRAP_LEN_AFTER && got_code == SI_KERNEL);
    printf("breakpoint: %s, code %s, pc %s\n", got_sig == SIGTRAP ? "SIGTRAP" : "none",
           code_ok ? "ok" : "wrong",
           got_pc == (uintptr_t)trap_here + TRAP_LEN_AFTER ? "at insn" : "wrong");
    got_sig = 0;
    __asm__ volatile(".globl ill_here\nill_here:\n" ILL_INSN ::: "memory");
    printf("undefined insn: %s, code %s, pc %s\n", got_sig == SIGILL ? "SIGILL" : "none",
           got_code == ILL_EXPECT_CODE ? "ok" : "wrong",
           got_pc == (uintptr_t)ill_here ? "at insn" : "wrong");
}

static void on_bus(int sig, siginfo_t *si, void *ctx)
{
    (void)ctx;
    got_sig = sig;
    got_code = si->si_code;
    got_addr = si->si_addr;
    siglongjmp(env, 1);
}

static _Alignas(16) char abuf[32];

static void misaligned_exclusive(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_bus;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGBUS, &sa, NULL);
    long *volatile p = (long *)(abuf + 3);
    got_sig = 0;
    if (sigsetjmp(env, 1) == 0) {
#if defined(__aarch64__)
        long v;
        __asm__ volatile("ldxr %0, [%1]" : "=r"(v) : "r"(p) : "memory");
#elif defined(__riscv)
        long v;
        __asm__ volatile("lr.d %0, (%1)" : "=r"(v) : "r"(p) : "memory");
#else
        got_sig = SIGBUS;
        got_code = BUS_ADRALN;
        got_addr = p;
        siglongjmp(env, 1);
#endif
        printf("misaligned exclusive load: no fault\n");
        return;
    }
    printf("misaligned exclusive load: %s %s, addr %s\n", got_sig == SIGBUS ? "SIGBUS" : "other",
           got_code == BUS_ADRALN ? "BUS_ADRALN" : "other", got_addr == p ? "exact" : "wrong");
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);

    long pg = sysconf(_SC_PAGESIZE);
    char *m = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(m + pg, pg);                       /* a hole */
    mprotect(m, pg, PROT_READ);               /* read-only */
    check_fault("load from unmapped", (volatile int *)(m + pg + 8), 0, (void *)load_from);
    check_fault("store to unmapped", (volatile int *)(m + pg + 16), 1, (void *)store_to);
    check_fault("store to read-only", (volatile int *)(m + 24), 1, (void *)store_to);
    printf("load from read-only: %d\n", load_from((volatile int *)m));

    mode = 1;
    if (sigsetjmp(env, 1) == 0) {
        load_from((volatile int *)(m + pg));
        printf("no fault\n");
    }
    mode = 0;

    /* 1000 faults left by siglongjmp: the mask comes back each time */
    volatile int ok = 0;
    for (volatile int i = 0; i < 1000; i++) {
        if (sigsetjmp(env, 1) == 0) {
            load_from((volatile int *)(m + pg + 4 * (i % 64)));
            continue;
        }
        sigset_t cur;
        sigprocmask(SIG_SETMASK, NULL, &cur);
        ok += !sigismember(&cur, SIGSEGV) && got_addr == (void *)(m + pg + 4 * (i % 64));
    }
    printf("longjmp out of 1000 faults: %d clean\n", (int)ok);
    traps();
    misaligned_exclusive();
    return 0;
}
