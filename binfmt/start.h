/*
 * xrun's side of binfmt_misc: how the kernel started us.
 *
 * Registered as the interpreter of riscv64/aarch64 ELF files, xrun is run
 * by the kernel as `xrun FILE [ARGV0] ARGS...`:
 *   - FILE is the path the caller gave execve (argv[1]);
 *   - with the P flag the caller's argv[0] follows, and the kernel says so
 *     with AT_FLAGS_PRESERVE_ARGV0 in xrun's own auxv (Linux 5.12+);
 *   - with the O flag (implied by C) the binary is already open: AT_EXECFD;
 *   - with the C flag the credentials are computed from the binary (a
 *     setuid-root guest makes xrun run with euid 0) and AT_SECURE is set.
 * Without P or O the invocation cannot be told from `xrun FILE ARGS`, which
 * is parsed as usual.
 */
#ifndef XRUN_BINFMT_START_H
#define XRUN_BINFMT_START_H

#include <stdbool.h>

typedef struct BinfmtStart {
    bool binfmt;          /* started by binfmt_misc with P or O */
    int execfd;           /* AT_EXECFD, or -1 */
    const char *argv0;    /* the caller's argv[0] (P), or NULL */
    bool secure;          /* AT_SECURE, or credentials that differ (C flag) */
} BinfmtStart;

/*
 * Look at xrun's auxv.  Under binfmt_misc with P, the caller's argv[0] is
 * taken out of argv (*argc shrinks), so argv[1] is the program and
 * argv[2..] its arguments in every case.
 */
void binfmt_start(int *argc, char **argv, BinfmtStart *s);

/* The guest program's ELF machine, once known (main, after loader_probe). */
void binfmt_set_machine(unsigned machine);

/*
 * For a guest execve (syscalls/exec.c): true when xrun was started by
 * binfmt_misc and the ELF header `head` (len bytes) is of the same machine,
 * so the host kernel's execve reaches the same handler: its flags then
 * apply again (credentials of a setuid program, argv[0]) and no path to
 * xrun itself is needed (under F it is outside the chroot).
 */
bool binfmt_kernel_runs(const unsigned char *head, long len);

#endif
