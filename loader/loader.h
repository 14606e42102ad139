/*
 * The ELF loader: checks a guest executable, maps it (and its PT_INTERP
 * interpreter, found through the -L sysroot prefix) into the guest address
 * space, and builds the initial stack the way the Linux kernel does
 * (argc, argv, envp, auxv, AT_RANDOM bytes, AT_EXECFN, AT_PLATFORM).
 *
 * Errors are reported once on stderr ("xrun: <path>: <reason>") and
 * returned as one of the XRUN_EXIT_* statuses from util.h; nothing here
 * aborts on bad input.
 */
#ifndef XRUN_LOADER_H
#define XRUN_LOADER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "translator/translator.h"

typedef struct LoaderParams {
    const char *path;          /* program as given on the command line */
    const char *sysroot;       /* -L prefix, or NULL */
    char *const *argv;         /* guest argv (argv[0] already substituted by -0) */
    char *const *envp;         /* guest environment */
    uint64_t stack_size;       /* -s, bytes */
    int execfd;                /* read the program from this fd (binfmt_misc's
                                * AT_EXECFD, -execfd), or -1; the guest does
                                * not see it, as a native program would not */
    bool secure;               /* AT_SECURE: credentials changed (setuid guest) */
} LoaderParams;

typedef struct LoadInfo {
    const GuestArch *arch;
    uint64_t entry;            /* where execution starts (interpreter's entry if any) */
    uint64_t exe_entry;        /* AT_ENTRY */
    uint64_t load_bias;        /* of the executable (static-PIE/PIE) */
    uint64_t phdr, phent, phnum;
    uint64_t interp_base;      /* AT_BASE, 0 without interpreter */
    uint64_t brk_start;
    uint64_t stack_top;        /* highest stack address + 1 */
    uint64_t sp;               /* initial stack pointer (points at argc) */
    uint64_t auxv;             /* guest address of the auxv on the stack */
    uint64_t auxv_len;         /* bytes */
    char exe_path[4096];       /* host path of the executable (for /proc/self/exe) */
} LoadInfo;

/*
 * Read just enough of `path` to pick the guest architecture.  Returns 0 and
 * sets *arch, or an XRUN_EXIT_* status after printing why.
 */
int loader_probe(const char *path, const char *sysroot, int execfd,
                 const GuestArch **arch);

/* Map the program and build its stack.  0 or an XRUN_EXIT_* status. */
int loader_load(const LoaderParams *p, LoadInfo *out);

/* Resolve a guest path through the sysroot: sysroot+path when it exists there. */
const char *loader_path(const char *sysroot, const char *path, char *buf, size_t len);

/*
 * Map the stack and write argc/argv/envp/auxv (loader/stack.c); called by
 * loader_load once the images are mapped.  Sets stack_top, sp, auxv.
 */
int loader_build_stack(const LoaderParams *p, LoadInfo *info, bool exec_stack);

extern LoadInfo loader_info;
/* The -L prefix of the running program (NULL if none), for guest path lookups. */
extern const char *loader_sysroot;   /* of the running program (for /proc, auxv) */

#endif
