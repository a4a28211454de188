# a GB18030 export (committed fixture, and one made here with iconv, read
# from standard input); without --encoding it is refused as not UTF-8
cp -r "$DATA/issue3/store" d
L() { cs-log -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
L --import "$DATA/issue3/import-gb18030.csv"
L --import "$DATA/issue3/import-gb18030.csv" --encoding gb18030
printf '客户编号,回访人,回访时间,回访方式,回访结果,备注\nKH0002,S02,2026-02-10 09:30,邮件,改约,客户要求下周\n' | iconv -f UTF-8 -t GB18030 > gbk.csv
L --import - --encoding GBK < gbk.csv
cat d/visits.csv
>>> stdout
exit 65
V000001-V000002
exit 0
V000003
exit 0
id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by
V000001,2026-02-11T14:30:00+08:00,KH0001,S01,phone,done,4,3,4,4,routine-monthly,,保养提醒已告知,,2026-02-13T17:00:00+08:00,S01
V000002,2026-02-11T15:00:00+08:00,KH0004,S02,sms,refused,,,,,,,客户拒绝回访,,2026-02-13T17:00:00+08:00,S02
V000003,2026-02-10T09:30:00+08:00,KH0002,S02,email,rescheduled,,,,,,,客户要求下周,,2026-02-13T17:00:00+08:00,S02
>>> stderr
cs-log: import-gb18030.csv:1: invalid UTF-8 (byte 0xBF at column 1); convert the file first: iconv -f GB18030 -t UTF-8, or use --encoding gb18030 where the command offers it
cs-log: import-gb18030.csv: nothing imported
>>> exit 0
