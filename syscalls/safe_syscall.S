/*
 * A blocking host syscall that cannot miss a guest signal (x86_64 SysV).
 *
 * long safe_syscall_base(volatile int *pending, long nr, a1, a2, a3, a4, a5, a6)
 * returns the raw kernel result (-errno on failure), or -512 (the kernel's
 * ERESTARTSYS, which never reaches user space) when it did not enter it.
 *
 * The race it closes: a signal arriving after the C code checked for pending
 * signals but before the kernel starts waiting would only be noticed when the
 * wait ends, possibly never.  Here the check of *pending and the syscall
 * instruction are one routine; the host signal handler (sig_host_handler),
 * finding the interrupted pc in [safe_syscall_start, safe_syscall_insn),
 * moves it to safe_syscall_eintr.  So a signal either arrives before the
 * check (seen there) or inside the window (pc rewound): then, as natively
 * for a signal that comes before the syscall instruction, the handler runs
 * first and the call is made afterwards; or during the syscall (the kernel
 * answers EINTR: our host handlers have no SA_RESTART, and SA_RESTART of the
 * guest's decides); or after it (the result stands, the signal comes next).
 */
    .text
    .globl safe_syscall_base
    .globl safe_syscall_start
    .globl safe_syscall_insn
    .globl safe_syscall_eintr
    .type safe_syscall_base, @function
safe_syscall_base:
    .cfi_startproc
safe_syscall_start:
    cmpl $0, (%rdi)
    jnz safe_syscall_eintr
    movq %rsi, %rax             /* nr */
    movq %rdx, %rdi             /* a1 */
    movq %rcx, %rsi             /* a2 */
    movq %r8, %rdx              /* a3 */
    movq %r9, %r10              /* a4 */
    movq 8(%rsp), %r8           /* a5 */
    movq 16(%rsp), %r9          /* a6 */
safe_syscall_insn:
    syscall
    ret
safe_syscall_eintr:
    movq $-512, %rax            /* not entered: -ERESTARTSYS, see safe_syscall.h */
    ret
    .cfi_endproc
    .size safe_syscall_base, .-safe_syscall_base

    .section .note.GNU-stack, "", @progbits
