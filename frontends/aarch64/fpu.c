/*
 * aarch64 floating point: the FPSR accrued-flag plumbing (the exact FP
 * model and its helpers are added here by the FP group).
 */
#include "internal.h"
#include "translator/hostfp.h"

/* host FPX_* flags to FPSR cumulative bits */
static uint64_t fpx_to_fpsr(uint32_t x)
{
    return (x & FPX_INVALID ? A64_FPSR_IOC : 0) | (x & FPX_DIVZERO ? A64_FPSR_DZC : 0) |
           (x & FPX_OVERFLOW ? A64_FPSR_OFC : 0) | (x & FPX_UNDERFLOW ? A64_FPSR_UFC : 0) |
           (x & FPX_INEXACT ? A64_FPSR_IXC : 0);
}

uint64_t a64_fpsr_read(A64CPU *cpu)
{
    cpu->fpsr |= fpx_to_fpsr(hostfp_take());
    return cpu->fpsr;
}

/* Writable bits: the cumulative flags and QC (NZCV bits of AArch32 read as 0). */
void a64_fpsr_write(A64CPU *cpu, uint64_t v)
{
    hostfp_take();
    cpu->fpsr = v & (A64_FPSR_IOC | A64_FPSR_DZC | A64_FPSR_OFC | A64_FPSR_UFC |
                     A64_FPSR_IXC | A64_FPSR_IDC | A64_FPSR_QC);
}
