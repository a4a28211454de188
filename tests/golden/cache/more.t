# the visit-days checkpoint grows by parts appended to visit-days.more,
# each the rows after the one before; a part that does not hold (torn,
# damaged, another checkpoint's, the ledger changed under it) is not used
# nor are those after it, and the next write is a whole checkpoint, as it
# is once the parts are an eighth of it
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml .
export CS_CACHE_MIN=0 CS_NOW=2026-11-23T09:00
check() {
	cs-due --no-cache --format csv >cold.$$
	CS_CACHE_TRACE=1 cs-due --format csv 2>&1 >warm.$$ | grep visit-days
	cmp -s cold.$$ warm.$$ && echo "$1: same, $(wc -l <cold.$$) lines" ||
	    diff cold.$$ warm.$$
}
n=3000
add() {
	n=$((n + 1))
	echo "V00$n,2026-11-2${2}T10:00:00+08:00,KH0$1,S01,phone,done,4,4,4,$3,,,by hand,,,S01" >>visits.csv
}
cs-due --format csv >/dev/null
add 001 1 4
check "one part"
add 002 1 2
check "two parts"
head -c -10 .cs-cache/visit-days.more >cut.$$ && cat cut.$$ >.cs-cache/visit-days.more
check "the second torn"
ls .cs-cache | grep -c more
add 003 2 4
check "a part again"
size=$(wc -c <.cs-cache/visit-days.more)
printf 'X' | dd of=.cs-cache/visit-days.more bs=1 seek=$((size - 3)) conv=notrunc 2>/dev/null
check "damaged"
add 004 2 4
check "a part again"
cp .cs-cache/visit-days.more old.$$
rm .cs-cache/visit-days
check "no checkpoint"
cp old.$$ .cs-cache/visit-days.more
add 005 2 4
check "another checkpoint's parts"
add 006 2 4
check "a part again"
sed '$ s/,4,4,4,4,,,by hand,/,4,4,4,1,,,by hand,/' visits.csv >edit.$$ && cat edit.$$ >visits.csv
check "the last row edited by hand"
add 007 2 3
CS_CACHE_VERSION=other check "another version"
for k in 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29; do
	add 0$k 2 4
	CS_CACHE_TRACE=1 cs-due --format csv 2>&1 >/dev/null |
	    grep -E 'visit-days(: written|.more: [0-9]+ parts?:)' | sed "s/^/$k /"
done
check "after many"
>>> stdout
cs-due: cache: visit-days: resumes at byte 347848 (line 2528)
cs-due: cache: visit-days: rows after it: 1
cs-due: cache: visit-days.more: part appended at byte 347928 (line 2529)
one part: same, 116 lines
cs-due: cache: visit-days: resumes at byte 347848 (line 2528)
cs-due: cache: visit-days.more: 1 part: resumes at byte 347928 (line 2529)
cs-due: cache: visit-days: rows after it: 1
cs-due: cache: visit-days.more: part appended at byte 348008 (line 2530)
two parts: same, 117 lines
cs-due: cache: visit-days: resumes at byte 347848 (line 2528)
cs-due: cache: visit-days.more: part 2 on not used: torn
cs-due: cache: visit-days.more: 1 part: resumes at byte 347928 (line 2529)
cs-due: cache: visit-days: rows after it: 1
cs-due: cache: visit-days: written at byte 348008 (line 2530)
the second torn: same, 117 lines
0
cs-due: cache: visit-days: resumes at byte 348008 (line 2530)
cs-due: cache: visit-days: rows after it: 1
cs-due: cache: visit-days.more: part appended at byte 348088 (line 2531)
a part again: same, 116 lines
cs-due: cache: visit-days: resumes at byte 348008 (line 2530)
cs-due: cache: visit-days.more: part 1 on not used: damaged
cs-due: cache: visit-days: rows after it: 1
cs-due: cache: visit-days: written at byte 348088 (line 2531)
damaged: same, 116 lines
cs-due: cache: visit-days: resumes at byte 348088 (line 2531)
cs-due: cache: visit-days: rows after it: 1
cs-due: cache: visit-days.more: part appended at byte 348168 (line 2532)
a part again: same, 116 lines
cs-due: cache: visit-days: none
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 348168 (line 2532)
no checkpoint: same, 116 lines
cs-due: cache: visit-days: resumes at byte 348168 (line 2532)
cs-due: cache: visit-days.more: part 1 on not used: made for another checkpoint
cs-due: cache: visit-days: rows after it: 1
cs-due: cache: visit-days: written at byte 348248 (line 2533)
another checkpoint's parts: same, 116 lines
cs-due: cache: visit-days: resumes at byte 348248 (line 2533)
cs-due: cache: visit-days: rows after it: 1
cs-due: cache: visit-days.more: part appended at byte 348328 (line 2534)
a part again: same, 115 lines
cs-due: cache: visit-days: resumes at byte 348248 (line 2533)
cs-due: cache: visit-days.more: part 1 on not used: the ledger's bytes differ
cs-due: cache: visit-days: rows after it: 1
cs-due: cache: visit-days: written at byte 348328 (line 2534)
the last row edited by hand: same, 116 lines
cs-due: cache: visit-days: not used: made by another version
cs-due: cache: visit-days: reading all of visits.csv
cs-due: cache: visit-days: written at byte 348408 (line 2535)
another version: same, 115 lines
10 cs-due: cache: visit-days: written at byte 348488 (line 2536)
12 cs-due: cache: visit-days.more: 1 part: resumes at byte 348568 (line 2537)
13 cs-due: cache: visit-days.more: 2 parts: resumes at byte 348648 (line 2538)
14 cs-due: cache: visit-days.more: 3 parts: resumes at byte 348728 (line 2539)
15 cs-due: cache: visit-days.more: 4 parts: resumes at byte 348808 (line 2540)
16 cs-due: cache: visit-days.more: 5 parts: resumes at byte 348888 (line 2541)
17 cs-due: cache: visit-days.more: 6 parts: resumes at byte 348968 (line 2542)
18 cs-due: cache: visit-days.more: 7 parts: resumes at byte 349048 (line 2543)
19 cs-due: cache: visit-days.more: 8 parts: resumes at byte 349128 (line 2544)
20 cs-due: cache: visit-days.more: 9 parts: resumes at byte 349208 (line 2545)
21 cs-due: cache: visit-days.more: 10 parts: resumes at byte 349288 (line 2546)
21 cs-due: cache: visit-days: written at byte 349368 (line 2547)
23 cs-due: cache: visit-days.more: 1 part: resumes at byte 349448 (line 2548)
24 cs-due: cache: visit-days.more: 2 parts: resumes at byte 349528 (line 2549)
25 cs-due: cache: visit-days.more: 3 parts: resumes at byte 349608 (line 2550)
26 cs-due: cache: visit-days.more: 4 parts: resumes at byte 349688 (line 2551)
27 cs-due: cache: visit-days.more: 5 parts: resumes at byte 349768 (line 2552)
28 cs-due: cache: visit-days.more: 6 parts: resumes at byte 349848 (line 2553)
29 cs-due: cache: visit-days.more: 7 parts: resumes at byte 349928 (line 2554)
cs-due: cache: visit-days: resumes at byte 349368 (line 2547)
cs-due: cache: visit-days.more: 8 parts: resumes at byte 350008 (line 2555)
cs-due: cache: visit-days: rows after it: 0
after many: same, 104 lines
>>> exit 0
