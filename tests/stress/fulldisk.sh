#!/bin/sh
# fulldisk.sh R - R rounds on a small tmpfs (4 MiB, in a private mount
# namespace: needs root and unshare(1); exits 77 otherwise): each round
# leaves a random few KiB free, then appends visits (cs-log) and
# complaints (cs-complain) with notes of random length until the disk is
# full.  Every append that fails must exit 74 with the ENOSPC message and
# leave its ledger byte for byte as it was; every one that succeeds must be
# there.  At the end both ledgers read and hold exactly the acknowledged
# rows.  A new ledger that a failed append created is removed again: no
# file is left behind.
#
# Runs in the current directory (mounts ./fs) with cs-* and csvcol on PATH
# and CS_RULES_PATH set.  SEED=N repeats a run.  Prints a fixed summary, or
# FAIL lines and exits 1; STATS=FILE appends the figures.
set -u
R=${1:?usage: fulldisk.sh R}
if [ -z "${CS_FULLDISK_NS:-}" ]; then
	if [ "$(id -u)" != 0 ] || ! unshare -m true 2>/dev/null; then
		echo "fulldisk.sh: needs root and unshare -m for a small tmpfs" >&2
		exit 77
	fi
	CS_FULLDISK_NS=1 exec unshare -m sh "$0" "$@"
fi
. "${TOP:?}/tests/stress/fixture.sh"
SEED=${SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
failed=0
fail() {
	echo "FAIL: $* (SEED=$SEED)"
	failed=1
}

mkdir -p fs
mount -t tmpfs -o size=4m,mode=0755 tmpfs fs || exit 77
make_ledgers fs/d 1
: >acked.v
: >acked.c
nfull=0 nok=0 n=0
awk -v seed="$SEED" 'BEGIN { srand(seed); for (i = 0; i < 100000; i++)
	print int(rand() * 16), int(rand() * 2500) + 1 }' >plan
exec 3<plan
round=0
while [ "$round" -lt "$R" ]; do
	round=$((round + 1))
	read -r freek len <&3
	# leave about freek KiB
	avail=$(df --output=avail -k fs | tail -1 | tr -d ' ')
	[ "$avail" -gt "$freek" ] &&
		dd if=/dev/zero of=fs/filler bs=1024 count=$((avail - freek)) 2>/dev/null
	while :; do
		read -r _ len <&3
		n=$((n + 1))
		note=$(printf "%0${len}d" 0 | sed "s/0/满/g; s/^/n$n /")
		if [ $((n % 2)) -eq 0 ]; then
			ledger=fs/d/visits.csv
			rm -f before
			cp "$ledger" before 2>/dev/null
			cs-log -d fs/d -r auto-dealer --now "$CS_NOW_LOG" KH0001 \
			    --by S01 --method phone --outcome done \
			    --at "$(printf '2026-01-%02d %02d:%02d' $((1 + n / 1440)) $((n % 1440 / 60)) $((n % 60)))" \
			    --note "$note" >out 2>err
		else
			ledger=fs/d/complaints.csv
			rm -f before
			cp "$ledger" before 2>/dev/null
			cs-complain -d fs/d -r auto-dealer --now "$CS_NOW_COMPLAIN" \
			    open KH0001 --severity general --category other \
			    --channel phone --summary "$note" >out 2>err
		fi
		rc=$?
		if [ "$rc" -eq 0 ]; then
			[ -s err ] && fail "append $n said: $(cat err)"
			if [ "$ledger" = fs/d/visits.csv ]; then
				cat out >>acked.v
			else
				cat out >>acked.c
			fi
			nok=$((nok + 1))
			continue
		fi
		[ "$rc" -eq 74 ] || fail "append $n: exit $rc: $(cat err)"
		grep -q 'No space left on device' err || fail "append $n said: $(cat err)"
		if [ -e before ]; then
			cmp -s before "$ledger" || fail "append $n changed ${ledger##*/}"
		elif [ -e "$ledger" ]; then
			fail "append $n left a new ${ledger##*/} behind"
		fi
		nfull=$((nfull + 1))
		break
	done
	rm -f fs/filler
done
exec 3<&-

# (a ledger no append was ever written to does not exist)
: >v.ids
: >c.ids
[ ! -e fs/d/visits.csv ] ||
	csvcol fs/d/visits.csv id >v.ids 2>v.err || fail "visits.csv does not read: $(cat v.err)"
[ ! -e fs/d/complaints.csv ] ||
	csvcol fs/d/complaints.csv complaint >c.ids 2>c.err || fail "complaints.csv does not read: $(cat c.err)"
cmp -s acked.v v.ids || fail "visits.csv does not hold exactly the acknowledged rows"
cmp -s acked.c c.ids || fail "complaints.csv does not hold exactly the acknowledged rows"
umount fs

if [ -n "${STATS:-}" ]; then
	printf 'full disk: %d rounds on a 4 MiB tmpfs (SEED=%s): %d appends written, %d refused with ENOSPC, ledgers unchanged by each\n' \
	    "$R" "$SEED" "$nok" "$nfull" >>"$STATS"
fi
[ "$failed" -eq 0 ] || exit 1
echo "$R rounds of filling a 4 MiB tmpfs: each append that did not fit exited 74 and left its ledger as it was"
echo "visits.csv and complaints.csv read, and hold exactly the acknowledged rows"
