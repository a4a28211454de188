# escalate twice at the same time: the second run appends and prints nothing
cp -r "$DATA/issue3/store" d
C() { cs-complain -d d -r "$RULES/auto-dealer.yaml" "$@"; echo "exit $?"; }
C --now '2026-03-02 09:00' open KH0001 --severity general --category service --channel onsite --summary '等待时间过长'
C --now '2026-03-02 09:10' open KH0002 --severity serious --category product --channel manufacturer --summary '发动机漏油'
C --now '2026-03-02 13:40' escalate --format csv
wc -l <d/complaints.csv
C --now '2026-03-02 13:40' escalate --format csv
wc -l <d/complaints.csv
C --now '2026-03-02 14:00' escalate --format csv
wc -l <d/complaints.csv
C --now '2026-03-02 15:40' escalate --format csv
wc -l <d/complaints.csv
C --now '2026-03-02 15:40' escalate --format csv
wc -l <d/complaints.csv
tail -n +4 d/complaints.csv
>>> stdout
C2026-0001
exit 0
C2026-0002
exit 0
holder,holder_name,role,complaint,customer,name,milestone,due,late,escalated
S01,李娜,specialist,C2026-0001,KH0001,王建国,reply,2026-03-02 11:00,1h10m,
S07,赵敏,gm,C2026-0002,KH0002,上海华东机械有限公司,reply,2026-03-02 11:10,1h,
exit 0
5
exit 0
5
exit 0
5
holder,holder_name,role,complaint,customer,name,milestone,due,late,escalated
S03,张伟,advisor,C2026-0001,KH0001,王建国,reply,2026-03-02 11:00,3h10m,advisor
S07,赵敏,gm,C2026-0002,KH0002,上海华东机械有限公司,reply,2026-03-02 11:10,3h,
exit 0
8
exit 0
8
3,C2026-0001,remind,2026-03-02T13:40:00+08:00,,,S01,,,,reply,,,,2026-03-02T13:40:00+08:00
4,C2026-0002,remind,2026-03-02T13:40:00+08:00,,,S07,,,,reply,,,,2026-03-02T13:40:00+08:00
5,C2026-0001,escalate,2026-03-02T15:40:00+08:00,,,S03,,,,reply,advisor,,reply 逾期 3h10m,2026-03-02T15:40:00+08:00
6,C2026-0001,remind,2026-03-02T15:40:00+08:00,,,S03,,,,reply,,,,2026-03-02T15:40:00+08:00
7,C2026-0002,remind,2026-03-02T15:40:00+08:00,,,S07,,,,reply,,,,2026-03-02T15:40:00+08:00
>>> exit 0
