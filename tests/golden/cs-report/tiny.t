# the tiny ledger of test_report.c (figures computed by hand there)
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00+08:00 --month 2026-11 --format text --trend 2
>>> stdout
Return-visit report 2026-11
Ledgers as of 2026-12-02 09:00; rules tiny; by staff; change against 2026-10

Summary
=======
Figure                  2026-11  2026-10   Change
----------------------  -------  -------  -------
Visits due                    5        3       +2
Visits done                   3        1       +2
Visit rate (K1)           60.0%    33.3%  +26.7pp
On-time rate              40.0%    33.3%   +6.7pp
Reach rate                66.7%   100.0%  -33.3pp
Satisfaction rate (K2)    75.0%   100.0%  -25.0pp
Touched rate (K3)         66.7%   100.0%  -33.3pp
Return rate (K4)          33.3%     0.0%  +33.3pp
Average score              3.73     4.00    -0.27
Dissatisfied visits           1        0       +1
Complaints opened             3        1       +2
Complaints closed             3        0       +3
Open at month end             1        1        0
Deadlines met             62.5%    66.7%   -4.2pp
Median time to reply       1.0h     1.0h     0.0h
Escalations                   1        0       +1

Visits
======
Staff      Due  Done  On time  Late  Missed  Pending  Visit rate  On time  Logged  Reached  Reach rate
---------  ---  ----  -------  ----  ------  -------  ----------  -------  ------  -------  ----------
S01 Alice    2     2        2     0       0        0      100.0%   100.0%       3        2       66.7%
S02 Bob      3     1        0     1       2        0       33.3%     0.0%       3        2       66.7%
Total        5     3        2     1       2        0       60.0%    40.0%       6        4       66.7%

Logged visits by method and outcome
===================================
Method   Logged  Reached  Unreached  Refused  Rescheduled  Reach rate
-------  ------  -------  ---------  -------  -----------  ----------
Phone         4        3          1        0            0       75.0%
On-site       1        1          0        0            0      100.0%
WeChat        1        0          0        1            0        0.0%
Total         6        4          1        1            0       66.7%

Satisfaction
============
Staff      Surveyed  Satisfied  Satisfaction  Served  Touched  Touched rate  Returning  Return rate  Dissatisfied  Followed up
---------  --------  ---------  ------------  ------  -------  ------------  ---------  -----------  ------------  -----------
S01 Alice         2          1         50.0%       2        1         50.0%          1        50.0%             1            1
S02 Bob           2          2        100.0%       2        1         50.0%          0         0.0%             0            0
Total             4          3         75.0%       3        2         66.7%          1        33.3%             1            1

Average scores
==============
Staff      Attitude  Skill  Timeliness  Promise  All items
---------  --------  -----  ----------  -------  ---------
S01 Alice      3.50   3.00        4.00     4.00       3.63
S02 Bob        4.00   4.00        3.50     4.00       3.86
Total          3.75   3.50        3.75     4.00       3.73

Satisfaction by item and level
==============================
Item        1 Very dissatisfied  2 Dissatisfied  3 Satisfied  4 Very satisfied  Answered  Average
----------  -------------------  --------------  -----------  ----------------  --------  -------
Attitude                      0               0            1                 3         4     3.75
Skill                         0               1            0                 3         4     3.50
Timeliness                    0               0            1                 3         4     3.75
Promise                       0               0            0                 3         3     4.00
All items                     0               1            2                12        15     3.73

Dissatisfied visits
===================
Visit    Time              Customer  Name  Phone        Staff      Scores   Followed up
-------  ----------------  --------  ----  -----------  ---------  -------  ----------------
V000004  2026-11-06 10:00  KH02      Ben   13800000002  S01 Alice  3,2,4,4  2026-11-16 10:00

Complaints
==========
Staff      Opened  Closed  Open at end  Deadlines  Met  Missed  Met rate
---------  ------  ------  -----------  ---------  ---  ------  --------
S01 Alice       2       1            1          5    4       1     80.0%
S02 Bob         1       1            0          2    0       2      0.0%
S03 Carol       0       1            0          1    1       0    100.0%
Total           3       3            1          8    5       3     62.5%

Complaints by category
======================
Category  Opened  Open at end
--------  ------  -----------
product        2            1
service        1            0
Total          3            1

Complaints by severity
======================
Severity  Opened  Open at end
--------  ------  -----------
general        3            1
serious        0            0
Total          3            1

Complaints by channel
=====================
Channel  Opened  Open at end
-------  ------  -----------
phone         2            1
onsite        1            0
Total         3            1

Complaint deadlines
===================
Step     Due  Met  Missed  Met rate
-------  ---  ---  ------  --------
reply      3    2       1     66.7%
answer     3    1       2     33.3%
revisit    2    2       0    100.0%
Total      8    5       3     62.5%

Working hours to reply, answer and close
========================================
Step    Complaints  Median  90th percentile
------  ----------  ------  ---------------
Reply            3    1.0h             2.5h
Answer           2    8.8h            10.5h
Close            3   22.0h            67.0h

Escalations by rung
===================
Rung        Escalations
----------  -----------
specialist            0
supervisor            1
manager               0
Total                 1

Review of the month's closed complaints (C7)
============================================
Complaint   Customer  Step     Due               Done              Result  Late by  Responsible
----------  --------  -------  ----------------  ----------------  ------  -------  -----------
C2026-0001  KH04 Dee  reply    2026-10-20 12:00  2026-10-20 11:00  met           -  -
C2026-0001  KH04 Dee  answer   2026-10-21 10:00  2026-10-21 09:00  met           -  -
C2026-0001  KH04 Dee  revisit  2026-10-22 10:00  2026-10-23 10:00  late       7.5h  S02 Bob
C2026-0002  KH01 Ann  reply    2026-11-02 12:00  2026-11-02 11:00  met           -  -
C2026-0002  KH01 Ann  answer   2026-11-03 10:00  2026-11-03 09:30  met           -  -
C2026-0002  KH01 Ann  revisit  2026-11-04 11:00  2026-11-04 10:00  met           -  -
C2026-0003  KH03 Cat  reply    2026-11-19 18:00  2026-11-20 09:30  late       0.5h  S02 Bob
C2026-0003  KH03 Cat  answer   2026-11-20 16:00  2026-11-23 10:00  late       3.0h  S02 Bob
C2026-0003  KH03 Cat  revisit  2026-11-25 10:00  2026-11-24 15:00  met           -  -

Trend
=====
Month    Visits due  Visit rate (K1)  Satisfaction rate (K2)  Touched rate (K3)  Complaints opened  Deadlines met
-------  ----------  ---------------  ----------------------  -----------------  -----------------  -------------
2026-10           3            33.3%                  100.0%             100.0%                  1          66.7%
2026-11           5            60.0%                   75.0%              66.7%                  3          62.5%
>>> exit 0
