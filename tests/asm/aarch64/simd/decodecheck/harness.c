/* Decode-validity harness for check.py: the decoder generated from
 * a64-simd.decode with every trans_* replaced by simd.c's translate-time
 * validation (a64_simd_exec with cpu == NULL).  Reads hex encodings on
 * stdin, prints 1 (accepted) or 0 (SIGILL) per line. */
#include <stdio.h>
#include <stdlib.h>
#include "internal.h"
#include "fpu.h"
#include "simd.h"
#define T(name, cls) static bool trans_##name(DisasContext *ctx, void *a) { (void)a; return a64_simd_exec(NULL, cls, ctx->insn); }
T(simd_3same, SIMD_3SAME) T(simd_s3same, SIMD_3SAME) T(simd_3diff, SIMD_3DIFF) T(simd_s3diff, SIMD_3DIFF)
T(simd_2misc, SIMD_2MISC) T(simd_s2misc, SIMD_2MISC) T(simd_across, SIMD_ACROSS) T(simd_spair, SIMD_ACROSS)
T(simd_copy, SIMD_COPY) T(simd_scopy, SIMD_COPY) T(simd_perm, SIMD_PERM) T(simd_ext, SIMD_EXT) T(simd_tbl, SIMD_TBL)
T(simd_modimm, SIMD_MODIMM) T(simd_shift, SIMD_SHIFT) T(simd_sshift, SIMD_SHIFT) T(simd_elem, SIMD_ELEM)
T(simd_selem, SIMD_ELEM) T(simd_3ext, SIMD_3EXT) T(simd_s3ext, SIMD_3EXT) T(simd_3samefp16, SIMD_FP16_3SAME) T(simd_s3samefp16, SIMD_FP16_3SAME) T(simd_2miscfp16, SIMD_FP16_2MISC) T(simd_s2miscfp16, SIMD_FP16_2MISC) T(simd_eor3bcax, SIMD_SHA3X) T(simd_rax1, SIMD_SHA3X) T(simd_xar, SIMD_SHA3X) T(simd_sha512su0, SIMD_SHA3X) T(simd_aes, SIMD_AES) T(simd_sha3, SIMD_SHA3) T(simd_sha2, SIMD_SHA2)
#include "dec.c.inc"
/* stubs: the validator never calls the FP model */
uint64_t a64_fp_binop(A64CPU *c, unsigned o, unsigned e, uint64_t a, uint64_t b, uint64_t f) { (void)c;(void)o;(void)e;(void)a;(void)b;(void)f; return 0; }
uint64_t a64_fp_muladd(A64CPU *c, unsigned e, uint64_t d, uint64_t a, uint64_t b, uint64_t f) { (void)c;(void)e;(void)d;(void)a;(void)b;(void)f; return 0; }
uint64_t a64_fp_sqrt(A64CPU *c, unsigned e, uint64_t a, uint64_t f) { (void)c;(void)e;(void)a;(void)f; return 0; }
unsigned a64_fp_compare(A64CPU *c, unsigned e, uint64_t a, uint64_t b, bool s, uint64_t f) { (void)c;(void)e;(void)a;(void)b;(void)s;(void)f; return 0; }
uint64_t a64_fp_round_int(A64CPU *c, unsigned e, uint64_t a, int r, bool x, uint64_t f) { (void)c;(void)e;(void)a;(void)r;(void)x;(void)f; return 0; }
uint64_t a64_fp_to_fixed(A64CPU *c, unsigned e, uint64_t a, unsigned fb, unsigned ib, bool u, int r, uint64_t f) { (void)c;(void)e;(void)a;(void)fb;(void)ib;(void)u;(void)r;(void)f; return 0; }
uint64_t a64_fp_from_fixed(A64CPU *c, unsigned e, uint64_t a, unsigned fb, unsigned ib, bool u, int r, uint64_t f) { (void)c;(void)e;(void)a;(void)fb;(void)ib;(void)u;(void)r;(void)f; return 0; }
uint64_t a64_fp_convert(A64CPU *c, unsigned o, unsigned i, uint64_t a, int r, uint64_t f) { (void)c;(void)o;(void)i;(void)a;(void)r;(void)f; return 0; }
uint64_t a64_fp_default_nan(unsigned e) { (void)e; return 0; }
int main(void)
{
    char line[64];
    DisasContext ctx = { 0 };
    while (fgets(line, sizeof line, stdin)) {
        ctx.insn = (uint32_t)strtoul(line, NULL, 16);
        printf("%d\n", decode_a64(&ctx, ctx.insn) ? 1 : 0);
    }
    return 0;
}
