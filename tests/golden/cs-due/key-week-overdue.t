# a key account with no visit in the calendar week of 2026-11-23 is
# overdue on 2026-11-30 (late by the working time since Sunday ended)
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-30T10:00+08:00 --staff S01 --overdue
>>> stdout
kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0002,周强,S01,key-weekly,phone,2026-11-13,overdue,76h,
complaint,KH0005,王强,S01,answer,,2026-11-20 10:00,overdue,45h,C2026-0001
visit,KH0001,陈明,S01,key-weekly,phone,2026-11-27,overdue,1h,
>>> exit 0
