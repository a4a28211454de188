# several -d to a writer: the refusal comes first, before a missing option
# or operand or another misuse is reported (cs-log, cs-complain's writing
# subcommands, cs-plan --write, cs-due --notify); an unknown or missing
# subcommand is still said as such; one -d: the missing option as before
sh "$DATA/branches.sh"
cs-log -d north -d south KH0001; echo "exit $?"
cs-log -d north -d south; echo "exit $?"
cs-log -d north -d south --import x.csv KH0001; echo "exit $?"
cs-complain -d north -d south open KH0001; echo "exit $?"
cs-complain -d north -d south open; echo "exit $?"
cs-complain -d north -d south assign C2026-0001; echo "exit $?"
cs-complain -d north -d south note C2026-0001; echo "exit $?"
cs-complain -d north -d south reply; echo "exit $?"
cs-complain -d north -d south escalate --at 2026-11-23; echo "exit $?"
cs-complain -d north -d south frob; echo "exit $?"
cs-complain -d north -d south; echo "exit $?"
cs-plan -d north -d south --write; echo "exit $?"
cs-plan -d north -d south --write --month 2026-13; echo "exit $?"
cs-due -d north -d south --notify cat -o out --check; echo "exit $?"
cs-log -d north KH0001; echo "exit $?"
cs-complain -d north assign C2026-0001; echo "exit $?"
cs-plan -d north --write; echo "exit $?"
>>> stdout
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
>>> stderr
cs-log: -d was given 2 times: cs-log writes one ledger directory
Try 'cs-log --help'.
cs-log: -d was given 2 times: cs-log writes one ledger directory
Try 'cs-log --help'.
cs-log: -d was given 2 times: cs-log writes one ledger directory
Try 'cs-log --help'.
cs-complain: -d was given 2 times: cs-complain open writes one ledger directory
Try 'cs-complain --help'.
cs-complain: -d was given 2 times: cs-complain open writes one ledger directory
Try 'cs-complain --help'.
cs-complain: -d was given 2 times: cs-complain assign writes one ledger directory
Try 'cs-complain --help'.
cs-complain: -d was given 2 times: cs-complain note writes one ledger directory
Try 'cs-complain --help'.
cs-complain: -d was given 2 times: cs-complain reply writes one ledger directory
Try 'cs-complain --help'.
cs-complain: -d was given 2 times: cs-complain escalate writes one ledger directory
Try 'cs-complain --help'.
cs-complain: unknown subcommand "frob"
Try 'cs-complain --help'.
cs-complain: missing subcommand
Try 'cs-complain --help'.
cs-plan: -d was given 2 times: cs-plan --write writes one ledger directory
Try 'cs-plan --help'.
cs-plan: -d was given 2 times: cs-plan --write writes one ledger directory
Try 'cs-plan --help'.
cs-due: -d was given 2 times: cs-due --notify writes one ledger directory
Try 'cs-due --help'.
cs-log: missing --by STAFF
Try 'cs-log --help'.
cs-complain: assign: missing --to STAFF
Try 'cs-complain --help'.
cs-plan: which period? (--month YYYY-MM, or --from DATE --to DATE)
Try 'cs-plan --help'.
>>> exit 0
