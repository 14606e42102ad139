/*
 * xrun-system: a thin riscv64 `virt` machine on the shared translator.
 *
 * The contract between the parts of the system emulator: the hart state
 * (SysCPU, which extends the user-mode RISCVCPU so every IR global of the
 * riscv64 frontend keeps its offset), the privileged architecture (priv.c:
 * CSRs, traps, interrupts), the MMU and software TLB (mmu.c), physical
 * memory and the devices (machine.c, devices.c), and the device tree
 * writer (fdt.c).  docs/system.md describes the design.
 */
#ifndef XRUN_SYSTEM_SYS_H
#define XRUN_SYSTEM_SYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frontends/riscv64/internal.h"

enum { PRV_U = 0, PRV_S = 1, PRV_M = 3 };

/* mstatus bits */
#define MSTATUS_SIE   (1ull << 1)
#define MSTATUS_MIE   (1ull << 3)
#define MSTATUS_SPIE  (1ull << 5)
#define MSTATUS_MPIE  (1ull << 7)
#define MSTATUS_SPP   (1ull << 8)
#define MSTATUS_MPP   (3ull << 11)
#define MSTATUS_FS    (3ull << 13)
#define MSTATUS_MPRV  (1ull << 17)
#define MSTATUS_SUM   (1ull << 18)
#define MSTATUS_MXR   (1ull << 19)
#define MSTATUS_TVM   (1ull << 20)
#define MSTATUS_TW    (1ull << 21)
#define MSTATUS_TSR   (1ull << 22)
#define MSTATUS_UXL   (3ull << 32)
#define MSTATUS_SXL   (3ull << 34)
#define MSTATUS_SD    (1ull << 63)

/* interrupt numbers (mip/mie bits) */
enum { IRQ_SSI = 1, IRQ_MSI = 3, IRQ_STI = 5, IRQ_MTI = 7, IRQ_SEI = 9, IRQ_MEI = 11 };

/* exception causes */
enum {
    EXC_INSN_MISALIGNED = 0, EXC_INSN_ACCESS = 1, EXC_ILLEGAL = 2, EXC_BREAKPOINT = 3,
    EXC_LOAD_MISALIGNED = 4, EXC_LOAD_ACCESS = 5, EXC_STORE_MISALIGNED = 6,
    EXC_STORE_ACCESS = 7, EXC_ECALL_U = 8, EXC_ECALL_S = 9, EXC_ECALL_M = 11,
    EXC_INSN_PAGE = 12, EXC_LOAD_PAGE = 13, EXC_STORE_PAGE = 15,
};

/* access kinds for the MMU */
typedef enum { ACC_READ = 0, ACC_WRITE = 1, ACC_EXEC = 2 } AccessType;

#define TLB_BITS 8
#define TLB_SIZE (1u << TLB_BITS)
/*
 * One software-TLB entry: the page's virtual address as tag for reads and
 * for writes (-1: no fast access of that kind), and what to add to a
 * virtual address of the page to get the host address.  The inline fast
 * path of translator/softmmu.c reads these fields by offset.
 */
typedef struct TLBEntry {
    uint64_t tag_read;
    uint64_t tag_write;
    uint64_t addend;
    uint64_t pad;
} TLBEntry;

/*
 * The fetch TLB (one per mode, U and S, used only with paging): a virtual
 * code page and the physical page it maps to, filled when a block's check
 * at entry confirms the page still maps where the block was translated
 * from.  Flushed with the data TLBs.
 */
typedef struct FetchTLBEntry {
    uint64_t vpage;
    uint64_t ppage;
} FetchTLBEntry;
extern FetchTLBEntry fetch_tlb[2][TLB_SIZE];

typedef struct SysCPU {
    RISCVCPU rv;                 /* first: the frontend's globals and state */
    uint64_t priv;
    uint64_t mstatus, medeleg, mideleg, mie, mip_sw;
    uint64_t mtvec, mscratch, mepc, mcause, mtval;
    uint64_t stvec, sscratch, sepc, scause, stval, satp;
    uint64_t mcounteren, scounteren, menvcfg, senvcfg, mcountinhibit;
    uint64_t pmpcfg[2], pmpaddr[16];
    uint64_t exc_cause, exc_tval;  /* a trap raised inside translated code */
    bool wfi;                      /* waiting for an interrupt */
    bool flush_pending;            /* translated code was overwritten */
} SysCPU;

/* ---- priv.c: privileged architecture ---- */
extern bool sys_log_int;             /* -d int: log every trap */
void priv_reset(SysCPU *c);
/* Enter the trap handler for `cause` (bit 63 set: interrupt) at pc epc. */
void priv_trap(SysCPU *c, uint64_t cause, uint64_t tval, uint64_t epc);
/* Take the highest-priority pending enabled interrupt; true if one was taken. */
bool priv_check_interrupts(SysCPU *c);
/* Pending and enabled interrupts at the current privilege (wakes WFI). */
uint64_t priv_pending(SysCPU *c);
uint64_t priv_mip(SysCPU *c);
/* Execute a SYSTEM-opcode instruction at c->pc (CSR, ecall, mret...). */
void priv_exec_system(SysCPU *c, uint32_t insn);
/* The fetch regime blocks are checked against on entry (see priv.c). */
extern uint64_t sys_fetch_key;
/* Privilege for data accesses (MPRV) and whether the MMU translates. */
unsigned priv_data_mode(SysCPU *c);

/* ---- pmp.c: physical memory protection ---- */
bool pmp_active(SysCPU *c);
/* May `mode` access [pa, pa + size) for `acc`? */
bool pmp_allows(SysCPU *c, uint64_t pa, uint64_t size, AccessType acc, unsigned mode);
void pmp_write_cfg(SysCPU *c, unsigned reg, uint64_t v);     /* pmpcfg0 (0), pmpcfg2 (1) */
void pmp_write_addr(SysCPU *c, unsigned i, uint64_t v);

/* ---- mmu.c: address translation, software TLB, memory helpers ---- */
/* Translate va for `acc` at privilege `mode`: 0 and *pa, or the exception cause. */
int mmu_translate(SysCPU *c, uint64_t va, AccessType acc, unsigned mode, uint64_t *pa);
void tlb_flush(void);
/* Drop fast write access to every page (a page became a code page). */
void tlb_flush_writes(void);
extern TLBEntry *tlb_current;      /* the table for the current data mode */
void tlb_select(SysCPU *c);        /* after a change of priv or mstatus */
void mmu_init(void);
/* Fetch the instruction at pc: its length, or 0 with *cause and *tval. */
unsigned mmu_fetch(SysCPU *c, uint64_t pc, uint32_t *insn, uint64_t *cause, uint64_t *tval);
/* IR helpers for the lowered memory ops (translator/softmmu.h) */
extern uint32_t mmu_helpers[4];

/* ---- machine.c: physical memory and the bus ---- */
extern uint8_t *ram_host;
extern uint64_t ram_base, ram_size;
static inline bool pa_is_ram(uint64_t pa, uint64_t len)
{
    return pa >= ram_base && pa - ram_base < ram_size && len <= ram_size - (pa - ram_base);
}
/* Physical access of 1/2/4/8 bytes; false: no device there (access fault). */
bool phys_read(uint64_t pa, unsigned size, uint64_t *val);
bool phys_write(uint64_t pa, unsigned size, uint64_t val);
/* Pages holding translated code (by physical page number within RAM). */
void code_page_mark(uint64_t pa);
bool code_page_test(uint64_t pa);
void code_pages_clear(void);
/* A device wrote guest RAM (DMA): drop translations of code there. */
void dma_written(uint64_t pa, uint64_t len);
/* Drop every translation and the code page sets. */
void sys_flush_code(void);

/* ---- devices.c ---- */
typedef struct Device {
    const char *name;
    uint64_t base, size;
    uint64_t (*read)(uint64_t off, unsigned size);
    void (*write)(uint64_t off, unsigned size, uint64_t val);
} Device;
extern const Device sys_devices[];
extern const unsigned sys_ndevices;
uint64_t clint_mtime(void);
bool clint_mtip(void);
bool clint_msip(void);
bool plic_irq_pending(int ctx);       /* 0: M-mode external, 1: S-mode */
void plic_set_irq(unsigned src, bool level);
/* virtio.c: the virtio-mmio block device */
bool virtio_blk_present(void);
void virtio_blk_attach(int fd, uint64_t size, bool readonly);
uint64_t virtio_read(uint64_t off, unsigned size);
void virtio_write(uint64_t off, unsigned size, uint64_t val);
void uart_poll_input(void);
void devices_init(void);
/* Host time until the next timer deadline in ns (-1: none). */
int64_t devices_next_deadline_ns(void);
extern int sys_exit_code;            /* set by the test device, -1: running */
extern SysCPU *sys_cpu;

/* ---- fdt.c ---- */
typedef struct FdtConfig {
    uint64_t ram_base, ram_size;
    const char *bootargs;
    uint64_t initrd_start, initrd_end;
    bool virtio_blk;                 /* a virtio-mmio node at 0x10001000 */
} FdtConfig;
/* Build the virt machine's device tree; returns its size, or 0 if it does not fit. */
size_t fdt_build(const FdtConfig *cfg, uint8_t *buf, size_t cap);

#endif
