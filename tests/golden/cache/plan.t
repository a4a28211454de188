# cs-plan reads the visit log as cs-due does: from the checkpoint (the
# same file as cs-due's) and the rows after it; --no-cache reads it all.
# The plan is the same either way.
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml .
export CS_CACHE_MIN=0 CS_NOW=2026-11-23T09:00
check() {
	cs-plan --no-cache --month 2026-12 --format csv >cold.$$ 2>/dev/null
	CS_CACHE_TRACE=1 cs-plan --month 2026-12 --format csv >warm.$$ 2>err.$$
	grep 'cache: visit-days' err.$$ >&2
	cmp -s cold.$$ warm.$$ && echo "$1: same, $(wc -l <cold.$$) lines" ||
	    diff cold.$$ warm.$$
}
check first
check again
cs-log --no-cache KH0001 --by S01 --method phone --outcome done --at '2026-11-22 10:00'
check "a visit"
cs-log --no-cache --amends V000010 --outcome refused
check "a correction"
CS_CACHE_TRACE=1 cs-due --format csv 2>&1 >/dev/null | grep 'cache: visit-days' >&2
check "after cs-due"
ls -A .cs-cache | grep visit-days
>>> stdout
first: same, 321 lines
again: same, 321 lines
V002527
a visit: same, 321 lines
V002528
a correction: same, 321 lines
after cs-due: same, 321 lines
visit-days
>>> stderr
cs-plan: cache: visit-days: none
cs-plan: cache: visit-days: reading all of visits.csv
cs-plan: cache: visit-days: written at byte 347848 (line 2528)
cs-plan: cache: visit-days: resumes at byte 347848 (line 2528)
cs-plan: cache: visit-days: rows after it: 0
cs-plan: cache: visit-days: resumes at byte 347848 (line 2528)
cs-plan: cache: visit-days: rows after it: 1
cs-plan: cache: visit-days.more: part appended at byte 347942 (line 2529)
cs-plan: cache: visit-days: resumes at byte 347848 (line 2528)
cs-plan: cache: visit-days.more: 1 part: resumes at byte 347942 (line 2529)
cs-plan: cache: visit-days: not used: the rows after it need a full read
cs-plan: cache: visit-days: reading all of visits.csv
cs-plan: cache: visit-days: written at byte 348076 (line 2530)
cs-due: cache: visit-days: resumes at byte 348076 (line 2530)
cs-due: cache: visit-days: rows after it: 0
cs-plan: cache: visit-days: resumes at byte 348076 (line 2530)
cs-plan: cache: visit-days: rows after it: 0
>>> exit 0
