# README.md, "A first hour": the tutorial, run in order in one shell from an
# empty directory, must print what the README shows
ex=$TOP/tests/golden/cs/examples.sh
sh "$ex" want "$TOP/README.md" >want
sh "$ex" script "$TOP/README.md" >script
mkdir empty && cd empty && HOME=$PWD sh ../script >../got 2>&1
cd .. && ls empty
diff want got && echo "tutorial matches"
>>> stdout
shop
tutorial matches
>>> exit 0
