/* AdvSIMD test macros on top of test.h.  V registers are set and checked
 * through memory with ldst instructions only (STP/LDR Q, STR Q/LDP), so a
 * check never depends on the instructions under test; every check covers
 * all 128 bits.  Clobbers x0, x1 and 16 bytes below sp (restored). */
#include "test.h"

/* Armv8.3-A (RDM, FCMA) with PMULL 1Q and crypto, SDOT/UDOT (DotProd), FP16, FHM, I8MM, SHA3 */
    .arch armv8.3-a
    .arch_extension crc
    .arch_extension lse
    .arch_extension crypto
    .arch_extension dotprod
    .arch_extension fp16
    .arch_extension fp16fml
    .arch_extension i8mm
    .arch_extension sha3

/* v<r> := hi:lo */
#define VSET(r, lo, hi)                     \
    ldr x0, =lo; ldr x1, =hi;               \
    stp x0, x1, [sp, -16]!;                 \
    ldr q##r, [sp], 16

/* v<r> must equal hi:lo */
#define VCHECK(n, r, lo, hi)                \
    str q##r, [sp, -16]!;                   \
    ldp x0, x1, [sp], 16;                   \
    CHECK_EQ_T(n, vlo, x0, lo);              \
    CHECK_EQ_T(n, vhi, x1, hi)

/* Test n: run code, then v<r> must equal hi:lo. */
#define VTEST(n, r, lo, hi, code...)        \
test_##n:                                   \
    mov x19, n;                             \
    code;                                   \
    VCHECK(n, r, lo, hi)

#ifdef VTEST_NO_FPSR
/* (for running before MRS/MSR FPSR exist: QC is not checked) */
#define VTESTQ(n, r, lo, hi, qc, code...) VTEST(n, r, lo, hi, code)
#else
/* Test n: clear FPSR, run code, then v<r> == hi:lo and FPSR.QC == qc (0 or 1). */
#define VTESTQ(n, r, lo, hi, qc, code...)   \
test_##n:                                   \
    mov x19, n;                             \
    msr fpsr, xzr;                          \
    code;                                   \
    VCHECK(n, r, lo, hi);                   \
    mrs x0, fpsr; ubfx x0, x0, 27, 1;       \
    CHECK_EQ_T(n, vqc, x0, qc)
#endif

/* Test n: FPCR := xfpcr, FPSR := 0, run code; v<r> == hi:lo and FPSR == xfpsr;
 * FPCR is reset to 0 afterwards. */
#define VTESTF(n, r, lo, hi, xfpcr, xfpsr, code...) \
test_##n:                                   \
    mov x19, n;                             \
    ldr x0, =xfpcr; msr fpcr, x0;            \
    msr fpsr, xzr;                          \
    code;                                   \
    mrs x2, fpsr; msr fpcr, xzr;            \
    VCHECK(n, r, lo, hi);                   \
    CHECK_EQ_T(n, vfpsr, x2, xfpsr)
