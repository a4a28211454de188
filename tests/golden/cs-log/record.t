# a visit is appended and its id printed; the row records who and when
cp -r "$DATA/issue3/store" d
L() { cs-log -d d -r "$RULES/auto-dealer.yaml" "$@"; echo "exit $?"; }
L --now 2026-02-13T17:00 KH0001 --by S01 --method phone --outcome done --scores 4,4,3,4 --note '刹车已修好，客户满意'
L --now 2026-02-13T17:05 KH0002 --by S02 --method 电话 --outcome 未接通 --at '2026-02-13 10:30' --recorded-by S05
CS_USER=S06 cs-log -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:10 KH0003 --by S01 --method onsite --outcome done --scores 4,,3, --rule repair-3d --at 2026-02-13T09:00:00Z
echo "exit $?"
CS_NOW=2026-02-13T17:20 cs-log -d d -r "$RULES/auto-dealer.yaml" KH0001 --by S01 --method wechat --outcome rescheduled --note "客户说
下周再联系"
echo "exit $?"
cat d/visits.csv
>>> stdout
V000001
exit 0
V000002
exit 0
V000003
exit 0
V000004
exit 0
id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by
V000001,2026-02-13T17:00:00+08:00,KH0001,S01,phone,done,4,4,3,4,,,刹车已修好，客户满意,,2026-02-13T17:00:00+08:00,S01
V000002,2026-02-13T10:30:00+08:00,KH0002,S02,phone,unreached,,,,,,,,,2026-02-13T17:05:00+08:00,S05
V000003,2026-02-13T17:00:00+08:00,KH0003,S01,onsite,done,4,,3,,repair-3d,,,,2026-02-13T17:10:00+08:00,S06
V000004,2026-02-13T17:20:00+08:00,KH0001,S01,wechat,rescheduled,,,,,,,"客户说
下周再联系",,2026-02-13T17:20:00+08:00,S01
>>> exit 0
