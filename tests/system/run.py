#!/usr/bin/env python3
"""Run one bare-metal program under xrun-system and check the verdict.

The program reports through the test device, so the exit status is the
verdict (0: pass).  --expect checks that a string appears on the console;
--input 'PROMPT=>DATA' types DATA on the console (the UART) once PROMPT
has appeared on it (repeatable, in order).
"""
import argparse
import os
import select
import subprocess
import sys
import tempfile
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runner', required=True)
    ap.add_argument('--backend', default='jit')
    ap.add_argument('--expect', action='append', default=[])
    ap.add_argument('--input', action='append', default=[])
    ap.add_argument('--timeout', type=float, default=30)
    ap.add_argument('--arg', action='append', default=[],
                    help='one more xrun-system argument (repeatable)')
    ap.add_argument('--disk', type=int, default=0,
                    help='attach a temporary raw image of N bytes, byte i = (i * 7 + 3) & 0xff')
    ap.add_argument('--kernel', action='store_true',
                    help='pass the image with -kernel instead of -bios')
    ap.add_argument('image')
    a = ap.parse_args()
    extra = []
    if a.disk:
        fd, disk = tempfile.mkstemp(suffix='.img')
        os.write(fd, bytes((i * 7 + 3) & 0xff for i in range(a.disk)))
        os.close(fd)
        extra = ['-drive', 'file=%s,format=raw,if=virtio' % disk]
    try:
        return run(a, extra)
    finally:
        if a.disk:
            os.unlink(disk)


def run(a, extra):
    cmd = ([a.runner, '-M', 'virt', '-nographic', '-backend', a.backend] + a.arg + extra +
           ['-kernel' if a.kernel else '-bios', a.image])
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    inputs = [i.split('=>', 1) for i in a.input]
    out = b''
    end = time.time() + a.timeout
    while True:
        left = end - time.time()
        if left <= 0:
            p.kill()
            sys.stdout.write(out.decode(errors='replace'))
            print('TIMEOUT')
            return 1
        r, _, _ = select.select([p.stdout], [], [], left)
        if not r:
            continue
        chunk = os.read(p.stdout.fileno(), 4096)
        if not chunk:
            break
        out += chunk
        while inputs and inputs[0][0].encode() in out:
            p.stdin.write(inputs.pop(0)[1].encode())
            p.stdin.flush()
    p.wait()
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
