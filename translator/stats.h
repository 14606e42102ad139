/*
 * Translator statistics for `-d stats` (printed at exit) and guest
 * instruction counting (`-count-insns`), for bench/ and for anyone asking
 * where the time goes.
 *
 * Every hook in other files is one line.  With -d stats off the hooks are an
 * untaken branch in C code that runs once per translation or per dispatcher
 * round trip, never in translated code; the block-entry and helper-call
 * counters are emitted into translated code (and counted by the
 * interpreter) only with -count-insns.  Counters are not atomic: with
 * several guest threads they are approximate.
 */
#ifndef XRUN_TRANSLATOR_STATS_H
#define XRUN_TRANSLATOR_STATS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "translator/translator.h"

#define TR_STATS_NEXITS (IR_EXIT_INTERRUPT + 1)

typedef struct TrStats {
    bool on;                    /* -d stats: collect what costs anything */
    /* always counted (once per translation) */
    uint64_t blocks;            /* blocks translated */
    uint64_t insns_translated;  /* guest instructions in them */
    uint64_t code_bytes;        /* host code (or bytecode) bytes emitted */
    uint64_t flushes;           /* code cache flushes */
    /* with `on` */
    uint64_t translate_ns;      /* frontend + optimizer + backend time */
    uint64_t helper_sites;      /* helper calls (IR call ops) in translated blocks */
    uint64_t dispatches;        /* blocks entered from the C dispatcher (looked up) */
    uint64_t unlinked_exits;    /* ...of which left through a goto_tb slot (then chained) */
    uint64_t exits[TR_STATS_NEXITS];   /* returns to the cpu loop, by exit code */
    /* with -count-insns (tr_opts.count_insns) */
    uint64_t tb_entries;        /* every block entry: chained, inline lookups, dispatched */
    uint64_t guest_insns;       /* executed by CPUs already destroyed */
    uint64_t helper_calls;      /* IR call helpers executed */
} TrStats;
extern TrStats tr_stats;

/* A start time for stats_block (0 when stats are off). */
uint64_t stats_now(void);
/* A block was translated into tb (t0 from stats_now before translating). */
void stats_block(const TB *tb, const IRBlock *b, uint64_t t0);
/* The dispatcher is about to enter a block it looked up. */
static inline void stats_dispatch(const GuestCPU *cpu)
{
    tr_stats.dispatches++;
    tr_stats.unlinked_exits += cpu->last_tb && cpu->last_slot >= 0;
}
/* Print everything; live_insns: guest insns counted by CPUs still alive. */
void stats_print(FILE *f, uint64_t live_insns);

#endif
