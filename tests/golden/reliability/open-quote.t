# A quote left open in the middle of a ledger by a hand edit (line 5 of
# 20) takes in every row after it.  It is no torn tail (a crash cuts only
# the last write, which ends in whole rows, so a torn tail is part of one
# row): readers and writers refuse, exit 65, naming the line the quote
# opened on, and nothing is appended or set aside.  Once it is closed the
# ledger reads again and the next id follows the last row.  Also: a lone CR
# then an open quote at the end is no torn tail either, and a ledger a
# writer creates is removed again when no row is written to it (a failed
# write: full-disk-fsize.t).
cp -r "$DATA/bad/store" d
N='--now 2026-02-13T17:00'
L() { cs-log -d d -r auto-dealer $N "$@"; echo "cs-log: exit $?"; }
C() { cs-complain -d d -r auto-dealer $N "$@"; echo "cs-complain: exit $?"; }
D() { cs-due -d d -r auto-dealer $N --format csv >/dev/null; echo "cs-due: exit $?"; }
R() { cs-report -d d -r auto-dealer --now 2026-03-31T18:00 --month 2026-02 --format csv >/dev/null; echo "cs-report: exit $?"; }
{
	echo 'id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by'
	for i in $(seq 1 19); do
		n="note $i"
		[ "$i" = 4 ] && n='"customer said: call back'
		[ "$i" = 15 ] && n='"tyres, and brakes"'
		printf 'V%06d,2026-02-%02dT09:00:00+08:00,KH000%d,S01,phone,done,,,,,,,%s,,2026-02-13T17:00:00+08:00,S01\n' \
		    "$i" $((i % 12 + 1)) $((i % 3 + 1)) "$n"
	done
} >d/visits.csv
cp d/visits.csv before.csv
echo "## visits.csv: $(wc -l <d/visits.csv) lines, an open quote on line 5"
D
R
L KH0003 --by S01 --method phone --outcome done --at '2026-02-12 08:00'
cmp before.csv d/visits.csv && echo 'visits.csv unchanged'
ls d/visits.csv.torn 2>/dev/null
echo '## without the quoted note on line 16: the quote runs to the end'
sed -i 's/"tyres, and brakes"/tyres/' d/visits.csv
cp d/visits.csv before.csv
D
L KH0003 --by S01 --method phone --outcome done --at '2026-02-12 08:00'
cmp before.csv d/visits.csv && echo 'visits.csv unchanged'
echo '## the quote closed: it reads, and the next id follows the last row'
sed -i '5s/"customer said: call back/"customer said: call back"/' d/visits.csv
D
L KH0003 --by S01 --method phone --outcome done --at '2026-02-12 08:00'
tail -n 1 d/visits.csv | cut -d, -f1
echo '## a crash cut a row inside its note, after two of its lines: torn'
printf 'V000021,2026-02-12T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,"line one\nline two, with a comma\nline th' >>d/visits.csv
D
L KH0002 --by S02 --method phone --outcome done --at '2026-02-12 10:00'
tail -n 1 d/visits.csv | cut -d, -f1
cat d/visits.csv.torn
echo '## complaints.csv, an open quote in a hand-edited summary'
C open KH0001 --severity general --category other --channel phone --summary 刹车异响 >/dev/null
C open KH0002 --severity general --category other --channel phone --summary 空调不制冷 >/dev/null
C open KH0003 --severity general --category other --channel phone --summary 异味 >/dev/null
sed -i 's/刹车异响/"刹车异响/' d/complaints.csv
cp d/complaints.csv before.csv
C open KH0001 --severity general --category other --channel phone --summary again
cmp before.csv d/complaints.csv && echo 'complaints.csv unchanged'
D
echo '## a lone CR, then an open quote, at the end: no torn tail'
rm d/complaints.csv
cp d/visits.csv fixed.csv
printf 'V000021,2026-02-12T10:00:00+08:00,KH0001,S01,phone,done\r"note' >>d/visits.csv
cp d/visits.csv before.csv
D
L KH0002 --by S02 --method phone --outcome done --at '2026-02-12 10:00'
cmp before.csv d/visits.csv && echo 'visits.csv unchanged'
echo '## a new ledger is not left behind when nothing is written'
rm d/visits.csv
L KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00' --complaint C2026-0099
ls d/visits.csv 2>/dev/null || echo 'no visits.csv'
C assign C2026-0001 --to S02
ls d/complaints.csv 2>/dev/null || echo 'no complaints.csv'
L KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00'
cat d/visits.csv
>>> stdout
## visits.csv: 20 lines, an open quote on line 5
cs-due: exit 65
cs-report: exit 65
cs-log: exit 65
visits.csv unchanged
## without the quoted note on line 16: the quote runs to the end
cs-due: exit 65
cs-log: exit 65
visits.csv unchanged
## the quote closed: it reads, and the next id follows the last row
cs-due: exit 0
V000020
cs-log: exit 0
V000020
## a crash cut a row inside its note, after two of its lines: torn
cs-due: exit 0
V000021
cs-log: exit 0
V000021
V000021,2026-02-12T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,"line one
line two, with a comma
line th
## complaints.csv, an open quote in a hand-edited summary
cs-complain: exit 65
complaints.csv unchanged
cs-due: exit 65
## a lone CR, then an open quote, at the end: no torn tail
cs-due: exit 65
cs-log: exit 65
visits.csv unchanged
## a new ledger is not left behind when nothing is written
cs-log: exit 65
no visits.csv
cs-complain: exit 65
no complaints.csv
V000001
cs-log: exit 0
id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by
V000001,2026-02-12T09:00:00+08:00,KH0001,S01,phone,done,,,,,,,,,2026-02-13T17:00:00+08:00,S01
>>> stderr
cs-due: visits.csv:5: unterminated quoted field (opened here, it takes in line 6, which reads as a row of its own, and runs on to line 16); add the missing closing quote, or remove the stray one
cs-report: visits.csv:5: unterminated quoted field (opened here, it takes in line 6, which reads as a row of its own, and runs on to line 16); add the missing closing quote, or remove the stray one
cs-log: visits.csv:5: unterminated quoted field (opened here, it takes in line 6, which reads as a row of its own, and runs on to line 16); add the missing closing quote, or remove the stray one
cs-due: visits.csv:5: unterminated quoted field (opened here, it takes in line 6, which reads as a row of its own, and every line after it); add the missing closing quote, or remove the stray one
cs-log: visits.csv:5: unterminated quoted field (opened here, it takes in line 6, which reads as a row of its own, and every line after it); add the missing closing quote, or remove the stray one
cs-due: visits.csv:22: incomplete last row left out (a write was cut off; the next append sets it aside)
cs-log: visits.csv: set aside a torn last row (102 bytes) in visits.csv.torn
cs-complain: complaints.csv:2: unterminated quoted field (opened here, it takes in line 3, which reads as a row of its own, and every line after it); add the missing closing quote, or remove the stray one
cs-due: complaints.csv:2: unterminated quoted field (opened here, it takes in line 3, which reads as a row of its own, and every line after it); add the missing closing quote, or remove the stray one
cs-due: visits.csv:23: carriage return without line feed outside quotes; save the file with LF or CRLF line ends
cs-log: visits.csv:23: carriage return without line feed outside quotes; save the file with LF or CRLF line ends
cs-log: unknown complaint "C2026-0099" in --complaint
cs-complain: unknown complaint "C2026-0001"
>>> exit 0
