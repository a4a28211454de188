# Reading on two threads (CS_THREADS_MIN=0: every file) prints what one
# thread (CS_THREADS=1) prints, byte for byte, stdout and stderr, with the
# same exit status: every bad ledger of the corpus (the error stops the
# read where it is found, a callback's error stops it from the row it is
# in), a torn tail, a quote left open by hand.
both() { # label, command...
	l=$1; shift
	CS_THREADS=1 "$@" >one.out 2>one.err; a=$?
	CS_THREADS_MIN=0 "$@" >two.out 2>two.err; b=$?
	if [ "$a" = "$b" ] && cmp -s one.out two.out && cmp -s one.err two.err; then
		echo "$l: exit $a, the same on two threads ($(wc -l <one.err) lines on stderr)"
	else
		echo "$l: DIFFERENT: exit $a and $b"
		diff one.err two.err
		diff one.out two.out | head -20
	fi
}
N='--now 2026-02-13T17:00'
for f in "$DATA"/bad/customers-*.csv "$DATA"/bad/events-*.csv \
    "$DATA"/bad/visits-*.csv "$DATA"/bad/complaints-*.csv; do
	n=${f##*/}
	rm -rf d
	cp -r "$DATA/bad/store" d
	cp "$f" "d/${n%%-*}.csv"
	both "$n cs-due" cs-due -d d -r auto-dealer $N --no-cache
	both "$n cs-report" cs-report -d d -r auto-dealer --now 2026-03-31T18:00 --month 2026-02 --format csv --no-cache
done
rm -rf d
cp -R "$SAMPLES" d
printf 'V999999,2026-02-12T10:00:00+08:00,KH0002,S02,pho' >>d/visits.csv
both "torn tail" cs-due -d d --now 2026-11-23T09:00+08:00 --no-cache
cp "$SAMPLES/visits.csv" d/visits.csv
awk 'NR == 5 { sub(/,[^,]*$/, ",\"open") } { print }' "$SAMPLES/visits.csv" >d/visits.csv
both "open quote" cs-due -d d --now 2026-11-23T09:00+08:00 --no-cache
both "open quote, report" cs-report -d d --now 2026-11-23T09:00+08:00 --month 2026-10 --no-cache
cp "$SAMPLES/visits.csv" d/visits.csv
both "samples" cs-plan -d d --now 2026-11-23T09:00+08:00 --month 2026-12 --no-cache
>>> stdout
customers-bad-date.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-bad-date.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
customers-cr-only.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-cr-only.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
customers-duplicate-column.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-duplicate-column.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
customers-duplicate-id.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-duplicate-id.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
customers-empty-id.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-empty-id.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
customers-invalid-utf8.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-invalid-utf8.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
customers-long-row.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-long-row.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
customers-missing-column.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-missing-column.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
customers-nul.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-nul.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
customers-quote-inside.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-quote-inside.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
customers-scientific-phone.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-scientific-phone.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
customers-short-row.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-short-row.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
customers-text-after-quote.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-text-after-quote.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
customers-unknown-owner.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-unknown-owner.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
customers-unterminated-quote.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
customers-unterminated-quote.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
events-bad-date.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
events-bad-date.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
events-bad-time.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
events-bad-time.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
events-empty-kind.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
events-empty-kind.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
events-unknown-customer.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
events-unknown-customer.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
visits-amends-unknown.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
visits-amends-unknown.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
visits-bad-date.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
visits-bad-date.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
visits-bad-score.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
visits-bad-score.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
visits-duplicate-id.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
visits-duplicate-id.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
visits-invalid-utf8.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
visits-invalid-utf8.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
visits-nul.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
visits-nul.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
visits-short-row.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
visits-short-row.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
visits-unknown-customer.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
visits-unknown-customer.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
visits-unknown-method.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
visits-unknown-method.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
visits-unknown-staff.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
visits-unknown-staff.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
complaints-bad-time.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
complaints-bad-time.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
complaints-duplicate-seq.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
complaints-duplicate-seq.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
complaints-unknown-complaint.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
complaints-unknown-complaint.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
complaints-unknown-event.csv cs-due: exit 65, the same on two threads (1 lines on stderr)
complaints-unknown-event.csv cs-report: exit 65, the same on two threads (1 lines on stderr)
torn tail: exit 0, the same on two threads (1 lines on stderr)
open quote: exit 65, the same on two threads (1 lines on stderr)
open quote, report: exit 65, the same on two threads (1 lines on stderr)
samples: exit 0, the same on two threads (0 lines on stderr)
>>> exit 0
