"""The schedule: every workload, each runner in turn (A B A B ...) for
warm-up + reps rounds, so drifting machine load hits all runners alike; the
output of every run is checked; optional extra runs count guest instructions
(xrun -count-insns) and host instructions (perf or callgrind).
"""
import hashlib
import os
import statistics
import sys
import tempfile
import time

from . import measure, runners as R


class Progress:
    """One self-overwriting line on stderr: position, what runs, elapsed, estimate."""

    def __init__(self, total, quiet=False):
        self.total, self.done, self.t0, self.quiet = total, 0, time.monotonic(), quiet
        self.width = 0
        self.tty = sys.stderr.isatty()
        self.last_head = None

    def show(self, text):
        if self.quiet:
            return
        if not self.tty:
            # a log, not a terminal: one line per workload instead of carriage returns
            head = text.split()[0]
            if head != self.last_head:
                self.last_head = head
                print(f'[{self.done + 1:3d}/{self.total}] {head}', file=sys.stderr, flush=True)
            return
        el = time.monotonic() - self.t0
        eta = el / self.done * (self.total - self.done) if self.done else 0
        line = (f'[{self.done + 1:3d}/{self.total}] {text}  '
                f'{int(el) // 60}:{int(el) % 60:02d} elapsed' +
                (f', ~{int(eta) // 60}:{int(eta) % 60:02d} left' if self.done else ''))
        pad = max(0, self.width - len(line))
        self.width = len(line)
        print('\r' + line + ' ' * pad, end='', file=sys.stderr, flush=True)

    def step(self):
        self.done += 1

    def clear(self):
        if not self.quiet and self.width:
            print('\r' + ' ' * self.width + '\r', end='', file=sys.stderr, flush=True)


def _cell():
    return {'status': 'ok', 'wall': [], 'cpu': [], 'rss_kb': [], 'stats': {}}


def _stats_file():
    fd, path = tempfile.mkstemp(prefix='xbench-stats-')
    os.close(fd)
    return path


def run_workload(w, runners, xrun, reps, warmup, timeout, prog):
    """All rounds of one workload; returns {runner: cell} with outputs checked."""
    cells = {r.name: _cell() for r in runners}
    digests = {r.name: set() for r in runners}
    outputs = {}                       # digest -> one output (for verify)
    for rnd in range(warmup + reps):
        for r in runners:
            label = 'warm-up' if rnd < warmup else f'round {rnd - warmup + 1}/{reps}'
            prog.show(f'{w.name:14s} {label:11s} {r.name}')
            sf = _stats_file() if r.kind == 'xrun' else None
            run = measure.run_once(R.command(r, w, xrun, stats_file=sf), w.env, w.stdin, timeout, sf)
            prog.step()
            c = cells[r.name]
            if run.status != 'ok':
                if c['status'] == 'ok':
                    c['status'] = run.status
                    c['stderr'] = run.err[-400:].decode('utf-8', 'replace')
                continue
            d = hashlib.sha256(run.out).hexdigest()
            digests[r.name].add(d)
            if w.verify and d not in outputs:
                outputs[d] = run.out
            if rnd >= warmup:
                c['wall'].append(round(run.wall, 4))
                c['cpu'].append(round(run.cpu, 4))
                c['rss_kb'].append(run.rss_kb)
                c['stats'] = run.stats or c['stats']
    native_ref = None
    if w.check == 'native' and 'native' not in cells:
        # no native runner asked for: one untimed native run is the reference
        prog.show(f'{w.name:14s} native reference run')
        run = measure.run_once(list(w.native), w.env, w.stdin, timeout)
        if run.status == 'ok':
            native_ref = hashlib.sha256(run.out).hexdigest()
    check_outputs(w, runners, cells, digests, outputs, native_ref)
    return cells


def reference(w, runners, cells, digests, native_ref=None):
    """The digest every run must produce, or None when nothing can tell."""
    ok = lambda name: name in cells and cells[name]['status'] == 'ok' and len(digests[name]) == 1
    if w.check == 'native':
        if ok('native'):
            return next(iter(digests['native']))
        return native_ref
    # guest check: qemu is the oracle, else the first guest runner that ran
    for name in ['qemu'] + [r.name for r in runners if r.is_guest()]:
        if ok(name):
            return next(iter(digests[name]))
    return None


def check_outputs(w, runners, cells, digests, outputs, native_ref=None):
    ref = reference(w, runners, cells, digests, native_ref)
    for r in runners:
        c = cells[r.name]
        if c['status'] != 'ok':
            continue
        bad = None
        if w.verify:
            for d in digests[r.name]:
                bad = bad or w.verify(outputs[d])
        compared = r.is_guest() or w.check == 'native'
        if not bad and compared and ref is not None and digests[r.name] != {ref}:
            bad = 'output differs from the ' + ('native' if w.check == 'native' else 'reference') + ' run'
        if not bad and len(digests[r.name]) > 1:
            bad = 'output differs between runs'
        if bad:
            c['status'] = 'WRONG'
            c['why'] = bad
        if ref is None and w.check == 'native':
            c['note'] = 'no native reference: output unchecked'


def count_guest_insns(w, runner, xrun, timeout, cells):
    """One extra xrun run with -count-insns; returns (guest insns, stats) or (None, {})."""
    sf = _stats_file()
    run = measure.run_once(R.command(runner, w, xrun, stats_file=sf, count_insns=True),
                           w.env, w.stdin, timeout, sf)
    if run.status != 'ok':
        return None, {}
    return run.stats.get('guest_insns'), run.stats


def run_all(workloads, runners, xrun, reps=3, warmup=1, timeout=600, quiet=False,
            count_insns=False, insn_tool=None):
    """Run the whole matrix; returns {workload: {runner: cell, '_guest_insns': n, ...}}."""
    xruns = [r for r in runners if r.kind == 'xrun']
    extra = len(workloads) * ((1 if count_insns and xruns else 0) + (len(runners) if insn_tool else 0))
    prog = Progress(len(workloads) * (warmup + reps) * len(runners) + extra, quiet)
    results = {}
    try:
        for w in workloads:
            if interrupted(results):
                break
            res = run_workload(w, runners, xrun, reps, warmup, timeout, prog)
            if count_insns and xruns:
                prog.show(f'{w.name:14s} counting guest instructions')
                n, st = count_guest_insns(w, xruns[0], xrun, timeout, res)
                prog.step()
                if n:
                    res['_guest_insns'] = n
                    res['_tb_entries'] = st.get('tb_entries')
                    res['_helper_calls'] = st.get('helper_calls')
            if insn_tool:
                for r in runners:
                    prog.show(f'{w.name:14s} host instructions ({insn_tool}) {r.name}')
                    n = measure.host_insns(R.command(r, w, xrun), w.env, w.stdin, timeout, insn_tool)
                    prog.step()
                    if n:
                        res[r.name]['host_insns'] = n
            results[w.name] = res
    except KeyboardInterrupt:
        results['_interrupted'] = True
    finally:
        prog.clear()
    return results


def interrupted(results):
    return results.get('_interrupted', False)


def median(cell, metric='cpu'):
    v = cell.get(metric) or []
    return statistics.median(v) if v and cell.get('status') == 'ok' else None
