#!/bin/sh
# run.sh BUILD [N M KILLS ROUNDS] - make stress: the long versions of the
# reliability tests against the programs in BUILD (e.g. build/check):
#   concurrency.sh N M   N writers x M visits and M complaints, readers on
#                        (default 8 x 500)
#   crash.sh KILLS       appends killed with SIGKILL (default 100)
#   fulldisk.sh ROUNDS   a tmpfs filled again and again (default 40; needs
#                        root and unshare, else skipped)
# and prints what each did.  Exits 1 if any failed.
set -u
B=${1:-build/check}
N=${2:-8}
M=${3:-500}
KILLS=${4:-100}
ROUNDS=${5:-40}
TOP=$(pwd)
case $B in /*) ;; *) B=$TOP/$B ;; esac
export TZ=UTC LC_ALL=C LANG= LANGUAGE= TOP
unset CS_DIR CS_NOW NO_COLOR
export CS_RULES_PATH="$TOP/rules"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=98
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cs-stress.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/bin"
for c in "$B"/cmd/* "$B/tests/stress/csvcol"; do
	[ -x "$c" ] && ln -sf "$c" "$tmp/bin/"
done
PATH=$tmp/bin:$PATH
export STATS="$tmp/stats"
: >"$STATS"
failed=0

run() {
	name=$1
	shift
	mkdir "$tmp/$name"
	echo "== $name $*"
	start=$(date +%s)
	(cd "$tmp/$name" && sh "$TOP/tests/stress/$name.sh" "$@")
	rc=$?
	echo "   ($(($(date +%s) - start)) s)"
	case $rc in
	0) ;;
	77) echo "   skipped" ;;
	*) failed=1 ;;
	esac
}

run concurrency "$N" "$M"
run crash "$KILLS"
run fulldisk "$ROUNDS"
echo "== figures"
sed 's/^/   /' "$STATS"
if [ "$failed" -ne 0 ]; then
	echo "make stress: FAILED" >&2
	exit 1
fi
echo "make stress: all passed"
