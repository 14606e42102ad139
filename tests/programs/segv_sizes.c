/* Guest faults at every access size: loads and stores to an unmapped page,
 * stores to a read-only page, and an access that straddles into the
 * unmapped page.  A SIGSEGV handler records si_addr and si_code and
 * recovers with siglongjmp; state around the faults must survive. */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

static sigjmp_buf jb;
static volatile uintptr_t fault_addr;
static volatile int fault_code, faults;

static void handler(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    fault_addr = (uintptr_t)si->si_addr;
    fault_code = si->si_code;
    faults++;
    siglongjmp(jb, sig);
}

static char *base;

static void report(const char *what, int size, volatile char *p, int is_store)
{
    int sig = sigsetjmp(jb, 1);
    if (sig == 0) {
        switch (size) {
        case 1: if (is_store) *(volatile uint8_t *)p = 1; else (void)*(volatile uint8_t *)p; break;
        case 2: if (is_store) *(volatile uint16_t *)p = 1; else (void)*(volatile uint16_t *)p; break;
        case 4: if (is_store) *(volatile uint32_t *)p = 1; else (void)*(volatile uint32_t *)p; break;
        default: if (is_store) *(volatile uint64_t *)p = 1; else (void)*(volatile uint64_t *)p; break;
        }
        printf("%-10s size %d: no fault\n", what, size);
        return;
    }
    printf("%-10s size %d: signal %d code %s offset %ld\n", what, size, sig,
           fault_code == SEGV_MAPERR ? "MAPERR" : fault_code == SEGV_ACCERR ? "ACCERR" : "other",
           (long)(fault_addr - (uintptr_t)base));
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);

    /* [0,4096) read-write, [4096,8192) unmapped, [8192,12288) read-only */
    base = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED)
        return 1;
    munmap(base + 4096, 4096);
    mprotect(base + 8192, 4096, PROT_READ);

    long survivor = 12345;
    for (int size = 1; size <= 8; size *= 2) {
        report("load", size, base + 4096 + 64, 0);
        report("store", size, base + 4096 + 128, 1);
        report("store-ro", size, base + 8192 + 256, 1);
        report("load-ro", size, base + 8192 + 256, 0);
        report("load-ok", size, base + 512, 0);
    }
    /* an aligned access right at the end of the mapped page is fine */
    report("edge", 8, base + 4096 - 8, 0);
    survivor += faults;
    printf("faults %d, survivor %ld, data intact %d\n", faults, survivor, base[512] == 0);
    return 0;
}
