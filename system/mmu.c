/*
 * Address translation for xrun-system: Sv39 and Sv48 page walks with A/D
 * updates and the U/SUM/MXR permission rules, the software TLB, and the
 * IR helpers that perform guest loads, stores and atomics (the slow path
 * of the sequences translator/softmmu.c lowers memory ops into).
 *
 * The TLB maps a virtual page to a host address for reads and, separately,
 * for writes: a page gets a fast write entry only after a walk for a write
 * (so its D bit is set) and only while no translated code comes from it,
 * so every store into code goes through here and drops stale translations.
 * There is one table per data-access mode (U, S, M) so mode changes do not
 * flush.
 */
#include <string.h>

#include "sys.h"
#include "translator/softmmu.h"

#define PTE_V (1u << 0)
#define PTE_R (1u << 1)
#define PTE_W (1u << 2)
#define PTE_X (1u << 3)
#define PTE_U (1u << 4)
#define PTE_A (1u << 6)
#define PTE_D (1u << 7)
#define PAGE_BITS 12
#define PAGE_SIZE (1ull << PAGE_BITS)
#define PAGE_MASK (~(PAGE_SIZE - 1))

static TLBEntry tlb_tables[3][TLB_SIZE];
TLBEntry *tlb_current = tlb_tables[2];
FetchTLBEntry fetch_tlb[2][TLB_SIZE];
uint32_t mmu_helpers[4];

static int mode_index(unsigned mode) { return mode == PRV_M ? 2 : (int)mode; }

void tlb_flush(void)
{
    memset(tlb_tables, 0xff, sizeof(tlb_tables));
    memset(fetch_tlb, 0xff, sizeof(fetch_tlb));
}

void tlb_flush_writes(void)
{
    for (int m = 0; m < 3; m++)
        for (unsigned i = 0; i < TLB_SIZE; i++)
            tlb_tables[m][i].tag_write = ~0ull;
}

void tlb_select(SysCPU *c)
{
    tlb_current = tlb_tables[mode_index(priv_data_mode(c))];
}

static int fault_cause(AccessType acc, bool page)
{
    static const int pf[] = { EXC_LOAD_PAGE, EXC_STORE_PAGE, EXC_INSN_PAGE };
    static const int af[] = { EXC_LOAD_ACCESS, EXC_STORE_ACCESS, EXC_INSN_ACCESS };
    return page ? pf[acc] : af[acc];
}

/* Leaf permission check of the RISC-V privileged spec (4.3.2 step 5). */
static bool leaf_allows(SysCPU *c, uint64_t pte, AccessType acc, unsigned mode)
{
    if (mode == PRV_U && !(pte & PTE_U))
        return false;
    if (mode == PRV_S && (pte & PTE_U) && (acc == ACC_EXEC || !(c->mstatus & MSTATUS_SUM)))
        return false;
    switch (acc) {
    case ACC_EXEC: return pte & PTE_X;
    case ACC_WRITE: return pte & PTE_W;
    default: return (pte & PTE_R) || ((c->mstatus & MSTATUS_MXR) && (pte & PTE_X));
    }
}

int mmu_translate(SysCPU *c, uint64_t va, AccessType acc, unsigned mode, uint64_t *pa)
{
    uint64_t satp_mode = c->satp >> 60;
    if (mode == PRV_M || satp_mode == 0) {
        *pa = va;
        return 0;
    }
    int levels = satp_mode == 8 ? 3 : 4;
    int vabits = PAGE_BITS + 9 * levels;
    if ((uint64_t)((int64_t)(va << (64 - vabits)) >> (64 - vabits)) != va)
        return fault_cause(acc, true);
    uint64_t table = (c->satp & ((1ull << 44) - 1)) << PAGE_BITS;
    for (int level = levels - 1; level >= 0; level--) {
        uint64_t pte_pa = table + ((va >> (PAGE_BITS + 9 * level)) & 511) * 8;
        /* the walk's own reads are S-mode accesses for PMP */
        if (!pa_is_ram(pte_pa, 8) || !pmp_allows(c, pte_pa, 8, ACC_READ, PRV_S))
            return fault_cause(acc, false);
        uint64_t *slot = (uint64_t *)(ram_host + (pte_pa - ram_base));
        uint64_t pte = __atomic_load_n(slot, __ATOMIC_RELAXED);
        if (!(pte & PTE_V) || (!(pte & PTE_R) && (pte & PTE_W)) || (pte >> 54))
            return fault_cause(acc, true);
        uint64_t ppn = (pte >> 10) & ((1ull << 44) - 1);
        if (!(pte & (PTE_R | PTE_X))) {
            table = ppn << PAGE_BITS;
            continue;
        }
        if (!leaf_allows(c, pte, acc, mode))
            return fault_cause(acc, true);
        uint64_t low = (1ull << (9 * level)) - 1;      /* superpage: ppn bits from va */
        if (ppn & low)
            return fault_cause(acc, true);
        uint64_t want = pte | PTE_A | (acc == ACC_WRITE ? PTE_D : 0);
        if (want != pte && !__atomic_compare_exchange_n(slot, &pte, want, false,
                                                        __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            return mmu_translate(c, va, acc, mode, pa);   /* changed under us: walk again */
        *pa = ((ppn | ((va >> PAGE_BITS) & low)) << PAGE_BITS) | (va & (PAGE_SIZE - 1));
        return 0;
    }
    return fault_cause(acc, true);
}

static SysCPU *sys(void *cpu) { return cpu; }

static void __attribute__((noreturn)) raise_exc(SysCPU *c, int cause, uint64_t tval)
{
    c->exc_cause = (uint64_t)cause;
    c->exc_tval = tval;
    cpu_exit_raise(&c->rv.common, IR_EXIT_FAULT);
}

/* Translate for a data access and fill the TLB when the page is RAM. */
static uint64_t data_translate(SysCPU *c, uint64_t va, unsigned size, AccessType acc)
{
    uint64_t pa;
    unsigned mode = priv_data_mode(c);
    int cause = mmu_translate(c, va, acc, mode, &pa);
    if (cause)
        raise_exc(c, cause, va);
    if (!pmp_allows(c, pa, size, acc, mode))
        raise_exc(c, acc == ACC_WRITE ? EXC_STORE_ACCESS : EXC_LOAD_ACCESS, va);
    uint64_t ppage = pa & PAGE_MASK;
    /* the fast path skips PMP: only pages PMP allows whole go in the TLB */
    if (pa_is_ram(ppage, PAGE_SIZE) && pmp_allows(c, ppage, PAGE_SIZE, acc, mode)) {
        TLBEntry *e = &tlb_tables[mode_index(mode)][(va >> PAGE_BITS) & (TLB_SIZE - 1)];
        uint64_t vpage = va & PAGE_MASK;
        if (e->tag_read != vpage)
            e->tag_write = ~0ull;
        e->tag_read = vpage;
        e->addend = (uint64_t)(uintptr_t)(ram_host + (ppage - ram_base)) - vpage;
        if (acc == ACC_WRITE && !code_page_test(pa))
            e->tag_write = vpage;
    }
    return pa;
}

/* A store reached translated code: drop translations at the next block boundary. */
static void code_written(SysCPU *c, uint64_t pa)
{
    if (pa_is_ram(pa, 1) && code_page_test(pa)) {
        c->flush_pending = true;
        c->rv.common.exit_request = 1;
    }
}

static uint64_t load_one(SysCPU *c, uint64_t va, unsigned size)
{
    uint64_t pa = data_translate(c, va, size, ACC_READ), v = 0;
    if (pa_is_ram(pa, size))
        memcpy(&v, ram_host + (pa - ram_base), size);
    else if (!phys_read(pa, size, &v))
        raise_exc(c, EXC_LOAD_ACCESS, va);
    return v;
}

static void store_one(SysCPU *c, uint64_t va, unsigned size, uint64_t v)
{
    uint64_t pa = data_translate(c, va, size, ACC_WRITE);
    if (pa_is_ram(pa, size)) {
        memcpy(ram_host + (pa - ram_base), &v, size);
        code_written(c, pa);
    } else if (!phys_write(pa, size, v)) {
        raise_exc(c, EXC_STORE_ACCESS, va);
    }
}

static bool crosses_page(uint64_t va, unsigned size)
{
    return ((va & (PAGE_SIZE - 1)) + size) > PAGE_SIZE;
}

static uint64_t extend(uint64_t v, uint64_t mo)
{
    unsigned bits = 8u << (mo & IR_MO_SIZE);
    if (bits == 64 || !(mo & IR_MO_SIGN))
        return v;
    return (uint64_t)((int64_t)(v << (64 - bits)) >> (64 - bits));
}

/* Misaligned accesses are supported (as hardware may); across pages byte by byte. */
static uint64_t helper_ld(void *cpu, uint64_t va, uint64_t mo, uint64_t a2, uint64_t a3)
{
    SysCPU *c = sys(cpu);
    unsigned size = ir_mo_bytes(mo);
    uint64_t v = 0;
    if (!crosses_page(va, size)) {
        v = load_one(c, va, size);
    } else {
        /* check both pages before reading either (precise faults) */
        data_translate(c, va, 1, ACC_READ);
        data_translate(c, (va + size - 1) & PAGE_MASK, 1, ACC_READ);
        for (unsigned i = 0; i < size; i++)
            v |= load_one(c, va + i, 1) << (8 * i);
    }
    return extend(v, mo);
}

static uint64_t helper_st(void *cpu, uint64_t va, uint64_t val, uint64_t mo, uint64_t a3)
{
    SysCPU *c = sys(cpu);
    unsigned size = ir_mo_bytes(mo);
    if (!crosses_page(va, size)) {
        store_one(c, va, size, val);
    } else {
        data_translate(c, va, 1, ACC_WRITE);
        data_translate(c, (va + size - 1) & PAGE_MASK, 1, ACC_WRITE);
        for (unsigned i = 0; i < size; i++)
            store_one(c, va + i, 1, val >> (8 * i));
    }
    return 0;
}

/* AMOs and LR/SC must be aligned; they need write permission. */
static uint8_t *amo_host(SysCPU *c, uint64_t va, uint64_t mo, uint64_t *pa)
{
    unsigned size = ir_mo_bytes(mo);
    if (va & (size - 1))
        raise_exc(c, EXC_STORE_MISALIGNED, va);
    *pa = data_translate(c, va, size, ACC_WRITE);
    if (!pa_is_ram(*pa, size))
        raise_exc(c, EXC_STORE_ACCESS, va);
    code_written(c, *pa);
    return ram_host + (*pa - ram_base);
}

static uint64_t helper_amo(void *cpu, uint64_t va, uint64_t val, uint64_t mo_aop, uint64_t a3)
{
    uint64_t pa;
    uint8_t *h = amo_host(sys(cpu), va, mo_aop & 0xff, &pa);
    return ir_exec_atomic_rmw(h, val, mo_aop & 0xff, (IRAtomicOp)(mo_aop >> 8));
}

static uint64_t helper_cas(void *cpu, uint64_t va, uint64_t cmp, uint64_t nv, uint64_t mo)
{
    uint64_t pa;
    uint8_t *h = amo_host(sys(cpu), va, mo, &pa);
    return ir_exec_cmpxchg(h, cmp, nv, mo);
}

unsigned mmu_fetch(SysCPU *c, uint64_t pc, uint32_t *insn, uint64_t *cause, uint64_t *tval)
{
    uint16_t half[2];
    unsigned n = 1;
    for (unsigned i = 0; i < n; i++) {
        uint64_t va = pc + 2 * i, pa;
        int e = mmu_translate(c, va, ACC_EXEC, (unsigned)c->priv, &pa);
        if (!e && (!pa_is_ram(pa, 2) || !pmp_allows(c, pa, 2, ACC_EXEC, (unsigned)c->priv)))
            e = EXC_INSN_ACCESS;
        if (e) {
            *cause = (uint64_t)e;
            *tval = va;
            return 0;
        }
        if (!code_page_test(pa)) {
            code_page_mark(pa);
            tlb_flush_writes();
        }
        memcpy(&half[i], ram_host + (pa - ram_base), 2);
        if (i == 0 && (half[0] & 3) == 3)
            n = 2;
    }
    *insn = n == 2 ? half[0] | (uint32_t)half[1] << 16 : half[0];
    return 2 * n;
}

void mmu_init(void)
{
    tlb_flush();
    mmu_helpers[SOFTMMU_LD] = ir_helper_register("sys_ld", helper_ld, 0);
    mmu_helpers[SOFTMMU_ST] = ir_helper_register("sys_st", helper_st, 0);
    mmu_helpers[SOFTMMU_AMO] = ir_helper_register("sys_amo", helper_amo, 0);
    mmu_helpers[SOFTMMU_CAS] = ir_helper_register("sys_cas", helper_cas, 0);
}
