# checkpoints read as they are used (due, complaint-states): damaged
# bytes anywhere, even at the very end, make the run start again without
# them, and the output is the same
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml .
export CS_CACHE_MIN=0 CS_NOW=2026-11-23T09:00
check() {
	cs-due --no-cache --format csv >cold.$$
	CS_CACHE_TRACE=1 cs-due --format csv 2>&1 >warm.$$ |
	    grep -E 'cache: (due|complaint-states):'
	cmp -s cold.$$ warm.$$ && echo "$1: same, $(wc -l <cold.$$) lines" ||
	    diff cold.$$ warm.$$
}
damage() {
	size=$(wc -c <".cs-cache/$1")
	printf "$3" | dd of=".cs-cache/$1" bs=1 seek=$((size - $2)) conv=notrunc 2>/dev/null
}
cs-due --format csv >/dev/null
damage due 1 '\377'
damage complaint-states 1 'X'
check "the last byte"
damage due 20 '\177\177\177\177'
check "an occurrence's rule"
head -c -100 .cs-cache/due >cut.$$ && cat cut.$$ >.cs-cache/due
check "cut short"
cs-log --no-cache KH0001 --by S01 --method phone --outcome done --at '2026-11-22 10:00' >/dev/null
damage due 1 '\376'
check "damaged, one customer changed"
>>> stdout
cs-due: cache: complaint-states: not used: damaged
cs-due: cache: complaint-states: reading all of complaints.csv
cs-due: cache: complaint-states: written at byte 36989 (line 259)
cs-due: cache: due: not used: damaged
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
the last byte: same, 118 lines
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: not used: damaged
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
an occurrence's rule: same, 118 lines
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: not used: damaged
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347848 (line 1)
cut short: same, 118 lines
cs-due: cache: complaint-states: resumes at byte 36989 (line 259)
cs-due: cache: due: not used: damaged
cs-due: cache: due: computing all 200 customers
cs-due: cache: due: written at byte 347942 (line 1)
damaged, one customer changed: same, 116 lines
>>> exit 0
