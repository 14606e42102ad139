#!/usr/bin/env python3
"""Benchmark of the native bypass (not a test): strfuncs' bench mode (strlen,
memcpy, strcmp, strchr, memmove, memchr on short lines and a 25 KiB buffer)
under xrun with the bypass off and on and under qemu-user, plus a per-call
microbenchmark.  Runs alternate (off, on, qemu, off, on, ...) and each is
measured in user+sys CPU time of the child, so a shared machine's load
disturbs the ratios less than wall time.

    bench.py XRUN GUESTBIN SYSROOT QEMU [ITERATIONS] [ROUNDS]
"""
import os
import resource
import statistics
import subprocess
import sys


def cpu_time(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), p.stdout


def main():
    xrun, guest, sysroot, qemu = sys.argv[1:5]
    iters = sys.argv[5] if len(sys.argv) > 5 else '2000'
    rounds = int(sys.argv[6]) if len(sys.argv) > 6 else 3
    cfg = {
        'xrun bypass off': [xrun, '-L', sysroot, '--native-bypass=off', guest, 'bench', iters],
        'xrun bypass on': [xrun, '-L', sysroot, '--native-bypass=on', guest, 'bench', iters],
        'qemu-user': [qemu, '-L', sysroot, guest, 'bench', iters],
    }
    times = {k: [] for k in cfg}
    outs = set()
    for _ in range(rounds):
        for k, cmd in cfg.items():
            t, out = cpu_time(cmd)
            times[k].append(t)
            outs.add(out)
    if len(outs) != 1:
        print('outputs differ!', outs)
        return 1
    med = {k: statistics.median(v) for k, v in times.items()}
    for k, v in med.items():
        print(f'{k:18s} median {v:7.3f} s user+sys  ({", ".join(f"{t:.3f}" for t in times[k])})')
    print(f'bypass off / on   : {med["xrun bypass off"] / med["xrun bypass on"]:.2f}x')
    print(f'qemu / bypass on  : {med["qemu-user"] / med["xrun bypass on"]:.2f}x')
    print(f'qemu / bypass off : {med["qemu-user"] / med["xrun bypass off"]:.2f}x')
    return 0


if __name__ == '__main__':
    sys.exit(main())
