"""xrun -count-insns and -d stats on a program whose counts are known by
construction (count_loop.S: 2004 instructions, 1001 block entries), with both
backends; without -count-insns no execution counts are printed (and none are
emitted into translated code)."""
import os
import subprocess
import sys
import unittest

import common
from xbench.runners import parse_stats

PROG = sys.argv.pop(1) if len(sys.argv) > 1 else os.path.join(common.BUILD, 'tests', 'bench', 'count_loop-riscv64')
XRUN = os.path.join(common.BUILD, 'xrun')


def stats(*opts):
    p = subprocess.run([XRUN] + list(opts) + ['-d', 'stats', PROG], capture_output=True, text=True, timeout=30)
    assert p.returncode == 0, p.stderr
    return parse_stats(p.stderr)


class Stats(unittest.TestCase):
    def test_counts_known(self):
        for backend in ('jit', 'interp'):
            with self.subTest(backend=backend):
                s = stats('-backend', backend, '-count-insns')
                self.assertEqual(s['guest_insns'], 2004)
                self.assertEqual(s['tb_entries'], 1001)
                self.assertEqual(s['blocks'], 3)                # entry, loop body, exit
                self.assertEqual(s['insns_translated'], 3 + 2 + 3)
                self.assertEqual(s['exit_syscall'], 1)
                self.assertEqual(s['helper_calls'], 0)
                self.assertEqual(s['chained_entries'], s['tb_entries'] - s['dispatches'])
                # each of the 4 edges (start->A, A->B, B->B, B->C) is looked up once,
                # the 3 goto_tb ones are chained from then on
                self.assertEqual(s['dispatches'], 4)
                self.assertEqual(s['unlinked_exits'], 3)
                self.assertEqual(s['chained_entries'], 997)

    def test_backends_agree(self):
        # executed counts are the guest's: the JIT and the interpreter must agree
        prog = os.path.join(common.BUILD, 'bench', 'bench-sha256-aarch64')
        if not os.path.exists(prog):
            self.skipTest('bench programs not built')
        got = []
        for backend in ('jit', 'interp'):
            p = subprocess.run([XRUN, '-backend', backend, '-count-insns', '-d', 'stats', prog, '1'],
                               capture_output=True, text=True, timeout=60)
            s = parse_stats(p.stderr)
            got.append((s['guest_insns'], s['helper_calls'], p.stdout))
        self.assertEqual(got[0], got[1])
        self.assertGreater(got[0][0], 10 ** 6)
        self.assertGreater(got[0][1], 0)

    def test_translation_figures(self):
        s = stats()
        self.assertNotIn('guest_insns', s)
        self.assertNotIn('tb_entries', s)
        self.assertGreater(s['code_bytes'], 0)
        self.assertIn('translate_us', s)
        self.assertIn('helper_sites', s)
        self.assertEqual(s['flushes'], 0)

    def test_env_twin(self):
        p = subprocess.run([XRUN, '-d', 'stats', PROG], capture_output=True, text=True,
                           env=dict(os.environ, XRUN_COUNT_INSNS='1', XRUN_BACKEND='jit'))
        self.assertEqual(parse_stats(p.stderr)['guest_insns'], 2004)


if __name__ == '__main__':
    unittest.main(verbosity=2)
