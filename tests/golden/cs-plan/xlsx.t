# --format xlsx: the plan as a one-sheet workbook, read back by
# LibreOffice as the rows of --format csv; date, earliest and latest are
# date cells, the rest text.
. "$TOP/tests/report/readers.sh"
now='--now 2026-11-23T09:00+08:00'
cs-plan -d "$SAMPLES" $now --month next --format xlsx -o plan.xlsx
cs-plan -d "$SAMPLES" $now --month next --format xlsx >stdout.xlsx
cmp plan.xlsx stdout.xlsx && echo "-o and stdout: same bytes"
unzip -p plan.xlsx xl/workbook.xml | grep -o '<sheet name="[^"]*"'
unzip -p plan.xlsx xl/worksheets/sheet1.xml >sheet.xml
grep -o '<pane [^>]*/>' sheet.xml
grep -o '<autoFilter ref="[^"]*"' sheet.xml
for c in A B C D H I J; do
	printf '%s: %s text, %s numbers\n' $c \
	    "$(grep -o "<c r=\"$c[0-9]*\" s=\"[0-9]*\" t=\"s\">" sheet.xml | wc -l)" \
	    "$(grep -o "<c r=\"$c[0-9]*\" s=\"[0-9]*\"><v>" sheet.xml | wc -l)"
done
lo_csv csv plan.xlsx
cs-plan -d "$SAMPLES" $now --month next --format csv | diff - csv/plan-cs-plan.csv &&
	echo "LibreOffice reads the rows of --format csv"
>>> stdout
-o and stdout: same bytes
<sheet name="cs-plan"
<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>
<autoFilter ref="A1:J321"
A: 1 text, 320 numbers
B: 321 text, 0 numbers
C: 321 text, 0 numbers
D: 321 text, 0 numbers
H: 1 text, 320 numbers
I: 1 text, 320 numbers
J: 321 text, 0 numbers
LibreOffice reads the rows of --format csv
>>> exit 0
