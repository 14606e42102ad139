/* Processes: fork + pipe + waitpid, child exit statuses, and exec-free
 * parent/child communication. Output order is forced by waiting. */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    int fds[2];
    if (pipe(fds) != 0)
        return 1;
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        char msg[64];
        unsigned s = 0;
        for (int i = 1; i <= 1000; i++)
            s += (unsigned)(i * i);
        int n = snprintf(msg, sizeof msg, "child sum %u", s);
        write(fds[1], msg, (size_t)n);
        close(fds[1]);
        _exit(7);
    }
    close(fds[1]);
    char buf[128];
    ssize_t n, total = 0;
    while ((n = read(fds[0], buf + total, sizeof buf - 1 - (size_t)total)) > 0)
        total += n;
    buf[total] = 0;
    close(fds[0]);
    int st;
    waitpid(pid, &st, 0);
    printf("parent read [%s]\n", buf);
    printf("child exited=%d status=%d\n", WIFEXITED(st), WEXITSTATUS(st));
    /* several children, reaped in pid order */
    pid_t kids[4];
    for (int i = 0; i < 4; i++) {
        kids[i] = fork();
        if (kids[i] == 0)
            _exit(10 + i);
    }
    int sum = 0;
    for (int i = 0; i < 4; i++) {
        waitpid(kids[i], &st, 0);
        sum += WEXITSTATUS(st);
    }
    printf("children status sum=%d\n", sum);
    /* a child killed by a signal */
    pid = fork();
    if (pid == 0) {
        raise(SIGKILL);
        _exit(0);
    }
    waitpid(pid, &st, 0);
    printf("signaled=%d sig=%d\n", WIFSIGNALED(st), WTERMSIG(st));
    return 0;
}
