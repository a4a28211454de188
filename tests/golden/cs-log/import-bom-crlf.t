# an Excel export: UTF-8 with a BOM, CRLF, Chinese headers and values, an
# extra column, a quoted note over two lines; prints the first and last id
cp -r "$DATA/issue3/store" d
cs-log -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:00 --import "$DATA/issue3/import-bom-crlf.csv" --recorded-by S05
echo "exit $?"
cat d/visits.csv
>>> stdout
V000001-V000003
exit 0
id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by
V000001,2026-02-12T09:05:00+08:00,KH0002,S02,phone,done,4,4,4,4,,,"很好,谢谢",,2026-02-13T17:00:00+08:00,S05
V000002,2026-02-12T10:00:00+08:00,KH0003,S01,onsite,unreached,,,,,,,"客户不在家
改天再去",,2026-02-13T17:00:00+08:00,S05
V000003,2026-02-12T11:00:00+08:00,KH0001,S01,wechat,done,4,3,2,4,,,到达晚了,,2026-02-13T17:00:00+08:00,S05
>>> exit 0
