"""Reports: the terminal (or Markdown) table of one record, and a
self-contained HTML page with SVG plots of the ratios over the history.

Times are medians of user+sys CPU seconds (wall is recorded too); a ratio
A/B is median(A)/median(B); geometric means cover the workloads where both
sides ran correctly.
"""
import html
import math
import statistics

from .runners import XRUN_MAIN


def med(cell, metric='cpu'):
    v = cell.get(metric) if cell else None
    if not v or cell.get('status', 'ok') != 'ok':
        return None
    return statistics.median(v)


def spread(cell, metric='cpu'):
    """Half the min-max range, relative to the median (the noise band)."""
    v = cell.get(metric) or []
    m = med(cell, metric)
    return (max(v) - min(v)) / 2 / m if m and len(v) > 1 else 0.0


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else None


def runner_names(rec):
    """Runners in the order they ran (the stored JSON sorts keys: native first otherwise)."""
    seen = [r for r in rec.get('options', {}).get('runners', [])
            if any(r in w for w in rec['results'].values())]
    for w in rec['results'].values():
        for r in w:
            if not r.startswith('_') and r not in seen:
                seen.append(r)
    return sorted(seen, key=lambda r: (r != 'native', seen.index(r)))


def ratio_pairs(runners):
    """The ratios shown: each guest runner over native, and qemu over the main xrun runner."""
    pairs = [(r, 'native') for r in runners if r != 'native' and 'native' in runners]
    main = next((r for r in XRUN_MAIN if r in runners), None)
    if 'qemu' in runners and main:
        pairs.append(('qemu', main))
    return pairs


def ratio(rec, w, a, b, metric='cpu'):
    ws = rec['results'].get(w, {})
    x, y = med(ws.get(a), metric), med(ws.get(b), metric)
    return x / y if x and y else None


def table_rows(rec, metric='cpu'):
    runners = runner_names(rec)
    pairs = ratio_pairs(runners)
    header = ['workload'] + [f'{r} s' for r in runners] + [f'{a}/{b}' for a, b in pairs]
    rows = []
    for w, res in rec['results'].items():
        row = [w]
        for r in runners:
            c = res.get(r)
            if not c:
                row.append('-')
            elif c.get('status', 'ok') != 'ok':
                row.append(c['status'])
            else:
                m = med(c, metric)
                row.append(f'{m:.3f} ±{spread(c, metric) * 100:.0f}%' if m is not None else '-')
        for a, b in pairs:
            x = ratio(rec, w, a, b, metric)
            row.append(f'{x:.2f}' if x else '-')
        rows.append(row)
    geo = ['geomean'] + [''] * len(runners)
    for a, b in pairs:
        g = geomean([ratio(rec, w, a, b, metric) for w in rec['results']])
        geo.append(f'{g:.2f}' if g else '-')
    rows.append(geo)
    return header, rows


def stats_rows(rec):
    """xrun's own figures beside the times: translation, dispatch, instructions."""
    runners = runner_names(rec)
    main = next((r for r in XRUN_MAIN if r in runners), None)
    if not main:
        return None, []
    header = ['workload', 'blocks', 'code KiB', 'transl ms', 'dispatches', 'guest Minsn', 'helpers/kinsn',
              'host/guest ' + main, 'host/guest qemu', 'RSS MiB native/' + main + '/qemu']
    rows, any_stats = [], False
    for w, res in rec['results'].items():
        st = (res.get(main) or {}).get('stats') or {}
        gi = res.get('_guest_insns')
        any_stats |= bool(st) or bool(gi)

        def hpg(r):
            h = (res.get(r) or {}).get('host_insns')
            return f'{h / gi:.1f}' if h and gi else '-'

        def rss(r):
            v = (res.get(r) or {}).get('rss_kb')
            return f'{statistics.median(v) / 1024:.0f}' if v else '-'
        rows.append([w, str(st.get('blocks', '-')),
                     f"{st['code_bytes'] / 1024:.0f}" if 'code_bytes' in st else '-',
                     f"{st['translate_us'] / 1000:.1f}" if 'translate_us' in st else '-',
                     str(st.get('dispatches', '-')),
                     f'{gi / 1e6:.1f}' if gi else '-',
                     f"{res['_helper_calls'] * 1000 / gi:.1f}" if gi and res.get('_helper_calls') is not None else '-',
                     hpg(main), hpg('qemu'),
                     '/'.join(rss(r) for r in ('native', main, 'qemu'))])
    return (header, rows) if any_stats else (None, [])


def format_table(header, rows, markdown=False):
    if markdown:
        out = ['| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header)]
        out += ['| ' + ' | '.join(r) + ' |' for r in rows]
        return '\n'.join(out)
    w = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
    return '\n'.join('  '.join(c.ljust(w[i]) if i == 0 else c.rjust(w[i]) for i, c in enumerate(r))
                     for r in [header] + rows)


def text_report(rec, markdown=False, metric='cpu'):
    h, rows = table_rows(rec, metric)
    parts = [format_table(h, rows, markdown)]
    sh, srows = stats_rows(rec)
    if sh:
        parts.append(format_table(sh, srows, markdown))
    problems = [f'{w} {r}: {c["status"]}' + (f' ({c["why"]})' if c.get('why') else '')
                for w, res in rec['results'].items() for r, c in res.items()
                if not r.startswith('_') and c.get('status', 'ok') != 'ok']
    if problems:
        parts.append('not counted:\n  ' + '\n  '.join(problems))
    o = rec.get('options', {})
    parts.append(f"median {'user+sys CPU' if metric == 'cpu' else 'wall'} seconds ±half the "
                 f"min-max range, {o.get('reps', '?')} runs after {o.get('warmup', '?')} warm-up, "
                 f"runners alternated; commit {rec.get('commit', '?')[:10]}"
                 f"{' (dirty)' if rec.get('dirty') else ''}, {rec.get('date', '?')}, "
                 f"{rec.get('machine', {}).get('host', '?')} ({rec.get('machine', {}).get('cpus', '?')} cpus, "
                 f"load {rec.get('machine', {}).get('load', '?')})")
    text = '\n\n'.join(parts)
    if rec.get('notes'):
        text += '\n' + '\n'.join('note: ' + n for n in rec['notes'])
    return text


# ---- HTML and SVG ---------------------------------------------------------------------

COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2',
          '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39']


def ticks(lo, hi, logy):
    """Grid values: powers of two on a log axis, 1-2-5 steps on a linear one (1.0 always)."""
    if logy:
        return sorted({1.0} | {2.0 ** k for k in range(-6, 12) if lo <= 2.0 ** k <= hi})
    raw = (hi - lo) / 5 or 1
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    return sorted({1.0} | {round(k * step, 10) for k in range(math.ceil(lo / step), math.floor(hi / step) + 1)})


def svg_chart(title, xlabels, series, width=720, height=300, bold=()):
    """A line chart: series is {name: [value or None per x]}; log-scale y when it spans >8x."""
    vals = [v for s in series.values() for v in s if v]
    if not vals:
        return f'<p>{html.escape(title)}: no data</p>'
    lo, hi = min(vals + [1.0]), max(vals + [1.0])
    logy = hi / lo > 8
    f = math.log if logy else (lambda v: v)
    ylo, yhi = f(lo) - (f(hi) - f(lo)) * 0.05, f(hi) + (f(hi) - f(lo)) * 0.05 + 1e-9
    L, R, T, B = 50, 170, 28, 40
    pw, ph = width - L - R, height - T - B
    n = max(1, len(xlabels) - 1)
    X = lambda i: L + pw * (i / n if len(xlabels) > 1 else 0.5)
    Y = lambda v: T + ph * (1 - (f(v) - ylo) / (yhi - ylo))
    o = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
         f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
         f'<text x="{L}" y="16" font-size="13" font-weight="bold">{html.escape(title)}</text>',
         f'<rect x="{L}" y="{T}" width="{pw}" height="{ph}" fill="none" stroke="#999"/>']
    for t in ticks(lo, hi, logy):
        if lo <= t <= hi:
            y = Y(t)
            o.append(f'<line x1="{L}" x2="{L + pw}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                     f'<text x="{L - 4}" y="{y + 4:.1f}" text-anchor="end">{t:.2f}</text>')
    step = max(1, len(xlabels) // 10)
    for i, lab in enumerate(xlabels):
        if i % step == 0 or i == len(xlabels) - 1:
            o.append(f'<text x="{X(i):.1f}" y="{T + ph + 14}" text-anchor="middle">{html.escape(lab)}</text>')
    for k, (name, ys) in enumerate(series.items()):
        col = '#000' if name in bold else COLORS[k % len(COLORS)]
        sw = 3 if name in bold else 1.5
        pts = [(X(i), Y(v), v, xlabels[i]) for i, v in enumerate(ys) if v]
        if not pts:
            continue
        o.append(f'<g data-series="{html.escape(name)}">')
        o.append(f'<polyline fill="none" stroke="{col}" stroke-width="{sw}" points="' +
                 ' '.join(f'{x:.1f},{y:.1f}' for x, y, _, _ in pts) + '"/>')
        for x, y, v, lab in pts:
            o.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{col}">'
                     f'<title>{html.escape(name)} @ {html.escape(lab)}: {v:.3f}</title></circle>')
        ly = T + 12 + k * 13
        o.append(f'<line x1="{L + pw + 10}" x2="{L + pw + 28}" y1="{ly - 4}" y2="{ly - 4}" '
                 f'stroke="{col}" stroke-width="{sw}"/><text x="{L + pw + 32}" y="{ly}">'
                 f'{html.escape(name)}</text></g>')
    o.append('</svg>')
    return '\n'.join(o)


def html_report(recs, title='xrun benchmarks'):
    """The page: the latest table, geomean ratios over commits, one chart per workload."""
    if not recs:
        return '<!DOCTYPE html><html><body><p>no results</p></body></html>'
    latest = recs[-1]
    xl = [f"{r.get('commit', '?')[:7]}{'+' if r.get('dirty') else ''}" for r in recs]
    runners = []
    for r in recs:
        runners += [x for x in runner_names(r) if x not in runners]
    pairs = ratio_pairs(runners)
    workloads = []
    for r in recs:
        workloads += [w for w in r['results'] if w not in workloads]
    body = [f'<h1>{html.escape(title)}</h1>',
            f'<p>{len(recs)} runs, latest: commit {html.escape(latest.get("commit", "?")[:10])} '
            f'({html.escape(latest.get("subject", ""))}), {html.escape(latest.get("date", ""))} on '
            f'{html.escape(str(latest.get("machine", {}).get("host", "?")))}. '
            'Ratios of median user+sys CPU time; lower is better for xrun/native, '
            'higher is better for qemu/xrun.</p>', '<h2>Latest run</h2>']
    h, rows = table_rows(latest)
    body.append(html_table(h, rows))
    sh, srows = stats_rows(latest)
    if sh:
        body.append(html_table(sh, srows))
    body.append('<h2>Ratios over commits</h2>')
    for a, b in pairs:
        series = {w: [ratio(r, w, a, b) for r in recs] for w in workloads}
        series['geomean'] = [geomean([ratio(r, w, a, b) for w in r['results']]) for r in recs]
        body.append(f'<div class="chart" id="ratio-{html.escape(a)}-{html.escape(b)}">' +
                    svg_chart(f'{a}/{b} per workload', xl, series, bold=('geomean',)) + '</div>')
    body.append('<h2>Per workload</h2>')
    for w in workloads:
        series = {f'{a}/{b}': [ratio(r, w, a, b) for r in recs] for a, b in pairs}
        body.append(f'<div class="chart" id="wl-{html.escape(w)}">' +
                    svg_chart(w, xl, series, width=560, height=220) + '</div>')
    css = ('body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse;'
           'margin:1em 0}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}'
           'td:first-child,th:first-child{text-align:left}.chart{display:inline-block;margin:4px}')
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + html.escape(title) +
            f'</title><style>{css}</style></head><body>\n' + '\n'.join(body) + '\n</body></html>\n')


def html_table(header, rows):
    o = ['<table><tr>' + ''.join(f'<th>{html.escape(c)}</th>' for c in header) + '</tr>']
    for r in rows:
        o.append('<tr>' + ''.join(f'<td>{html.escape(c)}</td>' for c in r) + '</tr>')
    return '\n'.join(o) + '</table>'
