# cs(7): every example of the overview, run in order in one shell on a copy
# of samples/ (some write to it), must print what the page shows; its
# crontab excerpt must be what samples/crontab says
cp -R "$SAMPLES" samples
rm -f samples/plan.csv
ex=$TOP/tests/golden/cs/examples.sh
sh "$ex" want "$TOP/man/cs.7" >want
sh "$ex" script "$TOP/man/cs.7" >script
sh script >got 2>&1
diff want got && echo "examples match"
# the crontab excerpt of CRON: lines of samples/crontab as they are
awk '/^\.Sh CRON/ { on = 1 } /^\.Sh ENV/ { on = 0 } on && /^\.Bd/ { lit = 1; next }
     on && /^\.Ed/ { lit = 0 } on && lit' "$TOP/man/cs.7" >cron
while IFS= read -r l; do grep -qxF "$l" "$TOP/samples/crontab" || echo "not in samples/crontab: $l"; done <cron
echo "$(wc -l <cron) crontab lines checked"
>>> stdout
examples match
8 crontab lines checked
>>> exit 0
