/* Processes from a multi-threaded program: fork while 4 threads run and
 * allocate (the child must not inherit a held lock), the child exits or
 * execs /bin/echo (a host binary); vfork + _exit; posix_spawn; clone3
 * (fork-like, with CLONE_PIDFD, and its flag and size checks); wait4 and
 * waitid with WNOHANG, WNOWAIT, WEXITED, WUNTRACED/WSTOPPED, WCONTINUED,
 * P_PIDFD, and rusage. */
#include <errno.h>
#include <linux/futex.h>
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

/*
 * A thread made with a raw clone3 (as glibc's pthread_create does where it
 * uses clone3): the child starts on its own stack with the parent's
 * registers and x0/a0/rax = 0, calls fn(arg) and exits with SYS_exit.  It
 * shares the parent's TLS, so fn uses no libc.
 */
static uint32_t thread_flag;

static void raw_thread_fn(void *arg)
{
    __atomic_store_n(&thread_flag, (uint32_t)(uintptr_t)arg, __ATOMIC_SEQ_CST);
}

static long clone3_thread(struct clone_args *ca, void (*fn)(void *), void *arg)
{
#if defined(__aarch64__)
    register long x0 __asm__("x0") = (long)ca;
    register long x1 __asm__("x1") = sizeof(*ca);
    register long x8 __asm__("x8") = SYS_clone3;
    __asm__ volatile("mov x10, %[fn]\n mov x11, %[arg]\n svc #0\n cbnz x0, 1f\n"
                     "mov x0, x11\n blr x10\n mov x0, #0\n mov x8, #93\n svc #0\n 1:"
                     : "+r"(x0) : "r"(x1), "r"(x8), [fn] "r"(fn), [arg] "r"(arg)
                     : "x10", "x11", "x30", "memory");
    return x0;
#elif defined(__riscv)
    register long a0 __asm__("a0") = (long)ca;
    register long a1 __asm__("a1") = sizeof(*ca);
    register long a7 __asm__("a7") = SYS_clone3;
    __asm__ volatile("mv t0, %[fn]\n mv t1, %[arg]\n ecall\n bnez a0, 1f\n"
                     "mv a0, t1\n jalr t0\n li a0, 0\n li a7, 93\n ecall\n 1:"
                     : "+r"(a0) : "r"(a1), "r"(a7), [fn] "r"(fn), [arg] "r"(arg)
                     : "t0", "t1", "ra", "memory");
    return a0;
#else
    long r;
    __asm__ volatile("mov %[fn], %%r12\n mov %[arg], %%r13\n syscall\n test %%rax, %%rax\n"
                     "jnz 1f\n mov %%r13, %%rdi\n call *%%r12\n xor %%edi, %%edi\n"
                     "mov $60, %%eax\n syscall\n 1:"
                     : "=a"(r) : "0"((long)SYS_clone3), "D"(ca), "S"(sizeof(*ca)),
                       [fn] "r"(fn), [arg] "r"(arg)
                     : "rcx", "r11", "r12", "r13", "memory");
    return r;
#endif
}

static void clone3_thread_test(void)
{
    enum { STACK = 256 * 1024 };
    static int32_t ctid, ptid;
    struct clone_args ca;
    memset(&ca, 0, sizeof(ca));
    ca.flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD |
               CLONE_SYSVSEM | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID;
    ctid = -1;      /* (CLONE_CHILD_SETTID would be written only once the child runs) */
    ca.child_tid = (uintptr_t)&ctid;
    ca.parent_tid = (uintptr_t)&ptid;
    ca.stack = (uintptr_t)aligned_alloc(16, STACK);
    ca.stack_size = STACK;
    long tid = clone3_thread(&ca, raw_thread_fn, (void *)42);
    /* CLONE_CHILD_CLEARTID: the word is cleared and woken when the thread is gone */
    int32_t v;
    while ((v = __atomic_load_n(&ctid, __ATOMIC_SEQ_CST)) != 0)
        syscall(SYS_futex, &ctid, FUTEX_WAIT, v, NULL, NULL, 0);
    printf("clone3 thread: created %d, ran %d, parent_tid %d, child_tid cleared 1\n",
           tid > 0, thread_flag == 42, ptid == tid);
    free((void *)(uintptr_t)ca.stack);
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
    clone3_thread_test();
    wait_options();
    return 0;
}
