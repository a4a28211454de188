# -o PATH: a regular file is replaced whole (temporary file, rename) and
# keeps its mode; a symbolic link is written through (its target replaced,
# the link stays a link); a dangling link is refused (73); /dev/stdout is
# standard output as it is (appended to with >>, not truncated); a
# device and a FIFO are written in place
r() { cs-report -d "$DATA/issue5" --now 2026-12-02T09:00+08:00 --month 2026-11 --format csv --trend 0 "$@"; }
r -o /dev/stdout | sed -n 1,2p
echo "old line" >log
r -o /dev/stdout >>log; head -2 log; echo "exit $?"
r -o /dev/null; echo "exit $?"
mkfifo fifo
r -o fifo & sed -n 1,2p fifo; wait $!; echo "fifo exit $?"
echo old >target.csv; chmod 600 target.csv
ln -s target.csv link.csv
r -o link.csv; echo "exit $?"
test -L link.csv && echo "link.csv is still a link"
head -2 target.csv
stat -c %a target.csv
ls -a | grep -c '^\.target' 
ln -s missing.csv dangling.csv
r -o dangling.csv; echo "exit $?"
test -e missing.csv || echo "missing.csv not created"
mkdir sub
r -o sub/new.csv; echo "exit $?"; head -1 sub/new.csv
r --format xlsx -o /dev/stdout >book.xlsx; echo "exit $?"; head -c 2 book.xlsx; echo
ln -s book.xlsx link.xlsx
r --format xlsx -o link.xlsx; echo "exit $?"; test -L link.xlsx && head -c 2 book.xlsx; echo
r -o /dev/full; echo "exit $?"
>>> stdout
month,table,group,key,metric,value,previous,change
2026-11,summary,total,total,visits_due,5,3,2
old line
month,table,group,key,metric,value,previous,change
exit 0
exit 0
month,table,group,key,metric,value,previous,change
2026-11,summary,total,total,visits_due,5,3,2
fifo exit 0
exit 0
link.csv is still a link
month,table,group,key,metric,value,previous,change
2026-11,summary,total,total,visits_due,5,3,2
600
0
exit 73
missing.csv not created
exit 0
month,table,group,key,metric,value,previous,change
exit 0
PK
exit 0
PK
exit 74
>>> stderr
cs-report: dangling.csv: a symbolic link to a missing file: not created
cs-report: cannot write the report: No space left on device
>>> exit 0
