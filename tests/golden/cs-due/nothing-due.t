# nothing due for S06: no output at all, exit 0
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00+08:00 --staff S06
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00+08:00 --staff S06 --format json
