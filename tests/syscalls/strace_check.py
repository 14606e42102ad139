#!/usr/bin/env python3
"""Run a fixed guest program under xrun -strace -D LOG and compare the log
with an expected transcript after normalizing what varies between runs:
addresses (0x + 5 or more hex digits -> 0xADDR), the process id and user id.

    strace_check.py --xrun XRUN --prog PROG --expected FILE
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile


def normalize(text, pid, uid):
    text = re.sub(r'0x[0-9a-f]{5,}', '0xADDR', text)
    text = re.sub(r'\bsi_pid=%d\b' % pid, 'si_pid=PID', text)
    text = re.sub(r'\bsi_uid=%d\b' % uid, 'si_uid=UID', text)
    text = re.sub(r'^(kill|getpid)\(%d\b' % pid, r'\1(PID', text, flags=re.M)
    text = re.sub(r'^getpid\(\) = %d$' % pid, 'getpid() = PID', text, flags=re.M)
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--xrun', required=True)
    ap.add_argument('--prog', required=True)
    ap.add_argument('--expected', required=True)
    a = ap.parse_args()
    xrun, prog = os.path.abspath(a.xrun), os.path.abspath(a.prog)
    with tempfile.TemporaryDirectory(prefix='xrun-strace-') as tmp:
        log = os.path.join(tmp, 'strace.log')
        p = subprocess.Popen([xrun, '-strace', '-D', log, prog], cwd=tmp,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = p.communicate(timeout=30)
        with open(log, encoding='utf-8', errors='replace') as f:
            got = f.read()
    if out != b'hello, strace\n' or p.returncode != 0:
        print('program output %r, exit %d, stderr %r' % (out, p.returncode, err))
        return 1
    m = re.search(r'^getpid\(\) = (\d+)$', got, re.M)
    pid = int(m.group(1)) if m else -1
    got = normalize(got, pid, os.getuid())
    with open(a.expected, encoding='utf-8') as f:
        want = f.read()
    if got != want:
        import difflib
        sys.stdout.writelines(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                   'expected', 'xrun -strace'))
        return 1
    print('OK: %d lines' % got.count('\n'))
    return 0


if __name__ == '__main__':
    sys.exit(main())
