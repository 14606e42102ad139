/* Signal handling: signal() and sigaction(SA_SIGINFO) handlers for
 * SIGUSR1/SIGUSR2 via raise and kill, blocking with sigprocmask and
 * delivery on unblock, SIGALRM-free; handler counts printed afterwards. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t usr1, usr2, last_code, pending_seen;

static void on_usr1(int sig) { usr1 += sig == SIGUSR1; }

static void on_usr2(int sig, siginfo_t *si, void *ctx)
{
    (void)ctx;
    usr2++;
    last_code = si->si_signo == sig ? si->si_code : -1000;
}

int main(void)
{
    signal(SIGUSR1, on_usr1);
    for (int i = 0; i < 5; i++)
        raise(SIGUSR1);
    printf("usr1 after raise x5: %d\n", (int)usr1);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_usr2;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR2, &sa, NULL);
    kill(getpid(), SIGUSR2);
    printf("usr2 after kill: %d code is SI_USER: %d\n", (int)usr2, last_code == SI_USER);
    raise(SIGUSR2);
    printf("usr2 after raise: %d code is SI_TKILL: %d\n", (int)usr2, last_code == SI_TKILL);

    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, &old);
    raise(SIGUSR1);
    raise(SIGUSR1);                   /* standard signals do not queue */
    sigset_t pend;
    sigpending(&pend);
    printf("blocked: usr1=%d pending=%d\n", (int)usr1, sigismember(&pend, SIGUSR1));
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("unblocked: usr1=%d\n", (int)usr1);

    signal(SIGUSR1, SIG_IGN);
    raise(SIGUSR1);
    printf("ignored: usr1=%d\n", (int)usr1);
    struct sigaction q;
    sigaction(SIGUSR2, NULL, &q);
    printf("query: siginfo flag=%d handler set=%d\n", (q.sa_flags & SA_SIGINFO) != 0,
           q.sa_sigaction == on_usr2);
    return 0;
}
