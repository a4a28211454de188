# samples/crontab: each command line run at the first time its schedule
# names from Monday 2026-11-23 on (CS_NOW pinned), on a copy of samples/
# (CS_DIR and /srv/cs point here); a line that repeats within the hour runs
# at its first two times.  What it prints (at most 12 lines of it) is what
# cron would mail to the MAILTO above it: nothing when there is nothing to
# say.  The notifiers are the samples' in srv/cs/bin, with sendmail and
# curl stand-ins that log what they were given: each mail or robot post a
# line (the "> " lines).
cp -R "$SAMPLES" samples && rm -f samples/plan.csv
mkdir -p srv/cs/reports srv/cs/bin bin
cp "$TOP/samples/notify-mail.sh" "$TOP/samples/notify-wecom.sh" srv/cs/bin/
cat >bin/sendmail <<'STUB'
#!/bin/sh
n=$(cat); printf '%s, %s lines\n' "$(printf '%s\n' "$n" | grep '^To:')" "$(printf '%s\n' "$n" | sed '1,/^$/d' | wc -l)" >>"$LOG"
STUB
cat >bin/curl <<'STUB'
#!/bin/sh
for a; do case $a in http*) url=$a ;; esac; done
n=$(cat); echo "post to ${url%%\?*}: $(printf '%s' "$n" | sed 's/^{"msgtype":"text","text":{"content":"\([^\\]*\)\\n.*/\1/')" >>"$LOG"
echo '{"errcode":0,"errmsg":"ok"}'
STUB
chmod +x bin/* srv/cs/bin/*
PATH=$PWD/bin:$PATH LOG=$PWD/log
export PATH LOG
set -f
# first DAY: the first date from 2026-11-23 on that is day DAY of a month
first() { case $1 in '*') echo 2026-11-23 ;; *) [ "$1" -ge 23 ] && printf '2026-11-%02d\n' "$1" || printf '2026-12-%02d\n' "$1" ;; esac; }
here() { sed "s|/srv/cs/ledgers|$PWD/samples|; s|/srv/cs/|$PWD/srv/cs/|g"; }
while IFS= read -r line; do
	case $line in
	'#'*|'') continue ;;
	MAILTO=*) echo "$line"; continue ;;
	SHELL=*|PATH=*) continue ;;
	[A-Z]*=*) export "$(echo "$line" | here)"; continue ;;
	esac
	set -- $line
	min=$1 hour=${2%%[-,]*} day=$(first "$3")
	shift 5
	case $min in '*/'*) mins="00 ${min#*/}" ;; *) mins=$(printf %02d "$min") ;; esac
	for m in $mins; do
		now=${day}T$(printf %02d "$hour"):$m+08:00
		echo "  $now: $*"
		CS_NOW=$now sh -c "$(echo "$*" | here)" </dev/null >out 2>&1
		echo "  exit $?"
		if [ -s out ]; then
			head -12 out | sed 's/^/    | /'
			[ "$(wc -l <out)" -gt 12 ] && echo "    | ... ($(wc -l <out) lines in all)"
		else
			echo "    (nothing: no mail)"
		fi
		if [ -s log ]; then
			sed 's/^/    > /' log; rm log
		fi
	done
done <"$TOP/samples/crontab"
echo "--- srv/cs/reports:"
ls srv/cs/reports
>>> stdout
MAILTO=kefu@example.com
  2026-11-23T08:30+08:00: cs-due --format table --notify /srv/cs/bin/notify-mail.sh --notify-unassigned S08
  exit 0
    (nothing: no mail)
    > To: s01@example.com, 32 lines
    > To: s02@example.com, 39 lines
    > To: s04@example.com, 19 lines
    > To: s05@example.com, 27 lines
    > To: s06@example.com, 3 lines
    > To: s08@example.com, 8 lines
    > To: s10@example.com, 3 lines
  2026-11-23T09:00+08:00: cs-complain escalate --notify /srv/cs/bin/notify-wecom.sh
  exit 0
    (nothing: no mail)
    > post to https://qyapi.weixin.qq.com/cgi-bin/webhook/send: 催办单 C2026-0031
    > post to https://qyapi.weixin.qq.com/cgi-bin/webhook/send: 催办单 C2026-0034
  2026-11-23T09:10+08:00: cs-complain escalate --notify /srv/cs/bin/notify-wecom.sh
  exit 0
    (nothing: no mail)
MAILTO=jiangjianming@example.com
  2026-11-23T17:30+08:00: cs-due --overdue --format table
  exit 0
    | kind       customer  name                      staff  what                  method  due               status   late     complaint
    | ---------  --------  ------------------------  -----  --------------------  ------  ----------------  -------  -------  ----------
    | visit      KH0006    严天东                    S05    routine-monthly       phone   2026-08-31        overdue  419h30m
    | visit      KH0060    黄雨涛                    S05    routine-monthly       phone   2026-09-30        overdue  254h30m
    | visit      KH0082    吴思杰                    S05    routine-monthly       phone   2026-09-30        overdue  254h30m
    | visit      KH0085    吴洁                      S02    routine-monthly       phone   2026-09-30        overdue  254h30m
    | visit      KH0092    周慧雪                    S03    key-weekly            phone   2026-09-30        overdue  254h30m
    | visit      KH0129    薛悦                      S02    routine-monthly       phone   2026-09-30        overdue  254h30m
    | visit      KH0169    尹天雪                    S01    routine-monthly       phone   2026-09-30        overdue  254h30m
    | visit      KH0188    吴萍                      S01    routine-monthly       phone   2026-09-30        overdue  254h30m
    | visit      KH0101    孙俊                      S02    follow-up                     2026-10-10        overdue  232h
    | visit      KH0031    黄海浩                    S05    key-weekly            phone   2026-10-23        overdue  157h
    | ... (53 lines in all)
  2026-11-25T09:25+08:00: cs-plan --month next --write --summary
  exit 0
    | plan.csv: 320 rows appended, 0 already there
    | plan 2026-12-01..2026-12-31: 320 visits placed (30 on the day of another visit to the customer), 0 unplaced
    | staff  name    2026-W49  2026-W50  2026-W51  2026-W52  2026-W53  total
    | -----  ------  --------  --------  --------  --------  --------  -----
    | S01    陈一浩        13        20        20        20        16     89
    | S02    钟俊          15        20        20        20        16     91
    | S04    崔辉           8        10        10        10        11     49
    | S05    赵佳悦         8        11        15        15        12     61
    | S06    赵娟           0         0         0         0         0      0
    | S07    孙勇           0         0         0         0         0      0
    | S08    蒋建明         0         0         0         0         0      0
    | S09    张春艳         0         0         0         0         0      0
    | ... (13 lines in all)
MAILTO=zhangchunyan@example.com
  2026-12-01T07:00+08:00: cs-report --month last --by staff --format xlsx -o /srv/cs/reports/
  exit 0
    (nothing: no mail)
  2026-12-01T07:05+08:00: cs-report --month last --format text
  exit 0
    | 客户回访报告 2026-11
    | 数据截至 2026-12-01 07:05；规则 auto-dealer；按员工分列；与上月 2026-10 比较
    | 
    | 概要
    | ====
    | 指标            2026-11  2026-10     变化
    | --------------  -------  -------  -------
    | 应回访              281      263      +18
    | 已回访              139      187      -48
    | 回访率 (K1)       49.5%    71.1%  -21.6pp
    | 按时回访率        43.4%    59.3%  -15.9pp
    | 接通率            87.3%    88.4%   -1.1pp
    | ... (184 lines in all)
--- srv/cs/reports:
2026-11-S01.xlsx
2026-11-S02.xlsx
2026-11-S03.xlsx
2026-11-S04.xlsx
2026-11-S05.xlsx
2026-11-S06.xlsx
2026-11-S07.xlsx
2026-11-S10.xlsx
2026-11.xlsx
>>> exit 0
