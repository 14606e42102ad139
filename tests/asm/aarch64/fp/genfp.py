#!/usr/bin/env python3
"""Arm A64 FP reference model (exact, on Fractions) and generator of the
scalar FP asm tests in this directory.

The model follows the Arm ARM pseudocode: FPUnpack (FZ flushes denormal
inputs with IDC; FZ16 flushes half inputs without IDC), FPProcessNaNs
(signaling NaNs first, then quiet, in operand order; DN gives the default
NaN), FPRound (tininess detected before rounding: UFC when the unrounded
exponent is below the minimum and the result is inexact; FZ flushes such
results to zero with UFC only), FPRoundInt, FPToFixed, FixedToFP,
FPConvert, FPCompare, FPMax/FPMin/FPMaxNum/FPMinNum, FPMulAdd.

Usage: genfp.py [OUTDIR [SEED]] (default: rewrites the generated .S files next
to it, with a fixed seed).
"""
import os
import random
import sys
from fractions import Fraction as Fr
from math import isqrt

IOC, DZC, OFC, UFC, IXC, IDC = 1, 2, 4, 8, 16, 128
RN, RP, RM, RZ, RA = 0, 1, 2, 3, 4
FZ, DN, FZ16, AHP = 1 << 24, 1 << 25, 1 << 19, 1 << 26
FMT = {16: (5, 10), 32: (8, 23), 64: (11, 52)}


class Env:
    def __init__(self, fpcr):
        self.fpcr, self.fl = fpcr, 0


def params(es):
    E, F = FMT[es]
    bias = (1 << (E - 1)) - 1
    return E, F, bias, 1 - bias


def dnan(es):
    E, F = FMT[es]
    return ((1 << E) - 1) << F | 1 << (F - 1)


def inf(es, s):
    E, F = FMT[es]
    return s << (es - 1) | ((1 << E) - 1) << F


def zero(es, s):
    return s << (es - 1)


def unpack(es, x, env, cv=False):
    """-> (type, sign, value) with type in zero denorm normal inf qnan snan"""
    E, F, bias, minexp = params(es)
    s = x >> (es - 1) & 1
    e = x >> F & ((1 << E) - 1)
    f = x & ((1 << F) - 1)
    if e == 0:
        if f == 0:
            return 'zero', s, Fr(0)
        if es == 16 and env.fpcr & FZ16 and not cv:
            return 'zero', s, Fr(0)
        if es != 16 and env.fpcr & FZ:
            env.fl |= IDC
            return 'zero', s, Fr(0)
        v = Fr(f, 1 << F) * Fr(2) ** minexp
        return 'denorm', s, -v if s else v
    if e == (1 << E) - 1 and not (es == 16 and env.fpcr & AHP):   # AHP: no inf/NaN
        if f == 0:
            return 'inf', s, None
        return ('qnan' if f >> (F - 1) else 'snan'), s, None
    v = Fr((1 << F) | f, 1 << F) * Fr(2) ** (e - bias)
    return 'normal', s, -v if s else v


def process_nan(es, t, x, env):
    E, F = FMT[es]
    if t == 'snan':
        env.fl |= IOC
        x |= 1 << (F - 1)
    return dnan(es) if env.fpcr & DN else x


def process_nans(es, ops, env):
    for kind in ('snan', 'qnan'):
        for t, x in ops:
            if t == kind:
                return process_nan(es, t, x, env)
    return None


def fpround(es, v, env, rm=None, cv=False):
    """FPRoundBase of a nonzero Fraction v."""
    if rm is None:
        rm = env.fpcr >> 22 & 3
    E, F, bias, minexp = params(es)
    sign = 1 if v < 0 else 0
    mant = -v if sign else v
    exponent = 0
    while mant < 1:
        mant *= 2
        exponent -= 1
    while mant >= 2:
        mant /= 2
        exponent += 1
    fz = (env.fpcr & FZ16 and not cv) if es == 16 else env.fpcr & FZ
    if fz and exponent < minexp:
        env.fl |= UFC
        return zero(es, sign)
    biased = max(exponent - minexp + 1, 0)
    if biased == 0:
        mant = mant / Fr(2) ** (minexp - exponent)
    int_mant = int(mant * (1 << F))
    error = mant * (1 << F) - int_mant
    if biased == 0 and error != 0:
        env.fl |= UFC
    if rm == RN:
        up = error > Fr(1, 2) or (error == Fr(1, 2) and int_mant & 1)
        ovf_inf = True
    elif rm == RP:
        up, ovf_inf = error != 0 and not sign, not sign
    elif rm == RM:
        up, ovf_inf = error != 0 and sign, bool(sign)
    elif rm == RA:
        up, ovf_inf = error >= Fr(1, 2), True
    else:
        up, ovf_inf = False, False
    if up:
        int_mant += 1
        if int_mant == 1 << F:
            biased = 1
        if int_mant == 1 << (F + 1):
            biased += 1
            int_mant >>= 1
    if es != 16 or not env.fpcr & AHP:
        if biased >= (1 << E) - 1:
            env.fl |= OFC
            error = 1
            r = inf(es, sign) if ovf_inf else (inf(es, sign) - 1)
        else:
            r = sign << (es - 1) | biased << F | (int_mant & ((1 << F) - 1))
    else:
        if biased >= 1 << E:
            env.fl |= IOC
            error = 0
            r = sign << 15 | 0x7fff
        else:
            r = sign << (es - 1) | biased << F | (int_mant & ((1 << F) - 1))
    if error != 0:
        env.fl |= IXC
    return r


def round_sum(es, v, env):
    if v == 0:
        return zero(es, 1 if (env.fpcr >> 22 & 3) == RM else 0)
    return fpround(es, v, env)


def fadd(es, a, b, env, sub=False):
    ta, sa, va = unpack(es, a, env)
    tb, sb, vb = unpack(es, b, env)
    r = process_nans(es, [(ta, a), (tb, b)], env)
    if r is not None:
        return r
    if sub:
        sb ^= 1
        vb = -vb if vb is not None else None
    if ta == 'inf' and tb == 'inf' and sa != sb:
        env.fl |= IOC
        return dnan(es)
    if (ta == 'inf' and not sa) or (tb == 'inf' and not sb):
        return inf(es, 0)
    if ta == 'inf' or tb == 'inf':
        return inf(es, 1)
    if ta == 'zero' and tb == 'zero' and sa == sb:
        return zero(es, sa)
    return round_sum(es, va + vb, env)


def fmul(es, a, b, env):
    ta, sa, va = unpack(es, a, env)
    tb, sb, vb = unpack(es, b, env)
    r = process_nans(es, [(ta, a), (tb, b)], env)
    if r is not None:
        return r
    if (ta == 'inf' and tb == 'zero') or (ta == 'zero' and tb == 'inf'):
        env.fl |= IOC
        return dnan(es)
    if 'inf' in (ta, tb):
        return inf(es, sa ^ sb)
    if 'zero' in (ta, tb):
        return zero(es, sa ^ sb)
    return fpround(es, va * vb, env)


def fdiv(es, a, b, env):
    ta, sa, va = unpack(es, a, env)
    tb, sb, vb = unpack(es, b, env)
    r = process_nans(es, [(ta, a), (tb, b)], env)
    if r is not None:
        return r
    if (ta == tb == 'inf') or (ta == tb == 'zero'):
        env.fl |= IOC
        return dnan(es)
    if ta == 'inf' or tb == 'zero':
        if ta != 'inf':
            env.fl |= DZC
        return inf(es, sa ^ sb)
    if ta == 'zero' or tb == 'inf':
        return zero(es, sa ^ sb)
    return fpround(es, va / vb, env)


def fnmul(es, a, b, env):
    return fmul(es, a, b, env) ^ (1 << (es - 1))


def key(t, v):
    return Fr(0) if t == 'zero' else v


def fmaxmin(es, a, b, env, ismax, nm=False):
    ta, sa, va = unpack(es, a, env)
    tb, sb, vb = unpack(es, b, env)
    if nm:
        if ta == 'qnan' and tb != 'qnan':
            a = inf(es, 0 if not ismax else 1)
            ta, sa, va = unpack(es, a, env)
        elif ta != 'qnan' and tb == 'qnan':
            b = inf(es, 0 if not ismax else 1)
            tb, sb, vb = unpack(es, b, env)
    r = process_nans(es, [(ta, a), (tb, b)], env)
    if r is not None:
        return r

    def kv(t, s, v):
        if t == 'inf':
            return -(Fr(10) ** 400) if s else Fr(10) ** 400
        return key(t, v)
    ka, kb = kv(ta, sa, va), kv(tb, sb, vb)
    pick_a = ka > kb if ismax else ka < kb
    t, s, x = (ta, sa, a) if pick_a else (tb, sb, b)
    if t == 'zero':
        return zero(es, (sa & sb) if ismax else (sa | sb))
    return x


def fmadd(es, addend, a, b, env):
    tz, sz, vz = unpack(es, addend, env)
    ta, sa, va = unpack(es, a, env)
    tb, sb, vb = unpack(es, b, env)
    infzero = (ta == 'inf' and tb == 'zero') or (ta == 'zero' and tb == 'inf')
    r = process_nans(es, [(tz, addend), (ta, a), (tb, b)], env)
    if r is not None:
        if tz == 'qnan' and infzero:
            env.fl |= IOC
            return dnan(es)
        return r
    sp = sa ^ sb
    infp = 'inf' in (ta, tb)
    zp = 'zero' in (ta, tb)
    if infzero or (tz == 'inf' and infp and sz != sp):
        env.fl |= IOC
        return dnan(es)
    if (tz == 'inf' and not sz) or (infp and not sp):
        return inf(es, 0)
    if tz == 'inf' or infp:
        return inf(es, 1)
    if tz == 'zero' and zp and sz == sp:
        return zero(es, sz)
    return round_sum(es, vz + (Fr(0) if zp else va * vb), env)


def fsqrt(es, a, env):
    t, s, v = unpack(es, a, env)
    if t in ('qnan', 'snan'):
        return process_nan(es, t, a, env)
    if t == 'zero':
        return zero(es, s)
    if t == 'inf' and not s:
        return inf(es, 0)
    if s:
        env.fl |= IOC
        return dnan(es)
    k = 1200                              # scale: beyond any F, even for denormals
    n = v * Fr(2) ** (2 * k)
    q = n.numerator // n.denominator
    r = isqrt(q)
    exact = r * r == q and n.denominator == 1
    val = Fr(r, 1 << k) if exact else Fr(2 * r + 1, 1 << (k + 1))
    return fpround(es, val, env)


def round_int_val(v, rm):
    """the integer v rounds to in mode rm, and error != 0"""
    i = v.numerator // v.denominator      # floor
    err = v - i
    if rm == RN:
        up = err > Fr(1, 2) or (err == Fr(1, 2) and i & 1)
    elif rm == RP:
        up = err != 0
    elif rm == RM:
        up = False
    elif rm == RZ:
        up = err != 0 and i < 0
    else:
        up = err > Fr(1, 2) or (err == Fr(1, 2) and i >= 0)
    return i + (1 if up else 0), err != 0


def frint(es, a, env, rm=None, exact=False):
    if rm is None:
        rm = env.fpcr >> 22 & 3
    t, s, v = unpack(es, a, env)
    if t in ('qnan', 'snan'):
        return process_nan(es, t, a, env)
    if t == 'inf':
        return inf(es, s)
    if t == 'zero':
        return zero(es, s)
    i, inexact = round_int_val(v, rm)
    r = zero(es, s) if i == 0 else fpround(es, Fr(i), env, RZ)
    if inexact and exact:
        env.fl |= IXC
    return r


def to_fixed(es, a, env, fbits, ibits, uns, rm):
    t, s, v = unpack(es, a, env)
    if t in ('qnan', 'snan'):
        env.fl |= IOC
        return 0
    if t == 'inf':
        i, inexact = (-(1 << 200) if s else 1 << 200), False
    else:
        i, inexact = round_int_val(v * Fr(2) ** fbits, rm)
    lo, hi = (0, (1 << ibits) - 1) if uns else (-(1 << (ibits - 1)), (1 << (ibits - 1)) - 1)
    if i < lo or i > hi:
        env.fl |= IOC
        i = lo if i < lo else hi
    elif inexact:
        env.fl |= IXC
    return i & ((1 << ibits) - 1)


def from_fixed(es, x, env, fbits, ibits, uns, rm=None):
    x &= (1 << ibits) - 1
    if not uns and x >> (ibits - 1):
        x -= 1 << ibits
    if x == 0:
        return 0
    return fpround(es, Fr(x) / Fr(2) ** fbits, env, rm)


def fcvt(out, es, a, env):
    t, s, v = unpack(es, a, env, cv=True)
    alt = out == 16 and env.fpcr & AHP
    if alt and t in ('qnan', 'snan', 'inf'):      # no NaN or infinity in the alternative format
        env.fl |= IOC
        return zero(16, s) if t != 'inf' else s << 15 | 0x7fff
    if t in ('qnan', 'snan'):
        if env.fpcr & DN:
            r = dnan(out)
        else:
            pin, pout = FMT[es][1] - 1, FMT[out][1] - 1
            pl = (a & ((1 << pin) - 1)) << (64 - pin)
            r = s << (out - 1) | dnan(out) | pl >> (64 - pout)
        if t == 'snan':
            env.fl |= IOC
        return r
    if t == 'inf':
        return inf(out, s)
    if t == 'zero':
        return zero(out, s)
    return fpround(out, v, env, cv=True)


def fcmp(es, a, b, env, signal):
    ta, sa, va = unpack(es, a, env)
    tb, sb, vb = unpack(es, b, env)
    nans = ('qnan', 'snan')
    if ta in nans or tb in nans:
        if 'snan' in (ta, tb) or signal:
            env.fl |= IOC
        return 0x3
    big = Fr(10) ** 400
    ka = (-big if sa else big) if ta == 'inf' else key(ta, va)
    kb = (-big if sb else big) if tb == 'inf' else key(tb, vb)
    return 0x6 if ka == kb else 0x8 if ka < kb else 0x2


# ---- operand pools -----------------------------------------------------------------

def specials(es):
    E, F, bias, _ = params(es)
    one = bias << F
    S = 1 << (es - 1)
    q = dnan(es)
    vals = [0, S, inf(es, 0), inf(es, 1), q, q | S, q | 5, inf(es, 0) | 1, inf(es, 1) | 3,
            1, 1 | S, (1 << F) - 1, (1 << F), (1 << F) | 1, ((1 << F) + 1) | S,
            inf(es, 0) - 1, inf(es, 1) - 1, one, one | S, one + 1, (one + 1) | S,
            one - 1, (bias + 1) << F, ((bias + 1) << F) | 1 << (F - 1),   # 2, 3
            (bias - 1) << F, ((bias + 1) << F) | S | 1 << (F - 2)]       # 0.5, -2.5
    return vals


def rand_op(rng, es):
    E, F, bias, _ = params(es)
    r = rng.random()
    if r < 0.3:
        return rng.choice(specials(es))
    if r < 0.45:                          # around the denormal / normal edge
        e = rng.randint(0, 2)
    elif r < 0.55:                        # near overflow
        e = rng.randint((1 << E) - 4, (1 << E) - 2)
    else:
        e = rng.randint(bias - 8, bias + 8)
    return rng.getrandbits(1) << (es - 1) | e << F | rng.getrandbits(F)


# ---- emitting ------------------------------------------------------------------------

HDR = """// Generated by genfp.py: do not edit (expected values from its exact model of
// the Arm ARM pseudocode; checked on qemu-aarch64 too).
#include "test.h"

// Set FPCR, clear FPSR, run code, then check x0 (result) and FPSR.
#define FPT(n, cr, exp, flags, code...) \\
test_##n:                               \\
    mov x19, n;                         \\
    ldr x0, =cr;                        \\
    msr fpcr, x0;                       \\
    msr fpsr, xzr;                      \\
    code;                               \\
    CHECK_EQ_T(n, r, x0, exp);          \\
    mrs x0, fpsr;                       \\
    CHECK_EQ_T(n, f, x0, flags)

TEST_BEGIN
"""
REG = {16: 'h', 32: 's', 64: 'd'}


class Out:
    def __init__(self, name):
        self.name, self.lines, self.n = name, [HDR], 0

    def t(self, fpcr, code, exp, flags):
        self.n += 1
        self.lines.append(f"FPT({self.n}, {fpcr:#x}, {exp:#x}, {flags:#x}, {code})\n")
        if self.n % 100 == 0:             # keep literals within LDR's reach
            self.lines.append(f"    b .Lpool{self.n}\n    .ltorg\n.Lpool{self.n}:\n")

    def write(self, d):
        self.lines.append("    b pass\nTEST_END\n")
        with open(os.path.join(d, self.name + '.S'), 'w') as f:
            f.write(''.join(self.lines))


def ld(reg, es, val, tmp='x1'):
    return f"ldr {tmp}, ={val:#x}; fmov d{reg}, {tmp}" if True else ''


def res(es):
    return "fmov x0, d0"


FPCRS = [0, RP << 22, RM << 22, RZ << 22, FZ, DN, FZ | DN | (RZ << 22), FZ16]


def gen_arith(rng, d):
    o = Out('arith')
    ops = [('fadd', lambda es, a, b, e: fadd(es, a, b, e)),
           ('fsub', lambda es, a, b, e: fadd(es, a, b, e, True)),
           ('fmul', fmul), ('fdiv', fdiv), ('fnmul', fnmul),
           ('fmax', lambda es, a, b, e: fmaxmin(es, a, b, e, True)),
           ('fmin', lambda es, a, b, e: fmaxmin(es, a, b, e, False)),
           ('fmaxnm', lambda es, a, b, e: fmaxmin(es, a, b, e, True, True)),
           ('fminnm', lambda es, a, b, e: fmaxmin(es, a, b, e, False, True))]
    for name, fn in ops:
        for es in (16, 32, 64):
            for _ in range(40 if name in ('fadd', 'fsub', 'fmul', 'fdiv') else 16):
                fpcr = rng.choice(FPCRS)
                a, b = rand_op(rng, es), rand_op(rng, es)
                e = Env(fpcr)
                r = fn(es, a, b, e)
                R = REG[es]
                o.t(fpcr, f"{ld(1, es, a)}; {ld(2, es, b)}; {name} {R}0, {R}1, {R}2; {res(es)}",
                    r, e.fl)
    for es in (16, 32, 64):
        for _ in range(40):
            fpcr = rng.choice(FPCRS)
            a = rand_op(rng, es)
            if rng.random() < 0.5:
                a &= ~(1 << (es - 1))
            e = Env(fpcr)
            r = fsqrt(es, a, e)
            R = REG[es]
            o.t(fpcr, f"{ld(1, es, a)}; fsqrt {R}0, {R}1; {res(es)}", r, e.fl)
    o.write(d)


def gen_fma(rng, d):
    o = Out('fma')
    S = {16: 1 << 15, 32: 1 << 31, 64: 1 << 63}
    for name in ('fmadd', 'fmsub', 'fnmadd', 'fnmsub'):
        for es in (16, 32, 64):
            for _ in range(40):
                fpcr = rng.choice(FPCRS)
                a, b, c = rand_op(rng, es), rand_op(rng, es), rand_op(rng, es)
                if rng.random() < 0.4:      # cancellation: c close to -(a*b)
                    e0 = Env(0)
                    p = fmul(es, a, b, e0)
                    if rng.random() < 0.5:
                        p ^= 1
                    c = p ^ S[es]
                n, ad = a, c
                if name in ('fmsub', 'fnmadd'):
                    n ^= S[es]
                if name in ('fnmadd', 'fnmsub'):
                    ad ^= S[es]
                e = Env(fpcr)
                r = fmadd(es, ad, n, b, e)
                R = REG[es]
                o.t(fpcr, f"{ld(1, es, a)}; {ld(2, es, b)}; {ld(3, es, c)}; "
                    f"{name} {R}0, {R}1, {R}2, {R}3; {res(es)}", r, e.fl)
    o.write(d)


def gen_cmp(rng, d):
    o = Out('cmp')
    for name in ('fcmp', 'fcmpe'):
        for es in (16, 32, 64):
            for i in range(30):
                fpcr = rng.choice([0, FZ, DN])
                a = rand_op(rng, es)
                b = a if i % 5 == 0 else rand_op(rng, es)
                if i % 7 == 0:
                    b = 0
                e = Env(fpcr)
                r = fcmp(es, a, b, e, name == 'fcmpe')
                R = REG[es]
                op2 = f"{R}2" if i % 7 else "#0.0"
                o.t(fpcr, f"{ld(1, es, a)}; {ld(2, es, b)}; {name} {R}1, {op2}; mrs x0, nzcv",
                    r << 28, e.fl)
    # FCCMP/FCCMPE: condition true (compare) and false (immediate flags)
    for name in ('fccmp', 'fccmpe'):
        for es in (16, 32, 64):
            for i in range(8):
                a, b = rand_op(rng, es), rand_op(rng, es)
                e = Env(0)
                taken = i % 2 == 0
                r = fcmp(es, a, b, e, name == 'fccmpe') if taken else 0x5
                if not taken:
                    e.fl = 0
                R = REG[es]
                # cmp x1, x1 sets Z: EQ holds, NE fails
                cond = 'eq' if taken else 'ne'
                o.t(0, f"{ld(1, es, a)}; {ld(2, es, b)}; cmp x1, x1; {name} {R}1, {R}2, #5, {cond}; "
                    f"mrs x0, nzcv", r << 28, e.fl)
    o.write(d)


def gen_cvt(rng, d):
    o = Out('cvt')
    W = {32: 'w', 64: 'x'}
    rms = [('n', RN), ('p', RP), ('m', RM), ('z', RZ), ('a', RA)]
    for es in (16, 32, 64):
        for ib in (32, 64):
            for sfx, rm in rms:
                for uns in (False, True):
                    for _ in range(6):
                        fpcr = rng.choice([0, FZ, RP << 22])
                        a = rand_op(rng, es)
                        if rng.random() < 0.6:   # values in / near the integer range
                            E, F, bias, _ = params(es)
                            top = min(bias + ib + 1, (1 << E) - 2)
                            a = rng.getrandbits(1) << (es - 1) | \
                                rng.randint(bias - 2, top) << F | rng.getrandbits(F)
                        e = Env(fpcr)
                        r = to_fixed(es, a, e, 0, ib, uns, rm)
                        R = REG[es]
                        ins = f"fcvt{sfx}{'u' if uns else 's'} {W[ib]}0, {R}1"
                        o.t(fpcr, f"{ld(1, es, a)}; mov x0, #-1; {ins}", r, e.fl)
    # fixed point FCVTZS/FCVTZU #fbits
    for es in (16, 32, 64):
        for ib in (32, 64):
            for uns in (False, True):
                for _ in range(8):
                    fb = rng.choice([1, 2, ib // 2, ib - 1, ib])
                    a = rand_op(rng, es)
                    e = Env(0)
                    r = to_fixed(es, a, e, fb, ib, uns, RZ)
                    R = REG[es]
                    ins = f"fcvtz{'u' if uns else 's'} {W[ib]}0, {R}1, #{fb}"
                    o.t(0, f"{ld(1, es, a)}; mov x0, #-1; {ins}", r, e.fl)
    # SCVTF/UCVTF, integer and fixed point, in several rounding modes
    ints = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0x7fffffffffffffff, 1 << 63,
            0xffffffffffffffff, 0x1000001, 0x1000003, 0x20000000000001, 0x20000000000003,
            0xfff, 0x1001]
    for es in (16, 32, 64):
        for ib in (32, 64):
            for uns in (False, True):
                for _ in range(12):
                    fpcr = rng.choice([0, RP << 22, RM << 22, RZ << 22, FZ16])
                    x = rng.choice(ints) if rng.random() < 0.6 else rng.getrandbits(ib)
                    x &= (1 << ib) - 1
                    fb = rng.choice([0, 0, 1, 5, ib])
                    e = Env(fpcr)
                    r = from_fixed(es, x, e, fb, ib, uns)
                    R = REG[es]
                    fbs = f", #{fb}" if fb else ""
                    ins = f"{'u' if uns else 's'}cvtf {R}0, {W[ib]}1{fbs}"
                    o.t(fpcr, f"ldr x1, ={x:#x}; {ins}; {res(es)}", r, e.fl)
    # FCVT between precisions
    for es in (16, 32, 64):
        for out in (16, 32, 64):
            if es == out:
                continue
            for _ in range(30):
                fpcr = rng.choice([0, RP << 22, RM << 22, RZ << 22, FZ, DN, FZ16, AHP])
                a = rand_op(rng, es)
                if rng.random() < 0.4 and es > out:      # near the output's range
                    E, F, bias, _ = params(es)
                    Eo, Fo, biaso, _ = params(out)
                    a = rng.getrandbits(1) << (es - 1) | \
                        (bias + rng.randint(-biaso - Fo - 2, biaso + 1)) << F | rng.getrandbits(F)
                e = Env(fpcr)
                r = fcvt(out, es, a, e)
                o.t(fpcr, f"{ld(1, es, a)}; fcvt {REG[out]}0, {REG[es]}1; {res(out)}", r, e.fl)
    o.write(d)


def gen_frint(rng, d):
    o = Out('frint')
    for es in (16, 32, 64):
        for sfx, rm, exact in [('n', RN, 0), ('p', RP, 0), ('m', RM, 0), ('z', RZ, 0),
                               ('a', RA, 0), ('x', None, 1), ('i', None, 0)]:
            for i in range(20):
                fpcr = rng.choice([0, RP << 22, RM << 22, RZ << 22, FZ, DN, FZ16])
                E, F, bias, _ = params(es)
                if i < 4:       # halves and near-halves
                    k = rng.randint(0, 6)
                    v = Fr(2 * k + 1, 2) + (Fr(0) if i < 2 else Fr(rng.choice([-1, 1]), 64))
                    a = fpround(es, -v if i & 1 else v, Env(0))
                else:
                    a = rand_op(rng, es)
                e = Env(fpcr)
                r = frint(es, a, e, rm, exact)
                R = REG[es]
                o.t(fpcr, f"{ld(1, es, a)}; frint{sfx} {R}0, {R}1; {res(es)}", r, e.fl)
    o.write(d)


def main():
    # optional: an output directory and a seed (for extra, uncommitted runs)
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 20261122)
    gen_arith(rng, d)
    gen_fma(rng, d)
    gen_cmp(rng, d)
    gen_cvt(rng, d)
    gen_frint(rng, d)


if __name__ == '__main__':
    main()
