# cs-due over several branches: --staff ID of one branch (or BRANCH/ID),
# --within, --check, --explain, the formats; --notify refused
sh "$DATA/branches.sh"
now=--now=2026-11-23T09:00+08:00
cs-due -d north -d south $now --staff S15 --format tsv | head -3
cs-due -d north -d south $now --staff south/S01 --overdue --format csv | cut -d, -f1-4 | sort | uniq -c | sort -rn | head -3
cs-due -d north -d south $now --staff S01; echo "exit $?"
cs-due -d north -d south $now --staff S99; echo "exit $?"
cs-due -d north -d south $now --check; echo "exit $?"
cs-due -d north -d south $now --within 1d --format csv | grep -c ',upcoming,'
cs-due -d north -d south -d east $now --staff E05 --format table --explain | head -12
cs-due -d north -d south $now --notify cat; echo "exit $?"
cs-due -d north -d south $now -o d.xlsx; echo "exit $?"
unzip -p d.xlsx xl/sharedStrings.xml | grep -o 'south/KH0[0-9]*' | head -1
>>> stdout
kind	customer	name	staff	what	method	due	status	late	complaint
visit	south/KH0060	黄雨涛	S15	follow-up		2026-05-26	overdue	922h30m	
visit	south/KH0040	汪文欣	S15	follow-up		2026-06-09	overdue	847h30m	
      3 visit,south/KH0078,谭雪浩,south/S01
      3 visit,KS0145,吴云,south/S01
      3 visit,KS0117,毛莉,south/S01
exit 64
exit 65
exit 1
6
kind   customer  name                      staff  what                  method  due         status   late     complaint
-----  --------  ------------------------  -----  --------------------  ------  ----------  -------  -------  ---------
visit  KE0006    严天东                    E05    routine-monthly       phone   2026-08-31  overdue  412h30m
visit  KE0165    胡建欣                    E05    routine-monthly       phone   2026-08-31  overdue  412h30m
visit  KE0124    无锡宏远商务服务有限公司  E05    key-weekly            phone   2026-09-04  overdue  382h30m
visit  KE0142    杨红                      E05    follow-up                     2026-09-04  overdue  382h30m
visit  KE0034    钱玉艳                    E05    routine-monthly       phone   2026-09-30  overdue  247h30m
visit  KE0051    李一宁                    E05    routine-monthly       phone   2026-09-30  overdue  247h30m
visit  KE0060    黄雨涛                    E05    routine-monthly       phone   2026-09-30  overdue  247h30m
visit  KE0080    朱欣欣                    E05    routine-monthly       phone   2026-09-30  overdue  247h30m
visit  KE0082    吴思杰                    E05    routine-monthly       phone   2026-09-30  overdue  247h30m
visit  KE0191    黄慧洁                    E05    routine-monthly       phone   2026-09-30  overdue  247h30m
exit 64
exit 0
south/KH0035
>>> stderr
cs-due: staff "S01" is in several branches: give BRANCH/S01
cs-due: unknown staff "S99" (not in any branch's staff.csv)
cs-due: -d was given 2 times: cs-due --notify writes one ledger directory
Try 'cs-due --help'.
>>> exit 0
