# 4 processes x 10 complaints opened at once: 40 complaints, ids
# C2026-0001..C2026-0040 and seq 1..40 each exactly once
cp -r "$DATA/issue3/store" d
for p in 1 2 3 4; do
	(
		i=0
		while [ $i -lt 10 ]; do
			cs-complain -d d -r "$RULES/auto-dealer.yaml" --now '2026-03-02 10:00' --wait 60 open KH000$p --severity general --category other --channel phone --summary "进程$p 第$i件" >>ids.$p || echo "failed $p $i"
			i=$((i + 1))
		done
	) &
done
wait
cat ids.* | sort -u | wc -l
cat ids.* | sort | sed -n '1p;$p'
tail -n +2 d/complaints.csv | cut -d, -f1 | sort -n | uniq | wc -l
tail -n +2 d/complaints.csv | cut -d, -f1 | sort -n | sed -n '1p;$p'
tail -n +2 d/complaints.csv | cut -d, -f2 | sort -u | wc -l
>>> stdout
40
C2026-0001
C2026-0040
40
1
40
40
>>> exit 0
