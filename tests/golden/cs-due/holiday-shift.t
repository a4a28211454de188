# a repair on 2026-09-30 + 3 days lands on 10-03 (National Day): the
# visit is due Thursday 10-08; a maintenance reminder 7 days before 10-10
# lands on 10-03 too and moves EARLIER to Wednesday 09-30; the key
# accounts' week of 10-05 is due on make-up Saturday 10-10
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-10-08T09:00+08:00 --staff S01 --since 2026-10-08 --explain --format csv
echo ---
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-09-30T12:00+08:00 --staff S01 --within 8d
>>> stdout
kind,customer,name,staff,what,method,due,status,late,complaint,explain
visit,KH0007,黄磊,S01,maintenance-reminder,phone,2026-09-30,due,,,"rule maintenance-reminder: 7 days before maintenance_due, shift earlier; maintenance_due 2026-10-10 - 7 days = 2026-10-03; 2026-10-03 Sat is not a working day (国庆节): moved earlier to 2026-09-30 Wed; until maintenance_due; window 2026-09-30..2026-10-10; no done visit since 2026-09-30"
visit,KH0007,黄磊,S01,repair-3d,phone,2026-10-08,due,,,"rule repair-3d: 3 days after each repair, shift later; repair event 2026-09-30 10:00 (events.csv:2); 2026-09-30 + 3 days = 2026-10-03; 2026-10-03 Sat is not a working day (国庆节): moved later to 2026-10-08 Thu; window 2026-09-30..2026-10-08; no done visit since 2026-09-30"
visit,KH0001,陈明,S01,key-weekly,phone,2026-10-10,due,,,rule key-weekly: 1 per week; week 2026-10-05..2026-10-11: visit 1 of 1; 2026-10-11 Sun is not a working day (weekend): moved earlier to 2026-10-10 Sat; due on the last working day by 2026-10-11: 2026-10-10; window 2026-10-05..2026-10-11; no done visit since 2026-10-05
visit,KH0002,周强,S01,key-weekly,phone,2026-10-10,due,,,rule key-weekly: 1 per week; week 2026-10-05..2026-10-11: visit 1 of 1; 2026-10-11 Sun is not a working day (weekend): moved earlier to 2026-10-10 Sat; due on the last working day by 2026-10-11: 2026-10-10; window 2026-10-05..2026-10-11; no done visit since 2026-10-05
---
kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0007,黄磊,S01,maintenance-reminder,phone,2026-09-30,due,,
visit,KH0007,黄磊,S01,repair-3d,phone,2026-10-08,upcoming,,
>>> exit 0
