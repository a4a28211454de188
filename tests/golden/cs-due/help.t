# --help: usage on stdout, exit 0
cs-due --help
>>> stdout
usage: cs-due [-d DIR] [-r RULES] [--now TIME] [--staff ID]
              [--within DURATION] [--since DATE] [--overdue] [--check]
              [--explain] [--no-cache] [--format table|csv|tsv|json|xlsx]
              [--bom] [--excel] [-o FILE]
              [--notify CMD [--notify-unassigned ID]]
List the visits and complaint milestones due or overdue now, most
urgent first; nothing when nothing is due.
  -d, --dir DIR         ledger directory (default $CS_DIR, else .)
  -r, --rules FILE      rules file or rule-set name (default DIR/rules.yaml)
      --now TIME        the current time (default $CS_NOW, else the clock)
      --staff ID        only what staff member ID holds (owner, holder)
      --within DURATION also what comes due within DURATION (3d, 2h, 1w)
      --since DATE      look back to DATE for overdue visits (default 90
                        days ago)
      --overdue         only what is overdue
      --check           print nothing; exit 1 if anything is overdue
      --explain         say how each due date was computed
      --no-cache        read the ledgers from the start; use and write no
                        checkpoint
      --format FMT      table, csv, tsv, json or xlsx (default: xlsx for
                        -o FILE.xlsx, a table on a terminal, else csv)
      --bom             csv with a UTF-8 byte order mark first
      --excel           csv for spreadsheets: BOM, CRLF, and text cells
                        starting with = + - @ tab or CR prefixed with '
  -o, --output FILE     write to FILE
      --notify CMD      hand each person's list to CMD (sh -c, once per
                        person, the list on its stdin; see cs-due(1))
      --notify-unassigned ID
                        with --notify: what nobody active holds goes to
                        ID (else it is printed)
>>> exit 0
