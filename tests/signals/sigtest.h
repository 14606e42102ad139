/*
 * Arch glue for the signal tests: the ucontext fields they read or change,
 * per architecture (x86_64 for the native oracle run, aarch64, riscv64).
 * Everything printed by the tests is arch-neutral.
 */
#ifndef SIGTEST_H
#define SIGTEST_H

#include <stdint.h>
#include <ucontext.h>

#if defined(__x86_64__)
#define UC_PC(uc) ((uc)->uc_mcontext.gregs[REG_RIP])
#define UC_SP(uc) ((uc)->uc_mcontext.gregs[REG_RSP])
#define UC_ARG0(uc) ((uc)->uc_mcontext.gregs[REG_RDI])
#define UC_SAVED(uc) ((uc)->uc_mcontext.gregs[REG_RBX])   /* a callee-saved register */
#define TRAP_INSN "int3"
#define TRAP_LEN_AFTER 1          /* the pc reported is after int3 */
#define ILL_INSN "ud2"
#define ILL_LEN 2
#define ILL_EXPECT_CODE ILL_ILLOPN
#elif defined(__aarch64__)
#define UC_PC(uc) ((uc)->uc_mcontext.pc)
#define UC_SP(uc) ((uc)->uc_mcontext.sp)
#define UC_ARG0(uc) ((uc)->uc_mcontext.regs[0])
#define UC_SAVED(uc) ((uc)->uc_mcontext.regs[19])
#define TRAP_INSN "brk #0"
#define TRAP_LEN_AFTER 0
#define ILL_INSN ".inst 0x00000000"   /* udf #0 */
#define ILL_LEN 4
#define ILL_EXPECT_CODE ILL_ILLOPC
#elif defined(__riscv)
#define UC_PC(uc) ((uc)->uc_mcontext.__gregs[0])
#define UC_SP(uc) ((uc)->uc_mcontext.__gregs[2])
#define UC_ARG0(uc) ((uc)->uc_mcontext.__gregs[10])
#define UC_SAVED(uc) ((uc)->uc_mcontext.__gregs[9])         /* s1 */
#define TRAP_INSN ".option push\n.option norvc\nebreak\n.option pop"
#define TRAP_LEN_AFTER 0
#define ILL_INSN ".4byte 0"
#define ILL_LEN 4
#define ILL_EXPECT_CODE ILL_ILLOPC
#else
#error "unsupported architecture"
#endif

#define TRAP_LEN 4                /* brk, ebreak (norvc); x86 int3 is skipped by the cpu */

#endif
