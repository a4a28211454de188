# steps out of order and bad values are refused with a message naming the
# value, exit 65, and nothing is appended
cp -r "$DATA/issue3/store" d
C() { cs-complain -d d -r "$RULES/auto-dealer.yaml" "$@"; echo "exit $?"; }
C --now '2026-03-02 09:00' resolve C2026-0001
C --now '2026-03-02 09:00' open KH9999 --severity general --category repair --channel phone --summary x
C --now '2026-03-02 09:00' open KH0001 --severity minor --category repair --channel phone --summary x
C --now '2026-03-02 09:00' open KH0001 --severity general --category noise --channel phone --summary x
C --now '2026-03-02 09:00' open KH0001 --severity general --category repair --channel fax --summary x
C --now '2026-03-02 09:00' open KH0001 --severity general --category repair --channel phone --summary x --by S08
C --now '2026-03-02 09:00' open KH0001 --severity general --category repair --channel phone --summary x --at '2026-03-02 10:00'
C --now '2026-03-02 09:00' open KH0001 --severity general --category repair --channel phone --summary x --at 2026-03-32
C --now '2026-03-02 09:00' open KH0001 --severity general --category repair --channel phone --summary '第一个'
cp d/complaints.csv before
C --now '2026-03-02 09:10' reply C2026-0002
C --now '2026-03-02 09:10' reply 42
C --now '2026-03-02 09:10' reply C2026-0001 --at '2026-03-02 08:00'
C --now '2026-03-02 09:10' reply C2026-0001 --by S99
C --now '2026-03-02 09:10' assign C2026-0001 --to S08
C --now '2026-03-02 09:10' assign C2026-0001 --to S01
C --now '2026-03-02 09:10' resume C2026-0001
C --now '2026-03-02 09:10' revisit C2026-0001 --scores 4,4,4,4
C --now '2026-03-02 09:10' reopen C2026-0001
cmp before d/complaints.csv && echo unchanged
C --now '2026-03-02 09:20' reply C2026-0001
C --now '2026-03-02 09:30' reply C2026-0001
C --now '2026-03-02 09:30' wait C2026-0001
C --now '2026-03-02 09:40' wait C2026-0001
C --now '2026-03-02 09:50' resolve C2026-0001
C --now '2026-03-02 09:50' revisit C2026-0001 --scores 4,4,5,4
C --now '2026-03-02 09:55' revisit C2026-0001 --scores 4,4,4,4
C --now '2026-03-02 09:56' revisit C2026-0001 --scores 4,4,4,4
C --now '2026-03-02 10:00' close C2026-0001
C --now '2026-03-02 10:10' close C2026-0001
C --now '2026-03-02 10:10' answer C2026-0001
C --now '2026-03-02 10:10' assign C2026-0001 --to S03
C --now '2026-03-02 10:10' wait C2026-0001
C --now '2026-03-02 10:20' note C2026-0001 --note '客户来电致谢'
C --now '2026-03-02 10:30' reopen C2026-0001 --note '客户又来投诉'
C --now '2026-03-02 10:30' show C2026-0099
cut -d, -f1-4 d/complaints.csv
>>> stdout
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
C2026-0001
exit 0
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
unchanged
exit 0
exit 65
exit 0
exit 65
exit 0
exit 65
exit 0
exit 65
exit 0
exit 65
exit 65
exit 65
exit 65
exit 0
exit 0
exit 65
seq,complaint,event,at
1,C2026-0001,open,2026-03-02T09:00:00+08:00
2,C2026-0001,reply,2026-03-02T09:20:00+08:00
3,C2026-0001,wait,2026-03-02T09:30:00+08:00
4,C2026-0001,resolve,2026-03-02T09:50:00+08:00
5,C2026-0001,revisit,2026-03-02T09:55:00+08:00
6,C2026-0001,close,2026-03-02T10:00:00+08:00
7,C2026-0001,note,2026-03-02T10:20:00+08:00
8,C2026-0001,reopen,2026-03-02T10:30:00+08:00
>>> stderr
cs-complain: unknown complaint "C2026-0001"
cs-complain: unknown customer "KH9999"
cs-complain: unknown severity "minor" in --severity (expected general, serious)
cs-complain: unknown category "noise" in --category (expected product, repair, service, parts, price, other)
cs-complain: unknown channel "fax" in --channel (expected onsite, phone, visit, letter, wechat, email, manufacturer, consumer-association)
cs-complain: staff "S08" is not active in --by
cs-complain: future time "2026-03-02 10:00" in --at (expected a time not after now, 2026-03-02 09:00)
cs-complain: bad time "2026-03-32" in --at (expected YYYY-MM-DD HH:MM or ISO 8601)
cs-complain: unknown complaint "C2026-0002"
cs-complain: unknown complaint "42"
cs-complain: C2026-0001: time 2026-03-02 08:00 is before its last event (open at 2026-03-02 09:00)
cs-complain: unknown staff "S99" in --by
cs-complain: staff "S08" is not active in --to
cs-complain: C2026-0001: already held by S01
cs-complain: C2026-0001: cannot record resume: the complaint is open
cs-complain: C2026-0001: cannot record revisit: the complaint is open
cs-complain: C2026-0001: cannot record reopen: the complaint is open
cs-complain: C2026-0001: reply already recorded at 2026-03-02 09:20 (milestone reply)
cs-complain: C2026-0001: already waiting on the customer
cs-complain: bad scores "4,4,5,4" in --scores (expected each score 1 to 4, 4 = very satisfied, or empty)
cs-complain: C2026-0001: revisit already recorded at 2026-03-02 09:55 (milestone revisit)
cs-complain: C2026-0001: already closed (at 2026-03-02 10:00)
cs-complain: C2026-0001: cannot record answer: the complaint is closed
cs-complain: C2026-0001: cannot record assign: the complaint is closed
cs-complain: C2026-0001: cannot record wait: the complaint is closed
cs-complain: unknown complaint "C2026-0099"
>>> exit 0
