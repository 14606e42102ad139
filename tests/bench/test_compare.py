"""The regression check flags an injected slowdown, and not noise."""
import copy
import json
import os
import subprocess
import sys
import tempfile
import unittest

import common
from xbench import history

DATA = os.path.join(common.HERE, 'data', 'results.jsonl')


def scaled(rec, w, r, factors):
    out = copy.deepcopy(rec)
    c = out['results'][w][r]
    c['cpu'] = [round(x * f, 4) for x, f in zip(c['cpu'], factors)]
    out['commit'] = 'f' * 40
    return out


class Compare(unittest.TestCase):
    def setUp(self):
        self.a = history.load([DATA])[0]

    def verdicts(self, b):
        return {(w, r): v for w, r, _, _, _, v in history.compare(self.a, b)}

    def test_slowdown_flagged(self):
        b = scaled(self.a, 'rv64:intloop', 'jit', [1.3, 1.3, 1.3])
        v = self.verdicts(b)
        self.assertEqual(v[('rv64:intloop', 'jit')], 'regression')
        self.assertEqual([k for k, x in v.items() if x == 'regression'], [('rv64:intloop', 'jit')])

    def test_noise_not_flagged(self):
        # samples reshuffled and jittered inside the old range: nothing moves
        b = scaled(self.a, 'rv64:intloop', 'jit', [1.02, 0.98, 1.01])
        b = scaled(b, 'a64:sort', 'jit', [1.04, 1.0, 0.97])
        self.assertNotIn('regression', self.verdicts(b).values())

    def test_wide_overlapping_move_is_noise(self):
        # median +8% but one run as fast as before: within the noise band
        b = scaled(self.a, 'a64:sort', 'jit', [1.0, 1.08, 1.2])
        self.assertEqual(self.verdicts(b)[('a64:sort', 'jit')], 'noise')

    def test_improvement_and_broken(self):
        b = scaled(self.a, 'a64:sort', 'native', [0.7, 0.7, 0.7])
        b['results']['rv64:intloop']['qemu']['status'] = 'WRONG'
        v = self.verdicts(b)
        self.assertEqual(v[('a64:sort', 'native')], 'improvement')
        self.assertEqual(v[('rv64:intloop', 'qemu')], 'broken')
        self.assertEqual(v[('deb:lua', 'qemu')], 'n/a')          # WRONG in both

    def test_relative_ignores_machine_wide_slowdown(self):
        # everything 40% slower (a busier machine): absolute flags it, relative does not
        b = copy.deepcopy(self.a)
        for res in b['results'].values():
            for r, c in res.items():
                if not r.startswith('_'):
                    c['cpu'] = [x * 1.4 for x in c['cpu']]
        self.assertIn('regression', self.verdicts(b).values())
        rel = {(w, r): v for w, r, _, _, _, v in history.compare(self.a, b, relative=True)}
        self.assertNotIn('regression', rel.values())
        self.assertNotIn(('a64:sort', 'native'), rel)
        # and a real jit slowdown still shows relative to native
        b = scaled(self.a, 'a64:sort', 'jit', [1.3, 1.3, 1.3])
        rel = {(w, r): v for w, r, _, _, _, v in history.compare(self.a, b, relative=True)}
        self.assertEqual(rel[('a64:sort', 'jit')], 'regression')

    def test_cli_exit_status(self):
        with tempfile.TemporaryDirectory() as d:
            f = os.path.join(d, 'h.jsonl')
            slow = scaled(self.a, 'a64:sort', 'jit', [1.5, 1.5, 1.5])
            slow['date'] = '2026-12-01T00:00:00Z'
            with open(f, 'w') as out:
                out.write(json.dumps(self.a) + '\n' + json.dumps(slow) + '\n')
            cmd = [sys.executable, os.path.join(common.SRC, 'bench', 'compare'), '--results', f]
            p = subprocess.run(cmd + ['aaaa', 'ffff'], capture_output=True, text=True)
            self.assertEqual(p.returncode, 1, p.stderr)
            self.assertRegex(p.stdout, r'a64:sort\s+jit\s+2\.000\s+3\.000\s+1\.50\s+regression')
            p = subprocess.run(cmd + ['aaaa', 'aaaa'], capture_output=True, text=True)
            self.assertEqual(p.returncode, 0)
            self.assertIn('no change beyond the noise band', p.stdout)


if __name__ == '__main__':
    unittest.main(verbosity=2)
