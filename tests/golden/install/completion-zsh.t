# zsh completion (completion/_cs): what zsh's completion system offers for
# each command line, caught on a pseudo-terminal by zsh-complete.zsh.
# Needs zsh (a test dependency of make check).  Several -d (branches
# north, south, east: tests/data/branches.sh): -d is offered and completed
# again where the command reads several branches, and the ids are every
# branch's, those in several branches as BRANCH/ID.
command -v zsh >/dev/null || { echo "zsh is not installed (apt-get install zsh)" >&2; exit 1; }
cp -R "$SAMPLES" samples
sh "$DATA/branches.sh"
echo '#compdef registers _cs for:'
zsh -fc 'fpath=("$TOP/completion" $fpath); autoload -U compinit; compinit -u -D
	for c in cs-plan cs-due cs-log cs-complain cs-report cs-init; do print -r -- "$c: $_comps[$c]"; done'
timeout 60 zsh -f "$TOP/tests/golden/install/zsh-complete.zsh" "$TOP/completion" <<'LINES'
cs-due --s
cs-due -d samples --staff S0
cs-log --dir=samples KH019
cs-log -d samples KH0190 --outcome 
cs-log -d samples KH0190 --rule 
cs-complain -d samples 
cs-complain -d samples reply C2026-003
cs-complain -d samples reopen C2025
cs-complain -d samples open KH0200 --channel=
cs-complain -d samples open KH0200 --severity 
cs-complain -d samples escalate --
cs-complain -d samples list --
cs-complain --summary open -d samples show C2025-0001 --
cs-report --format 
cs-report --by 
cs-plan --month 
cs-init -r i
cs-init --
cs-due -d samples -d 
cs-due -d north --dir=south --d
cs-due -d north -d south --staff S
cs-report -d north --dir=south --staff north/S1
cs-complain -d north -d south show C2026-003
cs-complain -d north -d south list --holder S1
cs-complain -d north -d south reply --
cs-log -d samples --
LINES
>>> stdout
#compdef registers _cs for:
cs-plan: _cs
cs-due: _cs
cs-log: _cs
cs-complain: _cs
cs-report: _cs
cs-init: _cs
cs-due --s
  --since --staff
cs-due -d samples --staff S0
  S01 S02 S03 S04 S05 S06 S07 S08 S09
cs-log --dir=samples KH019
  KH0190 KH0191 KH0192 KH0193 KH0194 KH0195 KH0196 KH0197 KH0198 KH0199
cs-log -d samples KH0190 --outcome 
  done refused rescheduled unreached
cs-log -d samples KH0190 --rule 
  contract-renewal delivery key-weekly maintenance-reminder repair-3d routine-monthly
cs-complain -d samples 
  answer assign close escalate list note open reopen reply resolve resume revisit show wait
cs-complain -d samples reply C2026-003
  C2026-0031 C2026-0033 C2026-0034 C2026-0035
cs-complain -d samples reopen C2025
  C2025-0001 C2025-0002 C2025-0003 C2025-0004 C2025-0005
cs-complain -d samples open KH0200 --channel=
  consumer-association email letter manufacturer onsite phone visit wechat
cs-complain -d samples open KH0200 --severity 
  general serious
cs-complain -d samples escalate --
  --ambiwidth --by --format --help --no-cache --notify --now --output --rules --wait
cs-complain -d samples list --
  --ambiwidth --dir --format --help --holder --no-cache --now --open --output --overdue --rules --wait
cs-complain --summary open -d samples show C2025-0001 --
  --ambiwidth --dir --explain --format --help --no-cache --now --output --rules --wait
cs-report --format 
  csv html json md text xlsx
cs-report --by 
  class region staff team
cs-plan --month 
  last next this
cs-init -r i
  insurance-renewal
cs-init --
  --dir --help --rules
cs-due -d samples -d 
  east north samples south
cs-due -d north --dir=south --d
  --dir
cs-due -d north -d south --staff S
  S05 S15
cs-report -d north --dir=south --staff north/S1
  north/S10
cs-complain -d north -d south show C2026-003
  C2026-0030 C2026-0031 C2026-0032 C2026-0033 C2026-0034 C2026-0035
cs-complain -d north -d south list --holder S1
  S15
cs-complain -d north -d south reply --
  --ambiwidth --at --by --format --help --no-cache --note --now --output --rules --wait
cs-log -d samples --
  --ambiwidth --amends --at --by --complaint --encoding --format --help --import --method --no-cache --note --now --outcome --output --recorded-by --rule --rules --scores --wait
>>> exit 0
