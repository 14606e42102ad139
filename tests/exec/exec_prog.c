/*
 * execve/execveat test program: built for the host (the oracle) and for
 * each guest; tests/exec/run.py runs `prog MODE` both ways and requires the
 * same output.  A parent mode execs (or spawns) this program again (or
 * ../bin/other: the other guest architecture under xrun, the host build
 * natively) in one of the "show" modes, which print what the new image
 * received: argv, envp, fds, signal state.  "arch=" lines name the
 * architecture that printed them (run.py checks those separately).
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#if defined(__aarch64__)
#define ARCH "aarch64"
#elif defined(__riscv)
#define ARCH "riscv64"
#else
#define ARCH "x86_64"
#endif

static char *test_env[] = { "FOO=bar", "EMPTY=", "SPACES=a b  c", NULL };

static const char *base(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* ---- what the new image sees ------------------------------------------------------ */

static int show(int argc, char **argv)
{
    printf("arch=%s\nargc=%d\n", ARCH, argc);
    for (int i = 0; i < argc; i++)
        printf("argv[%d]=\"%s\"\n", i, i == 0 ? base(argv[0]) : argv[i]);
    for (char **e = environ; *e; e++)
        printf("env \"%s\"\n", *e);
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    exe[n > 0 ? n : 0] = '\0';
    printf("exe=%s\n", base(exe));
    return 0;
}

static int fdshow(void)
{
    printf("arch=%s\n", ARCH);
    for (int fd = 0; fd < 1024; fd++) {
        int fl = fcntl(fd, F_GETFD);
        if (fl >= 0)
            printf("fd %d open%s\n", fd, (fl & FD_CLOEXEC) ? " cloexec" : "");
    }
    return 0;
}

static const char *disp(int sig)
{
    struct sigaction sa;
    sigaction(sig, NULL, &sa);
    return sa.sa_handler == SIG_IGN ? "ignored" : sa.sa_handler == SIG_DFL ? "default" : "handler";
}

static int sigshow(void)
{
    sigset_t m;
    sigprocmask(SIG_BLOCK, NULL, &m);
    printf("arch=%s\nblocked:", ARCH);
    for (int s = 1; s < 65; s++)
        if (sigismember(&m, s) == 1)
            printf(" %d", s);
    printf("\nSIGINT %s, SIGUSR2 %s, SIGTERM %s, SIGPIPE %s\n", disp(SIGINT), disp(SIGUSR2),
           disp(SIGTERM), disp(SIGPIPE));
    fflush(stdout);
    raise(SIGINT);      /* ignored: no effect */
    printf("alive after SIGINT\n");
    sigset_t p;
    sigpending(&p);
    printf("SIGUSR1 pending: %d\n", sigismember(&p, SIGUSR1));
    return 0;
}

/* ---- parents -------------------------------------------------------------------------- */

static void fail(const char *what)
{
    printf("%s failed: %s\n", what, strerrorname_np(errno));
    exit(1);
}

static int run_wait(pid_t pid)
{
    int st;
    if (waitpid(pid, &st, 0) != pid)
        fail("waitpid");
    fflush(stdout);
    if (WIFEXITED(st))
        printf("child exited %d\n", WEXITSTATUS(st));
    else
        printf("child killed by %d\n", WTERMSIG(st));
    return st;
}

static void expect_err(const char *what, long r, int want)
{
    int e = errno;
    printf("%s: %s%s\n", what, r == -1 ? strerrorname_np(e) : "returned?!",
           r == -1 && e == want ? "" : " (unexpected)");
}

static void write_file(const char *path, const char *text, mode_t mode)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
    if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text))
        fail(path);
    close(fd);
    chmod(path, mode);
}

static int errors(void)
{
    char *av[] = { "x", "show", NULL };
    expect_err("missing file", execve("./does-not-exist", av, test_env), ENOENT);
    expect_err("missing dir", execve("/nonexistent-dir/prog", av, test_env), ENOENT);
    write_file("plain.txt", "hello\n", 0644);
    expect_err("not executable", execve("./plain.txt", av, test_env), EACCES);
    write_file("garbage", "\x01\x02garbage bytes\n", 0755);
    expect_err("garbage", execve("./garbage", av, test_env), ENOEXEC);
    write_file("empty", "", 0755);
    expect_err("empty file", execve("./empty", av, test_env), ENOEXEC);
    expect_err("directory", execve(".", av, test_env), EACCES);
    expect_err("not a dir", execve("./plain.txt/x", av, test_env), ENOTDIR);
    expect_err("bad path pointer", syscall(SYS_execve, (char *)8, av, test_env), EFAULT);
    expect_err("bad argv", syscall(SYS_execve, "../bin/prog", (char **)8, test_env), EFAULT);
    char *badv[] = { "x", (char *)16, NULL };
    expect_err("bad argv[1]", syscall(SYS_execve, "../bin/prog", badv, test_env), EFAULT);
    expect_err("bad envp", syscall(SYS_execve, "../bin/prog", av, (char **)8), EFAULT);
    size_t big = 200000;
    char *huge = malloc(big + 1);
    memset(huge, 'a', big);
    huge[big] = '\0';
    char *bigv[] = { "x", huge, NULL };
    expect_err("argument too long", execve("../bin/prog", bigv, test_env), E2BIG);
    write_file("noint.sh", "#!\n", 0755);
    expect_err("#! without interpreter", execve("./noint.sh", av, test_env), ENOEXEC);
    write_file("badint.sh", "#!/nonexistent/interp\n", 0755);
    expect_err("#! missing interpreter", execve("./badint.sh", av, test_env), ENOENT);
    expect_err("empty path", syscall(SYS_execveat, AT_FDCWD, "", av, test_env, 0), ENOENT);
    symlink("../bin/prog", "link");
    expect_err("symlink nofollow",
               syscall(SYS_execveat, AT_FDCWD, "link", av, test_env, AT_SYMLINK_NOFOLLOW), ELOOP);
    expect_err("bad flags", syscall(SYS_execveat, AT_FDCWD, "link", av, test_env, 0x400000), EINVAL);
    /* AT_EXECVE_CHECK (Linux 6.14): permission checks only, whatever the format */
    long r = syscall(SYS_execveat, AT_FDCWD, "garbage", av, test_env, 0x10000);
    printf("AT_EXECVE_CHECK garbage: %s\n", r == 0 ? "0" : strerrorname_np(errno));
    r = syscall(SYS_execveat, AT_FDCWD, "plain.txt", av, test_env, 0x10000);
    printf("AT_EXECVE_CHECK plain.txt: %s\n", r == 0 ? "0" : strerrorname_np(errno));
    expect_err("bad dirfd", syscall(SYS_execveat, 999, "prog", av, test_env, 0), EBADF);
    printf("still alive\n");
    /* and a real exec still works afterwards */
    execve("../bin/prog", av, test_env);
    fail("execve");
    return 1;
}

static int fds(void)
{
    int n = open("/dev/null", O_RDONLY);
    if (dup3(n, 10, O_CLOEXEC) != 10 || dup2(n, 11) != 11)
        fail("dup");
    close(n);
    char *av[] = { "fds", "fdshow", NULL };
    execve("../bin/prog", av, test_env);
    fail("execve");
    return 1;
}

static void on_usr2(int s) { (void)s; }

static int signals(void)
{
    sigset_t m;
    sigemptyset(&m);
    sigaddset(&m, SIGUSR1);
    sigaddset(&m, SIGHUP);
    sigaddset(&m, 40);
    sigprocmask(SIG_BLOCK, &m, NULL);
    signal(SIGINT, SIG_IGN);
    signal(SIGPIPE, SIG_IGN);
    signal(SIGUSR2, on_usr2);
    raise(SIGUSR1);     /* blocked: stays pending over exec */
    char *av[] = { "sig", "sigshow", NULL };
    execve("../bin/prog", av, test_env);
    fail("execve");
    return 1;
}

static int spawn(void)
{
    char *av[] = { "spawned", "show", "posix_spawn", NULL };
    pid_t pid;
    int r = posix_spawn(&pid, "../bin/prog", NULL, NULL, av, test_env);
    if (r) {
        errno = r;
        fail("posix_spawn");
    }
    run_wait(pid);
    char *av2[] = { "forked", "show", "fork+exec", NULL };
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        execve("../bin/prog", av2, test_env);
        _exit(127);
    }
    run_wait(pid);
    pid = vfork();
    if (pid == 0) {
        char *av3[] = { "vforked", "show", "vfork+exec", NULL };
        execve("../bin/other", av3, test_env);
        _exit(127);
    }
    run_wait(pid);
    /* a failed exec in the child returns there */
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        execve("./missing", av2, test_env);
        _exit(errno == ENOENT ? 42 : 1);
    }
    run_wait(pid);
    fflush(stdout);
    printf("system: %d\n", system("exit 3"));
    fflush(stdout);
    /* (without -L, sh is the host's: a guest program it execs would not run) */
    int st = system("echo from the shell \"$0\"");
    printf("system: %d\n", st);
    return 0;
}

static int host_bins(void)
{
    char *echo[] = { "echo", "host", "echo  two", NULL };
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        execve("/bin/echo", echo, test_env);
        _exit(127);
    }
    run_wait(pid);
    char *f[] = { "false", NULL };
    pid = fork();
    if (pid == 0) {
        execv("/bin/false", f);
        _exit(127);
    }
    run_wait(pid);
    char *t[] = { "true", NULL };
    execve("/bin/true", t, test_env);
    fail("execve /bin/true");
    return 1;
}

static int script(void)
{
    char self[4096], text[4200];
    if (!realpath("../bin/prog", self))
        fail("realpath");
    /* interpreter + one argument (inner blanks kept, trailing ones dropped) */
    snprintf(text, sizeof(text), "#! %s  show  the  arg \t \nbody\n", self);
    write_file("s.sh", text, 0755);
    /* a script whose interpreter is a script */
    write_file("t.sh", "#!./s.sh\n", 0755);
    /* a host interpreter: the host kernel runs it */
    write_file("h.sh", "#!/bin/sh\necho host sh: \"$0\" \"$@\"\n", 0755);
    char *av[] = { "s0", "one", "two", NULL };
    char *tv[] = { "t0", "three", NULL };
    char *hv[] = { "h0", "four", NULL };
    pid_t pid;
    fflush(stdout);
    if ((pid = fork()) == 0) {
        execve("./t.sh", tv, test_env);
        _exit(127);
    }
    run_wait(pid);
    if ((pid = fork()) == 0) {
        execve("./h.sh", hv, test_env);
        _exit(127);
    }
    run_wait(pid);
    execve("./s.sh", av, test_env);
    fail("execve script");
    return 1;
}

/* exec from a second thread while the first one waits: the pid stays, threads go */
static void *exec_thread(void *arg)
{
    (void)arg;
    char *av[] = { "from-thread", "show", "thread", NULL };
    execve("../bin/prog", av, test_env);
    fail("execve in thread");
    return NULL;
}

static int threads(void)
{
    pthread_t t;
    pthread_create(&t, NULL, exec_thread, NULL);
    for (;;)
        pause();
    return 1;
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 && argv[1] ? argv[1] : "";
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (!strcmp(mode, "show") || !strncmp(mode, "show ", 5))
        return show(argc, argv);
    if (!strcmp(mode, "fdshow"))
        return fdshow();
    if (!strcmp(mode, "sigshow"))
        return sigshow();
    printf("arch=%s\nparent %s\n", ARCH, mode);
    char *av[] = { "zero", "show", "a b", "", "c", NULL };
    if (!strcmp(mode, "self"))
        execve("/proc/self/exe", av, test_env);
    else if (!strcmp(mode, "path"))
        execve("../bin/prog", av, test_env);
    else if (!strcmp(mode, "other"))
        execve("../bin/other", av, test_env);
    else if (!strcmp(mode, "noargv")) {
        char *none[] = { NULL };
        execve("../bin/prog", none, test_env);
    } else if (!strcmp(mode, "fexecve")) {
        int fd = open("../bin/prog", O_RDONLY | O_CLOEXEC);
        syscall(SYS_execveat, fd, "", av, test_env, AT_EMPTY_PATH);
    } else if (!strcmp(mode, "fexecve-other")) {
        int fd = open("../bin/other", O_PATH);
        fexecve(fd, av, test_env);
    } else if (!strcmp(mode, "dirfd")) {
        int d = open("../bin", O_DIRECTORY | O_RDONLY);
        syscall(SYS_execveat, d, "prog", av, test_env, 0);
    } else if (!strcmp(mode, "thread"))
        return threads();
    else if (!strcmp(mode, "errors"))
        return errors();
    else if (!strcmp(mode, "fds"))
        return fds();
    else if (!strcmp(mode, "signals"))
        return signals();
    else if (!strcmp(mode, "spawn"))
        return spawn();
    else if (!strcmp(mode, "host"))
        return host_bins();
    else if (!strcmp(mode, "script"))
        return script();
    else {
        printf("unknown mode\n");
        return 2;
    }
    fail("exec");
    return 1;
}
