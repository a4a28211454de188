/* branch.c - several ledger directories (branches, one -d each) read as
 * one department: their labels, the ids that clash between them, and
 * cs-report's loop over them.  Each branch is loaded on its own, one
 * after the other, with the usual loaders and checkpoints, so memory is
 * about that of the largest branch plus the merged figures. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cs.h"

int
branches_init(struct cs_branches *b, const struct cs_opts *o)
{
	memset(b, 0, sizeof *b);
	b->n = o->ndirs;
	b->dir = o->dirs;
	b->label = xcalloc(b->n + 1, sizeof *b->label);
	for (size_t k = 0; k < b->n; k++) {
		char *real;
		if (!cs_ledger_dir_ok(b->dir[k]))
			return CS_EX_NOINPUT;
		if ((real = realpath(b->dir[k], NULL)) == NULL) {
			cs_warn("%s: cannot open: %s", b->dir[k], strerror(errno));
			return CS_EX_NOINPUT;
		}
		b->label[k] = xstrdup(*path_base(real) ? path_base(real) : "/");
		free(real);
		for (size_t j = 0; j < k; j++)
			if (strcmp(b->label[j], b->label[k]) == 0) {
				cs_warn("-d %s and -d %s are both branch \"%s\" (a "
				    "branch is named by its directory): give "
				    "each branch a directory of its own name",
				    b->dir[j], b->dir[k], b->label[k]);
				return CS_EX_USAGE;
			}
	}
	return 0;
}

void
branches_free(struct cs_branches *b)
{
	for (size_t k = 0; b->label && k < b->n; k++)
		free(b->label[k]);
	free(b->label);
	for (int i = 0; i < BR_NKINDS; i++)
		strmap_free(&b->seen[i]);
	memset(b, 0, sizeof *b);
}

void
branches_note(struct cs_branches *b, int kind, size_t k, const char *id)
{
	int v = strmap_get(&b->seen[kind], id);

	if (v == -1)
		strmap_put(&b->seen[kind], id, (int)k);
	else if (v >= 0 && v != (int)k)
		strmap_put(&b->seen[kind], id, -2);
}

const char *
branches_local(const struct cs_branches *b, size_t k, const char *id)
{
	const char *slash = strchr(id, '/');

	if (slash && strncmp(id, b->label[k], (size_t)(slash - id)) == 0 &&
	    b->label[k][slash - id] == '\0')
		return slash + 1;
	return id;
}

void
branches_note_store(struct cs_branches *b, size_t k, const struct cs_store *s)
{
	for (size_t i = 0; i < s->ncustomers; i++)
		branches_note(b, BR_CUSTOMER, k,
		    customer_id(s, &s->customers[i]));
	for (size_t i = 0; i < s->nstaff; i++)
		branches_note(b, BR_STAFF, k, s->staff[i].id);
}

bool
branches_clash(const struct cs_branches *b, int kind, const char *id)
{
	return strmap_get(&b->seen[kind], id) == -2;
}

const char *
branches_label(const struct cs_branches *b, size_t k)
{
	return b->label[k];
}

char *
branches_id(const struct cs_branches *b, int kind, size_t k, const char *id)
{
	if (branches_clash(b, kind, id))
		return xasprintf("%s/%s", b->label[k], id);
	return xstrdup(id);
}

void
branches_opts(struct cs_opts *bo, const struct cs_opts *opt,
              const struct cs_branches *br, size_t k)
{
	*bo = *opt;
	bo->dir = br->dir[k];
	bo->dirs = &br->dir[k];
	bo->ndirs = 1;
	cs_warn_branch = br->label[k];
}

/* Branch k's figures: its ledgers loaded as cs-report loads one
 * directory's, its visit and complaint ids noted, counted into a. */
static int
branch_count(struct report_acc *a, struct cs_branches *br, size_t k,
             const struct cs_opts *opt, const struct report_opts *o)
{
	struct cs_opts bo;
	struct cs_ctx x;
	struct visit_span vs = {0};
	struct complaint_log cl = {0};
	char *path, id[32];
	cs_time from;
	int rc;

	branches_opts(&bo, opt, br, k);
	cs_ctx_load(&x, &bo);
	path = path_join(x.dir, "visits.csv");
	/* as cs-report loads one directory for the month */
	from = report_span_from(&x.rules, o->year, o->month, o->trend);
	rc = visits_load_span(&vs, &x.store, path, x.now, x.rules.low_score,
	    from, report_span_until(&x.rules, o->year, o->month),
	    x.rules.cal.tz_offset);
	free(path);
	if (rc == 0) {
		path = path_join(x.dir, "complaints.csv");
		rc = complaints_load_brief(&cl, &x.store, &x.rules, path, x.now,
		    x.now, from);
		free(path);
	}
	if (rc == 0) {
		for (size_t i = 0; i < vs.n; i++)
			branches_note(br, BR_VISIT, k,
			    visit_id_format(vs.v[i].id, id));
		for (size_t i = 0; i < cl.n; i++)
			branches_note(br, BR_COMPLAINT, k, cl.c[i].id);
		rc = report_acc_add(a, k, &x.rules, &x.store, &vs, &cl, x.now);
	}
	complaints_free(&cl);
	visit_span_free(&vs);
	cs_ctx_free(&x);
	return rc;
}

int
branches_report(struct report *rep, struct cs_branches *br,
                const struct cs_opts *opt, const struct report_opts *o)
{
	struct report_acc *a = report_acc_new(o, br);
	struct cs_opts bo;
	struct cs_ctx x;
	int rc = 0;

	memset(rep, 0, sizeof *rep);
	/* first every branch's customers, staff, rules and groups: the ids
	 * that clash are known before anything is counted */
	for (size_t k = 0; k < br->n; k++) {
		branches_opts(&bo, opt, br, k);
		bo.store |= STORE_NO_EVENTS;
		cs_ctx_load(&x, &bo);
		branches_note_store(br, k, &x.store);
		report_acc_branch(a, k, &x.rules, &x.store);
		cs_ctx_free(&x);
	}
	for (size_t k = 0; rc == 0 && k < br->n; k++)
		rc = branch_count(a, br, k, opt, o);
	cs_warn_branch = NULL;
	if (rc) {
		report_acc_free(a);
		return rc;
	}
	return report_acc_end(a, rep);
}

/* ---- rows of several branches, printed as one list ---------------------- */

void
branch_rows_add(struct branch_rows *t, size_t k, const char *const vals[],
                const int64_t key[BRANCH_NKEYS], const char *why)
{
	struct branch_row *r;

	xgrow(&t->r, &t->cap, t->n + 1, sizeof *t->r);
	r = &t->r[t->n++];
	memset(r, 0, sizeof *r);
	r->k = k;
	r->v = xcalloc((size_t)t->ncols, sizeof *r->v);
	for (int c = 0; c < t->ncols; c++)
		r->v[c] = xstrdup(vals[c] ? vals[c] : "");
	if (key)
		memcpy(r->key, key, sizeof r->key);
	r->why = why ? xstrdup(why) : NULL;
}

void
branch_rows_end(struct branch_rows *t, const struct cs_branches *br,
         int (*cmp)(const void *, const void *))
{
	for (size_t i = 0; i < t->n; i++)
		for (int c = 0; c < t->ncols; c++) {
			struct branch_row *r = &t->r[i];
			char *q;
			if (t->kind[c] < 0 || !*r->v[c])
				continue;
			q = branches_id(br, t->kind[c], r->k, r->v[c]);
			free(r->v[c]);
			r->v[c] = q;
		}
	if (t->n > 1)
		qsort(t->r, t->n, sizeof *t->r, cmp);
}

void
branch_rows_free(struct branch_rows *t)
{
	for (size_t i = 0; i < t->n; i++) {
		for (int c = 0; c < t->ncols; c++)
			free(t->r[i].v[c]);
		free(t->r[i].v);
		free(t->r[i].why);
	}
	free(t->r);
	t->r = NULL;
	t->n = t->cap = 0;
}

int
branch_rows_print(const struct branch_rows *t, const struct cs_opts *o,
                  enum out_format fmt, const struct out_col *cols,
                  cs_time created)
{
	struct cs_outfile f;
	struct out ou;
	int rc;

	if (t->n == 0 && !cs_output_named(o->output))
		return 0;
	if ((rc = cs_outfile_open(&f, o->output)) != 0)
		return rc;
	if (fmt == OUT_AUTO)
		fmt = isatty(fileno(f.fp)) ? OUT_TABLE : OUT_CSV;
	out_begin(&ou, f.fp, fmt, cols, t->ncols, o->ambiwidth);
	ou.csv = o->csv;
	ou.created = created;
	ou.empty_too = cs_output_named(o->output);
	for (size_t i = 0; i < t->n; i++)
		out_row(&ou, (const char *const *)t->r[i].v);
	return cs_outfile_close(&f, out_end(&ou));
}

/* ---- cs-plan ------------------------------------------------------------ */

/* date, planned before unplaced, staff, customer, rule */
static int
cmp_plan(const void *a, const void *b)
{
	const struct branch_row *x = a, *y = b;
	static const int order[] = {0, 9, 1, 2, 4};
	int c;

	for (size_t i = 0; i < sizeof order / sizeof *order; i++)
		if ((c = strcmp(x->v[order[i]], y->v[order[i]])) != 0)
			return c;
	return (x->k > y->k) - (x->k < y->k);
}

int
branches_plan(struct cs_branches *br, const struct cs_opts *opt,
              cs_date from, cs_date to, struct branch_rows *rows,
              struct plan_tally *t)
{
	static const int kind[10] = {-1, BR_STAFF, BR_CUSTOMER, -1, -1, -1,
	    -1, -1, -1, -1};
	int rc = 0;

	rows->ncols = 10;
	rows->kind = kind;
	t->br = br;
	for (size_t k = 0; rc == 0 && k < br->n; k++) {
		struct cs_opts bo;
		struct cs_ctx x;
		struct visit_days vd = {0};
		struct sched sc = {0};
		struct plan p = {0};

		branches_opts(&bo, opt, br, k);
		cs_ctx_load(&x, &bo);
		branches_note_store(br, k, &x.store);
		if ((rc = visit_days_load(&vd, x.dir, &x.rules, &x.store,
		    x.now)) == 0 && (rc = sched_init_days(&sc, &x.rules,
		    &x.store, &vd, x.now, false)) == 0 &&
		    (rc = sched_range(&sc, from, to, 0)) == 0 &&
		    (rc = plan_make(&p, &sc, from, to)) == 0) {
			for (size_t i = 0; i < p.n; i++) {
				char buf[3][32];
				const char *vals[10];
				plan_item_vals(&x.store, &p.items[i], buf, vals);
				branch_rows_add(rows, k, vals, NULL, NULL);
			}
			plan_tally(t, &p, k);
		}
		plan_free(&p);
		sched_free(&sc);
		visit_days_free(&vd);
		cs_ctx_free(&x);
	}
	cs_warn_branch = NULL;
	if (rc == 0)
		branch_rows_end(rows, br, cmp_plan);
	return rc;
}
