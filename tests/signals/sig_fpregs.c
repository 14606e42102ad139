/* Register state across a handler: every FP/SIMD register is loaded with a
 * pattern, a breakpoint raises SIGTRAP, the handler clobbers all FP/SIMD
 * registers and changes one callee-saved integer register in the ucontext;
 * after sigreturn the FP/SIMD registers hold the pattern again and the
 * integer register holds the handler's value.  Also FP state of a handler
 * doing FP math while the interrupted code is in the middle of a loop. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>

#include "sigtest.h"

#if defined(__x86_64__)
#define NREG 16
#define REGBYTES 16
#define LOAD_ALL(p) \
    "movdqu 0(" p "),%%xmm0\n movdqu 16(" p "),%%xmm1\n movdqu 32(" p "),%%xmm2\n movdqu 48(" p "),%%xmm3\n" \
    "movdqu 64(" p "),%%xmm4\n movdqu 80(" p "),%%xmm5\n movdqu 96(" p "),%%xmm6\n movdqu 112(" p "),%%xmm7\n" \
    "movdqu 128(" p "),%%xmm8\n movdqu 144(" p "),%%xmm9\n movdqu 160(" p "),%%xmm10\n movdqu 176(" p "),%%xmm11\n" \
    "movdqu 192(" p "),%%xmm12\n movdqu 208(" p "),%%xmm13\n movdqu 224(" p "),%%xmm14\n movdqu 240(" p "),%%xmm15\n"
#define STORE_ALL(p) \
    "movdqu %%xmm0,0(" p ")\n movdqu %%xmm1,16(" p ")\n movdqu %%xmm2,32(" p ")\n movdqu %%xmm3,48(" p ")\n" \
    "movdqu %%xmm4,64(" p ")\n movdqu %%xmm5,80(" p ")\n movdqu %%xmm6,96(" p ")\n movdqu %%xmm7,112(" p ")\n" \
    "movdqu %%xmm8,128(" p ")\n movdqu %%xmm9,144(" p ")\n movdqu %%xmm10,160(" p ")\n movdqu %%xmm11,176(" p ")\n" \
    "movdqu %%xmm12,192(" p ")\n movdqu %%xmm13,208(" p ")\n movdqu %%xmm14,224(" p ")\n movdqu %%xmm15,240(" p ")\n"
#define CLOBBER_FP "pxor %%xmm0,%%xmm0\n pcmpeqd %%xmm1,%%xmm1\n pxor %%xmm8,%%xmm8\n pxor %%xmm15,%%xmm15\n"
#define FP_CLOBBERS "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", \
    "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15"
#define SAVED_REG "rbx"
#define TRAP_PRE
#elif defined(__aarch64__)
#define NREG 32
#define REGBYTES 16
#define LOAD_ALL(p) \
    "ld1 {v0.16b-v3.16b}, [" p "], #64\n ld1 {v4.16b-v7.16b}, [" p "], #64\n" \
    "ld1 {v8.16b-v11.16b}, [" p "], #64\n ld1 {v12.16b-v15.16b}, [" p "], #64\n" \
    "ld1 {v16.16b-v19.16b}, [" p "], #64\n ld1 {v20.16b-v23.16b}, [" p "], #64\n" \
    "ld1 {v24.16b-v27.16b}, [" p "], #64\n ld1 {v28.16b-v31.16b}, [" p "], #64\n"
#define STORE_ALL(p) \
    "st1 {v0.16b-v3.16b}, [" p "], #64\n st1 {v4.16b-v7.16b}, [" p "], #64\n" \
    "st1 {v8.16b-v11.16b}, [" p "], #64\n st1 {v12.16b-v15.16b}, [" p "], #64\n" \
    "st1 {v16.16b-v19.16b}, [" p "], #64\n st1 {v20.16b-v23.16b}, [" p "], #64\n" \
    "st1 {v24.16b-v27.16b}, [" p "], #64\n st1 {v28.16b-v31.16b}, [" p "], #64\n"
#define CLOBBER_FP "movi v0.16b, #0\n movi v1.16b, #0xff\n movi v8.16b, #1\n movi v15.16b, #2\n" \
    "movi v16.16b, #3\n movi v31.16b, #4\n"
#define FP_CLOBBERS "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", \
    "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", \
    "v25", "v26", "v27", "v28", "v29", "v30", "v31"
#define SAVED_REG "x19"
#elif defined(__riscv)
#define NREG 32
#define REGBYTES 8
#define LD8(i, p) "fld f" #i ", " #i "*8(" p ")\n"
#define SD8(i, p) "fsd f" #i ", " #i "*8(" p ")\n"
#define ALL(M, p) M(0, p) M(1, p) M(2, p) M(3, p) M(4, p) M(5, p) M(6, p) M(7, p) M(8, p) M(9, p) \
    M(10, p) M(11, p) M(12, p) M(13, p) M(14, p) M(15, p) M(16, p) M(17, p) M(18, p) M(19, p) \
    M(20, p) M(21, p) M(22, p) M(23, p) M(24, p) M(25, p) M(26, p) M(27, p) M(28, p) M(29, p) \
    M(30, p) M(31, p)
#define LOAD_ALL(p) ALL(LD8, p)
#define STORE_ALL(p) ALL(SD8, p)
#define CLOBBER_FP "fmv.d.x f0, zero\n fmv.d.x f9, zero\n fmv.d.x f18, zero\n fmv.d.x f31, zero\n"
#define FP_CLOBBERS "f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11", \
    "f12", "f13", "f14", "f15", "f16", "f17", "f18", "f19", "f20", "f21", "f22", "f23", "f24", \
    "f25", "f26", "f27", "f28", "f29", "f30", "f31"
#define SAVED_REG "s1"
#endif

static unsigned char in[NREG * REGBYTES], out[NREG * REGBYTES];
static volatile int traps;

static void on_trap(int sig, siginfo_t *si, void *ctx)
{
    (void)sig; (void)si;
    ucontext_t *uc = ctx;
    traps++;
    __asm__ volatile(CLOBBER_FP ::: FP_CLOBBERS);
    volatile double d = 1.0;
    for (int i = 0; i < 10; i++)
        d = d * 3.5 + 0.25;
    UC_SAVED(uc) = 0x5eed;
    if (!TRAP_LEN_AFTER)
        UC_PC(uc) += TRAP_LEN;
}

static void fp_regs(void)
{
    for (unsigned i = 0; i < sizeof in; i++)
        in[i] = (unsigned char)(i * 7 + 3);
    memset(out, 0, sizeof out);
    unsigned char *pi = in, *po = out;
    register unsigned long saved __asm__(SAVED_REG) = 1;
    __asm__ volatile(LOAD_ALL("%[pi]") TRAP_INSN "\n" STORE_ALL("%[po]")
                     : [pi] "+r"(pi), [po] "+r"(po), "+r"(saved)
                     : : "memory", FP_CLOBBERS);
    printf("SIGTRAP handled %d; FP/SIMD registers preserved: %s; %s set by the handler: %s\n",
           traps, memcmp(in, out, sizeof in) ? "no" : "yes", "callee-saved register",
           saved == 0x5eed ? "yes" : "no");
}

/* A timer signal whose handler does FP math interrupts a long FP loop. */
static volatile int ticks;
static void on_alarm(int sig)
{
    (void)sig;
    volatile double x = 0.1;
    for (int i = 0; i < 100; i++)
        x = x * 1.0001 + 1e-3;
    ticks++;
}

static void fp_loop(void)
{
    signal(SIGALRM, on_alarm);
    struct itimerval it = { { 0, 1000 }, { 0, 1000 } };
    setitimer(ITIMER_REAL, &it, NULL);
    double s = 0;
    long i = 0;
    while (ticks < 20 || i < 2000000) {
        s += (double)(i % 1000) * 0.5;
        i++;
        if (i > 200000000)
            break;
    }
    struct itimerval off = { { 0, 0 }, { 0, 0 } };
    setitimer(ITIMER_REAL, &off, NULL);
    /* the sum of (i%1000)*0.5 is exact in double for these sizes */
    double expect = 0;
    for (long j = 0; j < i; j++)
        expect += (double)(j % 1000) * 0.5;
    printf("FP loop under timer signals: sum %s\n", s == expect ? "exact" : "corrupted");
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_trap;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGTRAP, &sa, NULL);
    fp_regs();
    fp_regs();
    fp_loop();
    return 0;
}
