"""Runners: how a workload is run.  The list is open: add an entry to RUNNERS,
or pass --extra-runner NAME=PREFIX on the command line (the guest command is
appended to PREFIX: another translator, a wrapper, a deliberately broken fake
for the tests).

A runner that cannot run here (its tool is missing, or xrun lacks the option
it needs, e.g. native bypass before it exists) is skipped with a note, not an
error, so the list can name runners ahead of the features they measure.
"""
import os
import shlex
import shutil
import subprocess
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Runner:
    name: str
    kind: str                     # native, xrun, qemu, prefix
    args: list = field(default_factory=list)   # xrun options, or the prefix argv
    needs_option: Optional[str] = None         # an xrun option that must appear in -help
    help: str = ''

    def is_guest(self):
        return self.kind != 'native'


RUNNERS = {
    'native': Runner('native', 'native', help='the host build / the host Debian package'),
    'jit': Runner('jit', 'xrun', ['-backend', 'jit'], help='xrun, x86_64 JIT backend'),
    'interp': Runner('interp', 'xrun', ['-backend', 'interp'], help='xrun, IR interpreter'),
    'bypass': Runner('bypass', 'xrun', ['-backend', 'jit', '-native-bypass', 'on'], '-native-bypass',
                     help='xrun JIT with native bypass of libc calls on (issue 7)'),
    'nobypass': Runner('nobypass', 'xrun', ['-backend', 'jit', '-native-bypass', 'off'], '-native-bypass',
                       help='xrun JIT with native bypass off'),
    'qemu': Runner('qemu', 'qemu', help="Debian's qemu-user"),
}
# Which xrun runner the qemu/xrun ratio compares against, in order of preference.
XRUN_MAIN = ('jit', 'bypass', 'interp')


def parse_extra(specs):
    """--extra-runner NAME=PREFIX (repeatable)."""
    out = {}
    for s in specs or []:
        name, sep, prefix = s.partition('=')
        if not sep or not name or not prefix:
            raise ValueError(f'--extra-runner wants NAME=PREFIX, got "{s}"')
        out[name] = Runner(name, 'prefix', shlex.split(prefix), help=f'extra: {prefix}')
    return out


_help_cache = {}


def xrun_help(xrun):
    if xrun not in _help_cache:
        try:
            _help_cache[xrun] = subprocess.run([xrun, '-help'], capture_output=True, text=True,
                                               timeout=30).stdout
        except OSError:
            _help_cache[xrun] = None
    return _help_cache[xrun]


def unavailable(r, xrun, arches):
    """Why runner r cannot run here (None if it can)."""
    if r.kind == 'xrun':
        h = xrun_help(xrun)
        if h is None:
            return f'{xrun} not found (build first: ninja -C build)'
        if r.needs_option and r.needs_option + ' ' not in h:
            return f'xrun has no {r.needs_option} option yet'
    if r.kind == 'qemu':
        missing = [a for a in arches if not shutil.which(f'qemu-{a}')]
        if missing:
            return 'not found: ' + ', '.join(f'qemu-{a}' for a in missing)
    if r.kind == 'prefix' and not shutil.which(r.args[0]):
        return f'{r.args[0]} not found'
    return None


def command(r, w, xrun, stats_file=None, count_insns=False):
    """The argv that runs workload w under runner r."""
    if r.kind == 'native':
        return list(w.native)
    if r.kind == 'xrun':
        cmd = [xrun] + r.args
        if stats_file:
            cmd += ['-d', 'stats', '-D', stats_file]
        if count_insns:
            cmd += ['-count-insns']
        if w.root:
            cmd += ['-L', w.root]
        return cmd + list(w.guest)
    if r.kind == 'qemu':
        cmd = [shutil.which(f'qemu-{w.arch}') or f'qemu-{w.arch}']
        if w.root:
            cmd += ['-L', w.root]
        return cmd + list(w.guest)
    return list(r.args) + list(w.guest)


def parse_stats(text):
    """xrun's -d stats lines ('xrun stats: NAME VALUE ...') as a dict of ints."""
    out = {}
    for line in text.splitlines():
        if line.startswith('xrun stats:'):
            parts = line.split()
            if len(parts) >= 4 and parts[3].isdigit():
                out[parts[2]] = int(parts[3])
    return out


def xrun_path(build):
    return os.path.join(build, 'xrun')
