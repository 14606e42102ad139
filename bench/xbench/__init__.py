"""xbench: the benchmark harness behind bench/run, bench/compare and bench/report.

Python 3 standard library only (3.11 compatible).  Modules:
  workloads  what runs: the C programs and the Debian arm64 programs, inputs, checks
  runners    how it runs: native, xrun (jit, interp, bypass...), qemu-user, extra prefixes
  measure    one run: wall, user+sys CPU, peak RSS (os.wait4), xrun's -d stats
  matrix     the A B A B schedule, output checks, progress line
  history    JSON lines under bench/results/, regression check between two commits
  report     terminal/Markdown tables and the HTML page with SVG plots
"""
