# cs-log finds customers through DIR/.cs-cache/customer-index: made by one
# full, checked read of customers.csv, used while customers.csv and
# staff.csv stay as they are, made again when either changes (a
# spreadsheet rewrites customers.csv whole: in place, as a new file, with
# the same size and its time set back).  Each run is compared with a
# --no-cache run on a copy: the same output, refusals and messages.
mkdir cold warm
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml cold
cp "$SAMPLES"/*.csv "$SAMPLES"/rules.yaml warm
export CS_CACHE_MIN=0 CS_NOW=2026-11-23T09:00
n=0
run() {
	n=$((n + 1))
	(cd cold && "$@" --no-cache >out 2>err; echo "exit $?" >>out)
	(cd warm && CS_CACHE_TRACE=1 "$@" >out 2>err; echo "exit $?" >>out)
	grep -v ': cache: ' warm/err >warm/err2
	if cmp -s cold/out warm/out && cmp -s cold/err warm/err2; then
		echo "$n: same: $(cat cold/out cold/err | tr '\n' ' ')"
	else
		echo "$n: DIFFERENT"; diff cold/out warm/out; diff cold/err warm/err2
	fi
	grep ': cache: customer-index' warm/err | sed 's/^/  /'
}
both() {
	(cd cold && sh -c "$1") && (cd warm && sh -c "$1")
}
log() {
	run cs-log "$1" --by "${2:-S01}" --method phone --outcome done --at '2026-11-22 10:00'
}
log KH0001
log KH0200
log KH9999
log 1.2E+5
echo "# a new customer: customers.csv rewritten in place"
both 'sed "\$a KH9999,新客户,routine,13800000000,S01,urban,2026-11-01,,,,," customers.csv >new && cat new >customers.csv'
log KH9999
log KH0002
echo "# an active column (a new file in its place): KH0002 is not"
both 'awk -F, -v OFS=, "NR == 1 { print \$0, \"active\"; next } { print \$0, (\$1 == \"KH0002\" ? \"no\" : \"yes\") }" customers.csv >new && mv new customers.csv'
log KH0002
log KH0003
echo "# same size, other bytes, the time set back (KH0012 has no visits)"
both 'cp -p customers.csv old && sed "s/^KH0012,/KH0412,/" old >new && cat new >customers.csv && touch -r old customers.csv'
test "$(wc -c <warm/customers.csv)" = "$(wc -c <warm/old)" && echo "same size"
log KH0012
log KH0412
echo "# staff.csv changed"
both 'echo "S11,新人,specialist,一组,5,yes" >>staff.csv'
log KH0010 S11
echo "# a damaged index"
(cd warm && printf 'xxxx' | dd of=.cs-cache/customer-index bs=1 seek=100 conv=notrunc 2>/dev/null)
log KH0011
log KH0014
echo "# a bad customers.csv: said each time, no index made of it"
both 'sed "3s/,S05,/,S99,/" customers.csv >new && cat new >customers.csv'
log KH0013
log KH0013
cmp cold/visits.csv warm/visits.csv && echo "visits.csv: same"
ls warm/.cs-cache
>>> stdout
1: same: V002527 exit 0 
  cs-log: cache: customer-index: none
  cs-log: cache: customer-index: reading all of customers.csv
  cs-log: cache: customer-index: written at byte 20065 (line 202)
2: same: V002528 exit 0 
  cs-log: cache: customer-index: resumes at byte 20065 (line 202)
3: same: exit 65 cs-log: unknown customer "KH9999" 
  cs-log: cache: customer-index: resumes at byte 20065 (line 202)
4: same: exit 65 cs-log: customer id "1.2E+5" in scientific notation (expected the id as text: format the column as text in the spreadsheet) 
  cs-log: cache: customer-index: resumes at byte 20065 (line 202)
# a new customer: customers.csv rewritten in place
5: same: V002529 exit 0 
  cs-log: cache: customer-index: not used: other rules, customers or staff
  cs-log: cache: customer-index: reading all of customers.csv
  cs-log: cache: customer-index: written at byte 20128 (line 203)
6: same: V002530 exit 0 
  cs-log: cache: customer-index: resumes at byte 20128 (line 203)
# an active column (a new file in its place): KH0002 is not
7: same: exit 65 cs-log: customer "KH0002" is not active 
  cs-log: cache: customer-index: not used: other rules, customers or staff
  cs-log: cache: customer-index: reading all of customers.csv
  cs-log: cache: customer-index: written at byte 20938 (line 203)
8: same: V002531 exit 0 
  cs-log: cache: customer-index: resumes at byte 20938 (line 203)
  cs-log: cache: customer-index: reading all of customers.csv
# same size, other bytes, the time set back (KH0012 has no visits)
same size
9: same: exit 65 cs-log: unknown customer "KH0012" 
  cs-log: cache: customer-index: not used: other rules, customers or staff
  cs-log: cache: customer-index: reading all of customers.csv
  cs-log: cache: customer-index: written at byte 20938 (line 203)
10: same: V002532 exit 0 
  cs-log: cache: customer-index: resumes at byte 20938 (line 203)
  cs-log: cache: customer-index: reading all of customers.csv
# staff.csv changed
11: same: V002533 exit 0 
  cs-log: cache: customer-index: not used: other rules, customers or staff
  cs-log: cache: customer-index: reading all of customers.csv
  cs-log: cache: customer-index: written at byte 20938 (line 203)
# a damaged index
12: same: V002534 exit 0 
  cs-log: cache: customer-index: not used: damaged
  cs-log: cache: customer-index: reading all of customers.csv
  cs-log: cache: customer-index: written at byte 20938 (line 203)
13: same: V002535 exit 0 
  cs-log: cache: customer-index: resumes at byte 20938 (line 203)
# a bad customers.csv: said each time, no index made of it
14: same: exit 65 cs-log: customers.csv:3: unknown staff "S99" in column owner 
  cs-log: cache: customer-index: not used: other rules, customers or staff
  cs-log: cache: customer-index: reading all of customers.csv
15: same: exit 65 cs-log: customers.csv:3: unknown staff "S99" in column owner 
  cs-log: cache: customer-index: not used: other rules, customers or staff
  cs-log: cache: customer-index: reading all of customers.csv
visits.csv: same
customer-index
visit-index
>>> exit 0
