/*
 * Device and filesystem ioctls: RNDGETENTCNT (and the privileged random
 * ioctls' permission checks) on /dev/urandom, FS_IOC_GETFLAGS/SETFLAGS,
 * FS_IOC_GETVERSION, FIGETBSZ, FS_IOC_FIEMAP and FICLONE on a file in the
 * working directory (the filesystem's answer, whatever it is, must be the
 * native one), and block-device ioctls on a loop device: only as root with
 * /dev/loop-control (skipped otherwise), detached again at the end.
 */
#include <fcntl.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <linux/loop.h>
#include <linux/random.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"

static void random_tests(void)
{
    int fd = open("/dev/urandom", O_RDONLY);
    if (fd < 0) {
        printf("no /dev/urandom\n");
        return;
    }
    int cnt = -1;
    report("RNDGETENTCNT", ioctl(fd, RNDGETENTCNT, &cnt));
    printf("entropy count >= 0: %d\n", cnt >= 0);
    int add = 0;    /* adds nothing: only the permission check matters */
    report("RNDADDTOENTCNT", ioctl(fd, RNDADDTOENTCNT, &add));
    report("RNDZAPENTCNT", ioctl(fd, RNDZAPENTCNT, 0));
    report("RNDCLEARPOOL", ioctl(fd, RNDCLEARPOOL, 0));
    report("RNDGETENTCNT bad pointer", ioctl(fd, RNDGETENTCNT, (void *)8));
    close(fd);
}

static void file_tests(void)
{
    int fd = open("flags.txt", O_RDWR | O_CREAT | O_TRUNC, 0600);
    char block[8192];
    memset(block, 'x', sizeof(block));
    if (fd < 0 || write(fd, block, sizeof(block)) != (ssize_t)sizeof(block)) {
        printf("file setup failed\n");
        return;
    }
    fsync(fd);
    int flags = -1;
    if (report("FS_IOC_GETFLAGS", ioctl(fd, FS_IOC_GETFLAGS, &flags)) == 0) {
        printf("flags = %#x\n", flags);
        int nf = flags | FS_NODUMP_FL;
        report("FS_IOC_SETFLAGS nodump", ioctl(fd, FS_IOC_SETFLAGS, &nf));
        ioctl(fd, FS_IOC_GETFLAGS, &nf);
        printf("nodump set: %d\n", (nf & FS_NODUMP_FL) != 0);
        ioctl(fd, FS_IOC_SETFLAGS, &flags);
    }
    int version = -1;
    report("FS_IOC_GETVERSION", ioctl(fd, FS_IOC_GETVERSION, &version));
    int bsz = -1;
    report("FIGETBSZ", ioctl(fd, FIGETBSZ, &bsz));
    printf("block size positive: %d\n", bsz > 0);

    struct { struct fiemap fm; struct fiemap_extent ext[8]; } m;
    memset(&m, 0, sizeof(m));
    m.fm.fm_length = ~0ull;
    m.fm.fm_flags = FIEMAP_FLAG_SYNC;
    m.fm.fm_extent_count = 8;
    if (report("FS_IOC_FIEMAP", ioctl(fd, FS_IOC_FIEMAP, &m)) == 0) {
        unsigned long long total = 0;
        for (unsigned i = 0; i < m.fm.fm_mapped_extents && i < 8; i++)
            total += m.ext[i].fe_length;
        printf("extents cover the file: %d, last flagged: %d\n", total >= sizeof(block),
               m.fm.fm_mapped_extents > 0 &&
               (m.ext[m.fm.fm_mapped_extents - 1].fe_flags & FIEMAP_EXTENT_LAST) != 0);
    }
    int dst = open("clone.txt", O_RDWR | O_CREAT | O_TRUNC, 0600);
    report("FICLONE", ioctl(dst, FICLONE, fd));
    report("FICLONE bad fd", ioctl(dst, FICLONE, 999));
    close(dst);
    close(fd);
    unlink("clone.txt");
    unlink("flags.txt");
}

static int loop_attach(int ctl, int backing, char *path)
{
    int n = ioctl(ctl, LOOP_CTL_GET_FREE);
    if (n < 0)
        return -1;
    snprintf(path, 32, "/dev/loop%d", n);
    int lfd = open(path, O_RDWR);
    if (lfd < 0)
        return -1;
    if (ioctl(lfd, LOOP_SET_FD, backing) < 0) {
        close(lfd);
        return -1;
    }
    return lfd;
}

static void loop_tests(void)
{
    if (geteuid() != 0 || access("/dev/loop-control", F_OK) != 0) {
        printf("loop: skipped (needs root and /dev/loop-control)\n");
        return;
    }
    int ctl = open("/dev/loop-control", O_RDWR);
    int backing = open("disk.img", O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (ctl < 0 || backing < 0 || ftruncate(backing, 1 << 20)) {
        printf("loop: setup failed\n");
        return;
    }
    char path[32];
    int lfd = -1;
    for (int tries = 0; tries < 5 && lfd < 0; tries++)   /* a free device may be taken meanwhile */
        lfd = loop_attach(ctl, backing, path);
    if (lfd < 0) {
        printf("loop: no free device\n");
        return;
    }
    unsigned long long size64 = 0;
    unsigned long sectors = 0;
    int ssz = 0, ro = -1;
    report("BLKGETSIZE64", ioctl(lfd, BLKGETSIZE64, &size64));
    printf("size64 = %llu\n", size64);
    report("BLKGETSIZE", ioctl(lfd, BLKGETSIZE, &sectors));
    printf("sectors = %lu\n", sectors);
    report("BLKSSZGET", ioctl(lfd, BLKSSZGET, &ssz));
    printf("sector size = %d\n", ssz);
    report("BLKROGET", ioctl(lfd, BLKROGET, &ro));
    printf("ro = %d\n", ro);
    report("BLKFLSBUF", ioctl(lfd, BLKFLSBUF, 0));

    struct loop_info64 i64;
    memset(&i64, 0, sizeof(i64));
    report("LOOP_GET_STATUS64", ioctl(lfd, LOOP_GET_STATUS64, &i64));
    printf("status64: offset=%llu sizelimit=%llu number matches: %d\n",
           (unsigned long long)i64.lo_offset, (unsigned long long)i64.lo_sizelimit,
           (int)i64.lo_number == atoi(path + 9));
    struct loop_info old;     /* old_dev_t fields: the converted path */
    memset(&old, 0x5a, sizeof(old));
    report("LOOP_GET_STATUS", ioctl(lfd, LOOP_GET_STATUS, &old));
    struct stat st;
    fstat(backing, &st);
    printf("status: number matches: %d, inode matches: %d, device matches: %d, offset=%d\n",
           old.lo_number == atoi(path + 9), old.lo_inode == st.st_ino,
           old.lo_device == (__typeof__(old.lo_device))st.st_dev, old.lo_offset);
    snprintf((char *)i64.lo_file_name, sizeof(i64.lo_file_name), "xrun-test");
    report("LOOP_SET_STATUS64", ioctl(lfd, LOOP_SET_STATUS64, &i64));
    memset(&old, 0, sizeof(old));
    ioctl(lfd, LOOP_GET_STATUS, &old);
    printf("name via old status: %s\n", old.lo_name);
    report("LOOP_GET_STATUS bad pointer", ioctl(lfd, LOOP_GET_STATUS, (void *)8));
    report("LOOP_GET_STATUS64 bad pointer", ioctl(lfd, LOOP_GET_STATUS64, (void *)8));
    report("LOOP_SET_STATUS bad pointer", ioctl(lfd, LOOP_SET_STATUS, (void *)8));
    report("LOOP_CLR_FD", ioctl(lfd, LOOP_CLR_FD, 0));
    close(lfd);
    close(backing);
    close(ctl);
    unlink("disk.img");
}

int main(void)
{
    random_tests();
    file_tests();
    loop_tests();
    return 0;
}
