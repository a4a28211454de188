# the escalation ladder across Spring Festival 2026: opened Friday
# 2026-02-13 17:00, the 2-working-hour reply is due Saturday 2026-02-14 10:00
# (a make-up working day); 2h late -> advisor, 4h more -> supervisor, one
# working day more -> manager (Tuesday 2026-02-24, after the holiday);
# reminders every 2 working hours, none outside working hours
cp -r "$DATA/issue3/store" d
C() { cs-complain -d d -r "$RULES/auto-dealer.yaml" "$@"; echo "exit $?"; }
C --now 2026-02-13T17:00 open KH0001 --severity general --category repair --channel phone --summary '刹车异响' --by S01
C --now 2026-02-13T17:00 show C2026-0001 --format table --explain
for t in 2026-02-14T09:59 2026-02-14T10:30 2026-02-14T12:00 2026-02-14T14:00 \
    2026-02-14T17:30 2026-02-14T19:00 2026-02-16T10:00 2026-02-24T09:00 \
    2026-02-24T11:00 2026-02-24T17:30; do
	echo "== escalate at $t"
	C --now $t escalate
done
C --now 2026-02-24T17:45 show C2026-0001 --format table
>>> stdout
C2026-0001
exit 0
投诉编号  C2026-0001
客户      KH0001 王建国
严重程度  一般
类别      维修质量
渠道      电话
状态      open
处理人    S01 李娜 (specialist)
受理时间  2026-02-13 17:00
投诉内容  刹车异响

处理过程
时间              事件  操作人  处理人  环节  说明
----------------  ----  ------  ------  ----  --------
2026-02-13 17:00  open  S01     S01           刹车异响

处理期限
环节     起算              期限              完成  状态         逾期
-------  ----------------  ----------------  ----  -----------  ----
reply    2026-02-13 17:00  2026-02-14 10:00        pending
answer   2026-02-13 17:00  2026-02-14 17:00        pending
revisit                                            not started

期限计算
reply: from open at 2026-02-13 17:00, within 2 working hours
    counted 2026-02-13 Fri 17:00-18:00 (1h)
    2026-02-14 Sat: make-up working day (春节调休)
    counted 2026-02-14 Sat 09:00-10:00 (1h)
  = 2026-02-14 10:00
  due 2026-02-14 10:00
answer: from open at 2026-02-13 17:00, within 1 working day
    2026-02-14 Sat: make-up working day (春节调休)
  = 2026-02-14 17:00
  due 2026-02-14 17:00
exit 0
== escalate at 2026-02-14T09:59
exit 0
== escalate at 2026-02-14T10:30
催办单
致：S01 李娜（specialist）
时间：2026-02-14 10:30
以下投诉已超过处理期限，请尽快处理：

投诉编号    客户    客户名称  环节   期限              逾期(工作时间)  已升级至
----------  ------  --------  -----  ----------------  --------------  --------
C2026-0001  KH0001  王建国    reply  2026-02-14 10:00  30m
exit 0
== escalate at 2026-02-14T12:00
exit 0
== escalate at 2026-02-14T14:00
催办单
致：S03 张伟（advisor）
时间：2026-02-14 14:00
以下投诉已超过处理期限，请尽快处理：

投诉编号    客户    客户名称  环节   期限              逾期(工作时间)  已升级至
----------  ------  --------  -----  ----------------  --------------  --------
C2026-0001  KH0001  王建国    reply  2026-02-14 10:00  2h30m           advisor
exit 0
== escalate at 2026-02-14T17:30
催办单
致：S05 陈静（supervisor）
时间：2026-02-14 17:30
以下投诉已超过处理期限，请尽快处理：

投诉编号    客户    客户名称  环节   期限              逾期(工作时间)  已升级至
----------  ------  --------  -----  ----------------  --------------  ----------
C2026-0001  KH0001  王建国    reply  2026-02-14 10:00  6h              supervisor
exit 0
== escalate at 2026-02-14T19:00
exit 0
== escalate at 2026-02-16T10:00
exit 0
== escalate at 2026-02-24T09:00
exit 0
== escalate at 2026-02-24T11:00
催办单
致：S05 陈静（supervisor）
时间：2026-02-24 11:00
以下投诉已超过处理期限，请尽快处理：

投诉编号    客户    客户名称  环节   期限              逾期(工作时间)  已升级至
----------  ------  --------  -----  ----------------  --------------  --------
C2026-0001  KH0001  王建国    reply  2026-02-14 10:00  8h30m
exit 0
== escalate at 2026-02-24T17:30
催办单
致：S06 杨磊（manager）
时间：2026-02-24 17:30
以下投诉已超过处理期限，请尽快处理：

投诉编号    客户    客户名称  环节   期限              逾期(工作时间)  已升级至
----------  ------  --------  -----  ----------------  --------------  --------
C2026-0001  KH0001  王建国    reply  2026-02-14 10:00  13h30m          manager
exit 0
投诉编号  C2026-0001
客户      KH0001 王建国
严重程度  一般
类别      维修质量
渠道      电话
状态      open
处理人    S06 杨磊 (manager)
受理时间  2026-02-13 17:00
投诉内容  刹车异响

处理过程
时间              事件      操作人  处理人  环节   说明
----------------  --------  ------  ------  -----  -------------------------------
2026-02-13 17:00  open      S01     S01            刹车异响
2026-02-14 10:30  remind            S01     reply
2026-02-14 14:00  escalate          S03     reply  层级 advisor；reply 逾期 2h30m
2026-02-14 14:00  remind            S03     reply
2026-02-14 17:30  escalate          S05     reply  层级 supervisor；reply 逾期 6h
2026-02-14 17:30  remind            S05     reply
2026-02-24 11:00  remind            S05     reply
2026-02-24 17:30  escalate          S06     reply  层级 manager；reply 逾期 13h30m
2026-02-24 17:30  remind            S06     reply

处理期限
环节     起算              期限              完成  状态         逾期
-------  ----------------  ----------------  ----  -----------  ------
reply    2026-02-13 17:00  2026-02-14 10:00        overdue      13h45m
answer   2026-02-13 17:00  2026-02-14 17:00        overdue      8h15m
revisit                                            not started
exit 0
>>> exit 0
