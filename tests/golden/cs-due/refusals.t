# every refusal: exit 64 for the command line, 65 for an unknown staff id
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00 --staff S99; echo "exit $?"
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00 --within 3x; echo "exit $?"
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00 --since 2026-02-30; echo "exit $?"
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00 --bogus; echo "exit $?"
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00 extra; echo "exit $?"
cs-due -d $DATA/issue4/dealer -r auto-dealer --now yesterday; echo "exit $?"
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00 --format xml; echo "exit $?"
cs-due -d nonexistent -r auto-dealer --now 2026-11-23T09:00; echo "exit $?"
>>> stdout
exit 65
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 66
>>> stderr
cs-due: unknown staff "S99" (not in staff.csv)
cs-due: bad --within "3x": unknown unit (expected min, h, d, w, mo or y)
Try 'cs-due --help'.
cs-due: bad --since "2026-02-30" (expected YYYY-MM-DD)
Try 'cs-due --help'.
cs-due: unrecognized option '--bogus'
Try 'cs-due --help'.
cs-due: unexpected argument "extra"
Try 'cs-due --help'.
cs-due: bad --now value "yesterday" (expected an ISO 8601 date or date-time, e.g. 2026-11-23T09:00+08:00)
cs-due: bad --format "xml" (expected table, csv, tsv, json or xlsx)
Try 'cs-due --help'.
cs-due: nonexistent: no such directory (use -d DIR or CS_DIR, or create one with cs-init)
>>> exit 0
