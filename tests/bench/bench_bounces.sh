#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Bounces: Outbox Doctor's `decode` beside Sisimai (Debian's libsisimai-perl) on the shared bounce
# corpus. Both are scored against expected.tsv (the reasons the Sisimai project records; a cause of
# ours counts as right when it is one of the row's accepted causes, Sisimai when its reason is the
# recorded one), per reason, and timed (one process each for all files).
#   tests/bench/bench_bounces.sh BUILD_DIR [CORPUS_DIR]
# Installs libsisimai-perl with apt-get when it is missing (through sudo when not root).
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
corpus=${2:-${OD_SHARED_DIR:-$here/../../../shared}/corpora/bounces}
corpus=$(cd "$corpus" && pwd)
tmp=$(mktemp -d /tmp/od-bounces.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

if ! perl -MSisimai -e 1 2>/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get install -y libsisimai-perl >/dev/null
fi

files=$(cut -f2 "$corpus/expected.tsv" | tail -n +2 | sort -u | wc -l)

# Ours: all files in one process, JSON Lines.
start=$(date +%s%N)
"$build/bin/outbox-doctor" decode --json "$corpus/eml" > "$tmp/ours.jsonl" || true
ours_ms=$(( ($(date +%s%N) - start) / 1000000 ))

# Sisimai: all files in one process, one line per recipient: file, recipient, reason.
cat > "$tmp/sisimai.pl" <<'PERL'
use strict; use warnings; use Sisimai;
for my $f (@ARGV) {
    my $v = Sisimai->make($f) || [];
    for my $e (@$v) { print join("\t", $f, $e->recipient->address, $e->reason), "\n"; }
}
PERL
start=$(date +%s%N)
perl "$tmp/sisimai.pl" "$corpus"/eml/*.eml > "$tmp/sisimai.tsv" 2>/dev/null
sisimai_ms=$(( ($(date +%s%N) - start) / 1000000 ))

# Scoring, in Perl (JSON::PP is part of Perl).
perl -MJSON::PP -e '
use strict; use warnings;
my ($expected, $ours, $sis, $corpus) = @ARGV;
my (%ours, %sis);
open my $o, "<", $ours or die; while (<$o>) { my $j = decode_json($_); my $f = $j->{file}; $f =~ s{.*/}{}; $ours{$f} = $j; }
open my $s, "<", $sis or die; while (<$s>) { chomp; my ($f, $r, $reason) = split /\t/; $f =~ s{.*/}{}; push @{$sis{$f}}, $reason; }
sub ourCause { my ($j, $n) = @_; return "unknown" unless $j && !$j->{error};
  my (@rcpt, %seen); for my $f (@{$j->{findings}}) { my $a = lc $f->{recipient}; next if $seen{$a}++; push @rcpt, $f; }
  if (@rcpt > 1 && $n <= @rcpt) { my $f = $rcpt[$n-1]; return $f->{confidence} eq "low" ? "unknown" : $f->{cause}; }
  return $j->{verdict}{cause}; }
my (%t, @tot);
open my $e, "<", $expected or die; <$e>;
while (<$e>) { chomp; my ($id, $file, $n, $reason, $status, $acc) = split /\t/; $file =~ s{.*/}{};
  my %ok = map { $_ => 1 } split /\|/, $acc;
  my $c = ourCause($ours{$file}, $n);
  my $sr = ($sis{$file} || [])->[$n-1] // "(none)";
  my $r = $t{$reason} //= [0,0,0,0,0];
  for my $x ($r, \@tot) { $x->[0]++; $x->[1]++ if $ok{$c}; $x->[2]++ if !$ok{$c} && $c eq "unknown"; $x->[3]++ if !$ok{$c} && $c ne "unknown"; $x->[4]++ if $sr eq $reason; }
}
printf "%-16s %4s %6s %8s %10s %9s\n", "reason", "n", "ours", "unknown", "conf.wrong", "sisimai";
for my $k (sort keys %t) { printf "%-16s %4d %6d %8d %10d %9d\n", $k, @{$t{$k}}; }
$tot[$_] //= 0 for 0..4;
printf "%-16s %4d %6d %8d %10d %9d\n", "TOTAL", @tot;
printf "right: ours %.1f %% (confidently wrong %.1f %%), Sisimai %.1f %%\n", 100*$tot[1]/$tot[0], 100*$tot[3]/$tot[0], 100*$tot[4]/$tot[0];
' "$corpus/expected.tsv" "$tmp/ours.jsonl" "$tmp/sisimai.tsv" "$corpus"

echo "files: $files"
echo "outbox-doctor decode, all files in one process: ${ours_ms} ms ($(( ours_ms * 1000 / files )) us per file, process start included)"
echo "Sisimai $(perl -MSisimai -e 'print $Sisimai::VERSION'), all files in one process: ${sisimai_ms} ms ($(( sisimai_ms * 1000 / files )) us per file)"
