#!/usr/bin/env python3
"""Generate lse.S: LSE atomics with expected values from a Python model of
the Arm ARM pseudocode (run: python3 gen_lse.py > lse.S; the output is
committed, this script documents where the numbers come from)."""

SIZES = [(8, 'b'), (16, 'h'), (32, ''), (64, '')]
ORD = ['', 'a', 'l', 'al']


def sext(v, bits):
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v


def model(op, old, val, bits):
    m = (1 << bits) - 1
    old &= m
    val &= m
    return {
        'add': (old + val) & m, 'clr': old & ~val & m, 'eor': old ^ val,
        'set': old | val,
        'smax': old if sext(old, bits) > sext(val, bits) else val,
        'smin': old if sext(old, bits) < sext(val, bits) else val,
        'umax': max(old, val), 'umin': min(old, val), 'swp': val,
    }[op]


# memory starts as PAT with the low `bits` replaced by the operand under test
PAT = 0xa5a5a5a5a5a5a5a5
CASES = [  # (memory low part, register operand): sign bits set and clear
    (0x8000000000000081, 0x7000000000000012),
    (0x0000000000000075, 0xf0000000000000f3),
    (0xffffffffffffffff, 0x0000000000000001),
]

out = []
n = [0]


def emit(mnem, rs, rt, mem, val, bits, res_reg, exp_res, exp_mem):
    n[0] += 1
    t = n[0]
    reg = 'x' if bits == 64 else 'w'
    out.append(f"test_{t}:  /* {mnem} */")
    out.append(f"    mov x19, {t}")
    out.append(f"    ldr x9, ={mem:#x}")
    out.append("    str x9, [x4]")
    out.append(f"    ldr x2, ={val:#x}")
    out.append("    mov x3, -1")
    out.append(f"    {mnem} {reg}2, {reg}{rt}, [x4]" if rt is not None else f"    {mnem} {reg}2, [x4]")
    if res_reg:
        out.append(f"    CHECK_EQ_T({t}, r, {res_reg}, {exp_res:#x})")
    out.append("    ldr x1, [x4]")
    out.append(f"    CHECK_EQ_T({t}, m, x1, {exp_mem:#x})")


def full_mem(low, bits):
    m = (1 << bits) - 1
    return (PAT & ~m) | (low & m)


def main():
    k = 0
    for op in ['add', 'clr', 'eor', 'set', 'smax', 'smin', 'umax', 'umin', 'swp']:
        for bits, suf in SIZES:
            for ci, (mlow, val) in enumerate(CASES):
                o = ORD[k % 4]
                k += 1
                base = 'swp' if op == 'swp' else 'ld' + op
                mnem = base + o + suf
                mem = full_mem(mlow, bits)
                old = mem & ((1 << bits) - 1)
                new = model(op, old, val, bits)
                emit(mnem, 2, 3, mem, val, bits, 'x3', old, full_mem(new, bits))
                if op != 'swp' and ci == 0:
                    # ST<op> alias (Rt = XZR): only memory changes
                    so = ['', 'l'][k % 2]
                    emit('st' + op + so + suf, 2, None, mem, val, bits, None, 0,
                         full_mem(new, bits))
    # CAS: success (compare value matches) and failure, every size
    for bits, suf in SIZES:
        m = (1 << bits) - 1
        for ok in (True, False):
            o = ORD[k % 4]
            k += 1
            mem = full_mem(0x8877665544332211, bits)
            old = mem & m
            cmp = old if ok else old ^ 1
            n[0] += 1
            t = n[0]
            reg = 'x' if bits == 64 else 'w'
            newv = 0x0f1e2d3c4b5a6978
            out.append(f"test_{t}:  /* cas{o}{suf} {'success' if ok else 'failure'} */")
            out.append(f"    mov x19, {t}")
            out.append(f"    ldr x9, ={mem:#x}")
            out.append("    str x9, [x4]")
            out.append(f"    ldr x2, ={cmp | (0xdead << 48 if bits < 64 else 0):#x}")
            out.append(f"    ldr x3, ={newv:#x}")
            out.append(f"    cas{o}{suf} {reg}2, {reg}3, [x4]")
            out.append(f"    CHECK_EQ_T({t}, r, x2, {old:#x})")
            out.append("    ldr x1, [x4]")
            exp = full_mem(newv, bits) if ok else mem
            out.append(f"    CHECK_EQ_T({t}, m, x1, {exp:#x})")
    # CASP: W and X pairs, success and failure
    for bits in (32, 64):
        m = (1 << bits) - 1
        for ok in (True, False):
            o = ORD[k % 4]
            k += 1
            lo, hi = 0x8877665544332211 & m, 0x1122334455667788 & m
            n[0] += 1
            t = n[0]
            reg = 'x' if bits == 64 else 'w'
            step = bits // 8
            out.append(f"test_{t}:  /* casp{o} {reg} {'success' if ok else 'failure'} */")
            out.append(f"    mov x19, {t}")
            out.append(f"    ldr x9, ={0x8877665544332211:#x}")
            out.append(f"    ldr x10, ={0x1122334455667788:#x}")
            if bits == 32:
                out.append("    str w9, [x4]")
                out.append(f"    str w10, [x4, 4]")
                out.append("    str xzr, [x4, 8]")
            else:
                out.append("    stp x9, x10, [x4]")
            out.append(f"    ldr x6, ={lo:#x}")
            out.append(f"    ldr x7, ={hi if ok else hi ^ 0x100:#x}")
            out.append(f"    ldr x10, ={0xcafef00dcafe0001 & m:#x}")
            out.append(f"    ldr x11, ={0x0badbeef0bad0002 & m:#x}")
            out.append(f"    casp{o} {reg}6, {reg}7, {reg}10, {reg}11, [x4]")
            out.append(f"    CHECK_EQ_T({t}, lo, x6, {lo:#x})")
            out.append(f"    CHECK_EQ_T({t}, hi, x7, {hi:#x})")
            if ok:
                elo, ehi = 0xcafef00dcafe0001 & m, 0x0badbeef0bad0002 & m
            else:
                elo, ehi = lo, hi
            if bits == 32:
                out.append("    ldr x1, [x4]")
                out.append(f"    CHECK_EQ_T({t}, m, x1, {(ehi << 32) | elo:#x})")
            else:
                out.append("    ldp x1, x12, [x4]")
                out.append(f"    CHECK_EQ_T({t}, m, x1, {elo:#x})")
                out.append(f"    CHECK_EQ_T({t}, m2, x12, {ehi:#x})")
    print("/* Generated by gen_lse.py (expected values from its model of the Arm ARM):")
    print(" * LSE atomics LD<op>{A}{L}{B,H}, ST<op>, SWP, CAS, CASP at every size: the")
    print(" * returned old value (zero-extended into the W/X register) and memory. */")
    print('#include "test.h"')
    print()
    print("TEST_DATA_BEGIN")
    print("wbuf:   .fill 32, 1, 0")
    print("TEST_DATA_END")
    print()
    print("TEST_BEGIN")
    print("    adr x4, wbuf")
    print("\n".join(out))
    print("    b pass")
    print("TEST_END")


main()
