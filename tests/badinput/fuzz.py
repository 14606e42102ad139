#!/usr/bin/env python3
"""Run xrun on randomly corrupted copies of a valid guest binary.

Usage: fuzz.py XRUN SOURCE_ELF [COUNT [SEED]]

Each copy must end in one of: a clean xrun error (status 64..71 with an
"xrun: " line), a normal guest exit, the guest's own death by a signal
(xrun reports those under -d guest_errors, or as an illegal instruction),
or a timeout (corrupted code may loop).  A crash of xrun itself fails the
test: a sanitizer report, or death by SIGSEGV/SIGBUS/SIGABRT/SIGFPE/SIGILL
with no report that the guest caused it.  Failing inputs are kept in
fuzz-failures/ under the current directory for reproduction.
"""
import concurrent.futures
import os
import random
import shutil
import signal
import struct
import subprocess
import sys
import tempfile

TIMEOUT = 10
CRASH_SIGNALS = {signal.SIGSEGV, signal.SIGBUS, signal.SIGABRT, signal.SIGFPE, signal.SIGILL}
GUEST_MARKS = ("xrun: guest signal", "xrun: illegal instruction")


def headers_end(data):
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phnum, = struct.unpack_from("<H", data, 0x38)
    return min(len(data), max(64, phoff + 56 * phnum))


def mutate(data, rnd):
    d = bytearray(data)
    kind = rnd.randrange(5)
    hend = headers_end(data)
    if kind == 0:       # a few random bytes in the ELF and program headers
        for _ in range(rnd.randint(1, 8)):
            d[rnd.randrange(hend)] = rnd.randrange(256)
    elif kind == 1:     # one 8-byte header field set to an extreme value
        off = rnd.randrange(0, hend - 8) & ~7
        val = rnd.choice([0, 1, 0xfff, 0x1000, 1 << 40, (1 << 63) - 1, (1 << 64) - 1])
        struct.pack_into("<Q", d, off, val)
    elif kind == 2:     # truncation
        d = d[:rnd.randrange(len(d))]
    elif kind == 3:     # 16-bit fields of the ELF header (phnum, phentsize, type...)
        off = rnd.choice([0x10, 0x12, 0x36, 0x38])
        struct.pack_into("<H", d, off, rnd.randrange(65536))
    else:               # random bytes anywhere (code and data corruption)
        for _ in range(rnd.randint(1, 32)):
            d[rnd.randrange(len(d))] = rnd.randrange(256)
    return bytes(d)


def classify(r, err):
    if "Sanitizer" in err or "runtime error:" in err:
        return "crash"
    if r < 0 and -r in CRASH_SIGNALS and not any(m in err for m in GUEST_MARKS):
        return "crash"
    if 64 <= r <= 71:
        return "error" if "xrun: " in err else "crash"
    return "guest"


def run_one(xrun, path):
    try:
        p = subprocess.run([xrun, "-d", "guest_errors", path], stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return "timeout", None, ""
    err = p.stderr.decode(errors="replace")
    return classify(p.returncode, err), p.returncode, err


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    xrun, src = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 12345
    data = open(src, "rb").read()
    rnd = random.Random(seed)
    tally = {}
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(count):
            p = os.path.join(tmp, "case%03d" % i)
            with open(p, "wb") as f:
                f.write(mutate(data, rnd))
            os.chmod(p, 0o755)
            paths.append(p)
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 4) as ex:
            results = list(ex.map(lambda p: run_one(xrun, p), paths))
        for p, (kind, status, err) in zip(paths, results):
            tally[kind] = tally.get(kind, 0) + 1
            if kind == "crash":
                os.makedirs("fuzz-failures", exist_ok=True)
                shutil.copy(p, os.path.join("fuzz-failures", os.path.basename(p)))
                failures.append("%s: status %s\n%s" % (os.path.basename(p), status, err[-2000:]))
    print("fuzz: %d cases, seed %d: %s" % (count, seed, ", ".join(
        "%s %d" % kv for kv in sorted(tally.items()))))
    for f in failures:
        print("CRASH " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
