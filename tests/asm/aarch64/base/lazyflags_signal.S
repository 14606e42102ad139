/* NZCV in a signal frame when the flags were last set by a compare (which
 * xrun keeps lazily as its operands): a SIGTRAP handler records
 * sigcontext.pstate after CMP (64- and 32-bit) and CMN, and only steps pc over
 * the BRK; after rt_sigreturn the conditions must still see the same flags.
 * Expected NZCV from the Arm ARM AddWithCarry: 0 - 1 (64) = N; 0x7fffffff -
 * 0xffffffff (32) = N V; INT64_MAX + 1 (CMN) = N V; 5 - 5 = Z C. */
#include "test.h"

#define SIGTRAP 5
#define SA_SIGINFO 4
#define SA_RESTORER 0x04000000
#define SYS_rt_sigaction 134
#define SYS_rt_sigreturn 139
#define SC 176                   /* uc_mcontext in the ucontext */

/* flags from `code`, a BRK, then: x24 = pstate the handler saw, x25 = NZCV
 * after the return, x26 = 1 when `cond` holds after the return */
#define SIGCASE(n, flags, cond, code...) \
test_##n:                       \
    mov x19, n;                 \
    code;                       \
    brk 0;                      \
    mrs x25, nzcv;              \
    cset x26, cond;             \
    adr x5, seen;               \
    ldr x24, [x5];              \
    CHECK_EQ_T(n, frame, x24, flags) \
    CHECK_EQ_T(n, after, x25, flags) \
    CHECK_EQ_T(n, cond, x26, 1)

TEST_BEGIN
    adr x1, act
    adr x2, trap_handler
    str x2, [x1]
    ldr x2, =SA_SIGINFO | SA_RESTORER
    str x2, [x1, 8]
    adr x2, restorer
    str x2, [x1, 16]
    str xzr, [x1, 24]
    mov x0, SIGTRAP
    mov x2, 0
    mov x3, 8
    mov x8, SYS_rt_sigaction
    svc 0
    TEST_CASE(1, x0, 0, )

    SIGCASE(2, 0x80000000, lt, mov x1, 0; mov x2, 1; cmp x1, x2)
    SIGCASE(3, 0x90000000, mi, ldr x1, =0x7fffffff; ldr x2, =0xffffffff; cmp w1, w2)
    SIGCASE(4, 0x90000000, vs, ldr x1, =0x7fffffffffffffff; cmn x1, 1)
    SIGCASE(5, 0x60000000, hs, mov x1, 5; cmp x1, 5)
    SIGCASE(6, 0x20000000, hi, mov x1, 5; mov x2, 3; cmp x1, x2; b 1f; 1:)
    b pass

trap_handler:
    add x7, x2, SC
    ldr x6, [x7, 272]               /* pstate */
    adr x5, seen
    str x6, [x5]
    ldr x6, [x7, 264]               /* pc: step over the BRK */
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
seen: .skip 8
