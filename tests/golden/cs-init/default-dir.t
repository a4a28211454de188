# without DIR: $CS_DIR, else the current directory
mkdir here && cd here && cs-init && ls && cd ..
CS_DIR=there cs-init -r auto-dealer && head -1 there/customers.csv
>>> stdout
complaints.csv
customers.csv
events.csv
rules.yaml
staff.csv
visits.csv
id,name,class,phone,owner,region,since,maintenance_due,contract_end
>>> exit 0
