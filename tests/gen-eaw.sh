#!/bin/sh
# gen-eaw.sh [UNICODE_DIR] - writes lib/eaw.h, the display-width tables
# of lib/width.c, to standard output:
#
#   sh tests/gen-eaw.sh >lib/eaw.h
#
# UNICODE_DIR (default /usr/share/unicode, Debian's unicode-data package)
# holds EastAsianWidth.txt and UnicodeData.txt.  Three tables of sorted,
# disjoint, merged ranges [lo, hi]:
#   eaw_wide       East_Asian_Width W and F, plus the unassigned code points
#                  that EastAsianWidth.txt says default to W (CJK blocks,
#                  planes 2 and 3);
#   eaw_ambiguous  East_Asian_Width A;
#   eaw_zero       General_Category Mn, Me and Cf, U+1160..U+11FF (Hangul
#                  medial vowels and final consonants) and U+200B.
# width.c looks up eaw_zero first, so a code point in two tables (a
# combining mark that is also A or W) has width 0.
# POSIX sh, awk and sort only.
set -eu
dir=${1:-/usr/share/unicode}
eaw=$dir/EastAsianWidth.txt
ucd=$dir/UnicodeData.txt
for f in "$eaw" "$ucd"; do
	if [ ! -r "$f" ]; then
		echo "gen-eaw.sh: $f: not found (apt-get install unicode-data)" >&2
		exit 66
	fi
done
export LC_ALL=C
version=$(sed -n '1s/^# *EastAsianWidth-\(.*\)\.txt.*/\1/p' "$eaw")
tmp=${TMPDIR:-/tmp}/gen-eaw.$$
trap 'rm -f "$tmp"' EXIT INT TERM

# Pass 1: "table lo hi" lines in decimal, any order, overlaps allowed.
{
	awk -F';' '
	function hex(s,   i, n, c) {
		n = 0
		for (i = 1; i <= length(s); i++) {
			c = index("0123456789ABCDEF", toupper(substr(s, i, 1)))
			if (c == 0) { print "gen-eaw.sh: bad hex " s > "/dev/stderr"; exit 65 }
			n = n * 16 + c - 1
		}
		return n
	}
	/^#/ || NF < 2 { next }
	{
		r = $1; p = $2
		sub(/[ \t]*#.*/, "", p); gsub(/[ \t]/, "", p); gsub(/[ \t]/, "", r)
		if (p == "W" || p == "F") t = "wide"
		else if (p == "A") t = "ambiguous"
		else next
		if ((i = index(r, "..")) > 0) { lo = hex(substr(r, 1, i - 1)); hi = hex(substr(r, i + 2)) }
		else lo = hi = hex(r)
		print t, lo, hi
	}
	END {
		# Unassigned code points that default to W (see the file header).
		print "wide", hex("3400"), hex("4DBF")
		print "wide", hex("4E00"), hex("9FFF")
		print "wide", hex("F900"), hex("FAFF")
		print "wide", hex("20000"), hex("2FFFD")
		print "wide", hex("30000"), hex("3FFFD")
	}' "$eaw"
	awk -F';' '
	function hex(s,   i, n, c) {
		n = 0
		for (i = 1; i <= length(s); i++) {
			c = index("0123456789ABCDEF", toupper(substr(s, i, 1)))
			if (c == 0) { print "gen-eaw.sh: bad hex " s > "/dev/stderr"; exit 65 }
			n = n * 16 + c - 1
		}
		return n
	}
	$3 == "Mn" || $3 == "Me" || $3 == "Cf" {
		cp = hex($1)
		if ($2 ~ /, First>$/) { first = cp; next }
		if ($2 ~ /, Last>$/) { print "zero", first, cp; next }
		print "zero", cp, cp
	}
	END {
		print "zero", hex("1160"), hex("11FF")
		print "zero", hex("200B"), hex("200B")
	}' "$ucd"
} | sort -k1,1 -k2,2n -k3,3n >"$tmp"

# Pass 2: merge overlapping and adjacent ranges, print the C tables.
awk -v version="$version" '
function flush() {
	if (lo < 0)
		return
	if (n % 4 == 0)
		printf "%s", (n ? "\n\t" : "\t")
	else
		printf " "
	printf "{0x%04X, 0x%04X},", lo, hi
	n++
	lo = -1
}
function close_table() {
	flush()
	if (cur != "")
		printf "\n};\n"
}
BEGIN {
	print "/*"
	print " * eaw.h - display-width tables for width.c, from Unicode " version "."
	print " * GENERATED: do not edit.  Regenerate with"
	print " *     apt-get install unicode-data"
	print " *     sh tests/gen-eaw.sh >lib/eaw.h"
	print " * (EastAsianWidth.txt and UnicodeData.txt; see tests/gen-eaw.sh for"
	print " * what each table holds).  Sorted, disjoint ranges [lo, hi]."
	print " */"
	print "#ifndef EAW_H"
	print "#define EAW_H"
	print ""
	print "#include <stdint.h>"
	print ""
	print "struct eaw_range {"
	print "\tuint32_t lo, hi;"
	print "};"
	cur = ""; lo = -1
}
{
	if ($1 != cur) {
		close_table()
		cur = $1; n = 0; lo = -1
		printf "\nstatic const struct eaw_range eaw_%s[] = {\n", cur
	}
	if (lo >= 0 && $2 <= hi + 1) {
		if ($3 > hi)
			hi = $3
		next
	}
	flush()
	lo = $2; hi = $3
}
END {
	close_table()
	print ""
	print "#endif"
}
' "$tmp"
