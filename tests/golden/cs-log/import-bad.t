# any bad row: nothing is appended, every bad value reported as FILE:LINE
cp -r "$DATA/issue3/store" d
L() { cs-log -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
L KH0001 --by S01 --method phone --outcome done --at '2026-02-12 11:00'
cp d/visits.csv before.csv
cat > bad.csv <<'CSV'
客户编号,回访人,回访时间,回访方式,回访结果,态度
1.38E+10,S01,2026-02-12 09:00,电话,已回访,4
KH0001,S09,2026-02-30 10:00,传真,已回访,5
KH0002,S02,2026-02-12 09:00,电话,已回访,非常满意
KH0002,S02,2026-02-12 09:00,电话,已回访,4
KH0001,S01,2026-02-12 11:00,微信,未接通,
KH0003,S08,2026-03-01 09:00,电话,未接通,2
CSV
L --import bad.csv
cmp before.csv d/visits.csv && echo unchanged
printf 'customer,staff,at,method,outcome\nKH0003,S01,2026-02-12 09:00,phone,done,4,4\n' > wide.csv
L --import wide.csv
printf 'customer,staff,method\nKH0001,S01,phone\n' > short.csv
L --import short.csv
printf '' > empty.csv
L --import empty.csv
printf 'customer,staff,at,method,outcome\n' > header-only.csv
L --import header-only.csv
L --import missing.csv
printf 'customer,客户,staff,at,method,outcome\n' > twice.csv
L --import twice.csv
# a time column a spreadsheet kept as numbers: what the number stands for
printf 'customer,staff,at,method,outcome\nKH0003,S01,46064.5,phone,done\nKH0003,S01,2026,phone,done\n' > serial.csv
L --import serial.csv
cmp before.csv d/visits.csv && echo unchanged
>>> stdout
V000001
exit 0
exit 65
unchanged
exit 65
exit 65
exit 65
exit 0
exit 66
exit 65
exit 65
unchanged
>>> stderr
cs-log: bad.csv:2: customer id "1.38E+10" in scientific notation in column 客户编号 (expected the id as text: format the column as text in the spreadsheet)
cs-log: bad.csv:3: unknown staff "S09" in column 回访人
cs-log: bad.csv:3: unknown method "传真" in column 回访方式 (expected phone, onsite, wechat, sms, email, letter or chat)
cs-log: bad.csv:3: bad attitude score "5" in column 态度 (expected 1 to 4, 4 = very satisfied)
cs-log: bad.csv:3: bad time "2026-02-30 10:00" in column 回访时间 (expected YYYY-MM-DD HH:MM or ISO 8601)
cs-log: bad.csv:5: duplicate of line 4 (same customer, staff and time)
cs-log: bad.csv:7: staff "S08" is not active in column 回访人
cs-log: bad.csv:7: scores for outcome "unreached" in column 态度 (expected no scores: only a done visit is scored)
cs-log: bad.csv:7: future time "2026-03-01 09:00" in column 回访时间 (expected a time not after now, 2026-02-13 17:00)
cs-log: bad.csv:6: duplicate of visit V000001 (customer KH0001, staff S01, at 2026-02-12T11:00:00+08:00)
cs-log: bad.csv: 5 bad rows, nothing imported
cs-log: wide.csv:2: 7 fields, expected 5 (header has customer,staff,at,method,outcome)
cs-log: wide.csv: nothing imported
cs-log: short.csv: missing column at
cs-log: short.csv: missing column outcome
cs-log: short.csv: nothing imported
cs-log: empty.csv: empty file (expected a header line)
cs-log: empty.csv: nothing imported
cs-log: missing.csv: No such file or directory
cs-log: twice.csv:1: columns customer and 客户 both mean customer
cs-log: twice.csv: nothing imported
cs-log: serial.csv:2: bad time "46064.5" in column at (expected YYYY-MM-DD HH:MM; 46064.5 is how a spreadsheet stores 2026-02-11 12:00: format the column as a date and time, and export again)
cs-log: serial.csv:3: bad time "2026" in column at (expected YYYY-MM-DD HH:MM or ISO 8601)
cs-log: serial.csv: 2 bad rows, nothing imported
>>> exit 0
