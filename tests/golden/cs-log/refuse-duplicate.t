# the same customer, staff and time twice is refused; a correction is not
# a duplicate of the visit it corrects
cp -r "$DATA/issue3/store" d
L() { cs-log -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
L KH0001 --by S01 --method phone --outcome done --at '2026-02-13 10:00'
L KH0001 --by S01 --method wechat --outcome unreached --at 2026-02-13T02:00:00Z
L KH0001 --by S02 --method phone --outcome done --at '2026-02-13 10:00'
L --amends V000001 --outcome unreached
L KH0001 --by S01 --method phone --outcome done --at '2026-02-13 10:00'
cut -d, -f1-6,14 d/visits.csv
>>> stdout
V000001
exit 0
exit 65
V000002
exit 0
V000003
exit 0
exit 65
id,at,customer,staff,method,outcome,amends
V000001,2026-02-13T10:00:00+08:00,KH0001,S01,phone,done,
V000002,2026-02-13T10:00:00+08:00,KH0001,S02,phone,done,
V000003,2026-02-13T10:00:00+08:00,KH0001,S01,phone,unreached,V000001
>>> stderr
cs-log: duplicate of visit V000001 (customer KH0001, staff S01, at 2026-02-13T10:00:00+08:00)
cs-log: duplicate of visit V000003 (customer KH0001, staff S01, at 2026-02-13T10:00:00+08:00)
>>> exit 0
