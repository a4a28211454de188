# the EXAMPLES of cs-complain(1), run as written: each "$ command" and the lines
# under it (its stdout and stderr) must match what the command prints
cp -r "$DATA/issue3/store" ledger
cp "$RULES/auto-dealer.yaml" ledger/rules.yaml
export CS_DIR=ledger
awk '/^\.Sh EXAMPLES/ { on = 1; next } /^\.Sh / { on = 0 }
     on && /^\.Bd/ { lit = 1; next } on && /^\.Ed/ { lit = 0; next }
     on && lit { print }' "$TOP/man/cs-complain.1" >want
while IFS= read -r line; do
	case $line in
	'$ '*) echo "$line"; sh -c "${line#\$ }" 2>&1 ;;
	esac
done <want >got
diff want got && echo "examples match"
>>> stdout
examples match
>>> exit 0
