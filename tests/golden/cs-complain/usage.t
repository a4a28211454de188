# command-line mistakes exit 64 and say what is wrong
cp -r "$DATA/issue3/store" d
C() { cs-complain -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
C
C frobnicate C2026-0001
C remind C2026-0001
C open
C open KH0001 --category repair --channel phone --summary x
C open KH0001 --severity general --channel phone --summary x
C open KH0001 --severity general --category repair --summary x
C open KH0001 --severity general --category repair --channel phone
C assign C2026-0001
C note C2026-0001
C reply
C reply C2026-0001 C2026-0002
C reply C2026-0001 --to S03
C reply C2026-0001 --scores 4,4,4,4
C reply C2026-0001 --severity major
C list --explain
C show C2026-0001 --open
C escalate --at 2026-02-13
C list --note x
C list --format xml
test -e d/complaints.csv || echo "no complaints.csv"
>>> stdout
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
no complaints.csv
>>> stderr
cs-complain: missing subcommand
Try 'cs-complain --help'.
cs-complain: unknown subcommand "frobnicate"
Try 'cs-complain --help'.
cs-complain: unknown subcommand "remind"
Try 'cs-complain --help'.
cs-complain: open: missing CUSTOMER
Try 'cs-complain --help'.
cs-complain: open: missing --severity
Try 'cs-complain --help'.
cs-complain: open: missing --category
Try 'cs-complain --help'.
cs-complain: open: missing --channel
Try 'cs-complain --help'.
cs-complain: open: missing --summary
Try 'cs-complain --help'.
cs-complain: assign: missing --to STAFF
Try 'cs-complain --help'.
cs-complain: note: missing --note TEXT
Try 'cs-complain --help'.
cs-complain: reply: missing complaint ID
Try 'cs-complain --help'.
cs-complain: reply: unexpected argument "C2026-0002"
Try 'cs-complain --help'.
cs-complain: reply does not take --to
Try 'cs-complain --help'.
cs-complain: reply does not take --scores
Try 'cs-complain --help'.
cs-complain: reply does not take --severity
Try 'cs-complain --help'.
cs-complain: list does not take --explain
Try 'cs-complain --help'.
cs-complain: show does not take --open
Try 'cs-complain --help'.
cs-complain: escalate does not take --at
Try 'cs-complain --help'.
cs-complain: list does not take --note
Try 'cs-complain --help'.
cs-complain: bad --format "xml" (expected table, csv, tsv or json)
Try 'cs-complain --help'.
>>> exit 0
