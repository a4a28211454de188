# standard.yaml: a major complaint goes to the manager at once; reply in 1
# working hour, answer in 1 working day, revisit 1 working day after
# resolution; ladder specialist -> supervisor (1h) -> manager (2h)
cp -r "$DATA/issue3/store" d
C() { cs-complain -d d -r "$RULES/standard.yaml" "$@"; echo "exit $?"; }
C --now '2026-09-30 16:00' open KH0002 --severity major --category delivery --channel letter --summary '交货延误两周'
C --now '2026-09-30 16:30' open KH0001 --severity general --category service --channel phone --summary '售后电话无人接听'
C --now '2026-09-30 17:40' escalate --format csv
C --now '2026-09-30 17:50' reply C2026-0002 --by S01
C --now '2026-10-08 09:00' escalate --format csv
C --now '2026-10-08 10:00' escalate --format csv
C --now '2026-10-08 10:05' reply C2026-0001 --by S06
C --now '2026-10-08 11:00' answer C2026-0001 --by S06 --note '赔偿运费'
C --now '2026-10-08 11:00' answer C2026-0002 --by S01
C --now '2026-10-08 16:00' resolve C2026-0001 --by S06
C --now '2026-10-08 16:00' resolve C2026-0002 --by S01
C --now '2026-10-09 09:00' revisit C2026-0001 --by S02 --scores 4,4,4,4
C --now '2026-10-09 09:00' close C2026-0001 --by S06
C --now '2026-10-10 09:10' list --format table
C --now '2026-10-10 09:10' show C2026-0001 --format table
C --now '2026-10-10 09:10' show C2026-0002 --format table
>>> stdout
C2026-0001
exit 0
C2026-0002
exit 0
holder,holder_name,role,complaint,customer,name,milestone,due,late,escalated
S01,李娜,specialist,C2026-0002,KH0001,王建国,reply,2026-09-30 17:30,10m,
S06,杨磊,manager,C2026-0001,KH0002,上海华东机械有限公司,reply,2026-09-30 17:00,40m,
exit 0
exit 0
exit 0
holder,holder_name,role,complaint,customer,name,milestone,due,late,escalated
S06,杨磊,manager,C2026-0001,KH0002,上海华东机械有限公司,reply,2026-09-30 17:00,2h,
exit 0
exit 0
exit 0
exit 0
exit 0
exit 0
exit 0
exit 0
投诉编号    客户    客户名称              严重程度  类别  状态      处理人  当前环节  期限              逾期
----------  ------  --------------------  --------  ----  --------  ------  --------  ----------------  -----
C2026-0001  KH0002  上海华东机械有限公司  重大      交付  closed    S06
C2026-0002  KH0001  王建国                一般      服务  resolved  S01     revisit   2026-10-09 16:00  2h10m
exit 0
投诉编号  C2026-0001
客户      KH0002 上海华东机械有限公司
严重程度  重大
类别      交付
渠道      信函
状态      closed
处理人    S06 杨磊 (manager)
受理时间  2026-09-30 16:00
投诉内容  交货延误两周

处理过程
时间              事件     操作人  处理人  环节   说明
----------------  -------  ------  ------  -----  ------------
2026-09-30 16:00  open             S06            交货延误两周
2026-09-30 17:40  remind           S06     reply
2026-10-08 10:00  remind           S06     reply
2026-10-08 10:05  reply    S06     S06
2026-10-08 11:00  answer   S06     S06            赔偿运费
2026-10-08 16:00  resolve  S06     S06
2026-10-09 09:00  revisit  S02     S06            评分 4,4,4,4
2026-10-09 09:00  close    S06     S06

处理期限
环节     起算              期限              完成              状态  逾期
-------  ----------------  ----------------  ----------------  ----  -----
reply    2026-09-30 16:00  2026-09-30 17:00  2026-10-08 10:05  late  2h05m
answer   2026-09-30 16:00  2026-10-08 16:00  2026-10-08 11:00  met
revisit  2026-10-08 16:00  2026-10-09 16:00  2026-10-09 09:00  met
exit 0
投诉编号  C2026-0002
客户      KH0001 王建国
严重程度  一般
类别      服务
渠道      电话
状态      resolved
处理人    S01 李娜 (specialist)
受理时间  2026-09-30 16:30
投诉内容  售后电话无人接听

处理过程
时间              事件     操作人  处理人  环节   说明
----------------  -------  ------  ------  -----  ----------------
2026-09-30 16:30  open             S01            售后电话无人接听
2026-09-30 17:40  remind           S01     reply
2026-09-30 17:50  reply    S01     S01
2026-10-08 11:00  answer   S01     S01
2026-10-08 16:00  resolve  S01     S01

处理期限
环节     起算              期限              完成              状态     逾期
-------  ----------------  ----------------  ----------------  -------  -----
reply    2026-09-30 16:30  2026-09-30 17:30  2026-09-30 17:50  late     20m
answer   2026-09-30 16:30  2026-10-08 16:30  2026-10-08 11:00  met
revisit  2026-10-08 16:00  2026-10-09 16:00                    overdue  2h10m
exit 0
>>> exit 0
