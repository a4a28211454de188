# --format xlsx: a one-sheet workbook named after the command, read back
# by LibreOffice: the same rows as --format csv (LibreOffice adds the
# seconds to a date-time), the headings in row 1 frozen, an autofilter
# over the rows, the due dates date cells (numbers with a date format),
# ids and names text (shared strings), never a formula; columns as wide
# as their longest cell (Chinese counting two).  -o FILE, a pipe and
# -o FILE.xlsx without --format give the same bytes.
. "$TOP/tests/report/readers.sh"
now='--now 2026-11-23T09:00+08:00'
cs-due -d "$SAMPLES" $now --format xlsx -o due.xlsx
cs-due -d "$SAMPLES" $now --format xlsx | cat >pipe.xlsx
cs-due -d "$SAMPLES" $now -o auto.xlsx
cmp due.xlsx pipe.xlsx && cmp due.xlsx auto.xlsx && echo "-o, pipe, -o FILE.xlsx: same bytes"
file due.xlsx | sed 's/^[^:]*: //'
unzip -p due.xlsx xl/workbook.xml | grep -o '<sheet name="[^"]*"'
unzip -p due.xlsx xl/worksheets/sheet1.xml >sheet.xml
grep -o '<pane [^>]*/>' sheet.xml
grep -o '<autoFilter ref="[^"]*"' sheet.xml
grep -o '<cols>.*</cols>' sheet.xml | grep -o 'width="[0-9.]*"' | tr '\n' ' '; echo
unzip -p due.xlsx xl/styles.xml | grep -o '<numFmt [^>]*>'
echo "due (G): $(grep -o '<c r="G[0-9]*" s="[0-9]*"><v>[0-9.]*</v>' sheet.xml | wc -l) numbers"
echo "customer (B): $(grep -o '<c r="B[0-9]*"[^>]*>' sheet.xml | grep -vc 't="s"') not text"
echo "formulas: $(grep -c '<f>' sheet.xml)"
lo_csv csv due.xlsx
cs-due -d "$SAMPLES" $now --format csv >due.csv
sed 's/\( [0-9][0-9]:[0-9][0-9]\):00,/\1,/' csv/due-cs-due.csv | diff due.csv - &&
	echo "LibreOffice reads the rows of --format csv: $(wc -l <due.csv) lines"
# --explain: the explanation column; a name like a formula stays text
cp -r "$DATA/issue5" d
sed -i 's/^KH02,Ben,/KH02,"=SUM(A1)<b>\&",/' d/customers.csv
cs-due -d d --now 2026-12-02T09:00+08:00 --explain -o d.xlsx
echo "formulas: $(unzip -p d.xlsx xl/worksheets/sheet1.xml | grep -c '<f>')"
lo_csv csv d.xlsx
cat csv/d-cs-due.csv
# nothing due: a workbook of the headings only (yesterday's must not stay)
cs-due -d $DATA/issue4/dealer -r auto-dealer $now --staff S06 -o none.xlsx
lo_csv csv none.xlsx && cat csv/none-cs-due.csv
>>> stdout
-o, pipe, -o FILE.xlsx: same bytes
Microsoft Excel 2007+
<sheet name="cs-due"
<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>
<autoFilter ref="A1:J118"
width="12.5703125" width="11.5703125" width="29.140625" width="8.28515625" width="24.7109375" width="9.28515625" width="20.28515625" width="10.42578125" width="10.42578125" width="13.7109375" 
<numFmt numFmtId="164" formatCode="@"/>
<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/>
<numFmt numFmtId="166" formatCode="yyyy-mm-dd hh:mm"/>
due (G): 117 numbers
customer (B): 0 not text
formulas: 0
LibreOffice reads the rows of --format csv: 118 lines
formulas: 0
kind,customer,name,staff,what,method,due,status,late,complaint,explain
complaint,KH02,=SUM(A1)<b>&,S01,answer,,2026-11-30 18:00:00,overdue,7h30m,C2026-0004,"complaint C2026-0004 milestone answer: answer within 1 working day of open; open at 2026-11-27 14:00; skipped 2026-11-28 Sat, 2026-11-29 Sun: weekend; 2026-11-30 14:00 + paused 4h (waiting on the customer); due 2026-11-30 18:00"
visit,KH01,Ann,S01,routine-monthly,phone,2026-12-31,due,,,rule routine-monthly: 1 per month; month 2026-12-01..2026-12-31: visit 1 of 1; due on the last working day by 2026-12-31: 2026-12-31; window 2026-12-01..2026-12-31; no done visit since 2026-12-01
visit,KH02,=SUM(A1)<b>&,S01,routine-monthly,phone,2026-12-31,due,,,rule routine-monthly: 1 per month; month 2026-12-01..2026-12-31: visit 1 of 1; due on the last working day by 2026-12-31: 2026-12-31; window 2026-12-01..2026-12-31; no done visit since 2026-12-01
kind,customer,name,staff,what,method,due,status,late,complaint
>>> exit 0
