# the same inputs give the same plan, byte for byte
cs-plan -d $DATA/issue4/capacity -r auto-dealer --now 2026-12-04T18:00+08:00 --from 2026-12-07 --to 2026-12-11 >a 2>&1
cs-plan -d $DATA/issue4/capacity -r auto-dealer --now 2026-12-04T18:00+08:00 --from 2026-12-07 --to 2026-12-11 >b 2>&1
cmp a b && echo same
>>> stdout
same
>>> exit 0
