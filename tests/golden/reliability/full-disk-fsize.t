# A file size limit (ulimit -f, RLIMIT_FSIZE) hit in the middle of an
# append, as a full disk would: a clear error, exit 74, and the ledger byte
# for byte what it was.  The writers ignore SIGXFSZ, so the short write
# fails with EFBIG and is undone instead of the process being killed
# halfway through a row.  (stderr goes through the pipe: the limit would
# cut a message written to a file as well.)
if [ -n "${VALGRIND:-}" ] && [ "$VALGRIND" != 0 ]; then
	echo "under valgrind a file size limit kills the program (valgrind does not keep its SIG_IGN of SIGXFSZ)" >&2
	exit 77
fi
cp -r "$DATA/bad/store" d
L() { cs-log -d d -r auto-dealer --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
C() { cs-complain -d d -r auto-dealer --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
blocks() { echo $((($(wc -c <"$1") + 511) / 512)); }
long=$(printf '%01000d' 0 | sed 's/0/长/g')
L KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00'
C open KH0001 --severity general --category other --channel phone --summary 刹车异响
cp d/visits.csv visits.before
cp d/complaints.csv complaints.before
echo '## one visit'
(ulimit -f "$(blocks d/visits.csv)"
 L KH0002 --by S02 --method phone --outcome done --at '2026-02-12 10:00' --note "$long") 2>&1 | cat
cmp visits.before d/visits.csv && echo 'visits.csv unchanged'
echo '## an import'
printf 'customer,staff,at,method,outcome,note\nKH0003,S01,2026-02-12 11:00,phone,done,\nKH0002,S02,2026-02-12 10:00,phone,done,%s\n' "$long" >import.csv
(ulimit -f "$(blocks d/visits.csv)"; L --import import.csv) 2>&1 | cat
cmp visits.before d/visits.csv && echo 'visits.csv unchanged'
echo '## a complaint'
(ulimit -f "$(blocks d/complaints.csv)"
 C open KH0002 --severity general --category other --channel phone --summary "$long") 2>&1 | cat
cmp complaints.before d/complaints.csv && echo 'complaints.csv unchanged'
echo '## a new ledger whose header does not fit'
mkdir e
cp d/customers.csv d/staff.csv d/events.csv e/
(ulimit -f 0
 cs-log -d e -r auto-dealer --now 2026-02-13T17:00 KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00'
 echo "exit $?") 2>&1 | cat
ls e/visits.csv 2>/dev/null || echo 'no visits.csv left behind'
echo '## with room again'
L --import import.csv
C open KH0002 --severity general --category other --channel phone --summary "$long"
cs-log -d e -r auto-dealer --now 2026-02-13T17:00 KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00'
csvcol d/visits.csv id customer | tr '\t' ' '
csvcol d/complaints.csv seq complaint customer | tr '\t' ' '
csvcol e/visits.csv id customer | tr '\t' ' '
>>> stdout
V000001
exit 0
C2026-0001
exit 0
## one visit
cs-log: visits.csv: cannot write: File too large
exit 74
visits.csv unchanged
## an import
cs-log: visits.csv: cannot write: File too large
exit 74
visits.csv unchanged
## a complaint
cs-complain: complaints.csv: cannot write: File too large
exit 74
complaints.csv unchanged
## a new ledger whose header does not fit
cs-log: visits.csv: cannot write: File too large
exit 74
no visits.csv left behind
## with room again
V000002-V000003
exit 0
C2026-0002
exit 0
V000001
V000001 KH0001
V000002 KH0003
V000003 KH0002
1 C2026-0001 KH0001
2 C2026-0002 KH0002
V000001 KH0001
>>> exit 0
