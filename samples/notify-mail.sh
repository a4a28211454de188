#!/bin/sh
# notify-mail.sh - mail one cs notice to the person it is for.
#
# A notifier reads one notice on standard input (a due list, a reminder
# notice 催办单) and takes what it is about from the environment:
#   CS_NOTICE_TO        staff id of the recipient (S01)
#   CS_NOTICE_NAME      their name
#   CS_NOTICE_SUBJECT   a one-line subject
#   CS_STAFF_EMAIL      their address: the `email` column of staff.csv
#                       (every column of the recipient's row is passed as
#                       CS_STAFF_<COLUMN>)
#   CS_MAIL_DOMAIN      without an email column: mail <id>@CS_MAIL_DOMAIN
#   CS_MAIL_FROM        the sender (default: the account cron runs as)
# It exits 0 once the notice is handed on, non-zero otherwise (the notice
# is then kept and tried again).  An empty notice is not sent.
#
# cs-due and cs-complain escalate run it once per recipient with --notify
# (see cs-due(1), NOTICES), e.g. in a crontab:
#   30 8 * * 1-6  cs-due --format table --notify /srv/cs/bin/notify-mail.sh
# It works in a pipe too:
#   cs-due --staff S01 --format table | CS_NOTICE_TO=S01 CS_STAFF_EMAIL=chenyihao@example.com notify-mail.sh
#
# The mail goes out through sendmail(8), the interface every mail server
# provides (the one mail(1) uses), with the MIME headers Chinese text needs:
# UTF-8, the subject encoded as RFC 2047 asks.  Set SENDMAIL to use another
# program with sendmail's -t -i options.
set -u
PATH=$PATH:/usr/sbin:/usr/lib
prog=notify-mail.sh
to=${CS_STAFF_EMAIL:-}
if [ -z "$to" ] && [ -n "${CS_MAIL_DOMAIN:-}" ] && [ -n "${CS_NOTICE_TO:-}" ]; then
	to=$(printf '%s' "$CS_NOTICE_TO" | tr 'A-Z' 'a-z')@$CS_MAIL_DOMAIN
fi
if [ -z "$to" ]; then
	echo "$prog: no address for ${CS_NOTICE_TO:-the recipient} (add an email column to staff.csv, or set CS_MAIL_DOMAIN)" >&2
	exit 1
fi
body=$(mktemp "${TMPDIR:-/tmp}/notify-mail.XXXXXX") || exit 1
trap 'rm -f "$body"' EXIT
cat >"$body" || exit 1
[ -s "$body" ] || exit 0
subject=${CS_NOTICE_SUBJECT:-cs: ${CS_NOTICE_NAME:-${CS_NOTICE_TO:-notice}}}
{
	[ -n "${CS_MAIL_FROM:-}" ] && printf 'From: %s\n' "$CS_MAIL_FROM"
	printf 'To: %s\n' "$to"
	printf 'Subject: =?UTF-8?B?%s?=\n' "$(printf '%s' "$subject" | base64 | tr -d '\n')"
	printf 'MIME-Version: 1.0\n'
	printf 'Content-Type: text/plain; charset=UTF-8\n'
	printf 'Content-Transfer-Encoding: 8bit\n'
	printf '\n'
	cat "$body"
} | ${SENDMAIL:-sendmail} -t -i
rc=$?
[ "$rc" -eq 0 ] || echo "$prog: sendmail failed (exit $rc) for $to" >&2
exit "$rc"
