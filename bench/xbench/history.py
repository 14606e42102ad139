"""History: one JSON line per bench/run appended to bench/results/<machine>.jsonl
(commit id, date, machine, options, package versions, and per workload per
runner the raw samples), and the regression check between two records.

A change of a (workload, runner) between records A and B is flagged only when
it is beyond the noise band: the median CPU time moved by more than the
threshold (default 5%) AND the min-max ranges of the two records do not
overlap.  Noise on this shared machine shows as wide, overlapping ranges;
a real slowdown moves the whole range.
"""
import json
import os
import platform
import statistics
import subprocess
import time

SCHEMA = 1


def git(root, *args):
    try:
        return subprocess.run(['git', '-C', root] + list(args), capture_output=True, text=True,
                              timeout=30).stdout.strip()
    except OSError:
        return ''


def machine():
    model = ''
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    model = line.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    return {'host': platform.node(), 'cpus': os.cpu_count(), 'cpu': model,
            'kernel': platform.release(), 'load': round(os.getloadavg()[0], 2)}


def make_record(root, options, results, versions, notes):
    return {
        'schema': SCHEMA,
        'commit': git(root, 'rev-parse', 'HEAD') or 'unknown',
        'subject': git(root, 'log', '-1', '--format=%s')[:100],
        'dirty': bool(git(root, 'status', '--porcelain', '--untracked-files=no')),
        'date': time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime()),
        'machine': machine(),
        'options': options,
        'versions': versions,
        'notes': notes,
        'results': results,
    }


def results_file(dirname, host=None):
    return os.path.join(dirname, (host or platform.node() or 'machine') + '.jsonl')


def append(path, record):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'a') as f:
        f.write(json.dumps(record, sort_keys=True, separators=(',', ':')) + '\n')


def load(paths):
    """Records from files or directories of .jsonl files, oldest first."""
    recs = []
    for p in paths:
        files = [os.path.join(p, n) for n in sorted(os.listdir(p)) if n.endswith('.jsonl')] \
            if os.path.isdir(p) else [p]
        for fn in files:
            with open(fn) as f:
                for line in f:
                    line = line.strip()
                    if line:
                        try:
                            recs.append(json.loads(line))
                        except json.JSONDecodeError:
                            pass
    recs.sort(key=lambda r: r.get('date', ''))
    return recs


def find(recs, ref):
    """The latest record whose commit starts with ref; or by position: -1 latest, -2 before it."""
    if ref.lstrip('-').isdigit() and len(ref) < 6:
        i = int(ref)
        return recs[i] if -len(recs) <= i < len(recs) else None
    for r in reversed(recs):
        if r.get('commit', '').startswith(ref):
            return r
    return None


def _stats(cell, metric):
    v = cell.get(metric) or []
    if cell.get('status', 'ok') != 'ok' or not v:
        return None
    return statistics.median(v), min(v), max(v)


def _relative(res, r, metric):
    """The samples of runner r divided by the native median of the same run (None: no native)."""
    c, n = res[r], _stats(res.get('native', {}), metric)
    if r == 'native' or n is None or _stats(c, metric) is None:
        return None
    return {'status': 'ok', metric: [x / n[0] for x in c[metric]]}


def compare(a, b, metric='cpu', threshold=0.05, relative=False):
    """Rows (workload, runner, medA, medB, ratio, verdict); verdict: regression, improvement,
    noise, or a status change.  Regression/improvement need the move to exceed threshold and
    the min-max ranges not to overlap.  relative: compare runner/native ratios instead of
    seconds (a machine that got busier or faster as a whole then changes nothing)."""
    rows = []
    ra, rb = a.get('results', {}), b.get('results', {})
    for w in sorted(set(ra) & set(rb)):
        for r in sorted(set(ra[w]) & set(rb[w])):
            if r.startswith('_') or (relative and r == 'native'):
                continue
            ca, cb = ra[w][r], rb[w][r]
            if relative:
                ca, cb = _relative(ra[w], r, metric) or ca, _relative(rb[w], r, metric) or cb
            sa, sb = _stats(ca, metric), _stats(cb, metric)
            if sa is None or sb is None:
                st_a, st_b = ca.get('status', 'ok'), cb.get('status', 'ok')
                verdict = 'broken' if st_a == 'ok' and st_b != 'ok' else \
                    'fixed' if st_a != 'ok' and st_b == 'ok' else 'n/a'
                rows.append((w, r, None, None, None, verdict))
                continue
            ratio = sb[0] / sa[0] if sa[0] > 0 else float('inf')
            if ratio > 1 + threshold and sb[1] > sa[2]:
                verdict = 'regression'
            elif ratio < 1 / (1 + threshold) and sb[2] < sa[1]:
                verdict = 'improvement'
            else:
                verdict = 'noise'
            rows.append((w, r, sa[0], sb[0], ratio, verdict))
    return rows
