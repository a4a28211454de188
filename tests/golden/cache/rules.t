# the rules, customers.csv or staff.csv changed: not used
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml .
export CS_CACHE_MIN=0 CS_NOW=2026-11-23T09:00
check() {
	cs-due --no-cache --format csv >cold.$$
	CS_CACHE_TRACE=1 cs-due --format csv >warm.$$
	cmp -s cold.$$ warm.$$ && echo "$1: same, $(wc -l <cold.$$) lines" ||
	    diff cold.$$ warm.$$
}
check first
sed 's/^low_score: 2 /low_score: 3 /' rules.yaml >r.$$ && cat r.$$ >rules.yaml
grep '^low_score' rules.yaml
check "low_score 3"
check "again"
# another rule set altogether, by name
cs-due --no-cache -r standard --format csv >cold.$$
CS_CACHE_TRACE=1 cs-due -r standard --format csv >warm.$$
cmp cold.$$ warm.$$ && echo "standard: same, $(wc -l <cold.$$) lines"
check "rules.yaml again"
echo 'KH9999,新客户,routine,13900000000,S01,urban,2026-11-01,,,,,' >>customers.csv
check "a new customer"
sed 's/^S06,\([^,]*\),advisor,/S06,\1,supervisor,/' staff.csv >s.$$ && cat s.$$ >staff.csv
check "a staff member's role"
>>> stdout
first: same, 118 lines
low_score: 3                              # S2: a score of 2 or less needs a follow-up
low_score 3: same, 247 lines
again: same, 247 lines
standard: same, 388 lines
rules.yaml again: same, 247 lines
a new customer: same, 248 lines
a staff member's role: same, 248 lines
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
cs-due: cache: visit-days: not used: other rules, customers or staff
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347848 (line 2528)
cs-due: cache: complaint-states: not used: other rules, customers or staff
cs-due: cache: complaint-states: reading all of complaints.csv
cs-due: cache: complaint-states: written at byte 36989 (line 259)
cs-due: cache: due: not used: other rules, customers or staff
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
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: not used: other rules, customers or staff
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347848 (line 2528)
cs-due: cache: complaint-states: not used: other rules, customers or staff
cs-due: cache: complaint-states: reading all of complaints.csv
cs-due: cache: complaint-states: written at byte 36989 (line 259)
cs-due: cache: due: not used: other rules, customers or staff
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-due: cache: store-rows: resumes at byte 20065 (line 202)
cs-due: cache: store-customers: resumes at byte 20065 (line 202)
cs-due: cache: store-events: resumes at byte 43499 (line 543)
cs-due: cache: visit-days: not used: other rules, customers or staff
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347848 (line 2528)
cs-due: cache: complaint-states: not used: other rules, customers or staff
cs-due: cache: complaint-states: reading all of complaints.csv
cs-due: cache: complaint-states: written at byte 36989 (line 259)
cs-due: cache: due: not used: other rules, customers or staff
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-due: cache: store-rows: not used: other rules, customers or staff
cs-due: cache: store-events: not used: other rules, customers or staff
cs-due: cache: store-rows: written at byte 20128 (line 203)
cs-due: cache: store-customers: written at byte 20128 (line 203)
cs-due: cache: store-events: written at byte 43499 (line 543)
cs-due: cache: visit-days: not used: other rules, customers or staff
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347848 (line 2528)
cs-due: cache: complaint-states: not used: other rules, customers or staff
cs-due: cache: complaint-states: reading all of complaints.csv
cs-due: cache: complaint-states: written at byte 36989 (line 259)
cs-due: cache: due: not used: other rules, customers or staff
cs-due: cache: due: computing all 201 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-due: cache: store-rows: not used: other rules, customers or staff
cs-due: cache: store-events: not used: other rules, customers or staff
cs-due: cache: store-rows: written at byte 20128 (line 203)
cs-due: cache: store-customers: written at byte 20128 (line 203)
cs-due: cache: store-events: written at byte 43499 (line 543)
cs-due: cache: visit-days: not used: other rules, customers or staff
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 347848 (line 2528)
cs-due: cache: complaint-states: not used: other rules, customers or staff
cs-due: cache: complaint-states: reading all of complaints.csv
cs-due: cache: complaint-states: written at byte 36989 (line 259)
cs-due: cache: due: not used: other rules, customers or staff
cs-due: cache: due: computing all 201 customers
cs-due: cache: due: written at byte 347848 (line 1)
>>> exit 0
