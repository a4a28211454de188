# a dissatisfied revisit (a score <= 2) reopens the complaint and moves it
# one rung up the ladder; reply and answer start again from the reopening
cp -r "$DATA/issue3/store" d
C() { cs-complain -d d -r "$RULES/auto-dealer.yaml" "$@"; echo "exit $?"; }
C --now '2026-03-02 09:00' open KH0001 --severity general --category repair --channel phone --summary '空调不制冷'
C --now '2026-03-02 09:30' reply C2026-0001 --by S01
C --now '2026-03-02 16:00' answer C2026-0001 --by S01
C --now '2026-03-03 10:00' resolve C2026-0001 --by S01
C --now '2026-03-03 14:00' revisit C2026-0001 --by S02 --scores 3,2,3,3 --note '还是不够凉'
C --now '2026-03-03 14:10' show C2026-0001 --format table
C --now '2026-03-03 14:10' revisit C2026-0001 --scores 4,4,4,4
C --now '2026-03-03 15:00' reply C2026-0001 --by S03
C --now '2026-03-04 10:00' answer C2026-0001 --by S03
C --now '2026-03-04 11:00' resolve C2026-0001 --by S03
C --now '2026-03-04 15:00' revisit C2026-0001 --by S02 --scores 1,1,1,1
C --now '2026-03-04 15:00' list --format csv
tail -n 6 d/complaints.csv
>>> stdout
C2026-0001
exit 0
exit 0
exit 0
exit 0
exit 0
投诉编号  C2026-0001
客户      KH0001 王建国
严重程度  一般
类别      维修质量
渠道      电话
状态      open
处理人    S03 张伟 (advisor)
受理时间  2026-03-02 09:00
投诉内容  空调不制冷

处理过程
时间              事件      操作人  处理人  环节  说明
----------------  --------  ------  ------  ----  ------------------------
2026-03-02 09:00  open              S01           空调不制冷
2026-03-02 09:30  reply     S01     S01
2026-03-02 16:00  answer    S01     S01
2026-03-03 10:00  resolve   S01     S01
2026-03-03 14:00  revisit   S02     S01           评分 3,2,3,3；还是不够凉
2026-03-03 14:00  reopen    S02     S01           评分 3,2,3,3；回访不满意
2026-03-03 14:00  escalate  S02     S03           层级 advisor；回访不满意

处理期限
环节     起算              期限              完成              状态     逾期
-------  ----------------  ----------------  ----------------  -------  ----
reply    2026-03-03 14:00  2026-03-03 16:00                    pending
answer   2026-03-03 14:00  2026-03-04 14:00                    pending
revisit  2026-03-03 10:00  2026-03-04 10:00  2026-03-03 14:00  met
exit 0
exit 65
exit 0
exit 0
exit 0
exit 0
id,customer,name,severity,category,state,holder,milestone,due,late
C2026-0001,KH0001,王建国,general,repair,open,S05,reply,2026-03-04 17:00,
exit 0
8,C2026-0001,reply,2026-03-03T15:00:00+08:00,S03,,S03,,,,,,,,2026-03-03T15:00:00+08:00
9,C2026-0001,answer,2026-03-04T10:00:00+08:00,S03,,S03,,,,,,,,2026-03-04T10:00:00+08:00
10,C2026-0001,resolve,2026-03-04T11:00:00+08:00,S03,,S03,,,,,,,,2026-03-04T11:00:00+08:00
11,C2026-0001,revisit,2026-03-04T15:00:00+08:00,S02,,S03,,,,,,"1,1,1,1",,2026-03-04T15:00:00+08:00
12,C2026-0001,reopen,2026-03-04T15:00:00+08:00,S02,,S03,,,,,,"1,1,1,1",回访不满意,2026-03-04T15:00:00+08:00
13,C2026-0001,escalate,2026-03-04T15:00:00+08:00,S02,,S05,,,,,supervisor,,回访不满意,2026-03-04T15:00:00+08:00
>>> stderr
cs-complain: C2026-0001: cannot record revisit: the complaint is open
>>> exit 0
