# the shipped holiday calendar covers 2026 only: planning January 2027
# says once that its days count as plain weekdays (2027-01-01 is New
# Year's Day, but nobody has told the calendar); December 2026 is inside
# and says nothing, not even for a window that ends in 2027
cs-init -r auto-dealer shop >/dev/null && cd shop &&
echo 'S01,王芳,specialist,一组,10,yes' >> staff.csv &&
echo 'KH0001,吴飞,key,13800000001,S01,urban,2024-03-01,2027-03-01,' >> customers.csv &&
cs-plan --now 2026-11-23T09:00+08:00 --month next | tail -1 &&
echo --- &&
cs-plan --now 2026-12-10T09:00+08:00 --month next | head -2 &&
echo --- &&
cs-due --now 2027-01-04T09:00+08:00 --format csv | head -1
>>> stdout
2026-12-30,S01,KH0001,吴飞,key-weekly,phone,大客户定期回访,2026-12-28,2027-01-03,planned
---
date,staff,customer,name,rule,method,purpose,earliest,latest,status
2027-01-01,S01,KH0001,吴飞,key-weekly,phone,大客户定期回访,2026-12-28,2027-01-03,planned
---
kind,customer,name,staff,what,method,due,status,late,complaint
>>> stderr
cs-plan: rules.yaml: the holiday calendar covers 2026 only; 2027-01-01 and later are counted as plain weekdays (add the 2027 holidays, see cs-rules(5))
cs-due: rules.yaml: the holiday calendar covers 2026 only; 2027-01-01 and later are counted as plain weekdays (add the 2027 holidays, see cs-rules(5))
>>> exit 0
