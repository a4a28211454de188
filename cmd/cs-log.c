/* cs-log - record a visit (客户回访记录表) in visits.csv, or import a batch
 * of visits from a spreadsheet export.  See cs-log(1). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cs.h"

static const char usage[] =
"usage: cs-log [-d DIR] [-r RULES] [--now TIME] CUSTOMER --by STAFF\n"
"              --method METHOD --outcome OUTCOME [--scores A,S,T,P]\n"
"              [--note TEXT] [--at TIME] [--rule NAME] [--complaint ID]\n"
"              [--recorded-by WHO]\n"
"       cs-log [...] --amends ID [CUSTOMER] [--by ...] [...]\n"
"       cs-log [...] --import FILE [--encoding utf-8|gb18030]\n"
"Append a visit to visits.csv and print its id; --import appends a batch\n"
"(all rows or none) and prints the first and last id.\n"
"  -d, --dir DIR         ledger directory (default $CS_DIR, else .)\n"
"  -r, --rules FILE      rules file or rule-set name (default DIR/rules.yaml)\n"
"      --now TIME        the current time (default $CS_NOW, else the clock)\n"
"      --by STAFF        who made the visit\n"
"      --method METHOD   phone, onsite, wechat, sms, email, letter or chat\n"
"      --outcome OUTCOME done, unreached, refused or rescheduled\n"
"      --scores A,S,T,P  attitude, skill, timeliness, promise: 1-4 each\n"
"                        (4 = very satisfied), an item may be empty\n"
"      --note TEXT       what the customer said\n"
"      --at TIME         when the visit took place (default now)\n"
"      --rule NAME       the visit rule it fulfils\n"
"      --complaint ID    the complaint it belongs to\n"
"      --amends ID       correct visit ID (fields not given are copied)\n"
"      --recorded-by WHO who records it (default $CS_USER, else --by)\n"
"      --import FILE     visits from a CSV or .xlsx file (- for standard\n"
"                        input)\n"
"      --encoding ENC    a CSV import's encoding: utf-8 (default) or gb18030\n"
"      --no-cache        read all of visits.csv; use and update no index\n"
"      --wait SECONDS    how long to wait for the ledger lock (default 10)\n";

enum { OPT_BY = OPT_FIRST_CMD, OPT_METHOD, OPT_OUTCOME, OPT_SCORES,
       OPT_NOTE, OPT_AT, OPT_RULE, OPT_COMPLAINT, OPT_AMENDS,
       OPT_RECORDED_BY, OPT_IMPORT, OPT_ENCODING, OPT_NO_CACHE };

static const struct option longopts[] = {
	CS_COMMON_LONGOPTS,
	{"by", required_argument, NULL, OPT_BY},
	{"method", required_argument, NULL, OPT_METHOD},
	{"outcome", required_argument, NULL, OPT_OUTCOME},
	{"scores", required_argument, NULL, OPT_SCORES},
	{"note", required_argument, NULL, OPT_NOTE},
	{"at", required_argument, NULL, OPT_AT},
	{"rule", required_argument, NULL, OPT_RULE},
	{"complaint", required_argument, NULL, OPT_COMPLAINT},
	{"amends", required_argument, NULL, OPT_AMENDS},
	{"recorded-by", required_argument, NULL, OPT_RECORDED_BY},
	{"import", required_argument, NULL, OPT_IMPORT},
	{"encoding", required_argument, NULL, OPT_ENCODING},
	{"no-cache", no_argument, NULL, OPT_NO_CACHE},
	{0},
};

int
main(int argc, char *argv[])
{
	struct cs_opts opt;
	struct visit_input in = {0};
	struct cs_ctx x;
	const char *import = NULL, *encoding = NULL;
	int c, rc;

	cs_init(argv);	/* argv[0] = "cs-...": getopt's messages */
	cs_opts_init(&opt);
	while ((c = getopt_long(argc, argv, CS_COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		if (cs_opts_handle(&opt, c, optarg, usage))
			continue;
		switch (c) {
		case OPT_BY: in.by = optarg; break;
		case OPT_METHOD: in.method = optarg; break;
		case OPT_OUTCOME: in.outcome = optarg; break;
		case OPT_SCORES: in.scores = optarg; break;
		case OPT_NOTE: in.note = optarg; break;
		case OPT_AT: in.at = optarg; break;
		case OPT_RULE: in.rule = optarg; break;
		case OPT_COMPLAINT: in.complaint = optarg; break;
		case OPT_AMENDS: in.amends = optarg; break;
		case OPT_RECORDED_BY: in.recorded_by = optarg; break;
		case OPT_IMPORT: import = optarg; break;
		case OPT_ENCODING: encoding = optarg; break;
		case OPT_NO_CACHE: cache_off = true; break;
		default:
			cs_usage_error("unknown option");
		}
	}
	/* several -d: said first, before any missing option */
	cs_opts_one_dir(&opt, "cs-log", true);
	if (!in.recorded_by && getenv("CS_USER") && *getenv("CS_USER"))
		in.recorded_by = getenv("CS_USER");
	if (import) {
		if (optind < argc)
			cs_usage_error("--import takes no CUSTOMER (\"%s\")",
			    argv[optind]);
		if (in.by || in.method || in.outcome || in.scores || in.note ||
		    in.at || in.rule || in.complaint || in.amends)
			cs_usage_error("--import takes the visits' fields from "
			    "the file, not from options");
	} else {
		if (encoding)
			cs_usage_error("--encoding goes with --import");
		if (optind < argc)
			in.customer = argv[optind++];
		if (optind < argc)
			cs_usage_error("unexpected argument \"%s\"", argv[optind]);
		if (!in.amends) {
			if (!in.customer)
				cs_usage_error("missing CUSTOMER");
			if (!in.by)
				cs_usage_error("missing --by STAFF");
			if (!in.method)
				cs_usage_error("missing --method");
			if (!in.outcome)
				cs_usage_error("missing --outcome");
		}
	}
	/* a writer: customers looked up through their index, no events */
	opt.store = STORE_LOOKUP | STORE_NO_EVENTS;
	cs_ctx_load(&x, &opt);
	if (import)
		rc = visit_import(&x, import, encoding, in.recorded_by);
	else
		rc = visit_record(&x, &in);
	cs_ctx_free(&x);
	return rc;
}
