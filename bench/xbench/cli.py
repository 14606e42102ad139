"""Command lines of bench/run, bench/compare and bench/report."""
import argparse
import os
import subprocess
import sys

from . import history, matrix, measure, report, runners as R, workloads as W, workloads_str as WS

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RESULTS = os.path.join(ROOT, 'bench', 'results')

RUN_DOC = """Run the benchmarks natively, under xrun and under qemu-user, and record them.

Each workload runs under every runner in turn (A B A B ...) after warm-up
rounds; every output is checked (a wrong answer is WRONG, never fast).  The
table gives median user+sys CPU seconds (±half the min-max range) and the
ratios runner/native and qemu/xrun with geometric means.  Each run appends
one JSON line to bench/results/<host>.jsonl and rewrites the HTML report.

  bench/run --quick                          # < 10 min on 2 cores: the table
  bench/run                                  # everything, full size, 3 reps
  bench/run --workloads a64,deb:python3 --runners native,jit,interp,qemu --reps 5
  bench/run --insns callgrind --workloads deb:lua --reps 1
  bench/compare -2 -1                        # last two runs: regressions?
  bench/report -o report.html                # the HTML page from the history

Workloads: all, c (rv64 + a64), rv64, a64, deb, str (string/memory-heavy: the native
bypass benchmark, not in all), or names (a64:sort, python3, str:perl).
Runners (unknown or unavailable ones are skipped with a note):
""" + '\n'.join(f'  {n:9s} {r.help}' for n, r in R.RUNNERS.items()) + '\n'


def versions(root_dir, arches, runners):
    v = {'host': {}, 'guest': {}}
    try:
        out = subprocess.run(['dpkg-query', '-W'] + W.DEB_PACKAGES + ['qemu-user'],
                             capture_output=True, text=True).stdout
        v['host'] = dict(line.split('\t', 1) for line in out.splitlines() if '\t' in line)
    except OSError:
        pass
    try:
        with open(os.path.join(root_dir, '.debian-root.stamp')) as f:
            for line in f.read().splitlines()[1:]:
                p = line.split()
                if len(p) >= 2 and p[0] in W.DEB_PACKAGES:
                    v['guest'][p[0]] = p[1]
    except OSError:
        pass
    return v


def ensure_root(root_dir, notes, quiet):
    """The Debian arm64 root of the deb: workloads, made by scripts/debian-root.sh."""
    try:
        with open(os.path.join(root_dir, '.debian-root.stamp')) as f:
            if f.readline().split() == ['arm64'] + W.DEB_PACKAGES:
                return True         # made for this package list (rerunning costs ~20 s of apt)
    except OSError:
        pass
    if not quiet:
        print(f'bench: building the Debian arm64 root in {root_dir} (scripts/debian-root.sh)',
              file=sys.stderr)
    env = dict(os.environ, DEBIAN_ROOT_QUIET='1')
    p = subprocess.run([os.path.join(ROOT, 'scripts', 'debian-root.sh'), 'arm64', root_dir] +
                       W.DEB_PACKAGES, env=env, capture_output=True, text=True)
    if p.returncode != 0:
        notes.append('no Debian arm64 root (scripts/debian-root.sh failed: ' +
                     (p.stderr.strip().splitlines() or ['?'])[-1] + '): deb workloads skipped')
        return False
    return True


def run_main(argv=None):
    ap = argparse.ArgumentParser(prog='bench/run', description=RUN_DOC,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--quick', action='store_true',
                    help='quick size, 2 reps after 1 warm-up, runners native,jit,qemu, no counting runs')
    ap.add_argument('--workloads', default='all')
    ap.add_argument('--runners', default=None, help='comma list (default native,jit,qemu; "all": every known)')
    ap.add_argument('--reps', type=int, default=None, help='measured runs per runner (default 3)')
    ap.add_argument('--warmup', type=int, default=1)
    ap.add_argument('--size', choices=W.SIZES, default=None, help='input size (default full)')
    ap.add_argument('--timeout', type=float, default=600)
    ap.add_argument('--build', default=os.path.join(ROOT, 'build'))
    ap.add_argument('--root', default=None, help='Debian arm64 root (default BUILD/bench-arm64)')
    ap.add_argument('--count-insns', dest='count', action='store_true', default=None,
                    help='one extra xrun -count-insns run per workload (default: on unless --quick)')
    ap.add_argument('--no-count-insns', dest='count', action='store_false')
    ap.add_argument('--insns', choices=['auto', 'perf', 'callgrind', 'none'], default='auto',
                    help='host instruction counts: auto = perf where counters exist')
    ap.add_argument('--extra-runner', action='append', metavar='NAME=PREFIX')
    ap.add_argument('--results', default=RESULTS, help='history directory')
    ap.add_argument('--no-history', action='store_true', help='do not append to the history')
    ap.add_argument('--html', default=None, help='HTML report path (default BUILD/bench-report.html)')
    ap.add_argument('--metric', choices=['cpu', 'wall'], default='cpu')
    ap.add_argument('--markdown', action='store_true')
    ap.add_argument('--quiet', action='store_true', help='no progress line')
    ap.add_argument('--nice', type=int, default=0, help='lower the priority of the runs (os.nice)')
    a = ap.parse_args(argv)
    if a.nice:
        os.nice(a.nice)

    size = a.size or ('quick' if a.quick else 'full')
    reps = a.reps or (2 if a.quick else 3)
    count = a.count if a.count is not None else not a.quick
    notes = []
    known = dict(R.RUNNERS, **R.parse_extra(a.extra_runner))
    names = a.runners or 'native,jit,qemu'
    names = list(R.RUNNERS) if names == 'all' else [n for n in names.split(',') if n]

    build = os.path.abspath(a.build)
    root_dir = os.path.abspath(a.root or os.path.join(build, 'bench-arm64'))
    all_w = W.c_workloads(build, size)
    want_deb = any(x in ('all', 'deb') or x.startswith('deb:') or x in W.DEB_BINARIES
                   for x in a.workloads.split(','))
    if want_deb and ensure_root(root_dir, notes, a.quiet):
        inputs = W.make_inputs(os.path.join(build, 'bench-inputs', size), size)
        all_w += W.deb_workloads(root_dir, inputs)
    if any(x == 'str' or x.startswith('str:') for x in a.workloads.split(',')):
        have_root = ensure_root(root_dir, notes, a.quiet)
        all_w += WS.str_workloads(build, root_dir, have_root, size,
                                  os.path.join(build, 'bench-inputs', size))
    try:
        wl = W.select(all_w, a.workloads)
    except ValueError as e:
        ap.error(str(e))
    if not wl:
        ap.error('no workloads to run')
    missing = [w.name for w in wl if not os.path.exists(w.guest[0])]
    if missing:
        ap.error('not built: ' + ', '.join(missing) + f' (ninja -C {a.build})')

    for w in wl:
        if w.name.startswith('deb:') and not os.path.exists(w.native[0]):
            notes.append(f'{w.name}: no host {w.native[0]} (scripts/setup.sh installs it): '
                         'no native run; the guests are checked against each other')
            w.check = 'guest'
    xrun = R.xrun_path(build)
    arches = sorted({w.arch for w in wl})
    runners = []
    for n in names:
        if n not in known:
            notes.append(f'runner {n}: unknown, skipped (known: {", ".join(known)})')
            continue
        why = R.unavailable(known[n], xrun, arches)
        if why:
            notes.append(f'runner {n}: skipped, {why}')
            continue
        runners.append(known[n])
    if not runners:
        ap.error('no runner can run: ' + '; '.join(notes))
    tool = {'auto': 'perf' if measure.perf_available() else None, 'none': None}.get(a.insns, a.insns)
    if a.insns == 'auto' and not tool:
        notes.append('no host instruction counts: perf has no hardware counters here '
                     '(--insns callgrind counts them, slowly)')
    for n in notes:
        print('bench: ' + n, file=sys.stderr)

    results = matrix.run_all(wl, runners, xrun, reps=reps, warmup=a.warmup, timeout=a.timeout,
                             quiet=a.quiet, count_insns=count, insn_tool=tool)
    if results.pop('_interrupted', False):
        print('bench: interrupted; the workloads finished so far (not recorded):', file=sys.stderr)
        a.no_history = True
    options = {'size': size, 'reps': reps, 'warmup': a.warmup, 'runners': [r.name for r in runners],
               'workloads': a.workloads, 'quick': a.quick, 'metric': a.metric}
    rec = history.make_record(ROOT, options, results, versions(root_dir, arches, runners), notes)
    print(report.text_report(rec, markdown=a.markdown, metric=a.metric))
    if not a.no_history:
        path = history.results_file(a.results)
        history.append(path, rec)
        html_path = a.html or os.path.join(build, 'bench-report.html')
        recs = [r for r in history.load([a.results])
                if r.get('options', {}).get('size') == size]
        with open(html_path, 'w') as f:
            f.write(report.html_report(recs, f'xrun benchmarks ({size} size)'))
        print(f'\nbench: appended to {os.path.relpath(path)}; report: {os.path.relpath(html_path)}',
              file=sys.stderr)
    bad = [1 for res in results.values() for r, c in res.items()
           if not r.startswith('_') and c.get('status') != 'ok']
    return 1 if bad else 0


def compare_main(argv=None):
    ap = argparse.ArgumentParser(prog='bench/compare', description=(
        'Compare two recorded runs: A and B are commit-id prefixes (the latest run of each) or '
        'positions (-1 the latest, -2 the one before).  A change is flagged only beyond the noise '
        'band: median moved by more than --threshold and the min-max ranges do not overlap.  '
        'Exit status 1 when something regressed or broke.'))
    ap.add_argument('a', nargs='?', default='-2')
    ap.add_argument('b', nargs='?', default='-1')
    ap.add_argument('--results', action='append', help='files or directories (default bench/results)')
    ap.add_argument('--metric', choices=['cpu', 'wall'], default='cpu')
    ap.add_argument('--threshold', type=float, default=0.05)
    ap.add_argument('--relative', action='store_true',
                    help='compare runner/native ratios, not seconds (for a machine whose load changed)')
    ap.add_argument('--all', action='store_true', help='list unchanged pairs too')
    a = ap.parse_args(argv)
    recs = history.load(a.results or [RESULTS])
    ra, rb = history.find(recs, a.a), history.find(recs, a.b)
    if not ra or not rb:
        print(f'bench/compare: no run matches {a.a if not ra else a.b} ({len(recs)} runs recorded)',
              file=sys.stderr)
        return 2
    rows = history.compare(ra, rb, a.metric, a.threshold, a.relative)
    print(f"A = {ra['commit'][:10]} {ra.get('date', '')}   B = {rb['commit'][:10]} {rb.get('date', '')}")
    out = [['workload', 'runner', 'A s', 'B s', 'B/A', 'verdict']]
    for w, r, ma, mb, x, v in rows:
        if v not in ('noise', 'n/a') or a.all:
            out.append([w, r, f'{ma:.3f}' if ma else '-', f'{mb:.3f}' if mb else '-',
                        f'{x:.2f}' if x else '-', v])
    print(report.format_table(out[0], out[1:]) if len(out) > 1 else 'no change beyond the noise band')
    n = sum(1 for row in rows if row[5] in ('regression', 'broken'))
    print(f'{n} regression(s), {sum(1 for row in rows if row[5] == "improvement")} improvement(s), '
          f'{sum(1 for row in rows if row[5] == "noise")} within noise')
    return 1 if n else 0


def report_main(argv=None):
    ap = argparse.ArgumentParser(prog='bench/report', description=(
        'Render the history: the HTML page with SVG plots (-o), or the latest table (--text).'))
    ap.add_argument('--results', action='append', help='files or directories (default bench/results)')
    ap.add_argument('-o', '--output', default=None, help='HTML file to write')
    ap.add_argument('--size', default=None, help='only runs of this input size')
    ap.add_argument('--text', action='store_true', help='print the latest table')
    ap.add_argument('--markdown', action='store_true', help='print the latest table as Markdown')
    a = ap.parse_args(argv)
    recs = history.load(a.results or [RESULTS])
    if a.size:
        recs = [r for r in recs if r.get('options', {}).get('size') == a.size]
    if not recs:
        print('bench/report: no recorded runs', file=sys.stderr)
        return 2
    if a.text or a.markdown:
        print(report.text_report(recs[-1], markdown=a.markdown))
    if a.output or not (a.text or a.markdown):
        out = a.output or 'bench-report.html'
        with open(out, 'w') as f:
            f.write(report.html_report(recs))
        print(f'bench/report: wrote {out} ({len(recs)} runs)', file=sys.stderr)
    return 0
