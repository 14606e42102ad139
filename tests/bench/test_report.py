"""The report renders from a small recorded results file (data/results.jsonl:
three commits, known medians, so every ratio below is computed by hand)."""
import os
import re
import subprocess
import sys
import tempfile
import unittest

import common
from xbench import history, report

DATA = os.path.join(common.HERE, 'data', 'results.jsonl')


class Report(unittest.TestCase):
    def setUp(self):
        self.recs = history.load([DATA])

    def test_load_order_and_find(self):
        self.assertEqual([r['commit'][:7] for r in self.recs], ['aaaa111', 'bbbb222', 'cccc333'])
        self.assertEqual(history.find(self.recs, '-1')['commit'][:4], 'cccc')
        self.assertEqual(history.find(self.recs, 'bbbb')['commit'][:4], 'bbbb')
        self.assertIsNone(history.find(self.recs, 'dddd'))

    def test_text_table(self):
        text = report.text_report(self.recs[0])
        rows = {l.split()[0]: l.split() for l in text.split('\n\n')[0].splitlines()}
        # jit/native: intloop 0.82/0.41 = 2, sort 2.0/0.5 = 4, lua 4 -> geomean 32^(1/3) = 3.17
        self.assertEqual(rows['workload'][-3:], ['jit/native', 'qemu/native', 'qemu/jit'])
        self.assertEqual(rows['rv64:intloop'][-3:], ['2.00', '4.00', '2.00'])
        self.assertEqual(rows['deb:lua'][-3:], ['4.00', '-', '-'])
        self.assertEqual(rows['geomean'][1:], ['3.17', '4.00', '1.41'])
        self.assertIn('deb:lua qemu: WRONG', text)
        self.assertIn('0.820 ±2%', text)                        # median and half range
        # the stats table: blocks, KiB, ms; guest insns 1000 M
        self.assertRegex(text, r'rv64:intloop\s+470\s+233\s+14\.6\s+538\s+1000\.0\s+-')

    def test_runner_order(self):
        # stored JSON sorts keys (jit < native < qemu): columns follow the run's order
        rec = dict(self.recs[0], options=dict(self.recs[0]['options'], runners=['native', 'qemu', 'jit']))
        self.assertEqual(report.table_rows(rec)[0][1:4], ['native s', 'qemu s', 'jit s'])
        rec['options'] = {}
        self.assertEqual(report.table_rows(rec)[0][1], 'native s')

    def test_markdown(self):
        md = report.text_report(self.recs[-1], markdown=True)
        self.assertIn('| geomean |  |  |  | 1.59 | 4.00 | 2.83 |', md)

    def test_html_series(self):
        page = report.html_report(self.recs)
        self.assertTrue(page.startswith('<!DOCTYPE html>'))
        self.assertNotIn('<script', page)                       # self-contained, static
        self.assertNotRegex(page, r'(src|href)="http')
        charts = dict(re.findall(r'<div class="chart" id="([^"]+)">(.*?)</div>', page, re.S))
        self.assertEqual(set(charts), {'ratio-jit-native', 'ratio-qemu-native', 'ratio-qemu-jit',
                                       'wl-rv64:intloop', 'wl-a64:sort', 'wl-deb:lua'})
        jn = charts['ratio-jit-native']
        for s in ('rv64:intloop', 'a64:sort', 'deb:lua', 'geomean'):
            self.assertIn(f'data-series="{s}"', jn)
        # geomean over the three commits: 3.175, 2.381, 1.587 (each run's jit 0.75x the last)
        for c, v in (('aaaa111', '3.175'), ('bbbb222', '2.381'), ('cccc333', '1.587')):
            self.assertIn(f'<title>geomean @ {c}: {v}</title>', jn)
        # qemu was WRONG on deb:lua: no such series in the qemu/jit chart
        self.assertNotIn('data-series="deb:lua"', charts['ratio-qemu-jit'])
        wl = charts['wl-a64:sort']
        self.assertIn('data-series="jit/native"', wl)
        self.assertIn('data-series="qemu/jit"', wl)
        pts = re.search(r'data-series="jit/native">\s*<polyline[^>]*points="([^"]+)"', wl).group(1)
        self.assertEqual(len(pts.split()), 3)
        ys = [float(p.split(',')[1]) for p in pts.split()]
        self.assertTrue(ys[0] < ys[1] < ys[2])                  # falling ratio: lower on screen = larger y

    def test_cli(self):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, 'r.html')
            p = subprocess.run([sys.executable, os.path.join(common.SRC, 'bench', 'report'),
                                '--results', DATA, '-o', out, '--text'], capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertIn('geomean', p.stdout)
            with open(out) as f:
                self.assertIn('data-series="geomean"', f.read())


if __name__ == '__main__':
    unittest.main(verbosity=2)
