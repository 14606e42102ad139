/*
 * IR snippets every frontend needs at the edges of a block, written once:
 * an illegal instruction, an instruction that cannot be fetched, a
 * synchronous guest signal, and the one-page stand-in for the vDSO's
 * sigreturn trampoline.  pc_global is the frontend's IR global for the pc.
 */
#ifndef XRUN_TRANSLATOR_GEN_H
#define XRUN_TRANSLATOR_GEN_H

#include <stddef.h>
#include <stdint.h>

#include "translator/ir.h"

/* Register the helpers below (idempotent; call from the arch's init). */
void gen_common_init(void);
/* SIGILL at pc: exc_insn = insn, then IR_EXIT_ILLEGAL. */
void gen_illegal_insn(IRBlock *b, IRTemp pc_global, uint64_t pc, uint32_t insn);
/* The block's first instruction at pc cannot be fetched (the first bad byte
 * is at bad): insn_start, then IR_EXIT_FAULT with SIGSEGV at bad. */
void gen_fetch_fault(IRBlock *b, IRTemp pc_global, uint64_t pc, uint64_t bad);
/* Guest signal sig (si_code code, si_addr addr) at pc: IR_EXIT_SIGNAL. */
void gen_guest_signal(IRBlock *b, IRTemp pc_global, uint64_t pc, int sig, int code, uint64_t addr);
/*
 * Map (once per *page, a static of the caller) a read-only executable guest
 * page holding `len` bytes of code; returns its address, or 0 when the
 * guest space has no room.
 */
uint64_t gen_map_trampoline(uint64_t *page, const void *code, size_t len);

#endif
