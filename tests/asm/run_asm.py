#!/usr/bin/env python3
"""Run one self-checking guest assembly test under xrun (or another runner).

Pass = exit status 0 and a "PASS <file>" line on stdout.  With
--expect-signal N the guest must instead die from signal N (xrun re-raises
the guest's fatal signal on itself, so the runner sees it like a native run).

Runner selection: --runner CMD (default: xrun path given by meson); the
environment variable XRUN_TEST_RUNNER replaces it (e.g. "qemu-riscv64") and
XRUN_TEST_ARGS appends extra options (e.g. a backend choice) to the runner.
Exit 77 (meson: skipped) when the binary or runner is missing.
"""
import argparse
import os
import shlex
import shutil
import subprocess
import sys


def runner_cmd(default):
    cmd = shlex.split(os.environ.get('XRUN_TEST_RUNNER', '')) or shlex.split(default)
    return cmd + shlex.split(os.environ.get('XRUN_TEST_ARGS', ''))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--runner', default='xrun', help='command running a guest binary')
    ap.add_argument('--expect-signal', type=int, default=0)
    ap.add_argument('--timeout', type=float, default=60)
    ap.add_argument('binary')
    a = ap.parse_args()
    cmd = runner_cmd(a.runner)
    if not os.path.exists(a.binary) or not (os.path.exists(cmd[0]) or shutil.which(cmd[0])):
        print('SKIP: missing %s' % (a.binary if not os.path.exists(a.binary) else cmd[0]))
        return 77
    try:
        p = subprocess.run(cmd + [a.binary], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=a.timeout)
    except subprocess.TimeoutExpired:
        print('FAIL: timeout after %gs' % a.timeout)
        return 1
    out = p.stdout.decode(errors='replace')
    err = p.stderr.decode(errors='replace')
    sys.stdout.write(out)
    sys.stderr.write(err)
    if a.expect_signal:
        # -N: killed by signal N; 128+N: a wrapping shell reported it
        if p.returncode in (-a.expect_signal, 128 + a.expect_signal):
            print('PASS (killed by signal %d)' % a.expect_signal)
            return 0
        print('FAIL: expected death by signal %d, got status %d' % (a.expect_signal, p.returncode))
        return 1
    name = os.path.basename(a.binary)
    if p.returncode != 0:
        print('FAIL: %s exited with status %d' % (name, p.returncode))
        return 1
    if not any(l.startswith('PASS ') for l in out.splitlines()):
        print('FAIL: %s printed no PASS line' % name)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
