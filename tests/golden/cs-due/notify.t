# cs-due --notify: each person's list handed to a command, one run per
# person, the list on its stdin (the table, Chinese aligned) and who it is
# for in the environment (every staff.csv column as CS_STAFF_<COLUMN>).
# A notifier that fails is reported, exit 75, and tried again on the next
# run; a list handed on is not handed on again the same day.
cp -R "$SAMPLES" s
# staff.csv with an email and a wecom-id column
awk -F, 'NR == 1 { print $0 ",email,wecom-id"; next }
	{ print $0 "," tolower($1) "@example.com,wx_" $1 }' "$SAMPLES/staff.csv" >s/staff.csv
# the stub notifier: records whom it ran for, the environment of S06's
# notice and S06's notice itself; fails once for each id in $FAIL_ONCE
cat >stub <<'STUB'
n=$(cat); echo "== $CS_NOTICE_TO $CS_NOTICE_NAME ($CS_NOTICE_KEY) $CS_NOTICE_SUBJECT: $(printf '%s\n' "$n" | wc -l) lines" >>got
if [ "$CS_NOTICE_TO" = S06 ]; then env | grep '^CS_\(NOTICE\|STAFF\)_' | sort >>got; printf '%s\n' "$n" >>got; fi
case " ${FAIL_ONCE:-} " in *" $CS_NOTICE_TO "*)
	[ -e "failed.$CS_NOTICE_TO" ] || { touch "failed.$CS_NOTICE_TO"; echo "stub: cannot reach $CS_NOTICE_TO" >&2; exit 3; } ;;
esac
exit 0
STUB
export CS_STAFF_STALE=from-the-caller
D() { cs-due -d s "$@"; echo "exit $?"; }
echo "--- 08:30, S02's notifier fails"
FAIL_ONCE=S02 D --now 2026-11-23T08:30+08:00 --notify 'sh ./stub' --notify-unassigned S08
cat got; rm got
cat s/notices.csv
echo "--- 08:40: S02's list again, nothing else"
FAIL_ONCE=S02 D --now 2026-11-23T08:40+08:00 --notify 'sh ./stub' --notify-unassigned S08
cat got; rm got
echo "--- 09:00: nothing to hand on"
D --now 2026-11-23T09:00+08:00 --notify 'sh ./stub' --notify-unassigned S08
ls got 2>/dev/null
echo "--- a changed list is a new notice: S04 with what comes due within 3 days"
D --now 2026-11-23T09:00+08:00 --staff S04 --within 3d --notify 'sh ./stub'
grep '^==' got; rm got
echo "--- the next day, every list again"
D --now 2026-11-24T08:30+08:00 --notify 'sh ./stub' --notify-unassigned S08
grep -c '^==' got; rm got
tail -n +2 s/notices.csv | cut -d, -f3,5 | sort | uniq -c
echo "--- without --notify-unassigned what nobody active gets is printed"
D --now 2026-11-23T08:30+08:00 --staff S03 --notify 'sh ./stub' --format table
echo "--- a notifier that hangs is killed; one that does not read is fine"
CS_NOTIFY_TIMEOUT=0.5 D --now 2026-11-25T08:30+08:00 --staff S06 --notify 'sleep 30'
D --now 2026-11-25T08:30+08:00 --staff S06 --notify 'exit 0'
D --now 2026-11-25T08:30+08:00 --staff S06 --notify 'exit 0'
tail -2 s/notices.csv
echo "--- refusals"
D --now 2026-11-23T08:30+08:00 --notify true --check
D --now 2026-11-23T08:30+08:00 --notify true --format xlsx
D --now 2026-11-23T08:30+08:00 --notify-unassigned S08
D --now 2026-11-23T08:30+08:00 --notify true --notify-unassigned S99
CS_NOTIFY_TIMEOUT=x D --now 2026-11-23T08:30+08:00 --notify true
>>> stdout
--- 08:30, S02's notifier fails
exit 75
== S01 陈一浩 (due:S01:2026-11-23:7775da47) S01 陈一浩: 30 due on 2026-11-23, 11 overdue: 32 lines
== S02 钟俊 (due:S02:2026-11-23:1a43e331) S02 钟俊: 37 due on 2026-11-23, 16 overdue: 39 lines
== S04 崔辉 (due:S04:2026-11-23:5dfd0a4e) S04 崔辉: 17 due on 2026-11-23, 6 overdue: 19 lines
== S05 赵佳悦 (due:S05:2026-11-23:c2d14aeb) S05 赵佳悦: 25 due on 2026-11-23, 9 overdue: 27 lines
== S06 赵娟 (due:S06:2026-11-23:d6002c3d) S06 赵娟: 1 due on 2026-11-23, 1 overdue: 3 lines
CS_NOTICE_KEY=due:S06:2026-11-23:d6002c3d
CS_NOTICE_KIND=due
CS_NOTICE_NAME=赵娟
CS_NOTICE_SUBJECT=S06 赵娟: 1 due on 2026-11-23, 1 overdue
CS_NOTICE_TO=S06
CS_STAFF_ACTIVE=yes
CS_STAFF_CAPACITY=4
CS_STAFF_EMAIL=s06@example.com
CS_STAFF_ID=S06
CS_STAFF_NAME=赵娟
CS_STAFF_ROLE=advisor
CS_STAFF_TEAM=一组
CS_STAFF_WECOM_ID=wx_S06
kind       customer  name    staff  what     method  due               status   late   complaint
---------  --------  ------  -----  -------  ------  ----------------  -------  -----  ----------
complaint  KH0058    陈俊琴  S06    revisit          2026-11-20 14:30  overdue  3h30m  C2026-0031
== S08 蒋建明 (due:S08:2026-11-23:ffd1f976) S08 蒋建明: 6 due on 2026-11-23, 6 overdue: 8 lines
== S10 付卫帆 (due:S10:2026-11-23:41b38c6f) S10 付卫帆: 1 due on 2026-11-23, 1 overdue: 3 lines
at,kind,recipient,key,status,detail
2026-11-23T08:30:00+08:00,due,S01,due:S01:2026-11-23:7775da47,sent,
2026-11-23T08:30:00+08:00,due,S02,due:S02:2026-11-23:1a43e331,failed,exit 3
2026-11-23T08:30:00+08:00,due,S04,due:S04:2026-11-23:5dfd0a4e,sent,
2026-11-23T08:30:00+08:00,due,S05,due:S05:2026-11-23:c2d14aeb,sent,
2026-11-23T08:30:00+08:00,due,S06,due:S06:2026-11-23:d6002c3d,sent,
2026-11-23T08:30:00+08:00,due,S08,due:S08:2026-11-23:ffd1f976,sent,
2026-11-23T08:30:00+08:00,due,S10,due:S10:2026-11-23:41b38c6f,sent,
--- 08:40: S02's list again, nothing else
exit 0
== S02 钟俊 (due:S02:2026-11-23:1a43e331) S02 钟俊: 37 due on 2026-11-23, 16 overdue: 39 lines
--- 09:00: nothing to hand on
exit 0
--- a changed list is a new notice: S04 with what comes due within 3 days
exit 0
== S04 崔辉 (due:S04:2026-11-23:a55b9c68) S04 崔辉: 18 due on 2026-11-23, 6 overdue: 20 lines
--- the next day, every list again
exit 0
7
      2 S01,sent
      1 S02,failed
      2 S02,sent
      3 S04,sent
      2 S05,sent
      2 S06,sent
      2 S08,sent
      2 S10,sent
--- without --notify-unassigned what nobody active gets is printed
kind   customer  name    staff  what                  method  due         status   late     complaint
-----  --------  ------  -----  --------------------  ------  ----------  -------  -------  ---------
visit  KH0092    周慧雪  S03    key-weekly            phone   2026-09-30  overdue  247h30m
visit  KH0026    张国俊  S03    routine-monthly       phone   2026-10-30  overdue  112h30m
visit  KH0141    高慧静  S03    routine-monthly       phone   2026-10-30  overdue  112h30m
visit  KH0179    李雨磊  S03    routine-monthly       phone   2026-10-30  overdue  112h30m
visit  KH0190    卢晶    S03    routine-monthly       phone   2026-10-30  overdue  112h30m
visit  KH0092    周慧雪  S03    maintenance-reminder  phone   2026-10-29  overdue  82h30m
exit 0
--- a notifier that hangs is killed; one that does not read is fine
exit 75
exit 0
exit 0
2026-11-25T08:30:00+08:00,due,S06,due:S06:2026-11-25:d6002c3d,failed,no exit within 0.5s: killed
2026-11-25T08:30:00+08:00,due,S06,due:S06:2026-11-25:d6002c3d,sent,
--- refusals
exit 64
exit 64
exit 64
exit 65
exit 64
>>> stderr
stub: cannot reach S02
cs-due: due for S02 (due:S02:2026-11-23:1a43e331): the notifier failed (exit 3); it is tried again on the next run
cs-due: 6 rows for nobody active (no owner, an unknown or an inactive one): printed, not notified (see --notify-unassigned)
cs-due: due for S06 (due:S06:2026-11-25:d6002c3d): the notifier failed (no exit within 0.5s: killed); it is tried again on the next run
cs-due: --notify does not go with --check
Try 'cs-due --help'.
cs-due: --notify does not go with --format xlsx
Try 'cs-due --help'.
cs-due: --notify-unassigned needs --notify
Try 'cs-due --help'.
cs-due: unknown staff "S99" in --notify-unassigned (not in staff.csv)
cs-due: bad CS_NOTIFY_TIMEOUT "x" (expected seconds, more than 0)
>>> exit 0
