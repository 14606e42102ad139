/*
 * Logging for -d/-D and the one-line error reporting every subsystem uses.
 * Messages go to stderr unless -D names a log file.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

uint32_t log_mask;
FILE *log_file;

const LogItem log_items[] = {
    { "in_asm",   LOG_IN_ASM,   "show guest code of each translated block" },
    { "op",       LOG_OP,       "show the IR of each block" },
    { "op_opt",   LOG_OP_OPT,   "show the IR after optimization" },
    { "out_asm",  LOG_OUT_ASM,  "show the host code of each block" },
    { "exec",     LOG_EXEC,     "show each block as it is executed" },
    { "cpu",      LOG_CPU,      "show the guest registers before each block" },
    { "nochain",  LOG_NOCHAIN,  "do not chain blocks (with exec/cpu: see every block)" },
    { "page",     LOG_PAGE,     "show guest memory map changes" },
    { "strace",   LOG_STRACE,   "log syscalls (same as -strace)" },
    { "unimp",    LOG_UNIMP,    "log unimplemented functionality" },
    { "guest_errors", LOG_GUEST_ERRORS, "log guest faults and invalid operations" },
    { "stats",    LOG_STATS,    "print translation statistics at exit" },
    { "bypass",   LOG_BYPASS,   "native bypass: hooked functions, calls served at exit" },
    { NULL, 0, NULL },
};

static FILE *log_out(void) { return log_file ? log_file : stderr; }

bool log_parse_items(const char *s, uint32_t *mask, char *bad, size_t badlen)
{
    uint32_t m = 0;
    const char *p = s;
    while (*p) {
        size_t n = strcspn(p, ",");
        bool found = false;
        if (n == 3 && strncmp(p, "all", 3) == 0) {
            for (const LogItem *it = log_items; it->name; it++)
                if (it->mask != LOG_NOCHAIN)
                    m |= it->mask;
            found = true;
        }
        for (const LogItem *it = log_items; !found && it->name; it++) {
            if (strlen(it->name) == n && strncmp(it->name, p, n) == 0) {
                m |= it->mask;
                found = true;
            }
        }
        if (!found && n > 0) {
            snprintf(bad, badlen, "%.*s", (int)n, p);
            return false;
        }
        p += n;
        if (*p == ',')
            p++;
    }
    *mask = m;
    return true;
}

bool log_set_file(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    setvbuf(f, NULL, _IOLBF, 0);
    log_file = f;
    return true;
}

void log_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(log_out(), fmt, ap);
    va_end(ap);
}

void xrun_warn(const char *fmt, ...)
{
    va_list ap;
    fputs("xrun: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    if (log_file) {
        fputs("xrun: ", log_file);
        va_start(ap, fmt);
        vfprintf(log_file, fmt, ap);
        va_end(ap);
        fputc('\n', log_file);
    }
}

void xrun_fatal(int status, const char *fmt, ...)
{
    va_list ap;
    fputs("xrun: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(NULL);
    exit(status);
}
