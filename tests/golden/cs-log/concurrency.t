# 4 processes x 25 appends at once: 100 rows, 100 unique ids, none torn
cp -r "$DATA/issue3/store" d
for p in 1 2 3 4; do
	(
		i=0
		while [ $i -lt 25 ]; do
			m=$((i + 10)); s=S0$p; [ $p = 3 ] && s=S05; [ $p = 4 ] && s=S06
			cs-log -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:00 --wait 60 KH000$p --by $s --method phone --outcome done --at "2026-02-13 16:$m" --note "进程$p 第$i次" >>ids.$p || echo "failed $p $i"
			i=$((i + 1))
		done
	) &
done
wait
cat ids.* | sort | uniq | wc -l
cat ids.* | wc -l
tail -n +2 d/visits.csv | cut -d, -f1 | sort -u | wc -l
tail -n +2 d/visits.csv | wc -l
tail -n +2 d/visits.csv | cut -d, -f1 | sort | head -1
tail -n +2 d/visits.csv | cut -d, -f1 | sort | tail -1
grep -c '进程' d/visits.csv
if test -e d/visits.csv.torn; then echo torn; fi
>>> stdout
100
100
100
100
V000001
V000100
100
>>> exit 0
