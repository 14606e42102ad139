/* sigaltstack: a thread with a small stack recurses until it overflows; the
 * SIGSEGV handler (SA_ONSTACK) runs on the alternate stack, sees SS_ONSTACK,
 * gets EPERM when it tries to change the stack it runs on, and siglongjmps
 * out; then SS_AUTODISARM (disabled inside the handler, back after
 * sigreturn), SS_DISABLE, ENOMEM for a tiny stack, nested signals with
 * SA_NODEFER, SA_RESETHAND, and the mask inside a handler (sa_mask | sig). */
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define ALT_SIZE (64 * 1024)
#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1U << 31)     /* linux/signal.h; not in glibc headers */
#endif

static char *alt;
static sigjmp_buf env;
static volatile int on_alt, flags_onstack, eperm;
static volatile int limit = 1 << 30;     /* never reached: the stack ends first */

static int in_alt(void *p) { return (char *)p >= alt && (char *)p < alt + ALT_SIZE; }

static void on_segv(int sig)
{
    (void)sig;
    int local;
    on_alt = in_alt(&local);
    stack_t cur, nss = { .ss_sp = alt, .ss_size = ALT_SIZE, .ss_flags = 0 };
    sigaltstack(NULL, &cur);
    flags_onstack = cur.ss_flags == SS_ONSTACK;
    eperm = sigaltstack(&nss, NULL) == -1 && errno == EPERM;
    siglongjmp(env, 1);
}

__attribute__((noinline)) static int recurse(volatile char *prev, int n)
{
    volatile char buf[1024];
    buf[0] = (char)n;
    buf[1023] = prev ? prev[0] : 0;
    if (n >= limit)
        return 0;
    return recurse(buf, n + 1) + buf[1];
}

static void *overflow_thread(void *arg)
{
    (void)arg;
    stack_t ss = { .ss_sp = alt, .ss_size = ALT_SIZE, .ss_flags = 0 };
    sigaltstack(&ss, NULL);
    if (sigsetjmp(env, 1) == 0)
        recurse(NULL, 0);
    return NULL;
}

static volatile int autodisarm_flags = -1, autodisarm_on_alt;

static void on_usr1(int sig)
{
    (void)sig;
    int local;
    stack_t cur;
    sigaltstack(NULL, &cur);
    autodisarm_flags = cur.ss_flags;
    autodisarm_on_alt = in_alt(&local);
}

static volatile int nest, max_nest;

static void on_usr2(int sig)
{
    nest++;
    if (nest > max_nest)
        max_nest = nest;
    if (nest < 3)
        raise(sig);               /* SA_NODEFER: delivered inside */
    nest--;
}

static volatile int mask_has_sig, mask_has_extra, resethand_hits;

static void on_hup(int sig)
{
    sigset_t cur;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    mask_has_sig = sigismember(&cur, sig);
    mask_has_extra = sigismember(&cur, SIGTERM);
    resethand_hits++;
}

static void set(int sig, void (*h)(int), int flags, int extra)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = h;
    sa.sa_flags = flags;
    sigemptyset(&sa.sa_mask);
    if (extra)
        sigaddset(&sa.sa_mask, extra);
    sigaction(sig, &sa, NULL);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    alt = malloc(ALT_SIZE);
    set(SIGSEGV, on_segv, SA_ONSTACK, 0);
    pthread_attr_t at;
    pthread_attr_init(&at);
    pthread_attr_setstacksize(&at, 256 * 1024);
    pthread_t t;
    pthread_create(&t, &at, overflow_thread, NULL);
    pthread_join(t, NULL);
    printf("overflow caught: on alt stack %d, SS_ONSTACK %d, EPERM %d\n", on_alt,
           flags_onstack, eperm);

    /* the main thread has no alternate stack: each thread has its own */
    stack_t cur;
    sigaltstack(NULL, &cur);
    printf("main thread altstack: %s\n", cur.ss_flags == SS_DISABLE ? "disabled" : "set");

    stack_t ss = { .ss_sp = alt, .ss_size = ALT_SIZE, .ss_flags = SS_AUTODISARM };
    printf("set with SS_AUTODISARM: %d\n", sigaltstack(&ss, NULL));
    set(SIGUSR1, on_usr1, SA_ONSTACK, 0);
    raise(SIGUSR1);
    sigaltstack(NULL, &cur);
    printf("autodisarm: in handler flags %s, on alt %d; after: flags %s, size ok %d\n",
           autodisarm_flags == SS_DISABLE ? "SS_DISABLE" : "other", autodisarm_on_alt,
           cur.ss_flags == (int)SS_AUTODISARM ? "SS_AUTODISARM" : "other", cur.ss_size == ALT_SIZE);

    stack_t small = { .ss_sp = alt, .ss_size = 100, .ss_flags = 0 };
    int r = sigaltstack(&small, NULL);
    printf("tiny stack: %d %s\n", r, r ? strerror(errno) : "");
    stack_t bad = { .ss_sp = alt, .ss_size = ALT_SIZE, .ss_flags = 12345 };
    r = sigaltstack(&bad, NULL);
    printf("bad flags: %d %s\n", r, r ? strerror(errno) : "");
    stack_t off = { .ss_flags = SS_DISABLE };
    sigaltstack(&off, NULL);
    sigaltstack(NULL, &cur);
    printf("disabled: flags %s size %zu\n", cur.ss_flags == SS_DISABLE ? "SS_DISABLE" : "other",
           cur.ss_size);

    set(SIGUSR2, on_usr2, SA_NODEFER, 0);
    raise(SIGUSR2);
    printf("SA_NODEFER nesting depth %d\n", max_nest);

    set(SIGHUP, on_hup, SA_RESETHAND, SIGTERM);
    raise(SIGHUP);
    struct sigaction now;
    sigaction(SIGHUP, NULL, &now);
    printf("handler mask: sig %d, sa_mask %d; SA_RESETHAND: hits %d, now %s\n", mask_has_sig,
           mask_has_extra, resethand_hits, now.sa_handler == SIG_DFL ? "SIG_DFL" : "handler");
    return 0;
}
