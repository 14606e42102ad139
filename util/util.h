/*
 * Shared utilities: logging (-d items, -D logfile), fatal errors, and the
 * process-wide options that every subsystem may read.
 *
 * Logging follows qemu-user's model: a set of named items enabled with
 * `-d item,item`, written to stderr or to the `-D` file.
 */
#ifndef XRUN_UTIL_H
#define XRUN_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

enum {
    LOG_IN_ASM   = 1u << 0,   /* guest code of each translated block */
    LOG_OP       = 1u << 1,   /* IR of each block */
    LOG_OP_OPT   = 1u << 2,   /* IR after optimization */
    LOG_OUT_ASM  = 1u << 3,   /* host code of each block */
    LOG_EXEC     = 1u << 4,   /* each block executed */
    LOG_CPU      = 1u << 5,   /* register state before each block */
    LOG_NOCHAIN  = 1u << 6,   /* disable block chaining */
    LOG_PAGE     = 1u << 7,   /* guest memory map changes */
    LOG_STRACE   = 1u << 8,   /* syscalls */
    LOG_UNIMP    = 1u << 9,   /* unimplemented features (always logged once) */
    LOG_GUEST_ERRORS = 1u << 10,
    LOG_STATS    = 1u << 11,  /* translation statistics at exit */
    LOG_BYPASS   = 1u << 12,  /* native bypass: hooks and call counts */
};

typedef struct LogItem {
    const char *name;
    uint32_t mask;
    const char *help;
} LogItem;
extern const LogItem log_items[];

extern uint32_t log_mask;
extern FILE *log_file;        /* stderr unless -D */

static inline bool log_enabled(uint32_t mask) { return (log_mask & mask) != 0; }
/* Parse "in_asm,exec"; returns false and names the bad item on error. */
bool log_parse_items(const char *s, uint32_t *mask, char *bad, size_t badlen);
bool log_set_file(const char *path);
void log_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A one-line message to stderr prefixed with "xrun: ". */
void xrun_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Message then exit(status). */
void xrun_fatal(int status, const char *fmt, ...)
    __attribute__((format(printf, 2, 3), noreturn));

/*
 * Exit statuses of xrun itself (the guest's own exit status is passed
 * through unchanged).  Distinct so scripts can tell the cases apart.
 */
enum {
    XRUN_EXIT_USAGE = 64,       /* bad command line (EX_USAGE) */
    XRUN_EXIT_NOFILE = 66,      /* program or interpreter not found/readable */
    XRUN_EXIT_BADELF = 65,      /* not an ELF file, or malformed (EX_DATAERR) */
    XRUN_EXIT_UNSUPPORTED = 67, /* valid ELF for a machine/class we do not run */
    XRUN_EXIT_NOMEM = 71,       /* cannot reserve or map guest memory (EX_OSERR) */
    XRUN_EXIT_INTERNAL = 70,    /* internal error (EX_SOFTWARE) */
};

#endif
