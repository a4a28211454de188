# --explain in a table: the explanations follow the table
cs-due -d $DATA/issue4/dealer -r auto-dealer --now 2026-11-23T09:00+08:00 --explain --format table --staff S02
>>> stdout
kind       customer  name  staff  what              method  due               status  late  complaint
---------  --------  ----  -----  ----------------  ------  ----------------  ------  ----  ----------
visit      KH0005    王强  S02    contract-renewal  onsite  2026-11-20        due
complaint  KH0003    吴刚  S02    reply                     2026-11-23 10:00  due           C2026-0002
visit      KH0003    吴刚  S02    repair-3d         phone   2026-11-23        due
visit      KH0009    马超  S02    follow-up                 2026-11-23        due
visit      KH0010    林峰  S02    delivery          phone   2026-11-23        due
visit      KH0010    林峰  S02    routine-monthly   phone   2026-11-30        due

KH0005 visit contract-renewal 2026-11-20:
  rule contract-renewal: 1 month before contract_end, shift earlier
  contract_end 2026-12-20 - 1 month = 2026-11-20
  until contract_end
  window 2026-11-20..2026-12-20
  no done visit since 2026-11-20

KH0003 complaint C2026-0002 2026-11-23 10:00:
  complaint C2026-0002 milestone reply: reply within 2 working hours of open
  open at 2026-11-20 17:00
  counted 2026-11-20 Fri 17:00-18:00 (1h)
  skipped 2026-11-21 Sat, 2026-11-22 Sun: weekend
  counted 2026-11-23 Mon 09:00-10:00 (1h)
  due 2026-11-23 10:00

KH0003 visit repair-3d 2026-11-23:
  rule repair-3d: 3 days after each repair, shift later
  repair event 2026-11-20 16:00 (events.csv:4)
  2026-11-20 + 3 days = 2026-11-23
  window 2026-11-20..2026-11-23
  no done visit since 2026-11-20

KH0009 visit follow-up 2026-11-23:
  follow-up: visit V000007 on 2026-11-20 has a score <= 2 and no done visit since
  skipped 2026-11-21 Sat, 2026-11-22 Sun: weekend
  due 1 working day after it: 2026-11-23
  window 2026-11-20..2026-11-23

KH0010 visit delivery 2026-11-23:
  rule delivery: 3 days after each delivery, grace 2 days, shift later
  delivery event 2026-11-19 15:00 (events.csv:3)
  2026-11-19 + 3 days = 2026-11-22
  2026-11-22 Sun is not a working day (weekend): moved later to 2026-11-23 Mon
  window 2026-11-19..2026-11-25
  no done visit since 2026-11-19

KH0010 visit routine-monthly 2026-11-30:
  rule routine-monthly: 1 per month
  month 2026-11-01..2026-11-30: visit 1 of 1
  window starts on 2026-11-19 (since)
  due on the last working day by 2026-11-30: 2026-11-30
  window 2026-11-19..2026-11-30
  no done visit since 2026-11-19
>>> exit 0
