# the only member of a team is inactive: its customers' visits are
# unplaced because nobody can take them, not because a day is full; a
# customer whose owner has no team and nobody active at all: "no active
# staff"
cs-init -r auto-dealer shop >/dev/null && cd shop &&
echo 'S01,王芳,specialist,一组,10,yes' >> staff.csv &&
echo 'S06,钱七,specialist,二组,5,no' >> staff.csv &&
echo 'KH0001,吴飞,key,13800000001,S01,urban,2024-03-01,2027-03-01,' >> customers.csv &&
echo 'KH0003,郑八,key,13800000003,S06,urban,2024-03-01,2027-03-01,' >> customers.csv &&
cs-plan --now 2026-11-23T09:00+08:00 --from 2026-12-01 --to 2026-12-11 &&
echo --- &&
sed -i 's/^S01,王芳,specialist,一组,10,yes$/S01,王芳,specialist,,10,no/' staff.csv &&
cs-plan --now 2026-11-23T09:00+08:00 --from 2026-12-01 --to 2026-12-04 >/dev/null
>>> stdout
date,staff,customer,name,rule,method,purpose,earliest,latest,status
2026-12-03,S01,KH0001,吴飞,key-weekly,phone,大客户定期回访,2026-11-30,2026-12-06,planned
2026-12-03,,KH0003,郑八,key-weekly,phone,大客户定期回访,2026-11-30,2026-12-06,unplaced
2026-12-09,S01,KH0001,吴飞,key-weekly,phone,大客户定期回访,2026-12-07,2026-12-13,planned
2026-12-09,,KH0003,郑八,key-weekly,phone,大客户定期回访,2026-12-07,2026-12-13,unplaced
---
>>> stderr
cs-plan: 2026-12-03: 1 visit could not be placed: no active staff in team 二组
cs-plan: 2026-12-09: 1 visit could not be placed: no active staff in team 二组
cs-plan: 2026-12-03: 1 visit could not be placed: no active staff
cs-plan: 2026-12-03: 1 visit could not be placed: no active staff in team 二组
>>> exit 0
