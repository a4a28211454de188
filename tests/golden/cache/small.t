# ledgers under $CS_CACHE_MIN bytes (default 1 MiB) get no cache: samples/
# stays as it is
unset CS_CACHE_MIN CS_CACHE_VERSION
export CS_NOW=2026-11-23T09:00
CS_CACHE_TRACE=1 cs-due -d "$SAMPLES" --format csv | wc -l
ls -A "$SAMPLES" | grep -c cs-cache
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml .
CS_CACHE_MIN=300000 CS_CACHE_TRACE=1 cs-due --format csv | wc -l
ls .cs-cache
>>> stdout
118
0
118
due
visit-days
>>> stderr
cs-due: cache: visit-days: none
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: complaint-states: none
cs-due: cache: complaint-states: reading all of complaints.csv
cs-due: cache: visit-days: none
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347848 (line 2528)
cs-due: cache: complaint-states: none
cs-due: cache: complaint-states: reading all of complaints.csv
cs-due: cache: due: none
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
>>> exit 0
