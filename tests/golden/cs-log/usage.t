# command-line mistakes exit 64 and say what is wrong
cp -r "$DATA/issue3/store" d
L() { cs-log -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
L
L KH0001 --method phone --outcome done
L KH0001 --by S01 --outcome done
L KH0001 --by S01 --method phone
L KH0001 KH0002 --by S01 --method phone --outcome done
L --import x.csv KH0001
L --import x.csv --by S01
L KH0001 --by S01 --method phone --outcome done --encoding gb18030
L --import x.csv --encoding latin1
L --bogus
test -e d/visits.csv || echo "no visits.csv"
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
no visits.csv
>>> stderr
cs-log: missing CUSTOMER
Try 'cs-log --help'.
cs-log: missing --by STAFF
Try 'cs-log --help'.
cs-log: missing --method
Try 'cs-log --help'.
cs-log: missing --outcome
Try 'cs-log --help'.
cs-log: unexpected argument "KH0002"
Try 'cs-log --help'.
cs-log: --import takes no CUSTOMER ("KH0001")
Try 'cs-log --help'.
cs-log: --import takes the visits' fields from the file, not from options
Try 'cs-log --help'.
cs-log: --encoding goes with --import
Try 'cs-log --help'.
cs-log: unknown encoding "latin1" (expected utf-8 or gb18030)
Try 'cs-log --help'.
cs-log: unrecognized option '--bogus'
Try 'cs-log --help'.
>>> exit 0
