# the EXAMPLES of cs-report(1), run as written on a copy of samples/: each
# "$ command" and the lines under it must match what the command prints
cp -r "$SAMPLES" samples
awk '/^\.Sh EXAMPLES/ { on = 1; next } /^\.Sh / { on = 0 }
     on && /^\.Bd/ { lit = 1; next } on && /^\.Ed/ { lit = 0; next }
     on && lit { print }' "$TOP/man/cs-report.1" >want
while IFS= read -r line; do
	case $line in
	'$ '*) echo "$line"; sh -c "${line#\$ }" 2>&1 ;;
	esac
done <want >got
diff want got && echo "examples match"
>>> stdout
examples match
>>> exit 0
