# samples/crontab: each command line run at the first time its schedule
# names from Monday 2026-11-23 on (CS_NOW pinned), on a copy of samples/
# (CS_DIR and /srv/cs point here); a line that repeats within the hour runs
# at its first two times.  What it prints (at most 12 lines of it) is what
# cron would mail to the MAILTO above it: nothing when there is nothing to
# say.
cp -R "$SAMPLES" samples && rm -f samples/plan.csv
mkdir -p srv/cs/reports
set -f
# first DAY: the first date from 2026-11-23 on that is day DAY of a month
first() { case $1 in '*') echo 2026-11-23 ;; *) [ "$1" -ge 23 ] && printf '2026-11-%02d\n' "$1" || printf '2026-12-%02d\n' "$1" ;; esac; }
here() { sed "s|/srv/cs/ledgers|$PWD/samples|; s|/srv/cs/|$PWD/srv/cs/|g"; }
while IFS= read -r line; do
	case $line in
	'#'*|'') continue ;;
	MAILTO=*) echo "$line"; continue ;;
	CS_DIR=*) export "$(echo "$line" | here)"; continue ;;
	[A-Z]*=*) continue ;;
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
	done
done <"$TOP/samples/crontab"
echo "--- srv/cs/reports:"
ls srv/cs/reports
>>> stdout
MAILTO=chenyihao@example.com
  2026-11-23T08:30+08:00: cs-due --staff S01 --format table
  exit 0
    | kind       customer  name                  staff  what              method  due               status   late     complaint
    | ---------  --------  --------------------  -----  ----------------  ------  ----------------  -------  -------  ----------
    | visit      KH0169    尹天雪                S01    routine-monthly   phone   2026-09-30        overdue  247h30m
    | visit      KH0188    吴萍                  S01    routine-monthly   phone   2026-09-30        overdue  247h30m
    | visit      KH0041    张浩璐                S01    routine-monthly   phone   2026-10-30        overdue  112h30m
    | visit      KH0146    李秀                  S01    routine-monthly   phone   2026-10-30        overdue  112h30m
    | visit      KH0189    杨晓斌                S01    routine-monthly   phone   2026-10-30        overdue  112h30m
    | visit      KH0162    周雨涛                S01    follow-up                 2026-11-10        overdue  60h
    | visit      KH0001    吴飞                  S01    follow-up                 2026-11-13        overdue  37h30m
    | visit      KH0081    黄振颖                S01    key-weekly        phone   2026-11-13        overdue  37h30m
    | visit      KH0109    上海宏远建材有限公司  S01    key-weekly        phone   2026-11-13        overdue  37h30m
    | visit      KH0001    吴飞                  S01    key-weekly        phone   2026-11-20        overdue  0m
    | ... (32 lines in all)
MAILTO=zhongjun@example.com
  2026-11-23T08:30+08:00: cs-due --staff S02 --format table
  exit 0
    | kind       customer  name                      staff  what             method  due               status   late     complaint
    | ---------  --------  ------------------------  -----  ---------------  ------  ----------------  -------  -------  ----------
    | visit      KH0085    吴洁                      S02    routine-monthly  phone   2026-09-30        overdue  247h30m
    | visit      KH0129    薛悦                      S02    routine-monthly  phone   2026-09-30        overdue  247h30m
    | visit      KH0101    孙俊                      S02    follow-up                2026-10-10        overdue  225h
    | visit      KH0020    吴志鑫                    S02    routine-monthly  phone   2026-10-30        overdue  112h30m
    | visit      KH0022    董一亮                    S02    routine-monthly  phone   2026-10-30        overdue  112h30m
    | visit      KH0042    胡磊                      S02    routine-monthly  phone   2026-10-30        overdue  112h30m
    | visit      KH0050    毛晨丽                    S02    routine-monthly  phone   2026-10-30        overdue  112h30m
    | visit      KH0100    余倩                      S02    routine-monthly  phone   2026-10-30        overdue  112h30m
    | visit      KH0103    张佳                      S02    routine-monthly  phone   2026-10-30        overdue  112h30m
    | visit      KH0168    熊艳                      S02    routine-monthly  phone   2026-10-30        overdue  112h30m
    | ... (39 lines in all)
MAILTO=zhaojuan@example.com
  2026-11-23T08:30+08:00: cs-due --staff S06 --format table
  exit 0
    | kind       customer  name    staff  what     method  due               status   late   complaint
    | ---------  --------  ------  -----  -------  ------  ----------------  -------  -----  ----------
    | complaint  KH0058    陈俊琴  S06    revisit          2026-11-20 14:30  overdue  3h30m  C2026-0031
MAILTO=kefu@example.com
  2026-11-23T09:00+08:00: cs-complain escalate
  exit 0
    | 催办单
    | 致：S06 赵娟（advisor）
    | 时间：2026-11-23 09:00
    | 以下投诉已超过处理期限，请尽快处理：
    | 
    | 投诉编号    客户    客户名称  环节     期限              逾期(工作时间)  已升级至
    | ----------  ------  --------  -------  ----------------  --------------  --------
    | C2026-0031  KH0058  陈俊琴    revisit  2026-11-20 14:30  3h30m
    | 
    | 催办单
    | 致：S10 付卫帆（gm）
    | 时间：2026-11-23 09:00
    | ... (17 lines in all)
  2026-11-23T09:10+08:00: cs-complain escalate
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
