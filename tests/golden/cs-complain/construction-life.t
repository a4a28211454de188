# construction-warranty.yaml: arrival (the reply) within 6 working hours in
# the city and 7 in the suburbs; an emergency goes to the general manager;
# the repair (met by resolve) within 12 working hours; a revisit within 1
# working day of it
cp -r "$DATA/issue3/store" d
C() { cs-complain -d d -r "$RULES/construction-warranty.yaml" "$@"; echo "exit $?"; }
C --now '2026-06-18 14:00' open KH0001 --severity general --category leakage --channel phone --summary '卫生间渗水'
C --now '2026-06-18 14:00' open KH0003 --severity emergency --category structure --channel onsite --summary '阳台栏杆松动'
C --now '2026-06-18 14:10' show C2026-0002 --format table --explain
C --now '2026-06-22 10:00' list --format table
C --now '2026-06-22 10:00' escalate
C --now '2026-06-22 10:05' reply C2026-0001 --by S03 --note '维修人员到场'
C --now '2026-06-22 10:05' reply C2026-0002 --by S07 --note '维修人员到场'
C --now '2026-06-22 15:00' resolve C2026-0002 --by S07 --note '已加固'
C --now '2026-06-23 09:00' revisit C2026-0002 --by S01 --scores 4,4,3,4
C --now '2026-06-23 09:30' close C2026-0002 --by S07
C --now '2026-06-23 10:00' show C2026-0001 --format table
C --now '2026-06-23 10:00' show C2026-0002 --format table
>>> stdout
C2026-0001
exit 0
C2026-0002
exit 0
投诉编号  C2026-0002
客户      KH0003 李秀英
严重程度  紧急
类别      结构
渠道      现场
状态      open
处理人    S07 赵敏 (gm)
受理时间  2026-06-18 14:00
投诉内容  阳台栏杆松动

处理过程
时间              事件  操作人  处理人  环节  说明
----------------  ----  ------  ------  ----  ------------
2026-06-18 14:00  open          S07           阳台栏杆松动

处理期限
环节             起算              期限              完成  状态         逾期
---------------  ----------------  ----------------  ----  -----------  ----
arrive-suburban  2026-06-18 14:00  2026-06-22 12:00        pending
repair           2026-06-18 14:00  2026-06-23 09:30        pending
revisit                                                    not started

期限计算
arrive-suburban: from open at 2026-06-18 14:00, within 7 working hours
    counted 2026-06-18 Thu 14:00-18:00 (4h)
    skipped 2026-06-19 Fri .. 2026-06-21 Sun: holiday (端午节)
    counted 2026-06-22 Mon 09:00-12:00 (3h)
  = 2026-06-22 12:00
  due 2026-06-22 12:00
repair: from open at 2026-06-18 14:00, within 12 working hours
    counted 2026-06-18 Thu 14:00-18:00 (4h)
    skipped 2026-06-19 Fri .. 2026-06-21 Sun: holiday (端午节)
    counted 2026-06-22 Mon: 1 whole working day (7h30m)
    counted 2026-06-23 Tue 09:00-09:30 (30m)
  = 2026-06-23 09:30
  due 2026-06-23 09:30
exit 0
投诉编号    客户    客户名称  严重程度  类别  状态  处理人  当前环节         期限              逾期
----------  ------  --------  --------  ----  ----  ------  ---------------  ----------------  ----
C2026-0001  KH0001  王建国    一般      渗漏  open  S01     arrive           2026-06-22 11:00
C2026-0002  KH0003  李秀英    紧急      结构  open  S07     arrive-suburban  2026-06-22 12:00
exit 0
exit 0
exit 0
exit 0
exit 0
exit 0
exit 0
投诉编号  C2026-0001
客户      KH0001 王建国
严重程度  一般
类别      渗漏
渠道      电话
状态      open
处理人    S01 李娜 (specialist)
受理时间  2026-06-18 14:00
投诉内容  卫生间渗水

处理过程
时间              事件   操作人  处理人  环节  说明
----------------  -----  ------  ------  ----  ------------
2026-06-18 14:00  open           S01           卫生间渗水
2026-06-22 10:05  reply  S03     S01           维修人员到场

处理期限
环节     起算              期限              完成              状态         逾期
-------  ----------------  ----------------  ----------------  -----------  ----
arrive   2026-06-18 14:00  2026-06-22 11:00  2026-06-22 10:05  met
repair   2026-06-18 14:00  2026-06-23 09:30                    overdue      30m
revisit                                                        not started
exit 0
投诉编号  C2026-0002
客户      KH0003 李秀英
严重程度  紧急
类别      结构
渠道      现场
状态      closed
处理人    S07 赵敏 (gm)
受理时间  2026-06-18 14:00
投诉内容  阳台栏杆松动

处理过程
时间              事件     操作人  处理人  环节  说明
----------------  -------  ------  ------  ----  ------------
2026-06-18 14:00  open             S07           阳台栏杆松动
2026-06-22 10:05  reply    S07     S07           维修人员到场
2026-06-22 15:00  resolve  S07     S07           已加固
2026-06-23 09:00  revisit  S01     S07           评分 4,4,3,4
2026-06-23 09:30  close    S07     S07

处理期限
环节             起算              期限              完成              状态  逾期
---------------  ----------------  ----------------  ----------------  ----  ----
arrive-suburban  2026-06-18 14:00  2026-06-22 12:00  2026-06-22 10:05  met
repair           2026-06-18 14:00  2026-06-23 09:30  2026-06-22 15:00  met
revisit          2026-06-22 15:00  2026-06-23 15:00  2026-06-23 09:00  met
exit 0
>>> stderr
cs-complain: construction-warranty.yaml:26: rule "warranty-half-year" leaves out customers by column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:38: rule "warranty-quarterly" matches on column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:26: rule "warranty-half-year" leaves out customers by column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:38: rule "warranty-quarterly" matches on column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:26: rule "warranty-half-year" leaves out customers by column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:38: rule "warranty-quarterly" matches on column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:26: rule "warranty-half-year" leaves out customers by column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:38: rule "warranty-quarterly" matches on column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:26: rule "warranty-half-year" leaves out customers by column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:38: rule "warranty-quarterly" matches on column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:26: rule "warranty-half-year" leaves out customers by column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:38: rule "warranty-quarterly" matches on column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:26: rule "warranty-half-year" leaves out customers by column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:38: rule "warranty-quarterly" matches on column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:26: rule "warranty-half-year" leaves out customers by column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:38: rule "warranty-quarterly" matches on column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:26: rule "warranty-half-year" leaves out customers by column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:38: rule "warranty-quarterly" matches on column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:26: rule "warranty-half-year" leaves out customers by column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:38: rule "warranty-quarterly" matches on column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:26: rule "warranty-half-year" leaves out customers by column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:38: rule "warranty-quarterly" matches on column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:26: rule "warranty-half-year" leaves out customers by column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
cs-complain: construction-warranty.yaml:38: rule "warranty-quarterly" matches on column "work", which customers.csv does not have (columns: id, name, class, phone, owner, region, since)
>>> exit 0
