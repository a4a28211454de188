# a misspelt column in a rule's match drops every visit of the rule: it
# is warned about (with the columns customers.csv has), the exit status
# is unchanged; except on such a column, and milestones, likewise
cs-init -r auto-dealer shop >/dev/null && cd shop &&
echo 'S01,王芳,specialist,一组,10,yes' >> staff.csv &&
echo 'KH0001,吴飞,key,13800000001,S01,urban,2024-03-01,2027-03-01,' >> customers.csv &&
sed -e 's/match: {class: key}/match: {clas: key}/' \
    -e 's/match: {class: routine}/match: {class: routine}\n    except: {regoin: suburban}/' rules.yaml >r.yaml &&
cs-plan -r ./r.yaml --now 2026-11-23T09:00+08:00 --month next; echo "exit $?"
>>> stdout
exit 0
>>> stderr
cs-plan: r.yaml:16: rule "key-weekly" matches on column "clas", which customers.csv does not have (columns: id, name, class, phone, owner, region, since, maintenance_due, contract_end)
cs-plan: r.yaml:24: rule "routine-monthly" leaves out customers by column "regoin", which customers.csv does not have (columns: id, name, class, phone, owner, region, since, maintenance_due, contract_end)
>>> exit 0
