# standard.yaml, December: routine monthly, key weekly, two contacts a
# month while a customer has not ordered for a month
cs-plan -d $DATA/issue4/standard -r standard --now 2026-11-23T09:00+08:00 --month 2026-12 --summary
>>> stdout
date,staff,customer,name,rule,method,purpose,earliest,latest,status
2026-12-03,S01,KH0201,赵一,dormant-month,phone,未合作客户跟进,2026-12-01,2026-12-31,planned
2026-12-03,S02,KH0205,周五,key-weekly,phone,大客户定期回访,2026-11-30,2026-12-06,planned
2026-12-09,S02,KH0205,周五,key-weekly,phone,大客户定期回访,2026-12-07,2026-12-13,planned
2026-12-09,S02,KH0205,周五,dormant-month,phone,未合作客户跟进,2026-12-01,2026-12-31,planned
2026-12-11,S01,KH0202,钱二,dormant-month,phone,未合作客户跟进,2026-12-01,2026-12-31,planned
2026-12-16,S02,KH0205,周五,key-weekly,phone,大客户定期回访,2026-12-14,2026-12-20,planned
2026-12-21,S01,KH0201,赵一,routine-monthly,phone,例行回访,2026-12-01,2026-12-31,planned
2026-12-21,S01,KH0201,赵一,dormant-month,phone,未合作客户跟进,2026-12-01,2026-12-31,planned
2026-12-23,S02,KH0205,周五,key-weekly,phone,大客户定期回访,2026-12-21,2026-12-27,planned
2026-12-23,S02,KH0205,周五,dormant-month,phone,未合作客户跟进,2026-12-01,2026-12-31,planned
2026-12-29,S01,KH0202,钱二,dormant-month,phone,未合作客户跟进,2026-12-01,2026-12-31,planned
2026-12-30,S02,KH0205,周五,key-weekly,phone,大客户定期回访,2026-12-28,2027-01-03,planned
>>> stderr
plan 2026-12-01..2026-12-31: 12 visits placed (3 on the day of another visit to the customer), 0 unplaced
staff  name  2026-W49  2026-W50  2026-W51  2026-W52  2026-W53  total
-----  ----  --------  --------  --------  --------  --------  -----
S01    王芳         1         1         0         1         1      4
S02    李娜         1         1         1         1         1      5
S03    张伟         0         0         0         0         0      0
S05    刘洋         0         0         0         0         0      0
S06    孙丽         0         0         0         0         0      0
>>> exit 0
