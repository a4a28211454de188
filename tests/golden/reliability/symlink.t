# A ledger is never written through a symbolic link: a link in place of
# visits.csv, complaints.csv, plan.csv or visits.csv.torn is refused (exit
# 73), and neither the link's target nor the ledger changes.  A dangling
# link does not create its target either.
cp -r "$DATA/bad/store" d
L() { cs-log -d d -r auto-dealer --now 2026-02-13T17:00 "$@" 2>&1; echo "exit $?"; }
printf 'not a ledger\n' >elsewhere
cp elsewhere elsewhere.before
ln -s ../elsewhere d/visits.csv
L KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00'
printf 'customer,staff,at,method,outcome\nKH0003,S01,2026-02-12 11:00,phone,done\n' >import.csv
L --import import.csv
rm d/visits.csv
ln -s ../elsewhere d/complaints.csv
cs-complain -d d -r auto-dealer --now 2026-02-13T17:00 open KH0001 --severity general --category other --channel phone --summary x 2>&1
echo "exit $?"
rm d/complaints.csv
ln -s ../elsewhere d/plan.csv
cs-plan -d d -r auto-dealer --now 2026-02-13T17:00 --month 2026-03 --write >/dev/null 2>plan.err
echo "exit $?"
grep -v 'could not be placed' plan.err
rm d/plan.csv
cmp elsewhere.before elsewhere && echo 'elsewhere unchanged'
echo '## dangling'
ln -s ../nowhere d/visits.csv
L KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00'
test -e nowhere || echo 'nowhere not created'
echo '## visits.csv.torn'
rm d/visits.csv
L KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00'
printf 'V000002,2026-02-12' >>d/visits.csv
cp d/visits.csv visits.before
ln -s ../elsewhere d/visits.csv.torn
L KH0002 --by S02 --method phone --outcome done --at '2026-02-12 10:00'
cmp visits.before d/visits.csv && echo 'visits.csv unchanged, torn tail and all'
cmp elsewhere.before elsewhere && echo 'elsewhere unchanged'
>>> stdout
cs-log: d/visits.csv: is a symbolic link; refusing to write through it
exit 73
cs-log: d/visits.csv: is a symbolic link; refusing to write through it
exit 73
cs-complain: d/complaints.csv: is a symbolic link; refusing to write through it
exit 73
exit 73
cs-plan: d/plan.csv: is a symbolic link; refusing to write through it
elsewhere unchanged
## dangling
cs-log: d/visits.csv: is a symbolic link; refusing to write through it
exit 73
nowhere not created
## visits.csv.torn
V000001
exit 0
cs-log: d/visits.csv.torn: is a symbolic link; refusing to write through it
exit 73
visits.csv unchanged, torn tail and all
elsewhere unchanged
>>> exit 0
