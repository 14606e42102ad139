/*
 * -strace output: one line per guest syscall, "pid name(args) = result",
 * formatted from the argument kinds of the syscall table (see table.c).
 * Strings are read only when the guest memory holding them is mapped.
 */
#include "syscalls/internal.h"

#include <stdio.h>
#include <unistd.h>

#define STR_MAX 48

static int fmt_string(char *out, size_t len, uint64_t a)
{
    int err;
    if (!a || !guest_str(a, 4096, &err))
        return snprintf(out, len, "0x%llx", (unsigned long long)a);
    const char *s = g2h(a);
    size_t o = 0;
    o += (size_t)snprintf(out + o, len - o, "\"");
    for (size_t i = 0; s[i] && i < STR_MAX && o + 6 < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n')
            o += (size_t)snprintf(out + o, len - o, "\\n");
        else if (c == '"' || c == '\\')
            o += (size_t)snprintf(out + o, len - o, "\\%c", c);
        else if (c < 32 || c >= 127)
            o += (size_t)snprintf(out + o, len - o, "\\%03o", c);
        else
            out[o++] = (char)c;
    }
    return (int)o + snprintf(out + o, len - o, "\"%s", strlen(s) > STR_MAX ? "..." : "");
}

static int fmt_arg(char *out, size_t len, char kind, uint64_t a)
{
    switch (kind) {
    case 'd': return snprintf(out, len, "%d", (int)a);
    case 'u': return snprintf(out, len, "%llu", (unsigned long long)a);
    case 'o': return snprintf(out, len, "0%llo", (unsigned long long)a);
    case 'f':
        return (int)a == -100 ? snprintf(out, len, "AT_FDCWD") : snprintf(out, len, "%d", (int)a);
    case 'p': return a ? snprintf(out, len, "0x%llx", (unsigned long long)a) : snprintf(out, len, "NULL");
    case 's': return fmt_string(out, len, a);
    default: return snprintf(out, len, "0x%llx", (unsigned long long)a);
    }
}

/* The call part, "name(a,b,c)", into out. */
static void fmt_call(char *out, size_t len, uint64_t nr, const uint64_t *args)
{
    const char *name = sys_name(nr), *kinds = sys_arg_kinds(nr);
    size_t o;
    if (name)
        o = (size_t)snprintf(out, len, "%s(", name);
    else
        o = (size_t)snprintf(out, len, "syscall_%llu(", (unsigned long long)nr);
    if (!kinds)
        kinds = "xxxxxx";
    for (int i = 0; kinds[i] && i < 6 && o + 2 < len; i++) {
        if (i)
            out[o++] = ',';
        int n = fmt_arg(out + o, len - o, kinds[i], args[i]);
        o += n > 0 ? (size_t)n : 0;
        if (o >= len)
            o = len - 1;
    }
    snprintf(out + o, len - o, ")");
}

static bool returns_address(uint64_t nr)
{
    const char *n = sys_name(nr);
    return n && (!strcmp(n, "mmap") || !strcmp(n, "brk") || !strcmp(n, "mremap"));
}

void sys_strace_before(uint64_t nr, const uint64_t *args, char *buf, size_t len)
{
    fmt_call(buf, len, nr, args);
}

void sys_strace_after(uint64_t nr, const char *call, uint64_t ret)
{
    int64_t r = (int64_t)ret;
    if (r < 0 && r >= -4095)
        log_printf("%d %s = -1 errno=%d (%s)\n", (int)getpid(), call, (int)-r, strerror((int)-r));
    else if (returns_address(nr))
        log_printf("%d %s = 0x%llx\n", (int)getpid(), call, (unsigned long long)ret);
    else
        log_printf("%d %s = %lld\n", (int)getpid(), call, (long long)r);
}
