# --month last is the last complete month, by calendar months: on
# 2026-03-31 it is February (not "31 days ago"); the default is last
cs-report -d "$DATA/issue5" --now 2026-03-31T10:00+08:00 --month last --format text | head -2
cs-report -d "$DATA/issue5" --now 2026-01-01T00:30+08:00 --format csv | sed -n 2p
>>> stdout
Return-visit report 2026-02
Ledgers as of 2026-03-31 10:00; rules tiny; by staff; change against 2026-01
2025-12,summary,total,total,visits_due,3,3,0
>>> exit 0
