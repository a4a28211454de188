# construction-warranty.yaml: every 6 months from handover until
# warranty_end, quarterly for roofing/equipment, repair progress per
# quarter while the repair lasts; no handover date, no visits (GC0004)
cs-due -d $DATA/issue4/construction -r construction-warranty --now 2026-11-23T09:00+08:00 --within 20w
>>> stdout
kind,customer,name,staff,what,method,due,status,late,complaint
visit,GC0002,绿地大厦,S01,repair-progress,phone,2026-09-30,overdue,247h30m,
visit,GC0002,绿地大厦,S01,warranty-quarterly,onsite,2026-09-30,overdue,247h30m,
visit,GC0003,滨江花园,S02,warranty-quarterly,onsite,2026-12-31,due,,
visit,GC0002,绿地大厦,S01,repair-progress,phone,2027-01-08,upcoming,,
visit,GC0001,阳光小区,S01,warranty-half-year,onsite,2027-03-08,upcoming,,
visit,GC0003,滨江花园,S02,warranty-quarterly,onsite,2027-03-31,upcoming,,
>>> exit 0
