/* Waiting for and queueing signals: sigtimedwait/sigwaitinfo on signals the
 * process sends itself (kill, sigqueue, tgkill), timeouts, and error paths. */
#include "sys_common.h"

#include <signal.h>
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

int main(void)
{
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
