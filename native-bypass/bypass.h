/*
 * Native bypass: hot libc routines of the guest (memcpy, strlen, ...) run as
 * the host's own implementations instead of translated guest code.
 *
 * Hooks are guest code addresses.  They are found when the guest maps an ELF
 * shared object with PROT_EXEC (its dynamic symbol table) or when the loader
 * maps the executable (.symtab of static binaries).  IFUNC symbols hook the
 * resolver: its return is caught and the address it selected is hooked.
 * When the translator is asked for a block at a hooked address, it emits a
 * thunk block instead: one helper call that marshals the guest ABI
 * arguments, checks every guest range the routine would touch, calls the
 * host routine and returns to the guest's link register.  Anything doubtful
 * (bad pointer, overlap, a write to a page holding translated code) runs
 * the guest's own code instead, so faults keep their exact meaning.
 */
#ifndef XRUN_NATIVE_BYPASS_H
#define XRUN_NATIVE_BYPASS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "translator/translator.h"

/* True once bypass_init ran with at least one function enabled. */
extern bool bypass_enabled;

/* --native-bypass=on|off|name,name,...  false: unknown value (message in err). */
bool bypass_configure(const char *spec, char *err, size_t errlen);
/* After the guest space and tr_opts are set up, before the program is loaded. */
void bypass_init(const GuestArch *arch);
/* The loader mapped the executable (host path, load bias): hook by .symtab. */
void bypass_on_exec(const char *path, uint64_t bias);
/* The guest mapped [addr, addr+len) of file `path` at offset off with prot. */
void bypass_on_mmap(uint64_t addr, uint64_t len, int prot, const char *path, uint64_t off);
/* The guest unmapped [addr, addr+len): its hooks go (from a syscall only). */
void bypass_on_munmap(uint64_t addr, uint64_t len);
/*
 * Translator hook: when pc is hooked, fill b with the thunk block and return
 * true; false: translate guest code as usual.
 */
bool bypass_translate(GuestCPU *cpu, IRBlock *b, uint64_t pc);
/* -d bypass: the hooked functions and the calls each served (at exit). */
void bypass_report(void);

#endif
