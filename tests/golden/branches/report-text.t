# cs-report over two branches (tests/data/branches.sh): one department's
# figures; the staff ids in both branches shown as BRANCH/ID, S05 and S15
# (each in one branch) as they are; visit V002226 and customer KH0101
# are north's alone; the rules of both named; south's category "noise"
# after north's list
sh "$DATA/branches.sh"
cs-report -d north -d south --now 2026-11-23T09:00+08:00 --month 2026-10 --format text --lang en --trend 3
>>> stdout
Return-visit report 2026-10
Ledgers as of 2026-11-23 09:00; rules auto-dealer, auto-dealer-south; by staff; change against 2026-09

Summary
=======
Figure                  2026-10  2026-09   Change
----------------------  -------  -------  -------
Visits due                  526      534       -8
Visits done                 187      202      -15
Visit rate (K1)           35.6%    37.8%   -2.3pp
On-time rate              29.7%    31.6%   -2.0pp
Reach rate                88.4%    86.6%   +1.8pp
Satisfaction rate (K2)    96.7%    98.1%   -1.4pp
Touched rate (K3)         18.8%    24.8%   -6.0pp
Return rate (K4)          21.8%    17.7%   +4.1pp
Average score              3.60     3.66    -0.06
Dissatisfied visits           5        3       +2
Complaints opened            16        6      +10
Complaints closed            11        8       +3
Open at month end             5        0       +5
Deadlines met             78.0%    90.9%  -12.9pp
Median time to reply       1.1h     1.6h    -0.5h
Escalations                  10        0      +10

Visits
======
Staff             Due  Done  On time  Late  Missed  Pending  Visit rate  On time  Logged  Reached  Reach rate
----------------  ---  ----  -------  ----  ------  -------  ----------  -------  ------  -------  ----------
north/S01 陈一浩   74    55       45    10      14        5       74.3%    60.8%      56       48       85.7%
north/S02 钟俊     78    55       44    11      19        4       70.5%    56.4%      54       49       90.7%
north/S03 沈海平    9     0        0     0       7        2        0.0%     0.0%       0        0           -
north/S04 崔辉     47    39       33     6       6        2       83.0%    70.2%      36       29       80.6%
S05 赵佳悦         55    38       34     4      14        3       69.1%    61.8%      47       44       93.6%
north/S06 赵娟      0     0        0     0       0        0           -        -       3        3      100.0%
north/S07 孙勇      0     0        0     0       0        0           -        -       2        2      100.0%
south/S01 陈一浩   74     0        0     0      66        8        0.0%     0.0%       0        0           -
south/S02 钟俊     78     0        0     0      68       10        0.0%     0.0%       0        0           -
south/S03 沈海平    9     0        0     0       7        2        0.0%     0.0%       0        0           -
south/S04 崔辉     47     0        0     0      43        4        0.0%     0.0%       0        0           -
S15 赵佳悦         55     0        0     0      48        7        0.0%     0.0%       0        0           -
Total             526   187      156    31     292       47       35.6%    29.7%     198      175       88.4%

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
Staff             Surveyed  Satisfied  Satisfaction  Served  Touched  Touched rate  Returning  Return rate  Dissatisfied  Followed up
----------------  --------  ---------  ------------  ------  -------  ------------  ---------  -----------  ------------  -----------
north/S01 陈一浩        43         43        100.0%      37        4         10.8%         11        29.7%             0            0
north/S02 钟俊          38         35         92.1%      35        4         11.4%          9        25.7%             3            2
north/S04 崔辉          25         25        100.0%      26        6         23.1%          2         7.7%             0            0
S05 赵佳悦              40         38         95.0%      36       11         30.6%          6        16.7%             2            2
north/S06 赵娟           3          3        100.0%       3        0          0.0%          2        66.7%             0            0
north/S07 孙勇           2          2        100.0%       2        0          0.0%          0         0.0%             0            0
Total                  151        146         96.7%     133       25         18.8%         29        21.8%             5            4

Average scores
==============
Staff             Attitude  Skill  Timeliness  Promise  All items
----------------  --------  -----  ----------  -------  ---------
north/S01 陈一浩      3.70   3.56        3.74     3.70       3.67
north/S02 钟俊        3.47   3.47        3.50     3.37       3.45
north/S04 崔辉        3.68   3.80        3.56     3.60       3.66
S05 赵佳悦            3.63   3.70        3.70     3.58       3.65
north/S06 赵娟        3.33   3.67        3.33     3.00       3.33
north/S07 孙勇        4.00   3.50        3.00     4.00       3.63
Total                 3.62   3.62        3.62     3.56       3.60

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
Visit    Time              Customer      Name                  Phone        Staff           Scores   Followed up
-------  ----------------  ------------  --------------------  -----------  --------------  -------  ----------------
V002226  2026-10-09 09:50  KH0101        孙俊                  15888617061  north/S02 钟俊  1,2,2,2  no
V002233  2026-10-09 13:36  north/KH0044  曾天玲                13526037964  S05 赵佳悦      1,3,1,1  2026-11-09 10:02
V002309  2026-10-20 16:43  north/KH0017  曾鹏                  13267732708  S05 赵佳悦      2,3,3,4  2026-11-18 14:54
V002311  2026-10-21 14:57  north/KH0010  上海嘉禾环保有限公司  13569647821  north/S02 钟俊  3,1,3,1  2026-10-28 09:27
V002367  2026-10-28 09:27  north/KH0010  上海嘉禾环保有限公司  13569647821  north/S02 钟俊  3,2,1,3  2026-11-11 16:59

Complaints
==========
Staff             Opened  Closed  Open at end  Deadlines  Met  Missed  Met rate
----------------  ------  ------  -----------  ---------  ---  ------  --------
north/S01 陈一浩       3       2            0          8    7       1     87.5%
north/S02 钟俊         1       1            0          3    3       0    100.0%
north/S04 崔辉         2       0            1          3    2       1     66.7%
S05 赵佳悦             3       2            0          7    6       1     85.7%
north/S07 孙勇         0       1            0          2    2       0    100.0%
north/S08 蒋建明       0       2            0          3    2       1     66.7%
north/S10 付卫帆       1       0            1          1    1       0    100.0%
south/S01 陈一浩       2       1            0          5    4       1     80.0%
south/S02 钟俊         1       1            0          3    3       0    100.0%
south/S04 崔辉         1       0            0          1    0       1      0.0%
S15 赵佳悦             2       0            1          2    1       1     50.0%
south/S07 孙勇         0       0            1          1    0       1      0.0%
south/S08 蒋建明       0       1            1          2    1       1     50.0%
Total                 16      11            5         41   32       9     78.0%

Complaints by category
======================
Category  Opened  Open at end
--------  ------  -----------
product        6            4
repair         0            0
service        5            0
parts          2            1
price          0            0
other          3            0
noise          0            0
Total         16            5

Complaints by severity
======================
Severity  Opened  Open at end
--------  ------  -----------
general       16            5
serious        0            0
Total         16            5

Complaints by channel
=====================
Channel               Opened  Open at end
--------------------  ------  -----------
onsite                     8            1
phone                      3            1
visit                      4            2
letter                     0            0
wechat                     0            0
email                      0            0
manufacturer               1            1
consumer-association       0            0
Total                     16            5

Complaint deadlines
===================
Step     Due  Met  Missed  Met rate
-------  ---  ---  ------  --------
reply     16   12       4     75.0%
answer    14    9       5     64.3%
revisit   11   11       0    100.0%
Total     41   32       9     78.0%

Working hours to reply, answer and close
========================================
Step    Complaints  Median  90th percentile
------  ----------  ------  ---------------
Reply           16    1.1h             6.9h
Answer          14    6.4h            14.5h
Close           11   29.0h            39.1h

Escalations by rung
===================
Rung             Escalations
---------------  -----------
specialist                 0
advisor                    6
supervisor                 4
manager                    0
general manager            0
Total                     10

Review of the month's closed complaints (C7)
============================================
Complaint         Customer             Step     Due               Done              Result  Late by  Responsible
----------------  -------------------  -------  ----------------  ----------------  ------  -------  ----------------
north/C2026-0021  north/KH0049 黄美娟  reply    2026-10-12 14:52  2026-10-12 11:43  met           -  -
north/C2026-0021  north/KH0049 黄美娟  answer   2026-10-13 11:22  2026-10-12 17:12  met           -  -
north/C2026-0021  north/KH0049 黄美娟  revisit  2026-10-19 16:11  2026-10-19 11:36  met           -  -
north/C2026-0022  KH0153 江丽璐        reply    2026-10-19 11:47  2026-10-19 10:43  met           -  -
north/C2026-0022  KH0153 江丽璐        answer   2026-10-20 09:47  2026-10-19 17:11  met           -  -
north/C2026-0022  KH0153 江丽璐        revisit  2026-10-22 16:07  2026-10-22 10:02  met           -  -
north/C2026-0023  north/KH0099 崔振梅  reply    2026-10-19 17:46  2026-10-19 16:59  met           -  -
north/C2026-0023  north/KH0099 崔振梅  answer   2026-10-20 15:46  2026-10-21 15:17  late       7.0h  north/S01 陈一浩
north/C2026-0023  north/KH0099 崔振梅  revisit  2026-10-22 17:19  2026-10-22 11:10  met           -  -
north/C2026-0024  KH0198 付慧萍        reply    2026-10-21 11:33  2026-10-21 17:54  late       4.9h  S05 赵佳悦
north/C2026-0024  KH0198 付慧萍        answer   2026-10-22 09:33  2026-10-22 09:37  late       0.1h  north/S08 蒋建明
north/C2026-0024  KH0198 付慧萍        revisit  2026-10-28 09:59  2026-10-27 16:30  met           -  -
north/C2026-0025  north/KH0002 孙嘉磊  reply    2026-10-21 16:21  2026-10-21 15:44  met           -  -
north/C2026-0025  north/KH0002 孙嘉磊  answer   2026-10-26 10:52  2026-10-23 17:29  met           -  -
north/C2026-0025  north/KH0002 孙嘉磊  revisit  2026-10-29 15:51  2026-10-29 14:11  met           -  -
north/C2026-0026  north/KH0019 袁美平  reply    2026-10-21 16:30  2026-10-22 11:05  late       3.6h  north/S04 崔辉
north/C2026-0026  north/KH0019 袁美平  answer   2026-10-22 14:30  2026-10-22 13:48  met           -  -
north/C2026-0026  north/KH0019 袁美平  revisit  2026-10-28 17:35  2026-10-28 15:18  met           -  -
C2026-0027        north/KH0001 吴飞    reply    2026-10-23 11:54  2026-10-23 10:29  met           -  -
C2026-0027        north/KH0001 吴飞    answer   2026-10-26 09:54  2026-10-23 16:44  met           -  -
C2026-0027        north/KH0001 吴飞    revisit  2026-10-27 09:48  2026-10-26 11:54  met           -  -
C2026-0028        KH0167 秦玉杰        reply    2026-10-23 15:29  2026-10-23 14:19  met           -  -
C2026-0028        KH0167 秦玉杰        answer   2026-10-26 11:59  2026-10-23 16:12  met           -  -
C2026-0028        KH0167 秦玉杰        revisit  2026-10-30 09:41  2026-10-29 10:13  met           -  -
south/C2026-0021  south/KH0049 黄美娟  reply    2026-10-12 14:52  2026-10-12 11:43  met           -  -
south/C2026-0021  south/KH0049 黄美娟  answer   2026-10-13 11:22  2026-10-12 17:12  met           -  -
south/C2026-0021  south/KH0049 黄美娟  revisit  2026-10-19 16:11  2026-10-19 11:36  met           -  -
south/C2026-0022  KS0153 江丽璐        reply    2026-10-19 11:47  2026-10-19 10:43  met           -  -
south/C2026-0022  KS0153 江丽璐        answer   2026-10-20 09:47  2026-10-19 17:11  met           -  -
south/C2026-0022  KS0153 江丽璐        revisit  2026-10-22 16:07  2026-10-22 10:02  met           -  -
south/C2026-0023  south/KH0099 崔振梅  reply    2026-10-19 17:46  2026-10-19 16:59  met           -  -
south/C2026-0023  south/KH0099 崔振梅  answer   2026-10-20 15:46  2026-10-21 15:17  late       7.0h  south/S01 陈一浩
south/C2026-0023  south/KH0099 崔振梅  revisit  2026-10-22 17:19  2026-10-22 11:10  met           -  -

Trend
=====
Month    Visits due  Visit rate (K1)  Satisfaction rate (K2)  Touched rate (K3)  Complaints opened  Deadlines met
-------  ----------  ---------------  ----------------------  -----------------  -----------------  -------------
2026-08         474            49.6%                   97.9%              23.3%                  2         100.0%
2026-09         534            37.8%                   98.1%              24.8%                  6          90.9%
2026-10         526            35.6%                   96.7%              18.8%                 16          78.0%
>>> exit 0
