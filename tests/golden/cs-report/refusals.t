# bad command lines (exit 64) and bad requests, with messages that say why
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00 --month 2026-13; echo "exit $?"
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00 --month 26-11; echo "exit $?"
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00 --from 2026-01; echo "exit $?"
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00 --from 2026-01 --to 2026-02; echo "exit $?"
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00 --from 2026-03 --to 2026-02 -o x; echo "exit $?"
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00 --month 2026-01 --from 2026-01 --to 2026-02 -o x; echo "exit $?"
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00 --month 2027-01; echo "exit $?"
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00 --by city; echo "exit $?"
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00 --format pdf; echo "exit $?"
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00 --lang fr; echo "exit $?"
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00 --trend x; echo "exit $?"
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00 --staff S99; echo "exit $?"
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00 extra; echo "exit $?"
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00 -o /nonexistent/dir/r.txt; echo "exit $?"
cs-report -d nowhere --now 2026-12-02T09:00; echo "exit $?"
>>> stdout
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 65
exit 64
exit 73
exit 66
>>> stderr
cs-report: bad --month "2026-13" (expected YYYY-MM or last)
Try 'cs-report --help'.
cs-report: bad --month "26-11" (expected YYYY-MM or last)
Try 'cs-report --help'.
cs-report: --from and --to go together
Try 'cs-report --help'.
cs-report: --from/--to write one file per month: give -o DIR
Try 'cs-report --help'.
cs-report: --to 2026-02 is before --from 2026-03
Try 'cs-report --help'.
cs-report: --month and --from/--to cannot be combined
Try 'cs-report --help'.
cs-report: 2027-01 has not begun at --now (nothing to report)
cs-report: bad --by "city" (expected staff, team, region or class)
Try 'cs-report --help'.
cs-report: bad --format "pdf" (expected text, md, csv, json, html or xlsx)
Try 'cs-report --help'.
cs-report: bad --lang "fr" (expected en or zh)
Try 'cs-report --help'.
cs-report: bad --trend "x" (expected 0 to 60 months)
Try 'cs-report --help'.
cs-report: unknown staff "S99" (not in staff.csv)
cs-report: unexpected argument "extra"
Try 'cs-report --help'.
cs-report: /nonexistent/dir/r.txt: cannot create: No such file or directory
cs-report: nowhere: no such directory (use -d DIR or CS_DIR, or create one with cs-init)
>>> exit 0
