#!/bin/sh
# concurrency.sh N M - N writers at once, each appending M visits with
# cs-log and M complaints with cs-complain (alternately), while a reader
# runs cs-due and cs-report over the same ledgers until the writers are
# done.  Then checks that every row is in the ledgers exactly once, whole
# (each row is exactly the text its writer gave, quotes, commas, line feeds
# and 1.5 KB notes included: nothing torn, nothing interleaved), that the
# ids are unique and increase down the file, that every id a writer printed
# is there, and that the reader only ever failed in the documented way
# (a torn-tail warning while a row was being written).  The summary it
# prints does not depend on N and M (the golden test runs fewer under
# valgrind); the counts are checked here, and go to STATS.
#
# Runs in the current directory (makes ./d) with cs-* and csvcol on PATH
# and CS_RULES_PATH set (tests/run.sh, tests/stress/run.sh).  Prints a
# fixed summary, or FAIL lines and exits 1; with STATS=FILE, appends the
# figures to FILE.
set -u
N=${1:?usage: concurrency.sh N M}
M=${2:?}
. "${TOP:?}/tests/stress/fixture.sh"
total=$((N * M))
failed=0
fail() {
	echo "FAIL: $*"
	failed=1
}

make_ledgers d "$N"
: >failed.log
start=$(date +%s)

writer() {
	pp=$(printf %02d "$1")
	i=0
	while [ "$i" -lt "$M" ]; do
		cs-log -d d -r auto-dealer --now "$CS_NOW_LOG" --wait 600 \
		    "KH00$pp" --by "S$pp" --method phone --outcome done \
		    --at "$(at_minute "$i")" --note "$(visit_note "$1" "$i")" \
		    >>"ids.$1" 2>>"err.$1" ||
			echo "writer $1: cs-log $i exit $?" >>failed.log
		cs-complain -d d -r auto-dealer --now "$CS_NOW_COMPLAIN" \
		    --wait 600 open "KH00$pp" --severity general \
		    --category other --channel phone \
		    --summary "$(complaint_summary "$1" "$i")" \
		    >>"cids.$1" 2>>"err.$1" ||
			echo "writer $1: cs-complain $i exit $?" >>failed.log
		i=$((i + 1))
	done
}

reader() {
	runs=0
	while [ ! -e writers.done ]; do
		cs-due -d d -r auto-dealer --now "$CS_NOW_LOG" --format csv \
		    >/dev/null 2>>reader.err
		rc=$?
		[ "$rc" -le 1 ] || echo "cs-due exit $rc" >>failed.log
		cs-report -d d -r auto-dealer --now 2026-03-31T18:00+08:00 \
		    --month 2026-02 --format csv >/dev/null 2>>reader.err ||
			echo "cs-report exit $?" >>failed.log
		runs=$((runs + 1))
	done
	echo "$runs" >reader.runs
}

reader &
rpid=$!
pids=
p=1
while [ "$p" -le "$N" ]; do
	writer "$p" &
	pids="$pids $!"
	p=$((p + 1))
done
wait $pids
: >writers.done
wait "$rpid"
secs=$(($(date +%s) - start))

# every command succeeded, and said nothing
[ -s failed.log ] && fail "$(head -5 failed.log)"
cat err.* >writers.err
[ -s writers.err ] && fail "writers said: $(head -3 writers.err)"
torn_seen=$(grep -c 'incomplete last row left out' reader.err)
grep -v 'incomplete last row left out' reader.err >reader.other
[ -s reader.other ] && fail "readers said: $(head -3 reader.other)"

# visits.csv: exactly the rows written, each once, whole
[ "$(last_byte d/visits.csv)" = nl ] || fail "visits.csv does not end in a line feed"
csvcol d/visits.csv id customer staff note >v.tsv 2>v.err ||
	fail "visits.csv does not read: $(cat v.err)"
cut -f1 v.tsv >v.ids
sort -u v.ids >v.ids.sorted
[ "$(wc -l <v.ids)" -eq "$total" ] || fail "visits.csv has $(wc -l <v.ids) rows, want $total"
[ "$(wc -l <v.ids.sorted)" -eq "$total" ] || fail "visit ids are not unique"
cmp -s v.ids v.ids.sorted || fail "visit ids do not increase down the file"
[ "$(head -1 v.ids)" = V000001 ] && [ "$(tail -1 v.ids)" = "$(printf V%06d "$total")" ] ||
	fail "visit ids are not V000001..$(printf V%06d "$total")"
cat ids.* | sort >v.printed
cmp -s v.printed v.ids.sorted || fail "the ids printed are not the ids in visits.csv"
p=1
while [ "$p" -le "$N" ]; do
	pp=$(printf %02d "$p")
	i=0
	while [ "$i" -lt "$M" ]; do
		printf 'KH00%s\tS%s\t%s\n' "$pp" "$pp" "$(visit_note "$p" "$i" '\n')"
		i=$((i + 1))
	done
	p=$((p + 1))
done | sort >v.want
cut -f2- v.tsv | sort >v.got
cmp -s v.want v.got || fail "visit rows differ from what was written: $(diff v.want v.got | head -4)"

# complaints.csv: the same
[ "$(last_byte d/complaints.csv)" = nl ] || fail "complaints.csv does not end in a line feed"
csvcol d/complaints.csv seq complaint event customer note >c.tsv 2>c.err ||
	fail "complaints.csv does not read: $(cat c.err)"
[ "$(wc -l <c.tsv)" -eq "$total" ] || fail "complaints.csv has $(wc -l <c.tsv) rows, want $total"
cut -f1 c.tsv >c.seq
seq 1 "$total" | cmp -s - c.seq || fail "seq is not 1..$total down the file"
cut -f2 c.tsv | sort -u >c.ids
[ "$(wc -l <c.ids)" -eq "$total" ] || fail "complaint ids are not unique"
cat cids.* | sort >c.printed
cmp -s c.printed c.ids || fail "the complaint ids printed are not those in complaints.csv"
p=1
while [ "$p" -le "$N" ]; do
	pp=$(printf %02d "$p")
	i=0
	while [ "$i" -lt "$M" ]; do
		printf 'open\tKH00%s\t%s\n' "$pp" "$(complaint_summary "$p" "$i")"
		i=$((i + 1))
	done
	p=$((p + 1))
done | sort >c.want
cut -f3- c.tsv | sort >c.got
cmp -s c.want c.got || fail "complaint rows differ from what was written: $(diff c.want c.got | head -4)"

ls d/*.torn >/dev/null 2>&1 && fail "a torn tail was set aside: $(ls d/*.torn)"

if [ -n "${STATS:-}" ]; then
	printf 'concurrency: %d writers x %d visits + %d complaints = %d rows in %d s; reader ran cs-due+cs-report %s times, saw a torn tail %d times\n' \
	    "$N" "$M" "$M" $((2 * total)) "$secs" "$(cat reader.runs)" "$torn_seen" >>"$STATS"
fi
[ "$failed" -eq 0 ] || exit 1
echo "writers: all at once, each appending visits (cs-log) and complaints (cs-complain); a reader ran cs-due and cs-report meanwhile"
echo "visits.csv: every row once, exactly as written; ids V000001 up, unique, increasing, each printed id there"
echo "complaints.csv: every row once, exactly as written; seq 1 up in file order, complaint ids unique, each printed id there"
echo "readers: no error (at most a torn-tail warning while a row was being written)"
echo "no torn tail set aside"
