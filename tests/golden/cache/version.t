# a checkpoint or index made by another version of the program is not used
# (CS_CACHE_VERSION stands in for one)
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml .
export CS_CACHE_MIN=0 CS_NOW=2026-11-23T09:00
cs-due --no-cache --format csv >cold.$$
CS_CACHE_VERSION=0.9 cs-due --format csv >/dev/null
CS_CACHE_TRACE=1 cs-due --format csv >warm.$$
cmp cold.$$ warm.$$ && echo "same, $(wc -l <cold.$$) lines"
CS_CACHE_TRACE=1 CS_CACHE_VERSION=0.9 cs-log KH0001 --by S01 --method phone --outcome done
CS_CACHE_TRACE=1 cs-log KH0002 --by S01 --method phone --outcome done
>>> stdout
same, 118 lines
V002527
V002528
>>> stderr
cs-due: cache: store-rows: not used: made by another version
cs-due: cache: store-events: not used: made by another version
cs-due: cache: store-rows: written at byte 20065 (line 202)
cs-due: cache: store-customers: written at byte 20065 (line 202)
cs-due: cache: store-events: written at byte 43499 (line 543)
cs-due: cache: visit-days: not used: made by another version
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347848 (line 2528)
cs-due: cache: complaint-states: not used: made by another version
cs-due: cache: complaint-states: reading all of complaints.csv
cs-due: cache: complaint-states: written at byte 36989 (line 259)
cs-due: cache: due: not used: made by another version
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-log: cache: customer-index: none
cs-log: cache: customer-index: reading all of customers.csv
cs-log: cache: customer-index: written at byte 20065 (line 202)
cs-log: cache: visit-index: none
cs-log: cache: visit-index: reading all of visits.csv
cs-log: cache: visit-index: written at byte 347942 (line 2529)
cs-log: cache: customer-index: not used: made by another version
cs-log: cache: customer-index: reading all of customers.csv
cs-log: cache: customer-index: written at byte 20065 (line 202)
cs-log: cache: visit-index: not used: made by another version
cs-log: cache: visit-index: reading all of visits.csv
cs-log: cache: visit-index: written at byte 348036 (line 2530)
>>> exit 0
