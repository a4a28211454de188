# --help: usage on stdout, exit 0
cs-report --help
>>> stdout
usage: cs-report [-d DIR] [-r RULES] [--now TIME] [--month YYYY-MM|last]
                 [--by staff|team|region|class] [--staff ID]
                 [--format text|md|csv|json|html|xlsx] [--bom] [--excel]
                 [--mask] [--lang en|zh] [--trend N] [-o FILE|DIR]
       cs-report --from YYYY-MM --to YYYY-MM -o DIR [options]
The monthly return-visit report: visits, satisfaction and complaints of
a month, for the team and broken down, with the change against the month
before.  Computed from the ledgers as they were at --now.
  -d, --dir DIR         ledger directory (default $CS_DIR, else .)
  -r, --rules FILE      rules file or rule-set name (default DIR/rules.yaml)
      --now TIME        the current time (default $CS_NOW, else the clock)
      --month MONTH     YYYY-MM, or last: the last complete month (default)
      --from, --to YYYY-MM  every month from..to, one file each, into -o DIR
      --by KIND         break down by staff (default), team, region or class
                        (batch: --by staff also writes one file per person)
      --staff ID        only the figures of staff member ID
      --format FMT      text, md, csv, json, html or xlsx (default: from the
                        -o file's extension; text on a terminal, else csv)
      --bom             csv: a UTF-8 byte order mark first
      --excel           csv for spreadsheets: BOM, CRLF, and text cells
                        starting with = + - @ tab or CR prefixed with '
      --mask            phone numbers as 138****5678
      --lang LANG       en or zh (default: the rules' language, LANGUAGE,
                        LC_ALL or LANG)
      --trend N         months in the trend table (default 6, 0 for none)
      --ambiwidth 1|2   display width of ambiguous characters (text)
  -o, --output FILE|DIR write to FILE, or into the directory DIR
      --no-cache        use and write no checkpoint of the ledgers
>>> exit 0
