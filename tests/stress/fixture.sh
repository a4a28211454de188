# fixture.sh - sourced by the stress scripts: a ledger directory and the
# texts the writers write, so each script can check every row it finds.
#
# make_ledgers DIR N: customers KH0001..KH00NN, each owned by its own active
# specialist S01..SNN (N <= 99), one repair event; the auto-dealer rules.

CS_NOW_LOG=2026-02-13T17:00:00+08:00      # cs-log --now
CS_NOW_COMPLAIN=2026-03-02T10:00:00+08:00 # cs-complain --now
NL='
'
# about 1.5 KB of text, so some rows cross page boundaries
PAD=$(awk 'BEGIN { for (i = 0; i < 100; i++) printf "长文本填充，"; for (i = 0; i < 300; i++) printf "x" }')

make_ledgers() {
	mkdir -p "$1"
	{
		echo 'id,name,class,phone,owner,region,since'
		i=1
		while [ "$i" -le "$2" ]; do
			printf 'KH00%02d,客户%d,routine,138000000%02d,S%02d,urban,2025-03-01\n' \
			    "$i" "$i" "$i" "$i"
			i=$((i + 1))
		done
	} >"$1/customers.csv"
	{
		echo 'id,name,role,team,capacity,active'
		i=1
		while [ "$i" -le "$2" ]; do
			printf 'S%02d,专员%d,specialist,A,8,yes\n' "$i" "$i"
			i=$((i + 1))
		done
	} >"$1/staff.csv"
	printf 'at,customer,kind,note\n2026-02-10T10:00:00+08:00,KH0001,repair,更换刹车片\n' \
	    >"$1/events.csv"
}

# visit_note P I [NLTEXT]: the note writer P gives its I-th visit: quotes,
# commas and Chinese always, a second line every 5th, a long one every
# 10th.  NLTEXT (default a real line feed) stands for the line feed, so
# the expected value can be written as csvcol prints it (\n).
visit_note() {
	_nl=${3-$NL}
	printf 'p%si%s: 进程%s, "第%s次"' "$1" "$2" "$1" "$2"
	[ $(($2 % 5)) -eq 0 ] && printf '%s第二行, with a comma' "$_nl"
	[ $(($2 % 10)) -eq 3 ] && printf ' %s' "$PAD"
	return 0
}

# complaint_summary P I: the summary of writer P's I-th complaint.
complaint_summary() {
	printf 'c p%si%s 投诉, "引号"' "$1" "$2"
}

# at_minute I: the I-th minute of 2026-02-12 (I < 1440), for --at.
at_minute() {
	printf '2026-02-12 %02d:%02d' $(($1 / 60)) $(($1 % 60))
}

# last_byte FILE: "nl" if FILE ends in a line feed.
last_byte() {
	if [ "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" = '\n' ]; then
		echo nl
	else
		echo other
	fi
}
