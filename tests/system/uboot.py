#!/usr/bin/env python3
"""Boot Debian's OpenSBI (fw_jump) and U-Boot (qemu-riscv64_smode) under
xrun-system to the U-Boot prompt, drive it over the serial console, and
check the answers of `version`, `bdinfo` and `fdt`; `poweroff` must end
the machine through SBI and the test device with status 0.

Skips (exit 77) when the Debian packages are not installed.
"""
import argparse
import os
import select
import subprocess
import sys
import time

FW = '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin'
UBOOT = '/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin'


class Console:
    def __init__(self, cmd):
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.buf = b''

    def expect(self, what, timeout):
        """Read until `what` appears; returns the text before it."""
        end = time.time() + timeout
        key = what.encode()
        while key not in self.buf:
            left = end - time.time()
            if left <= 0:
                raise TimeoutError(what)
            r, _, _ = select.select([self.p.stdout], [], [], left)
            if r:
                chunk = os.read(self.p.stdout.fileno(), 4096)
                if not chunk:
                    raise EOFError(what)
                sys.stdout.write(chunk.decode(errors='replace'))
                sys.stdout.flush()
                self.buf += chunk
        i = self.buf.index(key)
        before, self.buf = self.buf[:i], self.buf[i + len(key):]
        return before.decode(errors='replace')

    def send(self, s):
        self.p.stdin.write(s.encode())
        self.p.stdin.flush()

    def command(self, cmd, timeout=20):
        # the prompt starts a line ("==> " inside crc32's answer is not one)
        self.send(cmd + '\n')
        return self.expect('\n=> ', timeout)

    def kill(self):
        if self.p.poll() is None:
            self.p.kill()
            self.p.wait()


def to_prompt(c):
    """Boot to the U-Boot prompt, stopping autoboot; returns the boot log."""
    boot = c.expect('Hit any key to stop autoboot', 60)
    # a key stops the 2 s countdown; under load it may come late, so
    # keep typing until the prompt shows, then clear the line
    end = time.time() + 30
    while True:
        c.send(' ')
        try:
            c.expect('=> ', 0.25)
            break
        except TimeoutError:
            if time.time() > end:
                raise
    c.command('')
    return boot


def check(cond, what):
    if not cond:
        print('\nFAIL: ' + what)
        sys.exit(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runner', required=True)
    ap.add_argument('--backend', default='jit')
    a = ap.parse_args()
    if not (os.path.exists(FW) and os.path.exists(UBOOT)):
        print('opensbi or u-boot-qemu not installed: skipped')
        return 77
    c = Console([a.runner, '-M', 'virt', '-m', '256M', '-nographic', '-backend', a.backend,
                 '-bios', FW, '-kernel', UBOOT])
    try:
        boot = to_prompt(c)
        check('Platform Name             : riscv-virtio,qemu' in boot, 'OpenSBI platform name')
        check('Domain0 Next Mode         : S-mode' in boot, 'OpenSBI boots the next stage in S-mode')
        check('DRAM:  256 MiB' in boot, 'U-Boot sees 256 MiB')
        out = c.command('version')
        check('U-Boot 2023.01' in out, 'version')
        out = c.command('bdinfo')
        check('-> start    = 0x0000000080000000' in out, 'bdinfo: DRAM start')
        check('-> size     = 0x0000000010000000' in out, 'bdinfo: DRAM size')
        out = c.command('fdt addr ${fdtcontroladdr}')
        out = c.command('fdt print /soc/serial@10000000')
        check('compatible = "ns16550a"' in out, 'fdt: the UART node')
        check('interrupts = <0x0000000a>' in out, 'fdt: UART interrupt 10')
        out = c.command('fdt print /cpus')
        check('riscv,isa = "rv64imafdc_zicsr_zifencei"' in out, 'fdt: isa string')
        c.send('poweroff\n')
        st = c.p.wait(timeout=20)
        check(st == 0, 'poweroff exit status %d' % st)
    except (TimeoutError, EOFError) as e:
        print('\nFAIL: waiting for %r (%s)' % (str(e), type(e).__name__))
        return 1
    finally:
        c.kill()
    print('\nu-boot: ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())
