# 4 writers at once, each appending 25 visits with cs-log and 25
# complaints with cs-complain, while cs-due and cs-report read: every row
# there exactly once, whole, ids unique and increasing, every printed id
# present (tests/stress/concurrency.sh; make stress runs 8 x 500).
# Under valgrind, 2 x 5.
if [ -n "${VALGRIND:-}" ] && [ "$VALGRIND" != 0 ]; then
	sh "$TOP/tests/stress/concurrency.sh" 2 5
else
	sh "$TOP/tests/stress/concurrency.sh" 4 25
fi
>>> stdout
writers: all at once, each appending visits (cs-log) and complaints (cs-complain); a reader ran cs-due and cs-report meanwhile
visits.csv: every row once, exactly as written; ids V000001 up, unique, increasing, each printed id there
complaints.csv: every row once, exactly as written; seq 1 up in file order, complaint ids unique, each printed id there
readers: no error (at most a torn-tail warning while a row was being written)
no torn tail set aside
>>> exit 0
