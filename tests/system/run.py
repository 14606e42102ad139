#!/usr/bin/env python3
"""Run one bare-metal program under xrun-system and check the verdict.

The program reports through the test device, so the exit status is the
verdict (0: pass).  --expect checks that a string appears on the console;
--input feeds bytes to the UART (stdin) after --delay seconds.
"""
import argparse
import subprocess
import sys
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runner', required=True)
    ap.add_argument('--backend', default='jit')
    ap.add_argument('--expect', action='append', default=[])
    ap.add_argument('--input', default=None)
    ap.add_argument('--delay', type=float, default=0.3)
    ap.add_argument('--timeout', type=float, default=30)
    ap.add_argument('image')
    a = ap.parse_args()
    cmd = [a.runner, '-M', 'virt', '-nographic', '-backend', a.backend, '-bios', a.image]
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    if a.input is not None:
        time.sleep(a.delay)
        p.stdin.write(a.input.encode().decode('unicode_escape').encode('latin-1'))
        p.stdin.flush()
    try:
        out, _ = p.communicate(timeout=a.timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        out, _ = p.communicate()
        sys.stdout.write(out.decode(errors='replace'))
        print('TIMEOUT')
        return 1
    text = out.decode(errors='replace')
    sys.stdout.write(text)
    if p.returncode != 0:
        print('exit status %d' % p.returncode)
        return 1
    for e in a.expect:
        if e not in text:
            print('missing on the console: %r' % e)
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
