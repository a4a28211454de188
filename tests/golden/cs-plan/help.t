# --help: usage on stdout, exit 0
cs-plan --help
>>> stdout
usage: cs-plan [-d DIR] [-r RULES] [--now TIME]
               (--month YYYY-MM|this|next|last | --from DATE --to DATE)
               [--write] [--summary] [--format table|csv|tsv|json|xlsx]
               [--bom] [--excel] [--no-cache] [-o FILE]
Plan the visits the rules ask for in a period: each on a working day, given
to the customer's owner or a colleague with capacity.
  -d, --dir DIR         ledger directory (default $CS_DIR, else .)
  -r, --rules FILE      rules file or rule-set name (default DIR/rules.yaml)
      --now TIME        the current time (default $CS_NOW, else the clock)
      --month MONTH     the period: YYYY-MM, this, next or last
      --from DATE       the period's first day (with --to)
      --to DATE         the period's last day
      --write           append the plan to DIR/plan.csv instead of printing it
      --summary         print the summary (visits per staff per week) on
                        stderr even when it is not a terminal
      --format FMT      table, csv, tsv, json or xlsx (default: xlsx for
                        -o FILE.xlsx, a table on a terminal, else csv)
      --bom             csv with a UTF-8 byte order mark first
      --excel           csv for spreadsheets: BOM, CRLF, and text cells
                        starting with = + - @ tab or CR prefixed with '
      --no-cache        read visits.csv from the start; use and write no
                        checkpoint
  -o, --output FILE     write to FILE
>>> exit 0
