"""String- and memory-call-heavy workloads (issue 7's native bypass benchmark).

    bench/run --workloads str --runners native,bypass,nobypass,qemu

  str:sort        Debian's sort (C locale: memcmp) on the generated text
  str:python      python3 string processing: split, find, replace, join, sort
  str:perl        perl: index, split, join, substr, lc/uc, sort
  str:a64-scan    bench/programs/strscan.c: grep-like line scanning (memchr,
  str:rv64-scan   strlen, strstr, strchr, strcmp, strspn), dynamically linked
  str:a64-pipe    bench/programs/bufpipe.c: a memcpy/memmove/memset/memcmp/memchr
  str:rv64-pipe   buffer pipeline, dynamically linked
The C programs are linked against the cross sysroots' glibc (so that the
routines the bypass replaces are glibc's tuned ones, as in real programs).
The Debian ones need the arm64 root (scripts/debian-root.sh, as deb:*).
"""
import os

from . import workloads as W

# size -> (scan reps, pipe rounds, python/perl repetitions)
STR_SIZES = {'tiny': (1, 2, 1), 'quick': (12, 300, 3), 'full': (40, 1000, 8)}
SYSROOTS = {'aarch64': '/usr/aarch64-linux-gnu', 'riscv64': '/usr/riscv64-linux-gnu'}

PYTHON = r'''
import sys
text = open(sys.argv[1]).read()
reps = int(sys.argv[2])
acc = 0
for r in range(reps):
    lines = text.split('\n')
    acc += sum(1 for l in lines if 'cache' in l)
    acc += sum(l.find('thread') for l in lines)
    t2 = text.replace('futex', 'FUTEX').replace('page ', 'pages ')
    acc += t2.count('FUTEX') + len(t2)
    words = text.split()
    acc += len(' '.join(w.upper() for w in words[r::3]))
    acc += len(sorted(set(lines)))
    b = text.encode()
    acc += b.count(b'\n') + b.find(b'99999') + len(b.split(b' ')[r])
    acc += sum(len(l.strip().partition(' ')[2]) for l in lines[::5])
    acc += len(''.join(lines[::2]))
print(acc)
'''

PERL = r'''
my ($file, $reps) = @ARGV;
open(my $f, '<', $file) or die; local $/; my $text = <$f>; close $f;
my $acc = 0;
for my $r (1 .. $reps) {
    my @lines = split /\n/, $text;
    for my $l (@lines) {
        $acc++ if index($l, 'cache') >= 0;
        $acc += index($l, 'thread');
        $acc += length(substr($l, 3, 20));
    }
    my $t2 = $text; $t2 =~ s/futex/FUTEX/g;
    $acc += length($t2) + ($t2 =~ tr/F//);
    my @w = split / /, $text;
    $acc += length(join(',', map { uc } @w[0 .. $#w / 3]));
    my @s = sort @lines[0 .. $#lines / 2];
    $acc += length($s[0]) + length($s[-1]);
    my %seen; $seen{$_}++ for @lines; $acc += scalar(keys %seen);
}
print "$acc\n";
'''


def str_workloads(build, root_dir, have_root, size, inputs_dir):
    """The str:* workloads; the Debian ones only when the arm64 root is there."""
    scan, pipe, reps = STR_SIZES[size]
    os.makedirs(inputs_dir, exist_ok=True)
    text = os.path.join(inputs_dir, 'text.txt')
    if not os.path.exists(text):
        W.make_inputs(inputs_dir, size)
    py = W._write(os.path.join(inputs_dir, 'strwork.py'), PYTHON)
    pl = W._write(os.path.join(inputs_dir, 'strwork.pl'), PERL)
    out = []
    for short, arch in W.C_ARCHES.items():
        for name, args in (('scan', [text, str(scan)]), ('pipe', [str(pipe)])):
            prog = 'strscan' if name == 'scan' else 'bufpipe'
            out.append(W.Workload(f'str:{short}-{name}', arch,
                                  [os.path.join(build, 'bench', f'bench-{prog}-host')] + args,
                                  [os.path.join(build, 'bench', f'bench-{prog}-{arch}-dyn')] + args,
                                  root=SYSROOTS[arch]))
    if have_root:
        def g(name):
            return os.path.join(root_dir, W.DEB_BINARIES[name][1].lstrip('/'))
        deb = (('sort', 'sort', ['-S', '64M', '--parallel=1', text]),
               ('python', 'python3', ['-S', '-E', '-B', py, text, str(reps)]),
               ('perl', 'perl', [pl, text, str(reps)]))
        for short, name, args in deb:
            out.append(W.Workload(f'str:{short}', 'aarch64', [W.DEB_BINARIES[name][0]] + args,
                                  [g(name)] + args, root=root_dir))
    return out
