/*
 * Filesystem-level syscalls beyond plain files: extended attributes, the
 * pipe-buffer family (splice, tee, vmsplice), memfd, openat2, pidfds,
 * preadv2/pwritev2, readahead, and the administration calls that pass
 * straight through (mount, umount2, pivot_root, chroot, unshare, setns,
 * acct, swapon/off, sethostname...: the host kernel decides, usually EPERM).
 * Paths go through sys_host_path so -L sysroots apply; structures involved
 * (open_how, iovec) are converted where they hold pointers or open flags.
 */
#include "syscalls/internal.h"
#include "syscalls/safe_syscall.h"

#include <limits.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#define XATTR_NAME_MAX_ 255
#define XATTR_SIZE_MAX_ 65536

/* ---- extended attributes ----------------------------------------------------------- */

/* The path or fd form of an xattr call: nr_path/nr_lpath/nr_fd by `form`. */
enum { XA_PATH, XA_LPATH, XA_FD };

static const char *xattr_name(uint64_t a, int *err)
{
    const char *n = guest_str(a, XATTR_NAME_MAX_ + 1, err);
    if (!n && *err == ENAMETOOLONG)
        *err = ERANGE;
    return n;
}

static long xa_call(int form, const uint64_t *a, const int nr[3], const void *name,
                    void *buf, size_t size, int flags, bool has_flags)
{
    char pbuf[PATH_MAX];
    const char *path = NULL;
    if (form != XA_FD) {
        int err;
        path = guest_str(a[0], PATH_MAX, &err);
        if (!path)
            return -err;
        path = sys_host_path(path, pbuf);
    }
    long r;
    if (form == XA_FD)
        r = has_flags ? syscall(nr[form], (int)a[0], name, buf, size, flags)
                      : name ? syscall(nr[form], (int)a[0], name, buf, size)
                             : syscall(nr[form], (int)a[0], buf, size);
    else
        r = has_flags ? syscall(nr[form], path, name, buf, size, flags)
                      : name ? syscall(nr[form], path, name, buf, size)
                             : syscall(nr[form], path, buf, size);
    return r < 0 ? -errno : r;
}

static uint64_t do_setxattr(int form, const uint64_t *a)
{
    static const int nr[3] = { SYS_setxattr, SYS_lsetxattr, SYS_fsetxattr };
    int err;
    const char *name = xattr_name(a[1], &err);
    if (!name)
        return SYS_ERR(err);
    if (a[3] > XATTR_SIZE_MAX_)
        return SYS_ERR(E2BIG);
    if (a[3] && !guest_range(a[2], a[3]))
        return SYS_EFAULT;
    return sys_ret_neg(xa_call(form, a, nr, name, guest_opt(a[2]), a[3], (int)a[4], true));
}

static uint64_t do_getxattr(int form, const uint64_t *a)
{
    static const int nr[3] = { SYS_getxattr, SYS_lgetxattr, SYS_fgetxattr };
    int err;
    const char *name = xattr_name(a[1], &err);
    if (!name)
        return SYS_ERR(err);
    if (a[3] && !guest_range(a[2], a[3]))
        return SYS_EFAULT;
    return sys_ret_neg(xa_call(form, a, nr, name, a[3] ? g2h(a[2]) : NULL, a[3], 0, false));
}

static uint64_t do_listxattr(int form, const uint64_t *a)
{
    static const int nr[3] = { SYS_listxattr, SYS_llistxattr, SYS_flistxattr };
    if (a[2] && !guest_range(a[1], a[2]))
        return SYS_EFAULT;
    return sys_ret_neg(xa_call(form, a, nr, NULL, a[2] ? g2h(a[1]) : NULL, a[2], 0, false));
}

static uint64_t do_removexattr(int form, const uint64_t *a)
{
    static const int nr[3] = { SYS_removexattr, SYS_lremovexattr, SYS_fremovexattr };
    int err;
    const char *name = xattr_name(a[1], &err);
    if (!name)
        return SYS_ERR(err);
    char pbuf[PATH_MAX];
    if (form == XA_FD)
        return sys_ret(syscall(nr[form], (int)a[0], name));
    const char *path = guest_str(a[0], PATH_MAX, &err);
    if (!path)
        return SYS_ERR(err);
    return sys_ret(syscall(nr[form], sys_host_path(path, pbuf), name));
}

uint64_t sys_setxattr(GuestCPU *cpu, const uint64_t *a) { return do_setxattr(XA_PATH, a); }
uint64_t sys_lsetxattr(GuestCPU *cpu, const uint64_t *a) { return do_setxattr(XA_LPATH, a); }
uint64_t sys_fsetxattr(GuestCPU *cpu, const uint64_t *a) { return do_setxattr(XA_FD, a); }
uint64_t sys_getxattr(GuestCPU *cpu, const uint64_t *a) { return do_getxattr(XA_PATH, a); }
uint64_t sys_lgetxattr(GuestCPU *cpu, const uint64_t *a) { return do_getxattr(XA_LPATH, a); }
uint64_t sys_fgetxattr(GuestCPU *cpu, const uint64_t *a) { return do_getxattr(XA_FD, a); }
uint64_t sys_listxattr(GuestCPU *cpu, const uint64_t *a) { return do_listxattr(XA_PATH, a); }
uint64_t sys_llistxattr(GuestCPU *cpu, const uint64_t *a) { return do_listxattr(XA_LPATH, a); }
uint64_t sys_flistxattr(GuestCPU *cpu, const uint64_t *a) { return do_listxattr(XA_FD, a); }
uint64_t sys_removexattr(GuestCPU *cpu, const uint64_t *a) { return do_removexattr(XA_PATH, a); }
uint64_t sys_lremovexattr(GuestCPU *cpu, const uint64_t *a) { return do_removexattr(XA_LPATH, a); }
uint64_t sys_fremovexattr(GuestCPU *cpu, const uint64_t *a) { return do_removexattr(XA_FD, a); }

/* ---- pipes: splice, tee, vmsplice ----------------------------------------------------- */

uint64_t sys_splice(GuestCPU *cpu, const uint64_t *a)
{
    if ((a[1] && !guest_range(a[1], 8)) || (a[3] && !guest_range(a[3], 8)))
        return SYS_EFAULT;
    return sys_ret(safe_syscall(SYS_splice, (int)a[0], guest_opt(a[1]), (int)a[2], guest_opt(a[3]),
                           (size_t)a[4], (unsigned)a[5]));
}

uint64_t sys_tee(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(safe_syscall(SYS_tee, (int)a[0], (int)a[1], (size_t)a[2], (unsigned)a[3]));
}

uint64_t sys_vmsplice(GuestCPU *cpu, const uint64_t *a)
{
    struct iovec iov[IOV_MAX];
    long n = sys_iov_g2h(a[1], a[2], iov);
    if (n < 0)
        return sys_ret_neg(n);
    return sys_ret(safe_syscall(SYS_vmsplice, (int)a[0], iov, (unsigned long)n, (unsigned)a[3]));
}

/* ---- preadv2 / pwritev2 / readahead ------------------------------------------------- */

static uint64_t do_iov2(const uint64_t *a, int nr)
{
    struct iovec iov[IOV_MAX];
    long n = sys_iov_g2h(a[1], a[2], iov);
    if (n < 0)
        return sys_ret_neg(n);
    /* (fd, iov, cnt, pos_l, pos_h, flags) in both ABIs; pos_h is unused on 64-bit */
    long r = syscall(nr, (int)a[0], iov, n, a[3], a[4], (int)a[5]);
    if (r > 0 && nr == SYS_preadv2)
        sys_iov_after_read((int)a[0], iov, n, r);
    return sys_ret(r);
}

uint64_t sys_preadv2(GuestCPU *cpu, const uint64_t *a) { return do_iov2(a, SYS_preadv2); }
uint64_t sys_pwritev2(GuestCPU *cpu, const uint64_t *a) { return do_iov2(a, SYS_pwritev2); }

uint64_t sys_readahead(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_readahead, (int)a[0], (off_t)a[1], (size_t)a[2]));
}

/* ---- memfd, openat2 ---------------------------------------------------------------- */

uint64_t sys_memfd_create(GuestCPU *cpu, const uint64_t *a)
{
    int err;
    const char *name = guest_str(a[0], 250, &err);
    if (!name)
        return SYS_ERR(err == ENAMETOOLONG ? EINVAL : err);
    return sys_ret(syscall(SYS_memfd_create, name, (unsigned)a[1]));
}

/* struct open_how { u64 flags, mode, resolve }: flags are open flags. */
uint64_t sys_openat2(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[1]);
    uint64_t how[3] = { 0, 0, 0 };
    if (a[3] < 24 || a[3] > 4096)
        return SYS_ERR(a[3] < 24 ? EINVAL : E2BIG);
    if (!copy_from_guest(how, a[2], 24))
        return SYS_EFAULT;
    /* bytes past the known fields must be zero (the kernel's rule) */
    const uint8_t *rest = guest_ptr(a[2] + 24, a[3] - 24, PROT_READ);
    if (!rest && a[3] > 24)
        return SYS_EFAULT;
    for (uint64_t i = 0; i + 24 < a[3]; i++)
        if (rest[i])
            return SYS_ERR(E2BIG);
    if (how[0] >> 32)
        return SYS_ERR(EINVAL);
    how[0] = (uint32_t)sys_open_flags_g2h(cpu, how[0]);
    return sys_ret(safe_syscall(SYS_openat2, (int)a[0], HOST_PATH(path), how, (size_t)24));
}

/* ---- pidfds --------------------------------------------------------------------------- */

uint64_t sys_pidfd_open(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_pidfd_open, (pid_t)a[0], (unsigned)a[1]));
}

/* siginfo_t is 128 bytes with the same layout on these 64-bit ABIs. */
uint64_t sys_pidfd_send_signal(GuestCPU *cpu, const uint64_t *a)
{
    if (a[2] && !guest_range(a[2], 128))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_pidfd_send_signal, (int)a[0], (int)a[1], guest_opt(a[2]),
                           (unsigned)a[3]));
}

uint64_t sys_pidfd_getfd(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_pidfd_getfd, (int)a[0], (int)a[1], (unsigned)a[2]));
}

/* ---- administration: passed through --------------------------------------------------- */

/* An optional guest string argument: host pointer or NULL; false on a bad one. */
static bool opt_str(uint64_t a, const char **out, int *err)
{
    *out = NULL;
    if (!a)
        return true;
    *out = guest_str(a, PATH_MAX, err);
    return *out != NULL;
}

uint64_t sys_mount(GuestCPU *cpu, const uint64_t *a)
{
    const char *src, *dst, *type;
    int err;
    if (!opt_str(a[0], &src, &err) || !opt_str(a[1], &dst, &err) || !opt_str(a[2], &type, &err))
        return SYS_ERR(err);
    /* data is a string for most filesystems; only its first page is checked */
    if (a[4] && !guest_range(a[4], 1))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_mount, src, dst, type, a[3], guest_opt(a[4])));
}

uint64_t sys_umount2(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(p, a[0]);
    return sys_ret(syscall(SYS_umount2, p, (int)a[1]));
}

uint64_t sys_pivot_root(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(n, a[0]);
    GUEST_PATH(o, a[1]);
    return sys_ret(syscall(SYS_pivot_root, n, o));
}

uint64_t sys_chroot(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(p, a[0]);
    return sys_ret(syscall(SYS_chroot, p));
}

uint64_t sys_acct(GuestCPU *cpu, const uint64_t *a)
{
    const char *p;
    int err;
    if (!opt_str(a[0], &p, &err))
        return SYS_ERR(err);
    return sys_ret(syscall(SYS_acct, p));
}

/*
 * unshare: namespaces a single-threaded process may enter pass through;
 * CLONE_VM/CLONE_SIGHAND/CLONE_THREAD would change xrun itself.
 */
uint64_t sys_unshare(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_unshare, (int)a[0]));
}

uint64_t sys_setns(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret(syscall(SYS_setns, (int)a[0], (int)a[1]));
}

uint64_t sys_swapon(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(p, a[0]);
    return sys_ret(syscall(SYS_swapon, p, (int)a[1]));
}

uint64_t sys_swapoff(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(p, a[0]);
    return sys_ret(syscall(SYS_swapoff, p));
}

/* sethostname/setdomainname (nr in a[2] is not a guest argument: two wrappers) */
static uint64_t set_name(const uint64_t *a, int nr)
{
    if ((int64_t)a[1] < 0 || a[1] > 64)
        return SYS_ERR(EINVAL);
    if (!guest_range(a[0], a[1]))
        return SYS_EFAULT;
    return sys_ret(syscall(nr, g2h(a[0]), (size_t)a[1]));
}

uint64_t sys_sethostname(GuestCPU *cpu, const uint64_t *a) { return set_name(a, SYS_sethostname); }
uint64_t sys_setdomainname(GuestCPU *cpu, const uint64_t *a) { return set_name(a, SYS_setdomainname); }

uint64_t sys_vhangup(GuestCPU *cpu, const uint64_t *a) { return sys_ret(syscall(SYS_vhangup)); }

/* ---- file handles, kcmp ------------------------------------------------------------ */

/* struct file_handle { u32 handle_bytes; int handle_type; u8 f_handle[] } */
#define MAX_HANDLE_SZ_ 128

uint64_t sys_name_to_handle_at(GuestCPU *cpu, const uint64_t *a)
{
    GUEST_PATH(path, a[1]);
    if (!guest_range(a[2], 8 + MAX_HANDLE_SZ_) || !guest_range(a[3], 4))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_name_to_handle_at, (int)a[0], HOST_PATH(path), g2h(a[2]),
                           g2h(a[3]), (int)a[4]));
}

uint64_t sys_open_by_handle_at(GuestCPU *cpu, const uint64_t *a)
{
    if (!guest_range(a[1], 8 + MAX_HANDLE_SZ_))
        return SYS_EFAULT;
    return sys_ret(syscall(SYS_open_by_handle_at, (int)a[0], g2h(a[1]),
                           sys_open_flags_g2h(cpu, a[2])));
}

/* kcmp: integer arguments, except KCMP_EPOLL_TFD's slot (three u32). */
uint64_t sys_kcmp(GuestCPU *cpu, const uint64_t *a)
{
    enum { KCMP_EPOLL_TFD_ = 7 };
    if ((int)a[2] == KCMP_EPOLL_TFD_) {
        if (!guest_range(a[4], 12))
            return SYS_EFAULT;
        return sys_ret(syscall(SYS_kcmp, (pid_t)a[0], (pid_t)a[1], (int)a[2], a[3], g2h(a[4])));
    }
    return sys_ret(syscall(SYS_kcmp, (pid_t)a[0], (pid_t)a[1], (int)a[2], a[3], a[4]));
}
