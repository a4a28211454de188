#!/bin/sh
# notify-wecom.sh - post one cs notice to a WeCom (企业微信) or DingTalk
# (钉钉) group robot, mentioning the person it is for.
#
# A notifier reads one notice on standard input (a due list, a reminder
# notice 催办单) and takes what it is about from the environment:
#   CS_NOTICE_TO        staff id of the recipient (S01)
#   CS_NOTICE_NAME      their name
#   CS_NOTICE_SUBJECT   a one-line subject (the first line of the message)
#   CS_STAFF_PHONE      their mobile number, to @mention them: a `phone`
#                       column in staff.csv (every column of the
#                       recipient's row is passed as CS_STAFF_<COLUMN>)
#   CS_WEBHOOK_URL      the robot's webhook address, with its key, as the
#                       group's robot settings show it
#   CS_WEBHOOK_KIND     wecom (default) or dingtalk
# It exits 0 once the robot has taken the message, non-zero otherwise (the
# notice is then kept and tried again).  An empty notice is not sent.
#
# cs-due and cs-complain escalate run it once per recipient with --notify
# (see cs-due(1), NOTICES), e.g. in a crontab:
#   CS_WEBHOOK_URL=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...
#   */10 9-18 * * 1-6  cs-complain escalate --notify /srv/cs/bin/notify-wecom.sh
# It works in a pipe too:
#   cs-complain escalate | CS_WEBHOOK_URL='https://...' notify-wecom.sh
#
# Needs curl(1).  A robot takes text up to 2048 bytes (WeCom) or 20000
# (DingTalk): a longer notice is cut at a line end and says so.
set -u
prog=notify-wecom.sh
url=${CS_WEBHOOK_URL:-}
kind=${CS_WEBHOOK_KIND:-wecom}
if [ -z "$url" ]; then
	echo "$prog: set CS_WEBHOOK_URL to the robot's webhook address" >&2
	exit 1
fi
case $kind in
wecom) max=2048 ;;
dingtalk) max=20000 ;;
*) echo "$prog: unknown CS_WEBHOOK_KIND \"$kind\" (expected wecom or dingtalk)" >&2; exit 1 ;;
esac
body=$(mktemp "${TMPDIR:-/tmp}/notify-wecom.XXXXXX") || exit 1
trap 'rm -f "$body" "$body.out"' EXIT
cat >"$body" || exit 1
[ -s "$body" ] || exit 0

# The text as a JSON string: the subject, then the notice, cut to fit.
text=$( { [ -n "${CS_NOTICE_SUBJECT:-}" ] && printf '%s\n' "$CS_NOTICE_SUBJECT"; cat "$body"; } |
LC_ALL=C awk -v max="$max" '
	# c as a JSON escape, in every place it occurs in s (no gsub: awks
	# differ on backslashes in its replacement)
	function esc(s, c,   n, i, p, r) {
		n = split(s, p, c)
		r = p[1]
		for (i = 2; i <= n; i++)
			r = r "\\" (c == "\t" ? "t" : c) p[i]
		return r
	}
	# escape each line, then keep whole lines while they fit in max bytes
	# with room for the note that the rest was cut
	{
		sub(/\r$/, ""); s = esc(esc(esc($0, "\\"), "\""), "\t")
		if (!cut && n + length(s) + 2 > max - 64) cut = 1
		if (!cut) { out = out (NR > 1 ? "\\n" : "") s; n += length(s) + 2 }
	}
	END { printf "%s", out; if (cut) printf "\\n...(cut: the notice is longer than the robot takes)" }')
# Whom to @mention: the recipient's mobile number, if staff.csv has one.
mention=
case $kind in
wecom)
	[ -n "${CS_STAFF_PHONE:-}" ] && mention=",\"mentioned_mobile_list\":[\"$CS_STAFF_PHONE\"]"
	json=$(printf '{"msgtype":"text","text":{"content":"%s"%s}}' "$text" "$mention") ;;
dingtalk)
	[ -n "${CS_STAFF_PHONE:-}" ] && mention=",\"at\":{\"atMobiles\":[\"$CS_STAFF_PHONE\"]}"
	json=$(printf '{"msgtype":"text","text":{"content":"%s"}%s}' "$text" "$mention") ;;
esac
printf '%s' "$json" | curl -sS --fail --max-time 20 -H 'Content-Type: application/json' \
    --data-binary @- "$url" >"$body.out"
rc=$?
if [ "$rc" -ne 0 ]; then
	echo "$prog: the webhook failed (curl exit $rc)" >&2
	exit 1
fi
# Both robots answer HTTP 200 with {"errcode":0,...} when they took it.
if ! grep -q '"errcode": *0[,}]' "$body.out"; then
	echo "$prog: the robot refused the message: $(head -c 200 "$body.out")" >&2
	exit 1
fi
exit 0
