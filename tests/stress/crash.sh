#!/bin/sh
# crash.sh K - K appends with cs-log, each killed with SIGKILL at a random
# moment of its run (before the lock, under it, between the write and the
# printed id, after it); now and then the tail a killed writer left is cut
# short as a power cut would (only a row whose id was never printed, never
# one that was acknowledged), and the next append must report it, set it
# aside in visits.csv.torn byte for byte, and go on.  Then checks: every id
# that was printed is in visits.csv exactly once; the ids are unique and
# increase; every row is exactly what its writer gave (never glued to a
# torn tail); visits.csv reads; visits.csv.torn holds exactly the torn
# tails; the next append works.
#
# Runs in the current directory (makes ./d) with cs-log and csvcol on PATH
# and CS_RULES_PATH set.  SEED=N repeats a run.  Prints a fixed summary, or
# FAIL lines (with the seed) and exits 1; STATS=FILE appends the figures.
set -u
K=${1:?usage: crash.sh K}
. "${TOP:?}/tests/stress/fixture.sh"
SEED=${SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
failed=0
fail() {
	echo "FAIL: $* (SEED=$SEED)"
	failed=1
}

make_ledgers d 1
: >torn.want
: >acked
nacked=0 nkilled=0 ntorn=0

# log I: one append (the I-th minute, its own note), run to the end
log() {
	cs-log -d d -r auto-dealer --now "$CS_NOW_LOG" --wait 60 KH0001 \
	    --by S01 --method phone --outcome done --at "$(at_minute "$1")" \
	    --note "$(visit_note 1 "$1")"
}
size() {
	stat -c %s d/visits.csv 2>/dev/null || echo 0
}
now_ms() {
	echo $(($(date +%s%N) / 1000000))
}

# How long an append takes here (ASan, valgrind and the disk differ): the
# kills are spread over 1.5 times that.
t0=$(now_ms)
for i in 0 1 2; do
	log "$i" >>acked.ids 2>>log.err || fail "append $i: exit $?"
done
span=$(( ($(now_ms) - t0) / 2 ))
[ "$span" -gt 20 ] || span=20

awk -v seed="$SEED" -v k="$K" -v span="$span" 'BEGIN {
	srand(seed)
	for (i = 0; i < k; i++)
		printf "%.3f %d %.6f\n", rand() * span / 1000, int(rand() * 2), rand()
}' >plan

i=3
while read -r delay tear frac; do
	before=$(size)
	: >out # here: a kill may come before the child opens it
	: >err
	cs-log -d d -r auto-dealer --now "$CS_NOW_LOG" --wait 60 KH0001 \
	    --by S01 --method phone --outcome done --at "$(at_minute "$i")" \
	    --note "$(visit_note 1 "$i")" >out 2>err &
	pid=$!
	sleep "$delay"
	kill -KILL "$pid" 2>/dev/null
	{ wait "$pid"; } 2>/dev/null # no "Killed" from the shell
	rc=$?
	# a killed process may have said anything (a sanitizer at exit)
	if [ "$rc" -eq 137 ]; then
		nkilled=$((nkilled + 1))
	elif [ "$rc" -ne 0 ]; then
		fail "append $i: exit $rc: $(cat err)"
	elif [ -s err ]; then
		fail "append $i said: $(cat err)"
	fi
	if [ -s out ]; then
		cat out >>acked.ids
		nacked=$((nacked + 1))
	fi
	after=$(size)
	# A row written but never acknowledged may be cut short, as by a
	# power cut in the middle of its write; so may none other.  When
	# the kill came before the write, the row it would have written is
	# made in a copy of the directory and put back cut short.
	if [ ! -s out ] && [ "$after" -eq "$before" ] && [ "$tear" -eq 0 ]; then
		rm -rf s
		cp -r d s
		cs-log -d s -r auto-dealer --now "$CS_NOW_LOG" KH0001 --by S01 \
		    --method phone --outcome done --at "$(at_minute "$i")" \
		    --note "$(visit_note 1 "$i")" >/dev/null 2>&1
		tail -c +$((before + 1)) s/visits.csv >>d/visits.csv
		after=$(size)
	fi
	if [ ! -s out ] && [ "$after" -gt "$before" ] && [ "$tear" -eq 0 ]; then
		keep=$(awk -v f="$frac" -v n=$((after - before)) \
		    'BEGIN { k = int(f * (n - 1)) + 1; print (k >= n ? n - 1 : k) }')
		truncate -s $((before + keep)) d/visits.csv
		tail -c "$keep" d/visits.csv >piece
		cat piece >>torn.want
		[ "$(last_byte piece)" = nl ] || echo >>torn.want
		ntorn=$((ntorn + 1))
		i=$((i + 1))
		log "$i" >out 2>err || fail "append $i after a torn tail: exit $?"
		cat out >>acked.ids
		nacked=$((nacked + 1))
		[ "$(cat err)" = "cs-log: visits.csv: set aside a torn last row ($keep bytes) in visits.csv.torn" ] ||
			fail "append $i after a torn tail of $keep bytes said: $(cat err)"
		cmp -s torn.want d/visits.csv.torn || fail "visits.csv.torn is not the torn tails"
	fi
	i=$((i + 1))
done <plan

# the next append works, and everything is there
i=$((i + 1))
log "$i" >>acked.ids 2>>log.err || fail "the last append: exit $?"
[ -s log.err ] && fail "appends said: $(cat log.err)"
[ "$(last_byte d/visits.csv)" = nl ] || fail "visits.csv does not end in a line feed"
csvcol d/visits.csv id note >v.tsv 2>v.err || fail "visits.csv does not read: $(cat v.err)"
cut -f1 v.tsv >v.ids
sort -u v.ids >v.ids.sorted
cmp -s v.ids v.ids.sorted || fail "visit ids are not unique and increasing"
sort acked.ids >acked.sorted
[ -z "$(comm -23 acked.sorted v.ids.sorted)" ] ||
	fail "acknowledged rows missing: $(comm -23 acked.sorted v.ids.sorted | head -3)"
[ "$(sort acked.ids | uniq -d)" = "" ] || fail "an id was printed twice"
# each row is the note of the append that wrote it, whole
awk -F '\t' '{ split($2, a, ":"); print a[1] }' v.tsv | sort | uniq -d >dup.notes
[ -s dup.notes ] && fail "an append is in visits.csv twice: $(head -3 dup.notes)"
cut -f2 v.tsv | while IFS= read -r got; do
	n=${got%%:*}
	n=${n#p1i}
	[ "$got" = "$(visit_note 1 "$n" '\n')" ] || echo "$n"
done >bad.rows
[ -s bad.rows ] && fail "rows not as written (torn or glued): $(head -3 bad.rows)"
if [ "$ntorn" -gt 0 ]; then
	cmp -s torn.want d/visits.csv.torn || fail "visits.csv.torn is not the torn tails"
elif [ -e d/visits.csv.torn ]; then
	fail "a torn tail was set aside with none made"
fi

if [ -n "${STATS:-}" ]; then
	printf 'crash: %d appends killed at random within %d ms (SEED=%s): %d died by the kill, %d ids printed in all, %d rows in visits.csv, %d torn tails made and set aside\n' \
	    "$K" "$span" "$SEED" "$nkilled" "$(wc -l <acked.ids)" "$(wc -l <v.tsv)" "$ntorn" >>"$STATS"
fi
[ "$failed" -eq 0 ] || exit 1
echo "appends, each cs-log killed with SIGKILL at a random moment"
echo "every printed id is in visits.csv exactly once; ids unique and increasing; every row as written"
echo "torn tails: each reported by the next append and set aside in visits.csv.torn byte for byte"
echo "visits.csv reads, and the next append works"
