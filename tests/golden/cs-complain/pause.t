# waiting on the customer pauses the clock: the working time between wait
# and resume is added to every pending deadline; --explain shows it
cp -r "$DATA/issue3/store" d
C() { cs-complain -d d -r "$RULES/auto-dealer.yaml" "$@"; echo "exit $?"; }
C --now '2026-03-05 16:00' open KH0002 --severity general --category parts --channel wechat --summary '配件价格有疑问' --by S02
C --now '2026-03-05 16:30' reply C2026-0001 --by S02
C --now '2026-03-05 17:00' wait C2026-0001 --by S02 --note '等客户提供发票'
C --now '2026-03-06 10:00' show C2026-0001 --format csv
C --now '2026-03-06 10:00' list --format csv
C --now '2026-03-09 11:00' resume C2026-0001 --by S02 --note '客户已提供发票'
C --now '2026-03-09 11:00' show C2026-0001 --format table --explain
C --now '2026-03-09 11:00' show C2026-0001 --explain --format json
>>> stdout
C2026-0001
exit 0
exit 0
exit 0
kind,at,event,by,holder,milestone,detail,due,met,status,late
event,2026-03-05 16:00,open,S02,S02,,配件价格有疑问,,,,
event,2026-03-05 16:30,reply,S02,S02,,,,,,
event,2026-03-05 17:00,wait,S02,S02,,等客户提供发票,,,,
milestone,2026-03-05 16:00,open,,,reply,,2026-03-05 18:00,2026-03-05 16:30,met,
milestone,2026-03-05 16:00,open,,,answer,,2026-03-06 18:00,,pending,
milestone,,resolve,,,revisit,,,,not started,
exit 0
id,customer,name,severity,category,state,holder,milestone,due,late
C2026-0001,KH0002,上海华东机械有限公司,general,parts,waiting,S02,answer,2026-03-06 18:00,
exit 0
exit 0
投诉编号  C2026-0001
客户      KH0002 上海华东机械有限公司
严重程度  一般
类别      配件
渠道      微信
状态      open
处理人    S02 王芳 (specialist)
受理时间  2026-03-05 16:00
投诉内容  配件价格有疑问

处理过程
时间              事件    操作人  处理人  环节  说明
----------------  ------  ------  ------  ----  --------------
2026-03-05 16:00  open    S02     S02           配件价格有疑问
2026-03-05 16:30  reply   S02     S02
2026-03-05 17:00  wait    S02     S02           等客户提供发票
2026-03-09 11:00  resume  S02     S02           客户已提供发票

处理期限
环节     起算              期限              完成              状态         逾期
-------  ----------------  ----------------  ----------------  -----------  ----
reply    2026-03-05 16:00  2026-03-05 18:00  2026-03-05 16:30  met
answer   2026-03-05 16:00  2026-03-10 10:00                    pending
revisit                                                        not started

期限计算
reply: from open at 2026-03-05 16:00, within 2 working hours
    counted 2026-03-05 Thu 16:00-18:00 (2h)
  = 2026-03-05 18:00
  due 2026-03-05 18:00, met 2026-03-05 16:30
answer: from open at 2026-03-05 16:00, within 1 working day
  = 2026-03-06 16:00
  waiting on the customer 2026-03-05 17:00 to 2026-03-09 11:00: 10h30m of working time credited
  2026-03-06 16:00 + 10h30m of working time paused
    counted 2026-03-06 Fri 16:00-18:00 (2h)
    skipped 2026-03-07 Sat, 2026-03-08 Sun: weekend
    counted 2026-03-09 Mon: 1 whole working day (7h30m)
    counted 2026-03-10 Tue 09:00-10:00 (1h)
  due 2026-03-10 10:00
exit 0
{"kind":"event","at":"2026-03-05 16:00","event":"open","by":"S02","holder":"S02","milestone":"","detail":"配件价格有疑问","due":"","met":"","status":"","late":""}
{"kind":"event","at":"2026-03-05 16:30","event":"reply","by":"S02","holder":"S02","milestone":"","detail":"","due":"","met":"","status":"","late":""}
{"kind":"event","at":"2026-03-05 17:00","event":"wait","by":"S02","holder":"S02","milestone":"","detail":"等客户提供发票","due":"","met":"","status":"","late":""}
{"kind":"event","at":"2026-03-09 11:00","event":"resume","by":"S02","holder":"S02","milestone":"","detail":"客户已提供发票","due":"","met":"","status":"","late":""}
{"kind":"milestone","at":"2026-03-05 16:00","event":"open","by":"","holder":"","milestone":"reply","detail":"reply: from open at 2026-03-05 16:00, within 2 working hours; counted 2026-03-05 Thu 16:00-18:00 (2h); = 2026-03-05 18:00; due 2026-03-05 18:00, met 2026-03-05 16:30","due":"2026-03-05 18:00","met":"2026-03-05 16:30","status":"met","late":""}
{"kind":"milestone","at":"2026-03-05 16:00","event":"open","by":"","holder":"","milestone":"answer","detail":"answer: from open at 2026-03-05 16:00, within 1 working day; = 2026-03-06 16:00; waiting on the customer 2026-03-05 17:00 to 2026-03-09 11:00: 10h30m of working time credited; 2026-03-06 16:00 + 10h30m of working time paused; counted 2026-03-06 Fri 16:00-18:00 (2h); skipped 2026-03-07 Sat, 2026-03-08 Sun: weekend; counted 2026-03-09 Mon: 1 whole working day (7h30m); counted 2026-03-10 Tue 09:00-10:00 (1h); due 2026-03-10 10:00","due":"2026-03-10 10:00","met":"","status":"pending","late":""}
{"kind":"milestone","at":"","event":"resolve","by":"","holder":"","milestone":"revisit","detail":"","due":"","met":"","status":"not started","late":""}
exit 0
>>> exit 0
