# a ledger rewritten with the same size but other bytes (in place), and
# one replaced by another file: the checkpoint is not used
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml .
export CS_CACHE_MIN=0 CS_NOW=2026-11-23T09:00
check() {
	cs-due --no-cache --format csv >cold.$$
	CS_CACHE_TRACE=1 cs-due --format csv >warm.$$
	cmp -s cold.$$ warm.$$ && echo "$1: same, $(wc -l <cold.$$) lines" ||
	    diff cold.$$ warm.$$
}
check first
# the last visits done by another customer: same length, same size
sed '$s/,KH0\([0-9][0-9][0-9]\),/,KH0001,/' visits.csv >new.$$
cmp -s visits.csv new.$$ && echo "not changed?"
test "$(wc -c <visits.csv)" = "$(wc -c <new.$$)" && echo "same size"
cat new.$$ >visits.csv
check "in place"
sed '1,300s/,done,/,fail,/;1,300s/,fail,/,done,/' visits.csv >new.$$
mv new.$$ visits.csv
check "another file"
# the first rows' outcome changed, same size
sed '2s/,done,/,refused,/;2s/,unreached,/,done,/' visits.csv >new.$$
cat new.$$ >visits.csv
check "its start"
>>> stdout
first: same, 118 lines
same size
in place: same, 116 lines
another file: same, 116 lines
its start: same, 116 lines
>>> stderr
cs-due: cache: store-rows: none
cs-due: cache: store-events: none
cs-due: cache: store-rows: written at byte 20065 (line 202)
cs-due: cache: store-customers: written at byte 20065 (line 202)
cs-due: cache: store-events: written at byte 43499 (line 543)
cs-due: cache: visit-days: none
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347848 (line 2528)
cs-due: cache: complaint-states: none
cs-due: cache: complaint-states: reading all of complaints.csv
cs-due: cache: complaint-states: written at byte 36989 (line 259)
cs-due: cache: due: none
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: not used: the ledger's bytes differ
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347848 (line 2528)
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: not used: the ledger's bytes differ
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: not used: the ledger is another file
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347848 (line 2528)
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: not used: the ledger is another file
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: not used: the ledger's bytes differ
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347851 (line 2528)
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: not used: the ledger's bytes differ
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347851 (line 1)
>>> exit 0
