# CSV meant for spreadsheets (cs-report --excel, OWASP CSV injection): a
# text cell starting with = + - @ TAB or CR gets a ' in front, so Excel and
# WPS show it instead of running it; numbers such as -1 are left alone.
# Without --excel the cells are as they are.
cp -r "$DATA/issue5" d
cp d/customers.csv customers.orig
for name in '=HYPERLINK("http://x.invalid","点我")' '+1+1' '-2+3' '@SUM(A1)' '	tab' "$(printf '\rcr')" 'Ben'; do
	awk -v n="$name" 'BEGIN { FS = OFS = ","; gsub(/"/, "\"\"", n) }
		$1 == "KH02" { $2 = "\"" n "\"" } { print }' customers.orig >d/customers.csv
	cs-report -d d --now 2026-12-02T09:00+08:00 --format csv --excel >excel.csv
	cs-report -d d --now 2026-12-02T09:00+08:00 --format csv >plain.csv
	printf 'excel: '
	grep ',V000004,name,' excel.csv | tr '\r' '~' | tr '\t' '>'
	printf 'plain: '
	grep ',V000004,name,' plain.csv | tr '\r' '~' | tr '\t' '>'
done
echo '## numbers stay numbers'
tr -d '\r' <excel.csv | grep -E '^2026-11,summary,total,total,(reach_rate|dissatisfied),'
>>> stdout
excel: 2026-11,dissatisfied,visit,V000004,name,"'=HYPERLINK(""http://x.invalid"",""点我"")",,~
plain: 2026-11,dissatisfied,visit,V000004,name,"=HYPERLINK(""http://x.invalid"",""点我"")",,
excel: 2026-11,dissatisfied,visit,V000004,name,'+1+1,,~
plain: 2026-11,dissatisfied,visit,V000004,name,+1+1,,
excel: 2026-11,dissatisfied,visit,V000004,name,'-2+3,,~
plain: 2026-11,dissatisfied,visit,V000004,name,-2+3,,
excel: 2026-11,dissatisfied,visit,V000004,name,'@SUM(A1),,~
plain: 2026-11,dissatisfied,visit,V000004,name,@SUM(A1),,
excel: 2026-11,dissatisfied,visit,V000004,name,'>tab,,~
plain: 2026-11,dissatisfied,visit,V000004,name,">tab",,
excel: 2026-11,dissatisfied,visit,V000004,name,"'~cr",,~
plain: 2026-11,dissatisfied,visit,V000004,name,"~cr",,
excel: 2026-11,dissatisfied,visit,V000004,name,Ben,,~
plain: 2026-11,dissatisfied,visit,V000004,name,Ben,,
## numbers stay numbers
2026-11,summary,total,total,reach_rate,0.6667,1,-0.3333
2026-11,summary,total,total,dissatisfied,1,0,1
>>> exit 0
