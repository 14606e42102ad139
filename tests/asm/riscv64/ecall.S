/* ecall: Linux syscall convention (a7 = number, a0-a5 args, a0 = result or -errno). */
#include "test.h"

#define SYS_getpid 172
#define SYS_close 57

TEST_BEGIN

/* write returns the byte count; zero-length write returns 0 */
TEST_CASE(2, a0, 6, li a0, 1; lla a1, msg; li a2, 6; li a7, SYS_write; ecall)
TEST_CASE(3, a0, 0, li a0, 1; lla a1, msg; li a2, 0; li a7, SYS_write; ecall)
/* bad fd -> -EBADF */
TEST_CASE(4, a0, -9, li a0, -1; lla a1, msg; li a2, 1; li a7, SYS_write; ecall)
TEST_CASE(5, a0, -9, li a0, 1000; li a7, SYS_close; ecall)
/* unknown syscall -> -ENOSYS */
TEST_CASE(6, a0, -38, li a7, 4000; ecall)
/* getpid is positive; registers other than a0 are preserved by ecall */
test_7:
    li s9, 7
    li a1, 0x1111
    li a2, 0x2222
    li t0, 0x3333
    li s0, 0x4444
    li a7, SYS_getpid
    ecall
    sgt a3, a0, zero
    CHECK_EQ(7, a3, 1)
    CHECK_EQ(8, a1, 0x1111)
    CHECK_EQ(9, a2, 0x2222)
    CHECK_EQ(10, t0, 0x3333)
    CHECK_EQ(11, s0, 0x4444)
    CHECK_EQ(12, a7, SYS_getpid)

    j pass

    .section .rodata
msg: .ascii "ecall\n"
    .text
TEST_END
