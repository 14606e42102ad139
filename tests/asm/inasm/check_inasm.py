#!/usr/bin/env python3
"""xrun -d in_asm on a block that followed branches: the log lists exactly
the guest instructions translated, in translation order, with "  -> ADDR"
where translation jumped (a64_follow.S explains the expected block)."""
import os
import re
import subprocess
import sys
import tempfile

# (offset from _start, mnemonic) of the first block, in translation order
EXPECTED = [(0, 'movz'), (4, 'b'), (20, 'add'), (24, 'cbnz'), (12, 'sub'), (16, 'b')]


def first_block(log):
    """The lines of the first IN: section, without the header."""
    body = log.split('IN:\n', 1)[1]
    return body.split('\n\n', 1)[0].splitlines()


def main():
    xrun, prog = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, 'log')
        p = subprocess.run([xrun, '-d', 'in_asm', '-D', log, prog], timeout=30)
        if p.returncode != 0:
            print('FAIL: guest exited with %d (expected 0: the loop ran 3 times)' % p.returncode)
            return 1
        with open(log) as f:
            lines = first_block(f.read())
    insn = re.compile(r'^0x([0-9a-f]{16}):  (\S+)')
    jump = re.compile(r'^  -> 0x([0-9a-f]{16})$')
    got, start, prev = [], None, None
    for line in lines:
        m = insn.match(line)
        if m:
            pc = int(m.group(1), 16)
            start = pc if start is None else start
            if prev is not None and pc != prev + 4:
                got.append('missing "->" before 0x%x' % pc)
            got.append((pc - start, m.group(2)))
            prev = pc
        elif jump.match(line):
            prev = int(jump.match(line).group(1), 16) - 4
        else:
            got.append('unexpected line %r' % line)
    print('\n'.join(lines))
    if got != EXPECTED:
        print('FAIL: got %s\n      expected %s' % (got, EXPECTED))
        return 1
    print('PASS in_asm lists the followed path')
    return 0


if __name__ == '__main__':
    sys.exit(main())
