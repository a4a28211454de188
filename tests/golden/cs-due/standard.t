# standard.yaml: a routine customer last visited 2026-10-05 is due in
# November ...
cs-due -d $DATA/issue4/standard -r standard --now 2026-11-23T09:00+08:00 --staff S01
echo ---
# ... and overdue on 2026-12-01
cs-due -d $DATA/issue4/standard -r standard --now 2026-12-01T09:00+08:00 --staff S01 --overdue
>>> stdout
kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0201,赵一,S01,dormant-month,phone,2026-08-31,overdue,412h30m,
visit,KH0202,钱二,S01,dormant-month,phone,2026-08-31,overdue,412h30m,
visit,KH0201,赵一,S01,dormant-month,phone,2026-11-13,due,,
visit,KH0201,赵一,S01,first-visit,phone,2026-11-23,due,,
visit,KH0201,赵一,S01,routine-monthly,phone,2026-11-30,due,,
---
kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0201,赵一,S01,dormant-month,phone,2026-09-30,overdue,292h30m,
visit,KH0202,钱二,S01,dormant-month,phone,2026-10-30,overdue,157h30m,
visit,KH0201,赵一,S01,first-visit,phone,2026-11-23,overdue,37h30m,
visit,KH0201,赵一,S01,dormant-month,phone,2026-11-13,overdue,0m,
visit,KH0201,赵一,S01,routine-monthly,phone,2026-11-30,overdue,0m,
>>> exit 0
