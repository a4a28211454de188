# A workbook with bad rows: every bad value reported with the sheet's row
# number (a date cell in the future, a time typed as text that is no
# date, a number in the time column that is not formatted as a date,
# an unknown staff member); nothing imported.  Files that are not xlsx
# workbooks: a zip of something else, a broken zip, an old .xls; a part
# that inflates to more than 256 MiB.
cp -r "$DATA/issue3/store" d
L() { cs-log -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
T=$(printf '\t')
gen-xlsx bad.xlsx <<ROWS
customer${T}staff${T}at${T}method${T}outcome${T}attitude
KH0001${T}S01${T}d:2026-02-11 14:30${T}phone${T}done${T}n:4

KH0002${T}S02${T}d:2026-03-01 09:00${T}phone${T}done${T}n:4
KH0003${T}S01${T}2026-13-01 10:00${T}phone${T}done${T}n:3
KH0001${T}S09${T}n:46064.5${T}phone${T}done${T}n:5
KH0001${T}S01${T}d:2026-02-12 10:00${T}phone${T}done${T}b:1
ROWS
L --import bad.xlsx
test -e d/visits.csv || echo "no visits.csv"
echo 'not a workbook' >readme.txt
gen-xlsx -z other.xlsx readme.txt=readme.txt
L --import other.xlsx
printf 'PK\003\004broken' >broken.xlsx
L --import broken.xlsx
printf '\320\317\021\340\241\261\032\341old' >old.xls
L --import old.xls
# a zip bomb: 300 MB of zeros in 300 KB
truncate -s 300M zeros
gen-xlsx -z bomb.xlsx xl/workbook.xml=zeros
rm zeros
L --import bomb.xlsx
>>> stdout
exit 65
no visits.csv
exit 65
exit 65
exit 65
exit 65
>>> stderr
cs-log: bad.xlsx:4: future time "2026-03-01 09:00" in column at (expected a time not after now, 2026-02-13 17:00)
cs-log: bad.xlsx:5: bad time "2026-13-01 10:00" in column at (expected YYYY-MM-DD HH:MM or ISO 8601)
cs-log: bad.xlsx:6: unknown staff "S09" in column staff
cs-log: bad.xlsx:6: bad attitude score "5" in column attitude (expected 1 to 4, 4 = very satisfied)
cs-log: bad.xlsx:6: bad time "46064.5" in column at (expected YYYY-MM-DD HH:MM; 46064.5 is how a spreadsheet stores 2026-02-11 12:00: format the column as a date and time, and export again)
cs-log: bad.xlsx:7: bad attitude score "TRUE" in column attitude (expected 1 to 4, 4 = very satisfied)
cs-log: bad.xlsx: 4 bad rows, nothing imported
cs-log: other.xlsx: not an xlsx workbook (no xl/workbook.xml)
cs-log: other.xlsx: nothing imported
cs-log: broken.xlsx: not an xlsx workbook: Not a zip archive
cs-log: broken.xlsx: nothing imported
cs-log: old.xls: an Excel 97-2003 (.xls) or password-protected workbook: save it as .xlsx (no password) or CSV
cs-log: old.xls: nothing imported
cs-log: bomb.xlsx: xl/workbook.xml: too large (314572800 bytes uncompressed, at most 256 MiB)
cs-log: bomb.xlsx: nothing imported
>>> exit 0
