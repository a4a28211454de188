/* cs-report - the monthly return-visit report (客户回访报告), one month or
 * many in batch.  See cs-report(1). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cs.h"

static const char usage[] =
"usage: cs-report [-d DIR] [-r RULES] [--now TIME] [--month YYYY-MM|last]\n"
"                 [--by staff|team|region|class] [--staff ID]\n"
"                 [--format text|md|csv|json|html|xlsx] [--bom] [--excel]\n"
"                 [--mask] [--lang en|zh] [--trend N] [-o FILE|DIR]\n"
"       cs-report --from YYYY-MM --to YYYY-MM -o DIR [options]\n"
"The monthly return-visit report: visits, satisfaction and complaints of\n"
"a month, for the team and broken down, with the change against the month\n"
"before.  Computed from the ledgers as they were at --now.\n"
"  -d, --dir DIR         ledger directory (default $CS_DIR, else .)\n"
"  -r, --rules FILE      rules file or rule-set name (default DIR/rules.yaml)\n"
"      --now TIME        the current time (default $CS_NOW, else the clock)\n"
"      --month MONTH     YYYY-MM, or last: the last complete month (default)\n"
"      --from, --to YYYY-MM  every month from..to, one file each, into -o DIR\n"
"      --by KIND         break down by staff (default), team, region or class\n"
"                        (batch: --by staff also writes one file per person)\n"
"      --staff ID        only the figures of staff member ID\n"
"      --format FMT      text, md, csv, json, html or xlsx (default: from the\n"
"                        -o file's extension; text on a terminal, else csv)\n"
"      --bom             csv: a UTF-8 byte order mark first\n"
"      --excel           csv for spreadsheets: BOM, CRLF, and text cells\n"
"                        starting with = + - @ tab or CR prefixed with '\n"
"      --mask            phone numbers as 138****5678\n"
"      --lang LANG       en or zh (default: the rules' language, LANGUAGE,\n"
"                        LC_ALL or LANG)\n"
"      --trend N         months in the trend table (default 6, 0 for none)\n"
"      --ambiwidth 1|2   display width of ambiguous characters (text)\n"
"  -o, --output FILE|DIR write to FILE, or into the directory DIR\n"
"      --no-cache        use and write no checkpoint of the ledgers\n";

enum { OPT_MONTH = OPT_FIRST_CMD, OPT_FROM, OPT_TO, OPT_BY, OPT_STAFF,
       OPT_MASK, OPT_LANG, OPT_TREND, OPT_NO_CACHE };

static const struct option longopts[] = {
	CS_COMMON_LONGOPTS,
	CS_CSV_LONGOPTS,
	{"month", required_argument, NULL, OPT_MONTH},
	{"from", required_argument, NULL, OPT_FROM},
	{"to", required_argument, NULL, OPT_TO},
	{"by", required_argument, NULL, OPT_BY},
	{"staff", required_argument, NULL, OPT_STAFF},
	{"mask", no_argument, NULL, OPT_MASK},
	{"lang", required_argument, NULL, OPT_LANG},
	{"trend", required_argument, NULL, OPT_TREND},
	{"no-cache", no_argument, NULL, OPT_NO_CACHE},
	{0},
};

enum fmt { F_AUTO, F_TEXT, F_MD, F_CSV, F_JSON, F_HTML, F_XLSX };
static const char *const fmt_names[] = {
	[F_TEXT] = "text", [F_MD] = "md", [F_CSV] = "csv", [F_JSON] = "json",
	[F_HTML] = "html", [F_XLSX] = "xlsx",
};
static const char *const fmt_ext[] = {
	[F_TEXT] = "txt", [F_MD] = "md", [F_CSV] = "csv", [F_JSON] = "json",
	[F_HTML] = "html", [F_XLSX] = "xlsx",
};

struct job {
	struct cs_ctx x;          /* several -d: the first branch's */
	struct cs_branches br;    /* several -d: every branch */
	struct cs_opts opt;
	struct visit_span vs;
	struct complaint_log cl;
	struct report_opts ro;
	enum fmt fmt;
	bool by_given;
	bool progress;
};

static enum fmt
fmt_parse(const char *s)
{
	if (strcmp(s, "table") == 0)
		return F_TEXT;
	for (int f = F_TEXT; f <= F_XLSX; f++)
		if (strcmp(s, fmt_names[f]) == 0)
			return (enum fmt)f;
	return F_AUTO;
}

/* The format a file name asks for, or F_AUTO. */
static enum fmt
fmt_of_path(const char *path)
{
	const char *dot = strrchr(path_base(path), '.');

	if (!dot)
		return F_AUTO;
	if (strcmp(dot, ".txt") == 0)
		return F_TEXT;
	if (strcmp(dot, ".jsonl") == 0)
		return F_JSON;
	if (strcmp(dot, ".htm") == 0)
		return F_HTML;
	for (int f = F_TEXT; f <= F_XLSX; f++)
		if (strcmp(dot + 1, fmt_ext[f]) == 0)
			return (enum fmt)f;
	return F_AUTO;
}

/* YYYY-MM into a month count (year * 12 + month - 1), or -1. */
static int
month_parse(const char *s)
{
	int y = 0, m = 0;

	if (strlen(s) != 7 || s[4] != '-')
		return -1;
	for (int i = 0; i < 7; i++) {
		if (i == 4)
			continue;
		if (s[i] < '0' || s[i] > '9')
			return -1;
		if (i < 4)
			y = y * 10 + (s[i] - '0');
		else
			m = m * 10 + (s[i] - '0');
	}
	if (y < 1970 || m < 1 || m > 12)
		return -1;
	return y * 12 + m - 1;
}

static bool
starts_zh(const char *s)
{
	return s && strncmp(s, "zh", 2) == 0;
}

static int
render(struct job *j, const struct report *rep, FILE *fp)
{
	switch (j->fmt) {
	case F_MD:
		return report_write_md(rep, fp);
	case F_CSV:
		return report_write_csv(rep, fp, j->x.opt.csv);
	case F_JSON:
		return report_write_json(rep, fp);
	case F_HTML:
		return report_write_html(rep, fp);
	default:
		return report_write_text(rep, fp, j->x.opt.ambiwidth);
	}
}

static int write_xlsx_path(void *rep, const char *path);

/* Writes the report to path (cs_outfile, cli.c): a regular file through
 * a temporary file beside it, fsync, rename, fsync the directory; a
 * symbolic link's target the same way; a device or FIFO in place. */
static int
write_file(struct job *j, const struct report *rep, const char *path)
{
	struct cs_outfile f;
	int rc;

	if ((rc = cs_outfile_open(&f, path)) != 0)
		return rc;
	if (j->fmt != F_XLSX)
		rc = render(j, rep, f.fp);
	else if (f.tmp)
		rc = report_write_xlsx(rep, f.tmp);
	else
		rc = xlsx_to_stream(f.fp, write_xlsx_path, (void *)rep);
	return cs_outfile_close(&f, rc);
}

/* report_write_xlsx as xlsx_to_stream calls it (a workbook for stdout,
 * a device or a FIFO goes through a temporary file). */
static int
write_xlsx_path(void *rep, const char *path)
{
	return report_write_xlsx(rep, path);
}

static int
build(struct job *j, struct report *rep, int month, int staff)
{
	struct report_opts o = j->ro;

	o.year = month / 12;
	o.month = month % 12 + 1;
	o.staff = staff;
	if (j->br.n > 1)
		return branches_report(rep, &j->br, &j->opt, &o);
	return report_build(rep, &j->x.rules, &j->x.store, &j->vs, &j->cl,
	    j->x.now, &o);
}

/* The staff members with a row in one of the month's breakdowns. */
static bool
has_figures(const struct report *rep, const char *id)
{
	static const char *const tables[] = {"visits", "satisfaction",
	    "complaints"};

	for (size_t k = 0; k < 3; k++) {
		const struct report_table *t = report_table(rep, tables[k]);
		for (size_t i = 0; t && i < t->nrows; i++)
			if (!t->rows[i].total && strcmp(t->rows[i].key, id) == 0)
				return true;
	}
	return false;
}

static void
progress(struct job *j, const char *path, int i, int n)
{
	if (j->progress)
		fprintf(stderr, "%s: [%d/%d] %s\n", cs_progname, i, n, path);
}

/* One month into DIR: DIR/YYYY-MM.EXT, and with --by staff one file per
 * person, DIR/YYYY-MM-ID.EXT. */
static int
write_month_dir(struct job *j, const char *dir, int month, int i, int n)
{
	struct report rep;
	char *path;
	int rc;

	if ((rc = build(j, &rep, month, j->ro.staff)) != 0)
		return rc;
	path = xasprintf("%s/%s.%s", dir, rep.month_key, fmt_ext[j->fmt]);
	progress(j, path, i, n);
	rc = write_file(j, &rep, path);
	free(path);
	if (rc == 0 && j->by_given && j->ro.by == REPORT_BY_STAFF &&
	    j->ro.staff < 0) {
		const struct cs_store *s = &j->x.store;
		for (size_t k = 0; rc == 0 && k < s->nstaff; k++) {
			struct report one;
			if (!has_figures(&rep, s->staff[k].id))
				continue;
			if ((rc = build(j, &one, month, (int)k)) != 0)
				break;
			path = xasprintf("%s/%s-%s.%s", dir, one.month_key,
			    s->staff[k].id, fmt_ext[j->fmt]);
			progress(j, path, i, n);
			rc = write_file(j, &one, path);
			free(path);
			report_free(&one);
		}
	}
	report_free(&rep);
	return rc;
}

static int
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static _Noreturn void
finish(struct job *j, int rc)
{
	visit_span_free(&j->vs);
	complaints_free(&j->cl);
	cs_ctx_free(&j->x);
	branches_free(&j->br);
	exit(rc);
}

int
main(int argc, char *argv[])
{
	static struct job j;
	struct cs_opts opt;
	const char *month_arg = NULL, *from_arg = NULL, *to_arg = NULL;
	const char *staff_arg = NULL, *lang = NULL, *out;
	int c, rc, from = 0, to = 0, now_month, trend = 6;
	cs_time span_from;
	bool batch;
	char *path, *end;

	cs_init(argv);	/* argv[0] = "cs-...": getopt's messages */
#ifdef M_MMAP_THRESHOLD
	/* A fixed threshold: glibc would raise it to the size of each large
	 * block freed (the engine's index, month after month), and the next
	 * ones, taken from the heap, would stay resident there (~20 MB of
	 * the peak at a million customers). */
	mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
	cs_opts_init(&opt);
	j.ro.by = REPORT_BY_STAFF;
	while ((c = getopt_long(argc, argv, CS_COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (c) {
		case OPT_FORMAT:
			if ((j.fmt = fmt_parse(optarg)) == F_AUTO)
				cs_usage_error("bad --format \"%s\" (expected "
				    "text, md, csv, json, html or xlsx)", optarg);
			continue;
		case OPT_MONTH:
			month_arg = optarg;
			continue;
		case OPT_FROM:
			from_arg = optarg;
			continue;
		case OPT_TO:
			to_arg = optarg;
			continue;
		case OPT_BY:
			for (c = 0; report_by_names[c]; c++)
				if (strcmp(optarg, report_by_names[c]) == 0)
					break;
			if (!report_by_names[c])
				cs_usage_error("bad --by \"%s\" (expected staff, "
				    "team, region or class)", optarg);
			j.ro.by = (enum report_by)c;
			j.by_given = true;
			continue;
		case OPT_STAFF:
			staff_arg = optarg;
			continue;
		case OPT_MASK:
			j.ro.mask = true;
			continue;
		case OPT_LANG:
			if (strcmp(optarg, "en") != 0 && strcmp(optarg, "zh") != 0 &&
			    strcmp(optarg, "zh_CN") != 0)
				cs_usage_error("bad --lang \"%s\" (expected en or "
				    "zh)", optarg);
			lang = optarg;
			continue;
		case OPT_TREND:
			errno = 0;
			trend = (int)strtol(optarg, &end, 10);
			if (*optarg < '0' || *optarg > '9' || *end || errno ||
			    trend > 60)
				cs_usage_error("bad --trend \"%s\" (expected 0 to "
				    "60 months)", optarg);
			continue;
		case OPT_NO_CACHE:
			cache_off = true;
			continue;
		}
		if (!cs_opts_handle(&opt, c, optarg, usage))
			cs_usage_error("unknown option");
	}
	if (optind < argc)
		cs_usage_error("unexpected argument \"%s\"", argv[optind]);
	if (month_arg && (from_arg || to_arg))
		cs_usage_error("--month and --from/--to cannot be combined");
	if (!from_arg != !to_arg)
		cs_usage_error("--from and --to go together");
	batch = from_arg != NULL;
	out = opt.output;
	if (batch && !out)
		cs_usage_error("--from/--to write one file per month: give -o "
		    "DIR");
	if (batch && staff_arg)
		cs_usage_error("--staff is for one month (batch: --by staff "
		    "writes one file per person)");
	if (batch) {
		if ((from = month_parse(from_arg)) < 0)
			cs_usage_error("bad --from \"%s\" (expected YYYY-MM)",
			    from_arg);
		if ((to = month_parse(to_arg)) < 0)
			cs_usage_error("bad --to \"%s\" (expected YYYY-MM)", to_arg);
		if (to < from)
			cs_usage_error("--to %s is before --from %s", to_arg,
			    from_arg);
		if (to - from >= 1200)
			cs_usage_error("--from/--to: at most 1200 months");
	} else if (month_arg && strcmp(month_arg, "last") != 0 &&
	    (from = to = month_parse(month_arg)) < 0)
		cs_usage_error("bad --month \"%s\" (expected YYYY-MM or last)",
		    month_arg);
	j.ro.trend = trend;
	j.ro.staff = -1;

	j.opt = opt;
	if (opt.ndirs > 1) {
		if (staff_arg)
			cs_usage_error("--staff takes one ledger directory (-d was "
			    "given %zu times)", opt.ndirs);
		if (batch && j.by_given && j.ro.by == REPORT_BY_STAFF)
			cs_usage_error("--from/--to --by staff (a file per "
			    "person) takes one ledger directory (-d was given "
			    "%zu times)", opt.ndirs);
		if ((rc = branches_init(&j.br, &opt)) != 0)
			finish(&j, rc);
		/* --now and the language: the first branch's rules */
		opt.ndirs = 1;
		opt.store |= STORE_NO_EVENTS;
	}
	cs_ctx_load(&j.x, &opt);
	{
		int y, m, d;
		date_to_ymd(time_date(j.x.now, j.x.rules.cal.tz_offset), &y, &m,
		    &d);
		now_month = y * 12 + m - 1;
	}
	if (!batch && (!month_arg || strcmp(month_arg, "last") == 0))
		from = to = now_month - 1;
	if (to > now_month) {
		cs_warn("%04d-%02d has not begun at --now (nothing to report)",
		    to / 12, to % 12 + 1);
		finish(&j, CS_EX_USAGE);
	}
	if (lang)
		j.ro.zh = starts_zh(lang);
	else
		j.ro.zh = starts_zh(j.x.rules.language) ||
		    starts_zh(getenv("LANGUAGE")) || starts_zh(getenv("LC_ALL")) ||
		    starts_zh(getenv("LANG"));
	if (staff_arg &&
	    (j.ro.staff = store_staff(&j.x.store, staff_arg)) < 0) {
		cs_warn("unknown staff \"%s\" (not in staff.csv)", staff_arg);
		finish(&j, CS_EX_DATAERR);
	}
	if (j.br.n > 1) {
		/* the branches are loaded one by one (build): not this one
		 * meanwhile */
		struct cs_opts keep = j.x.opt;
		cs_time now = j.x.now;
		cs_ctx_free(&j.x);
		j.x.opt = keep;
		j.x.now = now;
	} else {
		path = path_join(j.x.dir, "visits.csv");
		/* in full only the visits (and the complaints) of the months
		 * the reports cover */
		span_from = report_span_from(&j.x.rules, from / 12,
		    from % 12 + 1, j.ro.trend);
		rc = visits_load_span(&j.vs, &j.x.store, path, j.x.now,
		    j.x.rules.low_score, span_from, report_span_until(&j.x.rules,
		    to / 12, to % 12 + 1), j.x.rules.cal.tz_offset);
		free(path);
		if (rc)
			finish(&j, rc);
		path = path_join(j.x.dir, "complaints.csv");
		rc = complaints_load_brief(&j.cl, &j.x.store, &j.x.rules, path,
		    j.x.now, j.x.now, span_from);
		free(path);
		if (rc)
			finish(&j, rc);
	}

	if (batch || (out && is_dir(out))) {
		if (j.fmt == F_AUTO)
			j.fmt = F_TEXT;
		if (!is_dir(out) && mkdir(out, 0777) != 0) {
			cs_warn("%s: cannot create: %s", out, strerror(errno));
			finish(&j, CS_EX_CANTCREAT);
		}
		j.progress = isatty(STDERR_FILENO);
		rc = 0;
		for (int mo = from; rc == 0 && mo <= to; mo++)
			rc = write_month_dir(&j, out, mo, mo - from + 1,
			    to - from + 1);
		finish(&j, rc);
	}

	{
		struct report rep;
		bool to_stdout = !out || strcmp(out, "-") == 0;
		if (j.fmt == F_AUTO)
			j.fmt = !to_stdout ? fmt_of_path(out) :
			    isatty(STDOUT_FILENO) ? F_TEXT : F_CSV;
		if (j.fmt == F_AUTO)
			j.fmt = F_TEXT;
		if (j.fmt == F_XLSX && to_stdout && isatty(STDOUT_FILENO))
			cs_usage_error("--format xlsx writes a workbook: give -o "
			    "FILE or redirect the output");
		if ((rc = build(&j, &rep, from, j.ro.staff)) != 0)
			finish(&j, rc);
		if (!to_stdout)
			rc = write_file(&j, &rep, out);
		else if (j.fmt == F_XLSX)
			rc = xlsx_to_stream(stdout, write_xlsx_path, &rep);
		else
			rc = render(&j, &rep, stdout);
		report_free(&rep);
		finish(&j, rc);
	}
}
