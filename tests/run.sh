#!/bin/sh
# run.sh BUILD - runs the unit tests and the golden tests against the
# programs in BUILD (e.g. build/check), and ends with "N passed, N failed".
#
# A golden test is a file tests/golden/**/NAME.t:
#
#   # what it tests (comment lines before the command are ignored)
#   cs-due --now 2026-11-23T09:00 --format csv
#   >>> stdout
#   ...expected standard output...
#   >>> stderr
#   ...expected standard error...
#   >>> exit 0
#
# The command part is a shell script, run in a fresh empty directory with
# the commands on PATH and $SAMPLES, $RULES, $DATA (tests/data) and $TOP set.
# A section left out expects nothing (exit: 0).  A command part that exits
# 77 (when 77 is not what it expects) is skipped, the first line of its
# stderr saying why (e.g. a test that needs root).  UPDATE=1 rewrites the
# expected sections from what the commands print; review with git diff.
# ONLY=pattern runs the golden tests whose path contains pattern.
#
# Fuzz corpora: each BUILD/tests/fuzz/replay-NAME (a fuzz target linked with
# tests/fuzz/replay.c) replays tests/fuzz/corpus/NAME/, one test each.
# VALGRIND=1 runs every program (unit tests, replays, the commands of the
# golden tests) under valgrind; BUILD is then a build without sanitizers.
set -u
B=${1:-build/check}
TOP=$(pwd)
case $B in /*) ;; *) B=$TOP/$B ;; esac
export TZ=UTC LC_ALL=C LANG= LANGUAGE=
unset CS_DIR CS_NOW NO_COLOR CS_CACHE_MIN CS_CACHE_TRACE CS_CACHE_VERSION
export CS_RULES_PATH="$TOP/rules"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=98
pass=0 fail=0 skip=0
VG=
case ${VALGRIND:-} in
''|0) ;;
*) VG="valgrind --error-exitcode=97 --leak-check=full -q --suppressions=$TOP/tests/valgrind.supp" ;;
esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cs-test.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

# Unit tests: each prints "ok - ..." / "not ok - ..." lines.
for t in "$B"/tests/unit/test_*; do
	[ -x "$t" ] || continue
	name=${t##*/}
	$VG "$t" >"$tmp/unit.out" 2>"$tmp/unit.err"; rc=$?
	p=$(grep -c '^ok ' "$tmp/unit.out"); f=$(grep -c '^not ok ' "$tmp/unit.out")
	pass=$((pass + p)); fail=$((fail + f))
	grep '^not ok ' "$tmp/unit.out" | sed "s|^|$name: |"
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		fail=$((fail + 1)); echo "$name: exit $rc"; sed 's/^/  /' "$tmp/unit.err" | head -30
	fi
done

# Fuzz corpora.  Inputs under tests/fuzz/pending/NAME/ are bugs found and
# reported but not fixed yet: noted, not counted.  The targets that write
# files (import, ledger) fsync them: on a tmpfs if there is one.
ftmp=$tmp
[ -d /dev/shm ] && [ -w /dev/shm ] && ftmp=/dev/shm
for t in "$B"/tests/fuzz/replay-*; do
	[ -x "$t" ] || continue
	case $t in *"${ONLY:-}"*) ;; *) continue ;; esac
	name=${t##*/replay-}
	if TMPDIR=$ftmp $VG "$t" "tests/fuzz/corpus/$name" >"$tmp/replay.out" 2>&1; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1)); echo "FAIL replay-$name"
		grep -v '^    #[0-9]' "$tmp/replay.out" | sed 's/^/  /' | head -30
	fi
	for p in tests/fuzz/pending/"$name"/*; do
		[ -f "$p" ] || continue
		if TMPDIR=$ftmp $VG "$t" "$p" >/dev/null 2>&1; then
			echo "note: $p passes now: move it to tests/fuzz/corpus/$name/"
		else
			echo "note: $p still fails (known, see tests/fuzz/pending/README)"
		fi
	done
done

# Golden tests.
bin=$tmp/bin
mkdir -p "$bin"
# a command on PATH: a link to the program, or a script running it under
# valgrind
put_cmd() {
	[ -x "$1" ] || return 0
	if [ -n "$VG" ]; then
		printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$VG" "$1" >"$bin/${1##*/}"
		chmod +x "$bin/${1##*/}"
	else
		ln -sf "$1" "$bin/"
	fi
}
for c in "$B"/cmd/*; do put_cmd "$c"; done
put_cmd "$B/tests/gen-samples"
put_cmd "$B/tests/gen-xlsx"
put_cmd "$B/tests/stress/csvcol"
export SAMPLES="$TOP/samples" RULES="$TOP/rules" DATA="$TOP/tests/data" TOP
PATH=$bin:$PATH
find tests/golden -name '*.t' 2>/dev/null | sort >"$tmp/list"
while IFS= read -r t; do
	case $t in *"${ONLY:-}"*) ;; *) continue ;; esac
	awk -v d="$tmp" '
		BEGIN { sec = "cmd"; printf "" > (d "/cmd"); printf "" > (d "/want.out");
		        printf "" > (d "/want.err"); st = 0 }
		/^>>> stdout$/ { sec = "out"; next }
		/^>>> stderr$/ { sec = "err"; next }
		/^>>> exit [0-9]+$/ { st = $3; sec = "none"; next }
		sec == "cmd" { print > (d "/cmd") }
		sec == "out" { print > (d "/want.out") }
		sec == "err" { print > (d "/want.err") }
		END { print st > (d "/want.rc") }' "$t"
	rm -rf "$tmp/wd"; mkdir "$tmp/wd"
	(cd "$tmp/wd" && sh "$tmp/cmd" >"$tmp/got.out" 2>"$tmp/got.err" </dev/null); rc=$?
	echo "$rc" >"$tmp/got.rc"
	if [ "$rc" -eq 77 ] && [ "$(cat "$tmp/want.rc")" != 77 ]; then
		skip=$((skip + 1))
		echo "SKIP $t: $(head -1 "$tmp/got.err")"
	elif cmp -s "$tmp/got.out" "$tmp/want.out" && cmp -s "$tmp/got.err" "$tmp/want.err" &&
	   cmp -s "$tmp/got.rc" "$tmp/want.rc"; then
		pass=$((pass + 1))
	elif [ -n "${UPDATE:-}" ]; then
		{ cat "$tmp/cmd"
		  if [ -s "$tmp/got.out" ]; then echo '>>> stdout'; cat "$tmp/got.out"; fi
		  if [ -s "$tmp/got.err" ]; then echo '>>> stderr'; cat "$tmp/got.err"; fi
		  echo ">>> exit $rc"; } >"$t"
		echo "updated $t"; pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $t"
		diff -u "$tmp/want.out" "$tmp/got.out" | sed '1,2d;s/^/  out: /' | head -40
		diff -u "$tmp/want.err" "$tmp/got.err" | sed '1,2d;s/^/  err: /' | head -20
		cmp -s "$tmp/got.rc" "$tmp/want.rc" || echo "  exit: want $(cat "$tmp/want.rc"), got $rc"
	fi
done <"$tmp/list"

[ "$skip" -eq 0 ] || echo "$skip skipped"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
