/* The dynamic rounding mode after translation assumed RNE: the same
 * translated code must follow frm once the guest changes it (the first
 * non-RNE write switches xrun to run-time mode checks and drops every
 * translation), and again after frm returns to RNE. */
#include "test.h"

TEST_BEGIN
    /* 1/3 = 0x3fd5555555555555 + 1/3 ulp: RNE and RDN round down, RUP up */
    li s9, 2
    call third
    li s11, 0x3fd5555555555555
    mv s10, a0
    bne s10, s11, fail
    li s9, 3
    fsrmi 3                       /* RUP */
    call third
    li s11, 0x3fd5555555555556
    mv s10, a0
    bne s10, s11, fail
    li s9, 4
    fsrmi 0                       /* back to RNE */
    call third
    li s11, 0x3fd5555555555555
    mv s10, a0
    bne s10, s11, fail
    li s9, 5
    li t0, 0x60                   /* fcsr: frm = RUP (3), no flags */
    csrw fcsr, t0
    call third
    li s11, 0x3fd5555555555556
    mv s10, a0
    bne s10, s11, fail
    fsrmi 0
    j pass

/* a0 = bits of 1.0 / 3.0 with the dynamic rounding mode */
third:
    li t0, 1
    fcvt.d.l f0, t0
    li t0, 3
    fcvt.d.l f1, t0
    fdiv.d f2, f0, f1, dyn
    fmv.x.d a0, f2
    ret

TEST_END
