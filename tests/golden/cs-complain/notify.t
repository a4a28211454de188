# cs-complain escalate --notify: each holder's reminder notice (催办单)
# handed to a command, one run per holder, nothing on stdout.  A notice
# whose notifier failed is handed on by the next run, while the complaint
# is still late with the same holder; one handed on is never handed on
# again; a holder the complaint has moved on from gets no stale notice.
cp -R "$SAMPLES" s
cat >stub <<'STUB'
n=$(cat)
echo "== $CS_NOTICE_TO $CS_NOTICE_NAME [$CS_NOTICE_SUBJECT] $CS_NOTICE_KIND $CS_NOTICE_KEY role=$CS_STAFF_ROLE" >>got
printf '%s\n' "$n" >>got
case " ${FAIL:-} " in *" $CS_NOTICE_TO "*) echo "stub: cannot reach $CS_NOTICE_TO" >&2; exit 1 ;; esac
exit 0
STUB
E() { cs-complain -d s "$@"; echo "exit $?"; }
echo "--- 09:00: reminders for S06 and S10; both notifiers fail"
FAIL='S06 S10' E --now 2026-11-23T09:00+08:00 escalate --notify 'sh ./stub'
cat got; rm got
echo "--- 09:10: no new reminder; both tried again, S10's goes through"
FAIL=S06 E --now 2026-11-23T09:10+08:00 escalate --notify 'sh ./stub'
grep '^==' got; rm got
echo "--- 11:30: C2026-0031 is 6 working hours late and goes up to the"
echo "    supervisor S08, who is reminded (S06's notice is not sent any more);"
echo "    two working hours after the last, S10's second reminder"
E --now 2026-11-23T11:30+08:00 escalate --notify 'sh ./stub'
cat got; rm got
echo "--- 11:40: nothing"
E --now 2026-11-23T11:40+08:00 escalate --notify 'sh ./stub'
ls got 2>/dev/null
cat s/notices.csv
echo "--- the reminders are in complaints.csv as without --notify"
grep -c ',remind,' s/complaints.csv
echo "--- --notify belongs to escalate, and not with -o"
E list --notify true
E escalate --notify true -o x
>>> stdout
--- 09:00: reminders for S06 and S10; both notifiers fail
exit 75
== S06 赵娟 [催办单 C2026-0031] remind remind:S06:C2026-0031:1:1 role=advisor
催办单
致：S06 赵娟（advisor）
时间：2026-11-23 09:00
以下投诉已超过处理期限，请尽快处理：

投诉编号    客户    客户名称  环节     期限              逾期(工作时间)  已升级至
----------  ------  --------  -------  ----------------  --------------  --------
C2026-0031  KH0058  陈俊琴    revisit  2026-11-20 14:30  3h30m
== S10 付卫帆 [催办单 C2026-0034] remind remind:S10:C2026-0034:4:1 role=gm
催办单
致：S10 付卫帆（gm）
时间：2026-11-23 09:00
以下投诉已超过处理期限，请尽快处理：

投诉编号    客户    客户名称  环节    期限              逾期(工作时间)  已升级至
----------  ------  --------  ------  ----------------  --------------  --------
C2026-0034  KH0096  孙萍      answer  2026-11-18 10:20  21h10m
--- 09:10: no new reminder; both tried again, S10's goes through
exit 75
== S06 赵娟 [催办单 C2026-0031] remind remind:S06:C2026-0031:1:1 role=advisor
== S10 付卫帆 [催办单 C2026-0034] remind remind:S10:C2026-0034:4:1 role=gm
--- 11:30: C2026-0031 is 6 working hours late and goes up to the
    supervisor S08, who is reminded (S06's notice is not sent any more);
    two working hours after the last, S10's second reminder
exit 0
== S08 蒋建明 [催办单 C2026-0031] remind remind:S08:C2026-0031:2:2 role=supervisor
催办单
致：S08 蒋建明（supervisor）
时间：2026-11-23 11:30
以下投诉已超过处理期限，请尽快处理：

投诉编号    客户    客户名称  环节     期限              逾期(工作时间)  已升级至
----------  ------  --------  -------  ----------------  --------------  ----------
C2026-0031  KH0058  陈俊琴    revisit  2026-11-20 14:30  6h              supervisor
== S10 付卫帆 [催办单 C2026-0034] remind remind:S10:C2026-0034:4:2 role=gm
催办单
致：S10 付卫帆（gm）
时间：2026-11-23 11:30
以下投诉已超过处理期限，请尽快处理：

投诉编号    客户    客户名称  环节    期限              逾期(工作时间)  已升级至
----------  ------  --------  ------  ----------------  --------------  --------
C2026-0034  KH0096  孙萍      answer  2026-11-18 10:20  23h40m
--- 11:40: nothing
exit 0
at,kind,recipient,key,status,detail
2026-11-23T09:00:00+08:00,remind,S06,remind:S06:C2026-0031:1:1,failed,exit 1
2026-11-23T09:00:00+08:00,remind,S10,remind:S10:C2026-0034:4:1,failed,exit 1
2026-11-23T09:10:00+08:00,remind,S06,remind:S06:C2026-0031:1:1,failed,exit 1
2026-11-23T09:10:00+08:00,remind,S10,remind:S10:C2026-0034:4:1,sent,
2026-11-23T11:30:00+08:00,remind,S08,remind:S08:C2026-0031:2:2,sent,
2026-11-23T11:30:00+08:00,remind,S10,remind:S10:C2026-0034:4:2,sent,
--- the reminders are in complaints.csv as without --notify
4
--- --notify belongs to escalate, and not with -o
exit 64
exit 64
>>> stderr
stub: cannot reach S06
cs-complain: remind for S06 (remind:S06:C2026-0031:1:1): the notifier failed (exit 1); it is tried again on the next run
stub: cannot reach S10
cs-complain: remind for S10 (remind:S10:C2026-0034:4:1): the notifier failed (exit 1); it is tried again on the next run
stub: cannot reach S06
cs-complain: remind for S06 (remind:S06:C2026-0031:1:1): the notifier failed (exit 1); it is tried again on the next run
cs-complain: list does not take --notify
Try 'cs-complain --help'.
cs-complain: escalate: --notify does not go with -o
Try 'cs-complain --help'.
>>> exit 0
