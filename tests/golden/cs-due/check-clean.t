# --check: nothing overdue for S05 (its complaint is only due) -> 0
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00+08:00 --check --staff S05
