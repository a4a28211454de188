# A torn tail, made by hand as a crash in the middle of a write would
# leave it: a row without its line feed, then a row cut inside a quoted
# note that spans lines.  Readers leave it out and say so; the next append
# reports it, copies it byte for byte to visits.csv.torn (a line feed
# added where it had none) and cuts it, so it is never glued to the next
# row and never silently lost.
cp -r "$DATA/bad/store" d
L() { cs-log -d d -r auto-dealer --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
L KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00' --note '第一次'
echo '## a row without its line feed'
printf 'V000002,2026-02-12T10:00:00+08:00,KH0002,S02,pho' >>d/visits.csv
cs-due -d d -r auto-dealer --now 2026-02-13T17:00 --format csv >/dev/null
echo "exit $?"
L KH0002 --by S02 --method phone --outcome done --at '2026-02-12 10:00' --note '第二次'
echo "visits.csv.torn: $(wc -c <d/visits.csv.torn) bytes (48 and a line feed)"
echo '## a row cut inside a quoted note, after one of its line feeds'
printf 'V000003,2026-02-12T11:00:00+08:00,KH0003,S01,phone,done,,,,,,,"第一行\n第二行, 还有' >>d/visits.csv
cs-report -d d -r auto-dealer --now 2026-02-13T17:00 --month 2026-02 --format csv >/dev/null
echo "exit $?"
L KH0003 --by S01 --method phone --outcome done --at '2026-02-12 11:00' --note "$(printf '第一行\n第二行')"
echo '## visits.csv.torn'
cat d/visits.csv.torn
echo '## visits.csv'
cat d/visits.csv
csvcol d/visits.csv id note | tr '\t' ' '
>>> stdout
V000001
exit 0
## a row without its line feed
exit 0
V000002
exit 0
visits.csv.torn: 49 bytes (48 and a line feed)
## a row cut inside a quoted note, after one of its line feeds
exit 0
V000003
exit 0
## visits.csv.torn
V000002,2026-02-12T10:00:00+08:00,KH0002,S02,pho
V000003,2026-02-12T11:00:00+08:00,KH0003,S01,phone,done,,,,,,,"第一行
第二行, 还有
## visits.csv
id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by
V000001,2026-02-12T09:00:00+08:00,KH0001,S01,phone,done,,,,,,,第一次,,2026-02-13T17:00:00+08:00,S01
V000002,2026-02-12T10:00:00+08:00,KH0002,S02,phone,done,,,,,,,第二次,,2026-02-13T17:00:00+08:00,S02
V000003,2026-02-12T11:00:00+08:00,KH0003,S01,phone,done,,,,,,,"第一行
第二行",,2026-02-13T17:00:00+08:00,S01
V000001 第一次
V000002 第二次
V000003 第一行\n第二行
>>> stderr
cs-due: visits.csv:3: incomplete last row left out (a write was cut off; the next append sets it aside)
cs-log: visits.csv: set aside a torn last row (48 bytes) in visits.csv.torn
cs-report: visits.csv:4: incomplete last row left out (a write was cut off; the next append sets it aside)
cs-log: visits.csv: set aside a torn last row (90 bytes) in visits.csv.torn
>>> exit 0
