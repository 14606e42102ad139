/* /proc as the guest sees it, parsed and checked against what the program
 * knows of itself: /proc/cpuinfo (one entry per CPU; the feature list
 * matches AT_HWCAP; on aarch64 the ids match MIDR_EL1), /proc/self/stat
 * (pid, comm, ppid, threads, the stack, code, brk and argv/env addresses,
 * vsize = the sum of the maps), status, smaps (the region holding the
 * current sp is [stack], with every field, consistent sizes),
 * smaps_rollup, thread-self and task/<tid> from a second thread, comm
 * after PR_SET_NAME, and /proc/self/exe.  Only check results are printed,
 * so the native run is the oracle. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

extern char **environ;
int main(int argc, char **argv);

/* the buffer first: xrun generates the file at open, Linux at read */
static char *slurp(const char *path)
{
    char *b = calloc(1, 1 << 20);
    FILE *f = fopen(path, "r");
    if (!f) {
        free(b);
        return NULL;
    }
    size_t n = fread(b, 1, (1 << 20) - 1, f);
    b[n] = 0;
    fclose(f);
    return b;
}

/* stat fields, 1-based as in proc(5); comm in *comm */
static int stat_fields(const char *path, unsigned long long f[53], char comm[64])
{
    char *s = slurp(path);
    if (!s)
        return 0;
    char *l = strchr(s, '('), *r = strrchr(s, ')');
    f[1] = strtoull(s, NULL, 10);
    snprintf(comm, 64, "%.*s", (int)(r - l - 1), l + 1);
    int n = 3;
    char *save = NULL;
    for (char *t = strtok_r(r + 2, " \n", &save); t && n < 53; t = strtok_r(NULL, " \n", &save))
        f[n++] = strtoull(t, NULL, 10);
    free(s);
    return n;
}

static void check(const char *what, int ok)
{
    printf("%-58s %s\n", what, ok ? "ok" : "FAILED");
}

typedef struct { unsigned long long start, end; char name[256]; } Region;

static int find_region(unsigned long long addr, Region *out, unsigned long long *total)
{
    char *s = slurp("/proc/self/maps"), *save = NULL;
    int found = 0;
    *total = 0;
    for (char *line = strtok_r(s, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        Region r = { 0 };
        int pos = 0;
        sscanf(line, "%llx-%llx %*s %*s %*s %*s%n", &r.start, &r.end, &pos);
        while (line[pos] == ' ')
            pos++;
        snprintf(r.name, sizeof(r.name), "%s", line + pos);
        if (strcmp(r.name, "[vsyscall]"))
            *total += r.end - r.start;
        if (addr >= r.start && addr < r.end) {
            *out = r;
            found = 1;
        }
    }
    free(s);
    return found;
}

static void cpuinfo(void)
{
    char *s = slurp("/proc/cpuinfo");
    int n = 0;
    for (char *p = s; (p = strstr(p, "processor")); p++)
        if (p == s || p[-1] == '\n')
            n++;
    check("cpuinfo: one entry per online CPU", n == sysconf(_SC_NPROCESSORS_ONLN));
    unsigned long hw = getauxval(AT_HWCAP);
#if defined(__aarch64__)
    static const char *const names[32] = {
        "fp", "asimd", "evtstrm", "aes", "pmull", "sha1", "sha2", "crc32", "atomics", "fphp",
        "asimdhp", "cpuid", "asimdrdm", "jscvt", "fcma", "lrcpc", "dcpop", "sha3", "sm3", "sm4",
        "asimddp", "sha512", "sve", "asimdfhm", "dit", "uscat", "ilrcpc", "flagm", "ssbs", "sb",
        "paca", "pacg" };
    char *feat = strstr(s, "Features\t: ");
    int ok = feat != NULL;
    if (feat) {
        feat += 11;
        char line[1024];
        snprintf(line, sizeof(line), "%.*s", (int)strcspn(feat, "\n"), feat);
        for (int i = 0; i < 32; i++) {
            char word[40];
            snprintf(word, sizeof(word), " %s ", names[i]);
            char padded[1100];
            snprintf(padded, sizeof(padded), " %s ", line);
            if (!!strstr(padded, word) != !!(hw & (1ul << i)))
                ok = 0;
        }
    }
    check("cpuinfo: features match AT_HWCAP", ok);
    uint64_t midr = 0;
    if (hw & (1ul << 11))      /* HWCAP_CPUID: MIDR_EL1 is readable */
        __asm__("mrs %0, midr_el1" : "=r"(midr));
    unsigned impl = 0, var = 0, part = 0, rev = 0;
    char *q = strstr(s, "CPU implementer");
    if (q)
        sscanf(q, "CPU implementer\t: %x\nCPU architecture: %*d\nCPU variant\t: %x\nCPU part\t: %x\n"
                  "CPU revision\t: %u", &impl, &var, &part, &rev);
    check("cpuinfo: implementer/variant/part/revision match MIDR",
          impl == (midr >> 24 & 0xff) && var == (midr >> 20 & 0xf) &&
          part == (midr >> 4 & 0xfff) && rev == (midr & 0xf));
#elif defined(__riscv)
    char *isa = strstr(s, "isa\t\t: rv64");
    int ok = isa != NULL;
    if (isa) {
        isa += 11;
        size_t len = strcspn(isa, "_\n");
        for (char c = 'a'; c <= 'z'; c++)
            if (!!memchr(isa, c, len) != !!(hw & (1ul << (c - 'a'))))
                ok = 0;
    }
    check("cpuinfo: features match AT_HWCAP", ok);
    check("cpuinfo: implementer/variant/part/revision match MIDR",
          strstr(s, "\nhart\t\t: 0\n") && strstr(s, "\nmmu\t\t: sv"));
#else
    check("cpuinfo: features match AT_HWCAP", strstr(s, "\nflags\t\t: ") && hw);
    check("cpuinfo: implementer/variant/part/revision match MIDR", strstr(s, "model name") != NULL);
#endif
    free(s);
}

static void self_stat(char **argv)
{
    unsigned long long f[53] = { 0 }, total;
    char comm[64];
    int n = stat_fields("/proc/self/stat", f, comm);
    check("stat: at least 52 fields", n >= 53);
    check("stat: pid", f[1] == (unsigned long long)getpid());
    check("stat: comm is the program's name", !strcmp(comm, "prog"));
    check("stat: ppid", f[4] == (unsigned long long)getppid());
    check("stat: one thread", f[20] == 1);
    int local;
    Region stk, st2, code;
    int have = find_region((uintptr_t)&local, &stk, &total);
    check("maps: the current sp is in [stack]", have && !strcmp(stk.name, "[stack]"));
    check("stat: startstack is in [stack]",
          find_region(f[28], &st2, &total) && st2.start == stk.start);
    check("stat: vsize is the sum of the maps", f[23] == total);
    check("stat: main is between startcode and endcode",
          f[26] <= (uintptr_t)&main && (uintptr_t)&main < f[27]);
    check("stat: main's region is the program",
          find_region((uintptr_t)&main, &code, &total) && strstr(code.name, "/bin/prog") != NULL);
    check("stat: start_brk <= sbrk(0)", f[47] && f[47] <= (uintptr_t)sbrk(0));
    check("stat: arg_start is argv[0]", f[48] == (uintptr_t)argv[0]);
    check("stat: env_start is environ[0]", f[50] == (uintptr_t)environ[0]);
    check("stat: arg_end after argv[0]", f[49] >= (uintptr_t)argv[0] + strlen(argv[0]) + 1);

    char *st = slurp("/proc/self/status");
    char name[64] = "";
    long pid = 0, threads = 0, vmsize = 0;
    char *p;
    if ((p = strstr(st, "Name:\t")))
        sscanf(p, "Name:\t%63s", name);
    if ((p = strstr(st, "\nPid:\t")))
        pid = atol(p + 6);
    if ((p = strstr(st, "\nThreads:\t")))
        threads = atol(p + 10);
    if ((p = strstr(st, "\nVmSize:\t")))
        vmsize = atol(p + 9);
    check("status: Name, Pid, Threads", !strcmp(name, "prog") && pid == getpid() && threads == 1);
    check("status: VmSize is stat's vsize", (unsigned long long)vmsize == f[23] / 1024);
    free(st);

    /* smaps: the [stack] entry */
    char *sm = slurp("/proc/self/smaps");
    char hdr[64];
    snprintf(hdr, sizeof(hdr), "%08llx-%08llx ", stk.start, stk.end);
    char *e = strstr(sm, hdr);
    static const char *const fields[] = { "Size:", "KernelPageSize:", "MMUPageSize:", "Rss:",
        "Pss:", "Shared_Clean:", "Shared_Dirty:", "Private_Clean:", "Private_Dirty:",
        "Referenced:", "Anonymous:", "LazyFree:", "AnonHugePages:", "Swap:", "SwapPss:",
        "Locked:", "THPeligible:", "VmFlags:" };
    int ok = e != NULL;
    char *next = e ? strstr(e + 1, "VmFlags:") : NULL;
    for (size_t i = 0; ok && i < sizeof(fields) / sizeof(fields[0]); i++) {
        char *fp = strstr(e, fields[i]);
        if (!fp || fp > next)
            ok = 0;
    }
    check("smaps: the [stack] entry has every field", ok);
    long size = e ? atol(strstr(e, "Size:") + 5) : 0, rss = e ? atol(strstr(e, "Rss:") + 4) : 0;
    check("smaps: Size matches the range, 0 < Rss <= Size",
          (unsigned long long)size * 1024 == stk.end - stk.start && rss > 0 && rss <= size);
    check("smaps: the stack grows down (VmFlags gd)",
          next && strstr(next, " gd") && strstr(next, " gd") < strchr(next, '\n'));
    free(sm);
    char *ru = slurp("/proc/self/smaps_rollup");
    check("smaps_rollup: [rollup] with Rss >= the stack's",
          ru && strstr(ru, "[rollup]\n") && atol(strstr(ru, "Rss:") + 4) >= rss);
    free(ru);
    char exe[4096];
    ssize_t l = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    exe[l > 0 ? l : 0] = 0;
    check("/proc/self/exe is the program", l > 9 && !strcmp(exe + l - 9, "/bin/prog"));
}

static int thread_ok;

static void *thread_view(void *arg)
{
    (void)arg;
    unsigned long long f[53] = { 0 }, g[53] = { 0 };
    char comm[64], comm2[64], path[64];
    pid_t tid = (pid_t)syscall(SYS_gettid);
    stat_fields("/proc/thread-self/stat", f, comm);
    snprintf(path, sizeof(path), "/proc/self/task/%d/stat", (int)tid);
    stat_fields(path, g, comm2);
    thread_ok = f[1] == (unsigned long long)tid && g[1] == (unsigned long long)tid &&
                f[20] == 2 && !strcmp(comm, "prog");
    prctl(PR_SET_NAME, "worker");
    char *c = slurp("/proc/thread-self/comm");
    thread_ok += c && !strcmp(c, "worker\n");
    free(c);
    char nm[16] = "";
    prctl(PR_GET_NAME, nm);
    thread_ok += !strcmp(nm, "worker");
    snprintf(path, sizeof(path), "/proc/%d/status", (int)tid);
    c = slurp(path);
    char want[64];
    snprintf(want, sizeof(want), "\nPid:\t%d\n", (int)tid);
    thread_ok += c && strstr(c, want) && strstr(c, "Name:\tworker\n");
    free(c);
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argc;
    cpuinfo();
    self_stat(argv);
    pthread_t t;
    pthread_create(&t, NULL, thread_view, NULL);
    pthread_join(t, NULL);
    check("thread-self/stat, task/<tid>/stat: the thread's", thread_ok >= 1);
    check("comm and PR_GET_NAME after PR_SET_NAME", thread_ok >= 3);
    check("/proc/<tid>/status: Pid and Name of the thread", thread_ok == 4);
    char *c = slurp("/proc/self/comm");
    char nm[16] = "";
    prctl(PR_GET_NAME, nm);
    check("the main thread keeps its name", c && !strcmp(c, "prog\n") && !strcmp(nm, "prog"));
    free(c);
    return 0;
}
