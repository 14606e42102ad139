#!/usr/bin/env python3
"""Generate struct.S: AdvSIMD structure loads/stores (LD1-4/ST1-4 multiple
and single structure, LD1R-LD4R, post-index) with expected register and
memory contents from a Python model of the Arm ARM pseudocode
(python3 gen_struct.py > struct.S; the output is committed)."""

MEM = bytes(range(256))[:128]          # buf: byte i = i
def init_reg(r):                        # V(r) before each case: bytes 0xa0 + 8r + i
    return [(0xa0 + 8 * r + i) & 0xff for i in range(16)]

ARR = {'8b': (0, 0), '16b': (0, 1), '4h': (1, 0), '8h': (1, 1), '2s': (2, 0),
       '4s': (2, 1), '1d': (3, 0), '2d': (3, 1)}
out = []
n = [0]


def q64(bs):
    return int.from_bytes(bytes(bs), 'little')


def regs_text(first, cnt, arr):
    return '{' + ', '.join(f'v{(first + i) % 32}.{arr}' for i in range(cnt)) + '}'


def multi_model(load, first, cnt_regs, selem, arr, regs, mem_w):
    esz, q = ARR[arr]
    eb = 1 << esz
    nelem = (16 if q else 8) // eb
    rpt = cnt_regs // selem
    off = 0
    for rr in range(rpt):
        for e in range(nelem):
            for s in range(selem):
                r = (first + rr + s) % 32
                if load:
                    regs[r][e * eb:(e + 1) * eb] = MEM[off:off + eb]
                else:
                    mem_w[off:off + eb] = regs[r][e * eb:(e + 1) * eb]
                off += eb
    if load and not q:
        for i in range(cnt_regs):
            regs[(first + i) % 32][8:] = [0] * 8
    return off


def single_model(load, first, selem, esz, idx, regs, mem_w, rep=False, q=1):
    eb = 1 << esz
    for s in range(selem):
        r = (first + s) % 32
        if rep:
            regs[r] = list(MEM[s * eb:(s + 1) * eb]) * ((16 if q else 8) // eb) + ([] if q else [0] * 8)
        elif load:
            regs[r][idx * eb:(idx + 1) * eb] = MEM[s * eb:(s + 1) * eb]
        else:
            mem_w[s * eb:(s + 1) * eb] = regs[r][idx * eb:(idx + 1) * eb]
    return selem * eb


def case(asm, load, used, model, post=None):
    """used: registers to initialise and check; post: (kind, value) of writeback."""
    n[0] += 1
    t = n[0]
    regs = {r: init_reg(r) for r in range(32)}
    mem_w = [0] * 128
    nbytes = model(regs, mem_w)
    out.append(f"test_{t}:  /* {asm} */")
    out.append(f"    mov x19, {t}")
    for r in used:
        out.append(f"    ldr q{r}, [x1, {16 * r}]")
    if not load:
        out.append("    bl clear_wbuf")
    out.append("    mov x2, x0" if load else "    mov x2, x4")
    out.append("    mov x3, 5")
    out.append(f"    {asm}")
    if post:
        out.append("    sub x5, x2, x0" if load else "    sub x5, x2, x4")
        exp = nbytes if post == 'imm' else 5
        out.append(f"    CHECK_EQ_T({t}, wb, x5, {exp})")
    if load:
        for r in used:
            out.append(f"    str q{r}, [x6]")
            out.append("    ldp x7, x8, [x6]")
            out.append(f"    CHECK_EQ_T({t}, lo{r}, x7, {q64(regs[r][:8]):#x})")
            out.append(f"    CHECK_EQ_T({t}, hi{r}, x8, {q64(regs[r][8:]):#x})")
    else:
        for k in range(0, max(nbytes, 8) + 8, 8):
            out.append(f"    ldr x7, [x4, {k}]")
            out.append(f"    CHECK_EQ_T({t}, m{k}, x7, {q64(mem_w[k:k + 8]):#x})")


def multi(op, first, cnt, arr, post=None):
    selem = int(op[2])
    load = op.startswith('ld')
    suffix = ''
    if post == 'imm':
        esz, q = ARR[arr]
        suffix = f', {cnt * (16 if q else 8)}'
    elif post == 'reg':
        suffix = ', x3'
    asm = f"{op} {regs_text(first, cnt, arr)}, [x2]{suffix}"
    used = [(first + i) % 32 for i in range(cnt)]
    case(asm, load, used, lambda regs, mw: multi_model(load, first, cnt, selem, arr, regs, mw), post)


def single(op, first, esz, idx, post=None):
    selem = int(op[2])
    load = op.startswith('ld')
    t = 'bhsd'[esz]
    suffix = ''
    if post == 'imm':
        suffix = f', {selem << esz}'
    elif post == 'reg':
        suffix = ', x3'
    regl = '{' + ', '.join(f'v{(first + i) % 32}.{t}' for i in range(selem)) + '}'
    asm = f"{op} {regl}[{idx}], [x2]{suffix}"
    used = [(first + i) % 32 for i in range(selem)]
    case(asm, load, used, lambda regs, mw: single_model(load, first, selem, esz, idx, regs, mw), post)


def rep(op, first, arr, post=None):
    selem = int(op[2])
    esz, q = ARR[arr]
    suffix = ''
    if post == 'imm':
        suffix = f', {selem << esz}'
    elif post == 'reg':
        suffix = ', x3'
    asm = f"{op} {regs_text(first, selem, arr)}, [x2]{suffix}"
    used = [(first + i) % 32 for i in range(selem)]
    case(asm, True, used,
         lambda regs, mw: single_model(True, first, selem, esz, 0, regs, mw, rep=True, q=q), post)


# LD1/ST1 of whole registers
multi('ld1', 0, 1, '16b')
multi('ld1', 1, 1, '8b')
multi('ld1', 2, 2, '2d')
multi('ld1', 4, 3, '4s', 'imm')
multi('ld1', 7, 4, '8h', 'reg')
multi('ld1', 30, 4, '4h', 'imm')
multi('ld1', 31, 2, '1d')
multi('st1', 0, 1, '16b')
multi('st1', 3, 2, '8b', 'imm')
multi('st1', 5, 3, '2d')
multi('st1', 29, 4, '4s', 'reg')
# interleaving
multi('ld2', 0, 2, '16b')
multi('ld2', 2, 2, '4h', 'imm')
multi('ld2', 31, 2, '2d')
multi('ld3', 0, 3, '8h')
multi('ld3', 4, 3, '2s', 'reg')
multi('ld3', 8, 3, '16b', 'imm')
multi('ld4', 0, 4, '16b')
multi('ld4', 4, 4, '4s', 'imm')
multi('ld4', 8, 4, '8b', 'reg')
multi('ld4', 30, 4, '2d')
multi('ld4', 12, 4, '4h')
multi('st2', 0, 2, '8h')
multi('st2', 2, 2, '2s', 'imm')
multi('st3', 0, 3, '16b')
multi('st3', 4, 3, '4h', 'reg')
multi('st4', 0, 4, '4s')
multi('st4', 30, 4, '8b', 'imm')
multi('st4', 4, 4, '2d')
# single structure
single('ld1', 0, 0, 15)
single('ld1', 1, 1, 3, 'imm')
single('ld1', 2, 2, 2)
single('ld1', 3, 3, 1, 'reg')
single('ld2', 4, 1, 5)
single('ld2', 31, 0, 0, 'imm')
single('ld3', 6, 2, 1)
single('ld3', 9, 3, 0, 'imm')
single('ld4', 12, 0, 9)
single('ld4', 16, 3, 1, 'reg')
single('ld4', 20, 2, 3)
single('st1', 0, 2, 3)
single('st1', 1, 0, 12, 'imm')
single('st2', 2, 0, 7)
single('st3', 4, 1, 4, 'reg')
single('st4', 8, 3, 1)
single('st4', 28, 2, 2, 'imm')
# replicate
rep('ld1r', 0, '8b')
rep('ld1r', 1, '4s')
rep('ld1r', 2, '1d', 'imm')
rep('ld2r', 3, '8h')
rep('ld2r', 5, '2s', 'reg')
rep('ld3r', 7, '2d')
rep('ld3r', 10, '16b', 'imm')
rep('ld4r', 13, '4h')
rep('ld4r', 30, '4s', 'imm')

print("/* Generated by gen_struct.py (expected values from its model of the Arm ARM):")
print(" * AdvSIMD LD1-LD4/ST1-ST4 (multiple and single structure), LD1R-LD4R, with")
print(" * post-index by immediate and by register; register lists wrapping past v31;")
print(" * 64-bit arrangements clear the upper half. */")
print('#include "test.h"')
print()
print("TEST_DATA_BEGIN")
print("buf:    .byte " + ", ".join(str(i) for i in range(128)))
print("init:   .byte " + ", ".join(str(b) for r in range(32) for b in init_reg(r)))
print("wbuf:   .fill 160, 1, 0")
print("tmp:    .fill 16, 1, 0")
print("TEST_DATA_END")
print()
print("TEST_BEGIN")
print("    adr x0, buf")
print("    adr x1, init")
print("    adr x4, wbuf")
print("    adr x6, tmp")
print("\n".join(out))
print("    b pass")
print("clear_wbuf:")
print("    mov x9, 0")
print("1:  str xzr, [x4, x9]")
print("    add x9, x9, 8")
print("    cmp x9, 160")
print("    b.lt 1b")
print("    ret")
print("TEST_END")
