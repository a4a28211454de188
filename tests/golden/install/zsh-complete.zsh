#!/usr/bin/env zsh -f
# zsh-complete.zsh FPATHDIR < LINES: for each command line read (a trailing
# space completes a new word), prints the line and, indented on the next
# line, what zsh's completion system offers there, sorted.  It runs one
# interactive zsh on a pseudo-terminal, loads compinit with FPATHDIR first
# in fpath, types each line and a TAB, and catches what the completion
# functions hand to compadd.  Used by the completion tests; the idea is
# Valodim's zsh-capture-completion.
zmodload zsh/zpty || { print -u2 'zsh-complete: no zsh/zpty module'; exit 1; }
local fdir=$1 cmdline line setup
local -a got
setup=$(mktemp "${TMPDIR:-/tmp}/zsh-complete.XXXXXX") || exit 1
trap 'rm -f $setup; zpty -d z 2>/dev/null' EXIT
cat >$setup <<SETUP
PROMPT= RPROMPT=
fpath=(${(q)fdir} \$fpath)
autoload -U compinit && compinit -u -D
bindkey -e
bindkey '^I' complete-word
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
# _main_complete empties these arrays before it calls them: re-arm
mark() { print -rn -- \$'\\0'; print }
endmark() { mark; compprefuncs=(mark); comppostfuncs=(endmark) }
compprefuncs=(mark)
comppostfuncs=(endmark)
compadd() {
	# -O, -A, -D: a caller collecting matches for itself
	if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then
		builtin compadd "\$@"
		return
	fi
	local -a hits
	builtin compadd -A hits "\$@"
	(( \$#hits )) && print -rl -- \$hits
}
print ready
SETUP
zpty z zsh -f -i
zpty -w z "source ${(q)setup}"
repeat 50; do
	zpty -r z line || exit 1
	[[ $line == ready* ]] && break
done
while IFS= read -r cmdline; do
	zpty -w -n z "$cmdline"$'\t'
	integer marks=0
	got=()
	while zpty -r z line; do
		line=${line//$'\r'/}
		if [[ $line == *$'\0'* ]]; then
			(( ++marks == 2 )) && break
			continue
		fi
		(( marks )) && got+=(${line%$'\n'})
	done
	print -r -- "$cmdline"
	print -r -- "  ${(j: :)${(@ou)got}}"
	zpty -w -n z $'\C-a\C-k'   # empty the line for the next one
done
