/*
 * The guest's initial stack, laid out as the Linux kernel's execve does:
 *
 *   high  [8 zero bytes] execfn  envp strings  argv strings   (copied top-down)
 *         platform string, 16 AT_RANDOM bytes
 *         (16-byte alignment)
 *         auxv pairs ... AT_NULL
 *         NULL, envp[], NULL, argv[], argc       <- sp
 *   low
 */
#include "loader/loader.h"

#include <elf.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <unistd.h>

#include "util/guestmem.h"
#include "util/util.h"

#define DEFAULT_STACK_SIZE (8ull << 20)
#define MAX_AUXV 32

typedef struct StackBuilder {
    uint64_t p;          /* current lowest used address */
    uint64_t floor;      /* lowest address strings may reach */
    bool overflow;
} StackBuilder;

/* Push bytes below p; returns their guest address. */
static uint64_t push_bytes(StackBuilder *s, const void *data, size_t len)
{
    if (s->overflow || s->p - s->floor < len) {
        s->overflow = true;
        return 0;
    }
    s->p -= len;
    memcpy(g2h(s->p), data, len);
    return s->p;
}

static uint64_t push_str(StackBuilder *s, const char *str)
{
    return push_bytes(s, str, strlen(str) + 1);
}

static size_t count(char *const *v)
{
    size_t n = 0;
    while (v && v[n])
        n++;
    return n;
}

/* Copy argv and envp strings (last first, so argv[0] ends lowest). */
static void push_strings(StackBuilder *s, char *const *v, size_t n, uint64_t *addrs)
{
    for (size_t i = n; i-- > 0;)
        addrs[i] = push_str(s, v[i]);
}

static int map_stack(const LoaderParams *p, LoadInfo *info, bool exec_stack)
{
    uint64_t size = p->stack_size ? p->stack_size : DEFAULT_STACK_SIZE;
    size = (size + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
    if (size < 16 * GUEST_PAGE_SIZE)
        size = 16 * GUEST_PAGE_SIZE;
    if (size > gm_limit / 16) {
        xrun_warn("stack size %#llx is too large", (unsigned long long)size);
        return XRUN_EXIT_USAGE;
    }
    uint64_t top = gm_limit, got;
    int prot = PROT_READ | PROT_WRITE | (exec_stack ? PROT_EXEC : 0);
    if (gm_mmap(top - size, size, prot, GM_FIXED_NOREPLACE | GM_ANON | GM_STACK | GM_GROWSDOWN,
                -1, 0, "[stack]", &got) != 0) {
        xrun_warn("cannot map the guest stack");
        return XRUN_EXIT_NOMEM;
    }
    info->stack_top = top;
    return 0;
}

typedef struct Auxv {
    uint64_t v[MAX_AUXV * 2];
    unsigned n;
} Auxv;

static void aux(Auxv *a, uint64_t type, uint64_t val)
{
    a->v[a->n++] = type;
    a->v[a->n++] = val;
}

static void fill_auxv(Auxv *a, const LoaderParams *p, const LoadInfo *info,
                      uint64_t random, uint64_t execfn, uint64_t platform)
{
    const GuestArch *arch = info->arch;
    a->n = 0;
    aux(a, AT_HWCAP, arch->hwcap);
    aux(a, AT_PAGESZ, GUEST_PAGE_SIZE);
    aux(a, AT_CLKTCK, 100);
    aux(a, AT_PHDR, info->phdr);
    aux(a, AT_PHENT, info->phent);
    aux(a, AT_PHNUM, info->phnum);
    aux(a, AT_BASE, info->interp_base);
    aux(a, AT_FLAGS, 0);
    aux(a, AT_ENTRY, info->exe_entry);
    aux(a, AT_UID, getuid());
    aux(a, AT_EUID, geteuid());
    aux(a, AT_GID, getgid());
    aux(a, AT_EGID, getegid());
    aux(a, AT_SECURE, p->secure);
    aux(a, AT_RANDOM, random);
    if (arch->hwcap2)
        aux(a, AT_HWCAP2, arch->hwcap2);
    aux(a, AT_EXECFN, execfn);
    if (platform)
        aux(a, AT_PLATFORM, platform);
    aux(a, AT_NULL, 0);
}

static void random_bytes(uint8_t out[16])
{
    size_t got = 0;
    while (got < 16) {
        ssize_t n = getrandom(out + got, 16 - got, 0);
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    for (; got < 16; got++)   /* no entropy source: still fill it */
        out[got] = (uint8_t)(getpid() * 131 + got * 7);
}

/* Write the pointer tables at sp (argc, argv, envp, auxv). */
static void write_tables(uint64_t sp, size_t argc, const uint64_t *argv, size_t envc,
                         const uint64_t *envp, const Auxv *a)
{
    uint64_t *w = g2h(sp);
    *w++ = argc;
    for (size_t i = 0; i < argc; i++)
        *w++ = argv[i];
    *w++ = 0;
    for (size_t i = 0; i < envc; i++)
        *w++ = envp[i];
    *w++ = 0;
    memcpy(w, a->v, a->n * sizeof(uint64_t));
}

int loader_build_stack(const LoaderParams *p, LoadInfo *info, bool exec_stack)
{
    int r = map_stack(p, info, exec_stack);
    if (r)
        return r;
    size_t argc = count(p->argv), envc = count(p->envp);
    uint64_t size = p->stack_size ? p->stack_size : DEFAULT_STACK_SIZE;
    /* like the kernel, strings and tables may use at most a quarter of the stack */
    StackBuilder s = { info->stack_top - 8, info->stack_top - size / 4, false };
    uint64_t *addrs = calloc(argc + envc + 1, sizeof(uint64_t));
    if (!addrs)
        return XRUN_EXIT_NOMEM;

    uint64_t execfn = push_str(&s, p->path);
    push_strings(&s, p->envp, envc, addrs + argc);
    push_strings(&s, p->argv, argc, addrs);
    uint64_t platform = info->arch->platform ? push_str(&s, info->arch->platform) : 0;
    s.p &= ~15ull;
    uint8_t rnd[16];
    random_bytes(rnd);
    uint64_t random = push_bytes(&s, rnd, sizeof(rnd));

    Auxv a;
    fill_auxv(&a, p, info, random, execfn, platform);
    uint64_t words = 1 + argc + 1 + envc + 1 + a.n;
    uint64_t sp = (s.p - words * 8) & ~15ull;
    if (s.overflow || sp < s.floor) {
        free(addrs);
        xrun_warn("%s: argument list too long", p->path);
        return XRUN_EXIT_USAGE;
    }
    write_tables(sp, argc, addrs, envc, addrs + argc, &a);
    free(addrs);
    info->sp = sp;
    info->auxv = sp + 8 * (1 + argc + 1 + envc + 1);
    info->auxv_len = a.n * 8;
    return 0;
}
