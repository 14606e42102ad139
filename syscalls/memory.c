/*
 * Memory syscalls: brk, mmap family, madvise.  All mapping changes go
 * through util/guestmem so the guest map stays tracked and no host range
 * inside the guest window is ever released to the host allocator.
 * The generic ABI's MAP_* and PROT_* values equal x86_64's.
 */
#include "syscalls/internal.h"
#include "native-bypass/bypass.h"

#include <stdio.h>
#include <unistd.h>

#define G_MAP_SHARED 0x01
#define G_MAP_PRIVATE 0x02
#define G_MAP_TYPE 0x0f
#define G_MAP_FIXED 0x10
#define G_MAP_ANONYMOUS 0x20
#define G_MAP_GROWSDOWN 0x100
#define G_MAP_NORESERVE 0x4000
#define G_MAP_STACK 0x20000
#define G_MAP_FIXED_NOREPLACE 0x100000

#define G_PROT_ALL (PROT_READ | PROT_WRITE | PROT_EXEC)

static inline uint64_t pg_up(uint64_t x)
{
    return (x + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
}

uint64_t sys_brk(GuestCPU *cpu, const uint64_t *a)
{
    return gm_brk(a[0]);
}

static int mmap_flags(uint64_t f)
{
    int g = 0;
    if (f & G_MAP_FIXED)
        g |= GM_FIXED;
    if (f & G_MAP_FIXED_NOREPLACE)
        g |= GM_FIXED_NOREPLACE;
    if (f & G_MAP_ANONYMOUS)
        g |= GM_ANON;
    if (f & G_MAP_NORESERVE)
        g |= GM_NORESERVE;
    if (f & G_MAP_GROWSDOWN)
        g |= GM_GROWSDOWN;
    if (f & G_MAP_STACK)
        g |= GM_STACK;
    if ((f & G_MAP_TYPE) != G_MAP_PRIVATE)
        g |= GM_SHARED;
    return g;
}

uint64_t sys_mmap(GuestCPU *cpu, const uint64_t *a)
{
    uint64_t type = a[3] & G_MAP_TYPE;
    if ((a[2] & ~(uint64_t)G_PROT_ALL) || type == 0 || type > 3)
        return SYS_ERR(EINVAL);
    int flags = mmap_flags(a[3]);
    char name[4096] = "";
    if (!(flags & GM_ANON)) {
        char link[64];
        snprintf(link, sizeof(link), "/proc/self/fd/%d", (int)a[4]);
        ssize_t n = readlink(link, name, sizeof(name) - 1);
        name[n > 0 ? n : 0] = 0;
    }
    uint64_t out;
    int r = gm_mmap(a[0], a[1], (int)a[2], flags, (int)a[4], (off_t)a[5],
                    name[0] ? name : NULL, &out);
    if (r >= 0)
        bypass_on_mmap(out, a[1], (int)a[2], name[0] ? name : NULL, a[5]);
    return r < 0 ? sys_ret_neg(r) : out;
}

uint64_t sys_munmap(GuestCPU *cpu, const uint64_t *a)
{
    int r = gm_munmap(a[0], a[1]);
    if (r >= 0)
        bypass_on_munmap(a[0], a[1]);
    return sys_ret_neg(r);
}

uint64_t sys_mprotect(GuestCPU *cpu, const uint64_t *a)
{
    return sys_ret_neg(gm_mprotect(a[0], a[1], (int)(a[2] & ~(uint64_t)PROT_GROWSDOWN)));
}

uint64_t sys_madvise(GuestCPU *cpu, const uint64_t *a)
{
    uint64_t len = pg_up(a[1]);
    if ((a[0] & ~GUEST_PAGE_MASK) || (a[1] && !len))
        return SYS_ERR(EINVAL);
    if (!len)
        return 0;
    if (!gm_access_ok(a[0], len, 0))
        return SYS_ERR(ENOMEM);
    /* DONTNEED/FREE change contents (zero-fill on next touch): let the host do it */
    if (a[2] == MADV_DONTNEED || a[2] == MADV_FREE)
        return sys_ret(madvise(g2h(a[0]), len, (int)a[2]));
    return 0;
}

uint64_t sys_msync(GuestCPU *cpu, const uint64_t *a)
{
    if (a[0] & ~GUEST_PAGE_MASK)
        return SYS_ERR(EINVAL);
    if (!a[1])
        return 0;
    if (!gm_access_ok(a[0], a[1], 0))
        return SYS_ERR(ENOMEM);
    return sys_ret(msync(g2h(a[0]), a[1], (int)a[2]));
}

uint64_t sys_mlock_ok(GuestCPU *cpu, const uint64_t *a)
{
    return 0;
}

uint64_t sys_mincore(GuestCPU *cpu, const uint64_t *a)
{
    uint64_t len = pg_up(a[1]);
    if (a[0] & ~GUEST_PAGE_MASK)
        return SYS_ERR(EINVAL);
    if (!len)
        return a[1] ? SYS_ERR(ENOMEM) : 0;
    if (!gm_access_ok(a[0], len, 0))
        return SYS_ERR(ENOMEM);
    if (!guest_ptr(a[2], len / GUEST_PAGE_SIZE, PROT_WRITE))
        return SYS_EFAULT;
    return sys_ret(mincore(g2h(a[0]), len, g2h(a[2])));
}

/* ---- mremap ---------------------------------------------------------------------- */

typedef struct FindRegion {
    uint64_t addr;
    GMRegion r;
    bool found;
} FindRegion;

static bool find_cb(const GMRegion *r, void *opaque)
{
    FindRegion *f = opaque;
    if (r->start <= f->addr && f->addr < r->end) {
        f->r = *r;
        f->found = true;
        return false;
    }
    return r->start <= f->addr;
}

#define G_MREMAP_MAYMOVE 1
#define G_MREMAP_FIXED 2

/* Grow an anonymous mapping by moving it: new pages, copy, drop the old. */
static uint64_t mremap_move(const FindRegion *f, uint64_t old, uint64_t olds, uint64_t news)
{
    uint64_t to;
    int r = gm_mmap(0, news, f->r.prot | PROT_READ | PROT_WRITE,
                    GM_ANON | (f->r.flags & GM_SHARED), -1, 0, f->r.name, &to);
    if (r < 0)
        return sys_ret_neg(r);
    memcpy(g2h(to), g2h(old), olds);
    if (!(f->r.prot & PROT_WRITE) || !(f->r.prot & PROT_READ))
        gm_mprotect(to, news, f->r.prot);
    gm_munmap(old, olds);
    return to;
}

uint64_t sys_mremap(GuestCPU *cpu, const uint64_t *a)
{
    uint64_t old = a[0], olds = pg_up(a[1]), news = pg_up(a[2]), flags = a[3];
    if ((old & ~GUEST_PAGE_MASK) || news == 0 || (flags & ~3ull))
        return SYS_ERR(EINVAL);
    if (flags & G_MREMAP_FIXED) {
        if (sys_log_once(ONCE_SYSCALL, 1000) && log_enabled(LOG_UNIMP))
            log_printf("xrun: unsupported mremap with MREMAP_FIXED\n");
        return SYS_ERR(EINVAL);
    }
    FindRegion f = { .addr = old };
    gm_foreach(find_cb, &f);
    if (!f.found || olds == 0 || !gm_access_ok(old, olds, 0))
        return SYS_ERR(EFAULT);
    if (news <= olds) {
        if (news < olds)
            gm_munmap(old + news, olds - news);
        return old;
    }
    /* growing file mappings or unreadable ones (we copy): not supported */
    if (!(f.r.flags & GM_ANON) || !(f.r.prot & (PROT_READ | PROT_EXEC)))
        return SYS_ERR(ENOMEM);
    uint64_t got;
    int r = gm_mmap(old + olds, news - olds, f.r.prot, GM_FIXED_NOREPLACE | GM_ANON |
                    (f.r.flags & GM_SHARED), -1, 0, f.r.name, &got);
    if (r == 0)
        return old;
    if (!(flags & G_MREMAP_MAYMOVE))
        return SYS_ERR(ENOMEM);
    return mremap_move(&f, old, olds, news);
}
