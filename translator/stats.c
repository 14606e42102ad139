/*
 * Translator statistics: the counters behind `-d stats` and the printout
 * bench/run parses (one "xrun stats: NAME VALUE" line per figure, so both a
 * person and a regular expression can read it).
 */
#include <time.h>

#include "translator/stats.h"

TrStats tr_stats;

uint64_t stats_now(void)
{
    if (!tr_stats.on)
        return 0;
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);   /* CPU time: a busy machine does not inflate it */
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void stats_block(const TB *tb, const IRBlock *b, uint64_t t0)
{
    tr_stats.blocks++;
    tr_stats.insns_translated += b->ninsns;
    tr_stats.code_bytes += tb->code_size;
    if (!tr_stats.on)
        return;
    tr_stats.translate_ns += stats_now() - t0;
    for (uint32_t i = 0; i < b->nops; i++)
        tr_stats.helper_sites += b->ops[i].opc == IR_call;
}

static const char *const exit_names[TR_STATS_NEXITS] = {
    [IR_EXIT_NEXT] = "next", [IR_EXIT_SYSCALL] = "syscall", [IR_EXIT_ILLEGAL] = "illegal",
    [IR_EXIT_BREAKPOINT] = "breakpoint", [IR_EXIT_FAULT] = "fault", [IR_EXIT_FLUSH] = "flush",
    [IR_EXIT_SIGNAL] = "signal", [IR_EXIT_INTERRUPT] = "interrupt",
};

static void line(FILE *f, const char *name, uint64_t v, const char *what)
{
    fprintf(f, "xrun stats: %-22s %12llu  %s\n", name, (unsigned long long)v, what);
}

void stats_print(FILE *f, uint64_t live_insns)
{
    const TrStats *s = &tr_stats;
    line(f, "blocks", s->blocks, "blocks translated");
    line(f, "insns_translated", s->insns_translated, "guest instructions in them");
    line(f, "code_bytes", s->code_bytes, "host code bytes emitted");
    line(f, "flushes", s->flushes, "code cache flushes");
    line(f, "translate_us", s->translate_ns / 1000, "CPU time spent translating (microseconds)");
    line(f, "helper_sites", s->helper_sites, "helper calls in translated code");
    line(f, "dispatches", s->dispatches, "blocks entered through the dispatcher's lookup");
    line(f, "unlinked_exits", s->unlinked_exits, "...of which through a goto_tb slot (chained after)");
    for (int i = 1; i < TR_STATS_NEXITS; i++) {
        char name[32];
        snprintf(name, sizeof(name), "exit_%s", exit_names[i]);
        if (s->exits[i])
            line(f, name, s->exits[i], "returns to the cpu loop with this exit");
    }
    if (!tr_opts.count_insns)
        return;
    line(f, "guest_insns", s->guest_insns + live_insns, "guest instructions executed (-count-insns)");
    line(f, "tb_entries", s->tb_entries, "block entries (-count-insns)");
    line(f, "helper_calls", s->helper_calls, "helper calls executed (-count-insns)");
    uint64_t chained = s->tb_entries > s->dispatches ? s->tb_entries - s->dispatches : 0;
    line(f, "chained_entries", chained, "entries by chaining or inline lookup, not the dispatcher");
}
