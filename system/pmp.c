/*
 * Physical memory protection: 16 entries (OFF, TOR, NA4, NAPOT; R/W/X;
 * L locks an entry and applies it to M-mode too), checked after address
 * translation for every access that leaves the software TLB.  An S/U access
 * no entry matches fails once any entry is active; with none active every
 * access is allowed (as on QEMU, so that programs that never set up PMP
 * still run in S-mode).
 */
#include "sys.h"

#define PMP_R 1u
#define PMP_W 2u
#define PMP_X 4u
#define PMP_A 0x18u
#define PMP_L 0x80u
enum { PMP_OFF = 0, PMP_TOR = 1, PMP_NA4 = 2, PMP_NAPOT = 3 };

static unsigned cfg_of(SysCPU *c, unsigned i)
{
    return (unsigned)(c->pmpcfg[i / 8] >> (8 * (i % 8))) & 0xff;
}

bool pmp_active(SysCPU *c)
{
    for (unsigned i = 0; i < 16; i++)
        if (cfg_of(c, i) & PMP_A)
            return true;
    return false;
}

/* The byte range [*lo, *hi) of entry i; false when it is off. */
static bool entry_range(SysCPU *c, unsigned i, uint64_t *lo, uint64_t *hi)
{
    uint64_t a = c->pmpaddr[i];
    switch ((cfg_of(c, i) & PMP_A) >> 3) {
    case PMP_TOR:
        *lo = i ? c->pmpaddr[i - 1] << 2 : 0;
        *hi = a << 2;
        return true;
    case PMP_NA4:
        *lo = a << 2;
        *hi = *lo + 4;
        return true;
    case PMP_NAPOT: {
        uint64_t t = ~a & (a + 1);           /* lowest clear bit */
        uint64_t size = t << 3;
        *lo = (a << 2) & ~(size - 1);
        *hi = *lo + size;
        return true;
    }
    }
    return false;
}

bool pmp_allows(SysCPU *c, uint64_t pa, uint64_t size, AccessType acc, unsigned mode)
{
    static const unsigned need[] = { PMP_R, PMP_W, PMP_X };
    bool any = false;
    for (unsigned i = 0; i < 16; i++) {
        uint64_t lo, hi;
        if (!entry_range(c, i, &lo, &hi))
            continue;
        any = true;
        uint64_t last = pa + size - 1;
        if (last < lo || pa >= hi)
            continue;                        /* no byte in the entry */
        if (pa < lo || last >= hi)
            return false;                    /* only some bytes: fails */
        unsigned cfg = cfg_of(c, i);
        if (mode == PRV_M && !(cfg & PMP_L))
            return true;
        return (cfg & need[acc]) != 0;
    }
    return mode == PRV_M || !any;
}

static bool locked(SysCPU *c, unsigned i)
{
    return cfg_of(c, i) & PMP_L;
}

void pmp_write_cfg(SysCPU *c, unsigned reg, uint64_t v)
{
    uint64_t old = c->pmpcfg[reg], nv = 0;
    for (unsigned b = 0; b < 8; b++) {
        unsigned cfg = (unsigned)(v >> (8 * b)) & 0x9f;
        if ((cfg & (PMP_R | PMP_W)) == PMP_W)
            cfg &= ~PMP_W;                   /* W without R is reserved */
        if (locked(c, reg * 8 + b))
            cfg = (unsigned)(old >> (8 * b)) & 0xff;
        nv |= (uint64_t)cfg << (8 * b);
    }
    c->pmpcfg[reg] = nv;
}

void pmp_write_addr(SysCPU *c, unsigned i, uint64_t v)
{
    if (locked(c, i))
        return;
    if (i + 1 < 16 && locked(c, i + 1) && ((cfg_of(c, i + 1) & PMP_A) >> 3) == PMP_TOR)
        return;
    c->pmpaddr[i] = v & ((1ull << 54) - 1);
}
