# -o /dev/stdout is standard output as the command got it: a file opened
# for appending is appended to, not truncated by a reopen
echo "old line" >log
cs-due -d "$DATA/issue4/dealer" -r auto-dealer --now 2026-11-23T09:00+08:00 --overdue -o /dev/stdout >>log; echo "exit $?"
cs-plan -d "$DATA/issue4/dealer" -r auto-dealer --now 2026-11-23T09:00+08:00 --from 2026-11-24 --to 2026-11-24 -o /dev/stdout >>log; echo "exit $?"
cat log
>>> stdout
exit 0
exit 0
old line
kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0002,周强,S01,key-weekly,phone,2026-11-13,overdue,37h30m,
complaint,KH0005,王强,S01,answer,,2026-11-20 10:00,overdue,6h30m,C2026-0001
date,staff,customer,name,rule,method,purpose,earliest,latest,status
2026-11-24,S01,KH0001,陈明,key-weekly,phone,大客户定期回访,2026-11-23,2026-11-29,planned
2026-11-24,S01,KH0002,周强,key-weekly,phone,大客户定期回访,2026-11-23,2026-11-29,planned
2026-11-24,S01,KH0004,郑丽,routine-monthly,phone,例行回访,2026-11-01,2026-11-30,planned
2026-11-24,S02,KH0005,王强,contract-renewal,onsite,到期通知及续约拜访,2026-11-20,2026-12-20,planned
2026-11-24,S02,KH0010,林峰,routine-monthly,phone,例行回访,2026-11-19,2026-11-30,planned
2026-11-24,S02,KH0010,林峰,delivery,phone,新车交付回访,2026-11-19,2026-11-25,planned
>>> exit 0
