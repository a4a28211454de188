# The bad-input corpus, the ledgers the commands write
# (tests/data/bad/visits-*, complaints-*): a bad row in the middle of
# visits.csv or complaints.csv.  Readers refuse with file:line, column,
# value and what was expected, exit 65; a writer appends nothing.
for f in "$DATA"/bad/visits-*.csv "$DATA"/bad/complaints-*.csv; do
	n=${f##*/}
	rm -rf d
	cp -r "$DATA/bad/store" d
	cp "$f" "d/${n%%-*}.csv"
	cp "$f" before.csv
	echo "## $n"
	cs-due -d d -r auto-dealer --now 2026-02-13T17:00 >/dev/null
	echo "cs-due: exit $?"
	cs-report -d d -r auto-dealer --now 2026-03-31T18:00 --month 2026-02 --format csv >/dev/null
	echo "cs-report: exit $?"
	case $n in
	visits-*)
		cs-log -d d -r auto-dealer --now 2026-02-13T17:00 KH0003 --by S01 --method phone --outcome done --at '2026-02-12 08:00'
		echo "cs-log: exit $?"
		;;
	complaints-*)
		cs-complain -d d -r auto-dealer --now 2026-02-13T17:00 open KH0003 --severity general --category other --channel phone --summary x
		echo "cs-complain: exit $?"
		;;
	esac
	cmp before.csv "d/${n%%-*}.csv" && echo "${n%%-*}.csv unchanged"
done 2>&1
>>> stdout
## visits-amends-unknown.csv
cs-due: visits.csv:3: bad visit id "V000007" in column amends (expected the id of an earlier visit)
cs-due: exit 65
cs-report: visits.csv:3: bad visit id "V000007" in column amends (expected the id of an earlier visit)
cs-report: exit 65
cs-log: visits.csv:3: bad visit id "V000007" in column amends (expected the id of an earlier visit)
cs-log: exit 65
visits.csv unchanged
## visits-bad-date.csv
cs-due: visits.csv:3: bad time "2026-02-31T15:00:00+08:00" in column at (expected an ISO 8601 time)
cs-due: exit 65
cs-report: visits.csv:3: bad time "2026-02-31T15:00:00+08:00" in column at (expected an ISO 8601 time)
cs-report: exit 65
cs-log: visits.csv:3: bad time "2026-02-31T15:00:00+08:00" in column at (expected an ISO 8601 time)
cs-log: exit 65
visits.csv unchanged
## visits-bad-score.csv
cs-due: visits.csv:3: bad score "5" in column attitude (expected 1 to 4 or empty)
cs-due: exit 65
cs-report: visits.csv:3: bad score "5" in column attitude (expected 1 to 4 or empty)
cs-report: exit 65
cs-log: visits.csv:3: bad score "5" in column attitude (expected 1 to 4 or empty)
cs-log: exit 65
visits.csv unchanged
## visits-duplicate-id.csv
cs-due: visits.csv:3: visit id V000001 is not above the previous V000001 (ids increase down the file)
cs-due: exit 65
cs-report: visits.csv:3: visit id V000001 is not above the previous V000001 (ids increase down the file)
cs-report: exit 65
cs-log: visits.csv:3: visit id V000001 is not above the previous V000001 (ids increase down the file)
cs-log: exit 65
visits.csv unchanged
## visits-invalid-utf8.csv
cs-due: visits.csv:3: invalid UTF-8 (byte 0xB2 at column 63); convert the file first: iconv -f GB18030 -t UTF-8, or use --encoding gb18030 where the command offers it
cs-due: exit 65
cs-report: visits.csv:3: invalid UTF-8 (byte 0xB2 at column 63); convert the file first: iconv -f GB18030 -t UTF-8, or use --encoding gb18030 where the command offers it
cs-report: exit 65
cs-log: visits.csv:3: invalid UTF-8 (byte 0xB2 at column 63); convert the file first: iconv -f GB18030 -t UTF-8, or use --encoding gb18030 where the command offers it
cs-log: exit 65
visits.csv unchanged
## visits-nul.csv
cs-due: visits.csv:3: NUL byte in data
cs-due: exit 65
cs-report: visits.csv:3: NUL byte in data
cs-report: exit 65
cs-log: visits.csv:3: NUL byte in data
cs-log: exit 65
visits.csv unchanged
## visits-short-row.csv
cs-due: visits.csv:3: 15 fields, expected 16 (header has id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by)
cs-due: exit 65
cs-report: visits.csv:3: 15 fields, expected 16 (header has id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by)
cs-report: exit 65
cs-log: visits.csv:3: 15 fields, expected 16 (header has id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by)
cs-log: exit 65
visits.csv unchanged
## visits-unknown-customer.csv
cs-due: visits.csv:3: unknown customer "KH0009" in column customer (expected an id in customers.csv)
cs-due: exit 65
cs-report: visits.csv:3: unknown customer "KH0009" in column customer (expected an id in customers.csv)
cs-report: exit 65
cs-log: visits.csv:3: unknown customer "KH0009" in column customer (expected an id in customers.csv)
cs-log: exit 65
visits.csv unchanged
## visits-unknown-method.csv
cs-due: visits.csv:3: unknown method "fax" in column method (expected phone, onsite, wechat, sms, email, letter or chat)
cs-due: exit 65
cs-report: visits.csv:3: unknown method "fax" in column method (expected phone, onsite, wechat, sms, email, letter or chat)
cs-report: exit 65
cs-log: visits.csv:3: unknown method "fax" in column method (expected phone, onsite, wechat, sms, email, letter or chat)
cs-log: exit 65
visits.csv unchanged
## visits-unknown-staff.csv
cs-due: visits.csv:3: unknown staff "S09" in column staff (expected an id in staff.csv)
cs-due: exit 65
cs-report: visits.csv:3: unknown staff "S09" in column staff (expected an id in staff.csv)
cs-report: exit 65
cs-log: visits.csv:3: unknown staff "S09" in column staff (expected an id in staff.csv)
cs-log: exit 65
visits.csv unchanged
## complaints-bad-time.csv
cs-due: complaints.csv:3: bad time "2026-02-10 25:00" in column at (expected an ISO 8601 time)
cs-due: exit 65
cs-report: complaints.csv:3: bad time "2026-02-10 25:00" in column at (expected an ISO 8601 time)
cs-report: exit 65
cs-complain: complaints.csv:3: bad time "2026-02-10 25:00" in column at (expected an ISO 8601 time)
cs-complain: exit 65
complaints.csv unchanged
## complaints-duplicate-seq.csv
cs-due: complaints.csv:3: seq 1 is not above the previous 1 (seq increases down the file)
cs-due: exit 65
cs-report: complaints.csv:3: seq 1 is not above the previous 1 (seq increases down the file)
cs-report: exit 65
cs-complain: complaints.csv:3: seq 1 is not above the previous 1 (seq increases down the file)
cs-complain: exit 65
complaints.csv unchanged
## complaints-unknown-complaint.csv
cs-due: complaints.csv:3: reply of complaint C2026-0002 before it was opened
cs-due: exit 65
cs-report: complaints.csv:3: reply of complaint C2026-0002 before it was opened
cs-report: exit 65
cs-complain: complaints.csv:3: reply of complaint C2026-0002 before it was opened
cs-complain: exit 65
complaints.csv unchanged
## complaints-unknown-event.csv
cs-due: complaints.csv:3: unknown event "explode" in column event (expected open, assign, reply, answer, resolve, revisit, close, reopen, wait, resume, note, escalate or remind)
cs-due: exit 65
cs-report: complaints.csv:3: unknown event "explode" in column event (expected open, assign, reply, answer, resolve, revisit, close, reopen, wait, resume, note, escalate or remind)
cs-report: exit 65
cs-complain: complaints.csv:3: unknown event "explode" in column event (expected open, assign, reply, answer, resolve, revisit, close, reopen, wait, resume, note, escalate or remind)
cs-complain: exit 65
complaints.csv unchanged
>>> exit 0
