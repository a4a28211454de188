# the whole life of a complaint under auto-dealer.yaml (the 211 rule):
# open, assign, reply, answer, resolve, a satisfied revisit, close
cp -r "$DATA/issue3/store" d
C() { cs-complain -d d -r "$RULES/auto-dealer.yaml" "$@"; echo "exit $?"; }
C --now '2026-03-02 09:10' open KH0001 --severity general --category repair --channel phone --summary '保养后仪表盘报警灯常亮' --by S01
C --now '2026-03-02 09:40' assign C2026-0001 --to S03 --by S05 --note '转服务顾问'
C --now '2026-03-02 10:30' reply C2026-0001 --by S03 --note '已电话联系客户，约定明早到店检查'
C --now '2026-03-03 09:00' answer C2026-0001 --by S03 --note '传感器故障，免费更换'
C --now '2026-03-03 15:00' resolve C2026-0001 --by S03
C --now '2026-03-04 10:00' revisit C2026-0001 --by S01 --scores 4,4,3,4 --note '客户满意'
C --now '2026-03-04 10:05' close C2026-0001 --by S05
C --now '2026-03-04 11:00' list --format table
C --now '2026-03-04 11:00' show C2026-0001 --format table
C --now '2026-03-04 11:00' show C2026-0001 --format csv
cat d/complaints.csv
>>> stdout
C2026-0001
exit 0
exit 0
exit 0
exit 0
exit 0
exit 0
exit 0
投诉编号    客户    客户名称  严重程度  类别      状态    处理人  当前环节  期限  逾期
----------  ------  --------  --------  --------  ------  ------  --------  ----  ----
C2026-0001  KH0001  王建国    一般      维修质量  closed  S03
exit 0
投诉编号  C2026-0001
客户      KH0001 王建国
严重程度  一般
类别      维修质量
渠道      电话
状态      closed
处理人    S03 张伟 (advisor)
受理时间  2026-03-02 09:10
投诉内容  保养后仪表盘报警灯常亮

处理过程
时间              事件     操作人  处理人  环节  说明
----------------  -------  ------  ------  ----  --------------------------------
2026-03-02 09:10  open     S01     S01           保养后仪表盘报警灯常亮
2026-03-02 09:40  assign   S05     S03           层级 advisor；转服务顾问
2026-03-02 10:30  reply    S03     S03           已电话联系客户，约定明早到店检查
2026-03-03 09:00  answer   S03     S03           传感器故障，免费更换
2026-03-03 15:00  resolve  S03     S03
2026-03-04 10:00  revisit  S01     S03           评分 4,4,3,4；客户满意
2026-03-04 10:05  close    S05     S03

处理期限
环节     起算              期限              完成              状态  逾期
-------  ----------------  ----------------  ----------------  ----  ----
reply    2026-03-02 09:10  2026-03-02 11:10  2026-03-02 10:30  met
answer   2026-03-02 09:10  2026-03-03 09:10  2026-03-03 09:00  met
revisit  2026-03-03 15:00  2026-03-04 15:00  2026-03-04 10:00  met
exit 0
kind,at,event,by,holder,milestone,detail,due,met,status,late
event,2026-03-02 09:10,open,S01,S01,,保养后仪表盘报警灯常亮,,,,
event,2026-03-02 09:40,assign,S05,S03,,rung advisor; 转服务顾问,,,,
event,2026-03-02 10:30,reply,S03,S03,,已电话联系客户，约定明早到店检查,,,,
event,2026-03-03 09:00,answer,S03,S03,,传感器故障，免费更换,,,,
event,2026-03-03 15:00,resolve,S03,S03,,,,,,
event,2026-03-04 10:00,revisit,S01,S03,,"scores 4,4,3,4; 客户满意",,,,
event,2026-03-04 10:05,close,S05,S03,,,,,,
milestone,2026-03-02 09:10,open,,,reply,,2026-03-02 11:10,2026-03-02 10:30,met,
milestone,2026-03-02 09:10,open,,,answer,,2026-03-03 09:10,2026-03-03 09:00,met,
milestone,2026-03-03 15:00,resolve,,,revisit,,2026-03-04 15:00,2026-03-04 10:00,met,
exit 0
seq,complaint,event,at,by,customer,holder,severity,category,channel,milestone,rung,scores,note,recorded_at
1,C2026-0001,open,2026-03-02T09:10:00+08:00,S01,KH0001,S01,general,repair,phone,,specialist,,保养后仪表盘报警灯常亮,2026-03-02T09:10:00+08:00
2,C2026-0001,assign,2026-03-02T09:40:00+08:00,S05,,S03,,,,,advisor,,转服务顾问,2026-03-02T09:40:00+08:00
3,C2026-0001,reply,2026-03-02T10:30:00+08:00,S03,,S03,,,,,,,已电话联系客户，约定明早到店检查,2026-03-02T10:30:00+08:00
4,C2026-0001,answer,2026-03-03T09:00:00+08:00,S03,,S03,,,,,,,传感器故障，免费更换,2026-03-03T09:00:00+08:00
5,C2026-0001,resolve,2026-03-03T15:00:00+08:00,S03,,S03,,,,,,,,2026-03-03T15:00:00+08:00
6,C2026-0001,revisit,2026-03-04T10:00:00+08:00,S01,,S03,,,,,,"4,4,3,4",客户满意,2026-03-04T10:00:00+08:00
7,C2026-0001,close,2026-03-04T10:05:00+08:00,S05,,S03,,,,,,,,2026-03-04T10:05:00+08:00
>>> exit 0
