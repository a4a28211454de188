# 10 appends, each cs-log killed with SIGKILL at a random moment, torn
# tails made where a power cut could leave them: every printed id present
# once, every row whole, torn tails reported and set aside byte for byte,
# the ledger reads and the next append works (tests/stress/crash.sh; make
# stress runs 100).
# Under valgrind, 4.
if [ -n "${VALGRIND:-}" ] && [ "$VALGRIND" != 0 ]; then
	sh "$TOP/tests/stress/crash.sh" 4
else
	sh "$TOP/tests/stress/crash.sh" 10
fi
>>> stdout
appends, each cs-log killed with SIGKILL at a random moment
every printed id is in visits.csv exactly once; ids unique and increasing; every row as written
torn tails: each reported by the next append and set aside in visits.csv.torn byte for byte
visits.csv reads, and the next append works
>>> exit 0
