# cs-plan over two branches: each branch's visits planned on its own (its
# staff take its customers), printed as one list sorted as cs-plan sorts
# (date, planned first, staff, customer, rule); ids in both branches
# qualified; the summary (--summary, on stderr) over both
sh "$DATA/branches.sh"
cs-plan -d north -d south --now 2026-11-23T09:00+08:00 --month next --summary >plan.csv 2>summary.txt; echo "exit $?"
head -6 plan.csv
grep -c . plan.csv
grep -E ',(KH0101|KS0101|north/KH0083|south/KH0083),' plan.csv | head -4
cat summary.txt
# the same rows as each branch's plan on its own
cs-plan -d north --now 2026-11-23T09:00+08:00 --month next | tail -n +2 | wc -l
cs-plan -d south --now 2026-11-23T09:00+08:00 --month next | tail -n +2 | wc -l
>>> stdout
exit 0
date,staff,customer,name,rule,method,purpose,earliest,latest,status
2026-12-01,S05,KH0126,孙卫娜,key-weekly,phone,大客户定期回访,2026-11-30,2026-12-06,planned
2026-12-01,S05,north/KH0083,孙军,key-weekly,phone,大客户定期回访,2026-11-30,2026-12-06,planned
2026-12-01,S15,KS0126,孙卫娜,key-weekly,phone,大客户定期回访,2026-11-30,2026-12-06,planned
2026-12-01,S15,south/KH0083,孙军,key-weekly,phone,大客户定期回访,2026-11-30,2026-12-06,planned
2026-12-01,north/S01,KH0162,周雨涛,maintenance-reminder,phone,保养提醒,2026-11-25,2026-12-02,planned
641
2026-12-01,S05,north/KH0083,孙军,key-weekly,phone,大客户定期回访,2026-11-30,2026-12-06,planned
2026-12-01,S15,south/KH0083,孙军,key-weekly,phone,大客户定期回访,2026-11-30,2026-12-06,planned
2026-12-08,S05,north/KH0083,孙军,key-weekly,phone,大客户定期回访,2026-12-07,2026-12-13,planned
2026-12-08,S15,south/KH0083,孙军,key-weekly,phone,大客户定期回访,2026-12-07,2026-12-13,planned
plan 2026-12-01..2026-12-31: 640 visits placed (60 on the day of another visit to the customer), 0 unplaced
staff      name    2026-W49  2026-W50  2026-W51  2026-W52  2026-W53  total
---------  ------  --------  --------  --------  --------  --------  -----
north/S01  陈一浩        13        20        20        20        16     89
north/S02  钟俊          15        20        20        20        16     91
north/S04  崔辉           8        10        10        10        11     49
S05        赵佳悦         8        11        15        15        12     61
north/S06  赵娟           0         0         0         0         0      0
north/S07  孙勇           0         0         0         0         0      0
north/S08  蒋建明         0         0         0         0         0      0
north/S09  张春艳         0         0         0         0         0      0
north/S10  付卫帆         0         0         0         0         0      0
south/S01  陈一浩        13        20        20        20        16     89
south/S02  钟俊          15        20        20        20        16     91
south/S04  崔辉           8        10        10        10        11     49
S15        赵佳悦         8        11        15        15        12     61
south/S06  赵娟           0         0         0         0         0      0
south/S07  孙勇           0         0         0         0         0      0
south/S08  蒋建明         0         0         0         0         0      0
south/S09  张春艳         0         0         0         0         0      0
south/S10  付卫帆         0         0         0         0         0      0
320
320
>>> exit 0
