# every command works on a new ledger directory, and says nothing while
# there is nothing to say
cs-init -r auto-dealer shop && cd shop
export CS_NOW=2026-11-23T09:00+08:00
cs-due; echo "cs-due: $?"
cs-due --check; echo "cs-due --check: $?"
cs-plan --month next; echo "cs-plan: $?"
cs-complain list; echo "cs-complain list: $?"
cs-complain escalate; echo "cs-complain escalate: $?"
cs-report --month last --format csv | sed -n '2p'
cs-log KH0001 --by S01 --method phone --outcome done; echo "cs-log: $?"
echo 'S01,王芳,specialist,一组,10,yes' >>staff.csv
echo 'KH0001,吴飞,key,13800000001,S01,urban,2024-03-01,,' >>customers.csv
cs-log KH0001 --by S01 --method phone --outcome done --at 2026-11-23T08:40
cs-due --format csv
>>> stdout
cs-due: 0
cs-due --check: 0
cs-plan: 0
cs-complain list: 0
cs-complain escalate: 0
2026-10,summary,total,total,visits_due,0,0,0
cs-log: 65
V000001
>>> stderr
cs-log: unknown customer "KH0001"
cs-log: unknown staff "S01" in --by
>>> exit 0
