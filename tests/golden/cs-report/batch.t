# --from/--to -o DIR: one file per month, and with --by staff one per
# person with a figure that month; the directory is made if missing
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00+08:00 --from 2026-10 --to 2026-11 --by staff -o out --format csv
ls out
head -3 out/2026-11-S02.csv
# -o naming an existing directory: one month into it, text by default
mkdir one
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00+08:00 --month 2026-11 -o one --trend 0
ls one
# -o FILE: the format from the extension
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00+08:00 -o r.json --trend 0
head -1 r.json
# no temporary file left behind
ls -a | grep '^\.r\.json' | wc -l
>>> stdout
2026-10-S01.csv
2026-10-S02.csv
2026-10.csv
2026-11-S01.csv
2026-11-S02.csv
2026-11-S03.csv
2026-11.csv
month,table,group,key,metric,value,previous,change
2026-11,summary,total,total,visits_due,3,1,2
2026-11,summary,total,total,visits_done,1,0,1
2026-11.txt
{"month":"2026-11","table":"summary","group":"total","key":"total","metric":"visits_due","value":5,"previous":3,"change":2}
0
>>> exit 0
