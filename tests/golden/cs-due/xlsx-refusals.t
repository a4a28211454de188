# A workbook is not for a terminal (script(1) gives the command one); only
# cs-due and cs-plan write one through --format; a file that cannot be
# made is refused.
script -qec "cs-due -d '$SAMPLES' --now 2026-11-23T09:00+08:00 --format xlsx" /dev/null </dev/null >tty.out
echo "exit $?"
script -qec "cs-plan -d '$SAMPLES' --now 2026-11-23T09:00+08:00 --month next --format xlsx" /dev/null </dev/null >>tty.out
echo "exit $?"
tr -d '\r' <tty.out
cs-complain -d "$SAMPLES" --format xlsx list
echo "exit $?"
cs-log -d "$SAMPLES" --format xlsx --import x.csv
echo "exit $?"
cs-due -d "$SAMPLES" --now 2026-11-23T09:00+08:00 -o nowhere/due.xlsx
>>> stdout
exit 64
exit 64
cs-due: --format xlsx writes a workbook: give -o FILE or redirect the output
Try 'cs-due --help'.
cs-plan: --format xlsx writes a workbook: give -o FILE or redirect the output
Try 'cs-plan --help'.
exit 64
exit 64
>>> stderr
cs-complain: bad --format "xlsx" (expected table, csv, tsv or json)
Try 'cs-complain --help'.
cs-log: bad --format "xlsx" (expected table, csv, tsv or json)
Try 'cs-log --help'.
cs-due: nowhere/due.xlsx: cannot create: No such file or directory
>>> exit 73
