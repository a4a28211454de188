# a writer whose new id cannot be printed (standard output full or closed)
# exits 74 and says so, with the id: the row is appended all the same, and
# the next append works
if ! [ -c /dev/full ]; then
	echo "needs /dev/full" >&2
	exit 77
fi
cp -r "$DATA/issue3/store" d
L() { cs-log -d d -r "$RULES/auto-dealer.yaml" "$@"; echo "exit $?" >&2; }
C() { cs-complain -d d -r "$RULES/auto-dealer.yaml" "$@"; echo "exit $?" >&2; }
L --now 2026-02-13T17:00 KH0001 --by S01 --method phone --outcome done >/dev/full
L --now 2026-02-13T17:05 KH0002 --by S01 --method phone --outcome done >&-
L --now 2026-02-13T17:10 KH0003 --by S02 --method phone --outcome done
L --now 2026-02-13T17:20 --import "$DATA/issue3/import-bom-crlf.csv" --recorded-by S05 >/dev/full
C --now '2026-03-02 09:10' open KH0001 --severity general --category repair --channel phone --summary 'x' --by S01 >/dev/full
C --now '2026-03-02 09:20' open KH0002 --severity general --category repair --channel phone --summary 'y' --by S01
grep -o "^V[0-9]*" d/visits.csv
grep -o "^[0-9]*,C[0-9-]*,open" d/complaints.csv
>>> stdout
V000003
C2026-0002
V000001
V000002
V000003
V000004
V000005
V000006
1,C2026-0001,open
2,C2026-0002,open
>>> stderr
cs-log: visit V000001 was recorded but its id could not be printed: No space left on device
exit 74
cs-log: visit V000002 was recorded but its id could not be printed: Bad file descriptor
exit 74
exit 0
cs-log: visits V000004-V000006 were recorded but their ids could not be printed: No space left on device
exit 74
cs-complain: complaint C2026-0001 was recorded but its id could not be printed: No space left on device
exit 74
exit 0
>>> exit 0
