# --since narrows the look-back for overdue visits
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00+08:00 --overdue --since 2026-11-20
>>> stdout
kind,customer,name,staff,what,method,due,status,late,complaint
complaint,KH0005,王强,S01,answer,,2026-11-20 10:00,overdue,6h30m,C2026-0001
visit,KH0002,周强,S01,key-weekly,phone,2026-11-20,overdue,0m,
>>> exit 0
