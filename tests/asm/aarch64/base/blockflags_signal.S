/* NZCV and registers in signal frames where the translator works across
 * block boundaries: a BRK right after B.cond instructions that start a block
 * (the flags' form is unknown there and is tested at run time), and guest
 * faults (SIGSEGV on a load from address 0) after branches the translator
 * follows inside one block (B, BL, a backward CBNZ).  The handlers record
 * pstate, pc and x3 from the sigcontext and step pc over the faulting
 * instruction.
 * Expected NZCV from the Arm ARM AddWithCarry: 7 - 9 = N; 5 - 5 = Z C;
 * INT64_MAX + 1 (ADDS) = N V; 0 + 0 (ADDS) = Z; 1 - 0 = C. */
#include "test.h"

#define SIGSEGV 11
#define SIGTRAP 5
#define SA_SIGINFO 4
#define SA_RESTORER 0x04000000
#define SYS_rt_sigaction 134
#define SYS_rt_sigreturn 139
#define SC 176                   /* uc_mcontext in the ucontext */

/* handler `h` for signal `sig` */
#define SIGACTION(sig, h)       \
    adr x1, act;                \
    adr x2, h;                  \
    str x2, [x1];               \
    ldr x2, =SA_SIGINFO | SA_RESTORER; \
    str x2, [x1, 8];            \
    adr x2, restorer;           \
    str x2, [x1, 16];           \
    str xzr, [x1, 24];          \
    mov x0, sig;                \
    mov x2, 0;                  \
    mov x3, 8;                  \
    mov x8, SYS_rt_sigaction;   \
    svc 0

/* what the handler saw: pstate, pc - `at`, x3 */
#define CHECK_SEEN(n, flags, at, x3val) \
    adr x5, seen;               \
    ldr x24, [x5];              \
    ldr x25, [x5, 8];           \
    adr x26, at;                \
    sub x25, x25, x26;          \
    ldr x26, [x5, 16];          \
    CHECK_EQ_T(n, pstate, x24, flags) \
    CHECK_EQ_T(n, pc, x25, 0)   \
    CHECK_EQ_T(n, x3, x26, x3val)

TEST_BEGIN
    SIGACTION(SIGTRAP, handler)
    TEST_CASE(1, x0, 0, )
    SIGACTION(SIGSEGV, handler)
    TEST_CASE(2, x0, 0, )
    mov x10, 0                      /* the faulting address */

test_3:     /* lazy form (CMP), two B.cond not taken at a block start, BRK */
    mov x19, 3
    mov x3, 7
    mov x4, 9
    cmp x3, x4
    adr x9, 1f
    br x9
1:  b.eq fail
    b.ge fail
trap3:
    brk 0
    cset x6, lt
    CHECK_SEEN(3, 0x80000000, trap3, 7)
    CHECK_EQ_T(3, lt, x6, 1)

test_4:     /* word form (ADDS), B.cond not taken at a block start, BRK */
    mov x19, 4
    ldr x3, =0x7fffffffffffffff
    adds x4, x3, 1
    mov x3, 4
    adr x9, 1f
    br x9
1:  b.vc fail
    b.pl fail
trap4:
    brk 0
    cset x6, vs
    CHECK_SEEN(4, 0x90000000, trap4, 4)
    CHECK_EQ_T(4, vs, x6, 1)

test_5:     /* B.cond taken at a block start, then a fault in the next block */
    mov x19, 5
    mov x3, 5
    cmp x3, 5
    adr x9, 1f
    br x9
1:  b.eq 2f
    b fail
2:  add x3, x3, 1
fault5:
    ldr x4, [x10]
    cset x6, eq
    CHECK_SEEN(5, 0x60000000, fault5, 6)
    CHECK_EQ_T(5, eq, x6, 1)

test_6:     /* a fault after followed B forward and backward, lazy flags */
    mov x19, 6
    mov x3, 7
    cmp x3, 9
    b 2f
1:  add x3, x3, 10
fault6:
    ldr x4, [x10]
    b 3f
2:  add x3, x3, 1
    b 1b
3:  cset x6, lo
    CHECK_SEEN(6, 0x80000000, fault6, 18)
    CHECK_EQ_T(6, lo, x6, 1)

test_7:     /* a fault in a function reached by a followed BL, word flags */
    mov x19, 7
    mov x3, 0
    adds x4, x3, x3
    bl fn7
    cset x6, eq
    CHECK_SEEN(7, 0x40000000, fault7, 1)
    CHECK_EQ_T(7, eq, x6, 1)

test_8:     /* a fault in code reached by a followed backward CBNZ */
    mov x19, 8
    mov x3, 1
    b 2f
1:  add x3, x3, 2
fault8:
    ldr x4, [x10]
    b 3f
2:  cmp x3, 0
    adr x9, 4f
    br x9
4:  cbnz x3, 1b
    b fail
3:  cset x6, hs
    CHECK_SEEN(8, 0x20000000, fault8, 3)
    CHECK_EQ_T(8, hs, x6, 1)
    b pass

fn7:
    add x3, x3, 1
fault7:
    ldr x4, [x10]
    ret

/* x0 = signo, x1 = &siginfo, x2 = &ucontext: record, step over the insn */
handler:
    add x7, x2, SC
    adr x5, seen
    ldr x6, [x7, 272]               /* pstate */
    str x6, [x5]
    ldr x6, [x7, 264]               /* pc */
    str x6, [x5, 8]
    ldr x6, [x7, 8 + 3 * 8]         /* regs[3] */
    str x6, [x5, 16]
    ldr x6, [x7, 264]
    add x6, x6, 4
    str x6, [x7, 264]
    ret
restorer:
    mov x8, SYS_rt_sigreturn
    svc 0

TEST_END

    .data
    .balign 8
act:  .skip 32
seen: .skip 24
