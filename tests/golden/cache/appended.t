# rows appended after the checkpoint are read on from it: by cs-log (a
# visit, a batch), by cs-complain, and by hand; a correction of a row the
# checkpoint covers needs a full read
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml .
export CS_CACHE_MIN=0 CS_NOW=2026-11-23T09:00
check() {
	cs-due --no-cache --format csv >cold.$$
	CS_CACHE_TRACE=1 cs-due --format csv >warm.$$
	cmp -s cold.$$ warm.$$ && echo "$1: same, $(wc -l <cold.$$) lines" ||
	    diff cold.$$ warm.$$
}
check first
cs-log --no-cache KH0001 --by S01 --method phone --outcome done --scores 2,3,3,3
check "a low-score visit"
cs-log --no-cache KH0003 --by S02 --method onsite --outcome done --at '2026-11-22 10:00'
cs-log --no-cache KH0004 --by S02 --method phone --outcome unreached --at '2026-11-22 11:00'
check "two visits"
printf '%s\n' 'customer,staff,at,method,outcome' 'KH0005,S04,2026-11-20 09:30,phone,done' 'KH0006,S04,2026-11-20 09:40,wechat,done' >batch.csv
cs-log --no-cache --import batch.csv
check "an import"
echo 'V009999,2026-11-21T10:00:00+08:00,KH0007,S01,phone,done,4,4,4,4,,,by hand,,,S01' >>visits.csv
check "a row by hand"
cs-log --no-cache --amends V000010 --outcome refused
check "a correction"
id=$(cs-complain --no-cache open KH0008 --severity general --category service --channel phone --summary 'no call back' --at '2026-11-23 08:00')
cs-complain --no-cache reply "$id" --by S01 --at '2026-11-23 08:30'
check "a complaint"
cs-complain list --no-cache --format csv >cold.$$
CS_CACHE_TRACE=1 cs-complain list --format csv >warm.$$
cmp cold.$$ warm.$$ && echo "cs-complain list: same"
>>> stdout
first: same, 118 lines
V002527
a low-score visit: same, 116 lines
V002528
V002529
two visits: same, 115 lines
V002530-V002531
an import: same, 114 lines
a row by hand: same, 113 lines
V010000
a correction: same, 113 lines
a complaint: same, 113 lines
cs-complain list: same
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
cs-due: cache: visit-days: rows after it: 1
cs-due: cache: visit-days.more: part appended at byte 347946 (line 2529)
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 1 of 200
cs-due: cache: due: kept: 1 customers differ
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: resumes at byte 347848 (line 2528)
cs-due: cache: visit-days.more: 1 part: resumes at byte 347946 (line 2529)
cs-due: cache: visit-days: rows after it: 2
cs-due: cache: visit-days.more: part appended at byte 348140 (line 2531)
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 2 of 200
cs-due: cache: due: kept: 2 customers differ
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: resumes at byte 347848 (line 2528)
cs-due: cache: visit-days.more: 2 parts: resumes at byte 348140 (line 2531)
cs-due: cache: visit-days: rows after it: 2
cs-due: cache: visit-days.more: part appended at byte 348329 (line 2533)
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 4 of 200
cs-due: cache: due: kept: 4 customers differ
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: resumes at byte 347848 (line 2528)
cs-due: cache: visit-days.more: 3 parts: resumes at byte 348329 (line 2533)
cs-due: cache: visit-days: rows after it: 1
cs-due: cache: visit-days.more: part appended at byte 348409 (line 2534)
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 5 of 200
cs-due: cache: due: kept: 5 customers differ
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: resumes at byte 347848 (line 2528)
cs-due: cache: visit-days.more: 4 parts: resumes at byte 348409 (line 2534)
cs-due: cache: visit-days: not used: the rows after it need a full read
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 348543 (line 2535)
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 6 of 200
cs-due: cache: due: kept: 6 customers differ
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: resumes at byte 348543 (line 2535)
cs-due: cache: visit-days: rows after it: 0
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: complaint-states: written at byte 37210 (line 261)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 6 of 200
cs-due: cache: due: kept: 6 customers differ
cs-complain: cache: store-rows: resumes at byte 20065 (line 202)
cs-complain: cache: store-customers: resumes at byte 20065 (line 202)
cs-complain: cache: store-events: resumes at byte 43499 (line 543)
cs-complain: cache: complaint-states: resumes at byte 37210 (line 261)
>>> exit 0
