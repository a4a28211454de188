# The store's checkpoints (store-rows and store-customers, keyed to
# customers.csv; store-events, keyed to events.csv): used while the files
# stay as they are; events.csv only grows, so rows appended are read from
# the checkpoint's mark; anything else (customers.csv or staff.csv
# rewritten, events.csv edited or cut, a damaged checkpoint) reads the
# files whole.  Cached and cold output are the same, errors too.
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml .
export CS_CACHE_MIN=0 CS_NOW=2026-11-23T09:00
check() {
	cs-due --no-cache --format csv --explain >cold.out 2>cold.err; c=$?
	CS_CACHE_TRACE=1 cs-due --format csv --explain >warm.out 2>warm.all; w=$?
	grep -v ': cache: ' warm.all >warm.err
	if cmp -s cold.out warm.out && cmp -s cold.err warm.err && [ $c = $w ]; then
		echo "$1: same, exit $c, $(wc -l <cold.out) lines $(cat cold.err)"
	else
		echo "$1: DIFFERENT"; diff cold.out warm.out; diff cold.err warm.err
	fi
	grep ': cache: store-' warm.all | sed 's/^/  /'
}
check first
check unchanged
echo '2026-11-23T08:00:00+08:00,KH0007,repair,换刹车片' >>events.csv
check "an event appended"
check "again"
cp events.csv events.good
echo '2026-11-23T08:10:00+08:00,KH9999,repair,' >>events.csv
check "an unknown customer appended"
echo '2026-11-23T08:20:00+08:00,KH0008,delivery' >>events.csv
check "and a short row"
cat events.good >events.csv
check "cut back"
sed 's/^KH0009,[^,]*,/KH0009,王五,/' customers.csv >new && cat new >customers.csv
check "customers.csv rewritten"
check "again"
printf 'xxxxxxxx' | dd of=.cs-cache/store-events bs=1 seek=200 conv=notrunc 2>/dev/null
check "a damaged checkpoint"
printf 'xxxxxxxx' | dd of=.cs-cache/store-rows bs=1 seek=300 conv=notrunc 2>/dev/null
check "another"
cp -p events.csv old
sed '2s/,repair,/,rrepai,/' old >new && cat new >events.csv && touch -r old events.csv
check "an event edited in place"
cs-report --month 2026-10 --no-cache >cold.rep
CS_CACHE_TRACE=1 cs-report --month 2026-10 >warm.rep 2>warm.all
cmp cold.rep warm.rep && echo "cs-report: same"
grep ': cache: store-' warm.all | sed 's/^/  /'
ls .cs-cache
>>> stdout
first: same, exit 0, 118 lines 
  cs-due: cache: store-rows: none
  cs-due: cache: store-events: none
  cs-due: cache: store-rows: written at byte 20065 (line 202)
  cs-due: cache: store-customers: written at byte 20065 (line 202)
  cs-due: cache: store-events: written at byte 43499 (line 543)
unchanged: same, exit 0, 118 lines 
  cs-due: cache: store-rows: resumes at byte 20065 (line 202)
  cs-due: cache: store-customers: resumes at byte 20065 (line 202)
  cs-due: cache: store-events: resumes at byte 43499 (line 543)
an event appended: same, exit 0, 118 lines 
  cs-due: cache: store-rows: resumes at byte 20065 (line 202)
  cs-due: cache: store-customers: resumes at byte 20065 (line 202)
  cs-due: cache: store-events: resumes at byte 43499 (line 543)
  cs-due: cache: store-events: written at byte 43552 (line 544)
again: same, exit 0, 118 lines 
  cs-due: cache: store-rows: resumes at byte 20065 (line 202)
  cs-due: cache: store-customers: resumes at byte 20065 (line 202)
  cs-due: cache: store-events: resumes at byte 43552 (line 544)
an unknown customer appended: same, exit 65, 0 lines cs-due: events.csv:544: unknown customer "KH9999" in column customer
  cs-due: cache: store-rows: resumes at byte 20065 (line 202)
  cs-due: cache: store-customers: resumes at byte 20065 (line 202)
  cs-due: cache: store-events: resumes at byte 43552 (line 544)
  cs-due: cache: store-events: not used: the rows after it need a full read
and a short row: same, exit 65, 0 lines cs-due: events.csv:545: 3 fields, expected 4 (header has at,customer,kind,note)
  cs-due: cache: store-rows: resumes at byte 20065 (line 202)
  cs-due: cache: store-customers: resumes at byte 20065 (line 202)
  cs-due: cache: store-events: resumes at byte 43552 (line 544)
  cs-due: cache: store-events: not used: the rows after it need a full read
cut back: same, exit 0, 118 lines 
  cs-due: cache: store-rows: resumes at byte 20065 (line 202)
  cs-due: cache: store-customers: resumes at byte 20065 (line 202)
  cs-due: cache: store-events: resumes at byte 43552 (line 544)
customers.csv rewritten: same, exit 0, 118 lines 
  cs-due: cache: store-rows: not used: other rules, customers or staff
  cs-due: cache: store-events: not used: other rules, customers or staff
  cs-due: cache: store-rows: written at byte 20062 (line 202)
  cs-due: cache: store-customers: written at byte 20062 (line 202)
  cs-due: cache: store-events: written at byte 43552 (line 544)
again: same, exit 0, 118 lines 
  cs-due: cache: store-rows: resumes at byte 20062 (line 202)
  cs-due: cache: store-customers: resumes at byte 20062 (line 202)
  cs-due: cache: store-events: resumes at byte 43552 (line 544)
a damaged checkpoint: same, exit 0, 118 lines 
  cs-due: cache: store-rows: resumes at byte 20062 (line 202)
  cs-due: cache: store-customers: resumes at byte 20062 (line 202)
  cs-due: cache: store-events: not used: damaged
  cs-due: cache: store-events: written at byte 43552 (line 544)
another: same, exit 0, 118 lines 
  cs-due: cache: store-rows: not used: damaged
  cs-due: cache: store-events: resumes at byte 43552 (line 544)
  cs-due: cache: store-rows: written at byte 20062 (line 202)
  cs-due: cache: store-customers: written at byte 20062 (line 202)
an event edited in place: same, exit 0, 118 lines 
  cs-due: cache: store-rows: resumes at byte 20062 (line 202)
  cs-due: cache: store-customers: resumes at byte 20062 (line 202)
  cs-due: cache: store-events: not used: the ledger's bytes differ
  cs-due: cache: store-events: written at byte 43552 (line 544)
cs-report: same
  cs-report: cache: store-rows: resumes at byte 20062 (line 202)
  cs-report: cache: store-customers: resumes at byte 20062 (line 202)
  cs-report: cache: store-events: resumes at byte 43552 (line 544)
complaint-states
store-customers
store-events
store-rows
visit-days
>>> exit 0
