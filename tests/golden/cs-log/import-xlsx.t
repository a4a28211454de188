# cs-log --import FILE.xlsx: a workbook made here with libxlsxwriter
# (tests/gen-xlsx): Chinese headings and names, a date-time cell, a date
# in a Chinese custom format, a numeric customer id in a number cell (read
# as its digits, never 2.026E+7), a time typed as text, a rich-text note,
# a blank row, a second sheet (not read); the first row of the sheet is the
# header.  The same rows with inline strings (libxlsxwriter's constant
# memory mode) from standard input.  A workbook is known by its content,
# whatever its name.
cp -r "$DATA/issue3/store" d
echo '20260001,孙七,routine,13800000009,S01,urban,2025-01-01' >>d/customers.csv
L() { cs-log -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
T=$(printf '\t')
cat >rows <<ROWS
客户编号${T}回访人${T}回访时间${T}回访方式${T}回访结果${T}态度${T}技术${T}备注
KH0001${T}S01${T}d:2026-02-11 14:30${T}电话${T}已回访${T}n:4${T}n:3${T}r:保养|提醒已告知
n:20260001${T}S02${T}2026/2/11 15:05${T}sms${T}refused${T}${T}${T}客户拒绝回访

KH0002${T}S03${T}c:2026-02-12${T}上门${T}已回访${T}n:4${T}n:4${T}
---
客户编号${T}回访人
KH0003${T}S01
ROWS
gen-xlsx book.xlsx <rows
file book.xlsx | sed 's/^[^:]*: //'
L --import book.xlsx
sed 's/2026-02-1/2026-02-0/; s/2026.2.11/2026-02-05/' rows | gen-xlsx -i inline.xlsx
echo "inline strings: $(unzip -p inline.xlsx xl/worksheets/sheet1.xml | grep -o 't="inlineStr"' | wc -l)"
L --import - <inline.xlsx
cp book.xlsx looks-like.csv
L --import looks-like.csv
cat d/visits.csv
# a workbook with nothing in it; a --encoding for CSV
printf '' | gen-xlsx empty.xlsx
L --import empty.xlsx
L --import book.xlsx --encoding gb18030
>>> stdout
Microsoft Excel 2007+
V000001-V000003
exit 0
inline strings: 22
V000004-V000006
exit 0
exit 65
id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by
V000001,2026-02-11T14:30:00+08:00,KH0001,S01,phone,done,4,3,,,,,保养提醒已告知,,2026-02-13T17:00:00+08:00,S01
V000002,2026-02-11T15:05:00+08:00,20260001,S02,sms,refused,,,,,,,客户拒绝回访,,2026-02-13T17:00:00+08:00,S02
V000003,2026-02-12T00:00:00+08:00,KH0002,S03,onsite,done,4,4,,,,,,,2026-02-13T17:00:00+08:00,S03
V000004,2026-02-01T14:30:00+08:00,KH0001,S01,phone,done,4,3,,,,,保养提醒已告知,,2026-02-13T17:00:00+08:00,S01
V000005,2026-02-05T15:05:00+08:00,20260001,S02,sms,refused,,,,,,,客户拒绝回访,,2026-02-13T17:00:00+08:00,S02
V000006,2026-02-02T00:00:00+08:00,KH0002,S03,onsite,done,4,4,,,,,,,2026-02-13T17:00:00+08:00,S03
exit 65
exit 65
>>> stderr
cs-log: looks-like.csv:2: duplicate of visit V000001 (customer KH0001, staff S01, at 2026-02-11T14:30:00+08:00)
cs-log: looks-like.csv:3: duplicate of visit V000002 (customer 20260001, staff S02, at 2026-02-11T15:05:00+08:00)
cs-log: looks-like.csv:5: duplicate of visit V000003 (customer KH0002, staff S03, at 2026-02-12T00:00:00+08:00)
cs-log: looks-like.csv: 3 bad rows, nothing imported
cs-log: empty.xlsx: empty file (expected a header line)
cs-log: empty.xlsx: nothing imported
cs-log: book.xlsx: a workbook's text is Unicode: --encoding gb18030 is for CSV files
>>> exit 0
