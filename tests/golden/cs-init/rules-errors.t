# the rules are checked before anything is created: no such rule set (66),
# rules that do not load (65), a copy that would not find its calendar
# (65); nothing is left behind
cs-init -r nonesuch shop 2>err; echo "exit $?"
sed "s|$RULES|\$RULES|" err
printf 'version: 1\nname: x\nvisits: [\n' >bad.yaml
cs-init -r ./bad.yaml shop; echo "exit $?"
printf 'version: 1\nname: x\nbogus: 1\n' >bad.yaml
cs-init -r ./bad.yaml shop; echo "exit $?"
echo "--- CS_RULES_PATH unset: the copy's calendar is not installed here:"
CS_RULES_PATH= cs-init -r "$RULES/standard.yaml" shop 2>err; echo "exit $?"
sed "s|$RULES|\$RULES|" err
echo "--- a calendar next to the rules file is not next to the copy:"
mkdir -p own/calendars && cp "$RULES/calendars/cn-2026.yaml" own/calendars/
cp "$RULES/auto-dealer.yaml" own/rules.yaml
CS_RULES_PATH= cs-init -r own/rules.yaml shop; echo "exit $?"
echo "--- nothing was created:"
rm err && ls
echo "--- ... but it is found when CS_RULES_PATH names that directory:"
CS_RULES_PATH=$PWD/own cs-init -r own/rules.yaml shop && CS_RULES_PATH=$PWD/own cs-due -d shop --now 2026-11-23T09:00 && echo ok
>>> stdout
exit 66
cs-init: no rule set "nonesuch" (looked in $RULES, /usr/local/share/cs/rules)
exit 65
exit 65
--- CS_RULES_PATH unset: the copy's calendar is not installed here:
exit 65
cs-init: rules.yaml:8:12: cannot find calendar "calendars/cn-2026.yaml" (looked in shop, /usr/local/share/cs/rules)
cs-init: shop/rules.yaml, a copy of $RULES/standard.yaml, would not find what it includes (set CS_RULES_PATH to the directory that holds it)
--- a calendar next to the rules file is not next to the copy:
exit 65
--- nothing was created:
bad.yaml
own
--- ... but it is found when CS_RULES_PATH names that directory:
ok
>>> stderr
cs-init: bad.yaml:4:1: YAML syntax error: did not find expected node content (while parsing a flow node)
cs-init: bad.yaml:3:1: unknown key "bogus" in rules file (expected one of: version, name, language, timezone, calendar, low_score, visits, complaints)
cs-init: rules.yaml:9:12: cannot find calendar "calendars/cn-2026.yaml" (looked in shop, /usr/local/share/cs/rules)
cs-init: shop/rules.yaml, a copy of own/rules.yaml, would not find what it includes (set CS_RULES_PATH to the directory that holds it)
>>> exit 0
