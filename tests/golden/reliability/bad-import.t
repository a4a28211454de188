# The bad-input corpus, imports (tests/data/bad/import-*): malformed CSV,
# wrong column counts, bad dates, unknown and inactive ids, invalid UTF-8,
# NUL bytes, text that is not GB18030, a field over 1 MiB.  Each is refused
# with file:line and exit 65, and nothing is imported: visits.csv stays byte
# for byte what it was.
cp -r "$DATA/bad/store" d
cs-log -d d -r auto-dealer --now 2026-02-13T17:00 KH0003 --by S01 --method phone --outcome done --at '2026-02-12 08:00'
cp d/visits.csv before.csv
head -c 1100000 /dev/zero | tr '\0' x >x
{ printf 'customer,staff,at,method,outcome,note\nKH0001,S01,2026-02-12 09:00,phone,done,'; cat x; echo; } >import-huge-field.csv
for f in "$DATA"/bad/import-*.csv import-huge-field.csv; do
	echo "## ${f##*/}"
	enc=utf-8
	case $f in *gb18030*) enc=gb18030 ;; esac
	cs-log -d d -r auto-dealer --now 2026-02-13T17:00 --import "$f" --encoding $enc
	echo "exit $?"
done 2>&1
cmp before.csv d/visits.csv && echo 'visits.csv unchanged'
>>> stdout
V000001
## import-bad-dates.csv
cs-log: import-bad-dates.csv:2: bad time "2026-02-30 09:00" in column at (expected YYYY-MM-DD HH:MM or ISO 8601)
cs-log: import-bad-dates.csv:3: bad time "2026-13-01" in column at (expected YYYY-MM-DD HH:MM or ISO 8601)
cs-log: import-bad-dates.csv:4: bad time "12/02/2026 10:00" in column at (expected YYYY-MM-DD HH:MM or ISO 8601)
cs-log: import-bad-dates.csv:5: bad time "2026-02-12 24:00" in column at (expected YYYY-MM-DD HH:MM or ISO 8601)
cs-log: import-bad-dates.csv: 4 bad rows, nothing imported
exit 65
## import-column-count.csv
cs-log: import-column-count.csv:3: 5 fields, expected 6 (header has customer,staff,at,method,outcome,note)
cs-log: import-column-count.csv: nothing imported
exit 65
## import-invalid-utf8.csv
cs-log: import-invalid-utf8.csv:2: invalid UTF-8 (byte 0xB2 at column 40); convert the file first: iconv -f GB18030 -t UTF-8, or use --encoding gb18030 where the command offers it
cs-log: import-invalid-utf8.csv: nothing imported
exit 65
## import-not-gb18030.csv
cs-log: import-not-gb18030.csv:2: not GB18030 text (byte offset 61)
exit 65
## import-nul.csv
cs-log: import-nul.csv:2: NUL byte in data
cs-log: import-nul.csv: nothing imported
exit 65
## import-text-after-quote.csv
cs-log: import-text-after-quote.csv:2: text after a closing quote at column 56 (quote the whole field and double the quotes in it: "a ""b""")
cs-log: import-text-after-quote.csv: nothing imported
exit 65
## import-unknown-ids.csv
cs-log: import-unknown-ids.csv:2: unknown customer "KH0009" in column customer
cs-log: import-unknown-ids.csv:3: unknown staff "S99" in column staff
cs-log: import-unknown-ids.csv:4: staff "S08" is not active in column staff
cs-log: import-unknown-ids.csv: 3 bad rows, nothing imported
exit 65
## import-unterminated-quote.csv
cs-log: import-unterminated-quote.csv:3: unterminated quoted field (starts here)
cs-log: import-unterminated-quote.csv: nothing imported
exit 65
## import-huge-field.csv
cs-log: import-huge-field.csv:2: field longer than 1 MiB
cs-log: import-huge-field.csv: nothing imported
exit 65
visits.csv unchanged
>>> exit 0
