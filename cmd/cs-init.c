/* cs-init - a new ledger directory: empty ledgers and a rules file. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cs.h"

static const char usage[] =
"usage: cs-init [-r RULES] [DIR]\n"
"Make DIR (default $CS_DIR, else .) a ledger directory ready to use:\n"
"customers.csv, staff.csv, events.csv, visits.csv and complaints.csv with\n"
"their headers only, and rules.yaml, a copy of the rule set RULES.\n"
"Never overwrites a file; prints nothing.\n"
"  -r, --rules RULES     a shipped rule set: standard (default), auto-dealer,\n"
"                        construction-warranty or insurance-renewal; or a\n"
"                        rules file\n"
"  -d, --dir DIR         the same as the operand DIR\n";

static const struct option longopts[] = {
	{"dir", required_argument, NULL, 'd'},
	{"rules", required_argument, NULL, 'r'},
	{"help", no_argument, NULL, 'h'},
	{0},
};

int
main(int argc, char *argv[])
{
	struct cs_opts opt;
	const char *dir;
	char *rules;
	int c, rc;

	cs_init(argv);	/* argv[0] = "cs-...": getopt's messages */
	cs_opts_init(&opt);
	while ((c = getopt_long(argc, argv, "d:r:h", longopts, NULL)) != -1)
		if (!cs_opts_handle(&opt, c, optarg, usage))
			cs_usage_error("unknown option");
	cs_opts_one_dir(&opt, "cs-init", true);
	if (optind < argc) {
		if (opt.dir)
			cs_usage_error("DIR given twice (-d %s and %s)", opt.dir,
			    argv[optind]);
		opt.dir = argv[optind++];
	}
	if (optind < argc)
		cs_usage_error("unexpected argument \"%s\"", argv[optind]);
	dir = store_dir(opt.dir);
	/* rules_find has said why when it finds nothing */
	if ((rules = rules_find(opt.rules ? opt.rules : "standard", dir)) ==
	    NULL)
		return CS_EX_NOINPUT;
	rc = init_dir(dir, rules);
	free(rules);
	return rc;
}
