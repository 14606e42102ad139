/* Waiting for and queueing signals: sigtimedwait/sigwaitinfo on signals the
 * process sends itself (kill, sigqueue, tgkill), timeouts, and error paths. */
#include "sys_common.h"

#include <signal.h>
#include <sys/time.h>
#include <time.h>

static void show_info(const char *what, int r, const siginfo_t *si)
{
    if (r < 0) {
        printf("%s = -1 %s\n", what, strerrorname_np(errno));
        return;
    }
    printf("%s = SIG%s code=%d pid_ok=%d uid_ok=%d\n", what, sigabbrev_np(r), si->si_code,
           si->si_pid == getpid(), si->si_uid == getuid());
}

static volatile int handled;

static void on_signal(int sig)
{
    handled = sig;
}

/* sigsuspend: the handler runs, EINTR comes back even with SA_RESTART, and
 * the original mask is in force again afterwards. */
static void test_sigsuspend(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGALRM, &sa, NULL);
    sigset_t block, none, now;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigaddset(&block, SIGALRM);
    sigprocmask(SIG_BLOCK, &block, NULL);
    sigemptyset(&none);

    kill(getpid(), SIGUSR1);            /* already pending when suspending */
    handled = 0;
    int r = sigsuspend(&none);
    printf("sigsuspend (pending USR1) = %d %s handled=%s\n", r, strerrorname_np(errno),
           handled ? sigabbrev_np(handled) : "none");
    sigprocmask(SIG_BLOCK, NULL, &now);
    printf("USR1 still blocked = %d\n", sigismember(&now, SIGUSR1));

    struct itimerval it = { { 0, 0 }, { 0, 20000 } };   /* from the host kernel */
    setitimer(ITIMER_REAL, &it, NULL);
    handled = 0;
    r = sigsuspend(&none);
    printf("sigsuspend (timer) = %d %s handled=%s\n", r, strerrorname_np(errno),
           handled ? sigabbrev_np(handled) : "none");
    sigprocmask(SIG_BLOCK, NULL, &now);
    printf("ALRM still blocked = %d\n", sigismember(&now, SIGALRM));
    expect_err("sigsuspend bad ptr", syscall(SYS_rt_sigsuspend, bad_ptr(), 8), EFAULT);
    expect_err("sigsuspend bad size", syscall(SYS_rt_sigsuspend, &none, 4), EINVAL);
    sigprocmask(SIG_UNBLOCK, &block, NULL);
    signal(SIGUSR1, SIG_DFL);
    signal(SIGALRM, SIG_DFL);
}

int main(void)
{
    test_sigsuspend();
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_BLOCK, &set, NULL);
    siginfo_t si;
    struct timespec zero = { 0, 0 }, short_wait = { 0, 10 * 1000 * 1000 };

    kill(getpid(), SIGUSR1);
    memset(&si, 0, sizeof(si));
    show_info("sigwaitinfo after kill", sigwaitinfo(&set, &si), &si);

    sigqueue(getpid(), SIGUSR2, (union sigval){ .sival_int = 7 });
    memset(&si, 0, sizeof(si));
    show_info("sigtimedwait after sigqueue", sigtimedwait(&set, &si, &zero), &si);

    syscall(SYS_tgkill, getpid(), gettid(), SIGUSR1);
    memset(&si, 0, sizeof(si));
    show_info("sigtimedwait after tgkill", sigtimedwait(&set, &si, &zero), &si);

    sigset_t pend;
    kill(getpid(), SIGUSR2);
    sigpending(&pend);
    printf("pending USR2 = %d\n", sigismember(&pend, SIGUSR2));
    int sig = 0;
    int r = sigwait(&set, &sig);
    printf("sigwait = %d sig=%s\n", r, sigabbrev_np(sig));
    sigpending(&pend);
    printf("pending USR2 after = %d\n", sigismember(&pend, SIGUSR2));

    show_info("sigtimedwait nothing", sigtimedwait(&set, &si, &zero), &si);
    show_info("sigtimedwait short", sigtimedwait(&set, &si, &short_wait), &si);
    expect_err("sigtimedwait bad set", syscall(SYS_rt_sigtimedwait, bad_ptr(), &si, &zero, 8), EFAULT);
    expect_err("sigtimedwait bad size", syscall(SYS_rt_sigtimedwait, &set, &si, &zero, 4), EINVAL);
    struct timespec bad = { 0, 2000000000 };
    expect_err("sigtimedwait bad timeout", sigtimedwait(&set, &si, &bad), EINVAL);
    expect_err("sigqueue bad signal", sigqueue(getpid(), 99, (union sigval){ 0 }), EINVAL);
    expect_err("rt_sigqueueinfo bad info", syscall(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, bad_ptr()), EFAULT);
    expect_err("kill bad signal", kill(getpid(), 99), EINVAL);
    return 0;
}
