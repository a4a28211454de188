#!/bin/sh
# demo.sh [BUILDPREFIX] - what `make demo` runs: a morning in the customer-
# service department of samples/ (a car dealer, rules/auto-dealer.yaml).
#
# The commands are BUILDPREFIX/cmd/cs-* (BUILDPREFIX as the Makefile's B:
# "" for an in-place build, or e.g. "build/rel/").  A command not built yet
# is skipped with a note.  samples/ is never written to: the commands run
# on a copy of it in a temporary directory, as "-d samples".
set -u
B=${1:-}
TOP=$(cd "$(dirname "$0")/.." && pwd) || exit 1
case $B in /*) BIN=${B}cmd ;; *) BIN=$TOP/${B}cmd ;; esac

export CS_RULES_PATH="$TOP/rules"
export CS_NOW=2026-11-23T09:00+08:00
unset CS_DIR

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cs-demo.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
cp -R "$TOP/samples" "$tmp/samples" || exit 1
cd "$tmp" || exit 1

failed=0

# run TITLE [--head N] COMMAND ARGS...: prints the heading and the command
# line, then runs it.
run() {
	title=$1
	shift
	lines=
	if [ "$1" = --head ]; then
		lines=$2
		shift 2
	fi
	cmd=$1
	shift
	printf '\n== %s\n$ %s %s%s\n' "$title" "$cmd" "$*" \
	    "${lines:+ | head -$lines}"
	if [ ! -x "$BIN/$cmd" ]; then
		echo "($cmd is not built yet)"
		return 0
	fi
	if [ -n "$lines" ]; then
		# head may close the pipe early: that is not a failure
		"$BIN/$cmd" "$@" >"$tmp/out"
		rc=$?
		head -n "$lines" "$tmp/out"
	else
		"$BIN/$cmd" "$@"
		rc=$?
	fi
	if [ "$rc" -ne 0 ]; then
		echo "($cmd exited with status $rc)"
		failed=1
	fi
}

echo "cs demo: the sample ledgers of a car dealer's service department (samples/)"
echo "CS_NOW=$CS_NOW: \"now\" is Monday 23 November 2026, 09:00 in Shanghai,"
echo "pinned so the demo always shows the same day.  CS_RULES_PATH=$CS_RULES_PATH"

run "今天到期的回访和投诉 / what is due today" \
	cs-due -d samples --format table
run "客服专员 S01 的今日清单 / one specialist's list" \
	cs-due -d samples --staff S01 --format table
run "下月回访计划 / next month's visit plan (first 30 lines)" --head 30 \
	cs-plan -d samples --month 2026-12 --format table
run "10月客户回访报告 / October's return-visit report" \
	cs-report -d samples --month 2026-10 --format text
run "未结投诉 / open complaints" \
	cs-complain -d samples list --open --format table

exit "$failed"
