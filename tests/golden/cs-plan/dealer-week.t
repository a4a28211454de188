# the rest of this week: the repair of Friday 11-20 on Monday 11-23, the
# Sunday delivery moved to Monday, nothing before today
cs-plan -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00+08:00 --from 2026-11-20 --to 2026-11-29 --format json
>>> stdout
{"date":"2026-11-20","staff":"","customer":"KH0002","name":"周强","rule":"key-weekly","method":"phone","purpose":"大客户定期回访","earliest":"2026-11-16","latest":"2026-11-22","status":"unplaced"}
{"date":"2026-11-23","staff":"S02","customer":"KH0003","name":"吴刚","rule":"repair-3d","method":"phone","purpose":"出厂后三天回访","earliest":"2026-11-20","latest":"2026-11-23","status":"planned"}
{"date":"2026-11-23","staff":"S02","customer":"KH0005","name":"王强","rule":"contract-renewal","method":"onsite","purpose":"到期通知及续约拜访","earliest":"2026-11-20","latest":"2026-12-20","status":"planned"}
{"date":"2026-11-23","staff":"S02","customer":"KH0010","name":"林峰","rule":"routine-monthly","method":"phone","purpose":"例行回访","earliest":"2026-11-19","latest":"2026-11-30","status":"planned"}
{"date":"2026-11-23","staff":"S02","customer":"KH0010","name":"林峰","rule":"delivery","method":"phone","purpose":"新车交付回访","earliest":"2026-11-19","latest":"2026-11-25","status":"planned"}
{"date":"2026-11-24","staff":"S01","customer":"KH0001","name":"陈明","rule":"key-weekly","method":"phone","purpose":"大客户定期回访","earliest":"2026-11-23","latest":"2026-11-29","status":"planned"}
{"date":"2026-11-25","staff":"S01","customer":"KH0004","name":"郑丽","rule":"routine-monthly","method":"phone","purpose":"例行回访","earliest":"2026-11-01","latest":"2026-11-30","status":"planned"}
{"date":"2026-11-26","staff":"S01","customer":"KH0002","name":"周强","rule":"key-weekly","method":"phone","purpose":"大客户定期回访","earliest":"2026-11-23","latest":"2026-11-29","status":"planned"}
{"date":"2026-11-27","staff":"S01","customer":"KH0006","name":"李雪","rule":"maintenance-reminder","method":"phone","purpose":"保养提醒","earliest":"2026-11-27","latest":"2026-12-04","status":"planned"}
>>> stderr
cs-plan: 2026-11-20: 1 visit could not be placed: window already passed
>>> exit 0
