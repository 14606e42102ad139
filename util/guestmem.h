/*
 * The guest address space.
 *
 * Guest virtual addresses [0, gm_limit) live inside one host reservation
 * starting at gm_base (host = gm_base + guest).  Nothing of xrun's own is
 * ever placed inside it, so a wild guest pointer can only hit guest memory
 * or fault.  This module tracks which guest pages are mapped and with what
 * protection (for code reads, /proc/self/maps, mmap placement) and performs
 * the host mmap/munmap/mprotect calls at the translated addresses.
 *
 * All functions return 0 or a positive value on success and -errno (host
 * errno numbering; the syscall layer converts to the guest's) on failure.
 */
#ifndef XRUN_GUESTMEM_H
#define XRUN_GUESTMEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "translator/translator.h"   /* GUEST_GUARD_BYTES */

#define GUEST_PAGE_SIZE 4096ull
#define GUEST_PAGE_MASK (~(GUEST_PAGE_SIZE - 1))

extern uint8_t *gm_base;
extern uint64_t gm_limit;

static inline void *g2h(uint64_t gaddr) { return gm_base + gaddr; }
static inline uint64_t h2g(const void *p) { return (uint64_t)((const uint8_t *)p - gm_base); }
static inline bool gm_in_range(uint64_t gaddr, uint64_t len)
{
    return gaddr <= gm_limit && len <= gm_limit - gaddr;
}

/* Reserve the guest space of `size` bytes.  false when the host refuses. */
bool gm_init(uint64_t size);

/* Mapping flags (our own, independent of host MAP_*). */
enum { GM_FIXED = 1, GM_FIXED_NOREPLACE = 2, GM_SHARED = 4, GM_ANON = 8,
       GM_NORESERVE = 16, GM_GROWSDOWN = 32, GM_STACK = 64 };

/*
 * mmap in guest terms.  Without GM_FIXED* `addr` is a hint; the region is
 * chosen top-down below the mmap base.  Returns the guest address in *out.
 * `name` labels the region for /proc/self/maps ("[heap]", "[stack]", path).
 */
int gm_mmap(uint64_t addr, uint64_t len, int prot, int flags, int fd, off_t off,
            const char *name, uint64_t *out);
int gm_munmap(uint64_t addr, uint64_t len);
int gm_mprotect(uint64_t addr, uint64_t len, int prot);
/* Find a free range of len bytes (top-down); 0 when none. */
uint64_t gm_find_free(uint64_t len, uint64_t hint);
/* Protection of the page holding addr (PROT_*), or -1 when unmapped. */
int gm_page_prot(uint64_t addr);
/*
 * The region holding addr (bounds and PROT_*; false when unmapped), and a
 * counter bumped on every change of the map or of a protection: a caller may
 * cache regions while the counter stays the same (the native bypass does).
 */
bool gm_region_at(uint64_t addr, uint64_t *start, uint64_t *end, int *prot);
extern uint64_t gm_map_generation;
/* True when [addr, addr+len) is mapped with at least `prot`. */
bool gm_access_ok(uint64_t addr, uint64_t len, int prot);

/*
 * Pages holding translated code (self-modifying code detection).
 * gm_code_page_add: the translator read code from this page; it is
 * write-protected on the host.  gm_code_write_fault: from the SIGSEGV
 * handler; true when the fault was a guest store to such a page (the
 * protection is lifted; the caller must drop all translations and retry).
 * gm_code_range_written: a syscall is about to write [addr, addr+len); lifts
 * the protection and calls the invalidate hook when code was there.  The
 * hook is also called when mmap, munmap or mprotect changes a code page.
 * gm_code_page_live: translations may hold code read from addr's page (it
 * was added and not written, unmapped or reprotected since).
 */
void gm_code_page_add(uint64_t addr);
bool gm_code_page_live(uint64_t addr);
bool gm_code_write_fault(uint64_t addr);
bool gm_code_range_written(uint64_t addr, uint64_t len);
void gm_set_invalidate_hook(void (*fn)(void));

/* brk support: the loader sets the initial break after the executable. */
void gm_brk_init(uint64_t start);
uint64_t gm_brk(uint64_t newbrk);

/* Iterate mapped regions in address order (for /proc/self/maps). */
typedef struct GMRegion {
    uint64_t start, end;
    int prot;
    int flags;
    off_t offset;
    const char *name;
} GMRegion;
/* Calls fn for each region; stops early when fn returns false. */
void gm_foreach(bool (*fn)(const GMRegion *r, void *opaque), void *opaque);

#endif
