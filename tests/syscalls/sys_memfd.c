/* memfd_create and file seals (F_ADD_SEALS / F_GET_SEALS), a shared mapping
 * of a memfd; error paths. */
#include "sys_common.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>

int main(void)
{
    int fd = memfd_create("xrun-test", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    expect_ok("memfd_create", fd);
    show("write", write(fd, "memfd contents", 14));
    struct stat st;
    fstat(fd, &st);
    printf("size = %lld\n", (long long)st.st_size);
    char *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    CHECK(m != MAP_FAILED, "mmap memfd");
    printf("mapped: %.14s\n", m);
    m[0] = 'M';
    char c = 0;
    pread(fd, &c, 1, 0);
    printf("write through map seen by pread: %c\n", c);
    munmap(m, 4096);
    printf("seals = %#x\n", fcntl(fd, F_GET_SEALS));
    expect_ok("F_ADD_SEALS shrink|grow", fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW));
    printf("seals = %#x\n", fcntl(fd, F_GET_SEALS));
    expect_err("ftruncate sealed shrink", ftruncate(fd, 4), EPERM);
    expect_err("write sealed grow", pwrite(fd, "x", 1, 100), EPERM);
    expect_ok("write inside", pwrite(fd, "m", 1, 0));
    expect_ok("F_ADD_SEALS write|seal", fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_SEAL));
    expect_err("write sealed", pwrite(fd, "m", 1, 0), EPERM);
    expect_err("F_ADD_SEALS after SEAL_SEAL", fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK), EPERM);
    expect_err("mmap shared writable sealed",
               (long)mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), EPERM);
    close(fd);
    int nos = memfd_create("nos", 0);
    expect_err("F_ADD_SEALS without ALLOW_SEALING", fcntl(nos, F_ADD_SEALS, F_SEAL_WRITE), EPERM);
    close(nos);
    expect_err("memfd_create bad flags", memfd_create("x", 0x1000), EINVAL);
    expect_err("memfd_create bad name ptr", syscall(SYS_memfd_create, bad_ptr(), 0), EFAULT);
    char longname[300];
    memset(longname, 'n', sizeof(longname) - 1);
    longname[sizeof(longname) - 1] = 0;
    expect_err("memfd_create long name", memfd_create(longname, 0), EINVAL);
    expect_err("fcntl seals bad fd", fcntl(999, F_GET_SEALS), EBADF);
    return 0;
}
