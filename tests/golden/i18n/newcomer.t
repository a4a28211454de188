# messages a newcomer met untranslated under zh_CN: the plan's rows-appended
# line and summary, why visits could not be placed, the score's name in a
# bad-score message; and with nothing planned --summary says nothing
cp -R "$SAMPLES" s
cs-init -r auto-dealer empty >/dev/null
echo "--- cs-plan --write --summary"
LANGUAGE=zh_CN cs-plan -d s --now 2026-11-23T09:00 --month next --write --summary 2>&1 | head -2
echo "--- unplaced"
LANGUAGE=zh_CN cs-plan -d $DATA/issue4/capacity -r auto-dealer --now 2026-12-04T18:00+08:00 --from 2026-12-07 --to 2026-12-11 2>&1 >/dev/null | grep -o '^cs-plan: 2026-12-11: 1 次回访无法安排：人手已满'
echo "--- bad score"
printf 'customer,staff,at,method,outcome,attitude\nKH0001,S01,2026-11-20 09:00,phone,done,5\n' >bad.csv
LANGUAGE=zh_CN cs-log -d s --now 2026-11-23T09:00 --import bad.csv 2>&1; echo "exit $?"
echo "--- an empty ledger: nothing planned, --summary prints nothing"
cs-plan -d empty --now 2026-11-23T09:00 --month next --write --summary 2>&1; echo "exit $?"
LANGUAGE=zh_CN cs-plan -d empty --now 2026-11-23T09:00 --month next --summary 2>&1; echo "exit $?"
echo "--- cs-complain under language: zh_CN: the rules' labels in tables, keys in CSV"
cs-complain -d s --now 2026-11-23T09:00 list --format table 2>/dev/null | sed -n '1p;/C2026-0031/p'
cs-complain -d s --now 2026-11-23T09:00 list --format csv 2>/dev/null | grep C2026-0031
cs-complain -d s --now 2026-11-23T09:00 show C2026-0031 --format table 2>/dev/null | sed -n '2,5p;/escalate/p'
cs-complain -d s --now 2026-11-23T09:00 show C2026-0031 --format csv 2>/dev/null | grep ',escalate,'
>>> stdout
--- cs-plan --write --summary
plan.csv: 追加 320 行，0 行已存在
计划 2026-12-01..2026-12-31：已安排 320 次回访（其中 30 次与该客户的另一次回访在同一天），0 次未能安排
--- unplaced
cs-plan: 2026-12-11: 1 次回访无法安排：人手已满
--- bad score
cs-log: bad.csv:2: 态度评分 "5" 无效，列 attitude（应为 1 到 4，4 = 非常满意）
cs-log: bad.csv: 1 行有误，未导入任何记录
exit 65
--- an empty ledger: nothing planned, --summary prints nothing
exit 0
exit 0
--- cs-complain under language: zh_CN: the rules' labels in tables, keys in CSV
投诉编号    客户    客户名称  严重程度  类别      状态      处理人  当前环节  期限              逾期
C2026-0031  KH0058  陈俊琴    一般      价格      resolved  S06     revisit   2026-11-20 14:30  3h30m
C2026-0031,KH0058,陈俊琴,general,price,resolved,S06,revisit,2026-11-20 14:30,3h30m
客户      KH0058 陈俊琴
严重程度  一般
类别      价格
渠道      电话
2026-11-20 16:30  escalate          S06     revisit  层级 advisor；回访超时，升级至服务顾问
event,2026-11-20 16:30,escalate,,S06,revisit,rung advisor; 回访超时，升级至服务顾问,,,,
>>> exit 0
