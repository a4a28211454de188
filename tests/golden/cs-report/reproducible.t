# a past report is reproduced exactly: rows recorded after --now (a
# visit, a complaint step, even dated in the month) change nothing
cp -r "$DATA/issue5" d
cs-report -d d --now 2026-12-02T09:00+08:00 --format csv >before.csv
echo 'V000010,2026-11-30T10:00:00+08:00,KH03,S02,phone,done,4,4,4,4,routine-monthly,,,,2026-12-03T10:00:00+08:00,S02' >>d/visits.csv
echo '24,C2026-0004,answer,2026-11-30T16:00:00+08:00,S01,KH02,S01,,,,,,,,2026-12-03T10:00:00+08:00' >>d/complaints.csv
cs-report -d d --now 2026-12-02T09:00+08:00 --format csv >again.csv
cmp before.csv again.csv && echo same
# at a later now they count: KH03's monthly visit done, C0004 answered in time
cs-report -d d --now 2026-12-03T12:00+08:00 --format csv >later.csv
diff before.csv later.csv | grep -E 'visits,staff,total,(missed|on_time),|milestones,milestone,answer,missed'
>>> stdout
same
< 2026-11,visits,staff,total,on_time,2,1,1
< 2026-11,visits,staff,total,missed,2,2,0
> 2026-11,visits,staff,total,on_time,3,1,2
> 2026-11,visits,staff,total,missed,0,2,-2
< 2026-11,milestones,milestone,answer,missed,2,0,2
> 2026-11,milestones,milestone,answer,missed,1,0,1
>>> exit 0
