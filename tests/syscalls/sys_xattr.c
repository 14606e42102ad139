/* Extended attributes: all twelve calls (path, l-path and fd forms); the
 * filesystem may refuse user.* attributes (tmpfs before 6.6): then one
 * line says so and the rest is skipped, identically under both runs. */
#include "sys_common.h"

#include <fcntl.h>
#include <sys/xattr.h>

static void show_list(const char *what, long n, const char *buf)
{
    printf("%s = %ld:", what, n);
    for (long i = 0; i < n; i += (long)strlen(buf + i) + 1)
        printf(" %s", buf + i);
    printf("\n");
}

int main(void)
{
    int fd = open("x.txt", O_CREAT | O_RDWR, 0600);
    symlink("x.txt", "link");
    if (setxattr("x.txt", "user.probe", "1", 1, 0) != 0 && (errno == ENOTSUP || errno == EPERM)) {
        printf("xattrs: not supported by this filesystem (%s)\n", strerrorname_np(errno));
        return 0;
    }
    expect_ok("setxattr", setxattr("x.txt", "user.one", "value-1", 7, XATTR_CREATE));
    expect_ok("fsetxattr", fsetxattr(fd, "user.two", "value-two", 9, 0));
    expect_err("lsetxattr on symlink", lsetxattr("link", "user.three", "v", 1, 0), EPERM);
    char buf[256];
    memset(buf, 0, sizeof(buf));
    show("getxattr", getxattr("x.txt", "user.one", buf, sizeof(buf)));
    printf("value: %s\n", buf);
    memset(buf, 0, sizeof(buf));
    show("lgetxattr via target", lgetxattr("x.txt", "user.two", buf, sizeof(buf)));
    show("fgetxattr size query", fgetxattr(fd, "user.two", NULL, 0));
    memset(buf, 0, sizeof(buf));
    long n = listxattr("x.txt", buf, sizeof(buf));
    show_list("listxattr", n, buf);
    n = flistxattr(fd, buf, sizeof(buf));
    show_list("flistxattr", n, buf);
    show("llistxattr on symlink", llistxattr("link", buf, sizeof(buf)));
    expect_ok("removexattr", removexattr("x.txt", "user.one"));
    expect_ok("fremovexattr", fremovexattr(fd, "user.two"));
    expect_ok("fremovexattr probe", fremovexattr(fd, "user.probe"));
    expect_err("lremovexattr missing", lremovexattr("x.txt", "user.one"), ENODATA);
    expect_err("getxattr missing", getxattr("x.txt", "user.one", buf, sizeof(buf)), ENODATA);
    expect_err("setxattr XATTR_CREATE exists",
               (fsetxattr(fd, "user.d", "1", 1, 0), fsetxattr(fd, "user.d", "1", 1, XATTR_CREATE)), EEXIST);
    fsetxattr(fd, "user.d", "12345", 5, XATTR_REPLACE);
    expect_err("getxattr small buffer", fgetxattr(fd, "user.d", buf, 2), ERANGE);
    expect_err("listxattr small buffer", flistxattr(fd, buf, 2), ERANGE);
    expect_err("setxattr bad flags", setxattr("x.txt", "user.e", "1", 1, 8), EINVAL);
    expect_err("fgetxattr bad fd", fgetxattr(999, "user.d", buf, sizeof(buf)), EBADF);
    expect_err("getxattr bad name ptr", syscall(SYS_getxattr, "x.txt", bad_ptr(), buf, 8), EFAULT);
    expect_err("getxattr bad value ptr", syscall(SYS_fgetxattr, fd, "user.d", bad_ptr(), 8), EFAULT);
    expect_err("setxattr bad path ptr", syscall(SYS_setxattr, bad_ptr(), "user.f", "1", 1, 0), EFAULT);
    expect_err("listxattr missing file", listxattr("missing", buf, sizeof(buf)), ENOENT);
    close(fd);
    unlink("link");
    unlink("x.txt");
    return 0;
}
