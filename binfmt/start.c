/*
 * How binfmt_misc started xrun (see start.h): AT_EXECFD, AT_FLAGS and
 * AT_SECURE of xrun's own auxv.
 */
#include <errno.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "binfmt/start.h"

#ifndef AT_FLAGS_PRESERVE_ARGV0
#define AT_FLAGS_PRESERVE_ARGV0 1
#endif

/* getauxval's 0 is also a valid fd: absence is told by errno. */
static bool auxval(unsigned long type, unsigned long *v)
{
    errno = 0;
    *v = getauxval(type);
    return !(*v == 0 && errno == ENOENT);
}

static unsigned started_machine;   /* 0: not started by binfmt_misc */
static bool started_by_binfmt;

void binfmt_set_machine(unsigned machine)
{
    if (started_by_binfmt)
        started_machine = machine;
}

bool binfmt_kernel_runs(const unsigned char *head, long len)
{
    /* e_machine, little-endian, at offset 18 of the ELF header */
    return started_machine && len >= 20 &&
           (unsigned)(head[18] | head[19] << 8) == started_machine;
}

void binfmt_start(int *argc, char **argv, BinfmtStart *s)
{
    unsigned long v;
    memset(s, 0, sizeof(*s));
    s->execfd = -1;
    if (auxval(AT_EXECFD, &v))
        s->execfd = (int)v;
    bool preserved = auxval(AT_FLAGS, &v) && (v & AT_FLAGS_PRESERVE_ARGV0);
    s->secure = (auxval(AT_SECURE, &v) && v) || getuid() != geteuid() || getgid() != getegid();
    s->binfmt = s->execfd >= 0 || preserved;
    started_by_binfmt = s->binfmt;
    if (preserved && *argc >= 3) {
        /* xrun FILE ARGV0 ARGS... -> xrun FILE ARGS..., argv[0] kept aside */
        s->argv0 = argv[2];
        memmove(&argv[2], &argv[3], (size_t)(*argc - 2) * sizeof(char *));
        (*argc)--;
    }
}
