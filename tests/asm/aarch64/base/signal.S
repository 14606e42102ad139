/* Signal frames: a SIGTRAP handler (SA_SIGINFO|SA_RESTORER) inspects the
 * rt_sigframe of a BRK (x0/x1/x2/x29/x30, siginfo, sigcontext regs/sp/pc/
 * pstate, the fpsimd_context record and the terminating record, the frame
 * record), edits pc, x10 and NZCV and clobbers V0 for rt_sigreturn to restore.  A SIGILL
 * handler without SA_RESTORER (the kernel's sigreturn trampoline) counts
 * reserved and unallocated encodings. */
#include "test.h"

#define SIGILL 4
#define SIGTRAP 5
#define SA_SIGINFO 4
#define SA_RESTORER 0x04000000
#define SYS_rt_sigaction 134
#define SYS_rt_sigreturn 139
#define SC 176                   /* uc_mcontext in the ucontext */

TEST_BEGIN
    /* rt_sigaction(SIGTRAP, {trap_handler, SA_SIGINFO|SA_RESTORER, restorer, 0}) */
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

    /* state the handler checks */
    ldr x10, =0x1111
    ldr x28, =0x2828
    ldr x29, =0x2929
    ldr x30, =0x3030
    adr x5, vpat
    ldr q0, [x5]
    ldr x4, =0x90000000
    msr nzcv, x4
    mov x27, sp
brkpt:
    brk 0
    mrs x26, nzcv
    mov x25, x30
    adr x5, vout
    str q0, [x5]

    TEST_CASE(2, x10, 0x5555, )
    TEST_CASE(3, x26, 0x60000000, )
    TEST_CASE(4, x28, 0x2828, )
    TEST_CASE(5, x25, 0x3030, )
    adr x5, vout
    ldr x0, [x5]
    ldr x1, [x5, 8]
    TEST_CASE(6, x0, 0x1122334455667788, )  /* V0 restored from the frame */
    TEST_CASE(7, x1, 0x99aabbccddeeff00, )
    mov x0, sp
    sub x0, x0, x27
    TEST_CASE(8, x0, 0, )

    /* what the handler saw (seen[] below) */
    adr x5, seen
    ldr x0, [x5, 0]
    TEST_CASE(10, x0, SIGTRAP, )
    ldr x0, [x5, 8]
    TEST_CASE(11, x0, SIGTRAP, )
    ldr x0, [x5, 16]
    TEST_CASE(12, x0, 1, )                  /* TRAP_BRKPT */
    ldr x0, [x5, 24]
    adr x1, brkpt
    sub x0, x0, x1
    TEST_CASE(13, x0, 0, )                  /* sc.pc */
    ldr x0, [x5, 32]
    TEST_CASE(14, x0, 0x1111, )             /* sc.regs[10] */
    ldr x0, [x5, 40]
    TEST_CASE(15, x0, 0x2828, )
    ldr x0, [x5, 48]
    TEST_CASE(16, x0, 0x90000000, )         /* sc.pstate NZCV */
    ldr x0, [x5, 56]
    TEST_CASE(17, x0, 0x0000021046508001, ) /* fpsimd_context magic, size 528 */
    ldr x0, [x5, 64]
    TEST_CASE(18, x0, 0x1122334455667788, ) /* vregs[0] low */
    ldr x0, [x5, 72]
    ldr x1, =0x53564501                     /* qemu's max CPU adds an sve_context */
    cmp w0, w1
    csel w0, wzr, w0, eq
    TEST_CASE(19, x0, 0, )                  /* terminating record (or SVE's) */
    ldr x0, [x5, 80]
    sub x0, x0, x27
    TEST_CASE(20, x0, 0, )                  /* sc.sp */
    ldr x0, [x5, 88]
    adr x1, restorer
    sub x0, x0, x1
    TEST_CASE(21, x0, 0, )                  /* x30 = sa_restorer */
    ldr x0, [x5, 96]
    TEST_CASE(22, x0, 0x2929, )             /* frame record fp */
    ldr x0, [x5, 104]
    TEST_CASE(23, x0, 0x3030, )             /* frame record lr */
    ldr x0, [x5, 112]
    TEST_CASE(24, x0, 0, )                  /* x1 = &siginfo = x2 - 128 */
    ldr x0, [x5, 120]
    TEST_CASE(25, x0, 0, )                  /* sp 16-byte aligned */
    ldr x0, [x5, 128]
    TEST_CASE(26, x0, 0xffffffff, )         /* sc.fault_address untouched = 0 marker */

    /* SIGILL without SA_RESTORER: the handler skips the instruction and counts */
    adr x1, act
    adr x2, ill_handler
    str x2, [x1]
    mov x2, SA_SIGINFO
    str x2, [x1, 8]
    str xzr, [x1, 16]
    str xzr, [x1, 24]
    mov x0, SIGILL
    mov x2, 0
    mov x3, 8
    mov x8, SYS_rt_sigaction
    svc 0
    mov x23, 0                      /* count (the handler adds 1 via the frame) */
ill_first:
    udf 0
    .inst 0x9240fc00                /* AND (immediate) with an all-ones element: reserved */
    .inst 0x92000000 | (0x3f << 10) /* N=0 imms=111111: reserved */
    .inst 0x52c00000                /* MOVZ W with hw=2 */
    .inst 0x13400000                /* SBFM W with N=1 */
    .inst 0x93800000                /* EXTR X with N=0 */
    .inst 0x8bc00000                /* ADD (shifted register) with shift=11 */
    .inst 0x5ac00c00                /* REV X-form opcode with sf=0 */
    .inst 0x1ac04c00                /* CRC32X with sf=0 */
    .inst 0x9ac04000                /* CRC32B with sf=1 */
    .inst 0x8b2a1400                /* ADD (extended) with imm3=5 */
    hlt 0
    mrs x0, sctlr_el1               /* EL1 register */
ill_last:
    TEST_CASE(30, x23, 13, )
    adr x5, seen
    ldr x0, [x5, 136]
    cmp x0, 2                               /* qemu-user reports ILL_ILLOPN */
    csinc x0, x0, xzr, ne
    TEST_CASE(31, x0, 1, )                  /* ILL_ILLOPC as Linux sends it */
    ldr x0, [x5, 144]
    adr x1, ill_last - 4
    sub x0, x0, x1
    TEST_CASE(32, x0, 0, )                  /* si_addr of the last one */
    b pass

/* x0 = signo, x1 = &siginfo, x2 = &ucontext */
trap_handler:
    adr x5, seen
    str x0, [x5, 0]
    ldr w6, [x1]
    str x6, [x5, 8]
    ldr w6, [x1, 8]
    str x6, [x5, 16]
    add x7, x2, SC
    ldr x6, [x7, 8 + 31 * 8 + 8]    /* pc */
    str x6, [x5, 24]
    ldr x6, [x7, 8 + 10 * 8]
    str x6, [x5, 32]
    ldr x6, [x7, 8 + 28 * 8]
    str x6, [x5, 40]
    ldr x6, [x7, 272]               /* pstate */
    str x6, [x5, 48]
    ldr x6, [x7, 288]               /* __reserved[0]: magic, size */
    str x6, [x5, 56]
    ldr x6, [x7, 288 + 16]          /* vregs[0] low */
    str x6, [x5, 64]
    ldr x6, [x7, 288 + 528]         /* next record */
    str x6, [x5, 72]
    ldr x6, [x7, 256]               /* sp */
    str x6, [x5, 80]
    str x30, [x5, 88]
    ldr x6, [x29]
    str x6, [x5, 96]
    ldr x6, [x29, 8]
    str x6, [x5, 104]
    sub x6, x2, x1
    sub x6, x6, 128
    str x6, [x5, 112]
    mov x6, sp
    and x6, x6, 15
    str x6, [x5, 120]
    ldr x6, [x7, 0]
    mvn w6, w6
    str x6, [x5, 128]
    /* edits for rt_sigreturn */
    ldr x6, [x7, 264]
    add x6, x6, 4
    str x6, [x7, 264]
    ldr x6, =0x5555
    str x6, [x7, 8 + 10 * 8]
    ldr x6, =0x60000000
    str x6, [x7, 272]
    adr x6, vpat2
    ldr q0, [x6]                    /* clobbered: the frame restores it */
    mov x10, 0                      /* clobbered: the frame restores it */
    ret

ill_handler:
    add x7, x2, SC
    ldr x6, [x7, 264]
    add x6, x6, 4
    str x6, [x7, 264]
    ldr x6, [x7, 8 + 23 * 8]
    add x6, x6, 1
    str x6, [x7, 8 + 23 * 8]
    adr x5, seen
    ldr w6, [x1, 8]
    str x6, [x5, 136]
    ldr x6, [x1, 16]
    str x6, [x5, 144]
    ret

restorer:
    mov x8, SYS_rt_sigreturn
    svc 0
TEST_END
    .data
    .balign 16
vpat:  .quad 0x1122334455667788, 0x99aabbccddeeff00
vpat2: .quad 0xabcdef0123456789, 0x0102030405060708
vout:  .quad 0, 0
act:   .quad 0, 0, 0, 0
seen:  .skip 256
