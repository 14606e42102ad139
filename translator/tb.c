/*
 * The code cache: translated blocks (TBs) keyed by guest pc.
 *
 * One buffer (mapped read-write-execute so a JIT backend can emit into it)
 * holds backend code; TB descriptors come from a parallel pool.  Lookups go
 * through each CPU's direct-mapped jump cache, then a global hash table.
 * When either pool is full everything is flushed at once and translation
 * starts over: simple, and what QEMU does too.  Translation is serialised by
 * one lock so threads (a later issue) can share the cache.
 */
#include <inttypes.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "native-bypass/bypass.h"
#include "translator/stats.h"
#include "translator/translator.h"
#include "util/util.h"

TranslatorOptions tr_opts = { .backend = &backend_jit, .max_insns = 512, .optimize = true };

#define TB_HASH_BITS 16
#define TB_HASH_SIZE (1u << TB_HASH_BITS)

static uint8_t *code_buf;
static size_t code_size, code_used, code_floor;
static TB *tb_pool;
static size_t tb_max, tb_count;
static TB *tb_hash[TB_HASH_SIZE];
static uint64_t generation;
static pthread_mutex_t tb_lock = PTHREAD_MUTEX_INITIALIZER;

/* CPUs whose jump caches must be cleared on a flush. */
#define MAX_CPUS 4096
static GuestCPU *cpus[MAX_CPUS];
static unsigned ncpus;

static unsigned tb_hash_of(uint64_t pc)
{
    return (unsigned)((pc >> 1) ^ (pc >> (TB_HASH_BITS + 1))) & (TB_HASH_SIZE - 1);
}


/* fork from a multi-threaded guest: no other thread may hold tb_lock at the
 * fork, or the child (whose only thread is the forking one) would wait on it
 * forever. */
static void tb_lock_take(void) { pthread_mutex_lock(&tb_lock); }
static void tb_lock_give(void) { pthread_mutex_unlock(&tb_lock); }

void code_cache_init(size_t size)
{
    pthread_atfork(tb_lock_take, tb_lock_give, tb_lock_give);
    code_buf = mmap(NULL, size, PROT_READ | PROT_WRITE | PROT_EXEC,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (code_buf == MAP_FAILED)
        xrun_fatal(XRUN_EXIT_NOMEM, "cannot allocate a %zu MiB code cache", size >> 20);
    code_size = size;
    tb_max = size / 256;   /* blocks average well above 256 bytes of code */
    tb_pool = mmap(NULL, tb_max * sizeof(TB), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (tb_pool == MAP_FAILED)
        xrun_fatal(XRUN_EXIT_NOMEM, "cannot allocate the TB pool");
}

void code_cache_register_cpu(GuestCPU *cpu)
{
    pthread_mutex_lock(&tb_lock);
    if (ncpus < MAX_CPUS)
        cpus[ncpus++] = cpu;
    pthread_mutex_unlock(&tb_lock);
}

void code_cache_unregister_cpu(GuestCPU *cpu)
{
    pthread_mutex_lock(&tb_lock);
    for (unsigned i = 0; i < ncpus; i++) {
        if (cpus[i] == cpu) {
            cpus[i] = cpus[--ncpus];
            break;
        }
    }
    pthread_mutex_unlock(&tb_lock);
}

void code_cache_request_exit_all(void)
{
    pthread_mutex_lock(&tb_lock);
    for (unsigned i = 0; i < ncpus; i++)
        cpus[i]->exit_request = 1;
    pthread_mutex_unlock(&tb_lock);
}

void *code_cache_alloc(size_t size, size_t align)
{
    size_t start = (code_used + align - 1) & ~(align - 1);
    if (start + size > code_size)
        return NULL;
    code_used = start + size;
    return code_buf + start;
}

void *code_cache_alloc_permanent(size_t size)
{
    void *p = code_cache_alloc(size, 64);
    code_floor = code_used;
    return p;
}

void *code_cache_begin(size_t *avail)
{
    size_t start = (code_used + 15) & ~(size_t)15;
    if (start >= code_size)
        return NULL;
    code_used = start;
    *avail = code_size - start;
    return code_buf + start;
}

void code_cache_end(size_t used) { code_used += used; }

TB *tb_find_by_host_pc(uintptr_t host_pc)
{
    /* TBs are created in code-address order: binary search. */
    if (tb_count == 0 || host_pc < (uintptr_t)tb_pool[0].code)
        return NULL;
    size_t lo = 0, hi = tb_count;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if ((uintptr_t)tb_pool[mid].code <= host_pc)
            lo = mid;
        else
            hi = mid;
    }
    TB *tb = &tb_pool[lo];
    return host_pc < (uintptr_t)tb->code + tb->code_size ? tb : NULL;
}

uint64_t code_cache_generation(void) { return generation; }

void tr_stats_dump(FILE *f)
{
    uint64_t live = 0;
    pthread_mutex_lock(&tb_lock);
    for (unsigned i = 0; i < ncpus; i++)
        live += cpus[i]->insn_count;
    pthread_mutex_unlock(&tb_lock);
    stats_print(f, live);
}

static void flush_locked(void)
{
    tr_stats.flushes++;
    code_used = code_floor;
    tb_count = 0;
    memset(tb_hash, 0, sizeof(tb_hash));
    for (unsigned i = 0; i < ncpus; i++) {
        /* zero pages again (no other thread runs translated code now) */
        if (madvise(cpus[i]->jmp_cache, TB_JMP_CACHE_SIZE * sizeof(TB *), MADV_DONTNEED))
            memset(cpus[i]->jmp_cache, 0, TB_JMP_CACHE_SIZE * sizeof(TB *));
        cpus[i]->last_tb = NULL;
    }
    generation++;
}

static void tb_hash_remove(TB *tb)
{
    for (TB **p = &tb_hash[tb_hash_of(tb->pc)]; *p; p = &(*p)->hash_next) {
        if (*p == tb) {
            *p = tb->hash_next;
            return;
        }
    }
}

/*
 * A store to a page translations came from: drop those TBs only (a flush
 * of everything made JITs, which write next to code they just ran, retranslate
 * the whole program after each function they emit).  Dead TBs keep their
 * space until the next flush; the links into them are undone.
 */
void code_cache_invalidate(uint64_t start, uint64_t end)
{
    pthread_mutex_lock(&tb_lock);
    bool any = false;
    for (size_t i = 0; i < tb_count; i++) {
        TB *tb = &tb_pool[i];
        if (tb->dead || tb->end <= tb->pc || tb->end <= start || tb->pc >= end)
            continue;
        tb->dead = true;
        any = true;
        tb_hash_remove(tb);
        for (unsigned c = 0; c < ncpus; c++) {
            if (cpus[c]->jmp_cache[tb_jc_index(tb->pc)] == tb)
                cpus[c]->jmp_cache[tb_jc_index(tb->pc)] = NULL;
            if (cpus[c]->last_tb == tb)
                cpus[c]->last_tb = NULL;
        }
    }
    for (size_t i = 0; any && i < tb_count; i++) {
        TB *tb = &tb_pool[i];
        for (int s = 0; s < IR_MAX_SLOTS; s++) {
            if (tb->jmp_dest[s] && tb->jmp_dest[s]->dead)
                tr_opts.backend->unlink(tb, s);
        }
    }
    pthread_mutex_unlock(&tb_lock);
}

void code_cache_flush(void)
{
    pthread_mutex_lock(&tb_lock);
    flush_locked();
    pthread_mutex_unlock(&tb_lock);
}

TB *tb_lookup(GuestCPU *cpu, uint64_t pc)
{
    TB *tb = cpu->jmp_cache[tb_jc_index(pc)];
    if (tb && tb->pc == pc)
        return tb;
    for (tb = __atomic_load_n(&tb_hash[tb_hash_of(pc)], __ATOMIC_ACQUIRE); tb; tb = tb->hash_next) {
        if (tb->pc == pc) {
            cpu->jmp_cache[tb_jc_index(pc)] = tb;
            return tb;
        }
    }
    return NULL;
}

/*
 * The guest instructions translated, in translation order: one per
 * insn_start op (not [guest_pc, guest_end), which a block that followed a
 * branch does not match), with "  -> 0x..." where translation jumped.
 * A block that read no guest code (a native-bypass thunk: guest_end ==
 * guest_pc) lists none.
 */
static void log_in_asm(GuestCPU *cpu, const IRBlock *b)
{
    log_printf("----------------\nIN:\n");
    char buf[128];
    uint64_t next = b->guest_pc;
    for (uint32_t i = 0; i < b->nops && b->guest_end != b->guest_pc; i++) {
        if (b->ops[i].opc != IR_insn_start)
            continue;
        uint64_t pc = b->ops[i].args[0];
        if (pc != next)
            log_printf("  -> 0x%016" PRIx64 "\n", pc);
        unsigned len = cpu->arch->disas(cpu, pc, buf, sizeof(buf));
        log_printf("0x%016" PRIx64 ":  %s\n", pc, buf);
        next = pc + (len ? len : cpu->arch->insn_align);
    }
    log_printf("\n");
}

static void log_block(GuestCPU *cpu, const IRBlock *b)
{
    if (log_enabled(LOG_IN_ASM))
        log_in_asm(cpu, b);
    if (log_enabled(LOG_OP)) {
        log_printf("OP:\n");
        ir_dump(b, log_file ? log_file : stderr);
        log_printf("\n");
    }
}

static __thread IRBlock *tls_block;

/* A guest thread's IR scratch block goes with its host thread (10,000
 * short-lived threads must not leave 10,000 blocks behind). */
static pthread_key_t block_key;
static pthread_once_t block_key_once = PTHREAD_ONCE_INIT;

static void block_free(void *p)
{
    ir_block_free(p);
    free(p);
}

static void block_key_init(void) { pthread_key_create(&block_key, block_free); }

static IRBlock *translate_ir(GuestCPU *cpu, uint64_t pc, unsigned max_insns, bool hooks)
{
    const GuestArch *arch = cpu->arch;
    if (!tls_block) {
        tls_block = malloc(sizeof(IRBlock));
        if (!tls_block)
            xrun_fatal(XRUN_EXIT_NOMEM, "out of memory");
        ir_block_init(tls_block, arch->globals, arch->nglobals, arch->cpu_size);
        pthread_once(&block_key_once, block_key_init);
        pthread_setspecific(block_key, tls_block);
    }
    IRBlock *b = tls_block;
    ir_block_reset(b, pc);
    if (tr_opts.count_insns || max_insns <= 1)
        b->max_side = 0;            /* counting adds a block's insns at its entry */
    /* a native-bypass thunk replaces a hooked routine (never for a one-off block) */
    if (!hooks || !bypass_translate(cpu, b, pc))
        arch->translate(cpu, b, max_insns);
    log_block(cpu, b);
    if (tr_opts.optimize) {
        ir_optimize(b);
        if (log_enabled(LOG_OP_OPT)) {
            log_printf("OP after optimization:\n");
            ir_dump(b, log_file ? log_file : stderr);
            log_printf("\n");
        }
    }
    return b;
}

/* Write-protect the pages the block's code came from (SMC detection). */
static void protect_pages(const IRBlock *b)
{
    if (!tr_opts.protect_code_page || b->guest_end <= b->guest_pc)
        return;
    for (uint64_t pg = b->guest_pc & ~4095ull; pg < b->guest_end; pg += 4096)
        tr_opts.protect_code_page(pg);
}

TB *tb_translate(GuestCPU *cpu, uint64_t pc)
{
    uint64_t t0 = stats_now();
    IRBlock *b = translate_ir(cpu, pc, tr_opts.max_insns, true);

    pthread_mutex_lock(&tb_lock);
    /* Another thread may have translated it meanwhile. */
    for (TB *t = tb_hash[tb_hash_of(pc)]; t; t = t->hash_next) {
        if (t->pc == pc) {
            pthread_mutex_unlock(&tb_lock);
            cpu->jmp_cache[tb_jc_index(pc)] = t;
            return t;
        }
    }
    for (int attempt = 0;; attempt++) {
        if (tb_count < tb_max) {
            TB *tb = &tb_pool[tb_count];
            memset(tb, 0, sizeof(*tb));
            tb->pc = pc;
            tb->end = b->guest_end;
            tb->ninsns = b->ninsns;
            if (tr_opts.backend->gen_code(tb, b)) {
                tb_count++;
                stats_block(tb, b, t0);
                if (tr_opts.perfmap)
                    fprintf(tr_opts.perfmap, "%" PRIxPTR " %x xrun:%s:0x%" PRIx64 "\n",
                            (uintptr_t)tb->code, tb->code_size, cpu->arch->name, pc);
                /* before the TB is visible: a store racing with this must fault */
                protect_pages(b);
                unsigned h = tb_hash_of(pc);
                tb->hash_next = tb_hash[h];
                __atomic_store_n(&tb_hash[h], tb, __ATOMIC_RELEASE);
                cpu->jmp_cache[tb_jc_index(pc)] = tb;
                pthread_mutex_unlock(&tb_lock);
                return tb;
            }
        }
        if (attempt)
            xrun_fatal(XRUN_EXIT_INTERNAL, "block at 0x%" PRIx64 " does not fit in the code cache", pc);
        if (cpu_is_multi_threaded()) {
            /* other threads may be running cached code: the loop flushes */
            pthread_mutex_unlock(&tb_lock);
            return NULL;
        }
        flush_locked();
    }
}

TB *tb_translate_once(GuestCPU *cpu, uint64_t pc)
{
    IRBlock *b = translate_ir(cpu, pc, 1, false);
    pthread_mutex_lock(&tb_lock);
    TB *tb = NULL;
    if (tb_count < tb_max) {
        tb = &tb_pool[tb_count];
        memset(tb, 0, sizeof(*tb));
        tb->pc = pc;
        tb->end = b->guest_end;
        tb->ninsns = b->ninsns;
        if (tr_opts.backend->gen_code(tb, b))
            tb_count++;        /* in the pool (for pc recovery) but never looked up */
        else
            tb = NULL;
    }
    pthread_mutex_unlock(&tb_lock);
    return tb;
}
