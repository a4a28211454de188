/* store.c - the ledger directory: customers, staff and service events,
 * loaded, checked and indexed by id. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdlib.h>
#include <string.h>

#include "cs.h"

static const char *const customer_cols[] = {
	"id", "name", "class", "phone", "owner", "region", "since", NULL
};
enum { C_ID, C_NAME, C_CLASS, C_PHONE, C_OWNER, C_REGION, C_SINCE, C_N };

static const char *const staff_cols[] = {
	"id", "name", "role", "team", "capacity", "active", NULL
};
enum { S_ID, S_NAME, S_ROLE, S_TEAM, S_CAPACITY, S_ACTIVE, S_N };

static const char *const event_cols[] = {
	"at", "customer", "kind", "note", NULL
};
enum { E_AT, E_CUSTOMER, E_KIND, E_NOTE, E_N };

const char *
store_dir(const char *dir_opt)
{
	const char *env;

	if (dir_opt && *dir_opt)
		return dir_opt;
	if ((env = getenv("CS_DIR")) && *env)
		return env;
	return ".";
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* 1.23457E+17: what Excel makes of a long number typed as a number. */
static bool
scientific(const char *s)
{
	if (*s == '+' || *s == '-')
		s++;
	if (!is_digit(*s))
		return false;
	while (is_digit(*s))
		s++;
	if (*s == '.') {
		s++;
		if (!is_digit(*s))
			return false;
		while (is_digit(*s))
			s++;
	}
	if (*s != 'E' && *s != 'e')
		return false;
	s++;
	if (*s == '+' || *s == '-')
		s++;
	if (!is_digit(*s))
		return false;
	while (is_digit(*s))
		s++;
	return *s == '\0';
}

static int
refuse_mangled(const struct csv_table *t, long line, const char *col,
               const char *v)
{
	if (!scientific(v))
		return 0;
	cs_warn("%s:%ld: %s \"%s\" looks like a number mangled by a "
	    "spreadsheet (scientific notation); format the column as text and "
	    "export again", t->file, line, col, v);
	return CS_EX_DATAERR;
}

/* An id: not empty, not mangled, not seen before in ix. */
static int
check_id(const struct csv_table *t, long line, const char *v,
         const char *example, const struct strmap *ix, const long *lines)
{
	int other;

	if (*v == '\0') {
		cs_warn("%s:%ld: empty id in column id (expected %s)", t->file,
		    line, example);
		return CS_EX_DATAERR;
	}
	if (refuse_mangled(t, line, "id", v))
		return CS_EX_DATAERR;
	if ((other = strmap_get(ix, v)) >= 0) {
		cs_warn("%s:%ld: duplicate id \"%s\" in column id (first on "
		    "line %ld)", t->file, line, v, lines[other]);
		return CS_EX_DATAERR;
	}
	return 0;
}

static bool
ascii_eqi(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		char x = *a, y = *b;

		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y)
			return false;
	}
	return *a == *b;
}

static int
parse_active(const char *v, bool *out)
{
	static const char *const yes[] = {"yes", "true", "1", "是", NULL};
	static const char *const no[] = {"no", "false", "0", "否", NULL};

	for (int i = 0; yes[i]; i++) {
		if (ascii_eqi(v, yes[i])) {
			*out = true;
			return 0;
		}
		if (ascii_eqi(v, no[i])) {
			*out = false;
			return 0;
		}
	}
	return -1;
}

static int
parse_capacity(const char *v, int *out)
{
	int n = 0, digits = 0;

	for (; is_digit(*v); v++, digits++)
		n = n * 10 + (*v - '0');
	if (*v || digits == 0 || digits > 6)
		return -1;
	*out = n;
	return 0;
}

static int
load_table(const char *dir, const char *name, unsigned flags,
           const char *const cols[], struct csv_table *t, int idx[])
{
	char *path = path_join(dir, name);
	int st = csv_table_load(path, flags, t);

	free(path);
	if (st)
		return st;
	if (t->ncols == 0 && (flags & CSV_READ_MISSING_OK))
		return 0; /* an optional file, missing or empty */
	return csv_require(t->file, t->ncols, t->cols, cols, idx);
}

static int
load_staff(struct cs_store *s, const int ix[])
{
	const struct csv_table *t = &s->staff_t;
	long *lines = xcalloc(t->nrows + 1, sizeof *lines);
	int st = 0;

	s->staff = xcalloc(t->nrows + 1, sizeof *s->staff);
	for (size_t i = 0; i < t->nrows; i++) {
		const struct csv_row *row = &t->rows[i];
		struct staffer *p = &s->staff[i];
		char **f = row->f;

		p->line = lines[i] = row->line;
		p->f = f;
		p->id = f[ix[S_ID]];
		p->name = f[ix[S_NAME]];
		p->role = f[ix[S_ROLE]];
		p->team = f[ix[S_TEAM]];
		if ((st = check_id(t, row->line, p->id, "a staff id such as S01",
		    &s->staff_ix, lines)))
			break;
		if (parse_capacity(f[ix[S_CAPACITY]], &p->capacity) < 0) {
			cs_warn("%s:%ld: bad capacity \"%s\" in column %s "
			    "(expected a whole number of visits per working day, "
			    "0 or more)", t->file, row->line, f[ix[S_CAPACITY]],
			    t->cols[ix[S_CAPACITY]]);
			st = CS_EX_DATAERR;
			break;
		}
		if (parse_active(f[ix[S_ACTIVE]], &p->active) < 0) {
			cs_warn("%s:%ld: bad value \"%s\" in column %s (expected "
			    "yes or no)", t->file, row->line, f[ix[S_ACTIVE]],
			    t->cols[ix[S_ACTIVE]]);
			st = CS_EX_DATAERR;
			break;
		}
		strmap_put(&s->staff_ix, p->id, (int)i);
		s->nstaff++;
	}
	free(lines);
	return st;
}

static int
load_customers(struct cs_store *s, const int ix[])
{
	const struct csv_table *t = &s->customers_t;
	long *lines = xcalloc(t->nrows + 1, sizeof *lines);
	int st = 0;

	s->customers = xcalloc(t->nrows + 1, sizeof *s->customers);
	for (size_t i = 0; i < t->nrows; i++) {
		const struct csv_row *row = &t->rows[i];
		struct customer *c = &s->customers[i];
		char **f = row->f;
		const char *since = f[ix[C_SINCE]];

		c->line = lines[i] = row->line;
		c->f = f;
		c->id = f[ix[C_ID]];
		c->name = f[ix[C_NAME]];
		c->cls = f[ix[C_CLASS]];
		c->phone = f[ix[C_PHONE]];
		c->owner = f[ix[C_OWNER]];
		c->region = f[ix[C_REGION]];
		c->since = CS_NODATE;
		if ((st = check_id(t, row->line, c->id,
		    "a customer id such as KH0001", &s->customer_ix, lines)) ||
		    (st = refuse_mangled(t, row->line, t->cols[ix[C_PHONE]],
		    c->phone)))
			break;
		if (*since && date_parse(since, &c->since) < 0) {
			cs_warn("%s:%ld: bad date \"%s\" in column %s (expected "
			    "YYYY-MM-DD)", t->file, row->line, since,
			    t->cols[ix[C_SINCE]]);
			st = CS_EX_DATAERR;
			break;
		}
		/* an empty owner: nobody is assigned yet */
		if (*c->owner && store_staff(s, c->owner) < 0) {
			cs_warn("%s:%ld: unknown staff \"%s\" in column %s",
			    t->file, row->line, c->owner, t->cols[ix[C_OWNER]]);
			st = CS_EX_DATAERR;
			break;
		}
		strmap_put(&s->customer_ix, c->id, (int)i);
		s->ncustomers++;
	}
	free(lines);
	return st;
}

static int
by_time(const void *a, const void *b)
{
	const struct event *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return (x->line > y->line) - (x->line < y->line); /* stable */
}

static int
load_events(struct cs_store *s, const int ix[])
{
	const struct csv_table *t = &s->events_t;

	s->events = xcalloc(t->nrows + 1, sizeof *s->events);
	for (size_t i = 0; i < t->nrows; i++) {
		const struct csv_row *row = &t->rows[i];
		struct event *e = &s->events[i];
		char **f = row->f;
		const char *at = f[ix[E_AT]], *cust = f[ix[E_CUSTOMER]];

		e->line = row->line;
		e->kind = f[ix[E_KIND]];
		e->note = f[ix[E_NOTE]];
		if (time_parse(at, s->tz_offset, &e->at) < 0) {
			cs_warn("%s:%ld: bad time \"%s\" in column %s (expected "
			    "YYYY-MM-DD HH:MM, or ISO 8601 such as "
			    "2026-02-13T17:00:00+08:00)", t->file, row->line, at,
			    t->cols[ix[E_AT]]);
			return CS_EX_DATAERR;
		}
		if (refuse_mangled(t, row->line, t->cols[ix[E_CUSTOMER]], cust))
			return CS_EX_DATAERR;
		if ((e->cust = store_customer(s, cust)) < 0) {
			cs_warn("%s:%ld: unknown customer \"%s\" in column %s",
			    t->file, row->line, cust, t->cols[ix[E_CUSTOMER]]);
			return CS_EX_DATAERR;
		}
		if (*e->kind == '\0') {
			cs_warn("%s:%ld: empty kind in column %s (expected an "
			    "event kind such as purchase, delivery or repair)",
			    t->file, row->line, t->cols[ix[E_KIND]]);
			return CS_EX_DATAERR;
		}
		s->nevents++;
	}
	qsort(s->events, s->nevents, sizeof *s->events, by_time);
	return 0;
}

int
store_load(struct cs_store *s, const char *dir, int tz_offset)
{
	int cix[C_N], six[S_N], eix[E_N], st;

	memset(s, 0, sizeof *s);
	s->dir = xstrdup(dir);
	s->tz_offset = tz_offset;
	if ((st = load_table(dir, "customers.csv", 0, customer_cols,
	    &s->customers_t, cix)) ||
	    (st = load_table(dir, "staff.csv", 0, staff_cols, &s->staff_t,
	    six)) ||
	    (st = load_table(dir, "events.csv", CSV_READ_MISSING_OK,
	    event_cols, &s->events_t, eix)) ||
	    (st = load_staff(s, six)) ||
	    (st = load_customers(s, cix)) ||
	    (s->events_t.ncols > 0 && (st = load_events(s, eix)))) {
		store_free(s);
		return st;
	}
	return 0;
}

void
store_free(struct cs_store *s)
{
	free(s->dir);
	csv_table_free(&s->customers_t);
	csv_table_free(&s->staff_t);
	csv_table_free(&s->events_t);
	free(s->customers);
	free(s->staff);
	free(s->events);
	strmap_free(&s->customer_ix);
	strmap_free(&s->staff_ix);
	memset(s, 0, sizeof *s);
}

int
store_customer(const struct cs_store *s, const char *id)
{
	return strmap_get(&s->customer_ix, id);
}

int
store_staff(const struct cs_store *s, const char *id)
{
	return strmap_get(&s->staff_ix, id);
}

const char *
customer_field(const struct cs_store *s, const struct customer *c,
               const char *column)
{
	int i = csv_col(&s->customers_t, column);

	return i < 0 ? "" : c->f[i];
}

int
customer_date(const struct cs_store *s, const struct customer *c,
              const char *column, cs_date *out)
{
	int i = csv_col(&s->customers_t, column);
	const char *v = i < 0 ? "" : c->f[i];

	*out = CS_NODATE;
	if (*v == '\0')
		return 0;
	if (date_parse(v, out) < 0) {
		cs_warn("%s:%ld: bad date \"%s\" in column %s (expected "
		    "YYYY-MM-DD)", s->customers_t.file, c->line, v,
		    s->customers_t.cols[i]);
		*out = CS_NODATE;
		return -1;
	}
	return 0;
}
