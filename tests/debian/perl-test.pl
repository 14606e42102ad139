# Perl workload for tests/debian (run natively and under xrun, output
# compared): regexes, hashes, sprintf, sort, pack/unpack, closures, local
# file I/O.  Deterministic: hash keys are always sorted before printing.
use strict;
use warnings;

my @words = qw(alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu);
my %count;
my $seed = 12345;
sub rnd { $seed = ($seed * 1103515245 + 12345) % 2147483648; return $seed; }
for my $i (1 .. 20000) {
    my $w = $words[rnd() % @words] . (rnd() % 7);
    $count{$w}++;
}
my @top = (sort { $count{$b} <=> $count{$a} || $a cmp $b } keys %count)[0 .. 9];
printf "%-10s %5d\n", $_, $count{$_} for @top;
printf "distinct %d total %d\n", scalar(keys %count), eval { my $t = 0; $t += $_ for values %count; $t };

# regexes: captures, named groups, global match, substitution with /e, tr
my $text = join ' ', map { "$_=" . ($count{$_} // 0) } sort keys %count;
my @pairs = $text =~ /(\w+?)(\d)=(\d+)/g;
print scalar(@pairs) / 3, " pairs, first: @pairs[0..2]\n";
if ("2024-02-29T13:45:07Z" =~ /^(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)T(\d\d):(\d\d)/) {
    print "date $+{y}/$+{m}/$+{d} at $4h$5\n";
}
(my $s = $text) =~ s/(\d+)/$1*2+1/ge;
print length($s), " ", substr($s, 0, 60), "\n";
(my $u = "Hello, World") =~ tr/a-zA-Z/n-za-mN-ZA-M/;
print "rot13 $u\n";
my @split = split /\s*[,;]\s*/, "a , b;c ;; d,e";
print join("|", @split), "\n";
print join(",", grep { /^(?:[aeiou]|th)/i } @words), "\n";

# sprintf formats
printf "%5.2f|%-8s|%08.3e|%x|%o|%b|%+d|%s\n", 3.14159, "left", 12345.678, 255, 8, 10, 42, undef // "undef";
printf "%.15g %.17g %g\n", 0.1 + 0.2, 1 / 3, 1e100;
print join(" ", map { sprintf "%03d", $_ } reverse 1 .. 12), "\n";

# sort: numeric, custom multi-key, stable-ish Schwartzian transform
my @nums = map { (rnd() % 100000) - 50000 } 1 .. 5000;
my @sorted = sort { $a <=> $b } @nums;
print "min $sorted[0] max $sorted[-1] median $sorted[2500]\n";
my @st = map { $_->[1] } sort { $a->[0] <=> $b->[0] or $a->[1] cmp $b->[1] }
         map { [length, $_] } keys %count;
print "by length: @st[0..5]\n";

# pack/unpack
my $bin = pack("NnC a4 Z* d< q< w", 0xdeadbeef, 513, 7, "abcd", "zstr", 2.5, -1234567890123, 300);
print unpack("H*", $bin), "\n";
my @back = unpack("NnC a4 Z* d< q< w", $bin);
print join(",", @back), "\n";
print join(",", unpack("(A3)*", "abcdefghij")), " ", unpack("%32C*", "checksum me"), "\n";

# closures, references, nested data, local, wantarray, string repetition
my @subs = map { my $n = $_; sub { $n * $_[0] } } 1 .. 5;
print join(" ", map { $_->(10) } @subs), "\n";
my %tree = (a => { b => [1, 2, { c => "deep" }] });
print "deep: $tree{a}{b}[2]{c}, ", scalar(@{ $tree{a}{b} }), "\n";
print "-" x 20, "\n";

# file I/O in the working directory
open(my $fh, '>', 'perl-out.txt') or die "open: $!";
print $fh "$_ $count{$_}\n" for sort keys %count;
close $fh;
open($fh, '<', 'perl-out.txt') or die "open: $!";
my $lines = 0; my $sum = 0;
while (<$fh>) { chomp; my ($k, $v) = split; $lines++; $sum += $v; }
close $fh;
print "read back $lines lines sum $sum\n";
printf "%s\n", join ",", map { ord } split //, "Perl";
