# several -d: the writers refuse (exit 64, naming -d), so do the readers
# that read one directory; cs-report names a missing branch and refuses
# two branches of the same name, --staff and a file per person
sh "$DATA/branches.sh"
cs-log -d north -d south KH0001 --by S01 --method phone --outcome done; echo "exit $?"
cs-complain -d north -d south open KH0001 --severity general --category product --channel phone --summary x; echo "exit $?"
cs-complain -d north -d south escalate --now 2026-11-23T09:00+08:00; echo "exit $?"
cs-complain -d north -d south note C2026-0001 --note x; echo "exit $?"
cs-due -d north -d south --notify cat; echo "exit $?"
cs-init -d x -d y; echo "exit $?"
cs-plan -d north -d south --now 2026-11-23T09:00+08:00 --month next --write; echo "exit $?"
cs-plan -d north -d nowhere --now 2026-11-23T09:00+08:00 --month next; echo "exit $?"
cs-report -d north -d nowhere --now 2026-11-23T09:00+08:00; echo "exit $?"
cs-report -d north -d south -d missing/east --now 2026-11-23T09:00+08:00; echo "exit $?"
mkdir other && cp -R north other/north
cs-report -d north -d other/north --now 2026-11-23T09:00+08:00; echo "exit $?"
cs-report -d north -d south --now 2026-11-23T09:00+08:00 --staff S01; echo "exit $?"
cs-report -d north -d south --now 2026-11-23T09:00+08:00 --from 2026-09 --to 2026-10 --by staff -o out; echo "exit $?"
# nothing was written into the ledgers
cmp north/visits.csv "$SAMPLES/visits.csv" && cmp north/complaints.csv "$SAMPLES/complaints.csv" && echo unchanged
>>> stdout
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 66
exit 66
exit 66
exit 64
exit 64
exit 64
unchanged
>>> stderr
cs-log: -d was given 2 times: cs-log writes one ledger directory
Try 'cs-log --help'.
cs-complain: -d was given 2 times: cs-complain open writes one ledger directory
Try 'cs-complain --help'.
cs-complain: -d was given 2 times: cs-complain escalate writes one ledger directory
Try 'cs-complain --help'.
cs-complain: -d was given 2 times: cs-complain note writes one ledger directory
Try 'cs-complain --help'.
cs-due: -d was given 2 times: cs-due --notify writes one ledger directory
Try 'cs-due --help'.
cs-init: -d was given 2 times: cs-init writes one ledger directory
Try 'cs-init --help'.
cs-plan: -d was given 2 times: cs-plan --write writes one ledger directory
Try 'cs-plan --help'.
cs-plan: nowhere: no such directory (use -d DIR or CS_DIR, or create one with cs-init)
cs-report: nowhere: no such directory (use -d DIR or CS_DIR, or create one with cs-init)
cs-report: missing/east: no such directory (use -d DIR or CS_DIR, or create one with cs-init)
cs-report: -d north and -d other/north are both branch "north" (a branch is named by its directory): give each branch a directory of its own name
cs-report: --staff takes one ledger directory (-d was given 2 times)
Try 'cs-report --help'.
cs-report: --from/--to --by staff (a file per person) takes one ledger directory (-d was given 2 times)
Try 'cs-report --help'.
>>> exit 0
