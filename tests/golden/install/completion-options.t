# the completion offers every long option each command accepts, and no
# other: the options of the getopt_long tables in cmd/*.c (and the common
# ones of lib/cs.h) against those of completion/cs.bash and completion/_cs.
# A new option must be added to both completion files.
common=$(sed -n '/^#define CS_COMMON_LONGOPTS/,/^void/p' "$TOP/lib/cs.h" | grep -o '{"[a-z-]*"' | tr -d '{"')
csvopts=$(sed -n '/^#define CS_CSV_LONGOPTS/,/^[^#	]/p' "$TOP/lib/cs.h" | grep -o '{"[a-z-]*"' | tr -d '{"')
for c in cs-plan cs-due cs-log cs-complain cs-report cs-init; do
	src=$TOP/cmd/$c.c
	{ grep -o '{"[a-z-]*", *[a-z_]*_argument' "$src" | sed 's/{"\([a-z-]*\)".*/\1/'
	  grep -q CS_COMMON_LONGOPTS "$src" && echo "$common"
	  grep -q CS_CSV_LONGOPTS "$src" && echo "$csvopts"; } | sed 's/^/--/' | sort -u >accepted
	bash -c '. "$TOP/completion/cs.bash"; _cs_opts '$c | tr ' ' '\n' | grep -- '^--' | sort -u >bash
	{ sed -n "/^	$c)/,/;;/p" "$TOP/completion/_cs"
	  grep -q CS_COMMON_LONGOPTS "$src" && sed -n '/^	common=(/,/^	)/p' "$TOP/completion/_cs"; } |
	grep -o -- '--[a-z][a-z-]*[]=[}]' | tr -d '=[}' | sort -u >zsh
	diff accepted bash | sed -n "s/^< /$c: bash completion lacks /p; s/^> /$c: bash completion offers unknown /p"
	diff accepted zsh | sed -n "s/^< /$c: zsh completion lacks /p; s/^> /$c: zsh completion offers unknown /p"
done
echo checked
>>> stdout
checked
>>> exit 0
