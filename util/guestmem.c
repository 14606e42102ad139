/*
 * The guest address space: one host reservation holding every guest page,
 * plus a sorted array of the guest's mapped regions.
 *
 * Unmapped guest ranges stay reserved (PROT_NONE, MAP_NORESERVE) so the host
 * allocator never places xrun's own data inside the guest window.  Regions
 * split on partial munmap/mprotect and merge again with equal neighbours so
 * the array stays small and /proc/self/maps looks like the kernel's.
 */
#include <glib.h>

#include "util/guestmem.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "util/util.h"

uint8_t *gm_base;
uint64_t gm_limit;

/* Non-fixed mappings are placed top-down below this (the stack lives above). */
static uint64_t mmap_base;
/* Lowest address handed out for non-fixed mappings (like vm.mmap_min_addr). */
#define GM_MIN_ADDR 0x10000ull

typedef struct Region {
    uint64_t start, end;
    int prot, flags;
    off_t offset;
    char *name;            /* owned; NULL for anonymous */
} Region;

static Region *regions;
static size_t nregions, cap_regions;
/* Recursive so gm_foreach callbacks may query the map. */
static pthread_mutex_t gm_lock;

static uint64_t brk_start, brk_cur, brk_mapped_end;

static inline uint64_t page_up(uint64_t x)
{
    return (x + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
}

uint64_t gm_map_generation;
static GHashTable *code_pages;            /* pages with translated code (see below) */
static void (*invalidate_hook)(void);
static bool code_range_forget_locked(uint64_t start, uint64_t end);

static void lock(void) { pthread_mutex_lock(&gm_lock); }
static void unlock(void) { pthread_mutex_unlock(&gm_lock); }

/* Host protection for a guest protection: code is only ever read by the
 * translator, never executed in place, so EXEC becomes READ. */
static int host_prot(int prot)
{
    int h = prot & (PROT_READ | PROT_WRITE);
    if (prot & PROT_EXEC)
        h |= PROT_READ;
    return h;
}

static const char *prot_str(int prot, char buf[4])
{
    buf[0] = (prot & PROT_READ) ? 'r' : '-';
    buf[1] = (prot & PROT_WRITE) ? 'w' : '-';
    buf[2] = (prot & PROT_EXEC) ? 'x' : '-';
    buf[3] = 0;
    return buf;
}

bool gm_init(uint64_t size)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&gm_lock, &a);
    pthread_mutexattr_destroy(&a);

    size &= GUEST_PAGE_MASK;
    /* The guard past the limit stays PROT_NONE forever: the JIT checks only
     * an access's start address, so one straddling the limit must fault. */
    void *p = mmap(NULL, size + GUEST_GUARD_BYTES, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return false;
    gm_base = p;
    gm_limit = size;
    code_pages = g_hash_table_new(g_direct_hash, g_direct_equal);
    mmap_base = (size - size / 8) & GUEST_PAGE_MASK;
    if (log_enabled(LOG_PAGE))
        log_printf("page: guest space %#llx bytes at host %p, mmap base %#llx\n",
                   (unsigned long long)size, p, (unsigned long long)mmap_base);
    return true;
}

/* ---- region array ---------------------------------------------------------- */

/* Index of the first region whose end is above addr (nregions if none). */
static size_t first_above(uint64_t addr)
{
    size_t lo = 0, hi = nregions;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (regions[mid].end <= addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void insert_at(size_t i, const Region *r)
{
    if (nregions == cap_regions) {
        cap_regions = cap_regions ? cap_regions * 2 : 64;
        regions = realloc(regions, cap_regions * sizeof(*regions));
        if (!regions)
            xrun_fatal(XRUN_EXIT_NOMEM, "out of memory tracking guest regions");
    }
    memmove(&regions[i + 1], &regions[i], (nregions - i) * sizeof(*regions));
    regions[i] = *r;
    nregions++;
    __atomic_add_fetch(&gm_map_generation, 1, __ATOMIC_RELEASE);
}

static void delete_at(size_t i)
{
    free(regions[i].name);
    memmove(&regions[i], &regions[i + 1], (nregions - i - 1) * sizeof(*regions));
    nregions--;
    __atomic_add_fetch(&gm_map_generation, 1, __ATOMIC_RELEASE);
}

static char *dup_name(const char *n)
{
    return n ? strdup(n) : NULL;
}

/* Make sure no region straddles addr (split the one containing it). */
static void split_at(uint64_t addr)
{
    size_t i = first_above(addr);
    if (i == nregions || regions[i].start >= addr)
        return;
    Region hi = regions[i];
    hi.start = addr;
    if (!(hi.flags & GM_ANON))
        hi.offset += (off_t)(addr - regions[i].start);
    hi.name = dup_name(regions[i].name);
    regions[i].end = addr;
    insert_at(i + 1, &hi);
}

/* Drop tracking of [start, end). */
static void remove_range(uint64_t start, uint64_t end)
{
    split_at(start);
    split_at(end);
    size_t i = first_above(start);
    while (i < nregions && regions[i].start < end)
        delete_at(i);
}

static bool same_name(const char *a, const char *b)
{
    return (!a && !b) || (a && b && !strcmp(a, b));
}

static bool can_merge(const Region *a, const Region *b)
{
    if (a->end != b->start || a->prot != b->prot || a->flags != b->flags ||
        !same_name(a->name, b->name))
        return false;
    return (a->flags & GM_ANON) ||
           a->offset + (off_t)(a->end - a->start) == b->offset;
}

/* Merge region i with its neighbours when they are equal. */
static void merge_around(size_t i)
{
    if (i + 1 < nregions && can_merge(&regions[i], &regions[i + 1])) {
        regions[i].end = regions[i + 1].end;
        delete_at(i + 1);
    }
    if (i > 0 && can_merge(&regions[i - 1], &regions[i])) {
        regions[i - 1].end = regions[i].end;
        delete_at(i);
    }
}

/* Merge equal neighbours among regions [from - 1, to]. */
static void merge_span(size_t from, size_t to)
{
    size_t j = from ? from - 1 : 0;
    while (j + 1 < nregions && j <= to) {
        if (can_merge(&regions[j], &regions[j + 1])) {
            regions[j].end = regions[j + 1].end;
            delete_at(j + 1);
            if (to)
                to--;
        } else {
            j++;
        }
    }
}

static void add_region(uint64_t start, uint64_t end, int prot, int flags,
                       off_t off, const char *name)
{
    Region r = { start, end, prot, flags, off, dup_name(name) };
    size_t i = first_above(start);
    insert_at(i, &r);
    merge_around(i);
}

static bool range_free(uint64_t start, uint64_t end)
{
    size_t i = first_above(start);
    return i == nregions || regions[i].start >= end;
}

/* ---- placement ---------------------------------------------------------------- */

/* Highest free [x, x+len) with x+len <= top, or 0. */
static uint64_t find_below(uint64_t top, uint64_t len)
{
    for (size_t i = nregions; i-- > 0;) {
        const Region *r = &regions[i];
        if (r->start >= top)
            continue;
        if (r->end < top && top - r->end >= len)
            return top - len;
        top = r->start;
    }
    if (top >= GM_MIN_ADDR && top - GM_MIN_ADDR >= len)
        return top - len;
    return 0;
}

static uint64_t find_free_locked(uint64_t len, uint64_t hint)
{
    len = page_up(len);
    if (len == 0 || len > gm_limit)
        return 0;
    hint &= GUEST_PAGE_MASK;
    if (hint >= GM_MIN_ADDR && gm_in_range(hint, len) && range_free(hint, hint + len))
        return hint;
    uint64_t a = find_below(mmap_base, len);
    if (!a)
        a = find_below(gm_limit, len);
    return a;
}

uint64_t gm_find_free(uint64_t len, uint64_t hint)
{
    lock();
    uint64_t a = find_free_locked(len, hint);
    unlock();
    return a;
}

/* Give [start, end) back to the reservation. */
static int rereserve(uint64_t start, uint64_t end)
{
    void *p = mmap(g2h(start), end - start, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
    return p == MAP_FAILED ? -errno : 0;
}

/* ---- mmap / munmap / mprotect ----------------------------------------------- */

static int host_map(uint64_t a, uint64_t len, int prot, int flags, int fd, off_t off)
{
    int hf = MAP_FIXED | ((flags & GM_SHARED) ? MAP_SHARED : MAP_PRIVATE);
    if (flags & GM_ANON) {
        hf |= MAP_ANONYMOUS;
        fd = -1;
        off = 0;
    }
    if (flags & GM_NORESERVE)
        hf |= MAP_NORESERVE;
    void *p = mmap(g2h(a), len, host_prot(prot), hf, fd, off);
    if (p == MAP_FAILED)
        return -errno;
    return 0;
}

static int choose_addr(uint64_t addr, uint64_t len, int flags, uint64_t *out)
{
    if (flags & (GM_FIXED | GM_FIXED_NOREPLACE)) {
        if (addr & ~GUEST_PAGE_MASK)
            return -EINVAL;
        if (!gm_in_range(addr, len))
            return -ENOMEM;
        if ((flags & GM_FIXED_NOREPLACE) && !(flags & GM_FIXED) &&
            !range_free(addr, addr + len))
            return -EEXIST;
        *out = addr;
        return 0;
    }
    *out = find_free_locked(len, addr);
    return *out ? 0 : -ENOMEM;
}

int gm_mmap(uint64_t addr, uint64_t len, int prot, int flags, int fd, off_t off,
            const char *name, uint64_t *out)
{
    if (len == 0 || (off & (off_t)~GUEST_PAGE_MASK) || off < 0)
        return -EINVAL;
    if (len > gm_limit)
        return -ENOMEM;
    len = page_up(len);

    lock();
    uint64_t a;
    bool code_replaced = false;
    int r = choose_addr(addr, len, flags, &a);
    if (r == 0) {
        bool was_free = range_free(a, a + len);
        /* before the new mapping: forgetting a code page restores its old
         * host protection, which must not land on the new pages */
        code_replaced = code_range_forget_locked(a, a + len);
        r = host_map(a, len, prot, flags, fd, off);
        if (r == 0) {
            remove_range(a, a + len);
            add_region(a, a + len, prot, flags & ~(GM_FIXED | GM_FIXED_NOREPLACE),
                       off, name);
            *out = a;
        } else if (was_free) {
            rereserve(a, a + len);  /* a failed MAP_FIXED may have left a hole */
        }
    }
    unlock();
    if (code_replaced && invalidate_hook)
        invalidate_hook();
    if (log_enabled(LOG_PAGE)) {
        char pb[4];
        if (r == 0)
            log_printf("page: mmap %#llx-%#llx %s flags %#x off %#llx %s\n",
                       (unsigned long long)a, (unsigned long long)(a + len),
                       prot_str(prot, pb), flags, (unsigned long long)off,
                       name ? name : "");
        else
            log_printf("page: mmap %#llx len %#llx failed: %s\n",
                       (unsigned long long)addr, (unsigned long long)len, strerror(-r));
    }
    return r;
}

int gm_munmap(uint64_t addr, uint64_t len)
{
    if ((addr & ~GUEST_PAGE_MASK) || len == 0)
        return -EINVAL;
    len = page_up(len);
    if (len == 0 || !gm_in_range(addr, len))
        return -EINVAL;
    lock();
    int r = rereserve(addr, addr + len);
    bool code = false;
    if (r == 0) {
        code = code_range_forget_locked(addr, addr + len);
        remove_range(addr, addr + len);
    }
    unlock();
    if (code && invalidate_hook)
        invalidate_hook();
    if (log_enabled(LOG_PAGE))
        log_printf("page: munmap %#llx-%#llx%s\n", (unsigned long long)addr,
                   (unsigned long long)(addr + len), r ? " failed" : "");
    return r;
}

/* True when every page of [start, end) is tracked as mapped. */
static bool fully_mapped(uint64_t start, uint64_t end)
{
    size_t i = first_above(start);
    uint64_t at = start;
    for (; i < nregions && at < end; i++) {
        if (regions[i].start > at)
            return false;
        at = regions[i].end;
    }
    return at >= end;
}

int gm_mprotect(uint64_t addr, uint64_t len, int prot)
{
    if (addr & ~GUEST_PAGE_MASK)
        return -EINVAL;
    if (len == 0)
        return 0;
    len = page_up(len);
    if (len == 0 || !gm_in_range(addr, len))
        return -ENOMEM;
    if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_GROWSDOWN | PROT_GROWSUP))
        return -EINVAL;
    prot &= PROT_READ | PROT_WRITE | PROT_EXEC;
    lock();
    int r = -ENOMEM;
    uint64_t end = addr + len;
    bool code = false;
    if (fully_mapped(addr, end)) {
        /* first: forgetting restores the old protection (regions[] still
         * holds it), which the new one then replaces */
        code = code_range_forget_locked(addr, end);
        r = mprotect(g2h(addr), len, host_prot(prot)) ? -errno : 0;
        if (r == 0) {
            split_at(addr);
            split_at(end);
            size_t i = first_above(addr), j = i;
            for (; j < nregions && regions[j].start < end; j++)
                regions[j].prot = prot;
            __atomic_add_fetch(&gm_map_generation, 1, __ATOMIC_RELEASE);
            merge_span(i, j);
        }
    }
    unlock();
    if (code && invalidate_hook)
        invalidate_hook();
    if (log_enabled(LOG_PAGE)) {
        char pb[4];
        log_printf("page: mprotect %#llx-%#llx %s%s\n", (unsigned long long)addr,
                   (unsigned long long)end, prot_str(prot, pb), r ? " failed" : "");
    }
    return r;
}

/* ---- pages holding translated code ----------------------------------------------- *
 *
 * A page the translator read code from is write-protected on the host (the
 * guest's own protection is unchanged).  A guest store to it faults; the
 * fault handler calls gm_code_write_fault(), which lifts the protection, and
 * the cpu loop drops the translations and runs the store again.  Unmapping,
 * remapping or reprotecting such a page, or a syscall about to write to it,
 * drops the translations too (through the invalidate hook).
 */
void gm_set_invalidate_hook(void (*fn)(void)) { invalidate_hook = fn; }

static int region_prot_locked(uint64_t addr)
{
    size_t i = first_above(addr);
    return (i < nregions && regions[i].start <= addr) ? regions[i].prot : -1;
}

void gm_code_page_add(uint64_t addr)
{
    uint64_t page = addr & GUEST_PAGE_MASK;
    gpointer key = (gpointer)(uintptr_t)(page / GUEST_PAGE_SIZE);
    lock();
    if (!g_hash_table_contains(code_pages, key)) {
        g_hash_table_add(code_pages, key);
        int prot = region_prot_locked(page);
        if (prot >= 0 && (prot & PROT_WRITE))
            mprotect(g2h(page), GUEST_PAGE_SIZE, host_prot(prot) & ~PROT_WRITE);
    }
    unlock();
}

/* Forget code pages in [start, end) and restore their host protection;
 * true when there were any (translations must go).  Lock held. */
static bool code_range_forget_locked(uint64_t start, uint64_t end)
{
    if (g_hash_table_size(code_pages) == 0)
        return false;
    bool any = false;
    uint64_t first = start / GUEST_PAGE_SIZE, last = (end + GUEST_PAGE_SIZE - 1) / GUEST_PAGE_SIZE;
    if (last - first <= g_hash_table_size(code_pages)) {
        for (uint64_t pg = first; pg < last; pg++) {
            if (g_hash_table_remove(code_pages, (gpointer)(uintptr_t)pg)) {
                int prot = region_prot_locked(pg * GUEST_PAGE_SIZE);
                if (prot >= 0)
                    mprotect(g2h(pg * GUEST_PAGE_SIZE), GUEST_PAGE_SIZE, host_prot(prot));
                any = true;
            }
        }
        return any;
    }
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, code_pages);
    while (g_hash_table_iter_next(&it, &key, NULL)) {
        uint64_t pg = (uint64_t)(uintptr_t)key;
        if (pg >= first && pg < last) {
            int prot = region_prot_locked(pg * GUEST_PAGE_SIZE);
            if (prot >= 0)
                mprotect(g2h(pg * GUEST_PAGE_SIZE), GUEST_PAGE_SIZE, host_prot(prot));
            g_hash_table_iter_remove(&it);
            any = true;
        }
    }
    return any;
}

bool gm_code_page_live(uint64_t addr)
{
    lock();
    bool live = g_hash_table_contains(code_pages, (gpointer)(uintptr_t)(addr / GUEST_PAGE_SIZE));
    unlock();
    return live;
}

bool gm_code_write_fault(uint64_t addr)
{
    uint64_t page = addr & GUEST_PAGE_MASK;
    lock();
    bool ours = g_hash_table_contains(code_pages, (gpointer)(uintptr_t)(page / GUEST_PAGE_SIZE));
    int prot = region_prot_locked(page);
    bool handled = ours && prot >= 0 && (prot & PROT_WRITE);
    if (handled)
        code_range_forget_locked(page, page + GUEST_PAGE_SIZE);
    unlock();
    return handled;
}

bool gm_code_range_written(uint64_t addr, uint64_t len)
{
    if (len == 0)
        return false;
    lock();
    bool any = code_range_forget_locked(addr & GUEST_PAGE_MASK, addr + len);
    unlock();
    if (any && invalidate_hook)
        invalidate_hook();
    return any;
}

/* ---- queries -------------------------------------------------------------------- */

int gm_page_prot(uint64_t addr)
{
    lock();
    size_t i = first_above(addr);
    int p = (i < nregions && regions[i].start <= addr) ? regions[i].prot : -1;
    unlock();
    return p;
}

bool gm_region_at(uint64_t addr, uint64_t *start, uint64_t *end, int *prot)
{
    lock();
    size_t i = first_above(addr);
    bool ok = i < nregions && regions[i].start <= addr;
    if (ok) {
        *start = regions[i].start;
        *end = regions[i].end;
        *prot = regions[i].prot;
    }
    unlock();
    return ok;
}

bool gm_access_ok(uint64_t addr, uint64_t len, int prot)
{
    if (len == 0)
        return true;
    if (!gm_in_range(addr, len))
        return false;
    lock();
    uint64_t at = addr, end = addr + len;
    bool ok = true;
    for (size_t i = first_above(addr); at < end; i++) {
        if (i >= nregions || regions[i].start > at || (regions[i].prot & prot) != prot) {
            ok = false;
            break;
        }
        at = regions[i].end;
    }
    unlock();
    return ok;
}

void gm_foreach(bool (*fn)(const GMRegion *r, void *opaque), void *opaque)
{
    lock();
    for (size_t i = 0; i < nregions; i++) {
        const Region *r = &regions[i];
        GMRegion g = { r->start, r->end, r->prot, r->flags, r->offset, r->name };
        if (!fn(&g, opaque))
            break;
    }
    unlock();
}

/* ---- brk ------------------------------------------------------------------------ */

void gm_brk_init(uint64_t start)
{
    lock();
    brk_start = brk_cur = start;
    /* the loader has mapped the page holding `start` already (it is .bss) */
    brk_mapped_end = page_up(start);
    unlock();
    if (log_enabled(LOG_PAGE))
        log_printf("page: brk starts at %#llx\n", (unsigned long long)start);
}

static bool brk_grow(uint64_t newbrk)
{
    uint64_t end = page_up(newbrk);
    if (end <= brk_mapped_end)
        return true;
    if (!gm_in_range(brk_mapped_end, end - brk_mapped_end))
        return false;
    uint64_t got;
    /* NOREPLACE: the heap must never clobber another mapping */
    if (gm_mmap(brk_mapped_end, end - brk_mapped_end, PROT_READ | PROT_WRITE,
                GM_FIXED_NOREPLACE | GM_ANON, -1, 0, "[heap]", &got) != 0)
        return false;
    brk_mapped_end = end;
    return true;
}

static void brk_shrink(uint64_t newbrk)
{
    uint64_t end = page_up(newbrk);
    uint64_t floor = page_up(brk_start);
    if (end < floor)
        end = floor;
    if (end < brk_mapped_end) {
        gm_munmap(end, brk_mapped_end - end);
        brk_mapped_end = end;
    }
}

uint64_t gm_brk(uint64_t newbrk)
{
    lock();
    uint64_t r = brk_cur;
    if (newbrk >= brk_start && newbrk < gm_limit) {
        if (newbrk >= brk_cur) {
            if (brk_grow(newbrk))
                r = brk_cur = newbrk;
        } else {
            brk_shrink(newbrk);
            r = brk_cur = newbrk;
        }
    }
    unlock();
    return r;
}
