# a checkpoint or index with damaged bytes, cut short, or not one at all
# is not used; a cache directory that cannot be written is silently not
# used
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml .
export CS_CACHE_MIN=0 CS_NOW=2026-11-23T09:00
check() {
	cs-due --no-cache --format csv >cold.$$
	CS_CACHE_TRACE=1 cs-due --format csv >warm.$$
	cmp -s cold.$$ warm.$$ && echo "$1: same, $(wc -l <cold.$$) lines" ||
	    diff cold.$$ warm.$$
}
check first
printf 'XYZ' | dd of=.cs-cache/visit-days bs=1 seek=5000 conv=notrunc 2>/dev/null
printf '\377' | dd of=.cs-cache/complaint-states bs=1 seek=300 conv=notrunc 2>/dev/null
check "damaged payload"
printf '\1' | dd of=.cs-cache/visit-days bs=1 seek=40 conv=notrunc 2>/dev/null
check "damaged header"
head -c 1000 .cs-cache/visit-days >cut.$$ && cat cut.$$ >.cs-cache/visit-days
check "cut short"
echo 'not a checkpoint' >.cs-cache/visit-days
check "not one"
rm -rf .cs-cache && echo 'a file' >.cs-cache
check "no directory"
cat .cs-cache
rm .cs-cache
# the index cs-log uses
L() { CS_CACHE_TRACE=1 cs-log "$@"; echo "exit $?"; }
L KH0001 --by S01 --method phone --outcome done --at '2026-11-22 10:00'
printf '\1\2\3' | dd of=.cs-cache/visit-index bs=1 seek=100 conv=notrunc 2>/dev/null
L KH0001 --by S01 --method phone --outcome done --at '2026-11-22 10:00'
L KH0001 --by S01 --method phone --outcome done --at '2026-11-22 10:05'
>>> stdout
first: same, 118 lines
damaged payload: same, 118 lines
damaged header: same, 118 lines
cut short: same, 118 lines
not one: same, 118 lines
no directory: same, 118 lines
a file
V002527
exit 0
exit 65
V002528
exit 0
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
cs-due: cache: visit-days: not used: damaged
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347848 (line 2528)
cs-due: cache: complaint-states: not used: damaged
cs-due: cache: complaint-states: reading all of complaints.csv
cs-due: cache: complaint-states: written at byte 36989 (line 259)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 0 of 200
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: not used: damaged
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347848 (line 2528)
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 0 of 200
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: not used: damaged
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347848 (line 2528)
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 0 of 200
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: not used: damaged
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347848 (line 2528)
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 0 of 200
cs-due: cache: store-rows: none
cs-due: cache: store-events: none
cs-due: cache: store-rows: cannot write
cs-due: cache: store-events: cannot write
cs-due: cache: visit-days: none
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: cannot write
cs-due: cache: complaint-states: none
cs-due: cache: complaint-states: reading all of complaints.csv
cs-due: cache: complaint-states: cannot write
cs-due: cache: due: none
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: cannot write
cs-log: cache: customer-index: none
cs-log: cache: customer-index: reading all of customers.csv
cs-log: cache: customer-index: written at byte 20065 (line 202)
cs-log: cache: visit-index: none
cs-log: cache: visit-index: reading all of visits.csv
cs-log: cache: visit-index: written at byte 347942 (line 2529)
cs-log: cache: customer-index: resumes at byte 20065 (line 202)
cs-log: cache: visit-index: not used: damaged
cs-log: cache: visit-index: reading all of visits.csv
cs-log: cache: customer-index: reading all of customers.csv
cs-log: duplicate of visit V002527 (customer KH0001, staff S01, at 2026-11-22T10:00:00+08:00)
cs-log: cache: visit-index: written at byte 347942 (line 2529)
cs-log: cache: customer-index: resumes at byte 20065 (line 202)
cs-log: cache: visit-index: resumes at byte 347942 (line 2529)
>>> exit 0
