#!/usr/bin/env python3
"""xrun's options reach the xrun a guest execve starts, and only those that should.

    options.py XRUN GUESTBIN

Runs `GUESTBIN self` (it execs /proc/self/exe with a fixed argv and envp)
under `xrun -E FOO=1 -U HOME -strace -D LOG` with XRUN_SET_ENV=BAR=2 and
XRUN_ARGV0=bogus in the environment, and checks:
  - the new image sees exactly the argv and envp passed to execve (-E, -U,
    XRUN_SET_ENV and XRUN_ARGV0 are not applied again);
  - -strace and -D carried over: the log has the execve line and the new
    image's own syscalls (its write of "argc=5"), and the first image's
    lines were not truncated away.
"""
import os
import subprocess
import sys
import tempfile

xrun, guest = sys.argv[1], sys.argv[2]
want_out = ['argc=5', 'argv[0]="zero"', 'argv[1]="show"', 'argv[2]="a b"', 'argv[3]=""',
            'argv[4]="c"', 'env "FOO=bar"', 'env "EMPTY="', 'env "SPACES=a b  c"',
            'exe=' + os.path.basename(guest)]
with tempfile.TemporaryDirectory(prefix='xrun-execopt-') as tmp:
    log = os.path.join(tmp, 'log')
    env = dict(os.environ, XRUN_SET_ENV='BAR=2', XRUN_ARGV0='bogus')
    p = subprocess.run([xrun, '-E', 'FOO=1', '-U', 'HOME', '-strace', '-D', log, guest, 'self'],
                       env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    out = [l for l in p.stdout.decode().splitlines() if not l.startswith(('arch=', 'parent'))]
    text = open(log).read()
errs = []
if p.returncode != 0:
    errs.append(f'exit status {p.returncode}')
if out != want_out:
    errs.append(f'output {out}\n  want {want_out}')
if 'execve("/proc/self/exe", ["zero", "show", "a b", "", "c"], ' not in text:
    errs.append('no execve line in the log')
if 'write(1, "parent self\\n"' not in text:
    errs.append("the first image's lines are missing from the log")
if 'write(1, "argc=5\\n"' not in text:
    errs.append('the exec\'d image was not traced into the log')
for e in errs:
    print('FAIL:', e)
if errs:
    print(text[-3000:])
    sys.exit(1)
print('ok:', len(text.splitlines()), 'log lines')
