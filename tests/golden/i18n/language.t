# The language of messages and table headings (gettext, po/zh_CN.po):
# LANGUAGE, else LC_ALL/LC_MESSAGES/LANG (C and POSIX: English), else the
# rules' language, else English.  The tests run with LC_ALL=C: English.
# CSV and JSON keys stay ASCII in every language.  No zh_CN locale needs
# to be installed.
cp -R "$SAMPLES" s
echo 'V002527,2026-13-01T09:00:00+08:00,KH0185,S01,phone,done,3,3,3,3,routine-monthly,,,,2026-11-20T16:45:03+08:00,S01' >>s/visits.csv
cp -R "$SAMPLES" ok
due() { cs-due --now 2026-11-23T09:00 "$@" 2>&1; echo "exit $?"; }
echo "--- LC_ALL=C (the tests' default): English"
due -d s
due -d ok --since 2026-13-01
echo "--- LANGUAGE=zh_CN"
LANGUAGE=zh_CN due -d s
LANGUAGE=zh_CN due -d ok --since 2026-13-01
LANGUAGE=zh_CN due -d ok --staff S01 --format table | head -3
echo "--- LANGUAGE=zh_CN: the CSV header and JSON keys stay ASCII"
LANGUAGE=zh_CN due -d ok --staff S01 --format csv | head -2
LANGUAGE=zh_CN due -d ok --staff S01 --format json | head -1
echo "--- LANG=zh_CN.UTF-8 (not installed here) without LC_ALL"
env -u LC_ALL LANG=zh_CN.UTF-8 cs-due --now 2026-11-23T09:00 -d s 2>&1
echo "--- LANGUAGE=en wins over LANG=zh_CN.UTF-8"
env -u LC_ALL LANG=zh_CN.UTF-8 LANGUAGE=en cs-due --now 2026-11-23T09:00 -d s 2>&1
echo "--- cs-complain list, language: en in the rules: English headings, translated"
cp -R "$SAMPLES" en && sed -i 's/^language: zh_CN/language: en/' en/rules.yaml
cs-complain -d en --now 2026-11-23T09:00 list --format table | head -1
LANGUAGE=zh_CN cs-complain -d en --now 2026-11-23T09:00 list --format table | head -1
echo "--- ... with language: zh_CN its own Chinese headings, whatever the locale"
cs-complain -d ok --now 2026-11-23T09:00 list --format table | head -1
>>> stdout
--- LC_ALL=C (the tests' default): English
cs-due: visits.csv:2528: bad time "2026-13-01T09:00:00+08:00" in column at (expected an ISO 8601 time)
exit 65
cs-due: bad --since "2026-13-01" (expected YYYY-MM-DD)
Try 'cs-due --help'.
exit 64
--- LANGUAGE=zh_CN
cs-due: visits.csv:2528: 列 at 中的时间无效："2026-13-01T09:00:00+08:00"（应为 ISO 8601 时间）
exit 65
cs-due: --since "2026-13-01" 无效（应为 YYYY-MM-DD）
请尝试 'cs-due --help'。
exit 64
类型       客户    名称                  员工  事项              方式    期限              状态     逾期     投诉
---------  ------  --------------------  ----  ----------------  ------  ----------------  -------  -------  ----------
visit      KH0169  尹天雪                S01   routine-monthly   phone   2026-09-30        overdue  247h30m
--- LANGUAGE=zh_CN: the CSV header and JSON keys stay ASCII
kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0169,尹天雪,S01,routine-monthly,phone,2026-09-30,overdue,247h30m,
{"kind":"visit","customer":"KH0169","name":"尹天雪","staff":"S01","what":"routine-monthly","method":"phone","due":"2026-09-30","status":"overdue","late":"247h30m","complaint":""}
--- LANG=zh_CN.UTF-8 (not installed here) without LC_ALL
cs-due: visits.csv:2528: 列 at 中的时间无效："2026-13-01T09:00:00+08:00"（应为 ISO 8601 时间）
--- LANGUAGE=en wins over LANG=zh_CN.UTF-8
cs-due: visits.csv:2528: bad time "2026-13-01T09:00:00+08:00" in column at (expected an ISO 8601 time)
--- cs-complain list, language: en in the rules: English headings, translated
id          customer  name    severity  category  state     holder  milestone  due               late
编号        客户    名称    严重程度  类别     状态      处理人  环节     期限              逾期
--- ... with language: zh_CN its own Chinese headings, whatever the locale
投诉编号    客户    客户名称  严重程度  类别      状态      处理人  当前环节  期限              逾期
>>> exit 0
