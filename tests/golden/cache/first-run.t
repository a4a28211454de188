# the first run reads all and writes a checkpoint; the next ones resume
# from it; --no-cache reads all, uses none and writes none; every way the
# output is the same
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml .
export CS_CACHE_MIN=0 CS_NOW=2026-11-23T09:00
for opts in "" "--explain" "--within 1w --staff S01" "--overdue --format json"; do
	cs-due --no-cache $opts --format csv >cold.$$ || echo "exit $?"
	ls -A | grep -c cs-cache
	for run in 1 2; do
		CS_CACHE_TRACE=1 cs-due $opts --format csv >warm.$$ || echo "exit $?"
		cmp -s cold.$$ warm.$$ && echo "cs-due $opts: same, $(wc -l <cold.$$) lines" ||
		    diff cold.$$ warm.$$
	done
	rm -rf .cs-cache
done
cs-complain list --no-cache --format csv >cold.$$
CS_CACHE_TRACE=1 cs-complain list --format csv >warm.$$
CS_CACHE_TRACE=1 cs-complain list --format csv >warm2.$$
cmp cold.$$ warm.$$ && cmp cold.$$ warm2.$$ && echo "cs-complain list: same, $(wc -l <cold.$$) lines"
ls .cs-cache
>>> stdout
0
cs-due : same, 118 lines
cs-due : same, 118 lines
0
cs-due --explain: same, 118 lines
cs-due --explain: same, 118 lines
0
cs-due --within 1w --staff S01: same, 34 lines
cs-due --within 1w --staff S01: same, 34 lines
0
cs-due --overdue --format json: same, 51 lines
cs-due --overdue --format json: same, 51 lines
cs-complain list: same, 41 lines
complaint-states
store-customers
store-events
store-rows
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
cs-due: cache: visit-days: resumes at byte 347848 (line 2528)
cs-due: cache: visit-days: rows after it: 0
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 0 of 200
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
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: resumes at byte 347848 (line 2528)
cs-due: cache: visit-days: rows after it: 0
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
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
cs-due: cache: visit-days: resumes at byte 347848 (line 2528)
cs-due: cache: visit-days: rows after it: 0
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 0 of 200
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
cs-due: cache: visit-days: resumes at byte 347848 (line 2528)
cs-due: cache: visit-days: rows after it: 0
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 0 of 200
cs-complain: cache: store-rows: none
cs-complain: cache: store-events: none
cs-complain: cache: store-rows: written at byte 20065 (line 202)
cs-complain: cache: store-customers: written at byte 20065 (line 202)
cs-complain: cache: store-events: written at byte 43499 (line 543)
cs-complain: cache: complaint-states: none
cs-complain: cache: complaint-states: reading all of complaints.csv
cs-complain: cache: complaint-states: written at byte 36989 (line 259)
cs-complain: cache: store-rows: resumes at byte 20065 (line 202)
cs-complain: cache: store-customers: resumes at byte 20065 (line 202)
cs-complain: cache: store-events: resumes at byte 43499 (line 543)
cs-complain: cache: complaint-states: resumes at byte 36989 (line 259)
>>> exit 0
