# A workbook saved by LibreOffice Calc (a CSV converted with soffice
# --convert-to xlsx): its own shared strings, styles and date formats.
# Calc takes the times for dates and the numeric id for a number; the
# import reads them back as they were typed.
. "$TOP/tests/report/readers.sh"
command -v soffice >/dev/null || { echo "needs LibreOffice (soffice)" >&2; exit 77; }
cp -r "$DATA/issue3/store" d
echo '20260001,孙七,routine,13800000009,S01,urban,2025-01-01' >>d/customers.csv
cat >visits.csv <<CSV
客户编号,回访人,回访时间,回访方式,回访结果,态度,技术,备注
KH0001,S01,2026-02-11 14:30,电话,已回访,4,3,保养提醒已告知
20260001,S02,2026-02-11 15:05,短信,拒绝,,,客户拒绝回访
KH0002,S03,2026-02-12,上门,已回访,4,4,"说了""很好"", 谢谢"
CSV
lo_convert xlsx . --infilter=CSV:44,34,76,1,,0,false,true visits.csv
file visits.xlsx | sed 's/^[^:]*: //'
unzip -p visits.xlsx xl/worksheets/sheet1.xml | grep -o '<c r="[AC][0-9]"[^>]*>' | tr '\n' ' '; echo
cs-log -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:00 --import visits.xlsx
echo "exit $?"
cat d/visits.csv
>>> stdout
Microsoft Excel 2007+
<c r="A1" s="1" t="s"> <c r="C1" s="1" t="s"> <c r="A2" s="0" t="s"> <c r="C2" s="2" t="n"> <c r="A3" s="0" t="n"> <c r="C3" s="2" t="n"> <c r="A4" s="0" t="s"> <c r="C4" s="3" t="n"> 
V000001-V000003
exit 0
id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by
V000001,2026-02-11T14:30:00+08:00,KH0001,S01,phone,done,4,3,,,,,保养提醒已告知,,2026-02-13T17:00:00+08:00,S01
V000002,2026-02-11T15:05:00+08:00,20260001,S02,sms,refused,,,,,,,客户拒绝回访,,2026-02-13T17:00:00+08:00,S02
V000003,2026-02-12T00:00:00+08:00,KH0002,S03,onsite,done,4,4,,,,,"说了""很好"", 谢谢",,2026-02-13T17:00:00+08:00,S03
>>> exit 0
