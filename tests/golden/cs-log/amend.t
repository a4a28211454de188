# --amends: a new row supersedes the visit, fields not given are copied;
# amending an old version corrects the latest one
cp -r "$DATA/issue3/store" d
L() { cs-log -d d -r "$RULES/auto-dealer.yaml" "$@"; echo "exit $?"; }
L --now 2026-02-13T17:00 KH0001 --by S01 --method phone --outcome done --scores 4,4,3,4 --note 好
L --now 2026-02-13T17:10 --amends V000001 --scores 4,4,2,4
L --now 2026-02-13T17:20 --amends V000001 --note '改：到达晚了' --recorded-by S05
L --now 2026-02-13T17:30 --amends V000003 KH0002 --by S02
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
V000001,2026-02-13T17:00:00+08:00,KH0001,S01,phone,done,4,4,3,4,,,好,,2026-02-13T17:00:00+08:00,S01
V000002,2026-02-13T17:00:00+08:00,KH0001,S01,phone,done,4,4,2,4,,,好,V000001,2026-02-13T17:10:00+08:00,S01
V000003,2026-02-13T17:00:00+08:00,KH0001,S01,phone,done,4,4,2,4,,,改：到达晚了,V000002,2026-02-13T17:20:00+08:00,S05
V000004,2026-02-13T17:00:00+08:00,KH0002,S02,phone,done,4,4,2,4,,,改：到达晚了,V000003,2026-02-13T17:30:00+08:00,S02
>>> exit 0
