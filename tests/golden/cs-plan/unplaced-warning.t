# without --summary (stderr not a terminal) the unplaced days are still
# reported on stderr
cs-plan -d $DATA/issue4/capacity -r auto-dealer --now 2026-12-04T18:00+08:00 --from 2026-12-07 --to 2026-12-11 | tail -2
>>> stdout
2026-12-11,S03,KH0016,大客户16,key-weekly,phone,大客户定期回访,2026-12-07,2026-12-13,planned
2026-12-11,,KH0022,大客户22,key-weekly,phone,大客户定期回访,2026-12-07,2026-12-13,unplaced
>>> stderr
cs-plan: 2026-12-11: 1 visit could not be placed: capacity full
>>> exit 0
