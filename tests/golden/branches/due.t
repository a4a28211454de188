# cs-due over two branches: each branch's rows computed on their own (its
# rules, staff, customers), printed as one list sorted as cs-due sorts
# (overdue first, most late first, ...); ids in both branches qualified
sh "$DATA/branches.sh"
cs-due -d north -d south --now 2026-11-23T09:00+08:00 >due.csv; echo "exit $?"
head -6 due.csv
grep -c . due.csv
grep -E '^complaint,' due.csv | head -3
grep -E ',(KH0101|KS0101),' due.csv | head -2
# as many rows as each branch's list on its own
cs-due -d north --now 2026-11-23T09:00+08:00 | tail -n +2 | wc -l
cs-due -d south --now 2026-11-23T09:00+08:00 | tail -n +2 | wc -l
# three branches: the same rows, json
cs-due -d north -d south -d east --now 2026-11-23T09:00+08:00 --overdue --format json | grep -c .
cs-due -d north -d south -d east --now 2026-11-23T09:00+08:00 --overdue --format json | head -2
>>> stdout
exit 0
kind,customer,name,staff,what,method,due,status,late,complaint
visit,south/KH0035,冯霞,south/S04,follow-up,,2026-04-14,overdue,1132h30m,
visit,KS0102,彭玉平,south/S02,follow-up,,2026-05-07,overdue,1027h30m,
visit,south/KH0008,周卫璐,south/S02,follow-up,,2026-05-07,overdue,1027h30m,
visit,south/KH0060,黄雨涛,S15,follow-up,,2026-05-26,overdue,922h30m,
visit,south/KH0009,苏晓鹏,south/S04,follow-up,,2026-06-09,overdue,847h30m,
462
complaint,south/KH0019,袁美平,south/S07,answer,,2026-10-22 14:30,overdue,161h,south/C2026-0026
complaint,north/KH0096,孙萍,north/S10,answer,,2026-11-18 10:20,overdue,21h10m,C2026-0034
complaint,north/KH0058,陈俊琴,north/S06,revisit,,2026-11-20 14:30,overdue,3h30m,C2026-0031
visit,KS0101,孙俊,south/S02,follow-up,,2026-07-07,overdue,705h,
visit,KS0101,孙俊,south/S02,routine-monthly,phone,2026-08-31,overdue,412h30m,
117
344
576
{"kind":"visit","customer":"south/KH0035","name":"冯霞","staff":"south/S04","what":"follow-up","method":"","due":"2026-04-14","status":"overdue","late":"1132h30m","complaint":""}
{"kind":"visit","customer":"KS0102","name":"彭玉平","staff":"south/S02","what":"follow-up","method":"","due":"2026-05-07","status":"overdue","late":"1027h30m","complaint":""}
>>> exit 0
