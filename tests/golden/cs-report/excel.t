# --excel: a BOM, CRLF, and text cells that look like formulas prefixed
# with an apostrophe (not numbers like -1); --mask hides phone numbers
cp -r "$DATA/issue5" d
sed -i 's/^KH02,Ben,/KH02,=SUM(A1),/' d/customers.csv
cs-report -d d --now 2026-12-02T09:00+08:00 --format csv --excel --mask >out.csv
head -c 3 out.csv | od -An -c
grep -c "$(printf '\r')\$" out.csv
wc -l <out.csv
tr -d '\r' <out.csv | grep -E ',dissatisfied,|summary,total,total,(reach_rate|dissatisfied),'
# --bom alone: a BOM, LF line ends, cells as they are
cs-report -d d --now 2026-12-02T09:00+08:00 --format csv --bom | tr -cd '\r' | wc -c
>>> stdout
 357 273 277
330
330
2026-11,summary,total,total,reach_rate,0.6667,1,-0.3333
2026-11,summary,total,total,dissatisfied,1,0,1
2026-11,satisfaction,staff,S01,dissatisfied,1,0,1
2026-11,satisfaction,staff,S02,dissatisfied,0,,
2026-11,satisfaction,staff,total,dissatisfied,1,0,1
2026-11,dissatisfied,visit,V000004,at,2026-11-06 10:00,,
2026-11,dissatisfied,visit,V000004,customer,KH02,,
2026-11,dissatisfied,visit,V000004,name,'=SUM(A1),,
2026-11,dissatisfied,visit,V000004,phone,138****0002,,
2026-11,dissatisfied,visit,V000004,staff,S01 Alice,,
2026-11,dissatisfied,visit,V000004,scores,"3,2,4,4",,
2026-11,dissatisfied,visit,V000004,followed_up,2026-11-16 10:00,,
0
>>> exit 0
