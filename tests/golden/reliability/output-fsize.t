# -o FILE written whole: a run that fails halfway through writing it (a
# file size limit, ulimit -f, as a full disk would) says so, exits 74 and
# leaves the previous file byte for byte as it was, with no temporary file
# beside it.  (stderr goes through the pipe: the limit would cut a message
# written to a file as well.)
if [ -n "${VALGRIND:-}" ] && [ "$VALGRIND" != 0 ]; then
	echo "under valgrind a file size limit kills the program (valgrind does not keep its SIG_IGN of SIGXFSZ)" >&2
	exit 77
fi
cp -R "$SAMPLES" s
sh "$DATA/branches.sh"
now=--now=2026-11-23T09:00+08:00
for f in due plan list show both; do echo "the old $f list" >$f.out; cp $f.out $f.before; done
(ulimit -f 2
 cs-due -d s $now -o due.out; echo "exit $?"
 cs-plan -d s $now --month next --format table -o plan.out; echo "exit $?"
 cs-complain -d s $now list --format json -o list.out; echo "exit $?"
 cs-complain -d s $now show C2026-0031 --explain --format table -o show.out; echo "exit $?"
 cs-due -d north -d south $now -o both.out; echo "exit $?") 2>&1 | cat
for f in due plan list show both; do cmp $f.before $f.out && echo "$f.out unchanged"; done
ls -A | grep '^\.' || echo 'no temporary file left'
# with room again
cs-due -d s $now -o due.out && head -1 due.out
>>> stdout
cs-due: write error: File too large
exit 74
cs-plan: write error: File too large
exit 74
cs-complain: write error: File too large
exit 74
cs-complain: write error: File too large
exit 74
cs-due: write error: File too large
exit 74
due.out unchanged
plan.out unchanged
list.out unchanged
show.out unchanged
both.out unchanged
no temporary file left
kind,customer,name,staff,what,method,due,status,late,complaint
>>> exit 0
