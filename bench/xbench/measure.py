"""One measured run: wall time, user+sys CPU time and peak RSS of the child
(from os.wait4's rusage, so the harness itself is not counted), its stdout
(for the output check) and, for xrun, its -d stats.  Host instruction counts
come from `perf stat` where the machine has counters, or callgrind on request.
"""
import os
import re
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Run:
    status: str                  # ok, WRONG, TIMEOUT, 'exit N', 'signal N'
    wall: float = 0.0
    cpu: float = 0.0             # user + sys seconds
    rss_kb: int = 0
    out: bytes = b''
    err: bytes = b''
    stats: dict = field(default_factory=dict)


# A direct child of this (large) Python process inherits its RSS high-water
# mark through fork, so wait4's ru_maxrss can never be below the harness's own
# size.  GNU time, small itself, forks the command and reports the true peak.
GNU_TIME = '/usr/bin/time' if os.access('/usr/bin/time', os.X_OK) else None


def _gnu_time_wrap(cmd):
    if not GNU_TIME:
        return cmd, None
    fd, path = tempfile.mkstemp(prefix='xbench-time-')
    os.close(fd)
    return [GNU_TIME, '-o', path, '-f', 'XBENCH-RSS %M', '--'] + list(cmd), path


def _gnu_time_result(path):
    """(peak RSS KiB or None, 'signal N' or None) from GNU time's output file."""
    rss, sig = None, None
    try:
        with open(path) as f:
            for line in f:
                if line.startswith('XBENCH-RSS '):
                    rss = int(line.split()[1])
                m = re.match(r'Command terminated by signal (\d+)', line)
                if m:
                    sig = f'signal {m.group(1)}'
        os.unlink(path)
    except (OSError, ValueError):
        pass
    return rss, sig


def run_once(cmd, env, stdin=None, timeout=600.0, stats_file=None):
    cmd, time_file = _gnu_time_wrap(cmd)
    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe:
        fin = open(stdin, 'rb') if stdin else subprocess.DEVNULL
        try:
            t0 = time.perf_counter()
            try:
                p = subprocess.Popen(cmd, stdin=fin, stdout=fo, stderr=fe, env=env,
                                     start_new_session=True)
            except OSError as e:
                return Run(status=f'cannot run: {e.strerror}')
            timed_out = []

            def kill():
                timed_out.append(1)
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except OSError:
                    pass
            timer = threading.Timer(timeout, kill)
            timer.start()
            _, st, ru = os.wait4(p.pid, 0)
            wall = time.perf_counter() - t0
            timer.cancel()
            p.returncode = os.waitstatus_to_exitcode(st)   # Popen must not wait again
        finally:
            if stdin:
                fin.close()
        fo.seek(0)
        fe.seek(0)
        r = Run(status='ok', wall=wall, cpu=ru.ru_utime + ru.ru_stime, rss_kb=ru.ru_maxrss,
                out=fo.read(), err=fe.read())
    if time_file:
        rss, sig = _gnu_time_result(time_file)
        r.rss_kb = rss if rss is not None else r.rss_kb
        if sig and p.returncode >= 0:
            p.returncode = -int(sig.split()[1])
    if timed_out:
        r.status = 'TIMEOUT'
    elif p.returncode < 0:
        r.status = f'signal {-p.returncode}'
    elif p.returncode > 0:
        r.status = f'exit {p.returncode}'
    if stats_file:
        try:
            with open(stats_file) as f:
                from .runners import parse_stats
                r.stats = parse_stats(f.read())
            os.unlink(stats_file)
        except OSError:
            pass
    return r


# ---- host instruction counts ---------------------------------------------------------

_perf_ok = None


def perf_available():
    """True when `perf stat -e instructions:u` counts here (not in most VMs)."""
    global _perf_ok
    if _perf_ok is None:
        try:
            p = subprocess.run(['perf', 'stat', '-x,', '-e', 'instructions:u', 'true'],
                               capture_output=True, text=True, timeout=30)
            first = (p.stderr.strip().splitlines() or [''])[-1].split(',')[0]
            _perf_ok = p.returncode == 0 and first.isdigit()
        except (OSError, subprocess.TimeoutExpired):
            _perf_ok = False
    return _perf_ok


def host_insns(cmd, env, stdin, timeout, tool):
    """Host instructions of one run of cmd, with tool 'perf' or 'callgrind' (None on failure)."""
    if tool == 'perf':
        fd, out = tempfile.mkstemp(suffix='.perf')
        os.close(fd)
        wrap = ['perf', 'stat', '-x,', '-e', 'instructions:u', '-o', out, '--'] + cmd
        r = run_once(wrap, env, stdin, timeout)
        try:
            with open(out) as f:
                for line in f:
                    v = line.split(',')[0]
                    if 'instructions' in line and v.isdigit():
                        return int(v)
        finally:
            os.unlink(out)
        return None
    # callgrind: --smc-check=all because translators write the code they run
    wrap = ['valgrind', '--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all'] + cmd
    r = run_once(wrap, env, stdin, timeout * 100)
    m = re.search(rb'Collected\s*:\s*(\d+)', r.err)
    return int(m.group(1)) if m else None
