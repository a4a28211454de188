# getopt_long's own messages name the command, not the path it was run
# by ("cs-due: unrecognized option", never "/usr/local/bin/cs-due: ...")
for c in cs-due cs-plan cs-log cs-complain cs-report cs-init; do
	"$(command -v $c)" --bogus
	"$(command -v $c)" -d
	echo "exit $?"
done
>>> stdout
exit 64
exit 64
exit 64
exit 64
exit 64
exit 64
>>> stderr
cs-due: unrecognized option '--bogus'
Try 'cs-due --help'.
cs-due: option requires an argument -- 'd'
Try 'cs-due --help'.
cs-plan: unrecognized option '--bogus'
Try 'cs-plan --help'.
cs-plan: option requires an argument -- 'd'
Try 'cs-plan --help'.
cs-log: unrecognized option '--bogus'
Try 'cs-log --help'.
cs-log: option requires an argument -- 'd'
Try 'cs-log --help'.
cs-complain: unrecognized option '--bogus'
Try 'cs-complain --help'.
cs-complain: option requires an argument -- 'd'
Try 'cs-complain --help'.
cs-report: unrecognized option '--bogus'
Try 'cs-report --help'.
cs-report: option requires an argument -- 'd'
Try 'cs-report --help'.
cs-init: unrecognized option '--bogus'
Try 'cs-init --help'.
cs-init: option requires an argument -- 'd'
Try 'cs-init --help'.
>>> exit 0
