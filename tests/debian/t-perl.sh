# perl: a script with regexes, hashes, sprintf, sort, pack/unpack, file I/O.
need_host /usr/bin/perl
cp "$srcdir/perl-test.pl" "$H/" && put perl-test.pl
check "perl perl-test.pl" /usr/bin/perl perl-test.pl
same_file "perl wrote" perl-out.txt
check "perl -e (one-liners: sprintf, sort, local time of a fixed epoch)" /usr/bin/perl -e \
  'my @a = sort { $b <=> $a } map { $_ ** 2 % 97 } 1..50; print "@a\n"; print scalar(gmtime(1700000000)), "\n"; printf "%.10f\n", atan2(1,1)*4'
