# bash completion for the cs commands: cs-plan, cs-due, cs-log,
# cs-complain, cs-report and cs-init.
#
# Installed by `make install` as share/bash-completion/completions/cs-plan,
# with a link for each of the other command names, so bash-completion loads
# it on first use.  To try it from a source tree: source completion/cs.bash
#
# It completes options, cs-complain's subcommands, option values (methods,
# outcomes, formats...), and reads from the ledger directories of the
# command line (every -d DIR, else $CS_DIR, else .): staff ids from
# staff.csv, customer ids from customers.csv, complaint ids from
# complaints.csv.  Over several -d (branches) it offers every branch's ids
# as the commands take them: an id found in several branches as
# BRANCH/ID (BRANCH: the directory's name), one found in one branch as
# it is.  From the rules (-r, else the first DIR's rules.yaml): visit rule
# names, severities, categories and channels.  -d completes directories,
# each time it is given; -r completes the shipped rule-set names found in
# $CS_RULES_PATH and the installed share directory, and file names.
# Needs nothing but bash and awk (not the bash-completion package).

# Where `make install` put the rule sets (it writes the path here).
_cs_datadir='@DATADIR@'

_cs_common_opts='-d --dir -r --rules -o --output --now --format --ambiwidth --wait -h --help'
_cs_complain_subs='open assign reply answer resolve revisit close reopen wait resume note escalate list show'

# _cs_opts CMD [SUBCOMMAND]: the options of CMD (of cs-complain's
# SUBCOMMAND when it is known: those it accepts).
_cs_opts()
{
	if [[ $1 == cs-complain && -n $2 ]]; then
		local step='--by --at --note'
		case $2 in
		open) echo "$_cs_common_opts --no-cache --severity --category --channel --summary $step" ;;
		assign) echo "$_cs_common_opts --no-cache --to $step" ;;
		revisit) echo "$_cs_common_opts --no-cache --scores $step" ;;
		escalate) echo "$_cs_common_opts --no-cache --by --notify" ;;
		list) echo "$_cs_common_opts --no-cache --open --overdue --holder" ;;
		show) echo "$_cs_common_opts --no-cache --explain" ;;
		*) echo "$_cs_common_opts --no-cache $step" ;;
		esac
		return
	fi
	case $1 in
	cs-due) echo "$_cs_common_opts --bom --excel --staff --within --since --overdue --check --explain --no-cache --notify --notify-unassigned" ;;
	cs-plan) echo "$_cs_common_opts --bom --excel --month --from --to --write --summary --no-cache" ;;
	cs-log) echo "$_cs_common_opts --by --method --outcome --scores --note --at --rule --complaint --amends --recorded-by --import --encoding --no-cache" ;;
	cs-complain) echo "$_cs_common_opts --severity --category --channel --summary --by --at --note --to --scores --holder --open --overdue --explain --no-cache --notify" ;;
	cs-report) echo "$_cs_common_opts --month --from --to --by --staff --bom --excel --mask --lang --trend --no-cache" ;;
	cs-init) echo "-d --dir -r --rules -h --help" ;;
	esac
}

# _cs_takes_arg CMD OPTION: does OPTION take a value?
_cs_takes_arg()
{
	case $2 in
	-d|--dir|-r|--rules|-o|--output|--now|--format|--ambiwidth|--wait) return 0 ;;
	esac
	case $1:$2 in
	cs-due:--staff|cs-due:--within|cs-due:--since) return 0 ;;
	cs-due:--notify|cs-due:--notify-unassigned|cs-complain:--notify) return 0 ;;
	cs-plan:--month|cs-plan:--from|cs-plan:--to) return 0 ;;
	cs-log:--by|cs-log:--method|cs-log:--outcome|cs-log:--scores) return 0 ;;
	cs-log:--note|cs-log:--at|cs-log:--rule|cs-log:--complaint) return 0 ;;
	cs-log:--amends|cs-log:--recorded-by|cs-log:--import|cs-log:--encoding) return 0 ;;
	cs-complain:--severity|cs-complain:--category|cs-complain:--channel) return 0 ;;
	cs-complain:--summary|cs-complain:--by|cs-complain:--at|cs-complain:--note) return 0 ;;
	cs-complain:--to|cs-complain:--scores|cs-complain:--holder) return 0 ;;
	cs-report:--month|cs-report:--from|cs-report:--to|cs-report:--by) return 0 ;;
	cs-report:--staff|cs-report:--lang|cs-report:--trend) return 0 ;;
	esac
	return 1
}

# _cs_option_value NAME: the value of -x/--xx NAME on the command line
# (short or long, separate or with =), or nothing.
_cs_option_value()
{
	local i w short=$1 long=$2
	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		case $w in
		"$long")
			# bash splits "--dir=DIR" into --dir, =, DIR
			[[ ${COMP_WORDS[i + 1]} == = ]] && ((i++))
			echo "${COMP_WORDS[i + 1]}"; return ;;
		"$short") echo "${COMP_WORDS[i + 1]}"; return ;;
		"$long"=*) echo "${w#*=}"; return ;;
		"$short"?*) echo "${w#"$short"}"; return ;;
		esac
	done
}

# The ledger directory: the first -d DIR, else $CS_DIR, else .
_cs_ledger_dir()
{
	local d
	d=$(_cs_option_value -d --dir)
	[[ -z $d ]] && d=${CS_DIR:-.}
	echo "${d/#\~/$HOME}"
}

# Every ledger directory of the command line, one a line: each -d DIR
# (--dir DIR, --dir=DIR, -dDIR) in order, else $CS_DIR, else .
_cs_ledger_dirs()
{
	local i w n=0
	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		case $w in
		--dir)
			[[ ${COMP_WORDS[i + 1]} == = ]] && ((i++))
			((i + 1 < COMP_CWORD)) || break
			w=${COMP_WORDS[++i]} ;;
		-d)
			((i + 1 < COMP_CWORD)) || break
			w=${COMP_WORDS[++i]} ;;
		--dir=?*) w=${w#--dir=} ;;
		-d?*) w=${w#-d} ;;
		*) continue ;;
		esac
		echo "${w/#\~/$HOME}"
		((n++))
	done
	((n)) || { w=${CS_DIR:-.}; echo "${w/#\~/$HOME}"; }
}

# _cs_branch_files FILE: sets files to the awk operands reading FILE in
# every ledger directory that has it, each after "lab=BRANCH" (the
# directory's name, as the commands name a branch).
_cs_branch_files()
{
	local d real
	files=()
	while IFS= read -r d; do
		[[ -r $d/$1 ]] || continue
		real=$(cd -- "$d" 2>/dev/null && pwd -P) || continue
		real=${real##*/}
		[[ $d == /* ]] || d=./$d	# "a=b/x.csv" is a file, not an assignment
		files+=("lab=${real:-/}" "$d/$1")
	done < <(_cs_ledger_dirs)
}

# The directories rule sets are looked up in.
_cs_rule_dirs()
{
	local IFS=:
	local d
	for d in $CS_RULES_PATH; do
		[[ -n $d ]] && echo "$d"
	done
	[[ $_cs_datadir != @* ]] && echo "$_cs_datadir/rules"
}

# Shipped rule-set names (file names without .yaml).
_cs_rule_names()
{
	local d f
	while IFS= read -r d; do
		for f in "$d"/*.yaml; do
			[[ -f $f ]] || continue
			f=${f##*/}
			echo "${f%.yaml}"
		done
	done < <(_cs_rule_dirs)
}

# The rules file of the command line: -r (a file, or a name looked up
# like the commands do), else DIR/rules.yaml.
_cs_rules_file()
{
	local r d
	r=$(_cs_option_value -r --rules)
	if [[ -z $r ]]; then
		echo "$(_cs_ledger_dir)/rules.yaml"
	elif [[ $r == */* || $r == *.yaml || $r == *.yml ]]; then
		echo "${r/#\~/$HOME}"
	else
		while IFS= read -r d; do
			[[ -f $d/$r.yaml ]] && { echo "$d/$r.yaml"; return; }
		done < <(_cs_rule_dirs)
	fi
}

# _cs_column FILE COLUMN PREFIX: the distinct values of COLUMN (found by
# its header name) in the ledger FILE of every ledger directory that start
# with PREFIX; a value in several of them as BRANCH/VALUE.  Cheap: no CSV
# parsing, so it is meant for the first, plain columns (ids).
_cs_column()
{
	local -a files
	_cs_branch_files "$1"
	((${#files[@]})) || return
	awk -F, -v col="$2" -v pre="$3" '
		{ sub(/\r$/, "") }
		FNR == 1 {
			sub(/^\357\273\277/, "")
			c = 0; label[++nb] = lab
			for (i = 1; i <= NF; i++) {
				h = tolower($i); gsub(/^[ "]+|[ "]+$/, "", h)
				if (h == col) c = i
			}
			next
		}
		!c { next }
		{ v = $c; gsub(/"/, "", v) }
		v ~ /^[A-Za-z0-9_.-]+$/ && !((nb, v) in had) {
			had[nb, v]; ids[nb, ++n[nb]] = v
			if (!(v in first)) first[v] = nb
			else if (first[v] != nb) clash[v] = 1
		}
		END {
			for (b = 1; b <= nb; b++)
				for (i = 1; i <= n[b]; i++) {
					v = ids[b, i]
					if (v in clash) v = label[b] "/" v
					if (index(v, pre) == 1 && !out[v]++) print v
				}
		}
	' "${files[@]}" 2>/dev/null
}

# Complaint ids: all of them ("all"), the open ones ("open") or the closed
# ones ("closed"), from the events in complaints.csv of every ledger
# directory (BRANCH/ID for an id in several).
_cs_complaints()
{
	local -a files
	_cs_branch_files complaints.csv
	((${#files[@]})) || return
	awk -F, -v want="$1" -v pre="$2" '
		{ sub(/\r$/, "") }
		FNR == 1 {
			sub(/^\357\273\277/, "")
			c = e = 0; label[++nb] = lab
			for (i = 1; i <= NF; i++) {
				h = tolower($i); gsub(/^[ "]+|[ "]+$/, "", h)
				if (h == "complaint") c = i; else if (h == "event") e = i
			}
			next
		}
		c && e && $c ~ /^C[0-9]+-[0-9]+$/ {
			k = nb SUBSEP $c
			if (!(k in closed)) {
				order[nb, ++n[nb]] = $c
				if (!($c in first)) first[$c] = nb
				else if (first[$c] != nb) clash[$c] = 1
			}
			if ($e == "close") closed[k] = 1
			else if ($e == "reopen" || !(k in closed)) closed[k] = 0
		}
		END {
			for (b = 1; b <= nb; b++)
				for (i = 1; i <= n[b]; i++) {
					v = order[b, i]
					if (want != "all" && (want == "closed") != closed[b, v])
						continue
					if (v in clash) v = label[b] "/" v
					if (index(v, pre) == 1 && !out[v]++) print v
				}
		}
	' "${files[@]}" 2>/dev/null
}

# _cs_rules_names KEY: the names listed under KEY (visits, severities,
# categories, channels) in the rules file.  A rough reading of the YAML,
# good for the shipped style ("- name: x" or "- {name: x, ...}").
_cs_rules_list()
{
	local f
	f=$(_cs_rules_file)
	[[ -r $f ]] || return
	awk -v key="$1" '
		{ sub(/[ \t]+#.*$/, "") }
		/^[ \t]*$/ { next }
		{ ind = match($0, /[^ ]/) }
		$0 ~ "^[ \t]*" key ":" { on = 1; kind = ind; next }
		on && ind <= kind && $0 !~ /^[ \t]*-/ { on = 0 }
		on && ind <= kind + 4 && match($0, /^[ \t]*-[ \t]*\{?[ \t]*name:[ \t]*[^,} \t]+/) {
			v = substr($0, RSTART, RLENGTH); sub(/.*name:[ \t]*/, "", v)
			gsub(/["\047]/, "", v); print v
		}
	' "$f" 2>/dev/null
}

# _cs_reply WORDS...: COMPREPLY = the words that start with $cur.
_cs_reply()
{
	local w
	for w in "$@"; do
		[[ $w == "$cur"* ]] && COMPREPLY+=("$w")
	done
}

# _cs_value CMD OPTION: complete the value of OPTION.
_cs_value()
{
	local cmd=$1 opt=$2
	case $opt in
	-d|--dir)
		COMPREPLY=($(compgen -d -- "$cur")); compopt -o filenames 2>/dev/null ;;
	-r|--rules)
		_cs_reply $(_cs_rule_names)
		COMPREPLY+=($(compgen -f -X '!*.y*ml' -- "$cur") $(compgen -d -S / -- "$cur"))
		compopt -o filenames -o nospace 2>/dev/null ;;
	-o|--output|--import)
		COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null ;;
	--format)
		if [[ $cmd == cs-report ]]; then
			_cs_reply text md csv json html xlsx
		elif [[ $cmd == cs-due || $cmd == cs-plan ]]; then
			_cs_reply table csv tsv json xlsx
		else
			_cs_reply table csv tsv json
		fi ;;
	--ambiwidth) _cs_reply 1 2 ;;
	--staff|--holder|--to|--recorded-by|--notify-unassigned)
		COMPREPLY=($(_cs_column staff.csv id "$cur")) ;;
	--notify)
		COMPREPLY=($(compgen -c -- "$cur")) ;;
	--by)
		if [[ $cmd == cs-report ]]; then
			_cs_reply staff team region class
		else
			COMPREPLY=($(_cs_column staff.csv id "$cur"))
		fi ;;
	--method) _cs_reply phone onsite wechat sms email letter chat ;;
	--outcome) _cs_reply done unreached refused rescheduled ;;
	--encoding) _cs_reply utf-8 gb18030 ;;
	--lang) _cs_reply en zh ;;
	--month)
		if [[ $cmd == cs-plan ]]; then
			_cs_reply this next last
		else
			_cs_reply last
		fi ;;
	--complaint) COMPREPLY=($(_cs_complaints all "$cur")) ;;
	--rule) _cs_reply $(_cs_rules_list visits) ;;
	--severity) _cs_reply $(_cs_rules_list severities) ;;
	--category) _cs_reply $(_cs_rules_list categories) ;;
	--channel) _cs_reply $(_cs_rules_list channels) ;;
	esac
}

_cs()
{
	local cur prev cmd i w nops=0 sub= opt
	local -a ops=()
	COMPREPLY=()
	cur=${COMP_WORDS[COMP_CWORD]}
	cmd=${COMP_WORDS[0]##*/}

	# The operands before the word being completed (options and their
	# values skipped).
	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		case $w in
		--) ;;
		--*=*) ;;
		-*)
			if _cs_takes_arg "$cmd" "$w"; then
				[[ ${COMP_WORDS[i + 1]} == = ]] && ((i++))
				((i++))
			fi ;;
		*) ops+=("$w") ;;
		esac
	done
	nops=${#ops[@]}
	prev=
	((COMP_CWORD > 1)) && prev=${COMP_WORDS[COMP_CWORD - 1]}

	# An option's value: "--opt VALUE" or "--opt=VALUE" (one word, or
	# split by bash into --opt, =, VALUE).
	if [[ $cur == = && $prev == --* ]]; then
		cur=
		_cs_value "$cmd" "$prev"
		return
	fi
	if [[ $prev == = ]] && ((COMP_CWORD > 2)); then
		_cs_value "$cmd" "${COMP_WORDS[COMP_CWORD - 2]}"
		return
	fi
	if [[ $cur == --*=* ]]; then
		opt=${cur%%=*}
		cur=${cur#*=}
		_cs_value "$cmd" "$opt"
		return
	fi
	if [[ $prev == -* ]] && _cs_takes_arg "$cmd" "$prev"; then
		_cs_value "$cmd" "$prev"
		return
	fi
	if [[ $cur == -* ]]; then
		_cs_reply $(_cs_opts "$cmd" "${ops[0]}")
		return
	fi

	# Operands.
	case $cmd in
	cs-log)
		((nops == 0)) && COMPREPLY=($(_cs_column customers.csv id "$cur")) ;;
	cs-complain)
		sub=${ops[0]}
		if ((nops == 0)); then
			_cs_reply $_cs_complain_subs
		elif ((nops == 1)); then
			case $sub in
			open) COMPREPLY=($(_cs_column customers.csv id "$cur")) ;;
			show) COMPREPLY=($(_cs_complaints all "$cur")) ;;
			reopen) COMPREPLY=($(_cs_complaints closed "$cur")) ;;
			escalate|list) ;;
			*) COMPREPLY=($(_cs_complaints open "$cur")) ;;
			esac
		fi ;;
	cs-init)
		COMPREPLY=($(compgen -d -- "$cur")); compopt -o filenames 2>/dev/null ;;
	esac
}

complete -F _cs cs-plan cs-due cs-log cs-complain cs-report cs-init
