# a rule set in English: the notice is in English; -o FILE; --format json
cp -r "$DATA/issue3/store" d
cat >rules.yaml <<'YAML'
version: 1
name: small
language: en
calendar:
  include: calendars/cn-2026.yaml
complaints:
  severities: [general, {name: major, start: manager}]
  categories: [product, service]
  channels: [phone]
  ladder:
    - {role: specialist}
    - {role: supervisor, after: 1h}
    - {role: manager, after: 2h}
  milestones:
    - {name: reply, from: open, within: 1h, met_by: reply}
    - {name: answer, from: open, within: 1d, met_by: answer}
  remind: 1h
YAML
C() { cs-complain -d d -r rules.yaml "$@"; echo "exit $?"; }
C --now '2026-03-02 09:00' open KH0001 --severity general --category product --channel phone --summary 'noisy brakes'
C --now '2026-03-02 09:05' open KH0004 --severity major --category service --channel phone --summary 'rude staff'
C --now '2026-03-02 10:30' escalate
C --now '2026-03-02 11:30' escalate -o notice.txt
cat notice.txt
C --now '2026-03-02 14:00' escalate --format json
C --now '2026-03-02 14:00' list --format table
>>> stdout
C2026-0001
exit 0
C2026-0002
exit 0
Reminder notice
To: S01 李娜 (specialist)
Time: 2026-03-02 10:30
These complaints are past their deadline:

complaint   customer  name    milestone  due               late (working time)  escalated
----------  --------  ------  ---------  ----------------  -------------------  ---------
C2026-0001  KH0001    王建国  reply      2026-03-02 10:00  30m

Reminder notice
To: S06 杨磊 (manager)
Time: 2026-03-02 10:30
These complaints are past their deadline:

complaint   customer  name  milestone  due               late (working time)  escalated
----------  --------  ----  ---------  ----------------  -------------------  ---------
C2026-0002  KH0004    赵六  reply      2026-03-02 10:05  25m
exit 0
exit 0
Reminder notice
To: S05 陈静 (supervisor)
Time: 2026-03-02 11:30
These complaints are past their deadline:

complaint   customer  name    milestone  due               late (working time)  escalated
----------  --------  ------  ---------  ----------------  -------------------  ----------
C2026-0001  KH0001    王建国  reply      2026-03-02 10:00  1h30m                supervisor

Reminder notice
To: S06 杨磊 (manager)
Time: 2026-03-02 11:30
These complaints are past their deadline:

complaint   customer  name  milestone  due               late (working time)  escalated
----------  --------  ----  ---------  ----------------  -------------------  ---------
C2026-0002  KH0004    赵六  reply      2026-03-02 10:05  1h25m
{"holder":"S05","holder_name":"陈静","role":"supervisor","complaint":"C2026-0001","customer":"KH0001","name":"王建国","milestone":"reply","due":"2026-03-02 10:00","late":"2h30m","escalated":""}
{"holder":"S06","holder_name":"杨磊","role":"manager","complaint":"C2026-0002","customer":"KH0004","name":"赵六","milestone":"reply","due":"2026-03-02 10:05","late":"2h25m","escalated":""}
exit 0
id          customer  name    severity  category  state  holder  milestone  due               late
----------  --------  ------  --------  --------  -----  ------  ---------  ----------------  -----
C2026-0001  KH0001    王建国  general   product   open   S05     reply      2026-03-02 10:00  2h30m
C2026-0002  KH0004    赵六    major     service   open   S06     reply      2026-03-02 10:05  2h25m
exit 0
>>> exit 0
