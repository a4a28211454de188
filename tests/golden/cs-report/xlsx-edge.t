# Workbooks read back by LibreOffice, with text a spreadsheet would take
# for something else: a name that looks like a formula (and holds & < >),
# a phone with leading zeros, a staff name with & (a header code in Excel
# page headers).  They stay text cells, as written (no formula anywhere);
# the sheet names in English; a per-person workbook and one without a
# trend; a file that cannot be made is refused.
. "$TOP/tests/report/readers.sh"
cp -r "$DATA/issue5" d
sed -i 's/^KH02,Ben,routine,13800000002,/KH02,"=SUM(A1)<b>\&",routine,008613800000002,/' d/customers.csv
sed -i 's/^S01,Alice,/S01,Al \& Co,/' d/staff.csv
cs-report -d d --now 2026-12-02T09:00+08:00 --month 2026-11 --lang en --format xlsx -o all.xlsx
cs-report -d d --now 2026-12-02T09:00+08:00 --month 2026-11 --lang en --staff S01 -o s01.xlsx
cs-report -d d --now 2026-12-02T09:00+08:00 --month 2026-11 --lang en --trend 0 -o notrend.xlsx
unzip -p all.xlsx xl/workbook.xml | grep -o '<sheet name="[^"]*"' | cut -d'"' -f2 | tr '\n' '|'; echo
unzip -p all.xlsx 'xl/worksheets/sheet*.xml' | grep -c '<f>'
unzip -p s01.xlsx xl/worksheets/sheet1.xml | grep -o '<oddHeader>[^<]*'
unzip -l notrend.xlsx | grep -c 'xl/charts/chart[0-9]*.xml'
for f in all s01 notrend; do lo_csv csv $f.xlsx; done
ls csv | wc -l
cat csv/all-Dissatisfied.csv
sed -n '1p; 4,6p' csv/s01-Summary.csv
cat csv/notrend-Trend.csv
# a directory that is not there
cs-report -d d --now 2026-12-02T09:00+08:00 --month 2026-11 -o nowhere/r.xlsx
>>> stdout
Summary|Charts|Visits|Methods|Satisfaction|Scores|Items|Dissatisfied|Complaints|By category|By severity|By channel|Deadlines|Times|Escalations|Review (C7)|Trend|
0
<oddHeader>&amp;LReturn-visit report 2026-11 - S01 Al &amp;&amp; Co&amp;RSummary
2
51
Dissatisfied visits,,,,,,,
Return-visit report 2026-11; ledgers as of 2026-12-02 09:00; rules tiny; by staff; change against 2026-10,,,,,,,
Visit,Time,Customer,Name,Phone,Staff,Scores,Followed up
V000004,2026-11-06 10:00,KH02,=SUM(A1)<b>&,008613800000002,S01 Al & Co,"3,2,4,4",2026-11-16 10:00
Summary,,,
Visits due,2,2,0
Visits done,2,1,1
Visit rate (K1),100%,50%,50%
Trend,,,,,,
Return-visit report 2026-11; ledgers as of 2026-12-02 09:00; rules tiny; by staff; change against 2026-10,,,,,,
Month,Visits due,Visit rate (K1),Satisfaction rate (K2),Touched rate (K3),Complaints opened,Deadlines met
(none),,,,,,
>>> stderr
cs-report: nowhere/r.xlsx: cannot create: No such file or directory
>>> exit 73
