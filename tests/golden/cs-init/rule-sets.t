# each shipped rule set: customers.csv gets the customer columns its rules
# use, in the order they first use them; rules.yaml is a copy that loads
for r in standard auto-dealer construction-warranty insurance-renewal; do
	cs-init -r "$r" "$r" && head -1 "$r/customers.csv" &&
	cmp "$r/rules.yaml" "$RULES/$r.yaml" && cs-due -d "$r" --now 2026-11-23T09:00 && echo "  $r: loads, nothing due"
done
echo "--- a rules file by path:"
cs-init -r "$SAMPLES/rules.yaml" shop && head -1 shop/customers.csv && cmp shop/rules.yaml "$SAMPLES/rules.yaml" && echo same
>>> stdout
id,name,class,phone,owner,region,since
  standard: loads, nothing due
id,name,class,phone,owner,region,since,maintenance_due,contract_end
  auto-dealer: loads, nothing due
id,name,class,phone,owner,region,since,work,handover,warranty_end,repair_start,repair_end
  construction-warranty: loads, nothing due
id,name,class,phone,owner,region,since,policy_end
  insurance-renewal: loads, nothing due
--- a rules file by path:
id,name,class,phone,owner,region,since,maintenance_due,contract_end
same
>>> exit 0
