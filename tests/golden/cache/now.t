# a checkpoint holds every row it covers: asked about an earlier time
# (rows recorded after it are left out) it is not used; a run then writes
# no checkpoint of its own
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml .
export CS_CACHE_MIN=0
cs-due --now 2026-11-23T09:00 --format csv >/dev/null
for now in 2026-10-15T10:00 2026-11-23T09:00; do
	cs-due --no-cache --now $now --format csv >cold.$$
	CS_CACHE_TRACE=1 cs-due --now $now --format csv >warm.$$
	cmp cold.$$ warm.$$ && echo "$now: same, $(wc -l <cold.$$) lines"
done
cs-report --no-cache --now 2026-11-23T09:00 --format csv >cold.$$
cs-report --now 2026-11-23T09:00 --format csv >warm.$$
cmp cold.$$ warm.$$ && echo "cs-report: same, $(wc -l <cold.$$) lines"
>>> stdout
2026-10-15T10:00: same, 112 lines
2026-11-23T09:00: same, 118 lines
cs-report: same, 634 lines
>>> stderr
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: resumes at byte 347848 (line 2528)
cs-due: cache: visit-days: not used: it holds visits after --now
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: complaint-states: not used: it holds events after --now
cs-due: cache: complaint-states: reading all of complaints.csv
cs-due: cache: due: not used: made on another day
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: resumes at byte 347848 (line 2528)
cs-due: cache: visit-days: rows after it: 0
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: not used: made on another day
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
>>> exit 0
