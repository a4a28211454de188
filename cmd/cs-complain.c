/* cs-complain - the complaint tracking form (客户投诉处理追踪表): open a
 * complaint, record each step, escalate what is late, list and show.
 * See cs-complain(1). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cs.h"

static const char usage[] =
"usage: cs-complain [-d DIR] [-r RULES] [--now TIME] SUBCOMMAND ...\n"
"  open CUSTOMER --severity S --category C --channel CH --summary TEXT\n"
"                                    open a complaint, print its id\n"
"  assign ID --to STAFF              hand it to STAFF\n"
"  reply ID | answer ID | resolve ID | close ID | reopen ID\n"
"  revisit ID [--scores A,S,T,P]     a dissatisfied revisit reopens it\n"
"                                    and moves it up the ladder\n"
"  wait ID | resume ID               waiting on the customer pauses the clock\n"
"  note ID --note TEXT\n"
"  escalate                          (cron) move late complaints up the\n"
"                                    ladder and print reminder notices\n"
"    [--notify CMD]                  or hand each to CMD (sh -c, once per\n"
"                                    holder; see cs-complain(1))\n"
"  list [--open] [--overdue] [--holder STAFF]\n"
"  show ID [--explain]               the timeline and each deadline\n"
"Options of the steps: --by STAFF, --at TIME (default now), --note TEXT.\n"
"  -d, --dir DIR         ledger directory (default $CS_DIR, else .)\n"
"  -r, --rules FILE      rules file or rule-set name (default DIR/rules.yaml)\n"
"      --now TIME        the current time (default $CS_NOW, else the clock)\n"
"      --format FMT      list, show, escalate: table, csv, tsv or json\n"
"  -o, --output FILE     list, show, escalate: write to FILE\n"
"      --wait SECONDS    how long to wait for the ledger lock (default 10)\n"
"      --no-cache        read all of complaints.csv; use and write no\n"
"                        index or checkpoint\n";

enum { OPT_SEVERITY = OPT_FIRST_CMD, OPT_CATEGORY, OPT_CHANNEL, OPT_SUMMARY,
       OPT_BY, OPT_AT, OPT_NOTE, OPT_TO, OPT_SCORES, OPT_HOLDER, OPT_OPEN,
       OPT_OVERDUE, OPT_EXPLAIN, OPT_NO_CACHE, OPT_NOTIFY };

static const struct option longopts[] = {
	CS_COMMON_LONGOPTS,
	{"severity", required_argument, NULL, OPT_SEVERITY},
	{"category", required_argument, NULL, OPT_CATEGORY},
	{"channel", required_argument, NULL, OPT_CHANNEL},
	{"summary", required_argument, NULL, OPT_SUMMARY},
	{"by", required_argument, NULL, OPT_BY},
	{"at", required_argument, NULL, OPT_AT},
	{"note", required_argument, NULL, OPT_NOTE},
	{"to", required_argument, NULL, OPT_TO},
	{"scores", required_argument, NULL, OPT_SCORES},
	{"holder", required_argument, NULL, OPT_HOLDER},
	{"open", no_argument, NULL, OPT_OPEN},
	{"overdue", no_argument, NULL, OPT_OVERDUE},
	{"explain", no_argument, NULL, OPT_EXPLAIN},
	{"no-cache", no_argument, NULL, OPT_NO_CACHE},
	{"notify", required_argument, NULL, OPT_NOTIFY},
	{0},
};

static const char *const steps[] = {
	"assign", "reply", "answer", "resolve", "revisit", "close", "reopen",
	"wait", "resume", "note", "show", NULL
};

static bool
in_list(const char *const list[], const char *s)
{
	for (int i = 0; list[i]; i++)
		if (strcmp(list[i], s) == 0)
			return true;
	return false;
}

/* An option given to a subcommand that does not take it. */
static void
refuse(bool given, const char *opt, const char *sub)
{
	if (given)
		cs_usage_error("%s does not take %s", sub, opt);
}

int
main(int argc, char *argv[])
{
	struct cs_opts opt;
	struct complaint_input in = {0};
	struct cs_ctx x;
	const char *sub;
	bool isstep;
	int c, rc;

	cs_init(argv);	/* argv[0] = "cs-...": getopt's messages */
	cs_opts_init(&opt);
	/* options may come before or after the subcommand and its operand */
	while ((c = getopt_long(argc, argv, CS_COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		if (cs_opts_handle(&opt, c, optarg, usage))
			continue;
		switch (c) {
		case OPT_SEVERITY: in.severity = optarg; break;
		case OPT_CATEGORY: in.category = optarg; break;
		case OPT_CHANNEL: in.channel = optarg; break;
		case OPT_SUMMARY: in.summary = optarg; break;
		case OPT_BY: in.by = optarg; break;
		case OPT_AT: in.at = optarg; break;
		case OPT_NOTE: in.note = optarg; break;
		case OPT_TO: in.to = optarg; break;
		case OPT_SCORES: in.scores = optarg; break;
		case OPT_HOLDER: in.holder = optarg; break;
		case OPT_OPEN: in.open_only = true; break;
		case OPT_OVERDUE: in.overdue = true; break;
		case OPT_EXPLAIN: in.explain = true; break;
		case OPT_NO_CACHE: cache_off = true; break;
		case OPT_NOTIFY: in.notify = optarg; break;
		default:
			cs_usage_error("unknown option");
		}
	}
	if (optind >= argc)
		cs_usage_error("missing subcommand");
	sub = in.sub = argv[optind++];
	isstep = in_list(steps, sub);
	if (!isstep && strcmp(sub, "open") != 0 && strcmp(sub, "escalate") != 0 &&
	    strcmp(sub, "list") != 0)
		cs_usage_error("unknown subcommand \"%s\"", sub);
	/* a writer given several -d: said first, before any missing option */
	if (strcmp(sub, "list") != 0 && strcmp(sub, "show") != 0) {
		char *what = xasprintf("cs-complain %s", sub);
		cs_opts_one_dir(&opt, what, true);
		free(what);
	}
	if (strcmp(sub, "open") == 0) {
		if (optind >= argc)
			cs_usage_error("open: missing CUSTOMER");
		in.customer = argv[optind++];
		if (!in.severity)
			cs_usage_error("open: missing --severity");
		if (!in.category)
			cs_usage_error("open: missing --category");
		if (!in.channel)
			cs_usage_error("open: missing --channel");
		if (!in.summary)
			cs_usage_error("open: missing --summary");
	} else if (isstep) {
		if (optind >= argc)
			cs_usage_error("%s: missing complaint ID", sub);
		in.id = argv[optind++];
	}
	if (optind < argc)
		cs_usage_error("%s: unexpected argument \"%s\"", sub, argv[optind]);
	if (strcmp(sub, "open") != 0) {
		refuse(in.severity, "--severity", sub);
		refuse(in.category, "--category", sub);
		refuse(in.channel, "--channel", sub);
		refuse(in.summary, "--summary", sub);
	}
	refuse(in.to && strcmp(sub, "assign") != 0, "--to", sub);
	refuse(in.scores && strcmp(sub, "revisit") != 0, "--scores", sub);
	refuse((in.open_only || in.overdue || in.holder) &&
	    strcmp(sub, "list") != 0, in.holder ? "--holder" :
	    in.open_only ? "--open" : "--overdue", sub);
	refuse(in.explain && strcmp(sub, "show") != 0, "--explain", sub);
	refuse(in.notify && strcmp(sub, "escalate") != 0, "--notify", sub);
	if (in.notify && opt.output)
		cs_usage_error("escalate: --notify does not go with -o");
	if (strcmp(sub, "list") == 0 || strcmp(sub, "show") == 0 ||
	    strcmp(sub, "escalate") == 0) {
		refuse(in.at, "--at", sub);
		refuse(in.note, "--note", sub);
		refuse(in.by && strcmp(sub, "escalate") != 0, "--by", sub);
	}
	if (strcmp(sub, "assign") == 0 && !in.to)
		cs_usage_error("assign: missing --to STAFF");
	if (strcmp(sub, "note") == 0 && !in.note)
		cs_usage_error("note: missing --note TEXT");
	if (opt.ndirs > 1)	/* list, show */
		return complaint_run_branches(&opt, &in);
	cs_ctx_load(&x, &opt);
	rc = complaint_run(&x, &in);
	cs_ctx_free(&x);
	return rc;
}
