# the same month in English, by team, without the trend
cs-report -d "$SAMPLES" --now 2026-11-23T09:00+08:00 --month 2026-10 --format text --lang en --by team --trend 0
>>> stdout
Return-visit report 2026-10
Ledgers as of 2026-11-23 09:00; rules auto-dealer; by team; change against 2026-09

Summary
=======
Figure                  2026-10  2026-09  Change
----------------------  -------  -------  ------
Visits due                  263      267      -4
Visits done                 187      202     -15
Visit rate (K1)           71.1%    75.7%  -4.6pp
On-time rate              59.3%    63.3%  -4.0pp
Reach rate                88.4%    86.6%  +1.8pp
Satisfaction rate (K2)    96.7%    98.1%  -1.4pp
Touched rate (K3)         18.8%    24.8%  -6.0pp
Return rate (K4)          21.8%    17.7%  +4.1pp
Average score              3.60     3.66   -0.06
Dissatisfied visits           5        3      +2
Complaints opened            10        3      +7
Complaints closed             8        4      +4
Open at month end             2        0      +2
Deadlines met             85.2%    90.9%  -5.7pp
Median time to reply       0.9h     1.6h   -0.7h
Escalations                   5        0      +5

Visits
======
Team   Due  Done  On time  Late  Missed  Pending  Visit rate  On time  Logged  Reached  Reach rate
-----  ---  ----  -------  ----  ------  -------  ----------  -------  ------  -------  ----------
一组   161   110       89    21      40       11       68.3%    55.3%     113      100       88.5%
二组   102    77       67    10      20        5       75.5%    65.7%      85       75       88.2%
Total  263   187      156    31      60       16       71.1%    59.3%     198      175       88.4%

Logged visits by method and outcome
===================================
Method   Logged  Reached  Unreached  Refused  Rescheduled  Reach rate
-------  ------  -------  ---------  -------  -----------  ----------
Phone       134      114         12        3            5       85.1%
On-site      15       15          0        0            0      100.0%
WeChat       43       40          1        0            2       93.0%
SMS           6        6          0        0            0      100.0%
Total       198      175         13        3            7       88.4%

Satisfaction
============
Team   Surveyed  Satisfied  Satisfaction  Served  Touched  Touched rate  Returning  Return rate  Dissatisfied  Followed up
-----  --------  ---------  ------------  ------  -------  ------------  ---------  -----------  ------------  -----------
一组         84         81         96.4%      74        8         10.8%         21        28.4%             3            2
二组         67         65         97.0%      60       17         28.3%          8        13.3%             2            2
Total       151        146         96.7%     133       25         18.8%         29        21.8%             5            4

Average scores
==============
Team   Attitude  Skill  Timeliness  Promise  All items
-----  --------  -----  ----------  -------  ---------
一组       3.58   3.52        3.62     3.52       3.56
二组       3.66   3.73        3.63     3.60       3.65
Total      3.62   3.62        3.62     3.56       3.60

Satisfaction by item and level
==============================
Item        1 Very dissatisfied  2 Dissatisfied  3 Satisfied  4 Very satisfied  Answered  Average
----------  -------------------  --------------  -----------  ----------------  --------  -------
Attitude                      2               1           50                98       151     3.62
Skill                         1               2           51                97       151     3.62
Timeliness                    2               1           49                99       151     3.62
Promise                       2               1           59                89       151     3.56
All items                     7               5          209               383       604     3.60

Dissatisfied visits
===================
Visit    Time              Customer  Name                  Phone        Staff       Scores   Followed up
-------  ----------------  --------  --------------------  -----------  ----------  -------  ----------------
V002226  2026-10-09 09:50  KH0101    孙俊                  15888617061  S02 钟俊    1,2,2,2  no
V002233  2026-10-09 13:36  KH0044    曾天玲                13526037964  S05 赵佳悦  1,3,1,1  2026-11-09 10:02
V002309  2026-10-20 16:43  KH0017    曾鹏                  13267732708  S05 赵佳悦  2,3,3,4  2026-11-18 14:54
V002311  2026-10-21 14:57  KH0010    上海嘉禾环保有限公司  13569647821  S02 钟俊    3,1,3,1  2026-10-28 09:27
V002367  2026-10-28 09:27  KH0010    上海嘉禾环保有限公司  13569647821  S02 钟俊    3,2,1,3  2026-11-11 16:59

Complaints
==========
Team    Opened  Closed  Open at end  Deadlines  Met  Missed  Met rate
------  ------  ------  -----------  ---------  ---  ------  --------
一组         4       3            0         11   10       1     90.9%
二组         5       3            1         12   10       2     83.3%
客服部       0       2            0          3    2       1     66.7%
总经办       1       0            1          1    1       0    100.0%
Total       10       8            2         27   23       4     85.2%

Complaints by category
======================
Category  Opened  Open at end
--------  ------  -----------
product        4            2
repair         0            0
service        3            0
parts          1            0
price          0            0
other          2            0
Total         10            2

Complaints by severity
======================
Severity  Opened  Open at end
--------  ------  -----------
general       10            2
serious        0            0
Total         10            2

Complaints by channel
=====================
Channel               Opened  Open at end
--------------------  ------  -----------
onsite                     5            0
phone                      2            1
visit                      2            0
letter                     0            0
wechat                     0            0
email                      0            0
manufacturer               1            1
consumer-association       0            0
Total                     10            2

Complaint deadlines
===================
Step     Due  Met  Missed  Met rate
-------  ---  ---  ------  --------
reply     10    8       2     80.0%
answer     9    7       2     77.8%
revisit    8    8       0    100.0%
Total     27   23       4     85.2%

Working hours to reply, answer and close
========================================
Step    Complaints  Median  90th percentile
------  ----------  ------  ---------------
Reply           10    0.9h             5.6h
Answer          10    6.4h             7.6h
Close            8   30.6h            39.1h

Escalations by rung
===================
Rung             Escalations
---------------  -----------
specialist                 0
advisor                    3
supervisor                 2
manager                    0
general manager            0
Total                      5

Review of the month's closed complaints (C7)
============================================
Complaint   Customer       Step     Due               Done              Result  Late by  Responsible
----------  -------------  -------  ----------------  ----------------  ------  -------  -----------
C2026-0021  KH0049 黄美娟  reply    2026-10-12 14:52  2026-10-12 11:43  met           -  -
C2026-0021  KH0049 黄美娟  answer   2026-10-13 11:22  2026-10-12 17:12  met           -  -
C2026-0021  KH0049 黄美娟  revisit  2026-10-19 16:11  2026-10-19 11:36  met           -  -
C2026-0022  KH0153 江丽璐  reply    2026-10-19 11:47  2026-10-19 10:43  met           -  -
C2026-0022  KH0153 江丽璐  answer   2026-10-20 09:47  2026-10-19 17:11  met           -  -
C2026-0022  KH0153 江丽璐  revisit  2026-10-22 16:07  2026-10-22 10:02  met           -  -
C2026-0023  KH0099 崔振梅  reply    2026-10-19 17:46  2026-10-19 16:59  met           -  -
C2026-0023  KH0099 崔振梅  answer   2026-10-20 15:46  2026-10-21 15:17  late       7.0h  S01 陈一浩
C2026-0023  KH0099 崔振梅  revisit  2026-10-22 17:19  2026-10-22 11:10  met           -  -
C2026-0024  KH0198 付慧萍  reply    2026-10-21 11:33  2026-10-21 17:54  late       4.9h  S05 赵佳悦
C2026-0024  KH0198 付慧萍  answer   2026-10-22 09:33  2026-10-22 09:37  late       0.1h  S08 蒋建明
C2026-0024  KH0198 付慧萍  revisit  2026-10-28 09:59  2026-10-27 16:30  met           -  -
C2026-0025  KH0002 孙嘉磊  reply    2026-10-21 16:21  2026-10-21 15:44  met           -  -
C2026-0025  KH0002 孙嘉磊  answer   2026-10-26 10:52  2026-10-23 17:29  met           -  -
C2026-0025  KH0002 孙嘉磊  revisit  2026-10-29 15:51  2026-10-29 14:11  met           -  -
C2026-0026  KH0019 袁美平  reply    2026-10-21 16:30  2026-10-22 11:05  late       3.6h  S04 崔辉
C2026-0026  KH0019 袁美平  answer   2026-10-22 14:30  2026-10-22 13:48  met           -  -
C2026-0026  KH0019 袁美平  revisit  2026-10-28 17:35  2026-10-28 15:18  met           -  -
C2026-0027  KH0001 吴飞    reply    2026-10-23 11:54  2026-10-23 10:29  met           -  -
C2026-0027  KH0001 吴飞    answer   2026-10-26 09:54  2026-10-23 16:44  met           -  -
C2026-0027  KH0001 吴飞    revisit  2026-10-27 09:48  2026-10-26 11:54  met           -  -
C2026-0028  KH0167 秦玉杰  reply    2026-10-23 15:29  2026-10-23 14:19  met           -  -
C2026-0028  KH0167 秦玉杰  answer   2026-10-26 11:59  2026-10-23 16:12  met           -  -
C2026-0028  KH0167 秦玉杰  revisit  2026-10-30 09:41  2026-10-29 10:13  met           -  -

Trend
=====
(none)
>>> exit 0
