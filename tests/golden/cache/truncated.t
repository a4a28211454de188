# a ledger cut shorter than its checkpoint: not used, read all again
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml .
export CS_CACHE_MIN=0 CS_NOW=2026-11-23T09:00
cs-due --format csv >/dev/null
head -n 1500 visits.csv >cut.$$ && cat cut.$$ >visits.csv
head -n 200 complaints.csv >cut.$$ && cat cut.$$ >complaints.csv
cs-due --no-cache --format csv >cold.$$
CS_CACHE_TRACE=1 cs-due --format csv >warm.$$
cmp cold.$$ warm.$$ && echo "same, $(wc -l <cold.$$) lines"
CS_CACHE_TRACE=1 cs-due --format csv >warm.$$
cmp cold.$$ warm.$$ && echo "again same"
>>> stdout
same, 237 lines
again same
>>> stderr
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: not used: the ledger is shorter
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 205691 (line 1501)
cs-due: cache: complaint-states: not used: the ledger is shorter
cs-due: cache: complaint-states: reading all of complaints.csv
cs-due: cache: complaint-states: written at byte 28683 (line 201)
cs-due: cache: due: not used: the ledger is shorter
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 205691 (line 1)
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: resumes at byte 205691 (line 1501)
cs-due: cache: visit-days: rows after it: 0
cs-due: cache: complaint-states: resumes at byte 28683 (line 201)
cs-due: cache: due: resumes at byte 205691 (line 1)
cs-due: cache: due: customers computed: 0 of 200
>>> exit 0
