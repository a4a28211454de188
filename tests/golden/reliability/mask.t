# --mask: phone numbers in reports keep their first 3 and last 4 digits,
# in every format; without it they are shown whole.
cp -r "$DATA/issue5" d
cp d/customers.csv customers.orig
for phone in 13800000002 02160000002 +8613800000002 1380000; do
	sed "s/^KH02,Ben,routine,13800000002,/KH02,Ben,routine,$phone,/" customers.orig >d/customers.csv
	printf '%s:' "$phone"
	for f in csv json text md html; do
		cs-report -d d --now 2026-12-02T09:00+08:00 --format $f --mask >out.$f
		printf ' %s %s' $f "$(grep -c -- "$phone" out.$f)"
	done
	cs-report -d d --now 2026-12-02T09:00+08:00 --format xlsx --mask -o out.xlsx
	printf ' xlsx %s' "$(unzip -p out.xlsx | grep -c -- "$phone")"
	printf ' -> %s\n' "$(grep ',V000004,phone,' out.csv | cut -d, -f6)"
done
echo '## without --mask'
cs-report -d d --now 2026-12-02T09:00+08:00 --format csv | grep ',V000004,phone,'
>>> stdout
13800000002: csv 0 json 0 text 0 md 0 html 0 xlsx 0 -> 138****0002
02160000002: csv 0 json 0 text 0 md 0 html 0 xlsx 0 -> 021****0002
+8613800000002: csv 0 json 0 text 0 md 0 html 0 xlsx 0 -> +861******0002
1380000: csv 0 json 0 text 0 md 0 html 0 xlsx 0 -> ***0000
## without --mask
2026-11,dissatisfied,visit,V000004,phone,1380000,,
>>> exit 0
