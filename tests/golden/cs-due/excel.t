# --excel: CSV for a spreadsheet (OWASP CSV injection).  A BOM, CRLF line
# ends (shown here as [BOM] and [CR]), and text cells a spreadsheet would
# take for a formula (= + - @, tab, CR) prefixed with '; --bom alone only
# adds the BOM; both go with csv only
cp -R $DATA/issue4/dealer d
sed -i -e 's/^KH0002,周强,/KH0002,"=HYPERLINK(""http:\/\/evil.example\/"",""click"")",/' \
    -e 's/^KH0005,王强,/KH0005,+86 138 0000 0005,/' -e 's/^KH0003,吴刚,/KH0003,@SUM(A1:A9),/' \
    -e 's/^KH0010,林峰,/KH0010,-林峰,/' d/customers.csv
cs-due -d d -r auto-dealer --now 2026-11-23T09:00+08:00 --excel | sed -e '1s/^\xEF\xBB\xBF/[BOM]/' -e 's/\r$/[CR]/'
cs-due -d d -r auto-dealer --now 2026-11-23T09:00+08:00 --bom --overdue | sed -e '1s/^\xEF\xBB\xBF/[BOM]/' -e 's/\r$/[CR]/'
cs-due -d d -r auto-dealer --now 2026-11-23T09:00+08:00 --overdue
cs-due -d d -r auto-dealer --now 2026-11-23T09:00+08:00 --excel --format table; echo "exit $?"
cs-due -d d -r auto-dealer --now 2026-11-23T09:00+08:00 --bom --format json; echo "exit $?"
>>> stdout
[BOM]kind,customer,name,staff,what,method,due,status,late,complaint[CR]
visit,KH0002,"'=HYPERLINK(""http://evil.example/"",""click"")",S01,key-weekly,phone,2026-11-13,overdue,37h30m,[CR]
complaint,KH0005,'+86 138 0000 0005,S01,answer,,2026-11-20 10:00,overdue,6h30m,C2026-0001[CR]
visit,KH0005,'+86 138 0000 0005,S02,contract-renewal,onsite,2026-11-20,due,,[CR]
complaint,KH0003,'@SUM(A1:A9),S02,reply,,2026-11-23 10:00,due,,C2026-0002[CR]
complaint,KH0008,何静,S05,reply,,2026-11-23 11:00,due,,C2026-0004[CR]
visit,KH0003,'@SUM(A1:A9),S02,repair-3d,phone,2026-11-23,due,,[CR]
visit,KH0009,马超,S02,follow-up,,2026-11-23,due,,[CR]
visit,KH0010,'-林峰,S02,delivery,phone,2026-11-23,due,,[CR]
visit,KH0001,陈明,S01,key-weekly,phone,2026-11-27,due,,[CR]
visit,KH0004,郑丽,S04,routine-monthly,phone,2026-11-30,due,,[CR]
visit,KH0010,'-林峰,S02,routine-monthly,phone,2026-11-30,due,,[CR]
[BOM]kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0002,"=HYPERLINK(""http://evil.example/"",""click"")",S01,key-weekly,phone,2026-11-13,overdue,37h30m,
complaint,KH0005,+86 138 0000 0005,S01,answer,,2026-11-20 10:00,overdue,6h30m,C2026-0001
kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0002,"=HYPERLINK(""http://evil.example/"",""click"")",S01,key-weekly,phone,2026-11-13,overdue,37h30m,
complaint,KH0005,+86 138 0000 0005,S01,answer,,2026-11-20 10:00,overdue,6h30m,C2026-0001
exit 64
exit 64
>>> stderr
cs-due: --excel writes csv, not --format table
Try 'cs-due --help'.
cs-due: --bom writes csv, not --format json
Try 'cs-due --help'.
>>> exit 0
