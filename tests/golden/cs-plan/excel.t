# --excel: CSV for a spreadsheet (OWASP CSV injection), as in cs-due: a
# BOM, CRLF (shown as [BOM] and [CR]), and text cells starting with
# = + - @, tab or CR prefixed with '; --bom alone only adds the BOM
cp -R $DATA/issue4/dealer d
sed -i -e 's/^KH0002,周强,/KH0002,"=HYPERLINK(""http:\/\/evil.example\/"",""click"")",/' \
    -e 's/^KH0005,王强,/KH0005,+86 138 0000 0005,/' d/customers.csv
cs-plan -d d -r auto-dealer --now 2026-11-23T09:00+08:00 --from 2026-11-23 --to 2026-11-29 --excel | sed -e '1s/^\xEF\xBB\xBF/[BOM]/' -e 's/\r$/[CR]/'
cs-plan -d d -r auto-dealer --now 2026-11-23T09:00+08:00 --from 2026-11-23 --to 2026-11-24 --bom -o plan.csv
sed -e '1s/^\xEF\xBB\xBF/[BOM]/' -e 's/\r$/[CR]/' plan.csv
cs-plan -d d -r auto-dealer --now 2026-11-23T09:00+08:00 --month next --excel --format tsv; echo "exit $?"
>>> stdout
[BOM]date,staff,customer,name,rule,method,purpose,earliest,latest,status[CR]
2026-11-23,S02,KH0003,吴刚,repair-3d,phone,出厂后三天回访,2026-11-20,2026-11-23,planned[CR]
2026-11-23,S02,KH0005,'+86 138 0000 0005,contract-renewal,onsite,到期通知及续约拜访,2026-11-20,2026-12-20,planned[CR]
2026-11-23,S02,KH0010,林峰,routine-monthly,phone,例行回访,2026-11-19,2026-11-30,planned[CR]
2026-11-23,S02,KH0010,林峰,delivery,phone,新车交付回访,2026-11-19,2026-11-25,planned[CR]
2026-11-24,S01,KH0001,陈明,key-weekly,phone,大客户定期回访,2026-11-23,2026-11-29,planned[CR]
2026-11-25,S01,KH0004,郑丽,routine-monthly,phone,例行回访,2026-11-01,2026-11-30,planned[CR]
2026-11-26,S01,KH0002,"'=HYPERLINK(""http://evil.example/"",""click"")",key-weekly,phone,大客户定期回访,2026-11-23,2026-11-29,planned[CR]
2026-11-27,S01,KH0006,李雪,maintenance-reminder,phone,保养提醒,2026-11-27,2026-12-04,planned[CR]
[BOM]date,staff,customer,name,rule,method,purpose,earliest,latest,status
2026-11-23,S01,KH0001,陈明,key-weekly,phone,大客户定期回访,2026-11-23,2026-11-29,planned
2026-11-23,S02,KH0003,吴刚,repair-3d,phone,出厂后三天回访,2026-11-20,2026-11-23,planned
2026-11-23,S02,KH0005,+86 138 0000 0005,contract-renewal,onsite,到期通知及续约拜访,2026-11-20,2026-12-20,planned
2026-11-23,S02,KH0010,林峰,routine-monthly,phone,例行回访,2026-11-19,2026-11-30,planned
2026-11-23,S02,KH0010,林峰,delivery,phone,新车交付回访,2026-11-19,2026-11-25,planned
2026-11-24,S01,KH0002,"=HYPERLINK(""http://evil.example/"",""click"")",key-weekly,phone,大客户定期回访,2026-11-23,2026-11-29,planned
2026-11-24,S02,KH0004,郑丽,routine-monthly,phone,例行回访,2026-11-01,2026-11-30,planned
exit 64
>>> stderr
cs-plan: --excel writes csv, not --format tsv
Try 'cs-plan --help'.
>>> exit 0
