# The installed commands, run from where they were installed: built for
# PREFIX=$PWD/usr (no DESTDIR, so the share directory compiled in is where
# the rule sets are), with CS_RULES_PATH unset.  -r auto-dealer and the
# calendar a copied rules.yaml includes are found in usr/share/cs/rules;
# the installed bash completion lists the installed rule sets; the
# installed message catalogue is found.
unset MAKEFLAGS MAKELEVEL MFLAGS CS_RULES_PATH
umask 022
m() { make -s -j2 -C "$TOP" B="$PWD/build/" CFLAGS=-O0 PREFIX="$PWD/usr" "$@" >make.out 2>&1 || { cat make.out; exit 1; }; }
m install
bin=$PWD/usr/bin
"$bin/cs-due" --help >/dev/null && echo "cs-due --help: exit 0"
cp -R "$SAMPLES" samples && rm samples/rules.yaml
echo "--- cs-due -r auto-dealer, the rule set from usr/share/cs/rules:"
"$bin/cs-due" -d samples -r auto-dealer --now 2026-11-23T09:00 --staff S01 | head -3
"$bin/cs-due" -d samples -r nonesuch 2>&1 | sed "s|$PWD|\$PWD|g"
echo "--- in Chinese, from usr/share/locale/zh_CN/LC_MESSAGES/cs.mo:"
LANGUAGE=zh_CN "$bin/cs-due" -d samples -r nonesuch 2>&1 | sed "s|$PWD|\$PWD|g"
echo "--- cs-init: its rules.yaml includes calendars/cn-2026.yaml from there:"
"$bin/cs-init" -r insurance-renewal ledgers && ls ledgers
"$bin/cs-due" -d ledgers --now 2026-11-23T09:00; echo "cs-due: exit $?"
echo "--- bash completion, as installed:"
bash -c '. usr/share/bash-completion/completions/cs-init
	COMP_WORDS=(cs-init -r ""); COMP_CWORD=2; _cs; printf "%s\n" "${COMPREPLY[@]}" | grep -v /'
m uninstall
echo "--- after make uninstall:"
find usr -type f -o -type l
>>> stdout
cs-due --help: exit 0
--- cs-due -r auto-dealer, the rule set from usr/share/cs/rules:
kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0169,尹天雪,S01,routine-monthly,phone,2026-09-30,overdue,247h30m,
visit,KH0188,吴萍,S01,routine-monthly,phone,2026-09-30,overdue,247h30m,
cs-due: no rule set "nonesuch" (looked in $PWD/usr/share/cs/rules)
--- in Chinese, from usr/share/locale/zh_CN/LC_MESSAGES/cs.mo:
cs-due: 没有规则集 "nonesuch"（查找了 $PWD/usr/share/cs/rules）
--- cs-init: its rules.yaml includes calendars/cn-2026.yaml from there:
complaints.csv
customers.csv
events.csv
rules.yaml
staff.csv
visits.csv
cs-due: exit 0
--- bash completion, as installed:
auto-dealer
construction-warranty
insurance-renewal
standard
--- after make uninstall:
>>> exit 0
