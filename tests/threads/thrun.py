#!/usr/bin/env python3
"""Thread-suite driver: tests/programs/compare.py (native run = oracle,
identical stdout, stderr and exit status), plus THR_SCALE=10 in both runs
when the suite runs under the interpreter backend (XRUN_BACKEND=interp), so
the stress loops stay well under a minute there, and the test's
ASAN_OPTIONS passed on (compare.py's runs have a fixed environment).  Same
arguments as compare.py."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'programs'))
import compare  # noqa: E402

_parse = compare.parse_spec


def parse_spec(src):
    spec = _parse(src)
    if os.environ.get('XRUN_BACKEND') == 'interp':
        spec['env']['THR_SCALE'] = '10'
    if 'ASAN_OPTIONS' in os.environ:
        spec['env']['ASAN_OPTIONS'] = os.environ['ASAN_OPTIONS']
    return spec


compare.parse_spec = parse_spec
if __name__ == '__main__':
    sys.exit(compare.main())
