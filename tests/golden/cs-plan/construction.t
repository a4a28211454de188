# construction-warranty.yaml over a year: half-yearly and quarterly
# visits, bounded by handover and warranty_end
cs-plan -d $DATA/issue4/construction -r construction-warranty --now 2026-11-23T09:00+08:00 --from 2026-11-23 --to 2027-11-22
>>> stdout
date,staff,customer,name,rule,method,purpose,earliest,latest,status
2026-12-11,S01,GC0002,绿地大厦,repair-progress,phone,维修进度回访,2026-10-01,2026-12-31,planned
2026-12-11,S02,GC0003,滨江花园,warranty-quarterly,onsite,季节性回访,2026-10-01,2026-12-31,planned
2027-01-06,S01,GC0002,绿地大厦,repair-progress,phone,维修进度回访,2027-01-01,2027-01-10,planned
2027-02-16,S02,GC0003,滨江花园,warranty-quarterly,onsite,季节性回访,2027-01-01,2027-03-31,planned
2027-03-08,S01,GC0001,阳光小区,warranty-half-year,onsite,保修期定期回访,2026-09-09,2027-03-08,planned
2027-05-03,S02,GC0003,滨江花园,warranty-quarterly,onsite,季节性回访,2027-04-01,2027-06-01,planned
>>> stderr
cs-plan: construction-warranty.yaml: the holiday calendar covers 2026 only; 2027-01-01 and later are counted as plain weekdays (add the 2027 holidays, see cs-rules(5))
>>> exit 0
