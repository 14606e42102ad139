#!/usr/bin/env python3
"""The virtio-mmio block device through U-Boot's own virtio driver: a raw
image with a known pattern is attached with -drive; U-Boot must find it
(`virtio scan`, `virtio info`: 2048 sectors), read sectors 0-1 (`virtio
read`, `md.b` shows the pattern, `crc32` matches zlib's over the same
bytes), and write sector 5 (`virtio write`), which must be in the image
file after `poweroff`.  Skips (77) without the Debian packages.
"""
import argparse
import os
import sys
import tempfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from uboot import FW, UBOOT, Console, check, to_prompt  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runner', required=True)
    ap.add_argument('--backend', default='jit')
    a = ap.parse_args()
    if not (os.path.exists(FW) and os.path.exists(UBOOT)):
        print('opensbi or u-boot-qemu not installed: skipped')
        return 77
    disk = bytearray(1 << 20)
    disk[0:16] = b'XRUN-DISK-0\x00\x01\x02\x03\x04'
    for i in range(512, 1024):
        disk[i] = (i * 7) & 0xff
    fd, path = tempfile.mkstemp(suffix='.img')
    os.write(fd, disk)
    os.close(fd)
    try:
        c = Console([a.runner, '-M', 'virt', '-m', '256M', '-nographic', '-backend', a.backend,
                     '-bios', FW, '-kernel', UBOOT, '-drive', 'file=%s,format=raw,if=virtio' % path])
        try:
            to_prompt(c)
            c.command('virtio scan')
            out = c.command('virtio info')
            check('QEMU VirtIO Block Device' in out, 'virtio info: the device')
            check('(2048 x 512)' in out, 'virtio info: 2048 sectors')
            out = c.command('virtio read 0x84000000 0 2')
            check('2 blocks read: OK' in out, 'virtio read')
            out = c.command('md.b 0x84000000 0x10')
            check('58 52 55 4e 2d 44 49 53 4b 2d 30 00 01 02 03 04' in out, 'md.b: the pattern')
            out = c.command('crc32 0x84000000 0x400')
            want = '%08x' % zlib.crc32(bytes(disk[:1024]))
            check(want in out, 'crc32 of two sectors: %s' % want)
            out = c.command('mw.b 0x84000000 0x5a 0x200; virtio write 0x84000000 5 1')
            check('1 blocks written: OK' in out, 'virtio write')
            c.send('poweroff\n')
            st = c.p.wait(timeout=20)
            check(st == 0, 'poweroff exit status %d' % st)
        except (TimeoutError, EOFError) as e:
            print('\nFAIL: waiting for %r (%s)' % (str(e), type(e).__name__))
            return 1
        finally:
            c.kill()
        with open(path, 'rb') as f:
            after = f.read()
        check(after[5 * 512:6 * 512] == b'\x5a' * 512, 'sector 5 written to the image')
        check(after[:5 * 512] == bytes(disk[:5 * 512]), 'sectors 0-4 unchanged')
        check(after[6 * 512:] == bytes(disk[6 * 512:]), 'sectors 6- unchanged')
    finally:
        os.unlink(path)
    print('\nvirtio-blk: ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())
