# -o FILE with nothing to list: the file is written all the same (the
# header, the heading, a workbook of the headings, nothing for JSON), so
# that yesterday's list does not stay behind; stdout stays silent
cs-init -r auto-dealer shop >/dev/null && cd shop &&
N=--now=2026-11-23T09:00+08:00 &&
for f in due.csv due.tsv due.json due.txt plan.csv list.csv; do echo "yesterday's" > $f; done &&
cs-due $N -o due.csv; echo "exit $?"; cat due.csv
cs-due $N --format tsv -o due.tsv; echo "exit $?"; cat due.tsv
cs-due $N --format json -o due.json; echo "exit $?"; wc -c < due.json
cs-due $N --format table -o due.txt; echo "exit $?"; cat due.txt
cs-due $N -o due.xlsx; echo "exit $?"; unzip -p due.xlsx xl/worksheets/sheet1.xml | grep -c '<row'
cs-plan $N --month next -o plan.csv; echo "exit $?"; cat plan.csv
cs-complain list $N -o list.csv; echo "exit $?"; cat list.csv
echo "stdout:"; cs-due $N | wc -c; cs-due $N -o - | wc -c; cs-plan $N --month next | wc -c
>>> stdout
exit 0
kind,customer,name,staff,what,method,due,status,late,complaint
exit 0
kind	customer	name	staff	what	method	due	status	late	complaint
exit 0
0
exit 0
kind  customer  name  staff  what  method  due  status  late  complaint
----  --------  ----  -----  ----  ------  ---  ------  ----  ---------
exit 0
1
exit 0
date,staff,customer,name,rule,method,purpose,earliest,latest,status
exit 0
id,customer,name,severity,category,state,holder,milestone,due,late
stdout:
0
0
0
>>> exit 0
