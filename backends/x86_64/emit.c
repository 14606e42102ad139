/*
 * Raw x86_64 instruction encoding (see emit.h).  The helpers at the top
 * build REX prefixes and ModRM/SIB bytes; every emitter below is a line or
 * two over them.
 */
#include <stdlib.h>
#include <string.h>

#include "emit.h"

void emit_init(Emitter *e, void *buf, size_t size)
{
    e->start = e->p = buf;
    e->end = e->start + size;
    e->full = false;
}

void emit_bytes(Emitter *e, const void *b, unsigned n)
{
    if (n == 0)
        return;
    if (e->full || e->p + n > e->end) {
        e->full = true;
        return;
    }
    memcpy(e->p, b, n);
    e->p += n;
}

/* The two most frequent emitters, without emit_bytes's memcpy call. */
void emit_u8(Emitter *e, uint8_t v)
{
    if (e->full || e->p >= e->end) {
        e->full = true;
        return;
    }
    *e->p++ = v;
}

void emit_u32(Emitter *e, uint32_t v)
{
    if (e->full || e->end - e->p < 4) {
        e->full = true;
        return;
    }
    memcpy(e->p, &v, 4);
    e->p += 4;
}

/* REX prefix: w = 64-bit operand, r = ModRM.reg, x = SIB.index, b = ModRM.rm/SIB.base. */
static void rex(Emitter *e, bool w, unsigned r, unsigned x, unsigned b, bool force)
{
    uint8_t v = 0x40 | (w << 3) | ((r >> 3) & 1) << 2 | ((x >> 3) & 1) << 1 | ((b >> 3) & 1);
    if (v != 0x40 || force)
        emit_u8(e, v);
}

static void modrm_rr(Emitter *e, unsigned reg, unsigned rm)
{
    emit_u8(e, (uint8_t)(0xc0 | (reg & 7) << 3 | (rm & 7)));
}

/* ModRM (+SIB) for [base + disp32/disp8] with reg field `reg`. */
static void modrm_mem(Emitter *e, unsigned reg, unsigned base, int32_t disp)
{
    bool d8 = disp >= -128 && disp <= 127;
    unsigned mod = (disp == 0 && (base & 7) != RBP) ? 0 : d8 ? 1 : 2;
    emit_u8(e, (uint8_t)(mod << 6 | (reg & 7) << 3 | (base & 7)));
    if ((base & 7) == RSP)
        emit_u8(e, 0x24);
    if (mod == 1)
        emit_u8(e, (uint8_t)disp);
    else if (mod == 2)
        emit_u32(e, (uint32_t)disp);
}

/* ModRM + SIB for [base + index + disp] (index != RSP). */
static void modrm_sib(Emitter *e, unsigned reg, unsigned base, unsigned index, int32_t disp)
{
    bool d8 = disp >= -128 && disp <= 127;
    unsigned mod = (disp == 0 && (base & 7) != RBP) ? 0 : d8 ? 1 : 2;
    emit_u8(e, (uint8_t)(mod << 6 | (reg & 7) << 3 | 4));
    emit_u8(e, (uint8_t)((index & 7) << 3 | (base & 7)));
    if (mod == 1)
        emit_u8(e, (uint8_t)disp);
    else if (mod == 2)
        emit_u32(e, (uint32_t)disp);
}

static void op_rr(Emitter *e, bool w, uint8_t opc, unsigned reg, unsigned rm)
{
    rex(e, w, reg, 0, rm, false);
    emit_u8(e, opc);
    modrm_rr(e, reg, rm);
}

static void op0f_rr(Emitter *e, bool w, uint8_t opc, unsigned reg, unsigned rm)
{
    rex(e, w, reg, 0, rm, false);
    emit_u8(e, 0x0f);
    emit_u8(e, opc);
    modrm_rr(e, reg, rm);
}

void emit_mov_rr(Emitter *e, X86Reg d, X86Reg s)
{
    if (d != s)
        op_rr(e, true, 0x89, s, d);
}

void emit_mov_rr32(Emitter *e, X86Reg d, X86Reg s) { op_rr(e, false, 0x89, s, d); }

void emit_mov_ri(Emitter *e, X86Reg d, uint64_t imm)
{
    if (imm == 0) {
        op_rr(e, false, 0x31, d, d);                 /* xor d32, d32 */
    } else if (imm <= 0xffffffffull) {
        rex(e, false, 0, 0, d, false);               /* mov r32, imm32 */
        emit_u8(e, (uint8_t)(0xb8 + (d & 7)));
        emit_u32(e, (uint32_t)imm);
    } else if ((int64_t)imm == (int32_t)imm) {
        rex(e, true, 0, 0, d, false);                /* mov r/m64, simm32 */
        emit_u8(e, 0xc7);
        modrm_rr(e, 0, d);
        emit_u32(e, (uint32_t)imm);
    } else {
        rex(e, true, 0, 0, d, false);                /* movabs */
        emit_u8(e, (uint8_t)(0xb8 + (d & 7)));
        emit_bytes(e, &imm, 8);
    }
}

void emit_load_mem(Emitter *e, X86Reg d, X86Reg base, int32_t off)
{
    rex(e, true, d, 0, base, false);
    emit_u8(e, 0x8b);
    modrm_mem(e, d, base, off);
}

void emit_load_env(Emitter *e, X86Reg d, int32_t off) { emit_load_mem(e, d, RBP, off); }

void emit_store_env(Emitter *e, X86Reg s, int32_t off)
{
    rex(e, true, s, 0, RBP, false);
    emit_u8(e, 0x89);
    modrm_mem(e, s, RBP, off);
}

void emit_store_env_imm32(Emitter *e, int32_t off, int32_t imm)
{
    rex(e, true, 0, 0, RBP, false);
    emit_u8(e, 0xc7);
    modrm_mem(e, 0, RBP, off);
    emit_u32(e, (uint32_t)imm);
}

void emit_store_env32_imm(Emitter *e, int32_t off, uint32_t imm)
{
    emit_u8(e, 0xc7);
    modrm_mem(e, 0, RBP, off);
    emit_u32(e, imm);
}

void emit_cmp_env32_imm8(Emitter *e, int32_t off, int8_t imm)
{
    emit_u8(e, 0x83);
    modrm_mem(e, 7, RBP, off);
    emit_u8(e, (uint8_t)imm);
}

void emit_load_base_index(Emitter *e, X86Reg d, X86Reg base, X86Reg index, int32_t disp)
{
    rex(e, true, d, index, base, false);
    emit_u8(e, 0x8b);
    modrm_sib(e, d, base, index, disp);
}

void emit_lea(Emitter *e, X86Reg d, X86Reg base, int32_t disp)
{
    rex(e, true, d, 0, base, false);
    emit_u8(e, 0x8d);
    modrm_mem(e, d, base, disp);
}

/* lea d, [base + index + disp]; w = false computes in 32 bits (zero-extends). */
void emit_lea_bi(Emitter *e, X86Reg d, X86Reg base, X86Reg index, int32_t disp, bool w)
{
    rex(e, w, d, index, base, false);
    emit_u8(e, 0x8d);
    modrm_sib(e, d, base, index, disp);
}

/* lea d, [base + index << scale] (scale 0..3, index != RSP, no displacement). */
void emit_lea_scaled(Emitter *e, X86Reg d, X86Reg base, X86Reg index, unsigned scale, bool w)
{
    rex(e, w, d, index, base, false);
    emit_u8(e, 0x8d);
    bool disp8 = (base & 7) == RBP;             /* rbp/r13 as a base need a displacement */
    emit_u8(e, (uint8_t)((disp8 ? 0x40 : 0) | (d & 7) << 3 | 4));
    emit_u8(e, (uint8_t)(scale << 6 | (index & 7) << 3 | (base & 7)));
    if (disp8)
        emit_u8(e, 0);
}

/* lea d32, [base + disp]: a 32-bit add of a constant that zero-extends. */
void emit_lea32(Emitter *e, X86Reg d, X86Reg base, int32_t disp)
{
    rex(e, false, d, 0, base, false);
    emit_u8(e, 0x8d);
    modrm_mem(e, d, base, disp);
}

void emit_guest_load(Emitter *e, X86Reg d, X86Reg base, X86Reg index, unsigned size, bool sign)
{
    switch (size) {
    case 1:
    case 2:
        rex(e, sign, d, index, base, false);
        emit_u8(e, 0x0f);
        emit_u8(e, (uint8_t)((sign ? 0xbe : 0xb6) + (size == 2)));
        break;
    case 4:
        rex(e, sign, d, index, base, false);
        emit_u8(e, sign ? 0x63 : 0x8b);              /* movsxd / mov r32 */
        break;
    default:
        rex(e, true, d, index, base, false);
        emit_u8(e, 0x8b);
        break;
    }
    modrm_sib(e, d, base, index, 0);
}

void emit_guest_store(Emitter *e, X86Reg s, X86Reg base, X86Reg index, unsigned size)
{
    if (size == 2)
        emit_u8(e, 0x66);
    /* byte stores of sil/dil/spl/bpl need a REX prefix */
    rex(e, size == 8, s, index, base, size == 1 && s >= RSP);
    emit_u8(e, size == 1 ? 0x88 : 0x89);
    modrm_sib(e, s, base, index, 0);
}

void emit_alu_rr(Emitter *e, X86Alu op, X86Reg d, X86Reg s)
{
    op_rr(e, true, (uint8_t)(op << 3 | 1), s, d);
}

void emit_alu32_rr(Emitter *e, X86Alu op, X86Reg d, X86Reg s)
{
    op_rr(e, false, (uint8_t)(op << 3 | 1), s, d);
}

/* op d, imm: the short form for an imm8; w = false is the 32-bit op (zero-extends). */
static void alu_ri(Emitter *e, bool w, X86Alu op, X86Reg d, int32_t imm)
{
    rex(e, w, 0, 0, d, false);
    bool short_form = imm >= -128 && imm <= 127;
    emit_u8(e, short_form ? 0x83 : 0x81);
    modrm_rr(e, op, d);
    if (short_form)
        emit_u8(e, (uint8_t)imm);
    else
        emit_u32(e, (uint32_t)imm);
}

void emit_alu32_ri(Emitter *e, X86Alu op, X86Reg d, int32_t imm) { alu_ri(e, false, op, d, imm); }

void emit_imul32_rr(Emitter *e, X86Reg d, X86Reg s) { op0f_rr(e, false, 0xaf, d, s); }

void emit_cmp_r_env(Emitter *e, X86Reg r, int32_t off)
{
    rex(e, true, r, 0, RBP, false);
    emit_u8(e, 0x3b);                                   /* cmp r64, r/m64 */
    modrm_mem(e, r, RBP, off);
}

void emit_alu_ri(Emitter *e, X86Alu op, X86Reg d, int32_t imm) { alu_ri(e, true, op, d, imm); }

void emit_test_rr(Emitter *e, X86Reg a, X86Reg b) { op_rr(e, true, 0x85, b, a); }
void emit_test_ri(Emitter *e, X86Reg r, int32_t imm)
{
    rex(e, true, 0, 0, r, false);
    emit_u8(e, 0xf7);
    modrm_rr(e, 0, r);
    emit_u32(e, (uint32_t)imm);
}
void emit_imul_rr(Emitter *e, X86Reg d, X86Reg s) { op0f_rr(e, true, 0xaf, d, s); }

void emit_unary(Emitter *e, unsigned digit, X86Reg r)
{
    rex(e, true, 0, 0, r, false);
    emit_u8(e, 0xf7);
    modrm_rr(e, digit, r);
}

void emit_shift_cl(Emitter *e, X86Shift op, X86Reg d)
{
    rex(e, true, 0, 0, d, false);
    emit_u8(e, 0xd3);
    modrm_rr(e, op, d);
}

void emit_shift_ri(Emitter *e, X86Shift op, X86Reg d, uint8_t n)
{
    rex(e, true, 0, 0, d, false);
    emit_u8(e, 0xc1);
    modrm_rr(e, op, d);
    emit_u8(e, n & 63);
}

void emit_shift32_cl(Emitter *e, X86Shift op, X86Reg d)
{
    rex(e, false, 0, 0, d, false);
    emit_u8(e, 0xd3);
    modrm_rr(e, op, d);
}

void emit_shift32_ri(Emitter *e, X86Shift op, X86Reg d, uint8_t n)
{
    rex(e, false, 0, 0, d, false);
    emit_u8(e, 0xc1);
    modrm_rr(e, op, d);
    emit_u8(e, n & 31);
}

void emit_movsx(Emitter *e, X86Reg d, X86Reg s, unsigned size)
{
    if (size == 4) {
        op_rr(e, true, 0x63, d, s);
        return;
    }
    rex(e, true, d, 0, s, false);
    emit_u8(e, 0x0f);
    emit_u8(e, size == 1 ? 0xbe : 0xbf);
    modrm_rr(e, d, s);
}

void emit_movzx(Emitter *e, X86Reg d, X86Reg s, unsigned size)
{
    if (size == 4) {
        emit_mov_rr32(e, d, s);
        return;
    }
    rex(e, false, d, 0, s, size == 1 && s >= RSP);
    emit_u8(e, 0x0f);
    emit_u8(e, size == 1 ? 0xb6 : 0xb7);
    modrm_rr(e, d, s);
}

void emit_bswap(Emitter *e, X86Reg r, bool is64)
{
    rex(e, is64, 0, 0, r, false);
    emit_u8(e, 0x0f);
    emit_u8(e, (uint8_t)(0xc8 + (r & 7)));
}

void emit_setcc(Emitter *e, X86Cond cc, X86Reg d)
{
    rex(e, false, 0, 0, d, d >= RSP);
    emit_u8(e, 0x0f);
    emit_u8(e, (uint8_t)(0x90 | cc));
    modrm_rr(e, 0, d);
    emit_movzx(e, d, d, 1);
}

void emit_cmov(Emitter *e, X86Cond cc, X86Reg d, X86Reg s)
{
    op0f_rr(e, true, (uint8_t)(0x40 | cc), d, s);
}

void emit_jmp_reg(Emitter *e, X86Reg r)
{
    rex(e, false, 0, 0, r, false);
    emit_u8(e, 0xff);
    modrm_rr(e, 4, r);
}

void emit_jmp_mem(Emitter *e, X86Reg base, int32_t disp)
{
    rex(e, false, 0, 0, base, false);
    emit_u8(e, 0xff);
    modrm_mem(e, 4, base, disp);
}

void emit_call_reg(Emitter *e, X86Reg r)
{
    rex(e, false, 0, 0, r, false);
    emit_u8(e, 0xff);
    modrm_rr(e, 2, r);
}

uint32_t emit_jmp_fwd(Emitter *e)
{
    emit_u8(e, 0xe9);
    uint32_t field = emit_offset(e);
    emit_u32(e, 0);
    return field;
}

uint32_t emit_jcc_fwd(Emitter *e, X86Cond cc)
{
    emit_u8(e, 0x0f);
    emit_u8(e, (uint8_t)(0x80 | cc));
    uint32_t field = emit_offset(e);
    emit_u32(e, 0);
    return field;
}

void emit_patch_rel32(Emitter *e, uint32_t field, uint32_t target)
{
    if (e->full)
        return;
    int32_t rel = (int32_t)(target - (field + 4));
    memcpy(e->start + field, &rel, 4);
}

void emit_jmp_to(Emitter *e, uint32_t target) { emit_patch_rel32(e, emit_jmp_fwd(e), target); }

void emit_call_to(Emitter *e, uint32_t target)
{
    emit_u8(e, 0xe8);
    uint32_t field = emit_offset(e);
    emit_u32(e, 0);
    emit_patch_rel32(e, field, target);
}
void emit_jcc_to(Emitter *e, X86Cond cc, uint32_t target) { emit_patch_rel32(e, emit_jcc_fwd(e, cc), target); }

void emit_mfence(Emitter *e) { emit_bytes(e, "\x0f\xae\xf0", 3); }
void emit_cqo(Emitter *e) { emit_bytes(e, "\x48\x99", 2); }

void emit_nops(Emitter *e, unsigned n)
{
    while (n--)
        emit_u8(e, 0x90);
}

void emit_push(Emitter *e, X86Reg r)
{
    rex(e, false, 0, 0, r, false);
    emit_u8(e, (uint8_t)(0x50 + (r & 7)));
}

void emit_pop(Emitter *e, X86Reg r)
{
    rex(e, false, 0, 0, r, false);
    emit_u8(e, (uint8_t)(0x58 + (r & 7)));
}

void emit_ret(Emitter *e) { emit_u8(e, 0xc3); }

void emit_lock_cmpxchg(Emitter *e, X86Reg base, X86Reg index, X86Reg s, unsigned size)
{
    emit_u8(e, 0xf0);
    if (size == 2)
        emit_u8(e, 0x66);
    rex(e, size == 8, s, index, base, size == 1 && s >= RSP);
    emit_u8(e, 0x0f);
    emit_u8(e, size == 1 ? 0xb0 : 0xb1);
    modrm_sib(e, s, base, index, 0);
}

/* SSE: prefix, REX, 0F opc, ModRM(reg, rm) between registers. */
static void sse_rr(Emitter *e, uint8_t prefix, bool w, uint8_t opc, unsigned reg, unsigned rm)
{
    emit_u8(e, prefix);
    rex(e, w, reg, 0, rm, false);
    emit_u8(e, 0x0f);
    emit_u8(e, opc);
    modrm_rr(e, reg, rm);
}

void emit_movq_to_xmm(Emitter *e, unsigned xmm, X86Reg r) { sse_rr(e, 0x66, true, 0x6e, xmm, r); }
void emit_movq_from_xmm(Emitter *e, X86Reg r, unsigned xmm) { sse_rr(e, 0x66, true, 0x7e, xmm, r); }
void emit_sse_sd(Emitter *e, X86Sse op, unsigned xd, unsigned xs) { sse_rr(e, 0xf2, false, (uint8_t)op, xd, xs); }
void emit_ucomisd(Emitter *e, unsigned xa, unsigned xb) { sse_rr(e, 0x66, false, 0x2e, xa, xb); }
void emit_comisd(Emitter *e, unsigned xa, unsigned xb) { sse_rr(e, 0x66, false, 0x2f, xa, xb); }
void emit_cvtsi2sd(Emitter *e, unsigned xd, X86Reg s, bool is64) { sse_rr(e, 0xf2, is64, 0x2a, xd, s); }
void emit_cvttsd2si(Emitter *e, X86Reg d, unsigned xs, bool is64) { sse_rr(e, 0xf2, is64, 0x2c, d, xs); }
void emit_movd_to_xmm(Emitter *e, unsigned xmm, X86Reg r) { sse_rr(e, 0x66, false, 0x6e, xmm, r); }
void emit_movd_from_xmm(Emitter *e, X86Reg r, unsigned xmm) { sse_rr(e, 0x66, false, 0x7e, xmm, r); }
void emit_sse_ss(Emitter *e, X86Sse op, unsigned xd, unsigned xs) { sse_rr(e, 0xf3, false, (uint8_t)op, xd, xs); }

void emit_ucomiss(Emitter *e, unsigned xa, unsigned xb)
{
    rex(e, false, xa, 0, xb, false);
    emit_u8(e, 0x0f);
    emit_u8(e, 0x2e);
    modrm_rr(e, xa, xb);
}

/* ---- BMI1/BMI2 (VEX-encoded, three operands, flags untouched or ignored) ---- */

static bool bmi_checked, bmi_ok;

bool emit_have_bmi(void)
{
    if (!bmi_checked) {
        /* XRUN_JIT_NO_BMI: the tests' switch to exercise the plain encodings */
        const char *off = getenv("XRUN_JIT_NO_BMI");
        __builtin_cpu_init();
        bmi_ok = __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2") &&
                 !(off && *off && *off != '0');
        bmi_checked = true;
    }
    return bmi_ok;
}

/* Three-byte VEX: map (1 0F, 2 0F38, 3 0F3A), pp (0 none, 1 66, 2 F3, 3 F2), vvvv register. */
static void vex3(Emitter *e, unsigned map, unsigned pp, bool w, unsigned reg, unsigned vvvv, unsigned rm)
{
    emit_u8(e, 0xc4);
    emit_u8(e, (uint8_t)((((reg >> 3) & 1) ^ 1) << 7 | 1 << 6 | (((rm >> 3) & 1) ^ 1) << 5 | map));
    emit_u8(e, (uint8_t)(w << 7 | ((~vvvv) & 15) << 3 | pp));
}

void emit_rorx(Emitter *e, X86Reg d, X86Reg s, uint8_t n, bool w)
{
    vex3(e, 3, 3, w, d, 0, s);
    emit_u8(e, 0xf0);
    modrm_rr(e, d, s);
    emit_u8(e, (uint8_t)(n & (w ? 63 : 31)));
}

void emit_andn(Emitter *e, X86Reg d, X86Reg inv, X86Reg s, bool w)
{
    vex3(e, 2, 0, w, d, inv, s);
    emit_u8(e, 0xf2);
    modrm_rr(e, d, s);
}

void emit_shiftx(Emitter *e, X86Shift op, X86Reg d, X86Reg s, X86Reg count)
{
    unsigned pp = op == SH_SHL ? 1 : op == SH_SAR ? 2 : 3;
    vex3(e, 2, pp, true, d, count, s);
    emit_u8(e, 0xf7);
    modrm_rr(e, d, s);
}
