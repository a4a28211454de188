# the EXAMPLES of cs-log(1), run as written: each "$ command" and the lines
# under it (its stdout and stderr) must match what the command prints
cp -r "$DATA/issue3/store" ledger
cp "$RULES/auto-dealer.yaml" ledger/rules.yaml
printf '客户编号,回访人,回访时间,回访方式,回访结果,态度,技术,到达时间,答应事情的办理,备注\r\nKH0003,S01,2026/2/12 14:00,上门,已回访,4,4,4,4,满意\r\nKH0002,S02,2026/2/12 15:00,电话,已回访,3,3,2,3,配件等了一周\r\n' | iconv -f UTF-8 -t GB18030 >export.csv
export CS_DIR=ledger CS_NOW=2026-02-13T17:00
awk '/^\.Sh EXAMPLES/ { on = 1; next } /^\.Sh / { on = 0 }
     on && /^\.Bd/ { lit = 1; next } on && /^\.Ed/ { lit = 0; next }
     on && lit { print }' "$TOP/man/cs-log.1" >want
while IFS= read -r line; do
	case $line in
	'$ '*) echo "$line"; sh -c "${line#\$ }" 2>&1 ;;
	esac
done <want >got
diff want got && echo "examples match"
>>> stdout
examples match
>>> exit 0
