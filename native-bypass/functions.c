/*
 * The bypassed functions: one declarative line each, a signature string from
 * which the argument marshalling and the guest-memory checks are derived,
 * and the generic caller (libffi, or a direct call when every argument and
 * the result are integers).
 *
 * Signature: RET ':' ARG (',' ARG)* ['/' FLAGS]
 *   types    p pointer, i int, z size_t, d double (RET: the same)
 *   a pointer argument may say how the routine uses the memory, k being the
 *   index of another argument:
 *     Rk  reads arg k bytes               Wk  writes arg k bytes
 *     S   reads a NUL-terminated string   Nk  reads a string of at most arg k bytes
 *     Ck  writes strlen(string arg k) + 1 bytes (strcpy's destination)
 *     Ak  reads the string here, then writes strlen(string arg k) + 1 bytes
 *         after it (strcat's destination; with an Nk source, strncat's)
 *   flags    o  source and destination may overlap (otherwise an overlap,
 *               undefined in C, runs the guest's own code)
 *            c  the result is a comparison: normalised to the guest libc's
 *               convention (difference of the first differing bytes)
 *            1  ... except that the aarch64 guest's libc returns -1/0/1
 *            m  libm: only with the default FP environment (round to nearest,
 *               no flush-to-zero or default NaN), a finite argument and a
 *               normal result; anything else (where errno or a NaN's bits
 *               could differ) runs the guest's code
 * Every range is checked against the guest memory map before the host call;
 * a string is scanned page by page.  Anything that would fault, or a write
 * to a page holding translated code, makes bp_call return false: the guest
 * then runs its own code, which faults (or invalidates) exactly as without
 * the bypass.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>

#include "native-bypass/internal.h"
#include "util/guestmem.h"
#include "util/util.h"

static bool fast_memcpy(const uint64_t *a, uint64_t *r);
static bool fast_memmove(const uint64_t *a, uint64_t *r);
static bool fast_memset(const uint64_t *a, uint64_t *r);
static bool fast_memcmp(const uint64_t *a, uint64_t *r);
static bool fast_memchr(const uint64_t *a, uint64_t *r);
static bool fast_strlen(const uint64_t *a, uint64_t *r);
static bool fast_strcmp(const uint64_t *a, uint64_t *r);
static bool fast_strchr(const uint64_t *a, uint64_t *r);

/* strchrnul and the like are GNU: _GNU_SOURCE comes from the build. */
#define F(name, sig) { #name, sig, (void *)name }
#define FF(name, sig) { #name, sig, (void *)name, .fast = fast_##name }
BpFunc bp_funcs[] = {
    FF(memcpy,   "p:pW2,pR2,z"),
    FF(memmove,  "p:pW2,pR2,z/o"),
    FF(memset,   "p:pW2,i,z"),
    FF(memcmp,   "i:pR2,pR2,z/c1"),
    F(bcmp,     "i:pR2,pR2,z/c1"),
    FF(memchr,   "p:pR2,i,z"),
    F(memrchr,  "p:pR2,i,z"),
    FF(strlen,   "z:pS"),
    F(strnlen,  "z:pN1,z"),
    FF(strcmp,   "i:pS,pS/c"),
    F(strncmp,  "i:pN2,pN2,z/c"),
    F(strcpy,   "p:pC1,pS"),
    F(stpcpy,   "p:pC1,pS"),
    F(strncpy,  "p:pW2,pN2,z"),
    F(stpncpy,  "p:pW2,pN2,z"),
    F(strcat,   "p:pA1,pS"),
    F(strncat,  "p:pA1,pN2,z"),
    FF(strchr,   "p:pS,i"),
    F(strrchr,  "p:pS,i"),
    F(strchrnul, "p:pS,i"),
    F(strstr,   "p:pS,pS"),
    F(strspn,   "z:pS,pS"),
    F(strcspn,  "z:pS,pS"),
    F(strpbrk,  "p:pS,pS"),
    /* bit-identical to Debian 12's arm64 and riscv64 libm over the inputs of
     * tests/bypass (mode math); exp2 and cbrt are not (excluded) */
    F(exp,      "d:d/m"),
    F(log,      "d:d/m"),
    F(log2,     "d:d/m"),
    F(log10,    "d:d/m"),
    F(expm1,    "d:d/m"),
    F(log1p,    "d:d/m"),
    F(sin,      "d:d/m"),
    F(cos,      "d:d/m"),
    F(tan,      "d:d/m"),
    F(atan,     "d:d/m"),
};
#undef F
#undef FF
const int bp_nfuncs = sizeof(bp_funcs) / sizeof(bp_funcs[0]);

BpAbi bp_abi;

static ffi_type *ffi_of(char t)
{
    switch (t) {
    case 'i': return &ffi_type_sint32;
    case 'd': return &ffi_type_double;
    default: return &ffi_type_uint64;   /* pointers and size_t */
    }
}

static void parse_sig(BpFunc *f)
{
    const char *s = f->sig;
    f->ret = *s++;
    if (*s++ != ':')
        xrun_fatal(XRUN_EXIT_INTERNAL, "bypass: bad signature for %s", f->name);
    f->direct = f->ret != 'd';
    while (*s && *s != '/') {
        BpArg *a = &f->args[f->nargs++];
        a->type = *s++;
        a->acc = 0;
        a->ref = -1;
        if (*s && strchr("RWSNCA", *s)) {
            a->acc = *s++;
            if (*s >= '0' && *s <= '9')
                a->ref = *s++ - '0';
        }
        if (a->type == 'd')
            f->direct = false;
        if (*s == ',')
            s++;
    }
    for (s += *s == '/'; *s; s++) {
        f->overlap_ok |= *s == 'o';
        f->compare |= *s == 'c';
        f->sign_a64 |= *s == '1';
        f->math |= *s == 'm';
    }
    for (int i = 0; i < f->nargs; i++)
        f->atypes[i] = ffi_of(f->args[i].type);
    if (ffi_prep_cif(&f->cif, FFI_DEFAULT_ABI, (unsigned)f->nargs, ffi_of(f->ret), f->atypes) != FFI_OK)
        xrun_fatal(XRUN_EXIT_INTERNAL, "bypass: libffi refused %s", f->name);
}

void bp_funcs_init(bool force_ffi)
{
    for (int i = 0; i < bp_nfuncs; i++) {
        parse_sig(&bp_funcs[i]);
        if (force_ffi)
            bp_funcs[i].direct = false;
    }
}

int bp_func_by_name(const char *name)
{
    for (int i = 0; i < bp_nfuncs; i++)
        if (strcmp(bp_funcs[i].name, name) == 0)
            return i;
    return -1;
}

/* ---- pages holding translated code -------------------------------------------------
 *
 * A host write to such a page would fault into the self-modifying-code path,
 * which retries the guest instruction: the bypassed call would run twice.
 * The translator tells us (through wrappers of tr_opts' hooks) which pages it
 * write-protects; a write range touching one runs the guest's code instead.
 * A page stays marked until a store fault releases it: a stale mark only
 * costs speed.
 */
static uint8_t *code_bits;
static void (*orig_protect)(uint64_t addr);
static bool (*orig_write_fault)(uint64_t addr);

static void wrap_protect(uint64_t addr)
{
    uint64_t pg = addr / GUEST_PAGE_SIZE;
    __atomic_fetch_or(&code_bits[pg / 8], (uint8_t)(1u << (pg % 8)), __ATOMIC_RELAXED);
    orig_protect(addr);
}

static bool wrap_write_fault(uint64_t addr)
{
    bool r = orig_write_fault(addr);
    if (r) {
        uint64_t pg = addr / GUEST_PAGE_SIZE;
        __atomic_fetch_and(&code_bits[pg / 8], (uint8_t)~(1u << (pg % 8)), __ATOMIC_RELAXED);
    }
    return r;
}

void bp_code_pages_init(void)
{
    if (!tr_opts.protect_code_page || !tr_opts.code_write_fault)
        return;
    size_t bytes = (size_t)(gm_limit / GUEST_PAGE_SIZE / 8 + 1);
    code_bits = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (code_bits == MAP_FAILED)
        xrun_fatal(XRUN_EXIT_NOMEM, "bypass: cannot map the code-page bitmap");
    orig_protect = tr_opts.protect_code_page;
    orig_write_fault = tr_opts.code_write_fault;
    tr_opts.protect_code_page = wrap_protect;
    tr_opts.code_write_fault = wrap_write_fault;
}

bool bp_code_page(uint64_t addr, uint64_t len)
{
    if (!code_bits || len == 0)
        return false;
    for (uint64_t pg = addr / GUEST_PAGE_SIZE; pg <= (addr + len - 1) / GUEST_PAGE_SIZE; pg++)
        if (__atomic_load_n(&code_bits[pg / 8], __ATOMIC_RELAXED) & (1u << (pg % 8)))
            return true;
    return false;
}

/* ---- guest memory checks ----------------------------------------------------------- */

/*
 * Regions of the guest map, cached per thread while gm_map_generation stays
 * the same: the checks then take no lock.  A string is scanned with one host
 * strnlen per region instead of page by page.
 */
#define RC_N 4
typedef struct RCEntry { uint64_t start, end; int prot; } RCEntry;
static __thread RCEntry rc[RC_N];
static __thread uint64_t rc_gen = UINT64_MAX;
static __thread unsigned rc_next;

/* The end of the region holding g when it allows prot, else 0. */
static uint64_t region_end(uint64_t g, int prot)
{
    uint64_t gen = __atomic_load_n(&gm_map_generation, __ATOMIC_ACQUIRE);
    if (gen != rc_gen) {
        memset(rc, 0, sizeof(rc));
        rc_gen = gen;
    }
    for (int i = 0; i < RC_N; i++)
        if (g >= rc[i].start && g < rc[i].end)
            return (rc[i].prot & prot) == prot ? rc[i].end : 0;
    RCEntry e;
    if (!gm_region_at(g, &e.start, &e.end, &e.prot))
        return 0;
    rc[rc_next++ % RC_N] = e;
    return (e.prot & prot) == prot ? e.end : 0;
}

static bool accessible(uint64_t g, uint64_t len, int prot)
{
    while (len) {
        uint64_t e = region_end(g, prot);
        if (!e)
            return false;
        if (e - g >= len)
            return true;
        len -= e - g;
        g = e;
    }
    return true;
}

static bool readable(uint64_t g, uint64_t len)
{
    return accessible(g, len, PROT_READ);
}

static bool writable(uint64_t g, uint64_t len)
{
    return accessible(g, len, PROT_READ | PROT_WRITE) && !bp_code_page(g, len);
}

/* Length of the string at g, at most max, scanning region by region; false
 * when it runs into memory that is not readable first. */
static bool safe_strnlen(uint64_t g, uint64_t max, uint64_t *len)
{
    uint64_t done = 0;
    while (done < max) {
        uint64_t a = g + done;
        uint64_t e = a < g ? 0 : region_end(a, PROT_READ);
        if (!e)
            return false;
        uint64_t chunk = e - a < max - done ? e - a : max - done;
        size_t n = strnlen(g2h(a), chunk);
        if (n < chunk) {
            *len = done + n;
            return true;
        }
        done += chunk;
    }
    *len = max;
    return true;
}

static bool overlap(uint64_t a, uint64_t alen, uint64_t b, uint64_t blen)
{
    return alen && blen && a < b + blen && b < a + alen;
}

/* The range each pointer argument touches; false when one is not accessible. */
typedef struct Extent { uint64_t start, len, slen; bool write; } Extent;

static bool extents(const BpFunc *f, const uint64_t *v, Extent *e)
{
    /* strings first (C and A refer to them), then sized and derived ranges */
    for (int i = 0; i < f->nargs; i++) {
        const BpArg *a = &f->args[i];
        e[i] = (Extent){ v[i], 0, 0, false };
        if (a->acc == 'S' || a->acc == 'A' || a->acc == 'N') {
            uint64_t max = a->acc == 'N' ? v[a->ref] : UINT64_MAX;
            if (!safe_strnlen(v[i], max, &e[i].slen))
                return false;
            e[i].len = e[i].slen + (e[i].slen < max);
        }
    }
    for (int i = 0; i < f->nargs; i++) {
        const BpArg *a = &f->args[i];
        switch (a->acc) {
        case 'R':
            e[i].len = v[a->ref];
            if (!readable(v[i], e[i].len))
                return false;
            break;
        case 'W':
            e[i].len = v[a->ref];
            e[i].write = true;
            if (!writable(v[i], e[i].len))
                return false;
            break;
        case 'C':
            e[i].len = e[a->ref].slen + 1;
            e[i].write = true;
            if (!writable(v[i], e[i].len))
                return false;
            break;
        case 'A':
            /* the written part starts at the old terminator */
            e[i].start = v[i] + e[i].slen;
            e[i].len = e[a->ref].slen + 1;
            e[i].write = true;
            if (!writable(e[i].start, e[i].len))
                return false;
            break;
        }
    }
    if (!f->overlap_ok) {
        for (int i = 0; i < f->nargs; i++) {
            for (int j = 0; j < f->nargs && e[i].write; j++) {
                if (j != i && f->args[j].acc && overlap(e[i].start, e[i].len, e[j].start, e[j].len))
                    return false;
                /* strcat reads its own destination string first */
                if (j != i && f->args[i].acc == 'A' && overlap(v[i], e[i].slen + e[i].len, e[j].start, e[j].len))
                    return false;
            }
        }
    }
    return true;
}

/* ---- the call -------------------------------------------------------------------- */

static inline uint64_t *reg(GuestCPU *cpu, uint32_t off) { return (uint64_t *)((uint8_t *)cpu + off); }

/* First differing byte of a and b (at most n), as the guest libc reports it. */
static int64_t compare_value(const BpFunc *f, const uint8_t *a, const uint8_t *b, uint64_t n, int64_t r)
{
    if (r == 0)
        return 0;
    if (f->sign_a64 && bp_abi.a64)
        return r < 0 ? -1 : 1;
    for (uint64_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return (int64_t)a[i] - (int64_t)b[i];
    return r < 0 ? -1 : 1;   /* not reached for a nonzero result */
}

bool bp_counting;

/* ---- fast paths: integer arguments in a[], result in *r -------------------------- */

static uint64_t ret_ptr(const void *p) { return p ? h2g(p) : 0; }

static bool fast_memcpy(const uint64_t *a, uint64_t *r)
{
    uint64_t d = a[0], s = a[1], n = a[2];
    if (!readable(s, n) || !writable(d, n) || overlap(d, n, s, n))
        return false;
    memcpy(g2h(d), g2h(s), n);
    *r = d;
    return true;
}

static bool fast_memmove(const uint64_t *a, uint64_t *r)
{
    uint64_t d = a[0], s = a[1], n = a[2];
    if (!readable(s, n) || !writable(d, n))
        return false;
    memmove(g2h(d), g2h(s), n);
    *r = d;
    return true;
}

static bool fast_memset(const uint64_t *a, uint64_t *r)
{
    if (!writable(a[0], a[2]))
        return false;
    memset(g2h(a[0]), (int)a[1], a[2]);
    *r = a[0];
    return true;
}

/* riscv64's glibc returns the difference of the first differing bytes,
 * aarch64's memcmp -1/1; the host's magnitudes are not relied upon */
static bool fast_memcmp(const uint64_t *a, uint64_t *r)
{
    if (!readable(a[0], a[2]) || !readable(a[1], a[2]))
        return false;
    const uint8_t *x = g2h(a[0]), *y = g2h(a[1]);
    int v = memcmp(x, y, a[2]);
    if (bp_abi.a64) {
        v = (v > 0) - (v < 0);
    } else if (v) {
        /* some x86-64 variants return other magnitudes: find the byte */
        uint64_t i = 0;
        while (i + 64 <= a[2] && memcmp(x + i, y + i, 64) == 0)
            i += 64;
        while (x[i] == y[i])
            i++;
        v = (int)x[i] - (int)y[i];
    }
    *r = (uint64_t)(int64_t)v;
    return true;
}

/* region by region: a length past the object is fine when c comes first */
static bool fast_memchr(const uint64_t *a, uint64_t *r)
{
    uint64_t s = a[0], n = a[2], done = 0;
    while (done < n) {
        uint64_t at = s + done, e = at < s ? 0 : region_end(at, PROT_READ);
        if (!e)
            return false;
        uint64_t chunk = e - at < n - done ? e - at : n - done;
        const void *p = memchr(g2h(at), (int)a[1], chunk);
        if (p) {
            *r = h2g(p);
            return true;
        }
        done += chunk;
    }
    *r = 0;
    return true;
}

static bool fast_strlen(const uint64_t *a, uint64_t *r)
{
    return safe_strnlen(a[0], UINT64_MAX, r);
}

/* region by region: only the bytes up to the first difference or NUL */
static bool fast_strcmp(const uint64_t *a, uint64_t *r)
{
    uint64_t x = a[0], y = a[1];
    for (;;) {
        uint64_t ex = region_end(x, PROT_READ), ey = region_end(y, PROT_READ);
        if (!ex || !ey)
            return false;
        uint64_t lim = ex - x < ey - y ? ex - x : ey - y;
        const uint8_t *hx = g2h(x), *hy = g2h(y);
        int v = strncmp((const char *)hx, (const char *)hy, lim);
        if (v) {
            /* the byte difference, whatever magnitude the host returned
             * (a sanitizer's strncmp returns -1/1) */
            uint64_t i = 0;
            while (hx[i] == hy[i])
                i++;
            *r = (uint64_t)(int64_t)((int)hx[i] - (int)hy[i]);
            return true;
        }
        if (strnlen((const char *)hx, lim) < lim) {
            *r = 0;
            return true;
        }
        x += lim;
        y += lim;
    }
}

static bool fast_strchr(const uint64_t *a, uint64_t *r)
{
    uint64_t len;
    if (!safe_strnlen(a[0], UINT64_MAX, &len))
        return false;
    *r = ret_ptr(memchr(g2h(a[0]), (int)(char)a[1], len + 1));
    return true;
}

/* The guest's FP environment is the default one and every argument finite. */
static bool math_ok_before(GuestCPU *cpu, const BpFunc *f, const double *dv)
{
    uint64_t ctl = *reg(cpu, bp_abi.fpctl);
    /* aarch64 FPCR: RMode 23:22, FZ 24, DN 25, AHP/FZ16 ignored; riscv64 frm */
    if (bp_abi.a64 ? (ctl & (0xfull << 22)) != 0 : ctl != 0)
        return false;
    for (int i = 0; i < f->nargs; i++)
        if (f->args[i].type == 'd' && !isfinite(dv[i]))
            return false;
    return true;
}

/* ---- the generic call --------------------------------------------------------------- */

bool bp_call(BpFunc *f, GuestCPU *cpu)
{
    uint64_t v[BP_MAX_ARGS];
    if (f->fast) {
        for (int i = 0; i < 3; i++)
            v[i] = *reg(cpu, bp_abi.iarg[i]);
        uint64_t r;
        if (!f->fast(v, &r))
            return false;
        *reg(cpu, bp_abi.iarg[0]) = r;
        return true;
    }
    double dv[BP_MAX_ARGS];
    int ni = 0, nf = 0;
    for (int i = 0; i < f->nargs; i++) {
        if (f->args[i].type == 'd') {
            memcpy(&dv[i], reg(cpu, bp_abi.farg[nf++]), 8);
            v[i] = 0;
        } else {
            v[i] = *reg(cpu, bp_abi.iarg[ni++]);
            if (f->args[i].type == 'i')
                v[i] = (uint64_t)(int64_t)(int32_t)v[i];
        }
    }
    if (f->math && !math_ok_before(cpu, f, dv))
        return false;
    Extent e[BP_MAX_ARGS];
    if (!extents(f, v, e))
        return false;
    /* guest pointers become host pointers */
    uint64_t hv[BP_MAX_ARGS];
    for (int i = 0; i < f->nargs; i++)
        hv[i] = f->args[i].type == 'p' ? (uint64_t)(uintptr_t)g2h(v[i]) : v[i];

    uint64_t r;
    if (f->direct) {
        typedef uint64_t (*Fn4)(uint64_t, uint64_t, uint64_t, uint64_t);
        r = ((Fn4)f->host)(hv[0], hv[1], hv[2], hv[3]);
    } else {
        void *av[BP_MAX_ARGS];
        int32_t iv[BP_MAX_ARGS];
        for (int i = 0; i < f->nargs; i++) {
            switch (f->args[i].type) {
            case 'i': iv[i] = (int32_t)hv[i]; av[i] = &iv[i]; break;
            case 'd': av[i] = &dv[i]; break;
            default: av[i] = &hv[i]; break;
            }
        }
        union { ffi_arg i; double d; } rv;
        ffi_call(&f->cif, FFI_FN(f->host), &rv, av);
        if (f->ret == 'd')
            memcpy(&r, &rv.d, 8);
        else
            r = (uint64_t)rv.i;
    }
    switch (f->ret) {
    case 'p':
        r = r ? h2g((void *)(uintptr_t)r) : 0;
        break;
    case 'i':
        r = (uint64_t)(int64_t)(int32_t)r;
        if (f->compare) {
            uint64_t n = f->args[2 % f->nargs].type == 'z' && f->nargs == 3 ? v[2] : UINT64_MAX;
            uint64_t lim = e[0].len < e[1].len ? e[0].len : e[1].len;
            r = (uint64_t)compare_value(f, g2h(v[0]), g2h(v[1]), n < lim ? n : lim, (int32_t)r);
        }
        break;
    case 'd':
        if (f->math) {
            double d;
            memcpy(&d, &r, 8);
            if (!isnormal(d))
                return false;   /* inf, NaN, zero, subnormal: errno or NaN bits */
        }
        memcpy(reg(cpu, bp_abi.farg[0]), &r, 8);
        if (bp_abi.a64)
            *reg(cpu, bp_abi.farg[0] + 8) = 0;   /* writing d0 clears the top of v0 */
        return true;
    }
    *reg(cpu, bp_abi.iarg[0]) = r;
    return true;
}
