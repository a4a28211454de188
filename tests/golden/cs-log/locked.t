# a ledger held locked longer than --wait: exit 75, nothing appended
cp -r "$DATA/issue3/store" d
cs-log -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:00 KH0001 --by S01 --method phone --outcome done
# the lock is held until the writer has given up (not for a fixed time:
# under valgrind a command takes seconds to start)
flock d/visits.csv sh -c 'touch held; while [ ! -e done ]; do sleep 0.05; done' &
while [ ! -e held ]; do sleep 0.05; done
cs-log -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:00 --wait 0.2 KH0002 --by S02 --method phone --outcome done
echo "exit $?"
touch done
wait
wc -l <d/visits.csv
>>> stdout
V000001
exit 75
2
>>> stderr
cs-log: visits.csv: locked by another writer for 0.2 s; try again later (or --wait SECONDS)
>>> exit 0
