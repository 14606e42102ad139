#!/usr/bin/env python3
"""Run a test program natively and under xrun; require identical behaviour.

    compare.py [--runner CMD] --src prog.c --host HOSTBIN --guest GUESTBIN

The host binary is the oracle.  Both runs get the same arguments,
environment, stdin and a fresh empty working directory; stdout, stderr and
the exit status are compared byte for byte (unified diff on mismatch).
Per-program settings come from comment lines at the top of the source:

    // ARGS: one "two words" three     arguments (shell-style quoting)
    // ENV: NAME=value                  one variable per line, repeatable
    // STDIN: file.txt                  fed to stdin (path relative to inputs/)
    // EXIT: 3                          expected exit status (default 0)

Runner: --runner CMD (meson passes xrun); XRUN_TEST_RUNNER overrides it
(e.g. "qemu-riscv64"), XRUN_TEST_ARGS appends options to it.  Exit 77
(skip) when a binary or the runner is missing.
"""
import argparse
import difflib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def parse_spec(src):
    spec = {'args': [], 'env': {}, 'stdin': None, 'exit': 0}
    with open(src, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line.startswith('//'):
                if line and not line.startswith(('/*', '*')):
                    break
                continue
            key, _, val = line[2:].strip().partition(':')
            val = val.strip()
            if key == 'ARGS':
                spec['args'] = shlex.split(val)
            elif key == 'ENV':
                k, _, v = val.partition('=')
                spec['env'][k] = v
            elif key == 'STDIN':
                spec['stdin'] = os.path.join(HERE, 'inputs', val)
            elif key == 'EXIT':
                spec['exit'] = int(val)
    return spec


def run(cmd_prefix, binary, spec, timeout):
    """Run in a fresh temp dir; the binary is copied to <tmp>/bin/prog so argv[0]
    is the same string ("../bin/prog") for the native and the translated run."""
    with tempfile.TemporaryDirectory(prefix='xrun-cmp-') as tmp:
        os.mkdir(os.path.join(tmp, 'bin'))
        os.mkdir(os.path.join(tmp, 'work'))
        shutil.copy2(binary, os.path.join(tmp, 'bin', 'prog'))
        env = {'PATH': '/usr/bin:/bin', 'LC_ALL': 'C', 'HOME': os.path.join(tmp, 'work'),
               'TMPDIR': '/tmp'}
        env.update(spec['env'])
        stdin = open(spec['stdin'], 'rb') if spec['stdin'] else subprocess.DEVNULL
        try:
            p = subprocess.run(cmd_prefix + ['../bin/prog'] + spec['args'],
                               cwd=os.path.join(tmp, 'work'), env=env, stdin=stdin,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
            return p.stdout, p.stderr, p.returncode
        except subprocess.TimeoutExpired:
            return b'', b'<timeout>', 'timeout'
        finally:
            if spec['stdin']:
                stdin.close()


def diff(label, a, b):
    la = a.decode(errors='replace').splitlines(keepends=True)
    lb = b.decode(errors='replace').splitlines(keepends=True)
    sys.stdout.writelines(difflib.unified_diff(la, lb, 'native ' + label, 'xrun ' + label))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--runner', default='xrun')
    ap.add_argument('--src', required=True)
    ap.add_argument('--host', required=True)
    ap.add_argument('--guest', required=True)
    ap.add_argument('--timeout', type=float, default=60)
    a = ap.parse_args()
    runner = shlex.split(os.environ.get('XRUN_TEST_RUNNER', '')) or shlex.split(a.runner)
    runner += shlex.split(os.environ.get('XRUN_TEST_ARGS', ''))
    # The runs get a fixed environment (the guest's must equal the native
    # one), so xrun's own settings travel as options: XRUN_BACKEND (the
    # 'interp' test setup) becomes -backend.
    if os.environ.get('XRUN_BACKEND') and not os.environ.get('XRUN_TEST_RUNNER'):
        runner += ['-backend', os.environ['XRUN_BACKEND']]
    if os.environ.get('XRUN_NATIVE_BYPASS') and not os.environ.get('XRUN_TEST_RUNNER'):
        runner += ['-native-bypass', os.environ['XRUN_NATIVE_BYPASS']]   # the nobypass setup
    runner = [os.path.abspath(runner[0]) if os.path.exists(runner[0]) else runner[0]] + runner[1:]
    for b in (a.host, a.guest):
        if not os.path.exists(b):
            print('SKIP: missing', b)
            return 77
    if not (os.path.exists(runner[0]) or shutil.which(runner[0])):
        print('SKIP: missing runner', runner[0])
        return 77
    spec = parse_spec(a.src)
    h = run([], a.host, spec, a.timeout)
    g = run(runner, a.guest, spec, a.timeout)
    ok = True
    if h[2] != spec['exit']:
        print('native run exited %s, spec says %d (test bug)' % (h[2], spec['exit']))
        ok = False
    for i, label in ((0, 'stdout'), (1, 'stderr')):
        if h[i] != g[i]:
            print('MISMATCH in %s:' % label)
            diff(label, h[i], g[i])
            ok = False
    if h[2] != g[2]:
        print('MISMATCH in exit status: native %s, xrun %s' % (h[2], g[2]))
        ok = False
    if ok:
        print('OK: %d bytes stdout, %d bytes stderr, exit %s' % (len(h[0]), len(h[1]), h[2]))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
