/*
 * Shared between the parts of the native bypass: the function table
 * (functions.c), the hook table and thunks (bypass.c), the ELF scanner
 * (elfscan.c).
 */
#ifndef XRUN_NATIVE_BYPASS_INTERNAL_H
#define XRUN_NATIVE_BYPASS_INTERNAL_H

#include <ffi.h>
#include <stdbool.h>
#include <stdint.h>

#include "native-bypass/bypass.h"

#define BP_MAX_ARGS 4

/* One argument, parsed from a signature string (see functions.c). */
typedef struct BpArg {
    char type;      /* p pointer, i int, z size_t, d double */
    char acc;       /* pointers: R W S N C A (0: none) */
    int ref;        /* the argument acc refers to, or -1 */
} BpArg;

typedef struct BpFunc {
    const char *name;
    const char *sig;
    void *host;                  /* the host implementation */
    /* filled from sig by bp_funcs_init */
    int nargs;
    BpArg args[BP_MAX_ARGS];
    char ret;                    /* p i z d */
    bool overlap_ok;             /* 'o': source and destination may overlap */
    bool compare;                /* 'c': result is a comparison (normalized) */
    bool sign_a64;               /* '1': the aarch64 guest's libc returns -1/0/1 */
    bool math;                   /* 'm': libm, only for finite input and normal result */
    bool direct;                 /* integer-only: called without libffi */
    bool enabled;
    /* a hand-written path for the hottest: same checks, no signature walk */
    bool (*fast)(const uint64_t *a, uint64_t *ret);
    ffi_cif cif;
    ffi_type *atypes[BP_MAX_ARGS];
    uint64_t calls, fallbacks;   /* atomic counters for -d bypass */
} BpFunc;

extern BpFunc bp_funcs[];
extern const int bp_nfuncs;

/* Register offsets of the guest ABI, in the CPU structure. */
typedef struct BpAbi {
    uint32_t iarg[8], farg[8];
    uint32_t lr;
    uint32_t fpctl;              /* aarch64 fpcr / riscv64 frm */
    bool a64;
} BpAbi;
extern BpAbi bp_abi;

void bp_funcs_init(bool force_ffi);
int bp_func_by_name(const char *name);
/* Run f on the guest registers of cpu; false: doubtful, run the guest code. */
bool bp_call(BpFunc *f, GuestCPU *cpu);
/* True while -d bypass counts calls. */
extern bool bp_counting;

/* Guest memory checks (functions.c). */
bool bp_code_page(uint64_t addr, uint64_t len);
void bp_code_pages_init(void);

/* Hook table (bypass.c): kind of a hooked address. */
enum { BP_HOOK_FUNC = 1, BP_HOOK_RESOLVER = 2 };
void bp_hook_add(uint64_t pc, int func, int kind);
int bp_hook_remove_range(uint64_t start, uint64_t end);

/* ELF symbol scan (elfscan.c): hook the table's functions of the file at
 * path whose code lies in [lo, hi) once relocated by bias.  dynsym or symtab. */
void bp_scan_elf(const char *path, uint64_t bias, uint64_t lo, uint64_t hi, bool symtab);
/* The load bias of a mapping of path at addr from file offset off (false:
 * not an ELF or no PT_LOAD holds off). */
bool bp_elf_bias(const char *path, uint64_t addr, uint64_t off, uint64_t *bias);

#endif
