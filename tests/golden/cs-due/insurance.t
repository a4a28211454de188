# insurance-renewal.yaml: policy_end 2027-01-15 asks for contacts on
# 2026-12-01 and 2026-12-16 (upcoming within 4 weeks)
cs-due -d $DATA/issue4/insurance -r insurance-renewal --now 2026-11-23T09:00+08:00 --within 4w
>>> stdout
kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0102,孙悦,S02,renewal-reminder,sms,2026-10-30,overdue,90h,
visit,KH0101,钱进,S01,renewal-list,phone,2026-11-16,due,,
visit,KH0104,吴迪,S02,renewal-follow-1,phone,2026-11-20,due,,
visit,KH0101,钱进,S01,renewal-first,phone,2026-12-01,upcoming,,
visit,KH0104,吴迪,S02,renewal-follow-2,phone,2026-12-04,upcoming,,
visit,KH0101,钱进,S01,renewal-follow-1,phone,2026-12-16,upcoming,,
visit,KH0104,吴迪,S02,renewal-reminder,sms,2026-12-17,upcoming,,
>>> exit 0
