# A really full file system: a 64 KiB tmpfs in a private mount namespace
# (needs root and unshare(1); skipped otherwise).  An append that does not
# fit fails with a clear error and exit 74, the ledger byte for byte what it
# was; a torn tail that cannot be copied to FILE.torn stays where it is
# (nothing half-copied); with room again every append works.
if [ "$(id -u)" != 0 ] || ! unshare -m true 2>/dev/null; then
	echo "needs root and unshare -m for a small tmpfs" >&2
	exit 77
fi
mkdir fs
cat >inner.sh <<'SH'
mount -t tmpfs -o size=64k,mode=0755 tmpfs fs || exit 77
cp -r "$DATA/bad/store" fs/d
L() { cs-log -d fs/d -r auto-dealer --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
C() { cs-complain -d fs/d -r auto-dealer --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
long=$(printf '%02000d' 0 | sed 's/0/长/g')
L KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00'
C open KH0001 --severity general --category other --channel phone --summary 刹车异响
# fill it
dd if=/dev/zero of=fs/filler bs=4096 2>/dev/null
echo "filler: $(df --output=avail fs | tail -1 | tr -d ' ') KiB left"
cp fs/d/visits.csv visits.before
cp fs/d/complaints.csv complaints.before
L KH0002 --by S02 --method phone --outcome done --at '2026-02-12 10:00' --note "$long"
cmp visits.before fs/d/visits.csv && echo 'visits.csv unchanged'
printf 'customer,staff,at,method,outcome,note\nKH0003,S01,2026-02-12 11:00,phone,done,%s\n' "$long" >import.csv
L --import import.csv
cmp visits.before fs/d/visits.csv && echo 'visits.csv unchanged'
C open KH0002 --severity general --category other --channel phone --summary "$long"
cmp complaints.before fs/d/complaints.csv && echo 'complaints.csv unchanged'
# a torn tail (a crash in a write) and no room to set it aside
rm fs/filler
printf 'V000002,2026-02-12T10:00:00+08:00,KH0002,S02,phone,done,,,,,,,"%s' "$long" >>fs/d/visits.csv
dd if=/dev/zero of=fs/filler bs=512 2>/dev/null
cp fs/d/visits.csv visits.before
L KH0003 --by S01 --method phone --outcome done --at '2026-02-12 11:00'
cmp visits.before fs/d/visits.csv && echo 'visits.csv unchanged, torn tail and all'
echo "visits.csv.torn: $(wc -c <fs/d/visits.csv.torn) bytes"
# room again
rm fs/filler
L KH0003 --by S01 --method phone --outcome done --at '2026-02-12 11:00'
L KH0002 --by S02 --method phone --outcome done --at '2026-02-12 10:00' --note "$long"
C open KH0002 --severity general --category other --channel phone --summary "$long"
csvcol fs/d/visits.csv id customer | tr '\t' ' '
csvcol fs/d/complaints.csv seq customer | tr '\t' ' '
echo "visits.csv.torn: $(wc -c <fs/d/visits.csv.torn) bytes, $(head -c 60 fs/d/visits.csv.torn)"
umount fs
SH
unshare -m sh inner.sh
>>> stdout
V000001
exit 0
C2026-0001
exit 0
filler: 0 KiB left
exit 74
visits.csv unchanged
exit 74
visits.csv unchanged
exit 74
complaints.csv unchanged
exit 74
visits.csv unchanged, torn tail and all
visits.csv.torn: 0 bytes
V000002
exit 0
V000003
exit 0
C2026-0002
exit 0
V000001 KH0001
V000002 KH0003
V000003 KH0002
1 KH0001
2 KH0002
visits.csv.torn: 6064 bytes, V000002,2026-02-12T10:00:00+08:00,KH0002,S02,phone,done,,,,,
>>> stderr
cs-log: visits.csv: cannot write: No space left on device
cs-log: visits.csv: cannot write: No space left on device
cs-complain: complaints.csv: cannot write: No space left on device
cs-log: visits.csv.torn: cannot write: No space left on device
cs-log: visits.csv: set aside a torn last row (6063 bytes) in visits.csv.torn
>>> exit 0
