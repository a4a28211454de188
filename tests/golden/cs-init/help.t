# --help: usage on stdout, exit 0
cs-init --help
>>> stdout
usage: cs-init [-r RULES] [DIR]
Make DIR (default $CS_DIR, else .) a ledger directory ready to use:
customers.csv, staff.csv, events.csv, visits.csv and complaints.csv with
their headers only, and rules.yaml, a copy of the rule set RULES.
Never overwrites a file; prints nothing.
  -r, --rules RULES     a shipped rule set: standard (default), auto-dealer,
                        construction-warranty or insurance-renewal; or a
                        rules file
  -d, --dir DIR         the same as the operand DIR
>>> exit 0
