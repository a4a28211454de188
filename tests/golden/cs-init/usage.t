# bad command lines: exit 64 with the "Try" line, nothing created
cs-init a b; echo "exit $?"
cs-init -d a b; echo "exit $?"
cs-init --force a; echo "exit $?"
cs-init --rules; echo "exit $?"
cs-init -x; echo "exit $?"
ls
>>> stdout
exit 64
exit 64
exit 64
exit 64
exit 64
>>> stderr
cs-init: unexpected argument "b"
Try 'cs-init --help'.
cs-init: DIR given twice (-d a and b)
Try 'cs-init --help'.
cs-init: unrecognized option '--force'
Try 'cs-init --help'.
cs-init: option '--rules' requires an argument
Try 'cs-init --help'.
cs-init: invalid option -- 'x'
Try 'cs-init --help'.
>>> exit 0
