# the due checkpoint: what the schedule found for each customer on one
# day; a later run that day computes only the customers whose visits or
# events changed, and how late an overdue visit is when it prints.
# Another day, range, rules, version or visits.csv: all computed again
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml .
export CS_CACHE_MIN=0
check() {
	now=$1
	shift
	cs-due --no-cache --now "$now" --format csv "$@" >cold.$$ 2>cold-err.$$
	CS_CACHE_TRACE=1 cs-due --now "$now" --format csv "$@" 2>trace.$$ >warm.$$
	grep ': due:' trace.$$ >&2
	grep -v ': cache: ' trace.$$ | diff cold-err.$$ - >&2
	cmp -s cold.$$ warm.$$ && echo "$now${1:+ }$*: same, $(wc -l <cold.$$) lines, $(cksum <cold.$$)" ||
	    diff cold.$$ warm.$$
}
check 2026-11-23T09:00
# later the same day: the late ones are later
check 2026-11-23T17:30
check 2026-11-23T23:59 --overdue
# another range
check 2026-11-23T23:59 --within 1w
check 2026-11-23T23:59 --since 2026-01-01
check 2026-11-23T23:59
# the next day, and back
check 2026-11-24T00:00
check 2026-11-23T09:00
# an event for a customer, one later that day (not known at 09:00 yet)
check 2026-11-23T09:00 --within 1w
echo '2026-11-23T08:00:00+08:00,KH0010,repair,by hand' >>events.csv
check 2026-11-23T09:00 --within 1w
echo '2026-11-23T11:00:00+08:00,KH0011,repair,by hand' >>events.csv
check 2026-11-23T09:00 --within 1w
check 2026-11-23T12:00 --within 1w
grep -c 'KH001[01],' cold.$$
# a visit, a low-score one (a follow-up)
CS_NOW=2026-11-23T12:00 cs-log --no-cache KH0012 --by S01 --method phone --outcome done --scores 2,3,3,3 >/dev/null
check 2026-11-23T12:00 --within 1w
grep -c 'KH0012,.*follow-up' cold.$$
# near the end of the calendar's years: the same warnings as cold (check
# compares standard error too)
check 2026-12-28T09:00 --within 2w
CS_NOW=2026-12-28T09:00 cs-log --no-cache KH0013 --by S01 --method phone --outcome done >/dev/null
check 2026-12-28T09:00 --within 2w
# a damaged checkpoint, one cut short, not one
cs-due --now 2026-11-23T12:00 >/dev/null 2>&1
printf 'XYZ' | dd of=.cs-cache/due bs=1 seek=300 conv=notrunc 2>/dev/null
check 2026-11-23T12:00
head -c 1000 .cs-cache/due >cut.$$ && cat cut.$$ >.cs-cache/due
check 2026-11-23T12:00
echo 'not a checkpoint' >.cs-cache/due
check 2026-11-23T12:00
# --explain and --no-cache neither read nor write it
rm .cs-cache/due
CS_CACHE_TRACE=1 cs-due --now 2026-11-23T12:00 --explain --format csv 2>&1 >/dev/null | grep ': due:'
CS_CACHE_TRACE=1 cs-due --now 2026-11-23T12:00 --no-cache --format csv 2>&1 >/dev/null | grep 'cache'
test -e .cs-cache/due && echo 'due: written' || echo 'due: none'
>>> stdout
2026-11-23T09:00: same, 118 lines, 328149334 8182
2026-11-23T17:30: same, 117 lines, 2028635848 8120
2026-11-23T23:59 --overdue: same, 52 lines, 2029275033 3809
2026-11-23T23:59 --within 1w: same, 125 lines, 3661627260 8661
2026-11-23T23:59 --since 2026-01-01: same, 117 lines, 1002870877 8054
2026-11-23T23:59: same, 117 lines, 3836986110 8051
2026-11-24T00:00: same, 121 lines, 4059093721 8316
2026-11-23T09:00: same, 118 lines, 328149334 8182
2026-11-23T09:00 --within 1w: same, 125 lines, 1705258968 8715
2026-11-23T09:00 --within 1w: same, 126 lines, 319246343 8801
2026-11-23T09:00 --within 1w: same, 126 lines, 319246343 8801
2026-11-23T12:00 --within 1w: same, 127 lines, 2838636274 8871
4
2026-11-23T12:00 --within 1w: same, 127 lines, 827553620 8860
1
2026-12-28T09:00 --within 2w: same, 263 lines, 203275945 19021
2026-12-28T09:00 --within 2w: same, 262 lines, 3345457725 18958
2026-11-23T12:00: same, 117 lines, 781108102 8099
2026-11-23T12:00: same, 117 lines, 781108102 8099
2026-11-23T12:00: same, 117 lines, 781108102 8099
due: none
>>> stderr
cs-due: cache: due: none
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 0 of 200
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 0 of 200
cs-due: cache: due: not used: another range (--since, --within)
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-due: cache: due: not used: another range (--since, --within)
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-due: cache: due: not used: another range (--since, --within)
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-due: cache: due: not used: made on another day
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-due: cache: due: not used: made on another day
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-due: cache: due: not used: another range (--since, --within)
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 1 of 200
cs-due: cache: due: kept: 1 customers differ
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 1 of 200
cs-due: cache: due: kept: 1 customers differ
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 2 of 200
cs-due: cache: due: kept: 2 customers differ
cs-due: cache: due: resumes at byte 347848 (line 1)
cs-due: cache: due: customers computed: 3 of 200
cs-due: cache: due: kept: 3 customers differ
cs-due: cache: due: not used: made on another day
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347946 (line 1)
cs-due: cache: due: resumes at byte 347946 (line 1)
cs-due: cache: due: customers computed: 1 of 200
cs-due: cache: due: kept: 1 customers differ
cs-due: cache: due: not used: damaged
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 348040 (line 1)
cs-due: cache: due: not used: damaged
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 348040 (line 1)
cs-due: cache: due: not used: damaged
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 348040 (line 1)
>>> exit 0
