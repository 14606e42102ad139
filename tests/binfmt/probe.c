/*
 * Guest side of the binfmt tests: prints what a program started through
 * binfmt_misc sees (argv, credentials, auxv entries, /proc/self/exe), one
 * fact per line, so the shell test can compare them with the native truth.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <fcntl.h>
#include <unistd.h>

static int fcntl_check(int fd) { return fcntl(fd, F_GETFD) >= 0; }

static const char *fd_name(int fd)
{
    static char buf[256];
    char p[32];
    snprintf(p, sizeof(p), "/proc/self/fd/%d", fd);
    ssize_t n = readlink(p, buf, sizeof(buf) - 1);
    return n > 0 ? (buf[n] = '\0', buf) : "?";
}

static void aux(const char *name, unsigned long type)
{
    errno = 0;
    unsigned long v = getauxval(type);
    if (v == 0 && errno == ENOENT)
        printf("%s=none\n", name);
    else
        printf("%s=%lu\n", name, v);
}

int main(int argc, char **argv)
{
    printf("argc=%d\n", argc);
    for (int i = 0; i < argc; i++)
        printf("argv%d=%s\n", i, argv[i]);
    printf("pid=%d\n", (int)getpid());
    printf("uid=%d euid=%d gid=%d egid=%d\n", (int)getuid(), (int)geteuid(), (int)getgid(),
           (int)getegid());
    aux("secure", AT_SECURE);
    aux("execfd", AT_EXECFD);
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    printf("exe=%s\n", n > 0 ? (exe[n] = '\0', exe) : "unreadable");
    /* fds the guest holds beyond stdio: an AT_EXECFD left open would show */
    printf("fds=");
    for (int fd = 3; fd < 64; fd++)
        if (fcntl_check(fd))
            printf("%d:%s ", fd, fd_name(fd));
    printf("\n");
    return 0;
}
