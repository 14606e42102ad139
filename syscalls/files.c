/*
 * File and descriptor syscalls.  Most pass straight through to the host
 * kernel with guest pointers translated; the exceptions convert structures
 * whose layout differs between the generic ABI and x86_64 (struct stat),
 * translate open flags (aarch64 numbers four O_* bits differently), copy
 * iovec arrays (they hold pointers), and make /proc/self/exe name the guest
 * program rather than xrun.
 */
#include "syscalls/internal.h"
#include "syscalls/safe_syscall.h"

#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "ioctls/ioctls.h"
#include "loader/loader.h"

/* ---- helpers ------------------------------------------------------------------ */

const char *guest_str(uint64_t a, size_t max, int *err)
{
    uint64_t at = a;
    while (at - a < max) {
        uint64_t page_end = (at & GUEST_PAGE_MASK) + GUEST_PAGE_SIZE;
        if (!gm_access_ok(at, 1, PROT_READ)) {
            *err = EFAULT;
            return NULL;
        }
        uint64_t n = page_end - at;
        if (n > max - (at - a))
            n = max - (at - a);
        if (memchr(g2h(at), 0, n))
            return g2h(a);
        at += n;
    }
    *err = ENAMETOOLONG;
    return NULL;
}

static bool is_proc_self_exe(const char *p)
{
    char buf[64];
    if (!strcmp(p, "/proc/self/exe"))
        return true;
    snprintf(buf, sizeof(buf), "/proc/%d/exe", (int)getpid());
    return !strcmp(p, buf);
}

/* For lstat-like calls: /proc/self/exe itself is a symlink (lstat must say
 * so, as on Linux); only following it leads to the guest program. */
static const char *host_path_at(const char *guest_path, char *buf, int flags)
{
    if ((flags & AT_SYMLINK_NOFOLLOW) && is_proc_self_exe(guest_path))
        return guest_path;
    return sys_host_path(guest_path, buf);
}

const char *sys_host_path(const char *guest_path, char *buf)
{
    if (is_proc_self_exe(guest_path) && loader_info.exe_path[0])
        return loader_info.exe_path;
    return loader_path(loader_sysroot, guest_path, buf, PATH_MAX);
}

/* aarch64's O_DIRECTORY/O_NOFOLLOW/O_DIRECT/O_LARGEFILE vs x86_64's */
static const int a64_oflags[4][2] = {
    { 040000, 0200000 },    /* O_DIRECTORY */
    { 0100000, 0400000 },   /* O_NOFOLLOW */
    { 0200000, 040000 },    /* O_DIRECT */
    { 0400000, 0100000 },   /* O_LARGEFILE */
};

static bool guest_is_aarch64(GuestCPU *cpu)
{
    return cpu && cpu->arch && cpu->arch->name && !strcmp(cpu->arch->name, "aarch64");
}

static int remap_flags(int f, int from, int to)
{
    int mask = 0, out = 0;
    for (int i = 0; i < 4; i++) {
        mask |= a64_oflags[i][from];
        if (f & a64_oflags[i][from])
            out |= a64_oflags[i][to];
    }
    return (f & ~mask) | out;
}

int sys_open_flags_g2h(GuestCPU *cpu, uint64_t flags)
{
    return guest_is_aarch64(cpu) ? remap_flags((int)flags, 0, 1) : (int)flags;
}

int sys_open_flags_h2g(GuestCPU *cpu, int flags)
{
    return guest_is_aarch64(cpu) ? remap_flags(flags, 1, 0) : flags;
}

/* ---- read / write ---------------------------------------------------------------- */

uint64_t sys_read(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], a[2]))
        return SYS_EFAULT;
    long r = safe_syscall(SYS_read, (int)a[0], g2h(a[1]), a[2]);
    fdtrans_after_read((int)a[0], g2h(a[1]), r);
    return sys_ret(r);
}

uint64_t sys_write(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], a[2]))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_write, (int)a[0], g2h(a[1]), a[2]));
}

uint64_t sys_pread64(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], a[2]))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_pread64, (int)a[0], g2h(a[1]), a[2], (off_t)a[3]));
}

uint64_t sys_pwrite64(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], a[2]))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_pwrite64, (int)a[0], g2h(a[1]), a[2], (off_t)a[3]));
}

/* Copy a guest iovec array into host form; -errno or the count. */
long sys_iov_g2h(uint64_t giov, uint64_t cnt, struct iovec *out)
{
    if (cnt > IOV_MAX)
        return -EINVAL;
    const uint8_t *g = guest_ptr(giov, cnt * 16, PROT_READ);
    if (!g && cnt)
        return -EFAULT;
    for (uint64_t i = 0; i < cnt; i++) {
        uint64_t base, len;
        memcpy(&base, g + 16 * i, 8);
        memcpy(&len, g + 16 * i + 8, 8);
        if ((int64_t)len < 0)
            return -EINVAL;
        if (len && !guest_range(base, len))
            return -EFAULT;
        out[i].iov_base = g2h(base);
        out[i].iov_len = len;
    }
    return (long)cnt;
}

static uint64_t do_iov(const uint64_t *a, int nr, bool positioned)
{
    struct iovec iov[IOV_MAX];
    long n = sys_iov_g2h(a[1], a[2], iov);
    if (n < 0)
        return sys_ret_neg(n);
    long r = positioned ? safe_syscall(nr, (int)a[0], iov, n, a[3], a[4])
                        : safe_syscall(nr, (int)a[0], iov, n);
    if (nr == SYS_readv || nr == SYS_preadv)
        sys_iov_after_read((int)a[0], iov, n, r);
    return sys_ret(r);
}

void sys_iov_after_read(int fd, const struct iovec *iov, long cnt, long n)
{
    if (fdtrans_get(fd) == FDT_NONE)
        return;
    for (long i = 0; i < cnt && n > 0; i++) {
        long part = (long)iov[i].iov_len < n ? (long)iov[i].iov_len : n;
        fdtrans_after_read(fd, iov[i].iov_base, part);
        n -= part;
    }
}

uint64_t sys_readv(GuestCPU *cpu, const uint64_t *a) { return do_iov(a, SYS_readv, false); }
uint64_t sys_writev(GuestCPU *cpu, const uint64_t *a) { return do_iov(a, SYS_writev, false); }
/* the generic ABI passes pos as one 64-bit register; the host's pos_h is 0 */
uint64_t sys_preadv(GuestCPU *cpu, const uint64_t *a)
{
    uint64_t b[5] = { a[0], a[1], a[2], a[3], 0 };
    return do_iov(b, SYS_preadv, true);
}
uint64_t sys_pwritev(GuestCPU *cpu, const uint64_t *a)
{
    uint64_t b[5] = { a[0], a[1], a[2], a[3], 0 };
    return do_iov(b, SYS_pwritev, true);
}

/* ---- open / close / seek ------------------------------------------------------------ */

uint64_t sys_openat(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[1]);
    int flags = sys_open_flags_g2h(cpu, a[2]);
    if (!strncmp(path, "/proc/", 6)) {
        int fd = proc_open(path, flags);
        if (fd != -EXDEV)
            return sys_ret_neg(fd);
    }
    return sys_ret(safe_syscall(SYS_openat, (int)a[0], HOST_PATH(path), flags, (mode_t)a[3]));
}

uint64_t sys_close(GuestCPU *cpu, const uint64_t *a)
{
    int fd = (int)a[0];
    /* xrun's own log file is invisible to the guest */
    if (log_file && log_file != stderr && fd == fileno(log_file))
        return SYS_ERR(EBADF);
    long r = close(fd);
    if (r == 0)
        fdtrans_set(fd, FDT_NONE);
    return sys_ret(r);
}

uint64_t sys_close_range(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_close_range, (unsigned)a[0], (unsigned)a[1], (unsigned)a[2]));
}

uint64_t sys_lseek(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(lseek((int)a[0], (off_t)a[1], (int)a[2]));
}

/* A new fd for the same open file keeps its per-fd translator. */
static long dup_kind(int from, long to)
{
    if (to >= 0)
        fdtrans_set((int)to, fdtrans_get(from));
    return to;
}

uint64_t sys_dup(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(dup_kind((int)a[0], dup((int)a[0])));
}

uint64_t sys_dup3(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(dup_kind((int)a[0], dup3((int)a[0], (int)a[1], sys_open_flags_g2h(cpu, a[2]))));
}

uint64_t sys_pipe2(GuestCPU *cpu, const uint64_t *a)
{
    int *fds = guest_ptr(a[0], 8, PROT_WRITE);
    if (!fds)
        return SYS_EFAULT;
    return sys_ret(pipe2(fds, sys_open_flags_g2h(cpu, a[1])));
}

uint64_t sys_fcntl(GuestCPU *cpu, const uint64_t *a)
{
    int fd = (int)a[0], cmd = (int)a[1];
    switch (cmd) {
    case F_GETFL: {
        long r = fcntl(fd, F_GETFL);
        return r < 0 ? sys_ret(r) : (uint64_t)sys_open_flags_h2g(cpu, (int)r);
    }
    case F_SETFL:
        return sys_ret(fcntl(fd, F_SETFL, sys_open_flags_g2h(cpu, a[2])));
    case F_DUPFD: case F_DUPFD_CLOEXEC:
        return sys_ret(dup_kind(fd, fcntl(fd, cmd, (long)a[2])));
    case F_GETFD: case F_SETFD:
    case F_SETOWN: case F_GETOWN: case F_SETSIG: case F_GETSIG:
    case F_SETLEASE: case F_GETLEASE: case F_NOTIFY: case F_SETPIPE_SZ:
    case F_GETPIPE_SZ: case F_ADD_SEALS: case F_GET_SEALS:
        return sys_ret(fcntl(fd, cmd, (long)a[2]));
    case F_GETLK: case F_SETLK: case F_SETLKW:
    case F_OFD_GETLK: case F_OFD_SETLK: case F_OFD_SETLKW:
        /* struct flock has the same layout in the generic ABI and on x86_64 */
        if (!guest_range(a[2], sizeof(struct flock)))
            return SYS_EFAULT;
        return sys_ret(safe_syscall(SYS_fcntl, fd, cmd, g2h(a[2])));
    default:
        if (sys_log_once(ONCE_FCNTL, (unsigned)cmd) && log_enabled(LOG_UNIMP))
            log_printf("xrun: unsupported fcntl command %d\n", cmd);
        return SYS_ERR(EINVAL);
    }
}

uint64_t sys_ioctl(GuestCPU *cpu, const uint64_t *a)
{
    return ioctl_dispatch(cpu, (int)a[0], a[1], a[2]);
}

/* ---- stat ----------------------------------------------------------------------- */

/* struct stat of the asm-generic ABI for 64-bit (riscv64, aarch64). */
typedef struct GuestStat {
    uint64_t st_dev, st_ino;
    uint32_t st_mode, st_nlink, st_uid, st_gid;
    uint64_t st_rdev, pad1;
    int64_t st_size;
    int32_t st_blksize, pad2;
    int64_t st_blocks;
    int64_t st_atime_sec;
    uint64_t st_atime_nsec;
    int64_t st_mtime_sec;
    uint64_t st_mtime_nsec;
    int64_t st_ctime_sec;
    uint64_t st_ctime_nsec;
    uint32_t unused4, unused5;
} GuestStat;
_Static_assert(sizeof(GuestStat) == 128, "generic struct stat is 128 bytes");

static uint64_t put_stat(uint64_t gaddr, const struct stat *st)
{
    GuestStat gs, *g = &gs;
    memset(g, 0, sizeof(*g));
    g->st_dev = st->st_dev;
    g->st_ino = st->st_ino;
    g->st_mode = st->st_mode;
    g->st_nlink = (uint32_t)st->st_nlink;
    g->st_uid = st->st_uid;
    g->st_gid = st->st_gid;
    g->st_rdev = st->st_rdev;
    g->st_size = st->st_size;
    g->st_blksize = (int32_t)st->st_blksize;
    g->st_blocks = st->st_blocks;
    g->st_atime_sec = st->st_atim.tv_sec;
    g->st_atime_nsec = (uint64_t)st->st_atim.tv_nsec;
    g->st_mtime_sec = st->st_mtim.tv_sec;
    g->st_mtime_nsec = (uint64_t)st->st_mtim.tv_nsec;
    g->st_ctime_sec = st->st_ctim.tv_sec;
    g->st_ctime_nsec = (uint64_t)st->st_ctim.tv_nsec;
    return copy_to_guest(gaddr, g, sizeof(*g)) ? 0 : SYS_EFAULT;
}

uint64_t sys_fstat(GuestCPU *cpu, const uint64_t *a)
{
    struct stat st;
    if (fstat((int)a[0], &st) != 0)
        return SYS_ERR(errno);
    return put_stat(a[1], &st);
}

uint64_t sys_newfstatat(GuestCPU *cpu, const uint64_t *a)
{
    struct stat st;
    const char *path = "";
    if (a[1] || !(a[3] & AT_EMPTY_PATH)) {
        int err;
        path = guest_str(a[1], PATH_MAX, &err);
        if (!path)
            return SYS_ERR(err);
    }
    char buf[PATH_MAX];
    if (fstatat((int)a[0], host_path_at(path, buf, (int)a[3]), &st, (int)a[3]) != 0)
        return SYS_ERR(errno);
    return put_stat(a[2], &st);
}

/* struct statx is architecture independent. */
uint64_t sys_statx(GuestCPU *cpu, const uint64_t *a)
{
    const char *path = NULL;
    char buf[PATH_MAX];
    if (a[1]) {
        int err;
        path = guest_str(a[1], PATH_MAX, &err);
        if (!path)
            return SYS_ERR(err);
        path = host_path_at(path, buf, (int)a[2]);
    }
    if (!guest_range(a[4], 256))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_statx, (int)a[0], path, (int)a[2], (unsigned)a[3], g2h(a[4])));
}

/* struct statfs is the same in the generic 64-bit ABI and on x86_64. */
uint64_t sys_statfs(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[0]);
    if (!guest_range(a[1], 120))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_statfs, HOST_PATH(path), g2h(a[1])));
}

uint64_t sys_fstatfs(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], 120))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_fstatfs, (int)a[0], g2h(a[1])));
}

/* ---- paths ----------------------------------------------------------------------- */

uint64_t sys_readlinkat(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[1]);
    if (!guest_range(a[2], a[3]))
        return SYS_EFAULT;
    if (is_proc_self_exe(path) && loader_info.exe_path[0]) {
        size_t n = strlen(loader_info.exe_path);
        if ((int64_t)a[3] <= 0)
            return SYS_ERR(EINVAL);
        if (n > a[3])
            n = a[3];
        char *dst = guest_ptr(a[2], n, PROT_WRITE);
        if (!dst)
            return SYS_EFAULT;
        memcpy(dst, loader_info.exe_path, n);
        return n;
    }
    return sys_ret(readlinkat((int)a[0], HOST_PATH(path), g2h(a[2]), a[3]));
}

uint64_t sys_faccessat(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[1]);
    return sys_ret(syscall(SYS_faccessat, (int)a[0], HOST_PATH(path), (int)a[2]));
}

uint64_t sys_faccessat2(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[1]);
    return sys_ret(syscall(SYS_faccessat2, (int)a[0], HOST_PATH(path), (int)a[2], (int)a[3]));
}

uint64_t sys_getcwd(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[0], a[1]))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_getcwd, g2h(a[0]), a[1]));
}

uint64_t sys_chdir(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[0]);
    return sys_ret(chdir(path));
}

uint64_t sys_fchdir(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(fchdir((int)a[0]));
}

uint64_t sys_getdents64(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], a[2]))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_getdents64, (int)a[0], g2h(a[1]), (unsigned)a[2]));
}

uint64_t sys_unlinkat(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[1]);
    return sys_ret(unlinkat((int)a[0], path, (int)a[2]));
}

uint64_t sys_mkdirat(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[1]);
    return sys_ret(mkdirat((int)a[0], path, (mode_t)a[2]));
}

uint64_t sys_mknodat(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[1]);
    return sys_ret(mknodat((int)a[0], path, (mode_t)a[2], (dev_t)a[3]));
}

uint64_t sys_renameat(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(from, a[1]);
    GUEST_PATH(to, a[3]);
    return sys_ret(renameat((int)a[0], from, (int)a[2], to));
}

uint64_t sys_renameat2(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(from, a[1]);
    GUEST_PATH(to, a[3]);
    return sys_ret(syscall(SYS_renameat2, (int)a[0], from, (int)a[2], to, (unsigned)a[4]));
}

uint64_t sys_symlinkat(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(target, a[0]);
    GUEST_PATH(path, a[2]);
    return sys_ret(symlinkat(target, (int)a[1], path));
}

uint64_t sys_linkat(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(from, a[1]);
    GUEST_PATH(to, a[3]);
    return sys_ret(linkat((int)a[0], from, (int)a[2], to, (int)a[4]));
}

uint64_t sys_fchmod(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(fchmod((int)a[0], (mode_t)a[1]));
}

uint64_t sys_fchmodat(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[1]);
    return sys_ret(syscall(SYS_fchmodat, (int)a[0], path, (mode_t)a[2]));
}

uint64_t sys_fchownat(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[1]);
    return sys_ret(fchownat((int)a[0], path, (uid_t)a[2], (gid_t)a[3], (int)a[4]));
}

uint64_t sys_fchown(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(fchown((int)a[0], (uid_t)a[1], (gid_t)a[2]));
}

uint64_t sys_utimensat(GuestCPU *cpu, const uint64_t *a)
{
    const char *path = NULL;
    if (a[1]) {
        int err;
        path = guest_str(a[1], PATH_MAX, &err);
        if (!path)
            return SYS_ERR(err);
    }
    if (a[2] && !guest_range(a[2], 32))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_utimensat, (int)a[0], path, guest_opt(a[2]), (int)a[3]));
}

/* ---- sizes and syncing ----------------------------------------------------------- */

uint64_t sys_ftruncate(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(ftruncate((int)a[0], (off_t)a[1]));
}

uint64_t sys_truncate(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[0]);
    return sys_ret(truncate(path, (off_t)a[1]));
}

uint64_t sys_fsync(GuestCPU *cpu, const uint64_t *a) { return sys_ret(fsync((int)a[0])); }
uint64_t sys_fdatasync(GuestCPU *cpu, const uint64_t *a) { return sys_ret(fdatasync((int)a[0])); }
uint64_t sys_sync(GuestCPU *cpu, const uint64_t *a) { sync(); return 0; }

uint64_t sys_fadvise64(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_fadvise64, (int)a[0], (off_t)a[1], (off_t)a[2], (int)a[3]));
}

uint64_t sys_fallocate(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(fallocate((int)a[0], (int)a[1], (off_t)a[2], (off_t)a[3]));
}

uint64_t sys_flock(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(safe_syscall(SYS_flock, (int)a[0], (int)a[1]));
}

uint64_t sys_sendfile(GuestCPU *cpu, const uint64_t *a)
{
    if (a[2] && !guest_range(a[2], 8))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_sendfile, (int)a[0], (int)a[1], guest_opt(a[2]), a[3]));
}

uint64_t sys_copy_file_range(GuestCPU *cpu, const uint64_t *a)
{
    if ((a[1] && !guest_range(a[1], 8)) || (a[3] && !guest_range(a[3], 8)))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_copy_file_range, (int)a[0], guest_opt(a[1]), (int)a[2],
                           guest_opt(a[3]), a[4], (unsigned)a[5]));
}

/* ---- polling --------------------------------------------------------------------- */

uint64_t sys_ppoll(GuestCPU *cpu, const uint64_t *a)
{
    if (a[1] > 1u << 20 || !guest_range(a[0], a[1] * 8))
        return a[1] > 1u << 20 ? SYS_ERR(EINVAL) : SYS_EFAULT;
    if ((a[2] && !guest_range(a[2], 16)) || (a[3] && !guest_range(a[3], 8)))
        return SYS_EFAULT;
    long e = sig_temp_mask_begin(a[3], a[4]);
    if (e < 0)
        return sys_ret_neg(e);
    return sys_ret(sig_temp_mask_end(safe_syscall(SYS_ppoll, g2h(a[0]), a[1], guest_opt(a[2]), NULL, 8)));
}

uint64_t sys_pselect6(GuestCPU *cpu, const uint64_t *a)
{
    for (int i = 1; i <= 4; i++)
        if (a[i] && !guest_range(a[i], i == 4 ? 16 : 128))
            return SYS_EFAULT;
    /* the sixth argument points at { sigset pointer, size } */
    uint64_t g[2] = { 0, 8 };
    if (a[5] && !copy_from_guest(g, a[5], sizeof(g)))
        return SYS_EFAULT;
    long e = sig_temp_mask_begin(g[0], g[1]);
    if (e < 0)
        return sys_ret_neg(e);
    return sys_ret(sig_temp_mask_end(safe_syscall(SYS_pselect6, (int)a[0], guest_opt(a[1]),
                           guest_opt(a[2]), guest_opt(a[3]), guest_opt(a[4]), NULL)));
}
