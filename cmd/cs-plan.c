/* cs-plan - the visit plan (客户回访计划表): every visit the rules ask for
 * in a period, placed on a working day and given to a staff member.  See
 * cs-plan(1). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cs.h"

static const char usage[] =
"usage: cs-plan [-d DIR] [-r RULES] [--now TIME]\n"
"               (--month YYYY-MM|this|next|last | --from DATE --to DATE)\n"
"               [--write] [--summary] [--format table|csv|tsv|json|xlsx]\n"
"               [--bom] [--excel] [--no-cache] [-o FILE]\n"
"Plan the visits the rules ask for in a period: each on a working day, given\n"
"to the customer's owner or a colleague with capacity.\n"
"  -d, --dir DIR         ledger directory (default $CS_DIR, else .)\n"
"  -r, --rules FILE      rules file or rule-set name (default DIR/rules.yaml)\n"
"      --now TIME        the current time (default $CS_NOW, else the clock)\n"
"      --month MONTH     the period: YYYY-MM, this, next or last\n"
"      --from DATE       the period's first day (with --to)\n"
"      --to DATE         the period's last day\n"
"      --write           append the plan to DIR/plan.csv instead of printing it\n"
"      --summary         print the summary (visits per staff per week) on\n"
"                        stderr even when it is not a terminal\n"
"      --format FMT      table, csv, tsv, json or xlsx (default: xlsx for\n"
"                        -o FILE.xlsx, a table on a terminal, else csv)\n"
"      --bom             csv with a UTF-8 byte order mark first\n"
"      --excel           csv for spreadsheets: BOM, CRLF, and text cells\n"
"                        starting with = + - @ tab or CR prefixed with '\n"
"      --no-cache        read visits.csv from the start; use and write no\n"
"                        checkpoint\n"
"  -o, --output FILE     write to FILE\n";

enum { OPT_MONTH = OPT_FIRST_CMD, OPT_FROM, OPT_TO, OPT_WRITE, OPT_SUMMARY,
       OPT_NO_CACHE };

static const struct option longopts[] = {
	CS_COMMON_LONGOPTS,
	CS_CSV_LONGOPTS,
	{"month", required_argument, NULL, OPT_MONTH},
	{"from", required_argument, NULL, OPT_FROM},
	{"to", required_argument, NULL, OPT_TO},
	{"write", no_argument, NULL, OPT_WRITE},
	{"summary", no_argument, NULL, OPT_SUMMARY},
	{"no-cache", no_argument, NULL, OPT_NO_CACHE},
	{0},
};

static const char *const plan_cols[] = {
	"date", "staff", "customer", "rule", "method", "purpose", "earliest",
	"latest", "planned_at", NULL,
};

struct planner {
	struct cs_ctx x;
	struct visit_days vd;     /* the done visits: all the plan needs */
	struct sched sc;
	struct plan p;
	struct cs_branches br;    /* several -d: every branch */
	struct cs_opts opt;
};

static _Noreturn void
finish(struct planner *pl, int status)
{
	plan_free(&pl->p);
	sched_free(&pl->sc);
	visit_days_free(&pl->vd);
	cs_ctx_free(&pl->x);
	branches_free(&pl->br);
	exit(status);
}

/* Several -d: each branch's plan, printed as one (branch.c). */
static int
plan_branches(struct planner *pl, cs_date from, cs_date to, bool summary)
{
	struct branch_rows rows = {0};
	struct plan_tally t = {0};
	enum out_format fmt = pl->x.opt.fmt;
	cs_time now = pl->x.now;
	int rc;

	cs_ctx_free(&pl->x);	/* one branch loaded at a time */
	if ((rc = branches_plan(&pl->br, &pl->opt, from, to, &rows, &t)) == 0)
		rc = branch_rows_print(&rows, &pl->opt, fmt, plan_out_cols,
		    now);
	fflush(stdout);
	if (rc == 0 && (isatty(STDERR_FILENO) || (summary && rows.n > 0)))
		rc = plan_tally_print(&t, stderr);
	else if (rc == 0 && t.why.s) {
		char *save = NULL;
		for (char *l = strtok_r(t.why.s, "\n", &save); l;
		    l = strtok_r(NULL, "\n", &save))
			cs_warn("%s", l);
	}
	branch_rows_free(&rows);
	plan_tally_free(&t);
	return rc;
}

/* "2026-12": 0, or -1. */
static int
parse_month(const char *s, int *y, int *m)
{
	if (strlen(s) != 7 || s[4] != '-')
		return -1;
	for (int i = 0; i < 7; i++)
		if (i != 4 && (s[i] < '0' || s[i] > '9'))
			return -1;
	*y = atoi(s);
	*m = atoi(s + 5);
	return *y >= 1900 && *m >= 1 && *m <= 12 ? 0 : -1;
}

static const char *
str(const char *s)
{
	return s ? s : "";
}

static int
print_plan(struct planner *pl)
{
	const struct cs_store *st = &pl->x.store;
	struct cs_outfile f;
	struct out o;
	int rc;

	/* nothing to say: nothing on stdout, an empty list in -o FILE */
	if (pl->p.n == 0 && !cs_output_named(pl->x.opt.output))
		return 0;
	if ((rc = cs_outfile_open(&f, pl->x.opt.output)) != 0)
		return rc;
	out_begin(&o, f.fp, pl->x.opt.fmt, plan_out_cols, 10,
	    pl->x.opt.ambiwidth);
	o.csv = pl->x.opt.csv;
	o.created = pl->x.now;
	o.empty_too = cs_output_named(pl->x.opt.output);
	for (size_t i = 0; i < pl->p.n; i++) {
		char buf[3][32];
		const char *vals[10];
		plan_item_vals(st, &pl->p.items[i], buf, vals);
		out_row(&o, vals);
	}
	return cs_outfile_close(&f, out_end(&o));
}

/* Keys of plan.csv rows: "d" customer rule date -> 1, and "w" customer
 * rule earliest latest -> how many rows have that window. */
static char *
key_date(const char *cust, const char *rule, const char *date)
{
	return xasprintf("d\037%s\037%s\037%s", cust, rule, date);
}

static char *
key_window(const char *cust, const char *rule, const char *e, const char *l)
{
	return xasprintf("w\037%s\037%s\037%s\037%s", cust, rule, e, l);
}

/* Appends the placed visits not yet in plan.csv with one write: a visit
 * is there already if a row has its customer, rule and date, or if rows
 * for its customer, rule and window number more than its n-th (a plan
 * made over another period may have put it on another day). */
static int
write_plan(struct planner *pl, size_t *added, size_t *already)
{
	const struct cs_store *st = &pl->x.store;
	char *path = path_join(pl->x.dir, "plan.csv");
	struct ledger_w w;
	struct csv_table t;
	struct strmap seen = {0};
	struct sbuf rows = {0};
	char now[40];
	int rc, ic, ir, id, ie, il;

	*added = *already = 0;
	if ((rc = ledger_open(&w, path, plan_cols, pl->x.opt.wait)) != 0) {
		free(path);
		return rc;
	}
	rc = csv_table_load(path, CSV_READ_MISSING_OK, &t);
	if (rc) {
		ledger_close(&w);
		free(path);
		return rc;
	}
	ic = csv_col(&t, "customer");
	ir = csv_col(&t, "rule");
	id = csv_col(&t, "date");
	ie = csv_col(&t, "earliest");
	il = csv_col(&t, "latest");
	for (size_t i = 0; ic >= 0 && ir >= 0 && id >= 0 && i < t.nrows; i++) {
		char **f = t.rows[i].f;
		char *k = key_date(f[ic], f[ir], f[id]);
		strmap_put(&seen, k, 1);
		free(k);
		if (ie < 0 || il < 0)
			continue;
		k = key_window(f[ic], f[ir], f[ie], f[il]);
		int n = strmap_get(&seen, k);
		strmap_put(&seen, k, n < 0 ? 1 : n + 1);
		free(k);
	}
	csv_table_free(&t);
	time_format_iso(pl->x.now, pl->x.rules.cal.tz_offset, now);
	for (size_t i = 0; i < pl->p.n; i++) {
		const struct plan_item *it = &pl->p.items[i];
		const struct occurrence *oc = it->occ;
		const struct customer *cu = &st->customers[oc->cust];
		char b0[32], b1[32], b2[32], *kd, *kw;
		int nw;
		if (it->staff < 0)
			continue;
		date_format(it->date, b0);
		date_format(oc->earliest, b1);
		date_format(oc->latest, b2);
		if (!date_in_range(oc->earliest) || !date_in_range(oc->latest)) {
			/* a date plan.csv could not be read back with */
			cs_warn("plan.csv: the window %s..%s of %s's %s visit on %s "
			    "is outside 1900-01-01..9999-12-31: nothing written",
			    b1, b2, customer_id(st, cu), oc->rule->name, b0);
			rc = CS_EX_DATAERR;
			*added = 0;
			break;
		}
		kd = key_date(customer_id(st, cu), oc->rule->name, b0);
		kw = key_window(customer_id(st, cu), oc->rule->name, b1, b2);
		nw = strmap_get(&seen, kw);
		if (strmap_get(&seen, kd) >= 0 ||
		    nw > (oc->rule->kind == VISIT_QUOTA ? oc->nth : 0)) {
			(*already)++;
		} else {
			const char *vals[9] = {
				b0, st->staff[it->staff].id, customer_id(st, cu),
				oc->rule->name,
				str(oc->rule->method), str(oc->rule->purpose), b1, b2,
				now,
			};
			ledger_row(&w, &rows, vals);
			(*added)++;
		}
		free(kd);
		free(kw);
	}
	if (rows.len && rc == 0)
		rc = ledger_write(&w, &rows);
	ledger_close(&w);
	sb_free(&rows);
	strmap_free(&seen);
	free(path);
	return rc;
}

/* The days whose visits could not be placed, one line each. */
static void
warn_unplaced(const struct plan *p)
{
	struct sbuf b = {0};
	char *save = NULL;

	plan_unplaced(p, &b);
	if (b.s)
		for (char *t = strtok_r(b.s, "\n", &save); t;
		    t = strtok_r(NULL, "\n", &save))
			cs_warn("%s", t);
	sb_free(&b);
}

int
main(int argc, char *argv[])
{
	static struct planner pl;
	struct cs_opts opt;
	const char *month = NULL, *from_arg = NULL, *to_arg = NULL;
	bool write = false, summary = false, tell;
	cs_date from = CS_NODATE, to = CS_NODATE;
	int c, rc, y = 0, m = 0;

	cs_init(argv);	/* argv[0] = "cs-...": getopt's messages */
	cs_opts_init(&opt);
	opt.xlsx_ok = true;
	while ((c = getopt_long(argc, argv, CS_COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		if (cs_opts_handle(&opt, c, optarg, usage))
			continue;
		switch (c) {
		case OPT_MONTH:
			month = optarg;
			break;
		case OPT_FROM:
			from_arg = optarg;
			break;
		case OPT_TO:
			to_arg = optarg;
			break;
		case OPT_WRITE:
			write = true;
			break;
		case OPT_SUMMARY:
			summary = true;
			break;
		case OPT_NO_CACHE:
			cache_off = true;
			break;
		default:
			cs_usage_error("unknown option");
		}
	}
	/* several -d: said first, before any missing option */
	if (write)
		cs_opts_one_dir(&opt, "cs-plan --write", true);
	if (optind < argc)
		cs_usage_error("unexpected argument \"%s\"", argv[optind]);
	cs_opts_xlsx(&opt);
	if (month && (from_arg || to_arg))
		cs_usage_error("--month and --from/--to do not go together");
	if (!month && !from_arg && !to_arg)
		cs_usage_error("which period? (--month YYYY-MM, or --from DATE "
		    "--to DATE)");
	if (!month && (!from_arg || !to_arg))
		cs_usage_error("--from and --to go together");
	if (month && strcmp(month, "this") != 0 && strcmp(month, "next") != 0 &&
	    strcmp(month, "last") != 0 && parse_month(month, &y, &m) != 0)
		cs_usage_error("bad --month \"%s\" (expected YYYY-MM, this, next "
		    "or last)", month);
	if (from_arg && date_parse(from_arg, &from) != 0)
		cs_usage_error("bad --from \"%s\" (expected YYYY-MM-DD)", from_arg);
	if (to_arg && date_parse(to_arg, &to) != 0)
		cs_usage_error("bad --to \"%s\" (expected YYYY-MM-DD)", to_arg);
	if (from_arg && to < from)
		cs_usage_error("--from %s is after --to %s", from_arg, to_arg);
	if (from_arg && (int64_t)to - from >= 3660)
		cs_usage_error("the period is too long (at most 3660 days)");
	if (opt.ndirs > 1) {
		if ((rc = branches_init(&pl.br, &opt)) != 0)
			finish(&pl, rc);
		pl.opt = opt;
		/* --now and the month: the first branch's rules */
		opt.ndirs = 1;
		opt.store |= STORE_NO_EVENTS;
	}
	cs_ctx_load(&pl.x, &opt);
	if (month) {
		cs_date today = time_date(pl.x.now, pl.x.rules.cal.tz_offset);
		int dd;
		if (m == 0) {
			int k = strcmp(month, "next") == 0 ? 1 :
			    strcmp(month, "last") == 0 ? -1 : 0;
			date_to_ymd(date_add_months(period_start(today,
			    PERIOD_MONTH), k), &y, &m, &dd);
		}
		from = date_from_ymd(y, m, 1);
		to = date_from_ymd(y, m, days_in_month(y, m));
	}
	if (pl.br.n > 1)
		finish(&pl, plan_branches(&pl, from, to, summary));

	if ((rc = visit_days_load(&pl.vd, pl.x.dir, &pl.x.rules, &pl.x.store,
	    pl.x.now)) != 0)
		finish(&pl, rc);
	if ((rc = sched_init_days(&pl.sc, &pl.x.rules, &pl.x.store, &pl.vd,
	    pl.x.now, false)) != 0)
		finish(&pl, rc);
	if ((rc = plan_collect(&pl.p, &pl.sc, from, to)) != 0)
		finish(&pl, rc);
	/* the engine and the visit days are done with: their memory goes
	 * before the placing takes its own */
	sched_free(&pl.sc);
	visit_days_free(&pl.vd);
	if ((rc = plan_place(&pl.p)) != 0)
		finish(&pl, rc);

	/* on a terminal, or asked (cron: --summary); with nothing planned at
	 * all, --summary has nothing to say and cron mails nothing */
	tell = isatty(STDERR_FILENO) || (summary && pl.p.n > 0);
	if (write) {
		size_t added, already;
		if ((rc = write_plan(&pl, &added, &already)) != 0)
			finish(&pl, rc);
		if (tell)
			fprintf(stderr, _("plan.csv: %zu row%s appended, %zu "
			    "already there\n"), added, added == 1 ? "" : "s",
			    already);
	} else if ((rc = print_plan(&pl)) != 0) {
		finish(&pl, rc);
	}
	fflush(stdout);
	if (tell)
		rc = plan_summary(&pl.p, stderr);
	else
		warn_unplaced(&pl.p);
	finish(&pl, rc);
}
