# capacity levelling: team A holds S01 2 + S02 1 + S03 1 visits a day
# (S04 inactive); 21 visits for 20 places: the owner first, then the
# specialist S02, then S03; the repair (Thursday 12-03 + 3 days = Sunday,
# moved to Monday 12-07) also does the key-weekly visit of KH0003; one
# visit cannot be placed and is reported, not dropped
cs-plan -d $DATA/issue4/capacity -r auto-dealer --now 2026-12-04T18:00+08:00 --from 2026-12-07 --to 2026-12-11 --summary --format table
>>> stdout
date        staff  customer  name      rule        method  purpose         earliest    latest      status
----------  -----  --------  --------  ----------  ------  --------------  ----------  ----------  --------
2026-12-07  S01    KH0003    大客户03  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-07  S01    KH0003    大客户03  repair-3d   phone   出厂后三天回访  2026-12-03  2026-12-07  planned
2026-12-07  S01    KH0007    大客户07  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-07  S02    KH0017    大客户17  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-07  S03    KH0020    大客户20  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-08  S01    KH0001    大客户01  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-08  S01    KH0006    大客户06  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-08  S02    KH0018    大客户18  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-08  S03    KH0019    大客户19  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-09  S01    KH0002    大客户02  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-09  S01    KH0008    大客户08  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-09  S02    KH0013    大客户13  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-09  S03    KH0014    大客户14  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-09  S05    KH0021    大客户21  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-10  S01    KH0004    大客户04  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-10  S01    KH0009    大客户09  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-10  S02    KH0011    大客户11  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-10  S03    KH0012    大客户12  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-11  S01    KH0005    大客户05  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-11  S01    KH0010    大客户10  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-11  S02    KH0015    大客户15  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-11  S03    KH0016    大客户16  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  planned
2026-12-11         KH0022    大客户22  key-weekly  phone   大客户定期回访  2026-12-07  2026-12-13  unplaced
>>> stderr
plan 2026-12-07..2026-12-11: 22 visits placed (1 on the day of another visit to the customer), 1 unplaced
staff  name  2026-W50  total
-----  ----  --------  -----
S01    王芳        10     10
S02    李娜         5      5
S03    张伟         5      5
S05    刘洋         1      1
2026-12-11: 1 visit could not be placed: capacity full
>>> exit 0
