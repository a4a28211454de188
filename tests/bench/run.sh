#!/bin/sh
# run.sh BUILD [SCALE] - what `make bench` runs (issue 7): times the cs
# commands over a big data set side by side with the I/O limit (cat, wc -l),
# the parser floor (tests/bench/floor.c: libcsv alone) and the tools a user
# would pick instead (Miller, csvkit), and writes the table into
# tests/bench/RESULTS.md.
#
# BUILD is a release tree (make bench builds build/bench: -O2, no
# sanitizers) with cmd/cs-*, tests/gen-samples and tests/bench/floor.
# SCALE 1 (default) = 1,000,000 customers and 10,000,000 visits; 0.1 =
# 100,000 and 1,000,000.  The data set is generated once into
# BUILD/data-SCALE/ (fixed seed) and kept: it is made again only when it is
# missing or was made by another generator or rules file.
#
# Every time is a hyperfine median (warm page cache: the files are read
# once before timing), every run under /usr/bin/time -v for the peak RSS.
# The whole `make bench` must fit BENCH_BUDGET seconds (default 900, from
# BENCH_T0, the time make started, else now): each benchmark is run once
# first, then the slow ones get more runs (up to BENCH_RUNS: 3 at SCALE
# >= 1, else 5) as far as the budget allows, the cs commands first.  The
# table says how many runs each median is of.  Miller and csvkit are
# capped with timeout(1); csvkit runs on a sample of a tenth of the visits
# (it loads everything into memory and is slow) and its times are scaled
# up tenfold for the ratios, marked "~".
#
# Environment: BENCH_T0, BENCH_BUDGET, BENCH_RUNS, BENCH_TOOL_CAP (seconds
# per Miller/csvkit run, default 300), BENCH_RESULTS (default
# tests/bench/RESULTS.md; "-" = only BUILD/run-SCALE/RESULTS.md).
set -u
B=${1:-build/bench}
SCALE=${2:-1}
TOP=$(pwd)
case $B in /*) ;; *) B=$TOP/$B ;; esac
T0=${BENCH_T0:-$(date +%s)}
BUDGET=${BENCH_BUDGET:-900}
DEADLINE=$((T0 + BUDGET - 20)) # 20 s to write the table, and a margin
TOOL_CAP=${BENCH_TOOL_CAP:-300}
RESULTS=${BENCH_RESULTS:-$TOP/tests/bench/RESULTS.md}
NOW=2026-11-23T09:00+08:00
PLAN_MONTH=2026-12
REPORT_MONTH=2026-10
REPORT_NEXT=2026-11-01 # the first day after it
SEED=20261123
RULES=$TOP/rules/auto-dealer.yaml

export LC_ALL=C TZ=UTC CS_RULES_PATH=$TOP/rules
export SQLALCHEMY_SILENCE_UBER_WARNING=1 # csvkit's noise on stderr
unset CS_DIR CS_NOW CS_USER

die() {
	echo "bench: $*" >&2
	exit 1
}
say() {
	printf '%s\n' "bench: $*" >&2
}
now() {
	date +%s
}
# q STRING: STRING quoted for sh.
q() {
	printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

case $SCALE in
''|*[!0-9.]*|*.*.*|.) die "bad SCALE \"$SCALE\" (expected a number: 1, 0.1 ...)" ;;
esac
NCUST=$(awk -v s="$SCALE" 'BEGIN { printf "%d", s * 1000000 + 0.5 }')
NVIS=$(awk -v s="$SCALE" 'BEGIN { printf "%d", s * 10000000 + 0.5 }')
[ "$NCUST" -ge 100 ] || die "SCALE $SCALE is too small (under 100 customers)"
if [ -n "${BENCH_RUNS:-}" ]; then
	RUNS=$BENCH_RUNS
elif awk -v s="$SCALE" 'BEGIN { exit !(s >= 1) }'; then
	RUNS=3
else
	RUNS=5
fi
# Miller and csvkit take minutes at SCALE 1: one run there.
if awk -v s="$SCALE" 'BEGIN { exit !(s >= 1) }'; then
	TOOL_RUNS=1
else
	TOOL_RUNS=$RUNS
fi

for t in hyperfine jq /usr/bin/time; do
	command -v "$t" >/dev/null 2>&1 || die "needs $t (make bench installs it)"
done
BIN=$B/cmd
GEN=$B/tests/gen-samples
FLOOR=$B/tests/bench/floor
[ -x "$GEN" ] || die "$GEN is not built"
[ -x "$FLOOR" ] || die "$FLOOR is not built"

# ---- the data set --------------------------------------------------------

DATA=$B/data-$SCALE
gen_key="seed $SEED customers $NCUST visits $NVIS $(cksum <"$TOP/tests/gen-samples.c") $(cksum <"$RULES")"
if [ ! -f "$DATA/.complete" ] || [ "$(cat "$DATA/.complete")" != "$gen_key" ]; then
	say "generating the data set: $NCUST customers, $NVIS visits into $DATA"
	rm -rf "$DATA.tmp"
	mkdir -p "$DATA.tmp" || exit 1
	g0=$(date +%s.%N)
	/usr/bin/time -v -o "$DATA.tmp/.gen-rusage" "$GEN" --seed "$SEED" \
	    --customers "$NCUST" --visits "$NVIS" --rules "$RULES" \
	    "$DATA.tmp" || die "gen-samples failed"
	g1=$(date +%s.%N)
	awk -v a="$g0" -v b="$g1" 'BEGIN { printf "%.1f\n", b - a }' \
	    >"$DATA.tmp/.gen-seconds"
	printf '%s\n' "$gen_key" >"$DATA.tmp/.complete"
	rm -rf "$DATA" "$B/log-$SCALE"
	mv "$DATA.tmp" "$DATA" || exit 1
	GEN_NOTE="generated in this run"
else
	GEN_NOTE="made by an earlier run and reused"
fi
GEN_SECONDS=$(cat "$DATA/.gen-seconds" 2>/dev/null || echo '?')
GEN_RSS=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$DATA/.gen-rusage" 2>/dev/null)

LEDGERS="customers staff events visits complaints"
# The files each command reads (rules.yaml too, a few KB).
SET_due="customers staff events visits complaints"
SET_plan="customers staff events visits"
SET_report="customers staff events visits complaints"
SET_log="customers staff events visits"
SET_visits="visits"

W=$B/run-$SCALE
rm -rf "$W"
mkdir -p "$W/b" || exit 1

# A copy of the ledger directory for cs-log (and the cached cs-due): the
# other ledgers are hard links, visits.csv a real copy cut back to the
# original size before each run.
LOGDIR=$B/log-$SCALE
VSIZE=$(wc -c <"$DATA/visits.csv")
mkdir -p "$LOGDIR"
for f in $LEDGERS rules; do
	[ "$f" = visits ] && continue
	ext=csv
	[ "$f" = rules ] && ext=yaml
	ln -f "$DATA/$f.$ext" "$LOGDIR/$f.$ext" 2>/dev/null ||
	    cp "$DATA/$f.$ext" "$LOGDIR/$f.$ext" || exit 1
done
if [ ! -f "$LOGDIR/visits.csv" ] ||
    [ "$(wc -c <"$LOGDIR/visits.csv")" -lt "$VSIZE" ] ||
    ! cmp -s -n "$VSIZE" "$DATA/visits.csv" "$LOGDIR/visits.csv"; then
	cp "$DATA/visits.csv" "$LOGDIR/visits.csv" || exit 1
fi
truncate -s "$VSIZE" "$LOGDIR/visits.csv" || exit 1
rm -f "$LOGDIR/visits.csv.torn"

# A uniform sample of a tenth of the visits for csvkit, named visits.csv
# (csvsql names the table after the file).
SAMPLE=$DATA/sample/visits.csv
if [ ! -f "$SAMPLE" ]; then
	mkdir -p "$DATA/sample"
	awk 'NR == 1 || NR % 10 == 2' "$DATA/visits.csv" >"$SAMPLE.tmp" &&
	    mv "$SAMPLE.tmp" "$SAMPLE" || exit 1
fi
SAMPLE_ROWS=$(($(wc -l <"$SAMPLE") - 1))

warm() {
	cat "$DATA"/*.csv "$LOGDIR/visits.csv" >/dev/null
}
warm
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- running one benchmark -------------------------------------------------

# Each benchmark is a directory W/b/NAME holding cmd (a sh command line),
# prep (a --prepare command or empty), prio (smaller gets more runs
# first), max (most runs), and what the runs left: run*.json (hyperfine),
# rss (/usr/bin/time -v of every run), err (stderr).

# hyper NAME K: K more runs of NAME.  With a file "list" (one value a
# line), each run takes the next value as {v} in the command, so that
# every run differs (cs-log: a visit to another customer each time).
hyper() {
	d=$W/b/$1
	k=$2
	n=$(ls "$d" | grep -c '^run.*\.json$')
	cmd="/usr/bin/time -v -a -o $(q "$d/rss") $(cat "$d/cmd") 2>>$(q "$d/err")"
	set -- --style none -i --command-name "$1" --export-json "$d/run$n.json"
	prep=$(cat "$d/prep")
	[ -n "$prep" ] && set -- "$@" --prepare "$prep"
	if [ -f "$d/list" ]; then
		used=$(cat "$d/used" 2>/dev/null || echo 0)
		vals=$(sed -n "$((used + 1)),$((used + k))p" "$d/list" | paste -sd, -)
		echo $((used + k)) >"$d/used"
		set -- "$@" --runs 1 -L v "$vals"
	else
		set -- "$@" --runs "$k"
	fi
	hyperfine "$@" "$cmd" >/dev/null 2>>"$d/hyperfine.err"
	[ -f "$d/run$n.json" ] || {
		say "$(basename "$d"): hyperfine failed: $(head -c 300 "$d/hyperfine.err")"
		return 1
	}
}

# Statistics over every run of a benchmark.
times_json() {
	jq -s '[.[].results[].times[]] | sort' "$W/b/$1"/run*.json 2>/dev/null
}
median() {
	times_json "$1" | jq 'if length == 0 then empty elif length % 2 == 1
	    then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end'
}
nruns() {
	times_json "$1" | jq length 2>/dev/null || echo 0
}
tmin() {
	times_json "$1" | jq 'if length > 0 then .[0] else empty end'
}
tmax() {
	times_json "$1" | jq 'if length > 0 then .[-1] else empty end'
}
# Nonzero exit statuses seen (time -v records each run's).
bad_status() {
	d=$W/b/$1
	if [ -f "$d/rss" ]; then
		awk '/Exit status:/ && $NF != 0 { print $NF; exit }
		    /Command terminated by signal/ { print "signal " $NF; exit }' "$d/rss"
	else
		echo "no run"
	fi
}
rss_mb() {
	awk -F': ' '/Maximum resident/ { if ($2 > m) m = $2 }
	    END { if (m) printf "%.0f", m / 1024 }' "$W/b/$1/rss" 2>/dev/null
}

# bench NAME PRIO MAX CMD [PREP [LIST]]: registers and runs once; cheap
# ones get their other runs at once, the rest wait for the second round.
bench() {
	d=$W/b/$1
	mkdir -p "$d"
	printf '%s\n' "$4" >"$d/cmd"
	printf '%s\n' "${5:-}" >"$d/prep"
	[ -n "${6:-}" ] && cp "$6" "$d/list"
	echo "$2" >"$d/prio"
	echo "$3" >"$d/max"
	hyper "$1" 1 || return 0
	st=$(bad_status "$1")
	t=$(median "$1")
	if [ -n "$st" ]; then
		say "$1: failed (exit $st) after ${t}s: $(head -c 200 "$d/err" | tr '\n' ' ')"
		echo failed >"$d/state"
		return 0
	fi
	say "$1: ${t}s, $(rss_mb "$1") MB"
	if awk -v t="$t" -v r="$3" 'BEGIN { exit !((r - 1) * t <= 3) }'; then
		k=$(($3 - 1))
		# very quick ones: more runs are free
		awk -v t="$t" 'BEGIN { exit !(t < 0.3) }' && [ "$k" -lt 9 ] && k=9
		[ "$k" -gt 0 ] && hyper "$1" "$k"
	fi
}

# left: seconds until the deadline.
left() {
	echo $((DEADLINE - $(now)))
}

# ---- the benchmarks ------------------------------------------------------

path() {
	q "$DATA/$1.csv"
}

# The wrapper's own cost (time -v forks and waits): a few ms at most.
bench wrapper 90 "$RUNS" "true"

# The I/O limit and the parser floor, per file (a set's figure is the sum
# of its files').
for f in $LEDGERS; do
	bench "cat.$f" 80 "$RUNS" "cat $(path "$f")"
	bench "wc.$f" 80 "$RUNS" "wc -l $(path "$f")"
	# the floor is the targets' yardstick: it gets more runs right after cs-due
	bench "floor.$f" 2 "$RUNS" "$(q "$FLOOR") $(path "$f")"
done
# What lib/csv.c adds to libcsv, on the biggest file.
bench "floor-csopts.visits" 40 "$RUNS" "$(q "$FLOOR") -m csopts $(path visits)"
bench "floor-libcs.visits" 40 "$RUNS" "$(q "$FLOOR") -m libcs $(path visits)"

# The commands, cold: --no-cache where a command has it, and no
# checkpoint left in the data directory either way.
CS="-d $(q "$DATA") --now $NOW"
COLD="rm -rf $(q "$DATA/.cs-cache")"
nocache() {
	"$BIN/$1" --help 2>/dev/null | grep -q -- '--no-cache' && echo --no-cache
}
bench cs-due 1 "$RUNS" "$(q "$BIN/cs-due") $CS $(nocache cs-due)" "$COLD"
bench cs-report 3 "$RUNS" "$(q "$BIN/cs-report") $CS $(nocache cs-report) --month $REPORT_MONTH --format text" "$COLD"
bench cs-plan 4 "$RUNS" "$(q "$BIN/cs-plan") $CS $(nocache cs-plan) --month $PLAN_MONTH" "$COLD"
bench cs-report-xlsx 5 "$RUNS" "$(q "$BIN/cs-report") $CS $(nocache cs-report) --month $REPORT_MONTH --format xlsx -o $(q "$W/report.xlsx")" "$COLD"
HAVE_CACHE=$(nocache cs-due)

# The copy of the ledgers: cut back, no checkpoint.
logdir_reset() {
	truncate -s "$VSIZE" "$LOGDIR/visits.csv"
	for e in "$LOGDIR"/.[!.]* "$LOGDIR"/*; do
		case ${e##*/} in
		customers.csv|staff.csv|events.csv|visits.csv|complaints.csv|rules.yaml) ;;
		'.[!.]*'|'*') ;;
		*) rm -rf "$e" ;;
		esac
	done
}
logdir_reset

# The steady state (cs-due keeps a checkpoint): 1,000 visits appended
# since its last run.  A first run makes the checkpoint; it is saved and
# put back before each timed run, with the ledger cut back and the same
# 1,000 rows appended again.
if [ -n "$HAVE_CACHE" ]; then
	"$BIN/cs-due" -d "$LOGDIR" --now "$NOW" >/dev/null 2>"$W/warm.err" ||
	    say "cs-due on the copy failed: $(head -c 300 "$W/warm.err")"
	mkdir -p "$W/snap"
	ls -A "$LOGDIR" | grep -vxE 'customers.csv|staff.csv|events.csv|visits.csv|complaints.csv|rules.yaml' >"$W/snap.list"
	while IFS= read -r e; do
		cp -Rp "$LOGDIR/$e" "$W/snap/"
	done <"$W/snap.list"
	restore="while IFS= read -r e; do rm -rf $(q "$LOGDIR")/\"\$e\"; cp -Rp $(q "$W/snap")/\"\$e\" $(q "$LOGDIR")/; done <$(q "$W/snap.list")"
	# 1,000 more visits, as cs-log writes them: the next ids, S01 (active),
	# the evening before now, each another customer.
	TAIL=$DATA/tail-1000.csv
	if [ ! -f "$TAIL" ]; then
		last=$(tail -n 1 "$DATA/visits.csv" | cut -d, -f1 | tr -dc 0-9)
		awk -F, -v first="$last" -v hdr="$(head -n 1 "$DATA/visits.csv")" '
		    BEGIN { nc = split(hdr, col, ","); first += 1 }
		    NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
		    NR <= 1001 {
			k = NR - 2
			v["id"] = sprintf("V%06d", first + k)
			v["at"] = sprintf("2026-11-22T%02d:%02d:00+08:00", 19 + int(k / 60) % 4, k % 60)
			v["customer"] = $c["id"]; v["staff"] = "S01"; v["method"] = "phone"
			v["outcome"] = "done"; v["attitude"] = v["skill"] = v["timeliness"] = v["promise"] = 4
			v["note"] = "bench"; v["recorded_at"] = "2026-11-23T09:00:00+08:00"
			v["recorded_by"] = "S01"
			for (i = 1; i <= nc; i++) printf "%s%s", (i > 1 ? "," : ""), v[col[i]]
			printf "\n"
		    }' "$DATA/customers.csv" >"$TAIL.tmp" && mv "$TAIL.tmp" "$TAIL"
	fi
	if [ -f "$TAIL" ]; then
		cat >"$W/prep-cached.sh" <<-EOF
		truncate -s $VSIZE $(q "$LOGDIR/visits.csv") &&
		cat $(q "$TAIL") >>$(q "$LOGDIR/visits.csv") &&
		$restore
		EOF
		bench cs-due-cached 7 "$RUNS" \
		    "$(q "$BIN/cs-due") -d $(q "$LOGDIR") --now $NOW" \
		    "sh $(q "$W/prep-cached.sh")"
	fi
	# back to the checkpointed state for cs-log
	truncate -s "$VSIZE" "$LOGDIR/visits.csv"
	sh -c "$restore"
fi

# cs-log: one append to the whole ledger (the copy), each run for another
# customer (a visit by the same staff at the same time would be refused
# as a duplicate).  A first append, untimed, makes what it keeps beside
# the ledger.
awk -F, 'NR > 1 && NR <= 202 { print $1 }' "$DATA/customers.csv" >"$W/log-customers"
CUST0=$(sed -n 1p "$W/log-customers")
"$BIN/cs-log" -d "$LOGDIR" --now "$NOW" "$CUST0" --by S01 --method phone \
    --outcome done --note warm >/dev/null 2>"$W/log-warm.err" ||
    say "cs-log warm-up failed: $(head -c 300 "$W/log-warm.err")"
sed 1d "$W/log-customers" >"$W/log-list"
bench cs-log 6 "$((RUNS * 3))" \
    "$(q "$BIN/cs-log") -d $(q "$LOGDIR") --now $NOW {v} --by S01 --method phone --outcome done --scores 4,4,4,4 --note bench" \
    "" "$W/log-list"

# The tools a user would pick instead, capped by the budget left: Miller
# first (the comparison the targets name), csvkit last.  Miller's stats1
# holds every record it has seen (16 GB at SCALE 1): it runs only if the
# memory is there.
# tool NAME PRIO CAP CMD: a bench capped with timeout(1).
tool() {
	cap=$3
	l=$(($(left) - 10))
	[ "$l" -lt "$cap" ] && cap=$l
	if [ "$cap" -lt 5 ]; then
		mkdir -p "$W/b/$1"
		echo "skipped: no time left in the budget" >"$W/b/$1/state"
		say "$1: skipped (no time left)"
		return 0
	fi
	echo "$cap" >"$W/b/$1.cap"
	bench "$1" "$2" "$TOOL_RUNS" "timeout -k 5 $cap $4"
}
if command -v mlr >/dev/null 2>&1; then
	tool mlr-month 50 "$TOOL_CAP" \
	    "mlr --icsv --opprint filter '\$at >= \"$REPORT_MONTH-01\" && \$at < \"$REPORT_NEXT\"' then count -g staff $(path visits)"
	need=$(awk -v s="$SCALE" 'BEGIN { printf "%d", 17 * 1024 * 1.2 * s }')
	avail=$(awk '/MemAvailable/ { printf "%d", $2 / 1024 }' /proc/meminfo)
	if [ "$avail" -lt "$need" ]; then
		mkdir -p "$W/b/mlr-latest"
		echo "skipped: needs about $need MB of memory, $avail MB available" \
		    >"$W/b/mlr-latest/state"
	else
		tool mlr-latest 51 "$TOOL_CAP" \
		    "mlr --icsv --opprint stats1 -a max -f at -g customer $(path visits)"
	fi
	warm # Miller's memory may have pushed the ledgers out of the page cache
fi
if command -v csvsql >/dev/null 2>&1; then
	tool csvkit-latest 60 "$TOOL_CAP" \
	    "csvsql -I --query 'select customer, max(at) from visits group by customer' $(q "$SAMPLE")"
	tool csvkit-month 61 "$TOOL_CAP" \
	    "csvsql -I --query \"select staff, count(*) from visits where at >= '$REPORT_MONTH-01' and at < '$REPORT_NEXT' group by staff\" $(q "$SAMPLE")"
fi
warm

# ---- second round: more runs where the budget allows ------------------------

# name, estimate, runs wanted, by priority
: >"$W/round2"
for d in "$W"/b/*/; do
	name=$(basename "$d")
	[ -f "$d/state" ] && continue
	[ -f "$d/max" ] || continue
	have=$(nruns "$name")
	want=$(($(cat "$d/max") - have))
	[ "$want" -gt 0 ] || continue
	printf '%s %s %s %s\n' "$(cat "$d/prio")" "$name" "$(median "$name")" "$want" >>"$W/round2"
done
sort -n "$W/round2" -o "$W/round2"
# All of it if it fits, else one more run each in turn while they fit.
awk -v avail="$(left)" '
	{ prio[NR] = $1; name[NR] = $2; t[NR] = $3; want[NR] = $4; all += $3 * $4 }
	END {
		if (all <= avail) {
			for (i = 1; i <= NR; i++) print name[i], want[i]
			exit
		}
		for (pass = 1; pass <= 20; pass++)
			for (i = 1; i <= NR; i++)
				if (got[i] < want[i] && t[i] <= avail) {
					got[i]++; avail -= t[i]
				}
		for (i = 1; i <= NR; i++) if (got[i]) print name[i], got[i]
	}' "$W/round2" >"$W/round2.plan"
while read -r name k; do
	t=$(median "$name")
	# re-check against the clock: estimates drift
	fit=$(awk -v l="$(left)" -v t="$t" -v k="$k" 'BEGIN { n = int(l / (t > 0 ? t : 0.001)); print (n < k ? n : k) }')
	[ "$fit" -gt 0 ] || continue
	hyper "$name" "$fit"
	say "$name: $(nruns "$name") runs, median $(median "$name")s"
done <"$W/round2.plan"
logdir_reset

# ---- the table -------------------------------------------------------------

# fig NAME: median of a benchmark, or empty if it failed or is missing.
fig() {
	[ -f "$W/b/$1/state" ] && return 0
	median "$1"
}
# setsum KIND SET: sum of the per-file medians of KIND over a set.
setsum() {
	eval "files=\$SET_$2"
	s=0
	for f in $files; do
		v=$(fig "$1.$f")
		[ -n "$v" ] || return 0
		s=$(awk -v a="$s" -v b="$v" 'BEGIN { print a + b }')
	done
	echo "$s"
}
setbytes() {
	eval "files=\$SET_$1"
	s=0
	for f in $files; do
		s=$((s + $(wc -c <"$DATA/$f.csv")))
	done
	echo "$s"
}
gb() {
	awk -v b="$1" 'BEGIN { if (b >= 1e9) printf "%.2f GB", b / 1e9;
	    else printf "%.0f MB", b / 1e6 }'
}
secs() {
	awk -v t="$1" 'BEGIN { if (t == "") print "—"; else if (t < 0.1) printf "%.4f", t;
	    else if (t < 10) printf "%.3f", t; else printf "%.1f", t }'
}
# ratio A B [SCALE]: A*SCALE / B, "—" if either is missing.
ratio() {
	awk -v a="$1" -v b="$2" -v k="${3:-1}" 'BEGIN {
	    if (a == "" || b == "" || b == 0) { print "—"; exit }
	    r = a * k / b
	    if (r >= 100) printf "%.0f×", r; else if (r >= 10) printf "%.1f×", r;
	    else printf "%.2f×", r }'
}

MD=$W/RESULTS.md
WC_due=$(setsum wc due); FL_due=$(setsum floor due); CAT_due=$(setsum cat due)
WC_plan=$(setsum wc plan); FL_plan=$(setsum floor plan)
WC_log=$(setsum wc log); FL_log=$(setsum floor log)
WC_vis=$(fig wc.visits); FL_vis=$(fig floor.visits); CAT_vis=$(fig cat.visits)
MLR_latest=$(fig mlr-latest); MLR_month=$(fig mlr-month)
# A Miller run that timed out still bounds the ratio: its time was over the cap.
for m in latest month; do
	eval "v=\$MLR_$m"
	if [ -n "$(bad_status "mlr-$m")" ] && [ -f "$W/b/mlr-$m.cap" ]; then
		eval "MLR_${m}_over=\$(cat \"\$W/b/mlr-\$m.cap\")"
	else
		eval "MLR_${m}_over="
	fi
done

# row LABEL READS NAME WC FLOOR MILLER [MILLER_SCALE [MILLER_OVER]]: one
# line of the table.  MILLER_OVER: Miller timed out after that many
# seconds, so the ratio is at most this.
row() {
	label=$1 reads=$2 name=$3 wcref=$4 flref=$5 mref=$6 mk=${7:-1} mover=${8:-}
	d=$W/b/$name
	if [ -f "$d/state" ] && [ "$(cat "$d/state")" != failed ]; then
		printf '| %s | %s | — | %s | | | | | |\n' "$label" "$reads" "$(cat "$d/state")"
		return
	fi
	t=$(median "$name")
	st=$(bad_status "$name")
	if [ -n "$st" ]; then
		why=$(grep -v '^$' "$d/err" 2>/dev/null | head -n 1 | cut -c 1-80 | sed 's/|/\\|/g')
		case $st in 124|137) why="timed out after $(cat "$W/b/$name.cap" 2>/dev/null)s" ;; esac
		printf '| %s | %s | 1 | failed (exit %s): %s | | %s | | | |\n' \
		    "$label" "$reads" "$st" "$why" "$(rss_mb "$name")"
		return
	fi
	printf '| %s | %s | %s | %s | %s–%s | %s | %s | %s | %s |\n' "$label" \
	    "$reads" "$(nruns "$name")" "$(secs "$t")" "$(secs "$(tmin "$name")")" \
	    "$(secs "$(tmax "$name")")" "$(rss_mb "$name")" \
	    "$(ratio "$t" "$wcref")" "$(ratio "$t" "$flref")" \
	    "$(if [ -z "$mref" ] && [ -n "$mover" ]; then printf '< '; ratio "$t" "$mover" "$mk"; else ratio "$t" "$mref" "$mk"; fi)"
}
# setrow LABEL READS KIND SET WC FLOOR: a row summed over per-file runs.
setrow() {
	eval "files=\$SET_$4"
	t=$(setsum "$3" "$4")
	n=$RUNS
	for f in $files; do
		k=$(nruns "$3.$f")
		[ "$k" -lt "$n" ] && n=$k
	done
	printf '| %s | %s | %s | %s | | | %s | %s | — |\n' "$1" "$2" "$n" \
	    "$(secs "$t")" "$(ratio "$t" "$5")" "$(ratio "$t" "$6")"
}

R_due=$(gb "$(setbytes due)"); R_plan=$(gb "$(setbytes plan)")
R_vis=$(gb "$(setbytes visits)"); R_log=$(gb "$(setbytes log)")
R_sample="$(gb "$(wc -c <"$SAMPLE")") ($SAMPLE_ROWS rows)"

{
	echo "### SCALE=$SCALE: $NCUST customers, $NVIS visits"
	echo
	echo "- Run: $(date -u '+%Y-%m-%d %H:%M UTC'); \`make bench SCALE=$SCALE\` took $(($(now) - T0)) s in all (budget $BUDGET s)."
	echo "- Load average when the timing began: $LOAD0; at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine shows as spread between min and max)."
	echo "- Machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) memory, $(uname -sr), $(${CC:-cc} --version 2>/dev/null | head -n 1)."
	echo "- Tools: $(hyperfine --version 2>/dev/null), $(mlr --version 2>/dev/null || echo 'no Miller'), csvkit $(dpkg-query -W -f='${Version}' csvkit 2>/dev/null || echo none), libcsv $(dpkg-query -W -f='${Version}' libcsv3 2>/dev/null || echo '?')."
	echo "- Data: $(gb "$(for f in $LEDGERS; do cat "$DATA/$f.csv"; done | wc -c)") of CSV (visits.csv $R_vis; customers $(gb "$(wc -c <"$DATA/customers.csv")"), events $(gb "$(wc -c <"$DATA/events.csv")"), complaints $(gb "$(wc -c <"$DATA/complaints.csv")") with $(($(wc -l <"$DATA/complaints.csv") - 1)) events), seed $SEED; $GEN_NOTE (gen-samples: ${GEN_SECONDS} s, ${GEN_RSS:-?} MB)."
	echo "- Times: hyperfine medians in seconds, warm page cache, each run under \`/usr/bin/time -v\` (its cost: $(secs "$(fig wrapper)") s a run); --now $NOW."
	echo
	echo "| command | reads | runs | median s | min–max | peak RSS MB | × wc -l | × floor | × Miller |"
	echo "|---|---|---|---|---|---|---|---|---|"
	setrow "\`cat\` (all five ledgers)" "$R_due" cat due "$WC_due" "$FL_due"
	setrow "\`wc -l\` (all five)" "$R_due" wc due "$WC_due" "$FL_due"
	setrow "**libcsv floor** (all five)" "$R_due" floor due "$WC_due" "$FL_due"
	setrow "libcsv floor (cs-plan's four)" "$R_plan" floor plan "$WC_plan" "$FL_plan"
	row "\`cat visits.csv\`" "$R_vis" cat.visits "$WC_vis" "$FL_vis" ""
	row "\`wc -l visits.csv\`" "$R_vis" wc.visits "$WC_vis" "$FL_vis" ""
	row "libcsv floor, visits.csv" "$R_vis" floor.visits "$WC_vis" "$FL_vis" ""
	row "… with lib/csv.c's libcsv options" "$R_vis" floor-csopts.visits "$WC_vis" "$FL_vis" ""
	row "… through lib/csv.c csv_read" "$R_vis" floor-libcs.visits "$WC_vis" "$FL_vis" ""
	row "**cs-due** (cold)" "$R_due" cs-due "$WC_due" "$FL_due" "$MLR_latest" 1 "$MLR_latest_over"
	if [ -n "$HAVE_CACHE" ]; then
		row "cs-due, cached, 1,000 rows appended" "$R_due" cs-due-cached "$WC_due" "$FL_due" "$MLR_latest" 1 "$MLR_latest_over"
	fi
	row "**cs-plan --month $PLAN_MONTH**" "$R_plan" cs-plan "$WC_plan" "$FL_plan" "$MLR_latest" 1 "$MLR_latest_over"
	row "**cs-report --month $REPORT_MONTH** (text)" "$R_due" cs-report "$WC_due" "$FL_due" "$MLR_month" 1 "$MLR_month_over"
	row "cs-report --month $REPORT_MONTH --format xlsx" "$R_due" cs-report-xlsx "$WC_due" "$FL_due" "$MLR_month" 1 "$MLR_month_over"
	row "**cs-log** (one append)" "$R_log" cs-log "$WC_log" "$FL_log" ""
	row "mlr stats1 -a max -f at -g customer (latest visit per customer)" "$R_vis" mlr-latest "$WC_vis" "$FL_vis" "$MLR_latest"
	row "mlr filter (month) then count -g staff (visits per staff)" "$R_vis" mlr-month "$WC_vis" "$FL_vis" "$MLR_month"
	row "csvsql -I, max(at) group by customer, on a 1/10 sample" "$R_sample" csvkit-latest "" "" "$MLR_latest" 10 "$MLR_latest_over"
	row "csvsql -I, month's count group by staff, on a 1/10 sample" "$R_sample" csvkit-month "" "" "$MLR_month" 10 "$MLR_month_over"
	echo
	echo "Ratios are this row's median over the reference's for the same files (× Miller: over"
	echo "the Miller command that does the nearest job: latest visit per customer for cs-due and"
	echo "cs-plan, visits per staff in the month for cs-report; below 1 is faster).  The first"
	echo "four rows are sums of per-file runs.  csvkit ran on every tenth visit; its × Miller is"
	echo "its time scaled up tenfold (it grows at least linearly: csvsql loads all rows into"
	echo "SQLite; csvstat is slower still, 27 s for 20,000 rows here, and was left out)."
	echo
	echo "Targets (issue 7):"
	tgt() { # LABEL VALUE LIMIT [unit]: met if VALUE <= LIMIT
		if [ -z "$2" ]; then
			echo "- $1: **not measured**"
		elif awk -v v="$2" -v l="$3" 'BEGIN { exit !(v <= l) }'; then
			echo "- $1: met ($2$4, limit $3$4)"
		else
			echo "- $1: **not met** ($2$4, limit $3$4)"
		fi
	}
	r() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b != "" && b > 0) printf "%.2f", a / b }'; }
	t_due=$(fig cs-due); [ -n "$(bad_status cs-due)" ] && t_due=
	t_rep=$(fig cs-report); [ -n "$(bad_status cs-report)" ] && t_rep=
	tgt "cs-due within 1.5× the libcsv floor of its files" "$(r "$t_due" "$FL_due")" 1.5 "×"
	tgt "cs-report --month within 1.5× the libcsv floor" "$(r "$t_rep" "$FL_due")" 1.5 "×"
	mtgt() { # LABEL T MILLER MILLER_OVER
		if [ -z "$3" ] && [ -n "$4" ] && [ -n "$2" ]; then
			v=$(r "$2" "$4")
			if awk -v v="$v" 'BEGIN { exit !(v <= 0.05) }'; then
				echo "- $1: met (under ${v}×: Miller timed out after $4 s)"
			else
				echo "- $1: **not known** (under ${v}×, limit 0.05×: Miller timed out after $4 s)"
			fi
		else
			tgt "$1" "$(r "$2" "$3")" 0.05 "×"
		fi
	}
	mtgt "cs-due at least 20× faster than Miller (time ratio)" "$t_due" "$MLR_latest" "$MLR_latest_over"
	mtgt "cs-report at least 20× faster than Miller (time ratio)" "$t_rep" "$MLR_month" "$MLR_month_over"
	if [ -n "$HAVE_CACHE" ]; then
		tgt "cs-due with 1,000 rows appended under 5% of its cold time" \
		    "$(awk -v a="$(fig cs-due-cached)" -v b="$t_due" 'BEGIN { if (a != "" && b > 0) printf "%.1f", 100 * a / b }')" 5 "%"
	else
		echo "- cs-due with 1,000 rows appended under 5% of its cold time: **not met** (cs-due keeps no checkpoint: it has no --no-cache)"
	fi
	for c in cs-due cs-plan cs-report cs-report-xlsx cs-log; do
		[ -n "$(bad_status "$c")" ] && continue
		tgt "$c peak RSS under 400 MB" "$(rss_mb "$c")" 400 " MB"
	done
	tl=$(fig cs-log); [ -n "$(bad_status cs-log)" ] && tl=
	tgt "cs-log under 5 ms per append" "$(awk -v t="$tl" 'BEGIN { if (t != "") printf "%.1f", t * 1000 }')" 5 " ms"
	echo
} >"$MD"

# Into RESULTS.md: replaces this scale's block, keeps everything else.
if [ "$RESULTS" != - ]; then
	begin="<!-- bench SCALE=$SCALE begin -->"
	end="<!-- bench SCALE=$SCALE end -->"
	[ -f "$RESULTS" ] || printf '# make bench: results\n\n' >"$RESULTS"
	if grep -qF -- "$begin" "$RESULTS"; then
		awk -v b="$begin" -v e="$end" -v f="$MD" '
		    $0 == b { print; while ((getline l < f) > 0) print l; skip = 1; next }
		    $0 == e { skip = 0 }
		    !skip' "$RESULTS" >"$RESULTS.tmp"
	else
		# a new scale goes before the notes written by hand
		awk -v b="$begin" -v e="$end" -v f="$MD" '
		    function block() { print b; while ((getline l < f) > 0) print l; print e; print ""; done = 1 }
		    /^## / && !done && $0 !~ /^## Results/ { block() }
		    { print }
		    END { if (!done) block() }' "$RESULTS" >"$RESULTS.tmp"
	fi
	mv "$RESULTS.tmp" "$RESULTS"
	say "table written to $RESULTS (and $MD)"
fi
cat "$MD"
