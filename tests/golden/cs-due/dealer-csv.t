# piped: CSV with a header; --within 1w adds the upcoming maintenance
# reminder (12-04 - 7 days = Friday 11-27)
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00+08:00 --within 1w
>>> stdout
kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0002,周强,S01,key-weekly,phone,2026-11-13,overdue,37h30m,
complaint,KH0005,王强,S01,answer,,2026-11-20 10:00,overdue,6h30m,C2026-0001
visit,KH0005,王强,S02,contract-renewal,onsite,2026-11-20,due,,
complaint,KH0003,吴刚,S02,reply,,2026-11-23 10:00,due,,C2026-0002
complaint,KH0008,何静,S05,reply,,2026-11-23 11:00,due,,C2026-0004
visit,KH0003,吴刚,S02,repair-3d,phone,2026-11-23,due,,
visit,KH0009,马超,S02,follow-up,,2026-11-23,due,,
visit,KH0010,林峰,S02,delivery,phone,2026-11-23,due,,
visit,KH0001,陈明,S01,key-weekly,phone,2026-11-27,due,,
visit,KH0004,郑丽,S04,routine-monthly,phone,2026-11-30,due,,
visit,KH0010,林峰,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0006,李雪,S01,maintenance-reminder,phone,2026-11-27,upcoming,,
>>> exit 0
