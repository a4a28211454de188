# policy_end 2027-01-15: contacts on 2026-12-01 and 2026-12-16
cs-plan -d $DATA/issue4/insurance -r insurance-renewal --now 2026-11-23T09:00+08:00 --month 2026-12
>>> stdout
date,staff,customer,name,rule,method,purpose,earliest,latest,status
2026-12-01,S01,KH0101,钱进,renewal-first,phone,首次续保联系,2026-12-01,2026-12-15,planned
2026-12-01,S02,KH0104,吴迪,renewal-follow-1,phone,正式跟进,2026-11-20,2026-12-04,planned
2026-12-04,S02,KH0104,吴迪,renewal-follow-2,phone,第二次跟进,2026-12-04,2026-12-15,planned
2026-12-16,S01,KH0101,钱进,renewal-follow-1,phone,正式跟进,2026-12-16,2026-12-30,planned
2026-12-17,S02,KH0104,吴迪,renewal-reminder,sms,到期前提醒,2026-12-17,2026-12-20,planned
2026-12-31,S01,KH0101,钱进,renewal-follow-2,phone,第二次跟进,2026-12-31,2027-01-11,planned
>>> exit 0
