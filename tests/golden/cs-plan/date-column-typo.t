# a date column a rule names (before/anchor/from/until) that customers.csv
# lacks is no date for every customer, silently (the shipped rule sets name
# columns many ledgers do not keep) -- unless the header has a column it
# was probably meant to be: then the typo is warned about, once per run
cs-init -r auto-dealer shop >/dev/null && cd shop &&
echo 'S01,王芳,specialist,一组,10,yes' >> staff.csv &&
echo 'KH0001,吴飞,key,13800000001,S01,urban,2024-03-01,2027-03-01,' >> customers.csv &&
sed -e 's/column: maintenance_due/column: maintenence_due/' \
    -e 's/column: contract_end/column: Contract-End/' rules.yaml >r.yaml &&
cs-plan -r ./r.yaml --now 2026-11-23T09:00+08:00 --month next >/dev/null; echo "exit $?" &&
sed -e 's/column: maintenance_due/column: warranty_due/' rules.yaml >q.yaml &&
cs-plan -r ./q.yaml --now 2026-11-23T09:00+08:00 --month next >/dev/null; echo "exit $?"
>>> stdout
exit 0
exit 0
>>> stderr
cs-plan: r.yaml:51: rule "maintenance-reminder" takes dates from column "maintenence_due", which customers.csv does not have; did you mean "maintenance_due"?
cs-plan: r.yaml:60: rule "contract-renewal" takes dates from column "Contract-End", which customers.csv does not have; did you mean "contract_end"?
>>> exit 0
