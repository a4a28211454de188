# every refusal: exit 64 with a reason and "Try ..."
cs-plan -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00; echo "exit $?"
cs-plan -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00 --month 2026-13; echo "exit $?"
cs-plan -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00 --month december; echo "exit $?"
cs-plan -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00 --from 2026-12-10 --to 2026-12-01; echo "exit $?"
cs-plan -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00 --from 2026-12-01; echo "exit $?"
cs-plan -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00 --month 2026-12 --to 2026-12-31; echo "exit $?"
cs-plan -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00 --from 2026-12-01 --to 2026-12-32; echo "exit $?"
cs-plan -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00 --from 2026-01-01 --to 2036-12-31; echo "exit $?"
cs-plan -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00 --month 2026-12 --write --wait x; echo "exit $?"
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
>>> stderr
cs-plan: which period? (--month YYYY-MM, or --from DATE --to DATE)
Try 'cs-plan --help'.
cs-plan: bad --month "2026-13" (expected YYYY-MM, this, next or last)
Try 'cs-plan --help'.
cs-plan: bad --month "december" (expected YYYY-MM, this, next or last)
Try 'cs-plan --help'.
cs-plan: --from 2026-12-10 is after --to 2026-12-01
Try 'cs-plan --help'.
cs-plan: --from and --to go together
Try 'cs-plan --help'.
cs-plan: --month and --from/--to do not go together
Try 'cs-plan --help'.
cs-plan: bad --to "2026-12-32" (expected YYYY-MM-DD)
Try 'cs-plan --help'.
cs-plan: the period is too long (at most 3660 days)
Try 'cs-plan --help'.
cs-plan: bad --wait "x" (expected a number of seconds, e.g. 2.5)
Try 'cs-plan --help'.
>>> exit 0
