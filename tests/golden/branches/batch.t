# --from/--to over two branches: a file per month, the department's
sh "$DATA/branches.sh"
cs-report -d north -d south --now 2026-11-23T09:00+08:00 --from 2026-09 --to 2026-10 --by team -o out --format csv --trend 2
ls out
grep -c . out/2026-09.csv out/2026-10.csv
grep ',summary,' out/2026-10.csv | head -4
>>> stdout
2026-09.csv
2026-10.csv
out/2026-09.csv:455
out/2026-10.csv:539
2026-10,summary,total,total,visits_due,526,534,-8
2026-10,summary,total,total,visits_done,187,202,-15
2026-10,summary,total,total,visit_rate,0.3555,0.3783,-0.0228
2026-10,summary,total,total,on_time_rate,0.2966,0.3165,-0.0199
>>> exit 0
