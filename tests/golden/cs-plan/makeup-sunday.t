# insurance-renewal.yaml: 45 days before policy_end 2026-11-04 is Sunday
# 2026-09-20, a make-up working day: planned on that Sunday; the
# Mid-Autumn holiday (09-25..27) gets nothing
cs-plan -d $DATA/issue4/insurance -r insurance-renewal --now 2026-09-01T09:00+08:00 --from 2026-09-14 --to 2026-09-27
>>> stdout
date,staff,customer,name,rule,method,purpose,earliest,latest,status
2026-09-14,S02,KH0102,孙悦,renewal-list,phone,建立续保名单,2026-09-04,2026-09-18,planned
2026-09-20,S02,KH0102,孙悦,renewal-first,phone,首次续保联系,2026-09-20,2026-10-04,planned
>>> exit 0
