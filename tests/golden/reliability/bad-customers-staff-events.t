# The bad-input corpus, people's ledgers (tests/data/bad/customers-*,
# staff-*, events-*): malformed CSV (quotes, column counts, CR, NUL,
# invalid UTF-8, headers), bad dates and values, unknown and duplicate
# ids, a field over 1 MiB (made here).  Each is refused with file:line (and
# the column, the value and what was expected where there is one), exit 65,
# and nothing is written.  cs-log does not read events.csv (a visit does
# not depend on it): a bad events.csv does not stop it.
head -c 1100000 /dev/zero | tr '\0' x >x
{ printf 'id,name,class,phone,owner,region,since\nKH0001,'; cat x; printf ',routine,13800000001,S01,urban,2025-03-01\n'; } >customers-huge-field.csv
for f in "$DATA"/bad/customers-*.csv customers-huge-field.csv "$DATA"/bad/staff-*.csv "$DATA"/bad/events-*.csv; do
	n=${f##*/}
	rm -rf d
	cp -r "$DATA/bad/store" d
	cp "$f" "d/${n%%-*}.csv"
	echo "## $n"
	cs-due -d d -r auto-dealer --now 2026-02-13T17:00 >/dev/null
	echo "cs-due: exit $?"
	cs-log -d d -r auto-dealer --now 2026-02-13T17:00 KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00' 2>/dev/null
	echo "cs-log: exit $?"
	ls d | tr '\n' ' '
	echo
done 2>&1
>>> stdout
## customers-bad-date.csv
cs-due: customers.csv:2: bad date "2026-13-01" in column since (expected YYYY-MM-DD)
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-cr-only.csv
cs-due: customers.csv:1: carriage return without line feed outside quotes; save the file with LF or CRLF line ends
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-duplicate-column.csv
cs-due: customers.csv:1: duplicate column region
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-duplicate-id.csv
cs-due: customers.csv:3: duplicate id "KH0001" in column id (first on line 2)
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-empty-id.csv
cs-due: customers.csv:2: empty id in column id (expected a customer id such as KH0001)
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-invalid-utf8.csv
cs-due: customers.csv:2: invalid UTF-8 (byte 0xCD at column 8); convert the file first: iconv -f GB18030 -t UTF-8, or use --encoding gb18030 where the command offers it
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-long-row.csv
cs-due: customers.csv:2: 8 fields, expected 7 (header has id,name,class,phone,owner,region,since)
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-missing-column.csv
cs-due: customers.csv: missing column phone (header has: id,name,class,owner,region,since)
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-nul.csv
cs-due: customers.csv:2: NUL byte in data
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-quote-inside.csv
cs-due: customers.csv:2: quote inside an unquoted field at column 9 (quote the whole field and double the quotes in it: "a ""b""")
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-scientific-phone.csv
cs-due: customers.csv:2: phone "1.38E+10" looks like a number mangled by a spreadsheet (scientific notation); format the column as text and export again
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-short-row.csv
cs-due: customers.csv:2: 6 fields, expected 7 (header has id,name,class,phone,owner,region,since)
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-text-after-quote.csv
cs-due: customers.csv:2: text after a closing quote at column 13 (quote the whole field and double the quotes in it: "a ""b""")
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-unknown-owner.csv
cs-due: customers.csv:2: unknown staff "S99" in column owner
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-unterminated-quote.csv
cs-due: customers.csv:3: unterminated quoted field (starts here)
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## customers-huge-field.csv
cs-due: customers.csv:2: field longer than 1 MiB
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## staff-bad-active.csv
cs-due: staff.csv:2: bad value "maybe" in column active (expected yes or no)
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## staff-bad-capacity.csv
cs-due: staff.csv:2: bad capacity "eight" in column capacity (expected a whole number of visits per working day, 0 or more)
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## staff-short-row.csv
cs-due: staff.csv:3: 5 fields, expected 6 (header has id,name,role,team,capacity,active)
cs-due: exit 65
cs-log: exit 65
customers.csv events.csv staff.csv 
## events-bad-date.csv
cs-due: events.csv:2: bad time "2026-02-30T10:00:00+08:00" in column at (expected YYYY-MM-DD HH:MM, or ISO 8601 such as 2026-02-13T17:00:00+08:00)
cs-due: exit 65
V000001
cs-log: exit 0
customers.csv events.csv staff.csv visits.csv 
## events-bad-time.csv
cs-due: events.csv:2: bad time "yesterday" in column at (expected YYYY-MM-DD HH:MM, or ISO 8601 such as 2026-02-13T17:00:00+08:00)
cs-due: exit 65
V000001
cs-log: exit 0
customers.csv events.csv staff.csv visits.csv 
## events-empty-kind.csv
cs-due: events.csv:2: empty kind in column kind (expected an event kind such as purchase, delivery or repair)
cs-due: exit 65
V000001
cs-log: exit 0
customers.csv events.csv staff.csv visits.csv 
## events-unknown-customer.csv
cs-due: events.csv:2: unknown customer "KH9999" in column customer
cs-due: exit 65
V000001
cs-log: exit 0
customers.csv events.csv staff.csv visits.csv 
>>> exit 0
