/* Processes from a multi-threaded program: fork while 4 threads run and
 * allocate (the child must not inherit a held lock), the child exits or
 * execs /bin/echo (a host binary); vfork + _exit; posix_spawn; clone3
 * (fork-like, with CLONE_PIDFD, and its flag and size checks); wait4 and
 * waitid with WNOHANG, WNOWAIT, WEXITED, WUNTRACED/WSTOPPED, WCONTINUED,
 * P_PIDFD, and rusage. */
#include <errno.h>
#include <linux/sched.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef P_PIDFD
#define P_PIDFD 3
#endif
extern char **environ;
static volatile int stop;

static void *busy(void *a)
{
    (void)a;
    while (!stop) {
        void *p = malloc(1000);
        free(p);
    }
    return NULL;
}

static int status_of(pid_t pid)
{
    int st;
    if (waitpid(pid, &st, 0) != pid)
        return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 1000 + WTERMSIG(st);
}

static void fork_from_threads(int rounds)
{
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, busy, NULL);
    int ok = 0;
    for (int r = 0; r < rounds; r++) {
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            void *p = malloc(100);      /* malloc's lock must be free in the child */
            free(p);
            if (r % 2) {
                execl("/bin/sh", "sh", "-c", "exit 7", (char *)NULL);
                _exit(8);
            }
            _exit(7);
        }
        ok += status_of(pid) == 7;
    }
    stop = 1;
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("fork with 4 threads running: %d/%d children exited 7\n", ok, rounds);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/echo", "echo", "exec from a forked child", (char *)NULL);
        _exit(127);
    }
    printf("echo child: %d\n", status_of(pid));
}

static void vfork_spawn(void)
{
    volatile int v = 1;
    pid_t pid = vfork();
    if (pid == 0)
        _exit(v + 4);
    printf("vfork child: %d\n", status_of(pid));
    char *argv[] = { "sh", "-c", "exit 9", NULL };
    int r = posix_spawn(&pid, "/bin/sh", NULL, NULL, argv, environ);
    printf("posix_spawn: %d, child %d\n", r, status_of(pid));
}

static long clone3_raw(struct clone_args *ca, size_t size)
{
    long r = syscall(SYS_clone3, ca, size);
    return r < 0 ? -errno : r;
}

static void clone3_tests(void)
{
    struct clone_args ca;
    memset(&ca, 0, sizeof(ca));
    ca.exit_signal = SIGCHLD;
    fflush(stdout);
    long pid = clone3_raw(&ca, sizeof(ca));
    if (pid == 0)
        _exit(11);
    printf("clone3 fork: child %d\n", status_of((pid_t)pid));

    int pidfd = -1;
    memset(&ca, 0, sizeof(ca));
    ca.flags = CLONE_PIDFD;
    ca.pidfd = (uintptr_t)&pidfd;
    ca.exit_signal = SIGCHLD;
    pid = clone3_raw(&ca, 64);
    if (pid == 0)
        _exit(12);
    siginfo_t si;
    memset(&si, 0, sizeof(si));
    int r = waitid(P_PIDFD, (id_t)pidfd, &si, WEXITED);
    printf("clone3 CLONE_PIDFD: pidfd valid %d, waitid(P_PIDFD) %d, pid matches %d, status %d\n",
           pidfd >= 0, r, si.si_pid == pid, si.si_status);
    close(pidfd);

    memset(&ca, 0, sizeof(ca));
    ca.exit_signal = SIGCHLD;
    printf("clone3 size 32: %ld\n", clone3_raw(&ca, 32) == -EINVAL ? -EINVAL : 0L);
    char big[128] = { 0 };
    memcpy(big, &ca, sizeof(ca));
    big[100] = 1;
    printf("clone3 nonzero tail: %s\n", clone3_raw((void *)big, sizeof(big)) == -E2BIG ? "E2BIG" : "?");
    ca.flags = CLONE_THREAD;
    printf("clone3 CLONE_THREAD without SIGHAND: %s\n", clone3_raw(&ca, sizeof(ca)) == -EINVAL ? "EINVAL" : "?");
    ca.flags = CLONE_SIGHAND;
    printf("clone3 CLONE_SIGHAND without VM: %s\n", clone3_raw(&ca, sizeof(ca)) == -EINVAL ? "EINVAL" : "?");
    ca.flags = 0;
    ca.stack_size = 4096;
    printf("clone3 stack_size without stack: %s\n", clone3_raw(&ca, sizeof(ca)) == -EINVAL ? "EINVAL" : "?");
    ca.stack_size = 0;
    ca.exit_signal = 100;
    printf("clone3 bad exit_signal: %s\n", clone3_raw(&ca, sizeof(ca)) == -EINVAL ? "EINVAL" : "?");
    ca.exit_signal = 0;
    ca.flags = CSIGNAL & SIGCHLD;
    printf("clone3 signal in flags: %s\n", clone3_raw(&ca, sizeof(ca)) == -EINVAL ? "EINVAL" : "?");
    long c = syscall(SYS_clone, CLONE_PIDFD | CLONE_PARENT_SETTID | SIGCHLD, 0, &pidfd, 0, 0);
    printf("clone PIDFD|PARENT_SETTID: %s\n", c < 0 && errno == EINVAL ? "EINVAL" : "?");
}

static void wait_options(void)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        for (;;)
            pause();
    }
    int st;
    printf("WNOHANG running child: %d\n", waitpid(pid, &st, WNOHANG));
    kill(pid, SIGSTOP);
    int ok = waitpid(pid, &st, WUNTRACED) == pid && WIFSTOPPED(st);
    printf("WUNTRACED: %d stopped by %d\n", ok, WSTOPSIG(st));
    kill(pid, SIGCONT);
    printf("WCONTINUED: %d\n", waitpid(pid, &st, WCONTINUED) == pid && WIFCONTINUED(st));
    kill(pid, SIGSTOP);
    siginfo_t si;
    memset(&si, 0, sizeof(si));
    waitid(P_PID, (id_t)pid, &si, WSTOPPED);
    printf("waitid WSTOPPED: code CLD_STOPPED %d, status %d\n", si.si_code == CLD_STOPPED, si.si_status);
    kill(pid, SIGKILL);
    memset(&si, 0, sizeof(si));
    waitid(P_PID, (id_t)pid, &si, WEXITED | WNOWAIT);
    printf("waitid WNOWAIT: killed %d by %d\n", si.si_code == CLD_KILLED, si.si_status);
    struct rusage ru;
    memset(&ru, 0xff, sizeof(ru));
    pid_t w = wait4(pid, &st, 0, &ru);
    printf("wait4 after WNOWAIT: same child %d, signalled %d, rusage sane %d\n", w == pid,
           WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL,
           ru.ru_utime.tv_usec < 1000000 && ru.ru_stime.tv_usec < 1000000 && ru.ru_maxrss >= 0);
    printf("no children: %s\n", wait(&st) < 0 && errno == ECHILD ? "ECHILD" : "?");
    memset(&si, 0, sizeof(si));
    printf("waitid WNOHANG nothing: %d\n", waitid(P_ALL, 0, &si, WEXITED | WNOHANG) < 0 && errno == ECHILD);
}

int main(void)
{
    const char *s = getenv("THR_SCALE");
    setvbuf(stdout, NULL, _IOLBF, 0);
    fork_from_threads(s ? 10 : 40);
    vfork_spawn();
    clone3_tests();
    wait_options();
    return 0;
}
