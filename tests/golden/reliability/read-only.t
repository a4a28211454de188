# Read-only ledgers: a clear error, exit 73, nothing changed; reading
# still works.  Tests run as root, for whom file modes are no barrier:
# as root the directory is bind-mounted read-only in a private mount
# namespace (needs unshare(1), else skipped); otherwise the files and the
# directory are made read-only with chmod.  The errno text is shown as
# <read-only>, the same either way.
cp -r "$DATA/bad/store" d
cs-log -d d -r auto-dealer --now 2026-02-13T17:00 KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00'
cs-complain -d d -r auto-dealer --now 2026-02-13T17:00 open KH0001 --severity general --category other --channel phone --summary 刹车异响
cp -r d before
cat >inner.sh <<'SH'
L() { cs-log -d d -r auto-dealer --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
C() { cs-complain -d d -r auto-dealer --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
L KH0002 --by S02 --method phone --outcome done --at '2026-02-12 10:00'
printf 'customer,staff,at,method,outcome\nKH0003,S01,2026-02-12 11:00,phone,done\n' >import.csv
L --import import.csv
C open KH0002 --severity general --category other --channel phone --summary 异响
C reply C2026-0001 --by S01
echo '## a ledger not there yet, in a read-only directory'
cs-plan -d d -r auto-dealer --now 2026-02-13T17:00 --month 2026-03 --write >/dev/null; echo "exit $?"
echo '## reading works'
cs-due -d d -r auto-dealer --now 2026-02-13T17:00 --format csv >due.csv
echo "cs-due: exit $?, a header and rows: $([ "$(wc -l <due.csv)" -gt 1 ] && echo yes)"
cs-complain -d d -r auto-dealer --now 2026-02-13T17:00 list --format csv >list.csv
echo "cs-complain list: exit $?, $(grep -c '^C2026-' list.csv) complaint"
SH
if [ "$(id -u)" = 0 ] && ! unshare -m true 2>/dev/null; then
	echo "as root, needs unshare -m for a read-only bind mount" >&2
	exit 77
fi
if [ "$(id -u)" = 0 ]; then
	unshare -m sh -c 'mount --bind d d && mount -o remount,bind,ro d && sh inner.sh'
else
	chmod a-w d d/*
	sh inner.sh
	chmod u+w d d/*
fi 2>&1 | sed 's/Read-only file system/<read-only>/; s/Permission denied/<read-only>/'
diff -r before d && echo 'nothing changed'
>>> stdout
V000001
C2026-0001
cs-log: d/visits.csv: cannot open: <read-only>
exit 73
cs-log: d/visits.csv: cannot open: <read-only>
exit 73
cs-complain: d/complaints.csv: cannot open: <read-only>
exit 73
cs-complain: d/complaints.csv: cannot open: <read-only>
exit 73
## a ledger not there yet, in a read-only directory
cs-plan: d/plan.csv: cannot open: <read-only>
exit 73
## reading works
cs-due: exit 0, a header and rows: yes
cs-complain list: exit 0, 1 complaint
nothing changed
>>> exit 0
