# --check prints nothing; exit 1 when something is overdue
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00+08:00 --check
>>> exit 1
