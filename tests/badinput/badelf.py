#!/usr/bin/env python3
"""Bad-input cases for xrun: build the input file, run xrun on it, check it.

Usage: badelf.py XRUN CASE EXPECTED_STATUS PATTERN [SOURCE_ELF]

CASE is one of: missing, text, empty, directory, truncated, phoff, phnum,
host (an x86_64 ELF), elf32, interp-missing (needs a dynamic SOURCE_ELF),
as-is (SOURCE_ELF unchanged: for guest programs that provoke one message).
The run must end with exit status EXPECTED_STATUS, exactly one line on
stderr starting with "xrun: " and matching PATTERN (a regex), and no
sign of a crash of xrun itself.
"""
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile


def elf32_header():
    # a minimal little-endian ELF32 for ARM: ident, type EXEC, machine 40
    ident = b"\x7fELF" + bytes([1, 1, 1, 0]) + bytes(8)
    hdr = ident + struct.pack("<HHIIIIIHHHHHH", 2, 40, 1, 0x8000, 52, 0, 0, 52, 32, 0, 40, 0, 0)
    return hdr + bytes(64)


def patch_interp(data):
    """Point PT_INTERP at a path that exists nowhere (same length, NUL padded)."""
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for i in range(phnum):
        off = phoff + i * phentsize
        ptype, = struct.unpack_from("<I", data, off)
        if ptype == 3:  # PT_INTERP
            poff, = struct.unpack_from("<Q", data, off + 8)
            fsz, = struct.unpack_from("<Q", data, off + 32)
            new = b"/nonexistent/ld.so"
            if len(new) + 1 > fsz:
                sys.exit("interpreter path too short to patch")
            data[poff:poff + fsz] = new + bytes(fsz - len(new))
            return data
    sys.exit("source has no PT_INTERP")


def make_input(case, tmp, src):
    path = os.path.join(tmp, "input")
    data = bytearray(open(src, "rb").read()) if src else None
    if case == "missing":
        return os.path.join(tmp, "no-such-program")
    if case == "directory":
        return tmp
    if case == "host":
        return os.path.realpath(shutil.which("true") or "/bin/true")
    if case == "as-is":
        return src
    if case == "text":
        data = b"#!/bin/sh\necho this is not an ELF file\n"
    elif case == "empty":
        data = b""
    elif case == "elf32":
        data = elf32_header()
    elif case == "truncated":
        data = data[:100]
    elif case == "phoff":
        struct.pack_into("<Q", data, 0x20, 0x7fffffff0000)
    elif case == "phnum":
        struct.pack_into("<H", data, 0x38, 0xfff0)
    elif case == "interp-missing":
        data = patch_interp(data)
    else:
        sys.exit("unknown case " + case)
    with open(path, "wb") as f:
        f.write(data)
    os.chmod(path, 0o755)
    return path


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    xrun, case, expected, pattern = sys.argv[1:5]
    src = sys.argv[5] if len(sys.argv) > 5 else None
    with tempfile.TemporaryDirectory() as tmp:
        prog = make_input(case, tmp, src)
        r = subprocess.run([xrun, prog], stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=60)
    err = r.stderr.decode(errors="replace")
    lines = [l for l in err.splitlines() if l.strip()]
    problems = []
    if r.returncode != int(expected):
        problems.append("exit status %d, expected %s" % (r.returncode, expected))
    if len(lines) != 1:
        problems.append("%d lines on stderr, expected 1" % len(lines))
    elif not lines[0].startswith("xrun: ") or not re.search(pattern, lines[0]):
        problems.append("stderr line does not match 'xrun: .*%s'" % pattern)
    if "Sanitizer" in err or "runtime error" in err:
        problems.append("sanitizer report")
    if problems:
        print("case %s: %s\nstderr:\n%s" % (case, "; ".join(problems), err))
        return 1
    print("case %s: ok (%s)" % (case, lines[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
