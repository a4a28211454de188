# December for the dealer fixture: every visit the rules ask for, on a
# working day, to its owner (S04 is inactive: a colleague of team A takes
# KH0004), quota visits spread over the month and the weeks
cs-plan -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00+08:00 --month 2026-12 --format table
>>> stdout
date        staff  customer  name  rule                  method  purpose             earliest    latest      status
----------  -----  --------  ----  --------------------  ------  ------------------  ----------  ----------  -------
2026-12-01  S01    KH0006    李雪  maintenance-reminder  phone   保养提醒            2026-11-27  2026-12-04  planned
2026-12-01  S02    KH0005    王强  contract-renewal      onsite  到期通知及续约拜访  2026-11-20  2026-12-20  planned
2026-12-02  S01    KH0001    陈明  key-weekly            phone   大客户定期回访      2026-11-30  2026-12-06  planned
2026-12-03  S05    KH0008    何静  key-weekly            phone   大客户定期回访      2026-11-30  2026-12-06  planned
2026-12-04  S01    KH0002    周强  key-weekly            phone   大客户定期回访      2026-11-30  2026-12-06  planned
2026-12-04  S02    KH0003    吴刚  routine-monthly       phone   例行回访            2026-12-01  2026-12-31  planned
2026-12-08  S01    KH0001    陈明  key-weekly            phone   大客户定期回访      2026-12-07  2026-12-13  planned
2026-12-09  S05    KH0008    何静  key-weekly            phone   大客户定期回访      2026-12-07  2026-12-13  planned
2026-12-10  S01    KH0002    周强  key-weekly            phone   大客户定期回访      2026-12-07  2026-12-13  planned
2026-12-15  S01    KH0001    陈明  key-weekly            phone   大客户定期回访      2026-12-14  2026-12-20  planned
2026-12-16  S01    KH0004    郑丽  routine-monthly       phone   例行回访            2026-12-01  2026-12-31  planned
2026-12-16  S02    KH0009    马超  routine-monthly       phone   例行回访            2026-12-01  2026-12-31  planned
2026-12-16  S05    KH0008    何静  key-weekly            phone   大客户定期回访      2026-12-14  2026-12-20  planned
2026-12-17  S01    KH0002    周强  key-weekly            phone   大客户定期回访      2026-12-14  2026-12-20  planned
2026-12-22  S01    KH0001    陈明  key-weekly            phone   大客户定期回访      2026-12-21  2026-12-27  planned
2026-12-23  S05    KH0008    何静  key-weekly            phone   大客户定期回访      2026-12-21  2026-12-27  planned
2026-12-24  S01    KH0002    周强  key-weekly            phone   大客户定期回访      2026-12-21  2026-12-27  planned
2026-12-28  S02    KH0010    林峰  routine-monthly       phone   例行回访            2026-12-01  2026-12-31  planned
2026-12-29  S01    KH0001    陈明  key-weekly            phone   大客户定期回访      2026-12-28  2027-01-03  planned
2026-12-30  S05    KH0008    何静  key-weekly            phone   大客户定期回访      2026-12-28  2027-01-03  planned
2026-12-31  S01    KH0002    周强  key-weekly            phone   大客户定期回访      2026-12-28  2027-01-03  planned
>>> exit 0
