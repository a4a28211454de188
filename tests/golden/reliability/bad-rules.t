# The bad-input corpus, rules (tests/data/bad/rules-*): unknown and
# duplicate keys, aliases, deep nesting, wrong types, impossible durations,
# hours and timezones, YAML syntax errors, NUL bytes, invalid UTF-8, an
# empty file, a missing include.  Each is refused with file:line:col and
# exit 65 by every command, and nothing is written.
cp -r "$DATA/bad/store" d
for f in "$DATA"/bad/rules-*.yaml; do
	echo "## ${f##*/}"
	cs-due -d d -r "$f" --now 2026-02-13T17:00
	echo "cs-due: exit $?"
	cs-log -d d -r "$f" --now 2026-02-13T17:00 KH0001 --by S01 --method phone --outcome done --at '2026-02-12 09:00' 2>/dev/null
	echo "cs-log: exit $?"
	cs-complain -d d -r "$f" --now 2026-02-13T17:00 open KH0001 --severity general --category other --channel phone --summary x 2>/dev/null
	echo "cs-complain: exit $?"
done 2>&1 | sed "s|$TOP|TOP|g"
ls d
>>> stdout
## rules-alias.yaml
cs-due: rules-alias.yaml:4:12: anchors are not allowed (found &routine)
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-deep-nesting.yaml
cs-due: rules-deep-nesting.yaml:4:80: nesting deeper than 64 levels
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-duplicate-key.yaml
cs-due: rules-duplicate-key.yaml:5:5: duplicate key "quota"
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-duration-huge.yaml
cs-due: rules-duration-huge.yaml:4:12: bad duration "99999999999 days": number too large
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-duration-negative.yaml
cs-due: rules-duration-negative.yaml:4:35: bad duration "-3 days": expected a number
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-duration-unit.yaml
cs-due: rules-duration-unit.yaml:4:12: bad duration "3 fortnights": unknown unit (expected min, h, d, w, mo or y)
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-duration-working-weeks.yaml
cs-due: rules-duration-working-weeks.yaml:4:35: bad duration "2 working weeks": working time is counted in minutes, hours or days
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-duration-zero.yaml
cs-due: rules-duration-zero.yaml:4:12: bad duration "0 days" (expected more than zero)
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-empty.yaml
cs-due: rules-empty.yaml:1:1: empty document (expected a mapping)
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-hours-impossible.yaml
cs-due: rules-hours-impossible.yaml:3:11: bad working hours "09:00-25:00" (expected HH:MM-HH:MM within 00:00-24:00)
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-include-missing.yaml
cs-due: rules-include-missing.yaml:3:12: cannot find calendar "calendars/cn-2099.yaml" (looked in TOP/tests/data/bad, TOP/rules, /usr/local/share/cs/rules)
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-invalid-utf8.yaml
cs-due: rules-invalid-utf8.yaml:2:7: YAML syntax error: invalid leading UTF-8 octet
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-milestone-zero.yaml
cs-due: rules-milestone-zero.yaml:10:41: bad duration "0h" (expected more than zero)
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-nul.yaml
cs-due: rules-nul.yaml:2:9: YAML syntax error: control characters are not allowed
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-quota-text.yaml
cs-due: rules-quota-text.yaml:4:20: bad count "once" (expected a whole number from 1 to 1000)
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-tab-indent.yaml
cs-due: rules-tab-indent.yaml:3:1: YAML syntax error: found character that cannot start any token (while scanning for the next token)
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-timezone.yaml
cs-due: rules-timezone.yaml:2:11: unknown timezone "Mars/Olympus_Mons" (expected a fixed-offset zone such as Asia/Shanghai, UTC or +08:00)
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-unknown-key.yaml
cs-due: rules-unknown-key.yaml:6:5: unknown key "methd" in visit rule (expected one of: name, match, except, quota, every, anchor, after, before, dormant, from, until, while_idle, grace, shift, method, purpose, content)
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-unknown-top.yaml
cs-due: rules-unknown-top.yaml:2:1: unknown key "vists" in rules file (expected one of: version, name, language, timezone, calendar, low_score, visits, complaints)
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
## rules-wrong-type.yaml
cs-due: rules-wrong-type.yaml:4:20: "count" is a list (expected a whole number from 1 to 1000)
cs-due: exit 65
cs-log: exit 65
cs-complain: exit 65
customers.csv
events.csv
staff.csv
>>> exit 0
