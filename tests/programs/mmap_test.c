/* Memory mapping: anonymous mmap/munmap, mremap growth, mprotect, MAP_FIXED
 * replacement, file-backed mapping of a temp file, brk via sbrk. */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void)
{
    long pg = sysconf(_SC_PAGESIZE);
    printf("page size %ld\n", pg);
    size_t n = 16 * (size_t)pg;
    unsigned char *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return 1;
    int zero = 1;
    for (size_t i = 0; i < n; i++)
        zero &= p[i] == 0;
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(i * 7 / 3);
    printf("anon zeroed=%d aligned=%d\n", zero, ((uintptr_t)p % (uintptr_t)pg) == 0);
    unsigned char *q = mremap(p, n, 4 * n, MREMAP_MAYMOVE);
    unsigned sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += q[i];
    int tail_zero = 1;
    for (size_t i = n; i < 4 * n; i++)
        tail_zero &= q[i] == 0;
    printf("mremap sum=%u tail zero=%d\n", sum, tail_zero);
    printf("mprotect ro %d\n", mprotect(q, (size_t)pg, PROT_READ));
    printf("read after protect %u\n", q[5]);
    printf("mprotect rw %d\n", mprotect(q, (size_t)pg, PROT_READ | PROT_WRITE));
    q[5] = 99;
    /* MAP_FIXED over the middle of the region replaces it with zero pages */
    unsigned char *f = mmap(q + pg, (size_t)pg, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("fixed at expected address %d, byte %u, neighbours %u %u\n", f == q + pg, f[10], q[5],
           q[2 * pg + 1]);
    printf("munmap %d\n", munmap(q, 4 * n));

    /* file-backed shared mapping */
    char path[] = "/tmp/xrun-mmap-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return 1;
    ftruncate(fd, pg * 2);
    char *m = mmap(NULL, (size_t)pg * 2, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    strcpy(m, "written through a shared mapping");
    strcpy(m + pg, "second page");
    msync(m, (size_t)pg * 2, MS_SYNC);
    munmap(m, (size_t)pg * 2);
    char buf[64] = {0};
    pread(fd, buf, 32, 0);
    printf("file: [%s]\n", buf);
    pread(fd, buf, 12, pg);
    printf("file page 2: [%s]\n", buf);
    char *ro = mmap(NULL, (size_t)pg, PROT_READ, MAP_PRIVATE, fd, 0);
    printf("private ro mapping: [%.7s]\n", ro);
    munmap(ro, (size_t)pg);
    close(fd);
    unlink(path);

    /* brk */
    char *b0 = sbrk(0);
    char *b1 = sbrk(100000);
    memset(b1, 1, 100000);
    char *b2 = sbrk(0);
    printf("sbrk grew by %ld, old break returned %d\n", (long)(b2 - b0), b1 == b0);
    sbrk(-100000);
    printf("sbrk shrink back %d\n", sbrk(0) == b0);
    return 0;
}
