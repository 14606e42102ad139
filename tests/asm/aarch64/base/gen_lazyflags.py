#!/usr/bin/env python3
"""Generate lazyflags.S: NZCV after each kind of flag-setting instruction,
read back in the same block and in later blocks.

xrun keeps NZCV lazily after compares (the operands, not the flags), so
every flag setter here is followed by all the ways of reading the flags:
CSET of every condition and ADC (carry in) and MRS NZCV in the setter's own
block, then B.cond of every condition, CSET, ADC and MRS again each at the
start of a new block (after a B to the next instruction).

Setters: CMP/ADDS/TST/ANDS/SUBS (shifted register) in 64 and 32 bits over
pairs of edge values, CMN/ADDS/SUBS with a 12-bit (optionally LSL 12)
immediate, CCMP/CCMN with the condition true and false, and MSR NZCV of all
16 values.  Expected values come from the Arm ARM pseudocode in a64flags.py
(AddWithCarry, ConditionHolds); no emulator is consulted.

The build runs it (tests/asm/aarch64/meson.build, a64_asm_gen) and assembles
what it prints; nothing generated is kept in the tree.  The output is
byte-identical to the lazyflags.S that was committed before this script.
"""

from a64flags import CONDS, M64, C, add_with_carry, cond_mask, holds, \
    logic_flags, sub_flags

# operands: edges of the signed and unsigned ranges in 64 and 32 bits, and
# values whose halves differ (a 32-bit op must ignore the upper half)
VALS = [0, 1, 2, 5, M64, 1 << 63, (1 << 63) - 1, 1 << 31, (1 << 31) - 1, (1 << 32) - 1,
        0xdeadbeef00000001, 0x123456789abcdef0, 0xffffffff80000000, 1 << 32]

out = []
emit = out.append


def reg_ops():
    """CMP x and w over value pairs (i, j) with i = j mod 5: each value
    against itself and against others of different sign and width."""
    for i, x in enumerate(VALS):
        for j, y in enumerate(VALS):
            if i % 5 != j % 5:
                continue
            yield x, y, 'cmp x1, x2', sub_flags(x, y, 64)
            yield x, y, 'cmp w1, w2', sub_flags(x, y, 32)


def same_ops():
    """The other register forms with x1 = x2 = v (v + v carries and
    overflows at the edges, v & v is v)."""
    for v in VALS:
        yield v, v, 'adds x3, x1, x2', add_with_carry(v, v, 0, 64)
        yield v, v, 'adds w3, w1, w2', add_with_carry(v, v, 0, 32)
        yield v, v, 'tst x1, x2', logic_flags(v & v, 64)
        yield v, v, 'ands w3, w1, w2', logic_flags(v & v, 32)
        yield v, v, 'subs x3, x1, x2, lsl 1', sub_flags(v, (v << 1) & M64, 64)


def imm_ops():
    """The immediate forms: 1, the largest 12-bit value, 1 << 12, 0."""
    for v in VALS:
        for imm, sh in [(1, 0), (4095, 0), (1, 12), (0, 0)]:
            y = imm << sh
            yield v, 0, 'cmn x1, %d, lsl %d' % (imm, sh), add_with_carry(v, y, 0, 64)
            yield v, 0, 'cmn w1, %d, lsl %d' % (imm, sh), add_with_carry(v, y, 0, 32)
            yield v, 0, 'adds x3, x1, %d, lsl %d' % (imm, sh), add_with_carry(v, y, 0, 64)
            yield v, 0, 'subs w3, w1, %d, lsl %d' % (imm, sh), sub_flags(v, y, 32)


def ccmp_case(i):
    """Case i of 75 CCMP/CCMN after a CMP x4, x5: the condition (every one
    but AL in turn) holds or not over the CMP's flags; when it fails the
    result is the #nzcv immediate, which steps through 0..15."""
    x1 = VALS[i % 14]
    x2 = 5 if i % 2 == 0 else 0xdeadbeef00000001
    x4, x5 = VALS[(5 * i + 1) % 14], VALS[(3 * i + 2) % 14]
    cond = CONDS[3 * i % 14]
    nzcv = 3 * i // 14
    bits = 32 if i % 2 == 0 else 64
    r = 'w' if bits == 32 else 'x'
    if i % 3 == 2:
        imm = (i + 1) % 32
        op = 'ccmn %s1, %d, %d, %s' % (r, imm, nzcv, cond)
        taken = add_with_carry(x1, imm, 0, bits)
    else:
        op = 'ccmp %s1, %s2, %d, %s' % (r, r, nzcv, cond)
        taken = sub_flags(x1, x2, bits)
    f = taken if holds(cond, sub_flags(x4, x5, 64)) else nzcv
    setup = ['ldr x1, =0x%x' % x1, 'ldr x2, =0x%x' % x2, 'ldr x4, =0x%x' % x4,
             'ldr x5, =0x%x' % x5, 'cmp x4, x5', op]
    return setup, f


def readers(n, f):
    """Read the flags f every way, in this block and in later ones, and
    check each reading against the model."""
    emit('    mov x12, 0')
    # CSET cannot encode AL: its bit is set by hand
    for i, c in enumerate(CONDS[:-1]):
        emit('    cset x13, %s' % c)
        emit('    orr x12, x12, x13, lsl %d' % i)
    emit('    orr x12, x12, 0x%x' % (1 << CONDS.index('al')))
    emit('    adc x6, xzr, xzr')
    emit('    mrs x7, nzcv')
    emit('    b 90f')
    emit('90:')
    for i, c in enumerate(CONDS):
        emit('    b.%s 91f' % c)
        emit('    b 92f')
        emit('91: orr x0, x0, %d' % (1 << i))
        emit('92:')
    emit('    cset x9, gt')
    emit('    b 93f')
    emit('93:')
    emit('    cset x10, vs')
    emit('    b 94f')
    emit('94:')
    emit('    adc x8, xzr, xzr')
    emit('    b 95f')
    emit('95:')
    emit('    mrs x3, nzcv')
    mask, carry = cond_mask(f), int(bool(f & C))
    emit('    CHECK_EQ_T(%d, m0, x0, 0x%x)' % (n, mask))
    emit('    CHECK_EQ_T(%d, m1, x12, 0x%x)' % (n, mask))
    emit('    CHECK_EQ_T(%d, c0, x6, %d)' % (n, carry))
    emit('    CHECK_EQ_T(%d, c1, x8, %d)' % (n, carry))
    emit('    CHECK_EQ_T(%d, f0, x7, 0x%x)' % (n, f << 28))
    emit('    CHECK_EQ_T(%d, f1, x3, 0x%x)' % (n, f << 28))
    emit('    CHECK_EQ_T(%d, gt, x9, %d)' % (n, holds('gt', f)))
    emit('    CHECK_EQ_T(%d, vs, x10, %d)' % (n, holds('vs', f)))


def test(n, setup, f):
    emit('test_%d:' % n)
    emit('    mov x19, %d' % n)
    emit('    mov x0, 0')
    for line in setup:
        emit('    ' + line)
    readers(n, f)


def main():
    emit('/* Flags read in the same block and in later blocks (B.cond, CSET, ADC, MRS NZCV)')
    emit(' * after CMP/CMN/ADDS/SUBS/TST/ANDS/CCMP/CCMN/MSR, 64- and 32-bit: xrun keeps')
    emit(' * NZCV lazily after compares.  Generated by gen_lazyflags.py (do not edit) from')
    emit(' * a64flags.py, a model of AddWithCarry and ConditionHolds: bit i of a mask =')
    emit(' * condition i holds. */')
    emit('#include "test.h"')
    emit('')
    emit('TEST_BEGIN')
    n = 1000
    for gen in (reg_ops, same_ops, imm_ops):
        for x, y, op, f in gen():
            test(n, ['mov x4, 0', 'ldr x1, =0x%x' % x, 'ldr x2, =0x%x' % y, op], f)
            n += 1
    for i in range(75):
        test(n, *ccmp_case(i))
        n += 1
    for f in range(16):
        test(n, ['mov x4, 0', 'mov x1, 0x%x' % (f << 28), 'msr nzcv, x1'], f)
        n += 1
    emit('    b pass')
    emit('TEST_END')
    print('\n'.join(out))


main()
