/* cs-due - what is due now: visit occurrences and complaint milestones,
 * due or overdue, most urgent first.  See cs-due(1). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cs.h"

static const char usage[] =
"usage: cs-due [-d DIR] [-r RULES] [--now TIME] [--staff ID]\n"
"              [--within DURATION] [--since DATE] [--overdue] [--check]\n"
"              [--explain] [--no-cache] [--format table|csv|tsv|json|xlsx]\n"
"              [--bom] [--excel] [-o FILE]\n"
"              [--notify CMD [--notify-unassigned ID]]\n"
"List the visits and complaint milestones due or overdue now, most\n"
"urgent first; nothing when nothing is due.\n"
"  -d, --dir DIR         ledger directory (default $CS_DIR, else .)\n"
"  -r, --rules FILE      rules file or rule-set name (default DIR/rules.yaml)\n"
"      --now TIME        the current time (default $CS_NOW, else the clock)\n"
"      --staff ID        only what staff member ID holds (owner, holder)\n"
"      --within DURATION also what comes due within DURATION (3d, 2h, 1w)\n"
"      --since DATE      look back to DATE for overdue visits (default 90\n"
"                        days ago)\n"
"      --overdue         only what is overdue\n"
"      --check           print nothing; exit 1 if anything is overdue\n"
"      --explain         say how each due date was computed\n"
"      --no-cache        read the ledgers from the start; use and write no\n"
"                        checkpoint\n"
"      --format FMT      table, csv, tsv, json or xlsx (default: xlsx for\n"
"                        -o FILE.xlsx, a table on a terminal, else csv)\n"
"      --bom             csv with a UTF-8 byte order mark first\n"
"      --excel           csv for spreadsheets: BOM, CRLF, and text cells\n"
"                        starting with = + - @ tab or CR prefixed with '\n"
"  -o, --output FILE     write to FILE\n"
"      --notify CMD      hand each person's list to CMD (sh -c, once per\n"
"                        person, the list on its stdin; see cs-due(1))\n"
"      --notify-unassigned ID\n"
"                        with --notify: what nobody active holds goes to\n"
"                        ID (else it is printed)\n";

enum { OPT_STAFF = OPT_FIRST_CMD, OPT_WITHIN, OPT_SINCE, OPT_OVERDUE,
       OPT_CHECK, OPT_EXPLAIN, OPT_NO_CACHE, OPT_NOTIFY,
       OPT_NOTIFY_UNASSIGNED };

static const struct option longopts[] = {
	CS_COMMON_LONGOPTS,
	CS_CSV_LONGOPTS,
	{"staff", required_argument, NULL, OPT_STAFF},
	{"within", required_argument, NULL, OPT_WITHIN},
	{"since", required_argument, NULL, OPT_SINCE},
	{"overdue", no_argument, NULL, OPT_OVERDUE},
	{"check", no_argument, NULL, OPT_CHECK},
	{"explain", no_argument, NULL, OPT_EXPLAIN},
	{"no-cache", no_argument, NULL, OPT_NO_CACHE},
	{"notify", required_argument, NULL, OPT_NOTIFY},
	{"notify-unassigned", required_argument, NULL, OPT_NOTIFY_UNASSIGNED},
	{0},
};

#define LOOKBACK_DAYS 90

/* One line of the due list, compact: indexes and numbers, the text
 * only when it is printed (row_due, print_rows). */
enum { ROW_COMPLAINT, ROW_VISIT };  /* in the order of their names */
struct row {
	cs_time due_at;          /* for sorting; a complaint's due time */
	int64_t late;
	uint64_t idkey;          /* id_key of the customer's id */
	int32_t cust, staff;     /* staff: index, -1 if none (a visit's:
	                            only with --notify or --explain) */
	int32_t ref;             /* visit: rule index, -1 a follow-up;
	                            complaint: index into due.cids */
	union {
		int32_t nmore;   /* visit: outstanding ones merged into it */
		int32_t ms;      /* complaint: its milestone's rule index */
	};
	cs_date due;             /* visit: its due date */
	uint8_t kind, status;    /* ROW_*, enum occ_status */
	char *why;               /* owned */
};
struct due {
	struct cs_ctx x;
	struct visit_days vd;
	struct complaint_log cl;
	struct sched sc;
	int staff;               /* --staff, index, or -1 */
	const char *staff_id;
	bool overdue_only, check, explain;
	cs_date today, until;    /* upcoming visits: due <= until */
	cs_time until_at;        /* upcoming milestones: due <= until_at */
	bool within;
	const char *notify;      /* --notify CMD */
	const char *unassigned;  /* --notify-unassigned ID */
	FILE *notice_fp;         /* print_rows prints a notice here */
	struct row *rows;
	size_t nrows, cap;
	char (*cids)[16];        /* the complaint rows' ids (the complaint
	                            log is gone when they are printed) */
	size_t ncids, capcids;
	struct row *crows;       /* the complaint rows, till the visit rows
	                            are made */
	size_t ncrows;
	void *spare;             /* memory done with (the occurrences), */
	size_t nspare;           /* bytes: sort_rows's buffer if big enough */
	struct cs_branches *br;  /* several -d: the branches, and which one */
	size_t brk;              /* is loaded (its complaint ids noted) */
};

static struct row *
add_row(struct due *d)
{
	xgrow(&d->rows, &d->cap, d->nrows + 1, sizeof *d->rows);
	memset(&d->rows[d->nrows], 0, sizeof *d->rows);
	return &d->rows[d->nrows++];
}

static int
status_rank(enum occ_status st)
{
	return st == OCC_OVERDUE ? 0 : st == OCC_DUE ? 1 : 2;
}

static const struct due *sort_due;

static const char *
row_kind(const struct row *r)
{
	return r->kind == ROW_VISIT ? "visit" : "complaint";
}

static const char *
row_what(const struct due *d, const struct row *r)
{
	if (r->kind == ROW_COMPLAINT)
		return d->x.rules.complaints.milestones[r->ms].name;
	return r->ref >= 0 ? d->x.rules.visits[r->ref].name : "follow-up";
}

static const char *
row_method(const struct due *d, const struct row *r)
{
	const char *m = NULL;

	if (r->kind == ROW_VISIT && r->ref >= 0)
		m = d->x.rules.visits[r->ref].method;
	return m ? m : "";
}

static const char *
row_complaint(const struct due *d, const struct row *r)
{
	return r->kind == ROW_COMPLAINT ? d->cids[r->ref] : "";
}

/* As written: a visit's customer's owner (who may be unknown), a
 * complaint's holder. */
static const char *
row_staff_id(const struct due *d, const struct row *r)
{
	const struct cs_store *st = &d->x.store;

	if (r->kind == ROW_VISIT)
		return customer_owner(st, &st->customers[r->cust]);
	return r->staff >= 0 ? st->staff[r->staff].id : "";
}

/* The due column: a visit's date, a complaint's time. */
static char *
row_due(const struct due *d, const struct row *r, char buf[32])
{
	if (r->kind == ROW_VISIT)
		return date_format(r->due, buf);
	return time_format_short(r->due_at, d->x.rules.cal.tz_offset, buf);
}

/* The first 8 bytes of s, big-endian: two keys compare as the strings'
 * first 8 bytes do (strcmp decides only when they are equal). */
static uint64_t
id_key(const char *s)
{
	uint64_t k = 0;
	int i = 0;

	for (; i < 8 && s[i]; i++)
		k = k << 8 | (unsigned char)s[i];
	return i ? k << (8 * (8 - i)) : 0;
}

static int
cmp_row(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	const struct due *d = sort_due;
	int c;

	if (status_rank(x->status) != status_rank(y->status))
		return status_rank(x->status) - status_rank(y->status);
	if (x->status == OCC_OVERDUE && x->late != y->late)
		return x->late > y->late ? -1 : 1;
	if (x->due_at != y->due_at)
		return x->due_at < y->due_at ? -1 : 1;
	if (x->idkey != y->idkey)
		return x->idkey < y->idkey ? -1 : 1;
	if (x->cust != y->cust && (c = strcmp(customer_id(&d->x.store,
	    &d->x.store.customers[x->cust]), customer_id(&d->x.store,
	    &d->x.store.customers[y->cust]))) != 0)
		return c;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if ((c = strcmp(row_complaint(d, x), row_complaint(d, y))) != 0)
		return c;
	return strcmp(row_what(d, x), row_what(d, y));
}

/* What cmp_row looks at first, in three numbers that compare as it
 * does (cmp_row decides when they are equal); the rows are sorted by
 * these, 32 bytes each, not by themselves. */
struct sort_key {
	uint64_t a, b, c;
	uint32_t row;
};

static inline bool
key_before(const struct sort_key *x, const struct sort_key *y)
{
	if (x->a != y->a)
		return x->a < y->a;
	if (x->b != y->b)
		return x->b < y->b;
	if (x->c != y->c)
		return x->c < y->c;
	return cmp_row(&sort_due->rows[x->row], &sort_due->rows[y->row]) < 0;
}

/* A stable merge sort of the keys (as qsort's was: rows cmp_row finds
 * equal keep their order), the comparison inline: runs of 16 by
 * insertion, then merged back and forth between k and buf (as big). */
static void
sort_keys(struct sort_key *k, size_t n, void *buf)
{
	struct sort_key *tmp = buf, *src = k, *dst = tmp;

	for (size_t lo = 0; lo < n; lo += 16) {
		size_t hi = lo + 16 < n ? lo + 16 : n;
		for (size_t i = lo + 1; i < hi; i++) {
			struct sort_key v = k[i];
			size_t j = i;
			for (; j > lo && key_before(&v, &k[j - 1]); j--)
				k[j] = k[j - 1];
			k[j] = v;
		}
	}
	for (size_t w = 16; w < n; w *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * w) {
			size_t mid = lo + w < n ? lo + w : n;
			size_t hi = lo + 2 * w < n ? lo + 2 * w : n;
			size_t i = lo, j = mid, o = lo;
			while (i < mid && j < hi)
				dst[o++] = key_before(&src[j], &src[i]) ?
				    src[j++] : src[i++];
			while (i < mid)
				dst[o++] = src[i++];
			while (j < hi)
				dst[o++] = src[j++];
		}
		struct sort_key *t = src;
		src = dst;
		dst = t;
	}
	if (src != k)
		memcpy(k, src, n * sizeof *k);
}

static void
sort_rows(struct due *d)
{
	const uint64_t bias = UINT64_C(1) << 61, top = (UINT64_C(1) << 62) - 1;
	struct sort_key *k;
	struct row *sorted;
	size_t need;
	void *buf;

	if (d->nrows < 2)
		return;
	if (d->nrows > UINT32_MAX) {
		qsort(d->rows, d->nrows, sizeof *d->rows, cmp_row);
		return;
	}
	k = xcalloc(d->nrows, sizeof *k);
	for (size_t i = 0; i < d->nrows; i++) {
		const struct row *r = &d->rows[i];
		/* rank, then for an overdue row how late (most first), then
		 * when due; then the customer's id */
		uint64_t due = (uint64_t)r->due_at + bias, late;
		k[i].a = (uint64_t)status_rank(r->status) << 62;
		if (r->status == OCC_OVERDUE) {
			if (r->late < 0 || (uint64_t)r->late > top) {
				/* not in the keys' range: the rows alone */
				free(k);
				qsort(d->rows, d->nrows, sizeof *d->rows,
				    cmp_row);
				return;
			}
			late = (uint64_t)r->late;
			k[i].a |= top - late;
			k[i].b = due;
		} else {
			k[i].a |= due & top;
		}
		k[i].c = r->idkey;
		k[i].row = (uint32_t)i;
	}
	need = d->nrows * (sizeof *sorted > sizeof *k ? sizeof *sorted :
	    sizeof *k);
	if (d->spare && d->nspare >= need) {
		buf = d->spare;
	} else {
		free(d->spare);
		buf = xmalloc(need);
	}
	d->spare = NULL;
	d->nspare = 0;
	sort_keys(k, d->nrows, buf);
	/* the rows gathered in that order into the merge's buffer (as
	 * big as the rows), the ones a few keys on fetched ahead */
	sorted = (struct row *)buf;
	for (size_t i = 0; i < d->nrows; i++) {
		if (i + 8 < d->nrows)
			__builtin_prefetch(&d->rows[k[i + 8].row]);
		sorted[i] = d->rows[k[i].row];
	}
	free(d->rows);
	d->rows = sorted;
	d->cap = d->nrows;
	free(k);
}

/* Occurrences of one customer and rule that a visit today would all do
 * (every one already open, for the same nth) show as one row: the most
 * urgent. */
static int
cmp_occ_group(const void *a, const void *b)
{
	const struct occurrence *x = *(const struct occurrence *const *)a;
	const struct occurrence *y = *(const struct occurrence *const *)b;

	if (x->cust != y->cust)
		return x->cust - y->cust;
	if (x->rule != y->rule)
		return x->rule == NULL ? -1 : y->rule == NULL ? 1 :
		    x->rule < y->rule ? -1 : 1;
	if (x->nth != y->nth)
		return x->nth - y->nth;
	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	return x->earliest < y->earliest ? -1 : x->earliest > y->earliest;
}

static bool
wanted(const struct due *d, enum occ_status st)
{
	if (d->overdue_only || d->check)
		return st == OCC_OVERDUE;
	return true;
}

/* The rows of the outstanding occurrences occ[0..nocc). */
static void
visit_rows(struct due *d, const struct occurrence *occ, size_t nocc,
           void *spare, size_t nspare)
{
	const struct cs_store *st = &d->x.store;
	const struct occurrence **v = xcalloc(nocc ? nocc : 1, sizeof *v);
	size_t n = 0;

	for (size_t i = 0; i < nocc; i++) {
		const struct occurrence *o = &occ[i];
		const struct customer *cu = &st->customers[o->cust];
		if (!occ_outstanding(o))
			continue;
		if (o->status == OCC_UPCOMING &&
		    (!d->within || o->due > d->until))
			continue;
		if (!wanted(d, o->status))
			continue;
		if (d->staff_id &&
		    strcmp(customer_owner(st, cu), d->staff_id) != 0)
			continue;
		v[n++] = o;
	}
	/* the rows in the memory given (xgrow makes it bigger if they
	 * need more) */
	if (spare && d->nrows == 0 && nspare >= sizeof *d->rows) {
		free(d->rows);
		d->rows = spare;
		d->cap = nspare / sizeof *d->rows;
	} else {
		free(spare);
	}
	/* sched_range gives them customer by customer: each one's apart */
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && v[j]->cust == v[i]->cust; j++)
			;
		if (j < n && v[j]->cust < v[i]->cust) {
			qsort(v, n, sizeof *v, cmp_occ_group);
			break;
		}
		if (j - i > 1)
			qsort(v + i, j - i, sizeof *v, cmp_occ_group);
	}
	for (size_t i = 0; i < n;) {
		const struct occurrence *o = v[i], *first = v[i];
		const struct customer *cu = &st->customers[o->cust];
		size_t j = i + 1;
		/* the oldest open one stands for the open ones after it */
		if (o->status != OCC_UPCOMING)
			while (j < n && v[j]->cust == o->cust &&
			    v[j]->rule == o->rule && v[j]->nth == o->nth &&
			    v[j]->status != OCC_UPCOMING)
				j++;
		struct row *r = add_row(d);
		r->kind = ROW_VISIT;
		r->cust = o->cust;
		r->idkey = id_key(customer_id(st, cu));
		/* the owner as an index: only --notify and --explain ask */
		if (d->notify || d->explain) {
			const char *owner = customer_owner(st, cu);
			r->staff = *owner ? store_staff(st, owner) : -1;
		} else {
			r->staff = -1;
		}
		r->ref = first->rule ? (int32_t)(first->rule - d->x.rules.visits) :
		    -1;
		r->due = first->due;
		r->due_at = time_from_date_minute(first->due + 1, 0,
		    d->x.rules.cal.tz_offset) - 1;
		r->status = (uint8_t)first->status;
		r->late = first->late;
		r->nmore = (int)(j - i - 1);
		if (d->explain) {
			struct sbuf b = {0};
			sb_adds(&b, first->why ? first->why : "");
			if (r->nmore > 0)
				sb_addf(&b, "stands for %d more open occurrence%s of "
				    "this rule, done by the same visit\n", r->nmore,
				    r->nmore == 1 ? "" : "s");
			if (r->staff >= 0 && !st->staff[r->staff].active)
				sb_addf(&b, "owner %s is inactive\n",
				    customer_owner(st, cu));
			else if (r->staff < 0)
				sb_addf(&b, "the customer has no known owner\n");
			r->why = b.s;
		}
		i = j;
	}
	free(v);
}

static void
complaint_rows(struct due *d)
{
	const struct cs_rules *ru = &d->x.rules;
	const struct cs_store *st = &d->x.store;
	const struct complaint_log *l = &d->cl;
	int tz = ru->cal.tz_offset;

	for (size_t i = 0; i < l->n; i++) {
		const struct complaint *c = &l->c[i];
		const struct cmilestone *m = complaint_current(l, c);
		enum occ_status status;
		char b1[32], b2[32], b3[32];
		if (c->state == CST_CLOSED || !m || m->due == CS_NOTIME)
			continue;
		const struct cs_milestone *mr = &ru->complaints.milestones[m->rule];
		if (d->x.now > m->due)
			status = OCC_OVERDUE;
		else if (time_date(m->due, tz) <= d->today)
			status = OCC_DUE;
		else if (d->within && m->due <= d->until_at)
			status = OCC_UPCOMING;
		else
			continue;
		if (!wanted(d, status))
			continue;
		if (d->staff >= 0 && c->holder != d->staff)
			continue;
		struct row *r = add_row(d);
		r->kind = ROW_COMPLAINT;
		r->cust = c->cust;
		r->idkey = id_key(customer_id(st, &st->customers[c->cust]));
		r->staff = c->holder;
		xgrow(&d->cids, &d->capcids, d->ncids + 1, sizeof *d->cids);
		memcpy(d->cids[d->ncids], c->id, sizeof d->cids[0]);
		r->ref = (int32_t)d->ncids++;
		r->ms = m->rule;
		r->due = CS_NODATE;
		r->due_at = m->due;
		r->status = (uint8_t)status;
		r->late = status == OCC_OVERDUE ? cmilestone_late(ru, m, d->x.now) : 0;
		if (d->explain) {
			struct sbuf b = {0};
			cs_time due;
			sb_addf(&b, "complaint %s milestone %s: %s within %s of %s\n",
			    c->id, mr->name, mr->met_by,
			    duration_format(&mr->within, b1), mr->from);
			sb_addf(&b, "%s at %s\n", mr->from,
			    time_format_short(m->start, tz, b2));
			due = duration_add_time(&ru->cal, m->start, &mr->within,
			    ru->complaints.clock, &b);
			if (m->paused > 0)
				sb_addf(&b, "%s + paused %s (waiting on the customer)\n",
				    time_format_short(due, tz, b2),
				    span_format(m->paused, b3));
			sb_addf(&b, "due %s\n", time_format_short(m->due, tz, b2));
			r->why = b.s;
		}
	}
}

static char *
one_line(const char *s)
{
	struct sbuf b = {0};
	size_t n = strlen(s);

	while (n > 0 && s[n - 1] == '\n')
		n--;
	sb_add(&b, "", 0);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\n')
			sb_adds(&b, "; ");
		else
			sb_addc(&b, s[i]);
	}
	return b.s;
}

/* A row's values as printed; the due date, time and lateness formatted
 * once for a run of rows with the same ones (f: zeroed before the first
 * row of one directory). */
struct row_fmt {
	bool have_day, have_at, have_late;
	cs_date day;
	cs_time at;
	int64_t late;
	char day_s[32], at_s[32], late_s[32];
};

static void
row_vals(const struct due *d, const struct row *r, struct row_fmt *f,
         const char *vals[10])
{
	const struct cs_store *st = &d->x.store;

	if (r->kind == ROW_VISIT && (!f->have_day || r->due != f->day)) {
		date_format(r->due, f->day_s);
		f->day = r->due;
		f->have_day = true;
	} else if (r->kind != ROW_VISIT && (!f->have_at || r->due_at != f->at)) {
		time_format_short(r->due_at, d->x.rules.cal.tz_offset, f->at_s);
		f->at = r->due_at;
		f->have_at = true;
	}
	if (r->status == OCC_OVERDUE && (!f->have_late || r->late != f->late)) {
		span_format(r->late, f->late_s);
		f->late = r->late;
		f->have_late = true;
	}
	vals[0] = row_kind(r);
	vals[1] = customer_id(st, &st->customers[r->cust]);
	vals[2] = customer_name(st, &st->customers[r->cust]);
	vals[3] = row_staff_id(d, r);
	vals[4] = row_what(d, r);
	vals[5] = row_method(d, r);
	vals[6] = r->kind == ROW_VISIT ? f->day_s : f->at_s;
	vals[7] = occ_status_name(r->status);
	vals[8] = r->status == OCC_OVERDUE ? f->late_s : "";
	vals[9] = row_complaint(d, r);
}

static const struct out_col due_cols[] = {
	{N_("kind"), NULL, 0}, {N_("customer"), NULL, 0},
	{N_("name"), NULL, 0}, {N_("staff"), NULL, 0},
	{N_("what"), NULL, 0}, {N_("method"), NULL, 0},
	{N_("due"), NULL, OUT_DATE}, {N_("status"), NULL, 0},
	{N_("late"), NULL, 0}, {N_("complaint"), NULL, 0},
	{N_("explain"), NULL, 0},
};

/* Under a table, a row's explanation: "ID KIND WHAT DUE:" and its lines
 * indented. */
static void
print_why(FILE *fp, const char *const vals[10], const char *why)
{
	const char *p = why ? why : "";

	fprintf(fp, "\n%s %s %s %s:\n", vals[1], vals[0],
	    *vals[9] ? vals[9] : vals[4], vals[6]);
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		fprintf(fp, "  %.*s\n", (int)len, p);
		p += len + (e != NULL);
	}
}

/* The output's stream and format: a notice's, else -o's (f, cli.c) or
 * stdout.  0, or CS_EX_CANTCREAT after a diagnostic. */
static int
open_rows(const struct due *d, struct cs_outfile *f, FILE **fp,
          enum out_format *fmt)
{
	int rc;

	if ((*fp = d->notice_fp) == NULL) {
		if ((rc = cs_outfile_open(f, d->x.opt.output)) != 0)
			return rc;
		*fp = f->fp;
	}
	*fmt = d->x.opt.fmt;
	if (*fmt == OUT_AUTO)
		*fmt = d->notice_fp || isatty(fileno(*fp)) ? OUT_TABLE : OUT_CSV;
	return 0;
}

/* A notice's end, or -o's: the file replaced only if rc is 0. */
static int
close_rows(const struct due *d, struct cs_outfile *f, FILE *fp, int rc)
{
	if (fp != d->notice_fp)
		return cs_outfile_close(f, rc);
	if (rc == 0 && (fflush(fp) == EOF || ferror(fp))) {
		cs_warn("write error");
		rc = CS_EX_IOERR;
	}
	return rc;
}

static int
print_rows(struct due *d)
{
	const struct cs_store *st = &d->x.store;
	struct row_fmt f = {0};
	struct cs_outfile of;
	FILE *fp;
	struct out o;
	int ncols = d->explain ? 11 : 10, rc;
	enum out_format fmt;
	bool table;

	/* nothing to say: nothing on stdout, an empty list in -o FILE */
	if (d->nrows == 0 && !cs_output_named(d->x.opt.output))
		return 0;
	if ((rc = open_rows(d, &of, &fp, &fmt)) != 0)
		return rc;
	table = fmt == OUT_TABLE;
	/* a table shows the explanations under it, not in a column */
	out_begin(&o, fp, fmt, due_cols, table ? 10 : ncols, d->x.opt.ambiwidth);
	o.csv = d->x.opt.csv;
	o.created = d->x.now;
	o.empty_too = !d->notice_fp && cs_output_named(d->x.opt.output);
	/* sorted rows come in runs of the same due date and lateness:
	 * each is formatted once */
	for (size_t i = 0; i < d->nrows; i++) {
		const struct row *r = &d->rows[i];
		char *ex = NULL;
		const char *vals[11];
		/* the customers come in no order: fetch ahead what is read */
		if (i + 16 < d->nrows)
			__builtin_prefetch(&st->customers[r[16].cust]);
		if (i + 8 < d->nrows) {
			const struct customer *ahead = &st->customers[r[8].cust];
			__builtin_prefetch(ahead->row);
		}
		row_vals(d, r, &f, vals);
		vals[10] = "";
		if (d->explain && !table)
			vals[10] = ex = one_line(r->why ? r->why : "");
		out_row(&o, vals);
		free(ex);
	}
	rc = out_end(&o);
	if (rc == 0 && d->explain && table) {
		/* the table, then each row's explanation in the same order */
		struct row_fmt g = {0};
		for (size_t i = 0; i < d->nrows; i++) {
			const char *vals[10];
			row_vals(d, &d->rows[i], &g, vals);
			print_why(fp, vals, d->rows[i].why);
		}
	}
	return close_rows(d, &of, fp, rc);
}

/* Several branches' rows, as print_rows prints one directory's. */
static int
print_branch_rows(struct due *d, const struct branch_rows *t)
{
	struct cs_outfile of;
	FILE *fp;
	struct out o;
	enum out_format fmt;
	bool table;
	int rc;

	if (t->n == 0 && !cs_output_named(d->x.opt.output))
		return 0;
	if ((rc = open_rows(d, &of, &fp, &fmt)) != 0)
		return rc;
	table = fmt == OUT_TABLE;
	out_begin(&o, fp, fmt, due_cols, table ? 10 : t->ncols,
	    d->x.opt.ambiwidth);
	o.csv = d->x.opt.csv;
	o.created = d->x.now;
	o.empty_too = !d->notice_fp && cs_output_named(d->x.opt.output);
	for (size_t i = 0; i < t->n; i++) {
		const char *vals[11];
		char *ex = NULL;
		memcpy(vals, t->r[i].v, 10 * sizeof *vals);
		vals[10] = "";
		if (d->explain && !table)
			vals[10] = ex = one_line(t->r[i].why ? t->r[i].why : "");
		out_row(&o, vals);
		free(ex);
	}
	rc = out_end(&o);
	if (rc == 0 && d->explain && table)
		for (size_t i = 0; i < t->n; i++)
			print_why(fp, (const char *const *)t->r[i].v,
			    t->r[i].why);
	return close_rows(d, &of, fp, rc);
}

/* --notify: whom a row goes to, a staff index or -1: the active staff
 * member it is for, else --notify-unassigned. */
static int
recipient(const struct due *d, const struct row *r)
{
	const struct cs_store *st = &d->x.store;

	if (r->staff >= 0 && st->staff[r->staff].active)
		return r->staff;
	return d->unassigned ? store_staff(st, d->unassigned) : -1;
}

/* --notify: each person's rows, as print_rows prints them, handed to the
 * command once, under the key due:ID:DATE:HASH (the day in the rules'
 * timezone, a hash of what the rows are about, not of how late they are):
 * a later run that day with the same list hands nothing on.  Rows nobody
 * gets are printed as without --notify.  0, CS_EX_TEMPFAIL if a notifier
 * failed, or another CS_EX_*. */
static int
notify_rows(struct due *d)
{
	const struct cs_store *st = &d->x.store;
	struct row *all = d->rows, *mine;
	size_t nall = d->nrows, nobody = 0;
	struct notify n;
	char today[32], due[32];
	int rc, worst = 0, *to;

	if (nall == 0)
		return 0;
	if ((rc = notify_open(&n, &d->x, d->notify)) != 0)
		return rc;
	date_format(d->today, today);
	mine = xcalloc(nall, sizeof *mine);
	to = xcalloc(nall, sizeof *to);
	for (size_t i = 0; i < nall; i++)
		to[i] = recipient(d, &all[i]);
	for (size_t s = 0; s < st->nstaff; s++) {
		struct sbuf about = {0};
		size_t k = 0, nover = 0, len = 0;
		char *hash, *key, *subject, *text = NULL;
		FILE *fp;

		for (size_t i = 0; i < nall; i++) {
			const struct row *r = &all[i];
			if (to[i] != (int)s)
				continue;
			mine[k++] = *r;
			nover += r->status == OCC_OVERDUE;
			sb_addf(&about, "%s\037%s\037%s\037%s\037%s\036",
			    row_kind(r), customer_id(st, &st->customers[r->cust]),
			    row_what(d, r), row_due(d, r, due),
			    row_complaint(d, r));
		}
		if (k == 0)
			continue;
		hash = notify_hash(sb_str(&about));
		sb_free(&about);
		key = xasprintf("due:%s:%s:%.8s", st->staff[s].id, today, hash);
		free(hash);
		if (notify_was_sent(&n, key)) {
			free(key);
			continue;
		}
		subject = xasprintf(_("%s %s: %zu due on %s, %zu overdue"),
		    st->staff[s].id, st->staff[s].name, k, today, nover);
		if ((fp = open_memstream(&text, &len)) == NULL) {
			cs_warn("cannot make a notice: %s", strerror(errno));
			rc = CS_EX_SOFTWARE;
		} else {
			d->rows = mine;
			d->nrows = k;
			d->notice_fp = fp;
			rc = print_rows(d);
			d->rows = all;
			d->nrows = nall;
			d->notice_fp = NULL;
			fclose(fp);
		}
		if (rc == 0)
			rc = notify_send(&n, "due", (int)s,
			    (const char *const *)&key, 1, subject, text, len);
		free(text);
		free(subject);
		free(key);
		if (rc && (worst == 0 || worst == CS_EX_TEMPFAIL))
			worst = rc;
	}
	notify_close(&n);
	/* what nobody gets: printed, for cron to mail */
	for (size_t i = 0; i < nall; i++)
		if (to[i] < 0)
			mine[nobody++] = all[i];
	if (nobody > 0) {
		cs_warn("%zu row%s for nobody active (no owner, an unknown or an "
		    "inactive one): printed, not notified (see "
		    "--notify-unassigned)", nobody, nobody == 1 ? "" : "s");
		d->rows = mine;
		d->nrows = nobody;
		rc = print_rows(d);
		d->rows = all;
		d->nrows = nall;
		if (rc && (worst == 0 || worst == CS_EX_TEMPFAIL))
			worst = rc;
	}
	free(mine);
	free(to);
	return worst;
}

static _Noreturn void
finish(struct due *d, int status)
{
	for (size_t i = 0; i < d->nrows; i++)
		free(d->rows[i].why);
	free(d->rows);
	for (size_t i = 0; i < d->ncrows; i++)
		free(d->crows[i].why);
	free(d->crows);
	free(d->cids);
	free(d->spare);
	sched_free(&d->sc);
	complaints_free(&d->cl);
	visit_days_free(&d->vd);
	cs_ctx_free(&d->x);
	exit(status);
}

/* Everything of one directory (d->x loaded, d->staff resolved) up to its
 * rows, unsorted: the visit rows, then the complaint rows.  0 or
 * CS_EX_*. */
static int
due_rows(struct due *d, const struct cs_duration *within,
         const char *within_arg, cs_date since)
{
	struct occurrence *occ;
	size_t nocc, capocc, nvblob;
	void *vblob;
	int rc;

	d->today = time_date(d->x.now, d->x.rules.cal.tz_offset);
	d->until = d->today;
	d->until_at = d->x.now;
	if (d->within) {
		d->until_at = duration_add_time(&d->x.rules.cal, d->x.now,
		    within, CLOCK_CALENDAR, NULL);
		d->until = time_date(d->until_at, d->x.rules.cal.tz_offset);
		if (!date_in_range(d->until)) {
			cs_warn("bad --within \"%s\": it reaches past 9999-12-31",
			    within_arg);
			return CS_EX_USAGE;
		}
	}
	if (since == CS_NODATE)
		since = d->today - LOOKBACK_DAYS;

	rc = visit_days_load(&d->vd, d->x.dir, &d->x.rules, &d->x.store,
	    d->x.now);
	if (rc)
		return rc;
	rc = complaints_load_state(&d->cl, d->x.dir, &d->x.rules, &d->x.store,
	    d->x.now, d->x.now);
	if (rc)
		return rc;
	for (size_t i = 0; d->br && i < d->cl.n; i++)
		branches_note(d->br, BR_COMPLAINT, d->brk, d->cl.c[i].id);
	/* the complaint rows now, and the log goes: they are put after the
	 * visit rows (in the order they always had) */
	complaint_rows(d);
	complaints_free(&d->cl);
	d->crows = d->rows;
	d->ncrows = d->nrows;
	d->rows = NULL;
	d->nrows = d->cap = 0;
	if ((rc = sched_init_days(&d->sc, &d->x.rules, &d->x.store, &d->vd,
	    d->x.now, d->explain)) != 0)
		return rc;
	if ((rc = sched_range_cached(&d->sc, d->x.dir, since, d->until,
	    SCHED_FOLLOWUPS | SCHED_KEEP_OPEN | SCHED_OUTSTANDING)) != 0)
		return rc;

	/* only the occurrences are needed now: the schedule's index and
	 * the visit days go before the rows are made */
	occ = d->sc.occ;
	nocc = d->sc.nocc;
	capocc = d->sc.capocc;
	d->sc.occ = NULL;
	d->sc.nocc = d->sc.capocc = 0;
	sched_free(&d->sc);
	/* the visit days' memory (touched already: no page faults) for
	 * the rows */
	vblob = d->vd.blob;
	nvblob = d->vd.bloblen;
	d->vd.blob = NULL;
	visit_days_free(&d->vd);
	visit_rows(d, occ, nocc, vblob, nvblob);
	for (size_t i = 0; i < nocc; i++)
		free(occ[i].why);
	/* kept for sort_rows: memory already touched costs no page faults */
	free(d->spare);
	d->spare = occ;
	d->nspare = capocc * sizeof *occ;
	/* then the complaint rows, as they were made */
	xgrow(&d->rows, &d->cap, d->nrows + d->ncrows, sizeof *d->rows);
	if (d->ncrows)
		memcpy(d->rows + d->nrows, d->crows, d->ncrows * sizeof *d->crows);
	d->nrows += d->ncrows;
	free(d->crows);
	d->crows = NULL;
	d->ncrows = 0;
	return 0;
}

/* Several branches' rows (as text, branch.c) in cmp_row's order: rank,
 * how late, when due (the keys), then the customer id (qualified),
 * kind, complaint, what. */
static int
cmp_branch_row(const void *a, const void *b)
{
	const struct branch_row *x = a, *y = b;
	static const int order[] = {1, 0, 9, 4};
	int c;

	for (int i = 0; i < 3; i++)
		if (x->key[i] != y->key[i])
			return x->key[i] < y->key[i] ? -1 : 1;
	for (size_t i = 0; i < sizeof order / sizeof *order; i++)
		if ((c = strcmp(x->v[order[i]], y->v[order[i]])) != 0)
			return c;
	return (x->k > y->k) - (x->k < y->k);
}

/* Several -d (branch.c): each branch's rows computed on their own, as
 * one directory's (its rules, staff, customers), then printed together,
 * sorted as one list; ids in several branches as BRANCH/ID.  --staff ID
 * (or BRANCH/ID) names one branch's staff member. */
static int
due_branches(struct due *d, const struct cs_opts *opt,
             const struct cs_duration *within, const char *within_arg,
             cs_date since)
{
	static const int kinds[11] = {-1, BR_CUSTOMER, -1, BR_STAFF, -1, -1,
	                              -1, -1, -1, BR_COMPLAINT, -1};
	struct cs_branches br;
	struct branch_rows t = {0};
	struct cs_opts keep_opt = *opt;
	const char *staff_arg = d->staff_id;
	size_t found = 0;
	cs_time now = 0;
	int rc;

	if ((rc = branches_init(&br, opt)) != 0)
		return rc;
	t.ncols = d->explain ? 11 : 10;
	t.kind = kinds;
	for (size_t k = 0; rc == 0 && k < br.n; k++) {
		struct cs_opts bo;
		const char *want = staff_arg;

		branches_opts(&bo, opt, &br, k);
		cs_ctx_load(&d->x, &bo);
		if (k == 0) {
			now = d->x.now;
			keep_opt = d->x.opt;
		}
		branches_note_store(&br, k, &d->x.store);
		d->staff = -1;
		d->staff_id = NULL;
		if (want)
			want = branches_local(&br, k, want);
		if (want && (d->staff = store_staff(&d->x.store, want)) < 0) {
			/* not this branch's: its complaint ids noted all the
			 * same */
			rc = complaints_load_state(&d->cl, d->x.dir, &d->x.rules,
			    &d->x.store, d->x.now, d->x.now);
			for (size_t i = 0; rc == 0 && i < d->cl.n; i++)
				branches_note(&br, BR_COMPLAINT, k, d->cl.c[i].id);
			complaints_free(&d->cl);
			cs_ctx_free(&d->x);
			continue;
		}
		if (want) {
			found++;
			d->staff_id = d->x.store.staff[d->staff].id;
		}
		d->br = &br;
		d->brk = k;
		rc = due_rows(d, within, within_arg, since);
		d->br = NULL;
		/* the rows outlive the branch: as text */
		struct row_fmt f = {0};
		for (size_t i = 0; rc == 0 && i < d->nrows; i++) {
			const struct row *r = &d->rows[i];
			const char *vals[11];
			int64_t key[BRANCH_NKEYS] = {
				status_rank(r->status),
				r->status == OCC_OVERDUE ? -r->late : 0,
				r->due_at, 0,
			};
			row_vals(d, r, &f, vals);
			vals[10] = "";
			branch_rows_add(&t, k, vals, key, r->why);
		}
		for (size_t i = 0; i < d->nrows; i++)
			free(d->rows[i].why);
		d->nrows = d->ncids = 0;
		sched_free(&d->sc);
		complaints_free(&d->cl);
		visit_days_free(&d->vd);
		cs_ctx_free(&d->x);
	}
	cs_warn_branch = NULL;
	if (rc == 0 && staff_arg && found == 0) {
		cs_warn("unknown staff \"%s\" (not in any branch's staff.csv)",
		    staff_arg);
		rc = CS_EX_DATAERR;
	} else if (rc == 0 && found > 1) {
		cs_warn("staff \"%s\" is in several branches: give BRANCH/%s",
		    staff_arg, staff_arg);
		rc = CS_EX_USAGE;
	}
	/* one list: ids that clash qualified */
	branch_rows_end(&t, &br, cmp_branch_row);
	d->x.opt = keep_opt;
	d->x.now = now;
	if (rc == 0 && d->check)
		rc = t.n > 0 ? CS_EX_FOUND : CS_EX_OK;
	else if (rc == 0)
		rc = print_branch_rows(d, &t);
	memset(&d->x, 0, sizeof d->x);
	branch_rows_free(&t);
	branches_free(&br);
	return rc;
}

int
main(int argc, char *argv[])
{
	static struct due d;
	struct cs_opts opt;
	struct cs_duration within;
	const char *within_arg = NULL, *since_arg = NULL, *why;
	cs_date since = CS_NODATE;
	int c, rc;

	cs_init(argv);	/* argv[0] = "cs-...": getopt's messages */
	cs_opts_init(&opt);
	opt.xlsx_ok = true;
	d.staff = -1;
	while ((c = getopt_long(argc, argv, CS_COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		if (cs_opts_handle(&opt, c, optarg, usage))
			continue;
		switch (c) {
		case OPT_STAFF:
			d.staff_id = optarg;
			break;
		case OPT_WITHIN:
			within_arg = optarg;
			break;
		case OPT_SINCE:
			since_arg = optarg;
			break;
		case OPT_OVERDUE:
			d.overdue_only = true;
			break;
		case OPT_CHECK:
			d.check = true;
			break;
		case OPT_EXPLAIN:
			d.explain = true;
			break;
		case OPT_NOTIFY:
			d.notify = optarg;
			break;
		case OPT_NOTIFY_UNASSIGNED:
			d.unassigned = optarg;
			break;
		case OPT_NO_CACHE:
			cache_off = true;
			break;
		default:
			cs_usage_error("unknown option");
		}
	}
	/* several -d: said first, before any other misuse */
	if (d.notify)
		cs_opts_one_dir(&opt, "cs-due --notify", true);
	if (optind < argc)
		cs_usage_error("unexpected argument \"%s\"", argv[optind]);
	cs_opts_xlsx(&opt);
	if (within_arg) {
		if (duration_parse(within_arg, &within, &why) != 0)
			cs_usage_error("bad --within \"%s\": %s", within_arg, why);
		d.within = true;
	}
	if (since_arg && date_parse(since_arg, &since) != 0)
		cs_usage_error("bad --since \"%s\" (expected YYYY-MM-DD)",
		    since_arg);
	if (d.unassigned && !d.notify)
		cs_usage_error("--notify-unassigned needs --notify");
	if (d.notify && (d.check || opt.output || opt.fmt == OUT_XLSX))
		cs_usage_error("--notify does not go with %s",
		    d.check ? "--check" : opt.output ? "-o" : "--format xlsx");
	if (opt.ndirs > 1)
		finish(&d, due_branches(&d, &opt, &within, within_arg, since));

	cs_ctx_load(&d.x, &opt);
	if (d.unassigned && store_staff(&d.x.store, d.unassigned) < 0) {
		cs_warn("unknown staff \"%s\" in --notify-unassigned (not in "
		    "staff.csv)", d.unassigned);
		finish(&d, CS_EX_DATAERR);
	}
	if (d.staff_id && (d.staff = store_staff(&d.x.store, d.staff_id)) < 0) {
		cs_warn("unknown staff \"%s\" (not in staff.csv)", d.staff_id);
		finish(&d, CS_EX_DATAERR);
	}
	sort_due = &d;
	if ((rc = due_rows(&d, &within, within_arg, since)) != 0)
		finish(&d, rc);
	if (d.check)
		finish(&d, d.nrows > 0 ? CS_EX_FOUND : CS_EX_OK);
	sort_rows(&d);
	finish(&d, d.notify ? notify_rows(&d) : print_rows(&d));
}
