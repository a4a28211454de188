# bad values are refused with a message naming each value; nothing is
# appended (no visits.csv is left behind); exit 65
cp -r "$DATA/issue3/store" d
L() { cs-log -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
L KH9999 --by S01 --method phone --outcome done
L KH0001 --by S99 --method phone --outcome done
L KH0001 --by S08 --method phone --outcome done
L KH0001 --by S01 --method fax --outcome done
L KH0001 --by S01 --method phone --outcome maybe
L KH0001 --by S01 --method phone --outcome done --scores 4,4,5,4
L KH0001 --by S01 --method phone --outcome done --scores 4,4,3
L KH0001 --by S01 --method phone --outcome unreached --scores 4,4,3,4
L KH0001 --by S01 --method phone --outcome done --at 2026-02-30
L KH0001 --by S01 --method phone --outcome done --at '2026-02-13 17:01'
L KH0001 --by S01 --method phone --outcome done --rule weekly
L KH0001 --by S01 --method phone --outcome done --complaint C2026-0001
L KH0001 --by S01 --method phone --outcome done --complaint 12345
L --amends V000009 --note x
L --amends V12 --note x
L KH9999 --by S08 --method fax --outcome maybe
ls d
>>> stdout
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
exit 65
customers.csv
events.csv
staff.csv
>>> stderr
cs-log: unknown customer "KH9999"
cs-log: unknown staff "S99" in --by
cs-log: staff "S08" is not active in --by
cs-log: unknown method "fax" in --method (expected phone, onsite, wechat, sms, email, letter or chat)
cs-log: unknown outcome "maybe" in --outcome (expected done, unreached, refused or rescheduled)
cs-log: bad scores "4,4,5,4" in --scores (expected each score 1 to 4, 4 = very satisfied, or empty)
cs-log: bad scores "4,4,3" in --scores (expected four scores: attitude,skill,timeliness,promise)
cs-log: scores for outcome "unreached" in --scores (expected no scores: only a done visit is scored)
cs-log: bad time "2026-02-30" in --at (expected YYYY-MM-DD HH:MM or ISO 8601)
cs-log: future time "2026-02-13 17:01" in --at (expected a time not after now, 2026-02-13 17:00)
cs-log: unknown rule "weekly" in --rule (expected a visit rule of auto-dealer.yaml)
cs-log: unknown complaint "C2026-0001" in --complaint
cs-log: bad complaint id "12345" in --complaint (expected C2026-0042)
cs-log: unknown visit "V000009" in --amends
cs-log: bad visit id "V12" in --amends (expected V and at least 6 digits)
cs-log: unknown customer "KH9999"
cs-log: staff "S08" is not active in --by
cs-log: unknown method "fax" in --method (expected phone, onsite, wechat, sms, email, letter or chat)
cs-log: unknown outcome "maybe" in --outcome (expected done, unreached, refused or rescheduled)
>>> exit 0
