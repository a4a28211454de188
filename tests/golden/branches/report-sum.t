# two copies of one branch with disjoint customer and staff ids: the
# report over both is the sum of the two (every count doubled; rates,
# averages, medians and percentiles unchanged), table by table, row by
# row, at the end of a month and part way through one
cp -R "$SAMPLES" a
cp -R "$SAMPLES" b
sed -i 's/\bKH\([0-9][0-9][0-9][0-9]\)\b/KB\1/g; s/\bS\([01][0-9]\)\b/B\1/g' \
    b/customers.csv b/staff.csv b/visits.csv b/complaints.csv b/events.csv
for by in region team; do
for now in 2026-11-23T09:00+08:00 2026-10-17T12:00+08:00; do
cs-report -d a --now $now --format csv --by $by --trend 3 >one.csv
cs-report -d a -d b --now $now --format csv --by $by --trend 3 >two.csv
awk -F, 'NR == FNR { v[$2 FS $3 FS $4 FS $5] = $6; p[$2 FS $3 FS $4 FS $5] = $7; next }
	FNR == 1 || $2 == "dissatisfied" || $2 == "review" { next }
	{ k = $2 FS $3 FS $4 FS $5
	  if (!(k in v)) { print "only in the sum: " $0; bad++; next }
	  if ($6 == 2 * v[k] && $6 != v[k]) dbl++
	  else if ($6 == v[k]) same++
	  else { print "neither: " k ": " v[k] " -> " $6; bad++ }
	  if ($7 != "" && $7 != 2 * p[k] && $7 != p[k]) { print "previous: " k; bad++ } }
	END { printf "%d doubled, %d the same, %d else\n", dbl, same, bad + 0 }' one.csv two.csv
grep -c . one.csv two.csv
cut -d, -f2 one.csv | grep -E '^(dissatisfied|review)$' | uniq -c
cut -d, -f2 two.csv | grep -E '^(dissatisfied|review)$' | uniq -c
grep -E '^[^,]*,dissatisfied,' two.csv | cut -d, -f4 | sort -u | head -4
grep ',summary,' one.csv | cut -d, -f5,6 | head -3
grep ',summary,' two.csv | cut -d, -f5,6 | head -3
done
done
>>> stdout
153 doubled, 109 the same, 0 else
one.csv:466
two.csv:669
     35 dissatisfied
    168 review
     70 dissatisfied
    336 review
a/V002226
a/V002233
a/V002309
a/V002311
visits_due,263
visits_done,187
visit_rate,0.711
visits_due,526
visits_done,374
visit_rate,0.711
127 doubled, 128 the same, 0 else
one.csv:361
two.csv:466
     21 dissatisfied
     84 review
     42 dissatisfied
    168 review
a/V001951
a/V001968
a/V001971
b/V001951
visits_due,267
visits_done,202
visit_rate,0.7566
visits_due,534
visits_done,404
visit_rate,0.7566
162 doubled, 114 the same, 0 else
one.csv:480
two.csv:683
     35 dissatisfied
    168 review
     70 dissatisfied
    336 review
a/V002226
a/V002233
a/V002309
a/V002311
visits_due,263
visits_done,187
visit_rate,0.711
visits_due,526
visits_done,374
visit_rate,0.711
134 doubled, 135 the same, 0 else
one.csv:375
two.csv:480
     21 dissatisfied
     84 review
     42 dissatisfied
    168 review
a/V001951
a/V001968
a/V001971
b/V001951
visits_due,267
visits_done,202
visit_rate,0.7566
visits_due,534
visits_done,404
visit_rate,0.7566
>>> exit 0
