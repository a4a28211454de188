# -o FILE of cs-due, cs-plan and cs-complain (list, show, escalate), alone
# or over several -d, is written whole as cs-report's is (cs_outfile,
# cli.c): to a temporary file beside it, renamed over it once complete.
# A good run replaces the file (its mode kept; through a symbolic link to
# its target, the link kept); a run that fails leaves the previous file
# byte for byte as it was, and no temporary file; -o - and -o /dev/stdout
# are standard output as it is (`>> log` appends, nothing truncated).
cp -R "$SAMPLES" s
sh "$DATA/branches.sh"
now=--now=2026-11-23T09:00+08:00
echo '## good runs replace the old file'
for f in due plan list show both; do echo "old $f" >$f.out; done
chmod 640 due.out
cs-due -d s $now -o due.out; echo "exit $?"
cs-plan -d s $now --month next -o plan.out; echo "exit $?"
cs-complain -d s $now list -o list.out; echo "exit $?"
cs-complain -d s $now show C2026-0031 -o show.out; echo "exit $?"
cs-due -d north -d south $now -o both.out; echo "exit $?"
for f in due plan list show both; do echo "$f.out: $(wc -l <$f.out) lines: $(head -c 40 $f.out | head -1)"; done
stat -c 'due.out: mode %a' due.out
ln -s plan.out link.out
cs-plan -d s $now --month next --format tsv -o link.out; echo "exit $?"
[ -L link.out ] && echo "link.out: still a link; plan.out: $(head -1 plan.out | cut -f1-3)"
echo '## failed runs leave it as it was'
for f in due plan list show both; do cp $f.out $f.before; done
cs-due -d s $now --staff S99 -o due.out; echo "exit $?"
cs-plan -d north -d nowhere $now --month next -o plan.out; echo "exit $?"
cs-complain -d s $now list --holder S99 -o list.out; echo "exit $?"
cs-complain -d s $now show C2099-0001 -o show.out; echo "exit $?"
cs-due -d north -d south $now --staff S01 -o both.out; echo "exit $?"
for f in due plan list show both; do cmp $f.before $f.out && echo "$f.out unchanged"; done
ls -A | grep '^\.' || echo 'no temporary file left'
echo '## -o - and -o /dev/stdout'
cs-due -d s $now -o - | head -2
echo 'first line' >log
cs-complain -d s $now list --open -o /dev/stdout >>log; echo "exit $?"
head -2 log
cs-plan -d north -d south $now --month next -o /dev/stdout | head -1
echo '## escalate -o'
cp -r "$DATA/issue3/store" d
C() { cs-complain -d d -r "$RULES/auto-dealer.yaml" "$@"; echo "exit $?"; }
C --now '2026-03-02 09:00' open KH0001 --severity general --category service --channel onsite --summary '等待时间过长' >/dev/null
echo old >notices.out
C --now '2026-03-02 13:40' escalate --format csv -o notices.out
cut -d, -f1-4 notices.out
>>> stdout
## good runs replace the old file
exit 0
exit 0
exit 0
exit 0
exit 0
due.out: 118 lines: kind,customer,name,staff,what,method,due
plan.out: 321 lines: date,staff,customer,name,rule,method,pur
list.out: 41 lines: id,customer,name,severity,category,state
show.out: 9 lines: kind,at,event,by,holder,milestone,detail
both.out: 462 lines: kind,customer,name,staff,what,method,due
due.out: mode 640
exit 0
link.out: still a link; plan.out: date	staff	customer
## failed runs leave it as it was
exit 65
exit 66
exit 65
exit 65
exit 64
due.out unchanged
plan.out unchanged
list.out unchanged
show.out unchanged
both.out unchanged
no temporary file left
## -o - and -o /dev/stdout
kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0006,严天东,S05,routine-monthly,phone,2026-08-31,overdue,412h30m,
exit 0
first line
id,customer,name,severity,category,state,holder,milestone,due,late
date,staff,customer,name,rule,method,purpose,earliest,latest,status
## escalate -o
exit 0
holder,holder_name,role,complaint
S01,李娜,specialist,C2026-0001
>>> stderr
cs-due: unknown staff "S99" (not in staff.csv)
cs-plan: nowhere: no such directory (use -d DIR or CS_DIR, or create one with cs-init)
cs-complain: unknown staff "S99" in --holder
cs-complain: unknown complaint "C2099-0001"
cs-due: staff "S01" is in several branches: give BRANCH/S01
>>> exit 0
