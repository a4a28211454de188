# dates end at 9999-12-31 (four-digit years: what is written is read
# back as the same date).  A time that is already 10000 in the rules' zone
# is refused; a plan window or a --within that reaches past 9999 is refused
# rather than written; a plan window in 9999 is fine
cp -R "$DATA/issue4/dealer" d
cs-due -d d -r auto-dealer --now 9999-12-31T23:59-08:00; echo "exit $?"
cs-due -d d -r auto-dealer --now 9999-12-31T23:59+08:00 --overdue | head -2; echo "exit $?"
cs-due -d d -r auto-dealer --now 2026-12-31T09:00+08:00 --within 8000y; echo "exit $?"
cs-plan -d d -r auto-dealer --now 9999-11-20T09:00+08:00 --from 9999-11-23 --to 9999-11-24 --write; echo "exit $?"
cs-plan -d d -r auto-dealer --now 9999-12-20T09:00+08:00 --month 9999-12 --write 2>err; echo "exit $?"
grep -v 'could not be placed' err
wc -l <d/plan.csv
cs-plan -d d -r auto-dealer --now 2026-11-23T09:00 --month 0500-01; echo "exit $?"
CS_NOW=1900-01-01T00:00Z cs-log -d d -r auto-dealer KH0001 --by S01 --method phone --outcome done; echo "exit $?"
cs-log -d d -r auto-dealer --now 9999-12-31T23:00+08:00 --at 9999-12-31T23:00-08:00 KH0001 --by S01 --method phone --outcome done; echo "exit $?"
>>> stdout
exit 64
kind,customer,name,staff,what,method,due,status,late,complaint
complaint,KH0005,王强,S01,answer,,2026-11-20 10:00,overdue,15600644h,C2026-0001
exit 0
exit 64
exit 0
exit 65
cs-plan: plan.csv: the window 9999-12-27..10000-01-02 of KH0001's key-weekly visit on 9999-12-28 is outside 1900-01-01..9999-12-31: nothing written
cs-plan: auto-dealer.yaml: the holiday calendar covers 2026 only; 2027-01-01 and later are counted as plain weekdays (add the 2027 holidays, see cs-rules(5))
8
exit 64
V000011
exit 0
exit 65
>>> stderr
cs-due: bad --now value "9999-12-31T23:59-08:00" (in the rules' time zone it falls outside 1900-01-01..9999-12-31)
cs-due: auto-dealer.yaml: the holiday calendar covers 2026 only; 2027-01-01 and later are counted as plain weekdays (add the 2027 holidays, see cs-rules(5))
cs-due: bad --within "8000y": it reaches past 9999-12-31
cs-plan: auto-dealer.yaml: the holiday calendar covers 2026 only; 2027-01-01 and later are counted as plain weekdays (add the 2027 holidays, see cs-rules(5))
cs-plan: bad --month "0500-01" (expected YYYY-MM, this, next or last)
Try 'cs-plan --help'.
cs-log: bad time "9999-12-31T23:00-08:00" in --at (expected YYYY-MM-DD HH:MM or ISO 8601)
>>> exit 0
