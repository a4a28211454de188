# no notices outside working hours: at night, at lunch, on a holiday, on a
# Sunday, before the day starts; nothing is appended; the reply due
# 2026-05-06 10:00 (after Labour Day) is chased at 10:30
cp -r "$DATA/issue3/store" d
C() { cs-complain -d d -r "$RULES/auto-dealer.yaml" "$@"; echo "exit $?"; }
C --now '2026-04-30 17:00' open KH0001 --severity general --category parts --channel phone --summary '配件未到'
cp d/complaints.csv before
for t in '2026-04-30 20:00' '2026-05-01 10:00' '2026-05-06 12:30' '2026-05-10 10:00' '2026-05-06 08:59'; do
	C --now "$t" escalate
done
cmp before d/complaints.csv && echo unchanged
C --now '2026-05-06 09:00' escalate --format csv
C --now '2026-05-06 10:30' escalate --format csv
>>> stdout
C2026-0001
exit 0
exit 0
exit 0
exit 0
exit 0
exit 0
unchanged
exit 0
holder,holder_name,role,complaint,customer,name,milestone,due,late,escalated
S01,李娜,specialist,C2026-0001,KH0001,王建国,reply,2026-05-06 10:00,30m,
exit 0
>>> exit 0
