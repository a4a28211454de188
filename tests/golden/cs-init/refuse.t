# cs-init never overwrites: any of the six files already there (even a
# dangling symbolic link) and it creates nothing, exit 73
cs-init shop
echo 'S01,王芳,specialist,一组,10,yes' >>shop/staff.csv
cs-init shop; echo "exit $?"
cs-init -r auto-dealer shop; echo "exit $?"
tail -1 shop/staff.csv
echo "--- only one of them:"
mkdir half && echo 'id,name' >half/customers.csv
cs-init half; echo "exit $?"
ls half
echo "--- a dangling symbolic link:"
mkdir link && ln -s /nonexistent/visits.csv link/visits.csv
cs-init link; echo "exit $?"
ls link
echo "--- not a directory:"
echo x >file
cs-init file; echo "exit $?"
cs-init file/sub; echo "exit $?"
>>> stdout
exit 73
exit 73
S01,王芳,specialist,一组,10,yes
--- only one of them:
exit 73
customers.csv
--- a dangling symbolic link:
exit 73
visits.csv
--- not a directory:
exit 73
exit 73
>>> stderr
cs-init: shop: customers.csv, staff.csv, events.csv, visits.csv, complaints.csv, rules.yaml already exist; cs-init never overwrites a file
cs-init: shop: customers.csv, staff.csv, events.csv, visits.csv, complaints.csv, rules.yaml already exist; cs-init never overwrites a file
cs-init: half: customers.csv already exists; cs-init never overwrites a file
cs-init: link: visits.csv already exists; cs-init never overwrites a file
cs-init: file: not a directory
cs-init: file/sub: cannot create: Not a directory
>>> exit 0
