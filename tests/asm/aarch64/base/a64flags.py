"""The Arm ARM's NZCV pseudocode in Python, shared by the scripts that
generate the flag tests (gen_blockflags.py, gen_lazyflags.py): the expected
values of those tests come from here, never from running an emulator.

Flags are a 4-bit int, N=8 Z=4 C=2 V=1 (NZCV >> 28 as MRS NZCV reads it).
"""

# condition codes in encoding order (cond<3:1> picks the test, cond<0> inverts
# it, except for AL)
CONDS = ['eq', 'ne', 'cs', 'cc', 'mi', 'pl', 'vs', 'vc', 'hi', 'ls', 'ge', 'lt', 'gt', 'le', 'al']
N, Z, C, V = 8, 4, 2, 1
M64 = (1 << 64) - 1


def add_with_carry(x, y, carry, bits):
    """AddWithCarry(x, y, carry) on bits-wide operands: the flags only."""
    mask = (1 << bits) - 1
    x &= mask
    y &= mask

    def sint(v):
        return v - (1 << bits) if v >> (bits - 1) else v
    usum = x + y + carry
    ssum = sint(x) + sint(y) + carry
    res = usum & mask
    f = 0
    f |= N if res >> (bits - 1) else 0
    f |= Z if res == 0 else 0
    f |= C if res != usum else 0
    f |= V if sint(res) != ssum else 0
    return f


def sub_flags(x, y, bits):
    """SUBS/CMP: AddWithCarry(x, NOT(y), 1)."""
    return add_with_carry(x, ~y & M64, 1, bits)


def logic_flags(res, bits):
    """ANDS/TST/BICS: N and Z of the result, C = V = 0."""
    res &= (1 << bits) - 1
    return (N if res >> (bits - 1) else 0) | (Z if res == 0 else 0)


def holds(cond, f):
    """ConditionHolds(cond) with PSTATE.NZCV = f."""
    n, z, c, v = bool(f & N), bool(f & Z), bool(f & C), bool(f & V)
    base = CONDS.index(cond) >> 1
    r = [z, c, n, v, c and not z, n == v, not z and n == v, True][base]
    if cond != 'al' and CONDS.index(cond) & 1:
        r = not r
    return r


def cond_mask(f):
    """Bit i set = CONDS[i] holds with flags f."""
    return sum(1 << i for i, c in enumerate(CONDS) if holds(c, f))
