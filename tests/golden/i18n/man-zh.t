# man/zh_CN/cs.7, the Chinese overview: every example, run in order in one
# shell with LANGUAGE=zh_CN on a copy of samples/, prints what the page
# shows.
cp -R "$SAMPLES" samples
rm -f samples/plan.csv
ex=$TOP/tests/golden/cs/examples.sh
sh "$ex" want "$TOP/man/zh_CN/cs.7" >want
sh "$ex" script "$TOP/man/zh_CN/cs.7" >script
LANGUAGE=zh_CN sh script >got 2>&1
diff want got && echo "examples match: $(grep -c '^\$ ' want)"
>>> stdout
examples match: 16
>>> exit 0
