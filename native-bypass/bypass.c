/*
 * The native bypass core: configuration, the table of hooked guest
 * addresses, the thunk blocks the translator emits for them, IFUNC resolver
 * interception, and the -d bypass report.  See bypass.h for the design.
 *
 * A thunk block is: insn_start(pc); t = call bypass_helper(hook); goto_ptr t.
 * The helper returns the guest's link register (the call is done), or, when
 * the call is doubtful, leaves with smc_once set so that the cpu loop runs
 * the guest's own first instruction uncached (tb_translate_once does not
 * consult the hooks) and translation goes on normally from the next one.
 */
#include <glib.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "native-bypass/internal.h"
#include "util/guestmem.h"
#include "util/util.h"

/* Without --native-bypass / XRUN_NATIVE_BYPASS (one word to flip it). */
#define BYPASS_DEFAULT "on"

bool bypass_enabled;
static bool want[64];
static bool configured_all;   /* "on": every function whose results are exact for this guest */          /* per bp_funcs index, from the configuration */
static bool configured_on;     /* "on" or a list given */
static bool configured;        /* an option was given */
static uint32_t helper_idx;

/* ---- configuration ---------------------------------------------------------------- */

bool bypass_configure(const char *spec, char *err, size_t errlen)
{
    memset(want, 0, sizeof(want));
    configured_on = false;
    configured_all = false;
    configured = true;
    if (!spec || strcmp(spec, "off") == 0 || strcmp(spec, "0") == 0 || !*spec)
        return true;
    if (strcmp(spec, "on") == 0 || strcmp(spec, "1") == 0) {
        for (int i = 0; i < bp_nfuncs; i++)
            want[i] = true;
        configured_on = true;
        configured_all = true;
        return true;
    }
    char *copy = strdup(spec), *save = NULL;
    bool ok = true;
    for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        int i = bp_func_by_name(t);
        if (i < 0) {
            snprintf(err, errlen, "unknown function '%s' (on, off, or a list of:", t);
            for (int j = 0; j < bp_nfuncs; j++)
                snprintf(err + strlen(err), errlen - strlen(err), " %s", bp_funcs[j].name);
            snprintf(err + strlen(err), errlen - strlen(err), ")");
            ok = false;
            break;
        }
        want[i] = true;
        configured_on = true;
    }
    free(copy);
    return ok;
}

/* ---- hooks -------------------------------------------------------------------------- */

typedef struct Hook {
    uint64_t pc;
    int func;
    int kind;
    bool live;
} Hook;

#define MAX_HOOKS 4096
static Hook hooks[MAX_HOOKS];
static int nhooks;
static GHashTable *hook_by_pc;        /* pc -> index + 1 */
static pthread_mutex_t hook_lock = PTHREAD_MUTEX_INITIALIZER;

/* The return address given to a hooked IFUNC resolver: above the guest space,
 * so no guest code can be there; its "translation" records the result. */
static uint64_t resolver_ret_pc;

void bp_hook_add(uint64_t pc, int func, int kind)
{
    if (!bypass_enabled || func < 0 || !bp_funcs[func].enabled)
        return;
    pthread_mutex_lock(&hook_lock);
    gpointer v = g_hash_table_lookup(hook_by_pc, (gpointer)(uintptr_t)pc);
    if (v) {
        Hook *h = &hooks[(uintptr_t)v - 1];
        /* one address, two names: memmove's semantics cover memcpy's; of
         * equal signatures (memcmp, bcmp) the table's first is reported */
        bool same = strcmp(bp_funcs[func].sig, bp_funcs[h->func].sig) == 0;
        if (h->kind == kind && (strcmp(bp_funcs[func].name, "memmove") == 0 || (same && func < h->func)))
            h->func = func;
        h->live = true;
    } else if (nhooks < MAX_HOOKS) {
        hooks[nhooks] = (Hook){ pc, func, kind, true };
        nhooks++;
        g_hash_table_insert(hook_by_pc, (gpointer)(uintptr_t)pc, (gpointer)(uintptr_t)nhooks);
        if (log_enabled(LOG_BYPASS))
            log_printf("bypass: hooked %s%s at 0x%" PRIx64 "\n", bp_funcs[func].name,
                       kind == BP_HOOK_RESOLVER ? " (IFUNC resolver)" : "", pc);
    }
    pthread_mutex_unlock(&hook_lock);
}

int bp_hook_remove_range(uint64_t start, uint64_t end)
{
    int n = 0;
    pthread_mutex_lock(&hook_lock);
    for (int i = 0; i < nhooks; i++) {
        if (hooks[i].live && hooks[i].pc >= start && hooks[i].pc < end) {
            hooks[i].live = false;
            g_hash_table_remove(hook_by_pc, (gpointer)(uintptr_t)hooks[i].pc);
            n++;
        }
    }
    pthread_mutex_unlock(&hook_lock);
    return n;
}

static int hook_lookup(uint64_t pc)
{
    pthread_mutex_lock(&hook_lock);
    int i = (int)(uintptr_t)g_hash_table_lookup(hook_by_pc, (gpointer)(uintptr_t)pc) - 1;
    pthread_mutex_unlock(&hook_lock);
    return i;
}

/* ---- IFUNC resolvers ------------------------------------------------------------------
 *
 * The resolver runs as guest code with the arguments ld.so (or a static
 * binary's start-up code) gives it; we only swap its return address for
 * resolver_ret_pc and remember the real one.  Resolvers do not nest, but a
 * small per-thread stack costs nothing.
 */
typedef struct Pending { uint64_t lr; int func; } Pending;
static __thread Pending pending[8];
static __thread unsigned npending;

static uint64_t *reg(GuestCPU *cpu, uint32_t off) { return (uint64_t *)((uint8_t *)cpu + off); }

static void resolver_enter(GuestCPU *cpu, const Hook *h)
{
    pending[npending % 8] = (Pending){ *reg(cpu, bp_abi.lr), h->func };
    npending++;
    *reg(cpu, bp_abi.lr) = resolver_ret_pc;
}

static uint64_t resolver_return(GuestCPU *cpu)
{
    if (npending == 0)
        xrun_fatal(XRUN_EXIT_INTERNAL, "bypass: IFUNC resolver return without a call");
    Pending p = pending[--npending % 8];
    uint64_t impl = *reg(cpu, bp_abi.iarg[0]);
    if (impl)
        bp_hook_add(impl, p.func, BP_HOOK_FUNC);
    *reg(cpu, bp_abi.lr) = p.lr;
    return p.lr;
}

/* ---- the thunk ------------------------------------------------------------------------- */

static void run_guest_code(GuestCPU *cpu, uint64_t pc)
{
    cpu->pc = pc;
    cpu->smc_once = 1;
    cpu_exit_raise(cpu, IR_EXIT_NEXT);
}

static uint64_t bypass_helper(void *opaque, uint64_t idx, uint64_t unused1, uint64_t unused2, uint64_t unused3)
{
    GuestCPU *cpu = opaque;
    if (idx == (uint64_t)-1)
        return resolver_return(cpu);
    Hook *h = &hooks[idx];
    if (!h->live)
        run_guest_code(cpu, h->pc);
    if (h->kind == BP_HOOK_RESOLVER) {
        resolver_enter(cpu, h);
        run_guest_code(cpu, h->pc);
    }
    BpFunc *f = &bp_funcs[h->func];
    if (!bp_call(f, cpu)) {
        __atomic_fetch_add(&f->fallbacks, 1, __ATOMIC_RELAXED);
        run_guest_code(cpu, h->pc);
    }
    if (bp_counting)
        __atomic_fetch_add(&f->calls, 1, __ATOMIC_RELAXED);
    return *reg(cpu, bp_abi.lr);
}

bool bypass_translate(GuestCPU *cpu, IRBlock *b, uint64_t pc)
{
    if (!bypass_enabled)
        return false;
    uint64_t idx;
    if (pc == resolver_ret_pc) {
        idx = (uint64_t)-1;
    } else {
        int i = hook_lookup(pc);
        if (i < 0)
            return false;
        idx = (uint64_t)i;
    }
    ir_insn_start(b, pc);
    IRTemp next = ir_new_temp(b);
    ir_call(b, helper_idx, next, ir_const(b, idx), IR_NOTEMP, IR_NOTEMP, IR_NOTEMP);
    ir_goto_ptr(b, next);
    b->guest_end = pc;     /* no guest code read: no page to protect */
    b->ninsns = 1;
    return true;
}

/* ---- set-up ------------------------------------------------------------------------------ */

static uint32_t global_offset(const GuestArch *arch, const char *name)
{
    for (uint32_t i = 0; i < arch->nglobals; i++)
        if (arch->globals[i].name && strcmp(arch->globals[i].name, name) == 0)
            return arch->globals[i].offset;
    xrun_fatal(XRUN_EXIT_INTERNAL, "bypass: %s has no register %s", arch->name, name);
}

static void abi_init(const GuestArch *arch)
{
    char name[16];
    bp_abi.a64 = strcmp(arch->name, "aarch64") == 0;
    for (int i = 0; i < 8; i++) {
        snprintf(name, sizeof(name), bp_abi.a64 ? "x%d" : "a%d", i);
        bp_abi.iarg[i] = global_offset(arch, name);
        snprintf(name, sizeof(name), bp_abi.a64 ? "v%dlo" : "fa%d", i);
        bp_abi.farg[i] = global_offset(arch, name);
    }
    bp_abi.lr = global_offset(arch, bp_abi.a64 ? "x30" : "ra");
    bp_abi.fpctl = global_offset(arch, bp_abi.a64 ? "fpcr" : "frm");
}

/* glibc's aarch64 strcmp/strncmp return a difference scaled by the position
 * of the first differing bit, not of bytes: the sign agrees with the host's,
 * the value does not.  "on" leaves them translated; naming them opts in. */
static bool inexact_for_guest(const char *name)
{
    return bp_abi.a64 && (strcmp(name, "strcmp") == 0 || strcmp(name, "strncmp") == 0);
}

void bypass_init(const GuestArch *arch)
{
    char err[16];
    if (!configured)
        bypass_configure(BYPASS_DEFAULT, err, sizeof(err));
    if (!configured_on)
        return;
    const char *ffi = getenv("XRUN_BYPASS_FFI");   /* tests: libffi for every call */
    bp_funcs_init(ffi && *ffi && strcmp(ffi, "0") != 0);
    abi_init(arch);
    for (int i = 0; i < bp_nfuncs; i++)
        bp_funcs[i].enabled = want[i] && !(configured_all && inexact_for_guest(bp_funcs[i].name));
    hook_by_pc = g_hash_table_new(g_direct_hash, g_direct_equal);
    helper_idx = ir_helper_register("native_bypass", bypass_helper, 0);
    resolver_ret_pc = (gm_limit + 2 * GUEST_PAGE_SIZE) & GUEST_PAGE_MASK;
    bp_code_pages_init();
    bp_counting = log_enabled(LOG_BYPASS);
    if (ffi && *ffi && strcmp(ffi, "0") != 0)
        for (int i = 0; i < bp_nfuncs; i++)
            bp_funcs[i].fast = NULL;
    bypass_enabled = true;
}

void bypass_on_exec(const char *path, uint64_t bias)
{
    if (bypass_enabled)
        bp_scan_elf(path, bias, 0, UINT64_MAX, true);
}

void bypass_on_mmap(uint64_t addr, uint64_t len, int prot, const char *path, uint64_t off)
{
    if (!bypass_enabled)
        return;
    if (bp_hook_remove_range(addr, addr + len))
        cpu_flush_translations();
    uint64_t bias;
    if ((prot & PROT_EXEC) && path && bp_elf_bias(path, addr, off, &bias))
        bp_scan_elf(path, bias, addr, addr + len, false);
}

void bypass_on_munmap(uint64_t addr, uint64_t len)
{
    if (bypass_enabled && bp_hook_remove_range(addr, addr + len))
        cpu_flush_translations();
}

void bypass_report(void)
{
    if (!bypass_enabled || !log_enabled(LOG_BYPASS))
        return;
    log_printf("bypass: %-10s %12s %10s\n", "function", "calls", "fallbacks");
    for (int i = 0; i < bp_nfuncs; i++) {
        const BpFunc *f = &bp_funcs[i];
        int n = 0;
        for (int j = 0; j < nhooks; j++)
            n += hooks[j].func == i && hooks[j].live;
        if (n)
            log_printf("bypass: %-10s %12" PRIu64 " %10" PRIu64 "  (%d hook%s)\n", f->name,
                       f->calls, f->fallbacks, n, n > 1 ? "s" : "");
    }
}
