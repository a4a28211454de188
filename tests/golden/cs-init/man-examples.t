# the EXAMPLES of cs-init(1), run in order in one shell: each "$ command"
# and the lines under it must match what the command prints
ex=$TOP/tests/golden/cs/examples.sh
sh "$ex" want "$TOP/man/cs-init.1" >want
sh "$ex" script "$TOP/man/cs-init.1" >script
sh script >got 2>&1
diff want got && echo "examples match"
>>> stdout
examples match
>>> exit 0
