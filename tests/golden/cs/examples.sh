#!/bin/sh
# examples.sh want|script FILE - the runnable examples of a document.
#
# In a man page they are the literal blocks (.Bd -literal ... .Ed) whose
# first line starts with "$ "; in a Markdown file (*.md), the indented
# blocks of the section "## A first hour" whose first line starts with
# "    $ ".  Each "$ COMMAND" line is followed by what the command prints
# (standard output and error).
#
# "want" prints the examples as written (indentation removed); "script"
# prints a shell script that runs every command in order in one shell (so
# cd and export carry over) and prints each "$ COMMAND" line before its
# output: the two compare equal when the document is right.
mode=$1 file=$2
awk -v mode="$mode" -v md="$(case $file in *.md) echo 1 ;; esac)" '
function emit(line,   q) {
	if (mode == "want") { print line; return }
	if (line !~ /^\$ /) return
	q = line
	gsub(/\047/, "\047\\\047\047", q)
	print "printf \047%s\\n\047 \047" q "\047"
	print "{ " substr(line, 3)
	print "} 2>&1"
}
md {
	if (/^## /) { sect = ($0 ~ /^## A first hour/); blk = 0; next }
	if (!sect) next
	if (/^    /) {
		if (!inblk) { inblk = 1; blk = ($0 ~ /^    \$ /) }
		if (blk) emit(substr($0, 5))
		next
	}
	if (/^$/ && inblk) next     # a blank line may sit inside a block
	inblk = 0; blk = 0
	next
}
/^\.Bd -literal/ { lit = 1; first = 1; next }
/^\.Ed/ { lit = 0; next }
lit && first { first = 0; run = /^\$ / }
lit && run { emit($0) }
' "$file"
