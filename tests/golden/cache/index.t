# cs-log and cs-complain through the index do what they do reading all of
# the ledger: the same ids, the same refusals and messages, the same rows
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
	grep ': cache: ' warm/err | sed 's/^/  /'
}
run cs-log KH0001 --by S01 --method phone --outcome done --at '2026-11-22 10:00'
run cs-log KH0001 --by S01 --method phone --outcome done --at '2026-11-22 10:00'
# a visit in the samples again
set -- $(awk -F, '$4 == "S01" && $1 > "V000050" { print $3, $4, $2, $1; exit }' cold/visits.csv)
echo "$4"
old=$4
run cs-log "$1" --by "$2" --method phone --outcome done --at "$3"
run cs-log --amends "$old" --method sms
run cs-log --amends "$old" --note 'called back'
run cs-log "$1" --by "$2" --method sms --outcome done --at "$3"
run cs-log --amends V999999 --outcome refused
run cs-log --amends V002528 --note 'the first correction'
printf '%s\n' 'customer,staff,at,method,outcome' "$1,$2,$3,phone,done" 'KH0002,S01,2026-11-21 09:00,phone,done' >cold/batch.csv
cp cold/batch.csv warm/
run cs-log --import batch.csv
printf '%s\n' 'customer,staff,at,method,outcome' 'KH0002,S01,2026-11-21 09:00,phone,done' 'KH0003,S01,2026-11-21 09:30,phone,done' >cold/batch.csv
cp cold/batch.csv warm/
run cs-log --import batch.csv
run cs-log KH0003 --by S01 --method phone --outcome done --at '2026-11-21 09:30'
run cs-complain open KH0008 --severity general --category service --channel phone --summary 'no call back' --at '2026-11-23 08:00'
id=$(head -1 warm/out)
run cs-complain reply "$id" --by S01 --at '2026-11-23 08:30'
run cs-complain reply "$id" --by S01 --at '2026-11-23 08:40'
run cs-complain resolve "$id" --by S01 --at '2026-11-23 08:45'
run cs-complain revisit "$id" --by S01 --at '2026-11-23 08:50' --scores 1,2,2,2
run cs-complain note C2099-0001 --by S01 --note x
run cs-complain open KH0009 --severity serious --category product --channel onsite --summary 'engine noise' --at '2026-11-23 08:55'
run cs-log KH0008 --by S01 --method phone --outcome done --complaint "$id" --at '2026-11-23 08:59'
run cs-complain escalate --by S09 --format csv
run cs-complain escalate --by S09 --format csv --now 2026-11-25T10:00
run cs-complain escalate --by S09 --format csv --now 2026-11-25T10:05
run cs-complain list --open --format csv --now 2026-11-25T10:05
cmp cold/visits.csv warm/visits.csv && echo "visits.csv: same"
cmp cold/complaints.csv warm/complaints.csv && echo "complaints.csv: same"
ls warm/.cs-cache
>>> stdout
1: same: V002527 exit 0 
  cs-log: cache: customer-index: none
  cs-log: cache: customer-index: reading all of customers.csv
  cs-log: cache: customer-index: written at byte 20065 (line 202)
  cs-log: cache: visit-index: none
  cs-log: cache: visit-index: reading all of visits.csv
  cs-log: cache: visit-index: written at byte 347942 (line 2529)
2: same: exit 65 cs-log: duplicate of visit V002527 (customer KH0001, staff S01, at 2026-11-22T10:00:00+08:00) 
  cs-log: cache: customer-index: resumes at byte 20065 (line 202)
  cs-log: cache: visit-index: resumes at byte 347942 (line 2529)
V000051
3: same: exit 65 cs-log: duplicate of visit V000051 (customer KH0059, staff S01, at 2025-12-01T16:16:00+08:00) 
  cs-log: cache: customer-index: resumes at byte 20065 (line 202)
  cs-log: cache: visit-index: resumes at byte 347942 (line 2529)
4: same: V002528 exit 0 
  cs-log: cache: customer-index: resumes at byte 20065 (line 202)
  cs-log: cache: visit-index: resumes at byte 347942 (line 2529)
5: same: V002529 exit 0 
  cs-log: cache: customer-index: resumes at byte 20065 (line 202)
  cs-log: cache: visit-index: resumes at byte 348098 (line 2530)
6: same: exit 65 cs-log: duplicate of visit V002529 (customer KH0059, staff S01, at 2025-12-01T16:16:00+08:00) 
  cs-log: cache: customer-index: resumes at byte 20065 (line 202)
  cs-log: cache: visit-index: resumes at byte 348208 (line 2531)
7: same: exit 65 cs-log: unknown visit "V999999" in --amends 
  cs-log: cache: customer-index: resumes at byte 20065 (line 202)
  cs-log: cache: visit-index: resumes at byte 348208 (line 2531)
8: same: V002530 exit 0 
  cs-log: cache: customer-index: resumes at byte 20065 (line 202)
  cs-log: cache: visit-index: resumes at byte 348208 (line 2531)
9: same: exit 65 cs-log: batch.csv:2: duplicate of visit V002530 (customer KH0059, staff S01, at 2025-12-01T16:16:00+08:00) cs-log: batch.csv: 1 bad row, nothing imported 
  cs-log: cache: customer-index: resumes at byte 20065 (line 202)
  cs-log: cache: visit-index: resumes at byte 348327 (line 2532)
10: same: V002531-V002532 exit 0 
  cs-log: cache: customer-index: resumes at byte 20065 (line 202)
  cs-log: cache: visit-index: resumes at byte 348327 (line 2532)
11: same: exit 65 cs-log: duplicate of visit V002532 (customer KH0003, staff S01, at 2026-11-21T09:30:00+08:00) 
  cs-log: cache: customer-index: resumes at byte 20065 (line 202)
  cs-log: cache: visit-index: resumes at byte 348515 (line 2534)
12: same: C2026-0036 exit 0 
  cs-complain: cache: store-rows: none
  cs-complain: cache: store-events: none
  cs-complain: cache: store-rows: written at byte 20065 (line 202)
  cs-complain: cache: store-customers: written at byte 20065 (line 202)
  cs-complain: cache: store-events: written at byte 43499 (line 543)
  cs-complain: cache: complaint-index: none
  cs-complain: cache: complaint-index: reading all of complaints.csv
  cs-complain: cache: complaint-index: written at byte 37121 (line 260)
13: same: exit 0 
  cs-complain: cache: store-rows: resumes at byte 20065 (line 202)
  cs-complain: cache: store-customers: resumes at byte 20065 (line 202)
  cs-complain: cache: store-events: resumes at byte 43499 (line 543)
  cs-complain: cache: complaint-index: resumes at byte 37121 (line 260)
14: same: exit 65 cs-complain: C2026-0036: reply already recorded at 2026-11-23 08:30 (milestone reply) 
  cs-complain: cache: store-rows: resumes at byte 20065 (line 202)
  cs-complain: cache: store-customers: resumes at byte 20065 (line 202)
  cs-complain: cache: store-events: resumes at byte 43499 (line 543)
  cs-complain: cache: complaint-index: resumes at byte 37210 (line 261)
15: same: exit 0 
  cs-complain: cache: store-rows: resumes at byte 20065 (line 202)
  cs-complain: cache: store-customers: resumes at byte 20065 (line 202)
  cs-complain: cache: store-events: resumes at byte 43499 (line 543)
  cs-complain: cache: complaint-index: resumes at byte 37210 (line 261)
16: same: exit 0 
  cs-complain: cache: store-rows: resumes at byte 20065 (line 202)
  cs-complain: cache: store-customers: resumes at byte 20065 (line 202)
  cs-complain: cache: store-events: resumes at byte 43499 (line 543)
  cs-complain: cache: complaint-index: resumes at byte 37301 (line 262)
17: same: exit 65 cs-complain: unknown complaint "C2099-0001" 
  cs-complain: cache: store-rows: resumes at byte 20065 (line 202)
  cs-complain: cache: store-customers: resumes at byte 20065 (line 202)
  cs-complain: cache: store-events: resumes at byte 43499 (line 543)
  cs-complain: cache: complaint-index: resumes at byte 37629 (line 265)
18: same: C2026-0037 exit 0 
  cs-complain: cache: store-rows: resumes at byte 20065 (line 202)
  cs-complain: cache: store-customers: resumes at byte 20065 (line 202)
  cs-complain: cache: store-events: resumes at byte 43499 (line 543)
  cs-complain: cache: complaint-index: resumes at byte 37629 (line 265)
19: same: V002533 exit 0 
  cs-log: cache: customer-index: resumes at byte 20065 (line 202)
  cs-log: cache: visit-index: resumes at byte 348515 (line 2534)
  cs-log: cache: customer-index: reading all of customers.csv
20: same: holder,holder_name,role,complaint,customer,name,milestone,due,late,escalated S06,赵娟,advisor,C2026-0031,KH0058,陈俊琴,revisit,2026-11-20 14:30,3h30m, S10,付卫帆,gm,C2026-0034,KH0096,孙萍,answer,2026-11-18 10:20,21h10m, exit 0 
  cs-complain: cache: store-rows: resumes at byte 20065 (line 202)
  cs-complain: cache: store-customers: resumes at byte 20065 (line 202)
  cs-complain: cache: store-events: resumes at byte 43499 (line 543)
  cs-complain: cache: complaint-index: resumes at byte 37754 (line 266)
  cs-complain: cache: complaint-states: none
  cs-complain: cache: complaint-states: reading all of complaints.csv
  cs-complain: cache: complaint-states: written at byte 37754 (line 266)
21: same: holder,holder_name,role,complaint,customer,name,milestone,due,late,escalated S08,蒋建明,supervisor,C2026-0035,KH0032,袁琴,answer,2026-11-23 15:40,10h50m,supervisor S09,张春艳,manager,C2026-0031,KH0058,陈俊琴,revisit,2026-11-20 14:30,19h30m,manager S09,张春艳,manager,C2026-0036,KH0008,周卫璐,reply,2026-11-23 11:00,14h,manager S10,付卫帆,gm,C2026-0034,KH0096,孙萍,answer,2026-11-18 10:20,37h10m, S10,付卫帆,gm,C2026-0037,KH0009,苏晓鹏,reply,2026-11-23 11:00,14h, exit 0 
  cs-complain: cache: store-rows: resumes at byte 20065 (line 202)
  cs-complain: cache: store-customers: resumes at byte 20065 (line 202)
  cs-complain: cache: store-events: resumes at byte 43499 (line 543)
  cs-complain: cache: complaint-index: resumes at byte 37947 (line 268)
  cs-complain: cache: complaint-states: resumes at byte 37754 (line 266)
  cs-complain: cache: complaint-states: written at byte 37947 (line 268)
22: same: exit 0 
  cs-complain: cache: store-rows: resumes at byte 20065 (line 202)
  cs-complain: cache: store-customers: resumes at byte 20065 (line 202)
  cs-complain: cache: store-events: resumes at byte 43499 (line 543)
  cs-complain: cache: complaint-index: resumes at byte 38801 (line 276)
  cs-complain: cache: complaint-states: resumes at byte 37947 (line 268)
  cs-complain: cache: complaint-states: written at byte 38801 (line 276)
23: same: id,customer,name,severity,category,state,holder,milestone,due,late C2026-0031,KH0058,陈俊琴,general,price,resolved,S09,revisit,2026-11-20 14:30,19h35m C2026-0033,KH0172,孙国燕,general,price,waiting,S02,answer,2026-11-25 17:55, C2026-0034,KH0096,孙萍,general,repair,open,S10,answer,2026-11-18 10:20,37h15m C2026-0035,KH0032,袁琴,general,service,open,S08,answer,2026-11-23 15:40,10h55m C2026-0036,KH0008,周卫璐,general,service,open,S09,reply,2026-11-23 11:00,14h05m C2026-0037,KH0009,苏晓鹏,serious,product,open,S10,reply,2026-11-23 11:00,14h05m exit 0 
  cs-complain: cache: store-rows: resumes at byte 20065 (line 202)
  cs-complain: cache: store-customers: resumes at byte 20065 (line 202)
  cs-complain: cache: store-events: resumes at byte 43499 (line 543)
  cs-complain: cache: complaint-states: resumes at byte 38801 (line 276)
visits.csv: same
complaints.csv: same
complaint-index
complaint-states
customer-index
store-customers
store-events
store-rows
visit-index
>>> exit 0
