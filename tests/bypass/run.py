#!/usr/bin/env python3
"""Native-bypass test: run strfuncs natively and under xrun with the bypass
off and on (and on with every call through libffi); compare.

    run.py --xrun XRUN --host HOSTBIN --guest GUESTBIN --mode MODE [--sysroot DIR]

funcs, threads, smc, math: the host's output, bypass off and bypass on must all be equal,
  and -d bypass must report calls served by each hooked function (funcs).
cmpraw: bypass off and on must print the same raw comparison values.
faults: bypass off and on must print the same SIGSEGV addresses (the host is
  no oracle: which address faults first is the routine's own choice), and
  the bad pointers must have been handed back to the guest code (fallbacks).
rand, overlap, pageend, threads (strrand.c): as funcs; wild: as faults.
XRUN_BACKEND in the environment is passed on (the interp test setup).
XRUN_BYPASS_TEST_LONG=1 runs strrand's modes about 20 times longer (more
random cases, every overlap length, more thread rounds).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

# every function of the table must serve calls in 'funcs' mode; bcmp shares
# memcmp's address in both guest libcs and is reported as memcmp
MATH = 'exp log log2 log10 expm1 log1p sin cos tan atan'.split()
REQUIRED = ('memcpy memmove memset memcmp memchr memrchr strlen strnlen strcmp strncmp strcpy '
            'stpcpy strncpy stpncpy strcat strncat strchr strrchr strchrnul strstr strspn strcspn '
            'strpbrk').split()
# strrand.c's modes: its count argument (JIT, interpreter, long mode)
RAND_N = {'rand': (1000, 40, 20000), 'overlap': (12, 3, 200), 'pageend': (4096, 256, 4096),
          'threads': (1500, 150, 40000), 'wild': None}
ROW = re.compile(r'^bypass: (\w+)\s+(\d+)\s+(\d+)\s+\(', re.M)


def run(cmd, env_extra=None):
    env = {'PATH': '/usr/bin:/bin', 'LC_ALL': 'C'}
    if 'XRUN_BACKEND' in os.environ:
        env['XRUN_BACKEND'] = os.environ['XRUN_BACKEND']
    env.update(env_extra or {})
    p = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=600)
    return p.stdout.decode(errors='replace'), p.stderr.decode(errors='replace'), p.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--xrun', required=True)
    ap.add_argument('--host', required=True)
    ap.add_argument('--guest', required=True)
    ap.add_argument('--mode', required=True)
    ap.add_argument('--sysroot')
    ap.add_argument('--stride', default='3')
    a = ap.parse_args()
    for f in (a.xrun, a.host, a.guest):
        if not os.path.exists(f):
            print(f'missing {f}: skip')
            return 77
    # the interpreter backend is ~20x slower: fewer lengths and alignments
    quick = os.environ.get('XRUN_BACKEND') == 'interp'
    args = [a.mode] + ((['25', '3'] if quick else [a.stride]) if a.mode == 'funcs' else [])
    if RAND_N.get(a.mode):
        long_mode = os.environ.get('XRUN_BYPASS_TEST_LONG', '') not in ('', '0')
        args.append(str(RAND_N[a.mode][2 if long_mode else 1 if quick else 0]))
    xrun = [a.xrun] + (['-L', a.sysroot] if a.sysroot else [])
    fails = []
    with tempfile.TemporaryDirectory(prefix='xrun-bypass-') as tmp:
        log = os.path.join(tmp, 'bypass.log')
        # 'on' (the default) leaves aarch64's strcmp/strncmp translated (their
        # values are scaled differently): funcs names every function to test them all
        spec = ','.join(REQUIRED) if a.mode == 'funcs' or a.mode in RAND_N else 'on'
        off = run(xrun + ['--native-bypass=off', a.guest] + args)
        on = run(xrun + ['--native-bypass=' + spec, '-d', 'bypass', '-D', log, a.guest] + args)
        ffi = run(xrun + [a.guest] + args, {'XRUN_NATIVE_BYPASS': spec, 'XRUN_BYPASS_FFI': '1'})
        default = run(xrun + [a.guest] + args)
        report = open(log).read() if os.path.exists(log) else ''
    runs = [('bypass off', off), ('bypass ' + spec, on), ('bypass on, libffi', ffi),
            ('bypass default', default)]
    # faults: the host is no oracle (see above); cmpraw: only the sign is the
    # host's business (a sanitizer build's strcmp returns -1/1)
    if a.mode not in ('faults', 'cmpraw', 'wild'):
        runs.insert(0, ('host', run([a.host] + args)))
    ref_name, ref = runs[0]
    for name, r in runs:
        print(f'--- {name}: exit {r[2]}, {len(r[0].splitlines())} lines')
        if r[2] != 0 or r[0] != ref[0] or not r[0]:
            fails.append(f'{name} differs from {ref_name} (exit {r[2]})\n{r[0]}\n{r[1][-2000:]}')
    rows = {m.group(1): (int(m.group(2)), int(m.group(3))) for m in ROW.finditer(report)}
    print(report if len(report) < 4000 else report[-4000:])
    if a.mode == 'funcs':
        for fn in REQUIRED:
            if rows.get(fn, (0, 0))[0] == 0:
                fails.append(f'-d bypass: {fn} served no call')
    elif a.mode == 'math':
        for fn in MATH:
            if rows.get(fn, (0, 0))[0] < 30000:   # log of a negative: the guest's NaN
                fails.append(f'-d bypass: {fn} served {rows.get(fn, (0, 0))[0]} calls (of 100000)')
    elif a.mode in ('faults', 'wild'):
        if sum(fb for _, fb in rows.values()) < 10:
            fails.append('-d bypass: bad pointers were not handed back to guest code')
    elif a.mode == 'smc':
        # the memmove right after the code ran writes to its (protected) page
        if rows.get('memmove', (0, 0))[1] < 5:
            fails.append('-d bypass: writes to a code page did not run the guest code')
    elif sum(c for c, _ in rows.values()) == 0:
        fails.append('-d bypass: no call served')
    print(ref[0])
    for f in fails:
        print('FAIL:', f)
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
