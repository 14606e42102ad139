#!/usr/bin/env python3
"""Generate blockflags.S: conditions read at the start of a block, where the
translator does not know whether the flags are kept lazily (a compare's
operands) or as words (ADDS/TST/MSR), and unconditional branches the
translator follows inside one block.

Expected values come from the Arm ARM pseudocode (a64flags.py): AddWithCarry
for CMP/CMN/SUBS/ADDS, the logical-flags rule for TST/ANDS, ConditionHolds
for the masks.  The build runs it (tests/asm/aarch64/meson.build, a64_asm_gen)
and assembles what it prints; nothing generated is kept in the tree.
"""

from a64flags import CONDS, M64, add_with_carry, cond_mask, holds, logic_flags, sub_flags


def flags_of(op, x, y):
    """NZCV (N=8 Z=4 C=2 V=1) after op with x1 = x, x2 = y."""
    if op == 'cmp x1, x2' or op == 'subs x3, x1, x2':
        return sub_flags(x, y, 64)
    if op == 'cmp w1, w2':
        return sub_flags(x, y, 32)
    if op == 'cmn x1, x2' or op == 'adds x3, x1, x2':
        return add_with_carry(x, y, 0, 64)
    if op == 'adds w3, w1, w2':
        return add_with_carry(x, y, 0, 32)
    if op == 'tst x1, x2':
        return logic_flags(x & y, 64)
    if op == 'ands w3, w1, w2':
        return logic_flags(x & y, 32)
    if op == 'msr nzcv, x1':
        return (x >> 28) & 15
    raise ValueError(op)


OPS = ['cmp x1, x2', 'cmp w1, w2', 'subs x3, x1, x2', 'cmn x1, x2', 'adds x3, x1, x2',
       'adds w3, w1, w2', 'tst x1, x2', 'ands w3, w1, w2']
VALUES = [(0, 0), (0, 1), (1, 0), (5, 5), (0x7fffffffffffffff, 0xffffffffffffffff),
          (0x8000000000000000, 1), (0xffffffffffffffff, 1), (0x7fffffff, 0xffffffff),
          (0x80000000, 1), (0xffffffff00000000, 0x100000000), (3, 0x8000000000000003)]
PAIRS = [('eq', 'gt'), ('gt', 'lt'), ('hi', 'cs'), ('vs', 'mi'), ('le', 'ne'), ('ls', 'pl')]

out = []
emit = out.append
label = [0]


def new_label():
    label[0] += 1
    return '.Lb%d' % label[0]


def block_start():
    """End the block with an indirect branch: the next label starts one."""
    lab = new_label()
    emit('    adr x9, %s' % lab)
    emit('    br x9')
    emit('%s:' % lab)


def single_tests(n, op, x, y):
    f = flags_of(op, x, y)
    mask = cond_mask(f)
    emit('test_%d:    /* %s with x1=%#x x2=%#x: NZCV=%s */' % (n, op, x, y, bin(f)[2:].zfill(4)))
    emit('    mov x19, %d' % n)
    emit('    ldr x1, =%#x' % x)
    emit('    ldr x2, =%#x' % y)
    emit('    %s' % op)
    emit('    mov x0, 0')
    # pairs right after the flag setter, in the same block (the JIT may
    # reuse the host flags of the first compare for the second)
    for j, (c1, c2) in enumerate(PAIRS):
        l1, l2, done = new_label(), new_label(), new_label()
        emit('    b.%s %s' % (c1, l1))
        emit('    b.%s %s' % (c2, l2))
        emit('    orr x0, x0, %#x' % (3 << (48 + 2 * j)))
        emit('    b %s' % done)
        emit('%s:' % l1)
        emit('    orr x0, x0, %#x' % (1 << (48 + 2 * j)))
        emit('    b %s' % done)
        emit('%s:' % l2)
        emit('    orr x0, x0, %#x' % (1 << (49 + 2 * j)))
        emit('%s:' % done)
        if holds(c1, f):
            mask |= 1 << (48 + 2 * j)
        elif holds(c2, f):
            mask |= 1 << (49 + 2 * j)
        else:
            mask |= 3 << (48 + 2 * j)
        # the flags again for the next pair (the branches did not change them)
    for i, c in enumerate(CONDS):
        block_start()
        taken, skip = new_label(), new_label()
        emit('    b.%s %s' % (c, taken))
        emit('    b %s' % skip)
        emit('%s:' % taken)
        emit('    orr x0, x0, %d' % (1 << i))
        emit('%s:' % skip)
    for j, (c1, c2) in enumerate(PAIRS):
        block_start()
        l1, l2, done = new_label(), new_label(), new_label()
        emit('    b.%s %s' % (c1, l1))
        emit('    b.%s %s' % (c2, l2))
        emit('    orr x0, x0, %d' % (1 << (32 + 2 * j)))
        emit('    orr x0, x0, %d' % (1 << (33 + 2 * j)))
        emit('    b %s' % done)
        emit('%s:' % l1)
        emit('    orr x0, x0, %d' % (1 << (32 + 2 * j)))
        emit('    b %s' % done)
        emit('%s:' % l2)
        emit('    orr x0, x0, %d' % (1 << (33 + 2 * j)))
        emit('%s:' % done)
        if holds(c1, f):
            mask |= 1 << (32 + 2 * j)
        elif holds(c2, f):
            mask |= 1 << (33 + 2 * j)
        else:
            mask |= 3 << (32 + 2 * j)
    block_start()
    emit('    mrs x7, nzcv')
    emit('    CHECK_EQ_T(%d, mask, x0, %#x)' % (n, mask))
    emit('    CHECK_EQ_T(%d, nzcv, x7, %#x)' % (n, f << 28))


def msr_tests(n):
    """Every NZCV value in the word form, also those no subtraction gives."""
    for f in range(16):
        single_tests(n + f, 'msr nzcv, x1', f << 28, 0)


def chain_test(n):
    """A compare tree over many blocks, the flags of each compare read by
    the next block's first instruction; the last compare's flags at the end."""
    emit('test_%d:    /* a compare tree walked for every key 0..9 */' % n)
    emit('    mov x19, %d' % n)
    emit('    mov x0, 0')
    emit('    mov x4, 0')
    emit('%s_loop:' % ('.Lchain%d' % n))
    leaf = {}
    # the tree of a switch over 0..9 as GCC emits it: cmp 5, b.eq, b.gt, cmp 2 ...
    body = [
        'cmp x4, 5', 'b.eq %(k5)s', 'b.gt %(hi)s', 'cmp x4, 2', 'b.eq %(k2)s', 'b.le %(lo)s',
        'cmp x4, 3', 'b.eq %(k3)s', 'b %(k4)s',
    ]
    names = {k: '.Lchain%d_%s' % (n, k) for k in
             ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9', 'hi', 'lo', 'hi2', 'next']}
    for ins in body:
        emit('    ' + ins % names)
    emit('%s:' % names['lo'])
    emit('    cbz x4, %s' % names['k0'])
    emit('    b %s' % names['k1'])
    emit('%s:' % names['hi'])
    emit('    cmp x4, 8')
    emit('    b.eq %s' % names['k8'])
    emit('    b.gt %s' % names['k9'])
    emit('%s:' % names['hi2'])
    emit('    cmp x4, 6')
    emit('    b.eq %s' % names['k6'])
    emit('    b %s' % names['k7'])
    for k in range(10):
        emit('%s:' % names['k%d' % k])
        emit('    add x0, x0, %d' % (k * 7 + 1))
        emit('    lsl x0, x0, 1')
        emit('    b %s' % names['next'])
    emit('%s:' % names['next'])
    emit('    add x4, x4, 1')
    emit('    cmp x4, 10')
    emit('    b.ne %s_loop' % ('.Lchain%d' % n))
    block_start()
    emit('    mrs x7, nzcv')
    acc = 0
    for k in range(10):
        acc = ((acc + k * 7 + 1) << 1) & M64
    emit('    CHECK_EQ_T(%d, acc, x0, %#x)' % (n, acc))
    emit('    CHECK_EQ_T(%d, nzcv, x7, %#x)' % (n, flags_of('cmp x1, x2', 10, 10) << 28))


def follow_tests(n):
    """B and BL followed inside a block: forward, backward, into code
    already translated in the block, more of them than the translator
    follows, and a call whose return address must be exact."""
    emit('test_%d:    /* a chain of forward and backward B */' % n)
    emit('    mov x19, %d' % n)
    emit('    mov x0, 1')
    labs = [new_label() for _ in range(8)]
    emit('    b %s' % labs[0])
    # layout: labs placed in a shuffled order, each does x0 = x0 * 3 + i
    order = [3, 0, 6, 1, 7, 2, 5, 4]
    end = new_label()
    for i in order:
        emit('%s:' % labs[i])
        emit('    mov x5, 3')
        emit('    mul x0, x0, x5')
        emit('    add x0, x0, %d' % i)
        emit('    b %s' % (labs[i + 1] if i + 1 < 8 else end))
    emit('%s:' % end)
    v = 1
    for i in range(8):
        v = v * 3 + i
    emit('    CHECK_EQ_T(%d, chain, x0, %#x)' % (n, v))

    emit('test_%d:    /* B back into code of the same block: a loop of 5 */' % (n + 1))
    emit('    mov x19, %d' % (n + 1))
    emit('    mov x0, 0')
    emit('    mov x3, 5')
    top, out_ = new_label(), new_label()
    emit('%s:' % top)
    emit('    add x0, x0, x3')
    emit('    sub x3, x3, 1')
    emit('    cbz x3, %s' % out_)
    emit('    b %s' % top)
    emit('%s:' % out_)
    emit('    CHECK_EQ_T(%d, loop, x0, 15)' % (n + 1))

    emit('test_%d:    /* BL followed into a function: x30 and the return */' % (n + 2))
    emit('    mov x19, %d' % (n + 2))
    fn, ret_at, skip = new_label(), new_label(), new_label()
    emit('    mov x0, 10')
    emit('    b %s' % skip)
    emit('%s:' % fn)
    emit('    mov x3, x30')
    emit('    add x0, x0, 1')
    emit('    ret')
    emit('%s:' % skip)
    emit('    bl %s' % fn)
    emit('%s:' % ret_at)
    emit('    bl %s' % fn)
    emit('    adr x4, %s' % ret_at)
    emit('    add x4, x4, 4')
    emit('    sub x3, x3, x4')
    emit('    CHECK_EQ_T(%d, lr, x3, 0)' % (n + 2))
    emit('    CHECK_EQ_T(%d, calls, x0, 12)' % (n + 2))


def same_operand_tests(n):
    """Consecutive TBZ/TBNZ and CBZ/CBNZ on one register: the same
    register with other bits, or the same test again."""
    cases = [
        ('tbnz x1, 0, %s', 'tbnz x1, 1, %s', 2, 2),
        ('tbnz x1, 1, %s', 'tbnz x1, 0, %s', 1, 2),
        ('tbz x1, 0, %s', 'tbnz x1, 0, %s', 1, 2),
        ('cbz x1, %s', 'cbnz x1, %s', 7, 2),
        ('cbnz x1, %s', 'cbz x1, %s', 0, 2),
        ('cbz w1, %s', 'cbnz x1, %s', 0x100000000, 1),
        ('tbnz x1, 3, %s', 'tbz x1, 2, %s', 4, 3),
    ]
    for k, (b1, b2, x, exp) in enumerate(cases):
        l1, l2, done = new_label(), new_label(), new_label()
        emit('test_%d:    /* %s; %s with x1 = %#x */' % (n + k, b1 % 'a', b2 % 'b', x))
        emit('    mov x19, %d' % (n + k))
        emit('    ldr x1, =%#x' % x)
        emit('    ' + b1 % l1)
        emit('    ' + b2 % l2)
        emit('    mov x0, 3')
        emit('    b %s' % done)
        emit('%s:' % l1)
        emit('    mov x0, 1')
        emit('    b %s' % done)
        emit('%s:' % l2)
        emit('    mov x0, 2')
        emit('%s:' % done)
        emit('    CHECK_EQ_T(%d, which, x0, %d)' % (n + k, exp))


def backward_tests(n):
    """Backward conditional branches to code outside the block, which the
    translator follows (the fall-through becomes the side exit): each
    kind of branch loops 5 times, x0 sums the counter."""
    kinds = [
        ('b.ne', 'subs x3, x3, 1', 'b.ne %s'),
        ('cbnz', 'sub x3, x3, 1', 'cbnz x3, %s'),
        ('cbnz w', 'sub x3, x3, 1', 'cbnz w3, %s'),
        ('tbnz', 'sub x3, x3, 1', 'tbz x3, 63, %s'),
        ('b.gt', 'cmp x3, 1; sub x3, x3, 1', 'b.gt %s'),
        ('b.hi', 'cmp x3, 1; sub x3, x3, 1', 'b.hi %s'),
    ]
    for k, (name, step, br) in enumerate(kinds):
        body, test, start, done = new_label(), new_label(), new_label(), new_label()
        emit('test_%d:    /* backward %s followed */' % (n + k, name))
        emit('    mov x19, %d' % (n + k))
        emit('    b %s' % start)
        emit('%s:' % body)
        emit('    add x0, x0, x3')
        emit('    %s' % step)
        block_start()
        emit('%s:' % test)
        emit('    ' + br % body)
        emit('    b %s' % done)
        emit('%s:' % start)
        emit('    mov x0, 0')
        emit('    mov x3, 5')
        emit('    b %s' % body)
        emit('%s:' % done)
        # tbz x3, 63 loops while x3 >= 0: one more pass with x3 = 0
        emit('    CHECK_EQ_T(%d, sum, x0, 15)' % (n + k))


emit('/* Generated by gen_blockflags.py: do not edit.')
emit(' * Conditions as the first instructions of a block (after an indirect branch)')
emit(' * over flags from every kind of flag-setting instruction, one and two')
emit(' * B.cond in a row; a compare tree over many blocks; B and BL followed')
emit(' * inside a block.  Expected values: Arm ARM AddWithCarry, ConditionHolds. */')
emit('#include "test.h"')
emit('')
emit('TEST_BEGIN')
n = 100
for op in OPS:
    for x, y in VALUES:
        single_tests(n, op, x, y)
        n += 1
msr_tests(n)
n += 16
chain_test(n)
follow_tests(n + 1)
backward_tests(n + 4)
same_operand_tests(n + 10)
emit('    b pass')
emit('TEST_END')
print('\n'.join(out))
