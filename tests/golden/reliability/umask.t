# New ledgers are created with mode 0640 less the umask; so is
# FILE.torn.  Existing files keep their mode.
for u in 022 077 027 002 000; do
	mkdir "d$u"
	cp "$DATA"/bad/store/*.csv "d$u"/
	(
		umask "$u"
		cs-log -d "d$u" -r auto-dealer --now 2026-02-13T17:00 KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00' >/dev/null
		cs-complain -d "d$u" -r auto-dealer --now 2026-02-13T17:00 open KH0001 --severity general --category other --channel phone --summary x >/dev/null
		cs-plan -d "d$u" -r auto-dealer --now 2026-02-13T17:00 --month 2026-03 --write >/dev/null 2>&1
		printf 'V000002,2026-02-12' >>"d$u/visits.csv"
		cs-log -d "d$u" -r auto-dealer --now 2026-02-13T17:00 KH0002 --by S02 --method phone --outcome done --at '2026-02-12 10:00' >/dev/null 2>&1
	)
	echo "umask $u: visits.csv $(stat -c %a "d$u/visits.csv"), complaints.csv $(stat -c %a "d$u/complaints.csv"), plan.csv $(stat -c %a "d$u/plan.csv"), visits.csv.torn $(stat -c %a "d$u/visits.csv.torn")"
done
chmod 600 d022/visits.csv
(umask 000; cs-log -d d022 -r auto-dealer --now 2026-02-13T17:00 KH0003 --by S01 --method phone --outcome done --at '2026-02-12 11:00')
echo "an existing visits.csv of mode 600 stays $(stat -c %a d022/visits.csv)"
>>> stdout
umask 022: visits.csv 640, complaints.csv 640, plan.csv 640, visits.csv.torn 640
umask 077: visits.csv 600, complaints.csv 600, plan.csv 600, visits.csv.torn 600
umask 027: visits.csv 640, complaints.csv 640, plan.csv 640, visits.csv.torn 640
umask 002: visits.csv 640, complaints.csv 640, plan.csv 640, visits.csv.torn 640
umask 000: visits.csv 640, complaints.csv 640, plan.csv 640, visits.csv.torn 640
V000003
an existing visits.csv of mode 600 stays 600
>>> exit 0
