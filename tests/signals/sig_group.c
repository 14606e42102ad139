/* kill() to a process group: in a group of its own, the process forks two
 * children that wait for SIGUSR1 in sigsuspend; kill(0, SIGUSR1) reaches the
 * parent's handler and both children (which exit with 7 from theirs), and
 * kill(-pgid, SIGUSR2) does the same for a second round; SIGCHLD arrives
 * for each child. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int usr1, usr2, chld;

static void on_sig(int sig)
{
    if (sig == SIGUSR1)
        usr1++;
    else if (sig == SIGUSR2)
        usr2++;
    else
        chld++;
}

static void child_exit(int sig) { (void)sig; _exit(7); }

static pid_t spawn(int sig, int ready[2])
{
    pid_t p = fork();
    if (p == 0) {
        signal(sig, child_exit);
        sigset_t none;
        sigemptyset(&none);
        if (write(ready[1], "r", 1) != 1)
            _exit(2);
        for (;;)
            sigsuspend(&none);
    }
    return p;
}

static void round_of(int sig, int by_pgid)
{
    int ready[2];
    if (pipe(ready))
        exit(1);
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, sig);
    sigprocmask(SIG_BLOCK, &block, &old);      /* the children unblock in sigsuspend */
    pid_t a = spawn(sig, ready), b = spawn(sig, ready);
    sigprocmask(SIG_SETMASK, &old, NULL);
    char c[2];
    if (read(ready[0], c, 1) != 1 || read(ready[0], c + 1, 1) != 1)
        exit(1);
    int r = kill(by_pgid ? -getpgrp() : 0, sig);
    int sa, sb;
    waitpid(a, &sa, 0);
    waitpid(b, &sb, 0);
    printf("kill(%s, %s) = %d: children exited %d %d\n", by_pgid ? "-pgid" : "0",
           sig == SIGUSR1 ? "SIGUSR1" : "SIGUSR2", r,
           WIFEXITED(sa) ? WEXITSTATUS(sa) : -1, WIFEXITED(sb) ? WEXITSTATUS(sb) : -1);
    close(ready[0]);
    close(ready[1]);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    if (setpgid(0, 0))
        perror("setpgid");
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sig;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGUSR2, &sa, NULL);
    sigaction(SIGCHLD, &sa, NULL);
    round_of(SIGUSR1, 0);
    round_of(SIGUSR2, 1);
    printf("parent handlers: SIGUSR1 %d, SIGUSR2 %d, SIGCHLD %s\n", usr1, usr2,
           chld >= 1 ? "at least once" : "never");
    return 0;
}
