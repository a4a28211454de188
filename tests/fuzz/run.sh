#!/bin/sh
# run.sh BUILD SECONDS TARGET... - runs each libFuzzer target BUILD/fuzz-NAME
# for SECONDS (make fuzz), then prints one line per target: executions,
# time, corpus size and crashes.
#
# Each target reads its seed corpus tests/fuzz/corpus/NAME/ and writes what
# it learns to BUILD/corpus/NAME/; a crash or a broken property leaves its
# input in BUILD/crashes/NAME-*.  Turn each into a regression input:
#   cp BUILD/crashes/NAME-crash-... tests/fuzz/corpus/NAME/regress-WHAT
# fix the bug, and `make check` replays it from then on.  MERGE=1 adds the
# inputs that reach new code to tests/fuzz/corpus/NAME/ (libFuzzer -merge).
# JOBS=N runs N processes per target (libFuzzer -fork).
set -u
B=${1:?usage: run.sh BUILD SECONDS TARGET...}
T=${2:?}
shift 2
TOP=$(pwd)
export CS_RULES_PATH="$TOP/rules" TZ=UTC LC_ALL=C
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
[ -d /dev/shm ] && [ -w /dev/shm ] && export TMPDIR=/dev/shm
failed=0
printf '%-8s %12s %8s %8s %8s\n' target executions seconds corpus crashes
for t in "$@"; do
	mkdir -p "$B/corpus/$t" "$B/crashes"
	dict=
	[ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
	fork=
	[ -n "${JOBS:-}" ] && fork="-fork=$JOBS"
	old=$(ls "$B/crashes" | grep -c "^$t-")
	start=$(date +%s)
	"$B/fuzz-$t" -max_total_time="$T" -timeout=20 -rss_limit_mb=2048 \
	    -max_len=65536 -print_final_stats=1 $dict $fork \
	    -artifact_prefix="$B/crashes/$t-" \
	    "$B/corpus/$t" "tests/fuzz/corpus/$t" >"$B/$t.log" 2>&1
	rc=$?
	secs=$(($(date +%s) - start))
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$B/$t.log" | tail -1)
	[ -n "$execs" ] || execs=$(grep -o 'DONE.*' "$B/$t.log" | sed -n 's/.*#\([0-9]*\).*/\1/p' | tail -1)
	crashes=$(($(ls "$B/crashes" | grep -c "^$t-") - old))
	printf '%-8s %12s %8s %8s %8s\n' "$t" "${execs:-?}" "$secs" \
	    "$(ls "$B/corpus/$t" | wc -l)" "$crashes"
	if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
		failed=1
		grep -E 'ERROR|property broken|SUMMARY|Test unit written' "$B/$t.log" | head -5 | sed 's/^/  /'
	fi
	if [ -n "${MERGE:-}" ]; then
		"$B/fuzz-$t" -merge=1 "tests/fuzz/corpus/$t" "$B/corpus/$t" \
		    >"$B/$t.merge.log" 2>&1 || failed=1
	fi
done
if [ "$failed" -ne 0 ]; then
	echo "make fuzz: crashes in $B/crashes (logs: $B/*.log)" >&2
	exit 1
fi
