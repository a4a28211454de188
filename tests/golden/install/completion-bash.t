# bash completion (completion/cs.bash): each line is a command line being
# completed (the last word is the one under the cursor), then what it
# offers.  Ids come from the ledger directory of -d (samples/), rule names
# and complaint fields from its rules.yaml, rule sets from $CS_RULES_PATH.
# Several -d (branches north, south, east: tests/data/branches.sh): -d
# completes a directory each time, and the ids are every branch's, those
# in several branches as BRANCH/ID (as the commands take them).
cp -R "$SAMPLES" samples
mkdir empty
sh "$DATA/branches.sh"
cat >lines <<'LINES'
cs-due --st
cs-due --format 
cs-due -d samples --staff S0
cs-due -d samples --staff=S1
cs-due --dir = samples --staff = S1
cs-plan --month 
cs-log -d samples KH019
cs-log -d samples KH0190 --method 
cs-log -d samples KH0190 --outcome r
cs-log -d samples KH0190 --by S01 --rule 
cs-log -d samples KH0190 --complaint C2025
cs-log -d samples KH0190 --encoding 
cs-complain 
cs-complain -d samples re
cs-complain -d samples open KH020
cs-complain -d samples open KH0200 --severity 
cs-complain -d samples open KH0200 --category p
cs-complain -d samples open KH0200 --channel 
cs-complain -d samples reply C2026-003
cs-complain -d samples reopen C2025
cs-complain -d samples show C2025
cs-complain -d samples --by S08 assign C2026-0034 --to S0
cs-complain -d samples list 
cs-complain -d samples escalate --
cs-complain -d samples list --
cs-complain -d samples --by S08 assign C2026-0034 --
cs-complain -d samples open KH0200 --s
cs-complain -d samples reply C2026-0031 --
cs-report --format 
cs-report --by 
cs-report -d samples --by staff --staff S1
cs-report --lang 
cs-init --
cs-init -r 
cs-init --rules=in
cs-due -d empty --staff 
cs-due -d nowhere --staff 
cs-due -d north -d 
cs-due -d north --dir 
cs-due -d north -d south --staff S
cs-due -dnorth --dir=south --staff south/S0
cs-due -d north --dir = south --staff = S1
cs-due -d north -d east --staff S1
cs-report -d north -d south --staff north/S1
cs-complain -d north -d south list --holder S1
cs-complain -d north -d south show C2026-003
cs-complain -d south -d north reopen south/C2025
cs-complain -d east -d south reopen C2025
cs-due -d nowhere -d south --staff S1
LINES
bash -c '. "$TOP/completion/cs.bash"
while IFS= read -r line; do
	read -ra COMP_WORDS <<<"$line"
	case $line in *" ") COMP_WORDS+=("") ;; esac
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMPREPLY=()
	_cs
	printf "%s\n  %s\n" "$line" "$(printf "%s\n" "${COMPREPLY[@]}" | grep -v /\$ | sort | paste -sd " " -)"
done <lines'
>>> stdout
cs-due --st
  --staff
cs-due --format 
  csv json table tsv xlsx
cs-due -d samples --staff S0
  S01 S02 S03 S04 S05 S06 S07 S08 S09
cs-due -d samples --staff=S1
  S10
cs-due --dir = samples --staff = S1
  S10
cs-plan --month 
  last next this
cs-log -d samples KH019
  KH0190 KH0191 KH0192 KH0193 KH0194 KH0195 KH0196 KH0197 KH0198 KH0199
cs-log -d samples KH0190 --method 
  chat email letter onsite phone sms wechat
cs-log -d samples KH0190 --outcome r
  refused rescheduled
cs-log -d samples KH0190 --by S01 --rule 
  contract-renewal delivery key-weekly maintenance-reminder repair-3d routine-monthly
cs-log -d samples KH0190 --complaint C2025
  C2025-0001 C2025-0002 C2025-0003 C2025-0004 C2025-0005
cs-log -d samples KH0190 --encoding 
  gb18030 utf-8
cs-complain 
  answer assign close escalate list note open reopen reply resolve resume revisit show wait
cs-complain -d samples re
  reopen reply resolve resume revisit
cs-complain -d samples open KH020
  KH0200
cs-complain -d samples open KH0200 --severity 
  general serious
cs-complain -d samples open KH0200 --category p
  parts price product
cs-complain -d samples open KH0200 --channel 
  consumer-association email letter manufacturer onsite phone visit wechat
cs-complain -d samples reply C2026-003
  C2026-0031 C2026-0033 C2026-0034 C2026-0035
cs-complain -d samples reopen C2025
  C2025-0001 C2025-0002 C2025-0003 C2025-0004 C2025-0005
cs-complain -d samples show C2025
  C2025-0001 C2025-0002 C2025-0003 C2025-0004 C2025-0005
cs-complain -d samples --by S08 assign C2026-0034 --to S0
  S01 S02 S03 S04 S05 S06 S07 S08 S09
cs-complain -d samples list 
  
cs-complain -d samples escalate --
  --ambiwidth --by --dir --format --help --no-cache --notify --now --output --rules --wait
cs-complain -d samples list --
  --ambiwidth --dir --format --help --holder --no-cache --now --open --output --overdue --rules --wait
cs-complain -d samples --by S08 assign C2026-0034 --
  --ambiwidth --at --by --dir --format --help --no-cache --note --now --output --rules --to --wait
cs-complain -d samples open KH0200 --s
  --severity --summary
cs-complain -d samples reply C2026-0031 --
  --ambiwidth --at --by --dir --format --help --no-cache --note --now --output --rules --wait
cs-report --format 
  csv html json md text xlsx
cs-report --by 
  class region staff team
cs-report -d samples --by staff --staff S1
  S10
cs-report --lang 
  en zh
cs-init --
  --dir --help --rules
cs-init -r 
  auto-dealer construction-warranty insurance-renewal standard
cs-init --rules=in
  insurance-renewal
cs-due -d empty --staff 
  
cs-due -d nowhere --staff 
  
cs-due -d north -d 
  east empty north samples south
cs-due -d north --dir 
  east empty north samples south
cs-due -d north -d south --staff S
  S05 S15
cs-due -dnorth --dir=south --staff south/S0
  south/S01 south/S02 south/S03 south/S04 south/S06 south/S07 south/S08 south/S09
cs-due -d north --dir = south --staff = S1
  S15
cs-due -d north -d east --staff S1
  S10
cs-report -d north -d south --staff north/S1
  north/S10
cs-complain -d north -d south list --holder S1
  S15
cs-complain -d north -d south show C2026-003
  C2026-0030 C2026-0031 C2026-0032 C2026-0033 C2026-0034 C2026-0035
cs-complain -d south -d north reopen south/C2025
  south/C2025-0001 south/C2025-0002 south/C2025-0003 south/C2025-0004 south/C2025-0005
cs-complain -d east -d south reopen C2025
  
cs-due -d nowhere -d south --staff S1
  S10 S15
>>> exit 0
