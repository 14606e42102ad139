#!/usr/bin/env python3
"""Run one mode of exec_prog natively (the oracle) and under xrun; compare.

    run.py --xrun XRUN --host HOSTBIN --guest GUESTBIN --other OTHERBIN
           --mode MODE [--arches A,B,...]

Each run gets a fresh directory: bin/prog and bin/other (natively both are
the host build; under xrun the guest build and the other guest
architecture's build) and an empty work/ directory as cwd.  stdout and the
exit status must be identical once "arch=NAME" lines are masked; --arches
lists the NAMEs the xrun run must print, in order (which architecture ran
each image).  XRUN_TEST_ARGS adds options to xrun (e.g. -L sysroot).
"""
import argparse
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

ARCH = re.compile(rb'^arch=(\S+)$', re.M)


def run(cmd, prog, other, timeout=60):
    with tempfile.TemporaryDirectory(prefix='xrun-exec-') as tmp:
        os.mkdir(os.path.join(tmp, 'bin'))
        os.mkdir(os.path.join(tmp, 'work'))
        shutil.copy2(prog, os.path.join(tmp, 'bin', 'prog'))
        shutil.copy2(other, os.path.join(tmp, 'bin', 'other'))
        env = {'PATH': '/usr/bin:/bin', 'LC_ALL': 'C'}
        for k in ('XRUN_BACKEND',):
            if k in os.environ:
                env[k] = os.environ[k]
        try:
            p = subprocess.run(cmd, cwd=os.path.join(tmp, 'work'), env=env,
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=timeout)
            return p.stdout, p.stderr, p.returncode
        except subprocess.TimeoutExpired:
            return b'', b'<timeout>', 'timeout'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--xrun', required=True)
    ap.add_argument('--host', required=True)
    ap.add_argument('--guest', required=True)
    ap.add_argument('--other', required=True)
    ap.add_argument('--mode', required=True)
    ap.add_argument('--arches', default='')
    a = ap.parse_args()
    for k in ('xrun', 'host', 'guest', 'other'):
        setattr(a, k, os.path.abspath(getattr(a, k)))
    for f in (a.xrun, a.host, a.guest, a.other):
        if not os.path.exists(f):
            print(f'missing {f}: skip')
            return 77
    nout, nerr, nrc = run(['../bin/prog', a.mode], a.host, a.host)
    xargs = shlex.split(os.environ.get('XRUN_TEST_ARGS', ''))
    gout, gerr, grc = run([a.xrun] + xargs + ['../bin/prog', a.mode], a.guest, a.other)
    ok = True
    if ARCH.sub(b'arch=*', nout) != ARCH.sub(b'arch=*', gout):
        ok = False
        sys.stdout.writelines(difflib.unified_diff(
            nout.decode(errors='replace').splitlines(True),
            gout.decode(errors='replace').splitlines(True), 'native', 'xrun'))
    if nrc != grc:
        ok = False
        print(f'exit status: native {nrc}, xrun {grc}')
    want = [x for x in a.arches.split(',') if x]
    got = [m.decode() for m in ARCH.findall(gout)]
    if want and got != want:
        ok = False
        print(f'architectures: want {want}, got {got}')
    if not ok:
        print('--- xrun stderr ---')
        print(gerr.decode(errors='replace'))
        return 1
    print(gout.decode(errors='replace'))
    return 0


if __name__ == '__main__':
    sys.exit(main())
