# cs-plan over three branches, in every format: json, tsv, table, xlsx
sh "$DATA/branches.sh"
cs-plan -d north -d south -d east --now 2026-11-23T09:00+08:00 --from 2026-12-01 --to 2026-12-01 --format json | head -4
cs-plan -d north -d south -d east --now 2026-11-23T09:00+08:00 --from 2026-12-01 --to 2026-12-01 --format tsv 2>/dev/null | head -4
cs-plan -d north -d south -d east --now 2026-11-23T09:00+08:00 --from 2026-12-01 --to 2026-12-01 --format table 2>/dev/null | head -6
cs-plan -d north -d south -d east --now 2026-11-23T09:00+08:00 --from 2026-12-01 --to 2026-12-01 -o p.xlsx 2>/dev/null; echo "exit $?"
unzip -p p.xlsx xl/sharedStrings.xml | grep -o 'north/KH0[0-9]*' | head -2
>>> stdout
{"date":"2026-12-01","staff":"E01","customer":"KE0001","name":"吴飞","rule":"key-weekly","method":"phone","purpose":"大客户定期回访","earliest":"2026-11-30","latest":"2026-12-06","status":"planned"}
{"date":"2026-12-01","staff":"E01","customer":"KE0072","name":"周美荣","rule":"contract-renewal","method":"onsite","purpose":"到期通知及续约拜访","earliest":"2026-11-20","latest":"2026-12-20","status":"planned"}
{"date":"2026-12-01","staff":"E01","customer":"KE0072","name":"周美荣","rule":"routine-monthly","method":"phone","purpose":"例行回访","earliest":"2026-12-01","latest":"2026-12-31","status":"planned"}
{"date":"2026-12-01","staff":"E01","customer":"KE0081","name":"黄振颖","rule":"key-weekly","method":"phone","purpose":"大客户定期回访","earliest":"2026-11-30","latest":"2026-12-06","status":"planned"}
date	staff	customer	name	rule	method	purpose	earliest	latest	status
2026-12-01	E01	KE0001	吴飞	key-weekly	phone	大客户定期回访	2026-11-30	2026-12-06	planned
2026-12-01	E01	KE0072	周美荣	contract-renewal	onsite	到期通知及续约拜访	2026-11-20	2026-12-20	planned
2026-12-01	E01	KE0072	周美荣	routine-monthly	phone	例行回访	2026-12-01	2026-12-31	planned
date        staff      customer      name                        rule                  method  purpose             earliest    latest      status
----------  ---------  ------------  --------------------------  --------------------  ------  ------------------  ----------  ----------  --------
2026-12-01  E01        KE0001        吴飞                        key-weekly            phone   大客户定期回访      2026-11-30  2026-12-06  planned
2026-12-01  E01        KE0072        周美荣                      contract-renewal      onsite  到期通知及续约拜访  2026-11-20  2026-12-20  planned
2026-12-01  E01        KE0072        周美荣                      routine-monthly       phone   例行回访            2026-12-01  2026-12-31  planned
2026-12-01  E01        KE0081        黄振颖                      key-weekly            phone   大客户定期回访      2026-11-30  2026-12-06  planned
exit 0
north/KH0002
north/KH0003
>>> exit 0
