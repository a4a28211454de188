# a ledger held locked longer than --wait: exit 75, nothing appended
cp -r "$DATA/issue3/store" d
cs-complain -d d -r "$RULES/auto-dealer.yaml" --now '2026-03-02 09:00' open KH0001 --severity general --category other --channel phone --summary x
# the lock is held until the two writers have given up (not for a fixed
# time: under valgrind a command takes seconds to start)
flock d/complaints.csv sh -c 'touch held; while [ ! -e done ]; do sleep 0.05; done' &
while [ ! -e held ]; do sleep 0.05; done
cs-complain -d d -r "$RULES/auto-dealer.yaml" --now '2026-03-02 09:30' --wait 0.2 reply C2026-0001
echo "exit $?"
cs-complain -d d -r "$RULES/auto-dealer.yaml" --now '2026-03-02 11:30' --wait 0.2 escalate
echo "exit $?"
touch done
wait
wc -l <d/complaints.csv
>>> stdout
C2026-0001
exit 75
exit 75
2
>>> stderr
cs-complain: complaints.csv: locked by another writer for 0.2 s; try again later (or --wait SECONDS)
cs-complain: complaints.csv: locked by another writer for 0.2 s; try again later (or --wait SECONDS)
>>> exit 0
