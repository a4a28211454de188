# Output that cannot be written (standard output on /dev/full, a full
# disk): a clear error and exit 74, never a silent success.
if ! [ -c /dev/full ]; then
	echo "needs /dev/full" >&2
	exit 77
fi
cp -r "$DATA/issue5" d
now='--now 2026-12-02T09:00+08:00'
for c in "cs-due -d d $now --format csv" "cs-due -d d $now --format table" \
    "cs-plan -d d $now --month 2026-12" "cs-complain -d d $now list" \
    "cs-report -d d $now --format csv" "cs-report -d d $now --format text" \
    "cs-report -d d $now --format json" "cs-report -d d $now --format html" \
    "cs-report -d d $now --format xlsx" "cs-log --help"; do
	$c >/dev/full
	echo "exit $? $c" | sed 's/ -d d --now [^ ]*//'
done
>>> stdout
exit 74 cs-due --format csv
exit 74 cs-due --format table
exit 74 cs-plan --month 2026-12
exit 74 cs-complain list
exit 74 cs-report --format csv
exit 74 cs-report --format text
exit 74 cs-report --format json
exit 74 cs-report --format html
exit 74 cs-report --format xlsx
exit 74 cs-log --help
>>> stderr
cs-due: write error: No space left on device
cs-due: write error: No space left on device
cs-plan: write error: No space left on device
cs-complain: write error: No space left on device
cs-report: cannot write the report: No space left on device
cs-report: cannot write the report: No space left on device
cs-report: cannot write the report: No space left on device
cs-report: cannot write the report: No space left on device
cs-report: cannot write the workbook: No space left on device
cs-log: write error: No space left on device
>>> exit 0
