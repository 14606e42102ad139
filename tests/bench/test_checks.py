"""The output check: a runner giving a wrong answer is WRONG, never fast."""
import os
import subprocess
import sys
import unittest

import common
from xbench import matrix, runners as R, workloads as W

PRINTF = '/usr/bin/printf'


def prefix(name, cmd):
    return R.Runner(name, 'prefix', cmd)


class Progressless(matrix.Progress):
    def __init__(self):
        super().__init__(1, quiet=True)


class OutputChecks(unittest.TestCase):
    def run_cells(self, w, runners, reps=2):
        return matrix.run_workload(w, runners, None, reps, 1, 30, Progressless())

    def test_liar_is_wrong(self):
        w = W.Workload('t:printf', 'riscv64', [PRINTF, '42\\n'], [PRINTF, '42\\n'])
        cells = self.run_cells(w, [R.RUNNERS['native'], prefix('honest', ['env']),
                                   prefix('liar', ['sh', '-c', 'echo 41', 'x'])])
        self.assertEqual(cells['native']['status'], 'ok')
        self.assertEqual(cells['honest']['status'], 'ok')
        self.assertEqual(len(cells['honest']['cpu']), 2)          # warm-up not counted
        self.assertEqual(cells['liar']['status'], 'WRONG')
        self.assertIn('native', cells['liar']['why'])

    def test_native_reference_without_native_runner(self):
        w = W.Workload('t:printf', 'riscv64', [PRINTF, '42\\n'], [PRINTF, '42\\n'])
        cells = self.run_cells(w, [prefix('honest', ['env']), prefix('liar', ['sh', '-c', 'echo 41', 'x'])])
        self.assertNotIn('native', cells)
        self.assertEqual(cells['honest']['status'], 'ok')
        self.assertEqual(cells['liar']['status'], 'WRONG')

    def test_failure_and_timeout(self):
        w = W.Workload('t:printf', 'riscv64', [PRINTF, 'x'], [PRINTF, 'x'])
        cells = matrix.run_workload(w, [R.RUNNERS['native'], prefix('crash', ['sh', '-c', 'exit 3', 'x']),
                                        prefix('slow', ['sh', '-c', 'sleep 5', 'x'])],
                                    None, 1, 0, 0.5, Progressless())
        self.assertEqual(cells['crash']['status'], 'exit 3')
        self.assertEqual(cells['slow']['status'], 'TIMEOUT')
        self.assertEqual(cells['crash']['cpu'], [])

    def test_guest_check_uses_verify_and_agreement(self):
        # cc1-style: native output differs by design; guests must agree and pass verify
        verify = lambda out: None if out.startswith(b'ok') else 'no ok'
        w = W.Workload('t:cc', 'aarch64', [PRINTF, 'ok host\\n'], [PRINTF, 'ok guest\\n'],
                       check='guest', verify=verify)
        cells = self.run_cells(w, [R.RUNNERS['native'], prefix('qemu-like', ['env']),
                                   prefix('other', ['sh', '-c', 'echo ok other', 'x']),
                                   prefix('bad', ['sh', '-c', 'echo broken', 'x'])])
        self.assertEqual(cells['native']['status'], 'ok')
        self.assertEqual(cells['qemu-like']['status'], 'ok')
        self.assertEqual(cells['other']['status'], 'WRONG')      # disagrees with the reference
        self.assertEqual(cells['bad']['status'], 'WRONG')        # verify rejects it
        self.assertEqual(cells['bad']['why'], 'no ok')

    def test_unstable_output_is_wrong(self):
        w = W.Workload('t:printf', 'riscv64', [PRINTF, 'x'], [PRINTF, 'x'], check='guest')
        cells = self.run_cells(w, [prefix('clock', ['sh', '-c', 'date +%N', 'x'])], reps=3)
        self.assertEqual(cells['clock']['status'], 'WRONG')

    def test_wait4_metrics(self):
        # a child that burns ~0.2 s of CPU and touches 64 MiB: the figures are the child's
        prog = 'import time\nb = bytearray(64 << 20)\nt = time.process_time()\nwhile time.process_time() - t < 0.2: pass'
        run = common_measure().run_once([sys.executable, '-c', prog], dict(os.environ))
        self.assertEqual(run.status, 'ok')
        self.assertGreater(run.cpu, 0.15)
        self.assertGreater(run.rss_kb, 60 << 10)
        self.assertGreaterEqual(run.wall, run.cpu * 0.5)
        m = common_measure()
        if m.GNU_TIME:
            # a small program's peak is its own, not the harness's (fork high-water)
            self.assertLess(m.run_once(['/usr/bin/true'], dict(os.environ)).rss_kb, 8 << 10)
            self.assertEqual(m.run_once(['sh', '-c', 'kill -9 $$'], dict(os.environ)).status, 'signal 9')


def common_measure():
    from xbench import measure
    return measure


class EndToEnd(unittest.TestCase):
    def test_bench_run_marks_wrong(self):
        progs = [os.path.join(common.BUILD, 'bench', f'bench-{n}') for n in
                 ('intloop-riscv64', 'switch-aarch64', 'intloop-host')]
        if not all(os.path.exists(p) for p in progs):
            self.skipTest('bench programs not built')
        p = subprocess.run([sys.executable, os.path.join(common.SRC, 'bench', 'run'),
                            '--build', common.BUILD, '--workloads', 'rv64:intloop,a64:switch',
                            '--size', 'tiny', '--reps', '1', '--warmup', '0', '--no-count-insns',
                            '--runners', 'native,jit,liar,nosuch', '--insns', 'none',
                            '--extra-runner', 'liar=sh -c "echo 0" x', '--no-history', '--quiet'],
                           capture_output=True, text=True, timeout=120)
        self.assertEqual(p.returncode, 1, p.stderr)              # something was WRONG
        first_table = p.stdout.split('\n\n')[0]
        lines = {l.split()[0]: l.split() for l in first_table.splitlines()}
        self.assertEqual(lines['workload'][:5], ['workload', 'native', 's', 'jit', 's'])
        row = lines['rv64:intloop']
        self.assertIn('WRONG', row)
        self.assertGreater(float(row[-2]), 0)                    # jit/native is a number
        self.assertEqual(row[-1], '-')                           # liar/native is not
        self.assertIn('a64:switch liar: WRONG', p.stdout)
        self.assertIn('runner nosuch: unknown, skipped', p.stdout)


if __name__ == '__main__':
    unittest.main(verbosity=2)
