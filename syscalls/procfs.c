/*
 * /proc/self files whose host version would describe xrun rather than the
 * guest: maps (the guest's regions; glibc reads it to find the main
 * thread's stack), auxv (the guest's auxiliary vector) and cmdline (the
 * guest's argv).  Each is generated into an anonymous memfd at open time,
 * which the guest then reads, seeks and closes like a regular file.
 */
#include "syscalls/internal.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "loader/loader.h"

/* "self", "thread-self" or our pid, followed by "/<name>"; NULL otherwise */
static const char *proc_self_file(const char *path)
{
    char pid[32];
    if (strncmp(path, "/proc/", 6))
        return NULL;
    path += 6;
    snprintf(pid, sizeof(pid), "%d/", (int)getpid());
    if (!strncmp(path, "self/", 5))
        return path + 5;
    if (!strncmp(path, "thread-self/", 12))
        return path + 12;
    if (!strncmp(path, pid, strlen(pid)))
        return path + strlen(pid);
    return NULL;
}

static bool write_all(int fd, const void *p, size_t n)
{
    const char *c = p;
    while (n) {
        ssize_t w = write(fd, c, n);
        if (w <= 0)
            return false;
        c += w;
        n -= (size_t)w;
    }
    return true;
}

static bool maps_line(const GMRegion *r, void *opaque)
{
    int fd = *(int *)opaque;
    char line[4200];
    int n = snprintf(line, sizeof(line), "%08llx-%08llx %c%c%c%c %08llx 00:00 0",
                     (unsigned long long)r->start, (unsigned long long)r->end,
                     (r->prot & PROT_READ) ? 'r' : '-', (r->prot & PROT_WRITE) ? 'w' : '-',
                     (r->prot & PROT_EXEC) ? 'x' : '-', (r->flags & GM_SHARED) ? 's' : 'p',
                     (unsigned long long)((r->flags & GM_ANON) ? 0 : r->offset));
    if (r->name)
        n += snprintf(line + n, sizeof(line) - (size_t)n, "%*s%s", n < 73 ? 73 - n : 1, "",
                      r->name);
    n += snprintf(line + n, sizeof(line) - (size_t)n, "\n");
    return write_all(fd, line, (size_t)n);
}

static bool gen_maps(int fd)
{
    gm_foreach(maps_line, &fd);
    return true;
}

static bool gen_auxv(int fd)
{
    const void *p = guest_ptr(loader_info.auxv, loader_info.auxv_len, PROT_READ);
    return p && write_all(fd, p, loader_info.auxv_len);
}

/* argv as the kernel shows it: the strings, each with its NUL, read from
 * the guest's stack through the argv pointers saved there at start-up. */
static bool gen_cmdline(int fd)
{
    const uint64_t *sp = guest_ptr(loader_info.sp, 8, PROT_READ);
    if (!sp)
        return false;
    uint64_t argc = sp[0];
    const uint64_t *argv = guest_ptr(loader_info.sp + 8, argc * 8, PROT_READ);
    for (uint64_t i = 0; argv && i < argc; i++) {
        int err;
        const char *s = guest_str(argv[i], 1 << 20, &err);
        if (!s || !write_all(fd, s, strlen(s) + 1))
            return false;
    }
    return true;
}

int proc_open(const char *path, int flags)
{
    const char *f = proc_self_file(path);
    bool (*gen)(int) = NULL;
    if (f && !strcmp(f, "maps"))
        gen = gen_maps;
    else if (f && !strcmp(f, "auxv"))
        gen = gen_auxv;
    else if (f && !strcmp(f, "cmdline"))
        gen = gen_cmdline;
    if (!gen)
        return -EXDEV;
    if ((flags & O_ACCMODE) != O_RDONLY)
        return -EACCES;
    int fd = memfd_create("xrun-proc", (flags & O_CLOEXEC) ? MFD_CLOEXEC : 0);
    if (fd < 0)
        return -errno;
    if (!gen(fd) || lseek(fd, 0, SEEK_SET) != 0) {
        close(fd);
        return -EIO;
    }
    return fd;
}
