"""IEEE 754 reference model (RISC-V flavour) and generator of the F/D tests.

Values are bit patterns; arithmetic is exact on Fractions and then rounded
with the requested rounding mode.  RISC-V specifics modelled: tininess is
detected after rounding, every NaN result is the canonical NaN, fmin/fmax
return the non-NaN operand (2.2 semantics), fcvt to integer saturates and
raises NV (not NX), out-of-range or NaN -> largest value.
"""
from fractions import Fraction as F
from math import isqrt

from gen import Out, h, sx, u64

NX, UF, OF, DZ, NV = 1, 2, 4, 8, 16
RNE, RTZ, RDN, RUP, RMM = range(5)
RMNAME = ['rne', 'rtz', 'rdn', 'rup', 'rmm']


class Fmt:
    def __init__(self, ebits, p, suffix):
        self.E, self.p, self.sfx = ebits, p, suffix
        self.bias = (1 << (ebits - 1)) - 1
        self.emin, self.emax = 1 - self.bias, self.bias
        self.width = 1 + ebits + p
        self.qnan = ((1 << ebits) - 1) << p | 1 << (p - 1)
        self.inf = ((1 << ebits) - 1) << p
        self.maxn = ((1 << ebits) - 2) << p | ((1 << p) - 1)
        self.sign = 1 << (self.width - 1)


S = Fmt(8, 23, 's')
D = Fmt(11, 52, 'd')


def decode(f, b):
    s = b >> (f.width - 1) & 1
    e = b >> f.p & ((1 << f.E) - 1)
    m = b & ((1 << f.p) - 1)
    if e == (1 << f.E) - 1:
        if m:
            return ('nan', not (m >> (f.p - 1)) & 1)
        return ('inf', s)
    if e == 0:
        v = F(m) * F(2) ** (f.emin - f.p)
    else:
        v = F(m | 1 << f.p) * F(2) ** (e - f.bias - f.p)
    return ('num', s, v)


def is_snan(f, b):
    d = decode(f, b)
    return d[0] == 'nan' and d[1]


def is_nan(f, b):
    return decode(f, b)[0] == 'nan'


def zero(f, s):
    return f.sign if s else 0


def ilog2(x):
    n = x.numerator.bit_length() - x.denominator.bit_length()
    while F(2) ** n > x:
        n -= 1
    while F(2) ** (n + 1) <= x:
        n += 1
    return n


def round_mag(f, s, x, rm):
    """Round |value| = x > 0 with sign s; returns (bits, flags)."""
    p = f.p

    def rnd(e):
        q = x / F(2) ** (e - p)
        i = q.numerator // q.denominator
        rem = q - i
        up = False
        if rem:
            if rm == RNE:
                up = rem > F(1, 2) or (rem == F(1, 2) and i & 1)
            elif rm == RMM:
                up = rem >= F(1, 2)
            elif rm == RDN:
                up = bool(s)
            elif rm == RUP:
                up = not s
        return i + up, rem != 0
    e = ilog2(x)
    i1, _ = rnd(e)
    tiny = (e + (1 if i1 >> (p + 1) else 0)) < f.emin
    ee = max(e, f.emin)
    i, inexact = rnd(ee)
    if i >> (p + 1):
        i >>= 1
        ee += 1
    flags = NX if inexact else 0
    if tiny and inexact:
        flags |= UF
    if ee > f.emax:
        toinf = rm in (RNE, RMM) or (rm == RDN and s) or (rm == RUP and not s)
        return (zero(f, s) | (f.inf if toinf else f.maxn)), OF | NX
    if i >> p:
        bits = (ee + f.bias) << p | (i - (1 << p))
    else:
        bits = i
    return zero(f, s) | bits, flags


def round_val(f, v, rm, zsign=0):
    if v == 0:
        return zero(f, zsign), 0
    return round_mag(f, v < 0, abs(v), rm)


def exact_zero_sign(rm):
    return 1 if rm == RDN else 0


def fadd(f, a, b, rm, neg_b=False):
    if neg_b and not is_nan(f, b):
        b ^= f.sign
    da, db = decode(f, a), decode(f, b)
    if da[0] == 'nan' or db[0] == 'nan':
        return f.qnan, NV if is_snan(f, a) or is_snan(f, b) else 0
    if da[0] == 'inf' and db[0] == 'inf':
        return (a, 0) if da[1] == db[1] else (f.qnan, NV)
    if da[0] == 'inf':
        return a, 0
    if db[0] == 'inf':
        return b, 0
    va = -da[2] if da[1] else da[2]
    vb = -db[2] if db[1] else db[2]
    v = va + vb
    if v == 0:
        if da[2] == 0 and db[2] == 0 and da[1] == db[1]:
            return zero(f, da[1]), 0
        return zero(f, exact_zero_sign(rm)), 0
    return round_val(f, v, rm)


def fmul(f, a, b, rm):
    da, db = decode(f, a), decode(f, b)
    if da[0] == 'nan' or db[0] == 'nan':
        return f.qnan, NV if is_snan(f, a) or is_snan(f, b) else 0
    s = (a ^ b) >> (f.width - 1) & 1
    ia, ib = da[0] == 'inf', db[0] == 'inf'
    if ia or ib:
        other = db if ia else da
        if other[0] == 'num' and other[2] == 0:
            return f.qnan, NV
        return zero(f, s) | f.inf, 0
    v = da[2] * db[2]
    if v == 0:
        return zero(f, s), 0
    return round_mag(f, s, v, rm)


def fdiv(f, a, b, rm):
    da, db = decode(f, a), decode(f, b)
    if da[0] == 'nan' or db[0] == 'nan':
        return f.qnan, NV if is_snan(f, a) or is_snan(f, b) else 0
    s = (a ^ b) >> (f.width - 1) & 1
    if da[0] == 'inf':
        return (f.qnan, NV) if db[0] == 'inf' else (zero(f, s) | f.inf, 0)
    if db[0] == 'inf':
        return zero(f, s), 0
    if db[2] == 0:
        return (f.qnan, NV) if da[2] == 0 else (zero(f, s) | f.inf, DZ)
    if da[2] == 0:
        return zero(f, s), 0
    return round_mag(f, s, da[2] / db[2], rm)


def fsqrt(f, a, rm):
    da = decode(f, a)
    if da[0] == 'nan':
        return f.qnan, NV if da[1] else 0
    if da[0] == 'inf':
        return (f.qnan, NV) if da[1] else (a, 0)
    if da[2] == 0:
        return a, 0
    if da[1]:
        return f.qnan, NV
    x = da[2]
    k = (2 * (f.p + 12) - ilog2(x)) // 2 + 1
    y = x * F(4) ** k
    n = y.numerator // y.denominator
    r = isqrt(n)
    exact = r * r == y
    v = F(r) / F(2) ** k
    if not exact:
        v += F(1) / F(2) ** (k + 1)
    return round_mag(f, 0, v, rm)


def ffma(f, a, b, c, rm, negprod=False, negc=False):
    if any(is_nan(f, x) for x in (a, b, c)):
        fl = NV if any(is_snan(f, x) for x in (a, b, c)) else 0
        # the spec requires NV for inf * 0 even when the addend is a quiet NaN
        if inf_times_zero(f, a, b):
            fl = NV
        return f.qnan, fl
    da, db, dc = decode(f, a), decode(f, b), decode(f, c)
    ps = ((a ^ b) >> (f.width - 1) & 1) ^ negprod
    cs = (c >> (f.width - 1) & 1) ^ negc
    pinf = da[0] == 'inf' or db[0] == 'inf'
    if pinf:
        other = db if da[0] == 'inf' else da
        if other[0] == 'num' and other[2] == 0:
            return f.qnan, NV
        if dc[0] == 'inf' and cs != ps:
            return f.qnan, NV
        return zero(f, ps) | f.inf, 0
    if dc[0] == 'inf':
        return zero(f, cs) | f.inf, 0
    pv = da[2] * db[2]
    v = (-pv if ps else pv) + (-dc[2] if cs else dc[2])
    if v == 0:
        if pv == 0 and dc[2] == 0 and ps == cs:
            return zero(f, ps), 0
        return zero(f, exact_zero_sign(rm)), 0
    return round_val(f, v, rm)


def inf_times_zero(f, a, b):
    da, db = decode(f, a), decode(f, b)
    z = lambda d: d[0] == 'num' and d[2] == 0
    return (da[0] == 'inf' and z(db)) or (db[0] == 'inf' and z(da))


def fminmax(f, a, b, want_max):
    fl = NV if is_snan(f, a) or is_snan(f, b) else 0
    if is_nan(f, a) and is_nan(f, b):
        return f.qnan, fl
    if is_nan(f, a):
        return b, fl
    if is_nan(f, b):
        return a, fl
    ka, kb = key(f, a), key(f, b)
    if want_max:
        return (a if ka >= kb else b), fl
    return (a if ka <= kb else b), fl


def key(f, b):
    """Total order for non-NaN values with -0 < +0."""
    d = decode(f, b)
    if d[0] == 'inf':
        return (F(10) ** 400 * (-1 if d[1] else 1), 0)
    v = -d[2] if d[1] else d[2]
    return (v, -1 if (v == 0 and d[1]) else 0)


def fcmp(f, op, a, b):
    if is_nan(f, a) or is_nan(f, b):
        sig = is_snan(f, a) or is_snan(f, b)
        return 0, NV if (op != 'feq' or sig) else 0
    va, vb = key(f, a)[0], key(f, b)[0]
    return int({'feq': va == vb, 'flt': va < vb, 'fle': va <= vb}[op]), 0


def fclass(f, b):
    d = decode(f, b)
    if d[0] == 'nan':
        return 1 << 8 if d[1] else 1 << 9
    if d[0] == 'inf':
        return 1 << 0 if d[1] else 1 << 7
    v = d[2]
    sub = v != 0 and v < F(2) ** f.emin
    if v == 0:
        return 1 << 3 if d[1] else 1 << 4
    if sub:
        return 1 << 2 if d[1] else 1 << 5
    return 1 << 1 if d[1] else 1 << 6


def round_int(v, s, rm):
    """Round the exact value v (Fraction) to an integer per rm."""
    i = v.numerator // v.denominator   # floor
    rem = v - i
    if rem == 0:
        return i, False
    if rm == RNE:
        up = rem > F(1, 2) or (rem == F(1, 2) and i & 1)
    elif rm == RMM:
        up = rem > F(1, 2) or (rem == F(1, 2) and v > 0)
    elif rm == RTZ:
        up = v < 0
    elif rm == RDN:
        up = False
    else:
        up = True
    return i + up, True


def fcvt_to_int(f, a, kind, rm):
    lo, hi = {'w': (-2**31, 2**31 - 1), 'wu': (0, 2**32 - 1),
              'l': (-2**63, 2**63 - 1), 'lu': (0, 2**64 - 1)}[kind]
    d = decode(f, a)
    if d[0] == 'nan':
        r, fl = hi, NV
    elif d[0] == 'inf':
        r, fl = (lo if d[1] else hi), NV
    else:
        v = -d[2] if d[1] else d[2]
        i, inexact = round_int(v, d[1], rm)
        if i < lo:
            r, fl = lo, NV
        elif i > hi:
            r, fl = hi, NV
        else:
            r, fl = i, NX if inexact else 0
    if kind in ('w', 'wu'):
        r = sx(r, 32)
    return u64(r), fl


def fcvt_from_int(f, x, kind, rm):
    x = u64(x)
    v = {'w': sx(x, 32), 'wu': x & 0xffffffff, 'l': sx(x, 64), 'lu': x}[kind]
    return round_val(f, F(v), rm)


def fcvt_fmt(fo, fi, a, rm):
    d = decode(fi, a)
    if d[0] == 'nan':
        return fo.qnan, NV if d[1] else 0
    if d[0] == 'inf':
        return zero(fo, d[1]) | fo.inf, 0
    if d[2] == 0:
        return zero(fo, d[1]), 0
    return round_mag(fo, d[1], d[2], rm)


def fb(f, x):
    """Bits of a Python float (or int pattern passthrough) in format f."""
    import struct
    if isinstance(x, int):
        return x
    if f is D:
        return struct.unpack('<Q', struct.pack('<d', x))[0]
    b, _ = round_val(S, F(x), RNE)
    return b


def vals(f):
    t = lambda x: fb(f, x)
    one = t(1.0)
    return [t(0.0), f.sign, one, t(-1.0), t(2.0), t(3.0), t(0.1), t(-0.1), t(1.5), t(2.5),
            t(-2.5), t(1e10), t(-7.25), one + 1, f.maxn, f.maxn | f.sign, 1 << f.p, 1,
            (1 << f.p) - 1 | f.sign, f.inf, f.inf | f.sign, f.qnan, f.qnan + 1 | f.sign,
            f.inf | 1 << (f.p - 2), t(1.0 / 3.0), t(123456.789)]


def lit(f, b):
    return h(b)


def sfx(macro, f):
    return macro + ('_D_X' if f is D else '_S_X')


def gen_arith(f):
    o = Out('fp_arith_%s.S' % f.sfx, '%s-precision add/sub/mul/div/sqrt/min/max, all rounding modes'
            % ('double' if f is D else 'single'))
    V = vals(f)
    ops = {'fadd': lambda a, b, rm: fadd(f, a, b, rm),
           'fsub': lambda a, b, rm: fadd(f, a, b, rm, neg_b=True),
           'fmul': lambda a, b, rm: fmul(f, a, b, rm),
           'fdiv': lambda a, b, rm: fdiv(f, a, b, rm)}
    m2 = sfx('TEST_FP_OP2', f)
    for name, fn in ops.items():
        inst = '%s.%s' % (name, f.sfx)
        for i, a in enumerate(V):
            for j, b in enumerate(V):
                if (i * 5 + j * 3) % 4:
                    continue
                r, fl = fn(a, b, RNE)
                o.t(m2, inst, fl, h(r), h(a), h(b))
        # every static rounding mode on inexact and overflow/underflow cases
        hard = [(V[6], V[24]), (V[7], V[24]), (V[14], V[14]), (V[17], V[8]),
                (V[15], V[2]), (V[10], V[24]), (V[13], V[3]), (V[25], V[12])]
        for a, b in hard:
            for rm in range(5):
                r, fl = fn(a, b, rm)
                o.t(m2, inst, fl, h(r), h(a), h(b), RMNAME[rm])
        # dynamic rounding mode from frm
        for rm in range(5):
            o.raw('    csrwi frm, %d' % rm)
            for a, b in hard[:4]:
                r, fl = fn(a, b, rm)
                o.t(m2, inst, fl, h(r), h(a), h(b))
                o.t(m2, inst, fl, h(r), h(a), h(b), 'dyn')
        o.raw('    csrwi frm, 0')
    m1 = sfx('TEST_FP_OP1', f)
    sq = V + [fb(f, 4.0), fb(f, 2.0), fb(f, 1e-300 if f is D else 1e-30), 3, fb(f, 0.25)]
    for a in sq:
        r, fl = fsqrt(f, a, RNE)
        o.t(m1, 'fsqrt.' + f.sfx, fl, h(r), h(a))
    for a in [fb(f, 2.0), fb(f, 3.0), fb(f, 0.1), 1]:
        for rm in range(5):
            r, fl = fsqrt(f, a, rm)
            o.t(m1, 'fsqrt.' + f.sfx, fl, h(r), h(a), RMNAME[rm])
    for name, mx in [('fmin', False), ('fmax', True)]:
        for i, a in enumerate(V + [f.qnan - (1 << (f.p - 2)) + 1]):
            for j, b in enumerate(V):
                both_zero = (a | b) & ~f.sign == 0
                if (i + j) % 3 and not (is_nan(f, a) or is_nan(f, b) or both_zero):
                    continue
                r, fl = fminmax(f, a, b, mx)
                o.t(m2, '%s.%s' % (name, f.sfx), fl, h(r), h(a), h(b))
    o.write()


def gen_cmp():
    o = Out('fp_cmp.S', 'feq/flt/fle and fclass, single and double')
    for f in (S, D):
        V = vals(f) + [f.inf | 1]  # signaling NaN
        mc = sfx('TEST_FP_CMP', f)
        for op in ('feq', 'flt', 'fle'):
            for i, a in enumerate(V):
                for j, b in enumerate(V):
                    if (i * 3 + j) % 4 and not (a & ~f.sign == 0 and b & ~f.sign == 0):
                        continue
                    r, fl = fcmp(f, op, a, b)
                    o.t(mc, '%s.%s' % (op, f.sfx), fl, r, h(a), h(b))
        for a in V + [1 | f.sign, (1 << f.p) | f.sign]:
            o.t('TEST_FCLASS_' + f.sfx.upper(), fclass(f, a), h(a))
    o.write()


def gen_cvt():
    o = Out('fp_cvt.S', 'fcvt between int and float (all widths/rounding modes, saturation), s<->d')
    for f in (S, D):
        V = vals(f) + [fb(f, x) for x in (-0.5, 0.5, -1.5, 2147483647.0, 2147483648.0,
                                          -2147483648.0, -2147483649.0, 4294967295.0,
                                          4294967296.0, 9.2233720368547758e18, -9.2233720368547758e18,
                                          1.8446744073709552e19, -0.9, 0.9999)] + [f.inf | 1]
        mt = sfx('TEST_FCVT_TO_INT', f)
        for kind in ('w', 'wu', 'l', 'lu'):
            inst = 'fcvt.%s.%s' % (kind, f.sfx)
            for i, a in enumerate(V):
                for rm in range(5):
                    if rm and (i + rm) % 3:
                        continue
                    r, fl = fcvt_to_int(f, a, kind, rm)
                    o.t(mt, inst, fl, h(r), h(a), RMNAME[rm])
        ints = [0, 1, -1, 7, 0x7fffffff, -0x80000000, 0xffffffff, 0x80000001,
                0x7fffffffffffffff, -0x8000000000000000, 0x123456789abcdef1, 16777217,
                0x20000000000001, -0x20000000000003, 0xffffffff80000001]
        mf = sfx('TEST_FCVT_FROM_INT', f)
        for kind in ('w', 'wu', 'l', 'lu'):
            inst = 'fcvt.%s.%s' % (f.sfx, kind)
            exact = f is D and kind in ('w', 'wu')
            for k, x in enumerate(ints):
                for rm in range(5):
                    if rm and ((k + rm) % 3 or exact):
                        continue
                    r, fl = fcvt_from_int(f, x, kind, rm)
                    if exact:
                        o.t('TEST_FCVT_FROM_INT_D_NORM_X', inst, fl, h(r), h(x))
                    else:
                        o.t(mf, inst, fl, h(r), h(x), RMNAME[rm])
    # dynamic rounding mode (frm) for the conversions that round
    for rm in range(5):
        o.raw('    csrwi frm, %d' % rm)
        for f in (S, D):
            for a in [fb(f, x) for x in (2.5, -2.5, 0.5, -1.5, 7.75)]:
                r, fl = fcvt_to_int(f, a, 'w', rm)
                o.t(sfx('TEST_FCVT_TO_INT', f), 'fcvt.w.' + f.sfx, fl, h(r), h(a), 'dyn')
                r, fl = fcvt_to_int(f, a, 'lu', rm)
                o.t(sfx('TEST_FCVT_TO_INT', f), 'fcvt.lu.' + f.sfx, fl, h(r), h(a), 'dyn')
            for x in (16777217, -0x20000000000003, 0x7fffffffffffffff):
                r, fl = fcvt_from_int(f, x, 'l', rm)
                o.t(sfx('TEST_FCVT_FROM_INT', f), 'fcvt.%s.l' % f.sfx, fl, h(r), h(x), 'dyn')
        for a in (0x3e7fffffffffffff, 0x3fd5555555555555, 0xbfd5555555555555):
            r, fl = fcvt_fmt(S, D, a, rm)
            o.t('TEST_FCVT_S_D', fl, h(r), h(a), 'dyn')
    o.raw('    csrwi frm, 0')
    # double -> single (rounding) and single -> double (exact)
    for a in vals(D) + [D.inf | 1, 0x36a0000000000000, 0x3e7fffffffffffff, 0x47efffffe0000000,
                        0x47efffffefffffff, 0x3810000000000000, 0x380fffffffffffff]:
        for rm in range(5):
            if rm and (a + rm) % 3:
                continue
            r, fl = fcvt_fmt(S, D, a, rm)
            o.t('TEST_FCVT_S_D', fl, h(r), h(a), RMNAME[rm])
    for a in vals(S) + [S.inf | 1, 1]:
        r, fl = fcvt_fmt(D, S, a, RNE)
        o.t('TEST_FCVT_D_S', fl, h(r), h(a))
    o.write()


def gen_fma():
    o = Out('fp_fma.S', 'fmadd/fmsub/fnmsub/fnmadd, single and double, rounding modes')
    for f in (S, D):
        t = lambda x: fb(f, x)
        V = [t(1.0), t(-1.0), t(0.1), t(3.0), t(-2.5), t(1e10), 0, f.sign, f.inf, f.inf | f.sign,
             f.maxn, 1, f.qnan, f.inf | 1, t(1.0 / 3.0)]
        forms = {'fmadd': (False, False), 'fmsub': (False, True),
                 'fnmsub': (True, False), 'fnmadd': (True, True)}
        m3 = sfx('TEST_FP_OP3', f)
        for name, (np_, nc) in forms.items():
            inst = '%s.%s' % (name, f.sfx)
            for i, a in enumerate(V):
                for j, b in enumerate(V):
                    for k, c in enumerate(V):
                        if (i * 7 + j * 5 + k * 3) % 17:
                            continue
                        r, fl = ffma(f, a, b, c, RNE, np_, nc)
                        o.t(m3, inst, fl, h(r), h(a), h(b), h(c))
            # exactness of the fused product: a*b+c where a*b is not representable
            eps = t(1.0) + 1
            for a, b, c in [(eps, eps, t(-1.0)), (t(0.1), t(10.0), t(-1.0)),
                            (t(1.0 / 3.0), t(3.0), t(-1.0)), (f.maxn, t(2.0), f.maxn | f.sign),
                            (t(1.0), t(1.0), t(-1.0)), (0, f.sign, 0)]:
                for rm in range(5):
                    r, fl = ffma(f, a, b, c, rm, np_, nc)
                    o.t(m3, inst, fl, h(r), h(a), h(b), h(c), RMNAME[rm])
            # dynamic rounding mode
            for rm in range(5):
                o.raw('    csrwi frm, %d' % rm)
                for a, b, c in [(t(0.1), t(10.0), t(-1.0)), (t(1.0 / 3.0), t(3.0), t(-1.0))]:
                    r, fl = ffma(f, a, b, c, rm, np_, nc)
                    o.t(m3, inst, fl, h(r), h(a), h(b), h(c))
            o.raw('    csrwi frm, 0')
    o.write()


def main():
    gen_arith(S)
    gen_arith(D)
    gen_cmp()
    gen_cvt()
    gen_fma()
