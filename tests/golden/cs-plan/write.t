# --write appends to plan.csv and prints nothing; a re-run adds nothing
cp -r $DATA/issue4/dealer d
cs-plan -d d -r auto-dealer --now 2026-11-23T09:00+08:00 --month 2026-12 --write; echo "exit $?"
cs-plan -d d -r auto-dealer --now 2026-11-23T09:00+08:00 --month 2026-12 --write --summary 2>&1 | head -1
cat d/plan.csv
# a plan over an overlapping period appends only what is new: a visit
# already planned (same customer, rule and window) is not planned again on
# another day
cs-plan -d d -r auto-dealer --now 2026-11-23T09:00+08:00 --from 2026-11-23 --to 2026-12-06 --write --summary 2>&1 | head -1
tail -n +23 d/plan.csv
>>> stdout
exit 0
plan.csv: 0 rows appended, 21 already there
date,staff,customer,rule,method,purpose,earliest,latest,planned_at
2026-12-01,S01,KH0006,maintenance-reminder,phone,保养提醒,2026-11-27,2026-12-04,2026-11-23T09:00:00+08:00
2026-12-01,S02,KH0005,contract-renewal,onsite,到期通知及续约拜访,2026-11-20,2026-12-20,2026-11-23T09:00:00+08:00
2026-12-02,S01,KH0001,key-weekly,phone,大客户定期回访,2026-11-30,2026-12-06,2026-11-23T09:00:00+08:00
2026-12-03,S05,KH0008,key-weekly,phone,大客户定期回访,2026-11-30,2026-12-06,2026-11-23T09:00:00+08:00
2026-12-04,S01,KH0002,key-weekly,phone,大客户定期回访,2026-11-30,2026-12-06,2026-11-23T09:00:00+08:00
2026-12-04,S02,KH0003,routine-monthly,phone,例行回访,2026-12-01,2026-12-31,2026-11-23T09:00:00+08:00
2026-12-08,S01,KH0001,key-weekly,phone,大客户定期回访,2026-12-07,2026-12-13,2026-11-23T09:00:00+08:00
2026-12-09,S05,KH0008,key-weekly,phone,大客户定期回访,2026-12-07,2026-12-13,2026-11-23T09:00:00+08:00
2026-12-10,S01,KH0002,key-weekly,phone,大客户定期回访,2026-12-07,2026-12-13,2026-11-23T09:00:00+08:00
2026-12-15,S01,KH0001,key-weekly,phone,大客户定期回访,2026-12-14,2026-12-20,2026-11-23T09:00:00+08:00
2026-12-16,S01,KH0004,routine-monthly,phone,例行回访,2026-12-01,2026-12-31,2026-11-23T09:00:00+08:00
2026-12-16,S02,KH0009,routine-monthly,phone,例行回访,2026-12-01,2026-12-31,2026-11-23T09:00:00+08:00
2026-12-16,S05,KH0008,key-weekly,phone,大客户定期回访,2026-12-14,2026-12-20,2026-11-23T09:00:00+08:00
2026-12-17,S01,KH0002,key-weekly,phone,大客户定期回访,2026-12-14,2026-12-20,2026-11-23T09:00:00+08:00
2026-12-22,S01,KH0001,key-weekly,phone,大客户定期回访,2026-12-21,2026-12-27,2026-11-23T09:00:00+08:00
2026-12-23,S05,KH0008,key-weekly,phone,大客户定期回访,2026-12-21,2026-12-27,2026-11-23T09:00:00+08:00
2026-12-24,S01,KH0002,key-weekly,phone,大客户定期回访,2026-12-21,2026-12-27,2026-11-23T09:00:00+08:00
2026-12-28,S02,KH0010,routine-monthly,phone,例行回访,2026-12-01,2026-12-31,2026-11-23T09:00:00+08:00
2026-12-29,S01,KH0001,key-weekly,phone,大客户定期回访,2026-12-28,2027-01-03,2026-11-23T09:00:00+08:00
2026-12-30,S05,KH0008,key-weekly,phone,大客户定期回访,2026-12-28,2027-01-03,2026-11-23T09:00:00+08:00
2026-12-31,S01,KH0002,key-weekly,phone,大客户定期回访,2026-12-28,2027-01-03,2026-11-23T09:00:00+08:00
plan.csv: 6 rows appended, 9 already there
2026-11-23,S02,KH0003,repair-3d,phone,出厂后三天回访,2026-11-20,2026-11-23,2026-11-23T09:00:00+08:00
2026-11-23,S02,KH0010,routine-monthly,phone,例行回访,2026-11-19,2026-11-30,2026-11-23T09:00:00+08:00
2026-11-23,S02,KH0010,delivery,phone,新车交付回访,2026-11-19,2026-11-25,2026-11-23T09:00:00+08:00
2026-11-24,S01,KH0001,key-weekly,phone,大客户定期回访,2026-11-23,2026-11-29,2026-11-23T09:00:00+08:00
2026-11-26,S01,KH0002,key-weekly,phone,大客户定期回访,2026-11-23,2026-11-29,2026-11-23T09:00:00+08:00
2026-11-26,S02,KH0004,routine-monthly,phone,例行回访,2026-11-01,2026-11-30,2026-11-23T09:00:00+08:00
>>> exit 0
