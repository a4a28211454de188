# a new ledger directory: the five ledgers with their headers only (mode
# 0640 less the umask), rules.yaml a byte copy of the rule set (0644), the
# directory 0750; nothing printed
umask 022
cs-init shop; echo "exit $?"
ls -l shop | awk 'NR > 1 { print $1, $NF }'
ls -ld shop | awk '{ print $1 }'
head -v shop/*.csv
cmp shop/rules.yaml "$RULES/standard.yaml" && echo "rules.yaml = standard.yaml"
echo "--- parents are made as needed:"
cs-init a/b/c && ls a/b/c | wc -l
echo "--- under umask 077:"
umask 077
cs-init private && ls -l private | awk 'NR > 1 { print $1, $NF }' && ls -ld private | awk '{ print $1 }'
>>> stdout
exit 0
-rw-r----- complaints.csv
-rw-r----- customers.csv
-rw-r----- events.csv
-rw-r--r-- rules.yaml
-rw-r----- staff.csv
-rw-r----- visits.csv
drwxr-x---
==> shop/complaints.csv <==
seq,complaint,event,at,by,customer,holder,severity,category,channel,milestone,rung,scores,note,recorded_at

==> shop/customers.csv <==
id,name,class,phone,owner,region,since

==> shop/events.csv <==
at,customer,kind,note

==> shop/staff.csv <==
id,name,role,team,capacity,active

==> shop/visits.csv <==
id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by
rules.yaml = standard.yaml
--- parents are made as needed:
6
--- under umask 077:
-rw------- complaints.csv
-rw------- customers.csv
-rw------- events.csv
-rw------- rules.yaml
-rw------- staff.csv
-rw------- visits.csv
drwx------
>>> exit 0
