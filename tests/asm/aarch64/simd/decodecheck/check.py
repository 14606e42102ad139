#!/usr/bin/env python3
"""Compare simd.c's translate-time validity decisions with binutils.

Random encodings inside every pattern of a64-simd.decode are classified by
aarch64-linux-gnu-objdump (defined / "undefined") and by harness.c; the
report lists encodings we accept that objdump calls undefined (must be
empty: the guest must get SIGILL) and the defined instructions we reject
(extensions that are not implemented).  Run from this directory:

    python3 ../../../../../scripts/decodegen.py --name a64 --width 32 --no-disas \
        --out dec.c.inc ../../../../../frontends/aarch64/a64-simd.decode
    W=../../../../..; gcc -O1 -w -I$W/frontends/aarch64 -I$W -I$W/translator -I$W/build \
        -o vc harness.c $W/frontends/aarch64/simd.c
    python3 check.py
"""
import random, re, subprocess, collections
random.seed(7)
pats = []
for line in open('../../../../../frontends/aarch64/a64-simd.decode'):
    line = line.split('#')[0].strip()
    if not line: continue
    name, bits = line.split(None, 1)
    bits = bits.replace(' ', '')
    mask = int(''.join('0' if c == '.' else '1' for c in bits), 2)
    val = int(''.join('1' if c == '1' else '0' for c in bits), 2)
    pats.append((name, mask, val))
words = []
for name, mask, val in pats:
    for _ in range(4000):
        w = (random.getrandbits(32) & ~mask) | val
        words.append((name, w))
with open('w.s', 'w') as f:
    for _, w in words: f.write(f'.inst 0x{w:08x}\n')
subprocess.run(['aarch64-linux-gnu-as', 'w.s', '-o', 'w.o'], check=True)
out = subprocess.run(['aarch64-linux-gnu-objdump', '-d', 'w.o'], capture_output=True, text=True).stdout
dis = {}
for l in out.splitlines():
    m = re.match(r'\s*[0-9a-f]+:\s+([0-9a-f]{8})\s+(.*)', l)
    if m: dis[int(m.group(1), 16)] = m.group(2)
mine = subprocess.run(['./vc'], input=''.join(f'{w:08x}\n' for _, w in words), capture_output=True, text=True).stdout.split()
bad = collections.Counter(); missing = collections.Counter(); ex_bad = {}; ex_miss = {}
for (name, w), r in zip(words, mine):
    d = dis[w]
    undef = 'undefined' in d
    mn = d.split()[0] if not undef else ''
    if r == '1' and undef:
        bad[name] += 1; ex_bad.setdefault(name, []).append(f'{w:08x}')
    elif r == '0' and not undef:
        missing[mn] += 1; ex_miss.setdefault(mn, f'{w:08x} {d}')
print('ACCEPTED BUT UNDEFINED:', dict(bad))
for k, v in ex_bad.items(): print(' ', k, v[:6])
print('REJECTED BUT DEFINED:')
for k, v in missing.most_common(): print(f'  {k:12} {v:5}  e.g. {ex_miss[k]}')
