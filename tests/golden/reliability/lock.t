# Another writer stuck holding the lock (flock(1) here, as a person editing
# by hand would, cs-ledger(5)): a writer waits --wait seconds, no more, then
# exits 75 with the documented message and appends nothing; --wait 0 gives
# up at once.  When the lock goes, the next append works.
cp -r "$DATA/bad/store" d
L() { cs-log -d d -r auto-dealer --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
ms() { echo $(($(date +%s%N) / 1000000)); }
L KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00'
cs-complain -d d -r auto-dealer --now 2026-02-13T17:00 open KH0001 --severity general --category other --channel phone --summary 刹车异响
cp d/visits.csv visits.before
cp d/complaints.csv complaints.before
# the holder is the process that ends up as sleep: killing it releases
# the lock
(flock 9 && exec sleep 30) 9>>d/visits.csv &
holder=$!
(flock 9 && exec sleep 30) 9>>d/complaints.csv &
holder2=$!
while flock -n d/visits.csv true || flock -n d/complaints.csv true; do sleep 0.05; done
t0=$(ms)
L KH0002 --by S02 --method phone --outcome done --at '2026-02-12 10:00' --wait 0.3
t1=$(ms)
waited=$((t1 - t0))
if [ "$waited" -ge 300 ] && [ "$waited" -lt 3000 ]; then echo 'waited 0.3 s, not more'; else echo "waited $waited ms"; fi
cs-complain -d d -r auto-dealer --now 2026-02-13T17:00 --wait 0 reply C2026-0001 --by S01
echo "exit $?"
printf 'customer,staff,at,method,outcome\nKH0003,S01,2026-02-12 11:00,phone,done\n' >import.csv
L --import import.csv --wait 0
cmp visits.before d/visits.csv && cmp complaints.before d/complaints.csv && echo 'nothing appended'
kill "$holder" "$holder2"
wait "$holder" "$holder2" 2>/dev/null
L KH0002 --by S02 --method phone --outcome done --at '2026-02-12 10:00' --wait 0
L --import import.csv --wait 0
cs-complain -d d -r auto-dealer --now 2026-02-13T17:00 --wait 0 reply C2026-0001 --by S01
echo "exit $?"
>>> stdout
V000001
exit 0
C2026-0001
exit 75
waited 0.3 s, not more
exit 75
exit 75
nothing appended
V000002
exit 0
V000003
exit 0
exit 0
>>> stderr
cs-log: visits.csv: locked by another writer for 0.3 s; try again later (or --wait SECONDS)
cs-complain: complaints.csv: locked by another writer for 0 s; try again later (or --wait SECONDS)
cs-log: visits.csv: locked by another writer for 0 s; try again later (or --wait SECONDS)
>>> exit 0
