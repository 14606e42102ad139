/*
 * System-mode lowering of guest memory ops (softmmu.c).
 *
 * A system emulator runs with guest_base = 0 and no guest limit, so the IR
 * ops ld/st address host memory directly; this pass rewrites each guest
 * access of a translated block (ld, st, atomic_rmw, atomic_cmpxchg) into
 * a software-TLB lookup followed by a host ld/st on the hit path and a
 * helper call on the miss path.  Both backends run the result unchanged.
 */
#ifndef XRUN_SOFTMMU_H
#define XRUN_SOFTMMU_H

#include <stdint.h>

#include "translator/ir.h"

/* helper slots: ld(addr, mo) -> value; st(addr, val, mo);
 * amo(addr, val, mo | aop << 8) -> old; cas(addr, cmp, new, mo) -> old */
enum { SOFTMMU_LD, SOFTMMU_ST, SOFTMMU_AMO, SOFTMMU_CAS };

typedef struct SoftmmuConfig {
    uint32_t helpers[4];
    /*
     * The inline TLB: host address of the table to use for this block (the
     * caller keeps it valid for the block's lifetime; NULL: every access
     * calls its helper).  Entry i is at table + (i << entry_shift) and
     * holds, at these byte offsets, the page tag for reads, the tag for
     * writes, and the addend that turns a virtual address of the page into
     * a host address.
     */
    const void *tlb_table;
    unsigned tlb_bits, page_bits, entry_shift;
    uint32_t off_read, off_write, off_addend;
    /* ops before this index are left alone (the caller's own host accesses) */
    uint32_t first_op;
} SoftmmuConfig;

void softmmu_lower(IRBlock *b, const SoftmmuConfig *cfg);

#endif
