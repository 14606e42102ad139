#!/usr/bin/env python3
"""xrun -d in_asm on a block that followed branches: the log lists exactly
the guest instructions translated, in translation order, with "  -> ADDR"
where translation jumped.

usage: check_inasm.py XRUN PROG ITEM...   where the ITEMs describe the first
block: OFF:MNEMONIC for an instruction, ->OFF for a jump (offsets in hex
from the block's first instruction).  The guest must exit 0.
"""
import os
import re
import subprocess
import sys
import tempfile

INSN = re.compile(r'^0x([0-9a-f]{16}):  (\S+)')
JUMP = re.compile(r'^  -> 0x([0-9a-f]{16})$')


def first_block(log):
    """The lines of the first IN: section, without the header."""
    body = log.split('IN:\n', 1)[1]
    return body.split('\n\n', 1)[0].splitlines()


def items(lines):
    """The lines as OFF:MNEMONIC / ->OFF items, offsets from the first pc."""
    out, start = [], None
    for line in lines:
        m = INSN.match(line)
        j = JUMP.match(line)
        if m:
            pc = int(m.group(1), 16)
            start = pc if start is None else start
            out.append('%x:%s' % (pc - start, m.group(2)))
        elif j and start is not None:
            out.append('->%x' % (int(j.group(1), 16) - start))
        else:
            out.append('unexpected line %r' % line)
    return out


def main():
    xrun, prog, expected = sys.argv[1], sys.argv[2], sys.argv[3:]
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, 'log')
        p = subprocess.run([xrun, '-d', 'in_asm', '-D', log, prog], timeout=30)
        if p.returncode != 0:
            print('FAIL: guest exited with %d, expected 0' % p.returncode)
            return 1
        with open(log) as f:
            lines = first_block(f.read())
    print('\n'.join(lines))
    got = items(lines)
    if got != expected:
        print('FAIL: got      %s\n      expected %s' % (' '.join(got), ' '.join(expected)))
        return 1
    print('PASS in_asm lists the path translated')
    return 0


if __name__ == '__main__':
    sys.exit(main())
