# run outside a ledger directory: the full path of the missing rules.yaml and
# a hint; a -d that does not exist says so
mkdir empty && cd empty && here=$(pwd -P)
cs-due --now 2026-11-23T09:00 2>&1 | sed "s|$here|HERE|"
cs-due --now 2026-11-23T09:00 2>/dev/null; echo "exit $?"
cs-due -d /nonexistent/ledger --now 2026-11-23T09:00; echo "exit $?"
CS_DIR=/nonexistent/ledger cs-due --now 2026-11-23T09:00; echo "exit $?"
touch file
cs-due -d file --now 2026-11-23T09:00; echo "exit $?"
>>> stdout
cs-due: HERE/rules.yaml: cannot open: No such file or directory (not a ledger directory? use -d DIR or CS_DIR, or create one with cs-init)
exit 66
exit 66
exit 66
exit 66
>>> stderr
cs-due: /nonexistent/ledger: no such directory (use -d DIR or CS_DIR, or create one with cs-init)
cs-due: /nonexistent/ledger: no such directory (use -d DIR or CS_DIR, or create one with cs-init)
cs-due: file: not a directory (use -d DIR or CS_DIR, or create one with cs-init)
>>> exit 0
