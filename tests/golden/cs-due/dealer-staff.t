# --staff: the owner for visits, the holder for complaints
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00+08:00 --staff S01
echo ---
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00+08:00 --staff S05
echo ---
# an inactive owner still sees the customers still assigned to them
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00+08:00 --staff S04
>>> stdout
kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0002,周强,S01,key-weekly,phone,2026-11-13,overdue,37h30m,
complaint,KH0005,王强,S01,answer,,2026-11-20 10:00,overdue,6h30m,C2026-0001
visit,KH0001,陈明,S01,key-weekly,phone,2026-11-27,due,,
---
kind,customer,name,staff,what,method,due,status,late,complaint
complaint,KH0008,何静,S05,reply,,2026-11-23 11:00,due,,C2026-0004
---
kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0004,郑丽,S04,routine-monthly,phone,2026-11-30,due,,
>>> exit 0
