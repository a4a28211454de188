# branches.sh - three branch directories made from $SAMPLES in the current
# directory, for the tests of several -d (tests/golden/branches):
#   north  samples/ as it is
#   south  customers KH01xx are its own (KS01xx) and S05 is S15, the rest
#          clash with north; a shorter history (the first 1799 visits,
#          199 complaint rows: later ids are north's alone); rules of its
#          own (a category "noise" first, low_score 3, name
#          auto-dealer-south)
#   east   every customer and staff id its own (KE...., E01..), the same
#          rules as north, the first 2199 visits and 229 complaint rows
set -e
rm -rf north south east
cp -R "$SAMPLES" north
cp -R "$SAMPLES" south
cp -R "$SAMPLES" east
cd south
sed -i 's/KH01\([0-9][0-9]\)/KS01\1/g; s/\bS05\b/S15/g' customers.csv \
    staff.csv visits.csv complaints.csv events.csv
head -n 1800 visits.csv >v && mv v visits.csv
head -n 200 complaints.csv >c && mv c complaints.csv
sed -i 's/^low_score: 2 /low_score: 3 /; s/^name: auto-dealer/name: auto-dealer-south/
s/^    - {name: product, label: 产品质量}/    - {name: noise, label: 异响}\n&/' \
    rules.yaml
cd ../east
sed -i 's/\bKH\([0-9][0-9][0-9][0-9]\)\b/KE\1/g; s/\bS\([01][0-9]\)\b/E\1/g' \
    customers.csv staff.csv visits.csv complaints.csv events.csv
head -n 2200 visits.csv >v && mv v visits.csv
head -n 230 complaints.csv >c && mv c complaints.csv
cd ..
