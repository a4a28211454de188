# `language: zh_CN` in the rules file: the language when the environment
# names none (cron: LANG, LC_ALL, LC_MESSAGES and LANGUAGE unset or empty).
# An explicit locale wins, C included.  What goes wrong before the rules
# are read (the command line, the rules file itself) follows the
# environment only.
cp -R "$SAMPLES" s
cp -R "$SAMPLES" ok
echo 'V002527,2026-13-01T09:00:00+08:00,KH0185,S01,phone,done,3,3,3,3,routine-monthly,,,,2026-11-20T16:45:03+08:00,S01' >>s/visits.csv
grep '^language:' s/rules.yaml
cron() { env -u LC_ALL -u LC_MESSAGES -u LANG -u LANGUAGE "$@"; }
echo "--- as under cron: the rules' language"
cron cs-due --now 2026-11-23T09:00 -d s 2>&1; echo "exit $?"
cron cs-due --now 2026-11-23T09:00 -d ok --staff S02 --format table | head -1
echo "--- LC_ALL=C: English"
cs-due --now 2026-11-23T09:00 -d s 2>&1; echo "exit $?"
echo "--- language: en"
sed -i 's/^language: zh_CN/language: en/' s/rules.yaml
cron cs-due --now 2026-11-23T09:00 -d s 2>&1; echo "exit $?"
echo "--- no language: key"
sed -i '/^language:/d' s/rules.yaml
cron cs-due --now 2026-11-23T09:00 -d s 2>&1; echo "exit $?"
echo "--- a rules file's own error, language: zh_CN, under cron"
printf 'version: 1\nlanguage: zh_CN\ntimezone: Mars/Olympus\n' >bad.yaml
cron cs-due --now 2026-11-23T09:00 -d s -r bad.yaml 2>&1; echo "exit $?"
>>> stdout
language: zh_CN
--- as under cron: the rules' language
cs-due: visits.csv:2528: 列 at 中的时间无效："2026-13-01T09:00:00+08:00"（应为 ISO 8601 时间）
exit 65
类型       客户    名称                      员工  事项             方式   期限              状态     逾期     投诉
--- LC_ALL=C: English
cs-due: visits.csv:2528: bad time "2026-13-01T09:00:00+08:00" in column at (expected an ISO 8601 time)
exit 65
--- language: en
cs-due: visits.csv:2528: bad time "2026-13-01T09:00:00+08:00" in column at (expected an ISO 8601 time)
exit 65
--- no language: key
cs-due: visits.csv:2528: bad time "2026-13-01T09:00:00+08:00" in column at (expected an ISO 8601 time)
exit 65
--- a rules file's own error, language: zh_CN, under cron
cs-due: bad.yaml:3:11: unknown timezone "Mars/Olympus" (expected a fixed-offset zone such as Asia/Shanghai, UTC or +08:00)
exit 65
>>> exit 0
