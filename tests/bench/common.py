"""Shared set-up of the harness tests: import bench/xbench from the source tree."""
import os
import sys

SRC = os.environ.get('BENCH_SRC') or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get('BENCH_BUILD') or os.path.join(SRC, 'build')
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(SRC, 'bench'))
