/*
 * /proc files whose host version would describe xrun rather than the guest:
 * /proc/cpuinfo (the guest CPU, in the guest kernel's format), and for this
 * process (self, thread-self, <pid>, task/<tid>): maps and smaps (the
 * guest's regions; glibc reads maps to find the main thread's stack),
 * smaps_rollup, auxv (the guest's auxiliary vector), cmdline (the guest's
 * argv), comm, stat and status (the host's, with the guest's name, stack,
 * code and argument addresses and vm sizes).  Each is generated into an
 * anonymous memfd at open time, which the guest then reads, seeks and closes
 * like a regular file.
 */
#include "syscalls/internal.h"

#include <ctype.h>
#include <elf.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "loader/loader.h"

/* The file a /proc path names, and the thread it is about (0: the process). */
typedef struct ProcFile {
    const char *name;
    pid_t tid;
} ProcFile;

static bool our_thread(pid_t tid)
{
    char p[64];
    snprintf(p, sizeof(p), "/proc/self/task/%d", (int)tid);
    return access(p, F_OK) == 0;
}

/* "<n>/" at *path: the number, *path moved past it; -1 otherwise */
static pid_t take_id(const char **path)
{
    const char *p = *path;
    if (!isdigit((unsigned char)*p))
        return -1;
    long v = strtol(p, (char **)&p, 10);
    if (*p != '/')
        return -1;
    *path = p + 1;
    return (pid_t)v;
}

/* self/, thread-self/, <pid>/, <tid>/ (as the kernel also accepts), then
 * optionally task/<tid>/; false when not about this process. */
static bool proc_self_file(const char *path, ProcFile *pf)
{
    if (strncmp(path, "/proc/", 6))
        return false;
    path += 6;
    pf->tid = 0;
    if (!strncmp(path, "self/", 5)) {
        path += 5;
    } else if (!strncmp(path, "thread-self/", 12)) {
        path += 12;
        pf->tid = gettid();
    } else {
        pid_t id = take_id(&path);
        if (id <= 0 || (id != getpid() && !our_thread(id)))
            return false;
        if (id != getpid())
            pf->tid = id;
    }
    if (!pf->tid && !strncmp(path, "task/", 5)) {
        path += 5;
        pid_t id = take_id(&path);
        if (id <= 0 || !our_thread(id))
            return false;
        pf->tid = id;
    }
    pf->name = path;
    return true;
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

/* A formatted write into the generated file. */
static bool out(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool out(int fd, const char *fmt, ...)
{
    char buf[4300];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    return n >= 0 && write_all(fd, buf, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

/* One line of maps (also the header of each smaps entry). */
static bool maps_line(int fd, const GMRegion *r)
{
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

static bool maps_one(const GMRegion *r, void *opaque)
{
    return maps_line(*(int *)opaque, r);
}

static bool gen_maps(int fd, const ProcFile *pf)
{
    (void)pf;
    gm_foreach(maps_one, &fd);
    return true;
}

/* ---- smaps: each region with its memory figures ------------------------------------
 *
 * Resident pages come from mincore() on the host range behind the region;
 * xrun cannot tell shared from private or clean from dirty cheaply, so a
 * writable private page counts as private dirty, others as private clean.
 * The fields and their widths are those of the Linux 6.1 smaps.
 */
typedef struct SmapsSum {
    int fd;
    uint64_t first, last;
    uint64_t rss, anon, dirty, clean;
} SmapsSum;

static uint64_t resident_kb(const GMRegion *r)
{
    uint64_t pages = (r->end - r->start) / 4096, res = 0;
    unsigned char vec[256];
    for (uint64_t done = 0; done < pages;) {
        uint64_t n = pages - done < sizeof(vec) ? pages - done : sizeof(vec);
        if (mincore(g2h(r->start + done * 4096), n * 4096, vec) != 0)
            return res * 4;
        for (uint64_t i = 0; i < n; i++)
            res += vec[i] & 1;
        done += n;
    }
    return res * 4;
}

static bool kb_field(int fd, const char *name, uint64_t kb)
{
    return out(fd, "%-16s%8llu kB\n", name, (unsigned long long)kb);
}

/* The figures smaps and smaps_rollup share, from Rss on. */
static bool smaps_figures(int fd, uint64_t rss, uint64_t anon, uint64_t dirty, uint64_t clean,
                          bool rollup)
{
    bool ok = kb_field(fd, "Rss:", rss) && kb_field(fd, "Pss:", rss) &&
              kb_field(fd, "Pss_Dirty:", dirty);
    if (rollup)
        ok = ok && kb_field(fd, "Pss_Anon:", anon) && kb_field(fd, "Pss_File:", rss - anon) &&
             kb_field(fd, "Pss_Shmem:", 0);
    return ok && kb_field(fd, "Shared_Clean:", 0) && kb_field(fd, "Shared_Dirty:", 0) &&
           kb_field(fd, "Private_Clean:", clean) && kb_field(fd, "Private_Dirty:", dirty) &&
           kb_field(fd, "Referenced:", rss) && kb_field(fd, "Anonymous:", anon) &&
           kb_field(fd, "KSM:", 0) && kb_field(fd, "LazyFree:", 0) &&
           kb_field(fd, "AnonHugePages:", 0) && kb_field(fd, "ShmemPmdMapped:", 0) &&
           kb_field(fd, "FilePmdMapped:", 0) && kb_field(fd, "Shared_Hugetlb:", 0) &&
           kb_field(fd, "Private_Hugetlb:", 0) && kb_field(fd, "Swap:", 0) &&
           kb_field(fd, "SwapPss:", 0) && kb_field(fd, "Locked:", 0);
}

static bool smaps_one(const GMRegion *r, void *opaque)
{
    SmapsSum *s = opaque;
    uint64_t rss = resident_kb(r);
    bool anon = (r->flags & GM_ANON) || (r->name && r->name[0] == '[');
    bool dirty = (r->prot & PROT_WRITE) && !(r->flags & GM_SHARED);
    if (!s->first && !s->last)
        s->first = r->start;
    s->last = r->end;
    s->rss += rss;
    s->anon += anon ? rss : 0;
    s->dirty += dirty ? rss : 0;
    s->clean += dirty ? 0 : rss;
    if (s->fd < 0)
        return true;
    int fd = s->fd;
    bool shared = r->flags & GM_SHARED;
    return maps_line(fd, r) && kb_field(fd, "Size:", (r->end - r->start) / 1024) &&
           kb_field(fd, "KernelPageSize:", 4) && kb_field(fd, "MMUPageSize:", 4) &&
           smaps_figures(fd, rss, anon ? rss : 0, dirty ? rss : 0, dirty ? 0 : rss, false) &&
           out(fd, "%-16s%8d\n", "THPeligible:", 0) &&
           out(fd, "VmFlags: %s%s%s%smr mw me %s%s%s\n", (r->prot & PROT_READ) ? "rd " : "",
               (r->prot & PROT_WRITE) ? "wr " : "", (r->prot & PROT_EXEC) ? "ex " : "",
               shared ? "sh " : "", shared ? "ms " : "",
               r->name && !strcmp(r->name, "[stack]") ? "gd " : "",
               !shared && (r->prot & PROT_WRITE) ? "ac " : "");
}

static bool gen_smaps(int fd, const ProcFile *pf)
{
    (void)pf;
    SmapsSum s = { .fd = fd };
    gm_foreach(smaps_one, &s);
    return true;
}

static bool gen_smaps_rollup(int fd, const ProcFile *pf)
{
    (void)pf;
    SmapsSum s = { .fd = -1 };
    gm_foreach(smaps_one, &s);
    char head[128];
    int n = snprintf(head, sizeof(head), "%08llx-%08llx ---p 00000000 00:00 0",
                     (unsigned long long)s.first, (unsigned long long)s.last);
    return out(fd, "%s%*s[rollup]\n", head, n < 73 ? 73 - n : 1, "") &&
           smaps_figures(fd, s.rss, s.anon, s.dirty, s.clean, true);
}

static bool gen_auxv(int fd, const ProcFile *pf)
{
    (void)pf;
    const void *p = guest_ptr(loader_info.auxv, loader_info.auxv_len, PROT_READ);
    return p && write_all(fd, p, loader_info.auxv_len);
}

/* argv as the kernel shows it: the strings, each with its NUL, read from
 * the guest's stack through the argv pointers saved there at start-up. */
static bool gen_cmdline(int fd, const ProcFile *pf)
{
    (void)pf;
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

/* ---- the guest's name and layout (comm, stat, status) ------------------------------- */

/* The kernel's comm: the last part of the exec'd file name (AT_EXECFN), 15 bytes. */
const char *proc_guest_comm(char buf[16])
{
    const uint64_t *av = guest_ptr(loader_info.auxv, loader_info.auxv_len, PROT_READ);
    const char *fn = NULL;
    int err;
    for (uint64_t i = 0; av && i + 1 < loader_info.auxv_len / 8; i += 2)
        if (av[i] == AT_EXECFN)
            fn = guest_str(av[i + 1], 4096, &err);
    if (!fn)
        fn = loader_info.exe_path;
    const char *slash = strrchr(fn, '/');
    const char *base = slash ? slash + 1 : fn;
    size_t n = strnlen(base, 15);
    memcpy(buf, base, n);
    buf[n] = 0;
    return buf;
}

/* A thread's comm: the host thread's when the guest named it, else the program's. */
static const char *thread_comm(pid_t tid, char buf[16])
{
    char p[64];
    snprintf(p, sizeof(p), "/proc/self/task/%d/comm", (int)tid);
    FILE *f = sys_thread_named(tid) ? fopen(p, "r") : NULL;
    if (f && fgets(buf, 16, f)) {
        buf[strcspn(buf, "\n")] = 0;
        fclose(f);
        return buf;
    }
    if (f)
        fclose(f);
    return proc_guest_comm(buf);
}

typedef struct GuestLayout {
    uint64_t vsize, stack, exe_code, data;
    uint64_t start_code, end_code, start_data, end_data;
    uint64_t arg_start, arg_end, env_start, env_end;
    const char *exe;            /* name of the program's regions */
} GuestLayout;

static bool layout_one(const GMRegion *r, void *opaque)
{
    GuestLayout *l = opaque;
    l->vsize += r->end - r->start;
    if (r->name && !strcmp(r->name, "[stack]"))
        l->stack += r->end - r->start;
    else if ((r->prot & PROT_WRITE) && !(r->flags & GM_SHARED))
        l->data += r->end - r->start;       /* the kernel's VmData: private writable */
    if (!l->exe && loader_info.exe_entry >= r->start && loader_info.exe_entry < r->end) {
        l->exe = r->name;
        l->start_code = r->start;
        l->end_code = r->end;
    }
    if (l->exe && r->name && !strcmp(r->name, l->exe)) {
        if (r->prot & PROT_EXEC)
            l->exe_code += r->end - r->start;
        if ((r->prot & PROT_WRITE) && !l->start_data) {
            l->start_data = r->start;
            l->end_data = r->end;
        }
    }
    return true;
}

/* The end of a NULL-terminated array of guest strings, from its first entry. */
static void strings_span(uint64_t vec, uint64_t *start, uint64_t *end)
{
    uint64_t p;
    int err;
    *start = *end = 0;
    for (; copy_from_guest(&p, vec, 8) && p; vec += 8) {
        const char *s = guest_str(p, 1 << 20, &err);
        if (!*start)
            *start = p;
        if (s)
            *end = p + strlen(s) + 1;
    }
}

static GuestLayout guest_layout(void)
{
    GuestLayout l = { 0 };
    gm_foreach(layout_one, &l);
    uint64_t argc = 0;
    copy_from_guest(&argc, loader_info.sp, 8);
    strings_span(loader_info.sp + 8, &l.arg_start, &l.arg_end);
    strings_span(loader_info.sp + 16 + argc * 8, &l.env_start, &l.env_end);
    if (!l.env_start)
        l.env_start = l.env_end = l.arg_end;
    return l;
}

static char *read_host(const ProcFile *pf, const char *name, size_t *len)
{
    char p[96];
    if (pf->tid)
        snprintf(p, sizeof(p), "/proc/self/task/%d/%s", (int)pf->tid, name);
    else
        snprintf(p, sizeof(p), "/proc/self/%s", name);
    FILE *f = fopen(p, "r");
    if (!f)
        return NULL;
    char *buf = malloc(65536);
    size_t n = buf ? fread(buf, 1, 65535, f) : 0;
    fclose(f);
    if (buf)
        buf[n] = 0;
    *len = n;
    return buf;
}

/*
 * stat: the host's line with the guest's comm and the fields that are
 * addresses or sizes of the guest (proc(5) numbering): 23 vsize, 26-28
 * startcode, endcode, startstack, 29-30 kstkesp/kstkeip (0, as for a task
 * not being dumped), 45-51 data, brk, argument and environment bounds.
 */
static bool gen_stat(int fd, const ProcFile *pf)
{
    size_t len;
    char *host = read_host(pf, "stat", &len), comm[16];
    char *rp = host ? strrchr(host, ')') : NULL;
    if (!rp) {
        free(host);
        return false;
    }
    GuestLayout l = guest_layout();
    uint64_t repl[53] = { 0 };
    bool has[53] = { false };
#define SET(i, v) (repl[i] = (v), has[i] = true)
    SET(23, l.vsize); SET(26, l.start_code); SET(27, l.end_code); SET(28, loader_info.sp);
    SET(29, 0); SET(30, 0); SET(45, l.start_data); SET(46, l.end_data);
    SET(47, loader_info.brk_start); SET(48, l.arg_start); SET(49, l.arg_end);
    SET(50, l.env_start); SET(51, l.env_end);
#undef SET
    bool ok = out(fd, "%d (%s)", (int)strtol(host, NULL, 10),
                  thread_comm(pf->tid ? pf->tid : getpid(), comm));
    int field = 3;
    for (char *tok = strtok(rp + 1, " \n"); tok && ok; tok = strtok(NULL, " \n"), field++) {
        if (field < 53 && has[field])
            ok = out(fd, " %llu", (unsigned long long)repl[field]);
        else
            ok = out(fd, " %s", tok);
    }
    free(host);
    return ok && out(fd, "\n");
}

/* status: the host's, with the guest's Name and vm sizes. */
static bool gen_status(int fd, const ProcFile *pf)
{
    size_t len;
    char *host = read_host(pf, "status", &len), comm[16];
    if (!host)
        return false;
    GuestLayout l = guest_layout();
    bool ok = true;
    for (char *line = strtok(host, "\n"); line && ok; line = strtok(NULL, "\n")) {
        if (!strncmp(line, "Name:", 5))
            ok = out(fd, "Name:\t%s\n", thread_comm(pf->tid ? pf->tid : getpid(), comm));
        else if (!strncmp(line, "VmPeak:", 7) || !strncmp(line, "VmSize:", 7))
            ok = out(fd, "%.7s\t%8llu kB\n", line, (unsigned long long)(l.vsize >> 10));
        else if (!strncmp(line, "VmStk:", 6))
            ok = out(fd, "VmStk:\t%8llu kB\n", (unsigned long long)(l.stack >> 10));
        else if (!strncmp(line, "VmData:", 7))
            ok = out(fd, "VmData:\t%8llu kB\n", (unsigned long long)(l.data >> 10));
        else if (!strncmp(line, "VmExe:", 6))
            ok = out(fd, "VmExe:\t%8llu kB\n", (unsigned long long)(l.exe_code >> 10));
        else
            ok = out(fd, "%s\n", line);
    }
    free(host);
    return ok;
}

static bool gen_comm(int fd, const ProcFile *pf)
{
    char comm[16];
    return out(fd, "%s\n", thread_comm(pf->tid ? pf->tid : getpid(), comm));
}

/* ---- /proc/cpuinfo -------------------------------------------------------------------- */

/* arm64's hwcap_str order (arch/arm64/kernel/cpuinfo.c): AT_HWCAP bits, then AT_HWCAP2. */
static const char *const a64_hwcap_names[32] = {
    "fp", "asimd", "evtstrm", "aes", "pmull", "sha1", "sha2", "crc32", "atomics", "fphp",
    "asimdhp", "cpuid", "asimdrdm", "jscvt", "fcma", "lrcpc", "dcpop", "sha3", "sm3", "sm4",
    "asimddp", "sha512", "sve", "asimdfhm", "dit", "uscat", "ilrcpc", "flagm", "ssbs", "sb",
    "paca", "pacg",
};
static const char *const a64_hwcap2_names[] = {
    "dcpodp", "sve2", "sveaes", "svepmull", "svebitperm", "svesha3", "svesm4", "flagm2",
    "frint", "svei8mm", "svef32mm", "svef64mm", "svebf16", "i8mm", "bf16", "dgh", "rng", "bti",
    "mte", "ecv", "afp", "rpres",
};

/*
 * The MIDR_EL1 the aarch64 frontend reports (frontends/aarch64/trans_sys.c.inc,
 * A64_MIDR: a Cortex-A57 r1p0), and its CNTFRQ_EL0 (1 GHz): Linux prints
 * BogoMIPS as 2 * timer frequency / 10^6.
 */
#define A64_CPUINFO_MIDR 0x411fd070u
#define A64_CPUINFO_CNTFRQ 1000000000ull

static bool cpuinfo_a64(int fd, int cpu, const GuestArch *arch)
{
    char feat[512] = "";
    size_t n = 0;
    for (int i = 0; i < 32; i++)
        if (arch->hwcap & (1ull << i))
            n += (size_t)snprintf(feat + n, sizeof(feat) - n, " %s", a64_hwcap_names[i]);
    for (size_t i = 0; i < sizeof(a64_hwcap2_names) / sizeof(a64_hwcap2_names[0]); i++)
        if (arch->hwcap2 & (1ull << i))
            n += (size_t)snprintf(feat + n, sizeof(feat) - n, " %s", a64_hwcap2_names[i]);
    uint32_t midr = A64_CPUINFO_MIDR;
    uint64_t bogo = A64_CPUINFO_CNTFRQ / 5000;     /* hundredths of BogoMIPS */
    /* as arm64's c_show: "Features\t:" then " name" per bit */
    return out(fd, "processor\t: %d\nBogoMIPS\t: %llu.%02llu\nFeatures\t:%s\n"
                   "CPU implementer\t: 0x%02x\nCPU architecture: 8\nCPU variant\t: 0x%x\n"
                   "CPU part\t: 0x%03x\nCPU revision\t: %u\n\n",
               cpu, (unsigned long long)(bogo / 100), (unsigned long long)(bogo % 100), feat,
               midr >> 24, (midr >> 20) & 0xf, (midr >> 4) & 0xfff, midr & 0xf);
}

/* riscv: the single-letter extensions of AT_HWCAP in canonical order. */
static bool cpuinfo_rv(int fd, int cpu, const GuestArch *arch)
{
    char isa[40] = "rv64";
    size_t n = 4;
    for (const char *c = "imafdqcbvh"; *c && n + 1 < sizeof(isa); c++)
        if (arch->hwcap & (1ull << (*c - 'a')))
            isa[n++] = *c;
    isa[n] = 0;
    /* sv48: the guest address space reaches 1 TiB, past sv39's 256 GiB */
    return out(fd, "processor\t: %d\nhart\t\t: %d\nisa\t\t: %s\nmmu\t\t: sv48\n"
                   "uarch\t\t: xrun,rv64\nmvendorid\t: 0x0\nmarchid\t\t: 0x0\nmimpid\t\t: 0x0\n\n",
               cpu, cpu, isa);
}

static bool gen_cpuinfo(int fd, const ProcFile *pf)
{
    (void)pf;
    const GuestArch *arch = loader_info.arch;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    bool a64 = arch && arch->name && !strcmp(arch->name, "aarch64");
    for (int i = 0; i < (n > 0 ? n : 1); i++)
        if (!(a64 ? cpuinfo_a64(fd, i, arch) : cpuinfo_rv(fd, i, arch)))
            return false;
    return true;
}

typedef bool (*ProcGen)(int fd, const ProcFile *pf);

static const struct { const char *name; ProcGen gen; } proc_files[] = {
    { "maps", gen_maps }, { "smaps", gen_smaps }, { "smaps_rollup", gen_smaps_rollup },
    { "auxv", gen_auxv }, { "cmdline", gen_cmdline }, { "stat", gen_stat },
    { "status", gen_status }, { "comm", gen_comm },
};

static ProcGen proc_gen(const char *path, ProcFile *pf)
{
    if (!strcmp(path, "/proc/cpuinfo"))
        return gen_cpuinfo;
    if (!proc_self_file(path, pf))
        return NULL;
    for (size_t i = 0; i < sizeof(proc_files) / sizeof(proc_files[0]); i++)
        if (!strcmp(pf->name, proc_files[i].name))
            return proc_files[i].gen;
    return NULL;
}

int proc_open(const char *path, int flags)
{
    ProcFile pf = { 0 };
    ProcGen gen = proc_gen(path, &pf);
    if (!gen)
        return -EXDEV;
    if ((flags & O_ACCMODE) != O_RDONLY)
        return -EACCES;
    int fd = memfd_create("xrun-proc", (flags & O_CLOEXEC) ? MFD_CLOEXEC : 0);
    if (fd < 0)
        return -errno;
    if (!gen(fd, &pf) || lseek(fd, 0, SEEK_SET) != 0) {
        close(fd);
        return -EIO;
    }
    return fd;
}
