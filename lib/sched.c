/* sched.c - the visit schedule engine: for each customer and each visit
 * rule that matches it, the visits the rule asks for (occurrences), their
 * windows, and whether a logged visit already did them.
 *
 * Dates are civil dates in the rules' timezone.  An occurrence asks for
 * one visit: a done visit (by anyone, the latest version of the row) on a
 * day in [earliest, latest] satisfies it; the first done visit after
 * latest does it late; without one it is overdue once today > latest.
 * Cost: done visits and events are indexed per customer once (linear in
 * the logs); each rule then looks at one customer's own visits by binary
 * search. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cs.h"

#define DAY_MIN (INT32_MIN + 1)
#define DAY_MAX INT32_MAX

struct sched_ix {
	size_t ncust;
	const uint32_t *voff;     /* done visits of c: vdate[voff[c]..vend[c]) */
	const uint32_t *vend;     /* voff + 1, or the view's ends */
	const cs_date *vdate;     /* ascending */
	const struct visit_days *vd;
	uint32_t *eoff;           /* events of c: [eoff[c]..eoff[c+1]), in
	                             time order, in these arrays: */
	cs_date *evat;            /* the event's date (the rules' timezone:
	                             all the engine reads of its time) */
	uint16_t *evk;            /* its kind: kinds[evk - 1], 0 other */
	uint32_t *evi;            /* explain only: its index in the store */
	int tz;
	struct rule_ix *rix;      /* per visit rule, what it looks up */
	int nrix;
	struct memo *memo;        /* calendar results that repeat */
};

/* What a visit rule looks up, found once: customer columns (index in
 * customers.csv, -1 if absent) and event kinds (0: none logged). */
struct rule_ix {
	int *match;               /* column of each match */
	int anchor, column, from, until;
	bool anchor_since;        /* anchor is the column since (the store
	                             has it parsed: customer.since) */
	uint16_t event, idle;
};

/* Calendar arithmetic is the same for every customer: remember it. */
#define MEMO_N 8192
struct memo {
	struct {
		const void *what;         /* a duration, or &memo_shift[dir] */
		cs_date d, result;
		int sign;
	} e[MEMO_N];
};
static const char memo_shift[3];

/* c's latest done visit if it had a low score (a follow-up), or 0. */
static uint32_t
fu_id(const struct sched_ix *ix, size_t c)
{
	const struct visit_days *vd = ix->vd;

	if (c >= vd->ncust || !vd->last_at || vd->last_at[c] == CS_NOTIME ||
	    !vd->last_low[c])
		return 0;
	return vd->last_id[c];
}

static cs_date
fu_date(const struct sched_ix *ix, size_t c)
{
	return time_date(ix->vd->last_at[c], ix->tz);
}

/* What one rule works with for one customer. */
struct rctx {
	struct sched *s;
	const struct visit_rule *r;
	const struct rule_ix *rx;
	int cust;
	const struct customer *c;
	cs_date lower, upper;     /* from/until bounds (DAY_MIN/DAY_MAX) */
	const char *lower_by, *upper_by; /* the columns that set them */
	cs_date from, to;         /* the range asked for */
	unsigned flags;
	struct sbuf head;         /* explain lines shared by its occurrences */
	int status;               /* first error */
};

const char *
occ_status_name(enum occ_status st)
{
	switch (st) {
	case OCC_UPCOMING:  return "upcoming";
	case OCC_DUE:       return "due";
	case OCC_OVERDUE:   return "overdue";
	case OCC_SATISFIED: return "done";
	case OCC_LATE:      return "done-late";
	case OCC_LAPSED:    return "lapsed";
	}
	return "?";
}

const char *
occ_what(const struct occurrence *o)
{
	return o->rule ? o->rule->name : "follow-up";
}

bool
occ_outstanding(const struct occurrence *o)
{
	return o->status == OCC_UPCOMING || o->status == OCC_DUE ||
	    o->status == OCC_OVERDUE;
}

/* ---- the per-customer index ------------------------------------------- */

/* First index in v[lo, hi) with v[i] >= d. */
static size_t
lower_bound(const cs_date *v, size_t lo, size_t hi, cs_date d)
{
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid] < d)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Code of an event kind among the kinds the rules name (1...), 0 if
 * none names it; kinds[] collects the names. */
static uint16_t
kind_code(const char **kinds, int *nkinds, const char *kind, bool add)
{
	for (int i = 0; i < *nkinds; i++)
		if (strcmp(kinds[i], kind) == 0)
			return (uint16_t)(i + 1);
	if (!add)
		return 0;
	kinds[(*nkinds)++] = kind;
	return (uint16_t)*nkinds;
}

/* Events per customer, in time order; those after now are not known yet.
 * kinds: the kinds the rules name (ix_rules). */
static void
ix_events(struct sched_ix *ix, const struct cs_store *st, cs_time now,
          const char **kinds, int nkinds, bool explain)
{
	size_t n = st->nevents ? st->nevents : 1;
	const char *prev = NULL;
	uint16_t pc = 0;
	uint32_t *fill;

	ix->eoff = xcalloc(ix->ncust + 1, sizeof *ix->eoff);
	for (size_t i = 0; i < st->nevents; i++)
		if (st->events[i].cust >= 0 &&
		    (size_t)st->events[i].cust < ix->ncust &&
		    st->events[i].at <= now)
			ix->eoff[st->events[i].cust + 1]++;
	for (size_t c = 0; c < ix->ncust; c++)
		ix->eoff[c + 1] += ix->eoff[c];
	if (ix->eoff[ix->ncust] < n)
		n = ix->eoff[ix->ncust] ? ix->eoff[ix->ncust] : 1;
	ix->evat = xcalloc(n, sizeof *ix->evat);
	ix->evk = xcalloc(n, sizeof *ix->evk);
	if (explain)
		ix->evi = xcalloc(n, sizeof *ix->evi);
	fill = xcalloc(ix->ncust + 1, sizeof *fill);
	memcpy(fill, ix->eoff, (ix->ncust + 1) * sizeof *fill);
	for (size_t i = 0; i < st->nevents; i++) {
		const struct event *e = &st->events[i];
		int c = e->cust;
		if (c < 0 || (size_t)c >= ix->ncust || e->at > now)
			continue;
		/* the kinds in the store's order (memory order); one copy of
		 * each kind: equal kinds, equal pointers */
		const char *k = event_kind(st, e);
		if (!prev || k != prev) {
			prev = k;
			pc = kind_code(kinds, &nkinds, prev, false);
		}
		ix->evat[fill[c]] = time_date(e->at, ix->tz);
		ix->evk[fill[c]] = pc;
		if (ix->evi)
			ix->evi[fill[c]] = (uint32_t)i;
		fill[c]++;
	}
	free(fill);
}

/* What each rule looks up; returns the kinds they name (*nkinds of
 * them), for ix_events. */
static const char **
ix_rules(struct sched_ix *ix, const struct cs_rules *r,
         const struct cs_store *st, int *nkinds_out)
{
	const struct csv_table *t = &st->customers_t;
	/* two kinds a rule at most */
	const char **kinds = xcalloc(2 * (size_t)r->nvisits + 1, sizeof *kinds);
	int nkinds = 0;

	ix->rix = xcalloc((size_t)r->nvisits + 1, sizeof *ix->rix);
	ix->nrix = r->nvisits;
	for (int k = 0; k < r->nvisits; k++) {
		const struct visit_rule *v = &r->visits[k];
		struct rule_ix *x = &ix->rix[k];
		x->match = xcalloc((size_t)v->nmatch + 1, sizeof *x->match);
		for (int i = 0; i < v->nmatch; i++)
			x->match[i] = csv_col(t, v->match[i].column);
		x->anchor = csv_col(t, v->anchor ? v->anchor : "since");
		x->anchor_since = x->anchor >= 0 &&
		    x->anchor == csv_col(t, "since");
		x->column = v->column ? csv_col(t, v->column) : -1;
		x->from = v->from_column ? csv_col(t, v->from_column) : -1;
		x->until = v->until_column ? csv_col(t, v->until_column) : -1;
		if (v->event)
			x->event = kind_code(kinds, &nkinds, v->event, true);
		if (v->idle_event)
			x->idle = kind_code(kinds, &nkinds, v->idle_event, true);
	}
	*nkinds_out = nkinds;
	return kinds;
}

static int
sched_start(struct sched *s, const struct cs_rules *r,
            const struct cs_store *st, cs_time now, bool explain)
{
	int nkinds;

	memset(s, 0, sizeof *s);
	s->rules = r;
	s->store = st;
	s->now = now;
	s->today = time_date(now, r->cal.tz_offset);
	s->explain = explain;
	s->ix = xcalloc(1, sizeof *s->ix);
	s->ix->ncust = st->ncustomers;
	s->ix->tz = r->cal.tz_offset;
	s->ix->memo = xcalloc(1, sizeof *s->ix->memo);
	const char **kinds = ix_rules(s->ix, r, st, &nkinds);
	ix_events(s->ix, st, now, kinds, nkinds, explain);
	free(kinds);
	return 0;
}

/* The done visits per customer (vd covers the store's customers). */
static int
ix_days(struct sched_ix *ix, const struct visit_days *vd)
{
	if (vd->ncust < ix->ncust) {
		cs_warn("visit log of %zu customers for %zu in customers.csv",
		    vd->ncust, ix->ncust);
		return CS_EX_SOFTWARE;
	}
	ix->vd = vd;
	ix->voff = vd->off;
	ix->vend = vd->end ? vd->end : vd->off + 1;
	ix->vdate = vd->date;
	return 0;
}

int
sched_init_days(struct sched *s, const struct cs_rules *r,
                const struct cs_store *st, const struct visit_days *vd,
                cs_time now, bool explain)
{
	int rc;

	sched_start(s, r, st, now, explain);
	if ((rc = ix_days(s->ix, vd)))
		sched_free(s);
	return rc;
}

void
sched_clear(struct sched *s)
{
	for (size_t i = 0; i < s->nocc; i++)
		free(s->occ[i].why);
	s->nocc = 0;
}

void
sched_free(struct sched *s)
{
	sched_clear(s);
	free(s->occ);
	if (s->ix) {
		for (int k = 0; k < s->ix->nrix; k++)
			free(s->ix->rix[k].match);
		free(s->ix->rix);
		free(s->ix->evk);
		free(s->ix->memo);
		free(s->ix->eoff);
		free(s->ix->evi);
		free(s->ix->evat);
		free(s->ix);
	}
	memset(s, 0, sizeof *s);
}

/* The k-th (0-based) done visit of cust on or after d, or CS_NODATE. */
static cs_date
done_from(const struct sched *s, int cust, cs_date d, int k)
{
	const struct sched_ix *ix = s->ix;
	size_t a = ix->voff[cust], b = ix->vend[cust];
	size_t i = lower_bound(ix->vdate, a, b, d) + (size_t)k;

	return i < b ? ix->vdate[i] : CS_NODATE;
}

/* ---- helpers ----------------------------------------------------------- */

/* An upper bound, in calendar days, of what a duration adds to a date
 * (working days stretched over weekends and the longest holidays). */
static int64_t
dur_days_max(const struct cs_duration *d)
{
	switch (d->unit) {
	case UNIT_MIN:
	case UNIT_HOUR:
		return 1;
	case UNIT_DAY:
		return d->clock == CLOCK_WORKING ? d->n * 2 + 14 : d->n;
	case UNIT_WEEK:
		return d->n * 7;
	case UNIT_MONTH:
		return d->n * 31;
	case UNIT_YEAR:
		return d->n * 366;
	}
	return d->n;
}

/* The memo slot for (what, d, sign). */
static size_t
memo_slot(const void *what, cs_date d, int sign)
{
	uint64_t h = (uint64_t)(uintptr_t)what * UINT64_C(0x9E3779B97F4A7C15) ^
	    (uint64_t)(uint32_t)d * UINT64_C(0xC2B2AE3D27D4EB4F) ^
	    (uint64_t)(sign + 2);
	return (size_t)((h ^ (h >> 29)) % MEMO_N);
}

static cs_date
add_dur(const struct sched *s, cs_date d, const struct cs_duration *dur,
        int sign, struct sbuf *why)
{
	struct memo *m = s->ix->memo;
	size_t k;
	cs_date e;

	if (why)
		return duration_add_date(&s->rules->cal, d, dur, sign,
		    CLOCK_CALENDAR, why);
	k = memo_slot(dur, d, sign);
	if (m->e[k].what == dur && m->e[k].d == d && m->e[k].sign == sign)
		return m->e[k].result;
	e = duration_add_date(&s->rules->cal, d, dur, sign, CLOCK_CALENDAR,
	    NULL);
	m->e[k].what = dur;
	m->e[k].d = d;
	m->e[k].sign = sign;
	m->e[k].result = e;
	return e;
}

/* cal_shift_day, remembered when there is nothing to explain. */
static cs_date
shift_day(const struct sched *s, cs_date d, int dir, struct sbuf *why)
{
	struct memo *m = s->ix->memo;
	const void *what = &memo_shift[dir + 1];
	size_t k;
	cs_date e;

	if (why || dir == 0)
		return cal_shift_day(&s->rules->cal, d, dir, why);
	k = memo_slot(what, d, dir);
	if (m->e[k].what == what && m->e[k].d == d && m->e[k].sign == dir)
		return m->e[k].result;
	e = cal_shift_day(&s->rules->cal, d, dir, NULL);
	m->e[k].what = what;
	m->e[k].d = d;
	m->e[k].sign = dir;
	m->e[k].result = e;
	return e;
}

/* d moved to a working day as the rule says, with the trace. */
static cs_date
shift_due(struct rctx *x, cs_date d, struct sbuf *why)
{
	cs_date e;

	if (x->r->shift == 0)
		return d;
	/* the calendar says what it skipped */
	e = shift_day(x->s, d, x->r->shift, why);
	return e;
}

static bool
rule_matches(const struct visit_rule *r, const struct rule_ix *rx,
             const struct customer *c)
{
	for (int i = 0; i < r->nmatch; i++) {
		const struct cs_match *m = &r->match[i];
		const char *v = customer_col(c, rx->match[i]);
		bool hit = false;
		for (int j = 0; j < m->nvalues && !hit; j++)
			hit = strcmp(v, m->values[j]) == 0;
		if (m->negate ? hit : !hit)
			return false;
	}
	return true;
}

/* customer_date with the column found already (col < 0: absent). */
static int
cust_date(const struct cs_store *st, const struct customer *c, int col,
          cs_date *out)
{
	const char *v = customer_col(c, col);

	*out = CS_NODATE;
	if (*v == '\0')
		return 0;
	if (date_parse(v, out) < 0) {
		/* as customer_date says it */
		cs_warn("%s:%ld: bad date \"%s\" in column %s (expected "
		    "YYYY-MM-DD)", st->customers_t.file, (long)c->line, v,
		    st->customers_t.cols[col]);
		*out = CS_NODATE;
		return -1;
	}
	return 0;
}

/* Date of the last event of kind code `kind` of cust on or before d, or
 * CS_NODATE. */
static cs_date
last_event(const struct sched *s, int cust, uint16_t kind, cs_date d)
{
	const struct sched_ix *ix = s->ix;

	if (!kind)
		return CS_NODATE;
	for (size_t i = ix->eoff[cust + 1]; i > ix->eoff[cust]; i--) {
		cs_date ed;
		if (ix->evk[i - 1] != kind)
			continue;
		ed = ix->evat[i - 1];
		if (ed <= d)
			return ed;
	}
	return CS_NODATE;
}

/* "event; since DATE" in an explanation (one static buffer). */
static const char *
xsince(const char *date)
{
	static char buf[64];

	snprintf(buf, sizeof buf, "event; since %s", date);
	return buf;
}

/* while_idle: does the condition hold on day d? */
static bool
idle_holds(struct rctx *x, cs_date d, struct sbuf *why)
{
	const struct visit_rule *r = x->r;
	char b1[32], b2[32], b3[32], b4[32];
	cs_date last, until;
	bool none;

	if (!r->idle_event)
		return true;
	last = last_event(x->s, x->cust, x->rx->idle, d);
	if ((none = last == CS_NODATE))
		last = x->c->since;
	if (last == CS_NODATE) {
		if (why)
			sb_addf(why, "while idle: no %s event and no since date: idle\n",
			    r->idle_event);
		return true;
	}
	until = add_dur(x->s, last, &r->idle_for, +1, NULL);
	if (why)
		sb_addf(why, "while idle: %s %s %s + %s = %s: %s on %s\n",
		    none ? "no" : "last", r->idle_event, none ?
		    xsince(date_format(last, b1)) : (const char *)date_format(last, b1),
		    duration_format(&r->idle_for, b3), date_format(until, b2),
		    until <= d ? "idle" : "not idle", date_format(d, b4));
	return until <= d;
}

/* How late an overdue occurrence is at the engine's now: the working
 * seconds since its window ended (the only thing in an occurrence that
 * depends on the time of day). */
static int64_t
occ_late(const struct sched *s, const struct occurrence *o)
{
	const struct cs_calendar *cal = &s->rules->cal;
	cs_time end = time_from_date_minute(o->latest + 1, 0, cal->tz_offset);
	int64_t late = cal_working_between(cal, end, s->now);

	return late < 0 ? 0 : late;
}

/* Decides the occurrence's status as of now: k is which done visit on or
 * after earliest does it (quota: the nth). */
static void
judge(struct sched *s, struct occurrence *o, int k, bool due_in_window,
      struct sbuf *why)
{
	char b1[32], b2[32];
	cs_date d = k < 0 ? CS_NODATE : done_from(s, o->cust, o->earliest, k);

	o->done = d;
	o->late = 0;
	if (d != CS_NODATE && d <= o->latest)
		o->status = OCC_SATISFIED;
	else if (d != CS_NODATE)
		o->status = OCC_LATE;
	else if (s->today > o->latest)
		o->status = OCC_OVERDUE;
	else if (s->today >= o->due || (due_in_window && s->today >= o->earliest))
		o->status = OCC_DUE;
	else
		o->status = OCC_UPCOMING;
	if (o->status == OCC_OVERDUE)
		o->late = occ_late(s, o);
	if (!why)
		return;
	sb_addf(why, "window %s..%s\n", date_format(o->earliest, b1),
	    date_format(o->latest, b2));
	if (o->status == OCC_SATISFIED || o->status == OCC_LATE) {
		if (k > 0)
			sb_addf(why, "done visit no. %d on or after %s: %s%s\n", k + 1,
			    date_format(o->earliest, b1), date_format(d, b2),
			    o->status == OCC_LATE ? " (late)" : "");
		else
			sb_addf(why, "done visit on %s%s\n", date_format(d, b1),
			    o->status == OCC_LATE ? " (late)" : "");
	} else if (k < 0) {
		/* a follow-up: open until the next done visit */
	} else if (k > 0) {
		const struct sched_ix *ix = s->ix;
		size_t b = ix->vend[o->cust];
		size_t have = b - lower_bound(ix->vdate, ix->voff[o->cust], b,
		    o->earliest);
		sb_addf(why, "%zu done visit%s since %s, %d needed\n", have,
		    have == 1 ? "" : "s", date_format(o->earliest, b1), k + 1);
	} else {
		sb_addf(why, "no done visit since %s\n",
		    date_format(o->earliest, b1));
	}
}

static void
drop(struct sbuf *why)
{
	if (why)
		sb_free(why);
}

/* Keeps o if it meets the range (or keep_open says so). */
static void
emit(struct rctx *x, struct occurrence *o, struct sbuf *why, bool keep_open)
{
	struct sched *s = x->s;

	if ((x->flags & SCHED_OUTSTANDING) && !occ_outstanding(o)) {
		drop(why);
		return;
	}
	if ((o->latest < x->from || o->earliest > x->to) &&
	    !(keep_open && (x->flags & SCHED_KEEP_OPEN) && occ_outstanding(o) &&
	      o->earliest <= x->to)) {
		drop(why);
		return;
	}
	if (why) {
		struct sbuf all = {0};
		sb_adds(&all, sb_str(&x->head));
		sb_adds(&all, sb_str(why));
		o->why = all.s;
		sb_free(why);
	}
	xgrow(&s->occ, &s->capocc, s->nocc + 1, sizeof *s->occ);
	s->occ[s->nocc++] = *o;
}

static void
occ_start(struct rctx *x, struct occurrence *o)
{
	memset(o, 0, sizeof *o);
	o->cust = x->cust;
	o->rule = x->r;
	o->of = 1;
	o->done = CS_NODATE;
}

/* Clips a non-quota occurrence to the bounds: false if its due day is
 * outside them. */
static bool
clip(struct rctx *x, struct occurrence *o, struct sbuf *why)
{
	char b1[32];

	if (o->due < x->lower || o->due > x->upper) {
		if (why)
			sb_addf(why, "due %s is outside the rule's bounds\n",
			    date_format(o->due, b1));
		return false;
	}
	if (o->earliest < x->lower) {
		o->earliest = x->lower;
		if (why)
			sb_addf(why, "window starts on %s (%s)\n",
			    date_format(x->lower, b1), x->lower_by);
	}
	if (o->latest > x->upper) {
		o->latest = x->upper;
		if (why)
			sb_addf(why, "window ends on %s (%s)\n",
			    date_format(x->upper, b1), x->upper_by);
	}
	if (o->latest < o->due)
		o->latest = o->due;
	if (o->earliest > o->due)
		o->earliest = o->due;
	return true;
}

/* ---- the five kinds ------------------------------------------------------ */

static void
gen_every(struct rctx *x)
{
	struct sched *s = x->s;
	const struct visit_rule *r = x->r;
	const struct sched_ix *ix = s->ix;
	size_t a = ix->voff[x->cust], b = ix->vend[x->cust], i;
	char b1[32], b2[32], b3[32];
	cs_date start, span;
	struct occurrence o;
	bool have = false;
	cs_date last_due = CS_NODATE;

	span = (cs_date)(dur_days_max(&r->every) +
	    (r->has_grace ? dur_days_max(&r->grace) : 0) + 31);
	i = lower_bound(ix->vdate, a, b, x->from - span);
	if (i == b && a < b)
		i = b - 1; /* the last visit always counts (its occurrence is open) */
	{
		/* from the anchor column (default since) until the first
		 * visit: when never visited, or first visited after it */
		const char *col = r->anchor ? r->anchor : "since";
		cs_date anchor = x->c->since;
		/* the store parsed since already (CS_NODATE: empty, or not
		 * parsed: then as any other column) */
		if ((!x->rx->anchor_since || anchor == CS_NODATE) &&
		    cust_date(s->store, x->c, x->rx->anchor, &anchor) < 0) {
			x->status = CS_EX_DATAERR;
			return;
		}
		if (anchor == CS_NODATE && a == b)
			return;
		if (anchor != CS_NODATE && (a == b || ix->vdate[a] > anchor)) {
			struct sbuf w = {0}, *why = s->explain ? &w : NULL;
			occ_start(x, &o);
			o.earliest = anchor;
			cs_date d = add_dur(s, anchor, &r->every, +1, why);
			if (why)
				sb_addf(why, "%s: %s %s + %s = %s\n",
				    a == b ? "never visited" : "before the first visit",
				    col, date_format(anchor, b1),
				    duration_format(&r->every, b3), date_format(d, b2));
			o.due = shift_due(x, d, why);
			o.latest = r->has_grace ?
			    add_dur(s, o.due, &r->grace, +1, why) : o.due;
			if (a == b) {
				last_due = o.due;
				have = true;
			}
			if (clip(x, &o, why) && idle_holds(x, o.earliest, why)) {
				judge(s, &o, 0, false, why);
				emit(x, &o, why, a == b);
			} else {
				drop(why);
			}
		}
	}
	for (; i < b; i++) {
		cs_date base = ix->vdate[i];
		if (i + 1 < b && ix->vdate[i + 1] == base)
			continue;
		struct sbuf w = {0}, *why = s->explain ? &w : NULL;
		occ_start(x, &o);
		o.earliest = base + 1;
		cs_date d = add_dur(s, base, &r->every, +1, why);
		if (why)
			sb_addf(why, "%s %s + %s = %s\n", i + 1 == b ?
			    "last done visit" : "done visit", date_format(base, b1),
			    duration_format(&r->every, b3), date_format(d, b2));
		o.due = shift_due(x, d, why);
		o.latest = r->has_grace ? add_dur(s, o.due, &r->grace, +1, why) :
		    o.due;
		last_due = o.due;
		have = true;
		if (o.earliest > x->to) {
			drop(why);
			return;
		}
		if (clip(x, &o, why) && idle_holds(x, o.earliest, why)) {
			judge(s, &o, 0, false, why);
			emit(x, &o, why, i + 1 == b);
		} else {
			drop(why);
		}
	}
	if (!have)
		return;
	/* Later ones, assuming each is done on its due day (and an overdue
	 * one today). */
	start = last_due > s->today ? last_due : s->today;
	for (int guard = 0; guard < 10000; guard++) {
		struct sbuf w = {0}, *why = s->explain ? &w : NULL;
		occ_start(x, &o);
		o.earliest = start + 1;
		if (o.earliest > x->to)
			break;
		cs_date d = add_dur(s, start, &r->every, +1, why);
		if (d <= start)
			break;
		if (why)
			sb_addf(why, "planned: %s + %s = %s (assuming the previous "
			    "visit is done by %s)\n", date_format(start, b1),
			    duration_format(&r->every, b3), date_format(d, b2), b1);
		o.due = shift_due(x, d, why);
		o.latest = r->has_grace ? add_dur(s, o.due, &r->grace, +1, why) :
		    o.due;
		start = o.due;
		if (o.due > x->upper) {
			drop(why);
			break;
		}
		if (clip(x, &o, why) && idle_holds(x, o.earliest, why)) {
			judge(s, &o, 0, false, why);
			emit(x, &o, why, false);
		} else {
			drop(why);
		}
	}
}

static void
gen_quota(struct rctx *x)
{
	struct sched *s = x->s;
	const struct visit_rule *r = x->r;
	char b1[32], b2[32];
	cs_date lo = x->from > x->lower ? x->from : x->lower;
	cs_date hi = x->to < x->upper ? x->to : x->upper;
	cs_date ps;

	if (lo > hi)
		return;
	if (r->has_grace)
		lo -= (cs_date)dur_days_max(&r->grace);
	for (ps = period_start(lo, r->per); ps <= hi;
	    ps = period_next(ps, r->per)) {
		cs_date pe = period_next(ps, r->per) - 1;
		cs_date e = ps > x->lower ? ps : x->lower;
		cs_date l = pe < x->upper ? pe : x->upper;
		cs_date due;
		if (e > l)
			continue;
		/* a period (or what the bounds leave of it) without a working
		 * day asks for nothing: Spring Festival week, a customer since
		 * Sunday */
		if (shift_day(s, l, -1, NULL) < e)
			continue;
		for (int n = 0; n < r->quota; n++) {
			struct sbuf w = {0}, *why = s->explain ? &w : NULL;
			struct occurrence o;
			occ_start(x, &o);
			o.nth = n;
			o.of = r->quota;
			o.earliest = e;
			if (why)
				sb_addf(why, "%s %s..%s: visit %d of %d\n",
				    period_name(r->per), date_format(ps, b1),
				    date_format(pe, b2), n + 1, r->quota);
			if (why && e > ps)
				sb_addf(why, "window starts on %s (%s)\n",
				    date_format(e, b1), x->lower_by);
			if (why && l < pe)
				sb_addf(why, "window ends on %s (%s)\n",
				    date_format(l, b1), x->upper_by);
			/* due: the last working day of its share of the
			 * period */
			cs_date len = l - e + 1;
			cs_date part = e + (cs_date)(((int64_t)len * (n + 1)) /
			    r->quota) - 1;
			struct sbuf sw = {0};
			due = shift_day(s, part, -1, why ? &sw : NULL);
			if (due < e) {
				due = part; /* no working day in its share */
			} else if (why) {
				sb_adds(why, sb_str(&sw));
			}
			sb_free(&sw);
			if (why)
				sb_addf(why, "due on the last working day by %s: %s\n",
				    date_format(part, b1), date_format(due, b2));
			o.due = due;
			o.latest = l;
			if (r->has_grace) {
				o.latest = add_dur(s, l, &r->grace, +1, why);
				if (o.latest > x->upper)
					o.latest = x->upper;
			}
			if (!idle_holds(x, o.earliest, why)) {
				drop(why);
				continue;
			}
			judge(s, &o, n, true, why);
			emit(x, &o, why, false);
		}
	}
}

static void
gen_after(struct rctx *x)
{
	struct sched *s = x->s;
	const struct visit_rule *r = x->r;
	const struct sched_ix *ix = s->ix;
	int tz = s->rules->cal.tz_offset;
	char b1[32], b2[32], b3[32], b4[32];
	cs_date prev = CS_NODATE;

	for (size_t i = ix->eoff[x->cust]; i < ix->eoff[x->cust + 1]; i++) {
		cs_date ed, d;
		struct occurrence o;
		if (!x->rx->event || ix->evk[i] != x->rx->event)
			continue;
		ed = ix->evat[i];
		if (ed == prev)
			continue; /* one visit for the events of one day */
		prev = ed;
		/* cheap range test before any work */
		if (ed > x->to || ed + dur_days_max(&r->delay) +
		    (r->has_grace ? dur_days_max(&r->grace) : 0) + 31 < x->from)
			continue;
		struct sbuf w = {0}, *why = s->explain ? &w : NULL;
		occ_start(x, &o);
		o.earliest = ed;
		if (why) {
			const struct event *ev = &s->store->events[ix->evi[i]];
			sb_addf(why, "%s event %s (events.csv:%ld)\n",
			    event_kind(s->store, ev),
			    time_format_short(ev->at, tz, b4), (long)ev->line);
		}
		d = add_dur(s, ed, &r->delay, +1, why);
		if (why)
			sb_addf(why, "%s + %s = %s\n", date_format(ed, b1),
			    duration_format(&r->delay, b3), date_format(d, b2));
		o.due = shift_due(x, d, why);
		o.latest = r->has_grace ? add_dur(s, o.due, &r->grace, +1, why) :
		    o.due;
		if (clip(x, &o, why) && idle_holds(x, o.earliest, why)) {
			judge(s, &o, 0, false, why);
			emit(x, &o, why, false);
		} else {
			drop(why);
		}
	}
}

static void
gen_before(struct rctx *x)
{
	struct sched *s = x->s;
	const struct visit_rule *r = x->r;
	char b1[32], b2[32], b3[32];
	cs_date col, due[16];
	int lead[16], n = r->nleads < 16 ? r->nleads : 16;
	struct sbuf lw[16];

	if (cust_date(s->store, x->c, x->rx->column, &col) < 0) {
		x->status = CS_EX_DATAERR;
		return;
	}
	if (col == CS_NODATE)
		return;
	for (int i = 0; i < n; i++) {
		struct sbuf *why = s->explain ? &lw[i] : NULL;
		cs_date d;
		memset(&lw[i], 0, sizeof lw[i]);
		d = add_dur(s, col, &r->leads[i], -1, why);
		if (why)
			sb_addf(why, "%s %s - %s = %s\n", r->column,
			    date_format(col, b1), duration_format(&r->leads[i], b3),
			    date_format(d, b2));
		due[i] = shift_due(x, d, why);
		lead[i] = i;
	}
	/* by due day, earliest first (leads may be written in any order) */
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && due[lead[j - 1]] > due[lead[j]]; j--) {
			int t = lead[j];
			lead[j] = lead[j - 1];
			lead[j - 1] = t;
		}
	for (int k = 0; k < n; k++) {
		int i = lead[k];
		struct sbuf *why = s->explain ? &lw[i] : NULL;
		struct occurrence o;
		occ_start(x, &o);
		o.nth = k;
		o.of = n;
		o.earliest = o.due = due[i];
		if (r->has_grace)
			o.latest = add_dur(s, o.due, &r->grace, +1, why);
		else if (k + 1 < n)
			o.latest = due[lead[k + 1]] - 1;
		else
			o.latest = col;
		if (o.latest < o.due)
			o.latest = o.due;
		if (why && !r->has_grace)
			sb_addf(why, "until %s\n", k + 1 < n ?
			    "the day before the next contact" : r->column);
		if (clip(x, &o, why) && idle_holds(x, o.earliest, why)) {
			judge(s, &o, 0, false, why);
			emit(x, &o, why, false);
		} else {
			drop(why);
		}
	}
}

static void
gen_dormant(struct rctx *x)
{
	struct sched *s = x->s;
	const struct visit_rule *r = x->r;
	const struct sched_ix *ix = s->ix;
	char b1[32], b2[32], b3[32];
	cs_date *base = NULL, since = x->c->since;
	size_t nb = 0, cap = 0;
	/* static: add_dur remembers results by the duration's address */
	static const struct cs_duration week = { 7, UNIT_DAY, CLOCK_CALENDAR };

	for (size_t i = ix->eoff[x->cust]; i < ix->eoff[x->cust + 1]; i++) {
		cs_date ed;
		if (!x->rx->event || ix->evk[i] != x->rx->event)
			continue;
		ed = ix->evat[i];
		if (nb > 0 && base[nb - 1] == ed)
			continue;
		xgrow(&base, &cap, nb + 1, sizeof *base);
		base[nb++] = ed;
	}
	bool from_since = nb == 0;
	if (nb == 0 && since != CS_NODATE) {
		xgrow(&base, &cap, nb + 1, sizeof *base);
		base[nb++] = since;
	}
	for (size_t j = 0; j < nb; j++) {
		cs_date next = j + 1 < nb ? base[j + 1] : CS_NODATE;
		cs_date start = add_dur(s, base[j], &r->delay, +1, NULL);
		struct occurrence o;
		if (next != CS_NODATE && next <= start)
			continue; /* another event came in time */
		struct sbuf w = {0}, *why = s->explain ? &w : NULL;
		occ_start(x, &o);
		if (why)
			sb_addf(why, "%s %s %s + %s = %s: idle from then\n",
			    from_since ? "no" : "last", r->event,
			    from_since ? xsince(date_format(base[j], b1)) :
			    (const char *)date_format(base[j], b1), duration_format(&r->delay, b3),
			    date_format(start, b2));
		o.earliest = start;
		o.due = shift_due(x, start, why);
		o.latest = add_dur(s, o.due, r->has_grace ? &r->grace : &week,
		    +1, why);
		if (!clip(x, &o, why) || !idle_holds(x, o.earliest, why)) {
			drop(why);
			continue;
		}
		judge(s, &o, 0, false, why);
		if (next != CS_NODATE && occ_outstanding(&o) && next <= s->today) {
			/* a new event ended the idle stretch first */
			o.status = OCC_LAPSED;
			o.late = 0;
			if (why)
				sb_addf(why, "lapsed: %s event on %s before any visit\n",
				    r->event, date_format(next, b1));
		}
		emit(x, &o, why, next == CS_NODATE);
	}
	free(base);
}

/* ---- bounds and the driver ------------------------------------------ */

/* Fills x->lower/upper; returns false if the rule does not apply to this
 * customer (a `from` column it has no date in). */
static bool
bounds(struct rctx *x)
{
	const struct visit_rule *r = x->r;
	struct sbuf *why = x->s->explain ? &x->head : NULL;
	char b1[32], b2[32], b3[32];
	cs_date d;

	x->lower = DAY_MIN;
	x->upper = DAY_MAX;
	if (r->from_column) {
		if (cust_date(x->s->store, x->c, x->rx->from, &d) < 0) {
			x->status = CS_EX_DATAERR;
			return false;
		}
		if (d == CS_NODATE)
			return false;
		x->lower = add_dur(x->s, d, &r->from_offset, +1, NULL);
		x->lower_by = r->from_column;
		if (why)
			sb_addf(why, "from %s %s + %s = %s\n", r->from_column,
			    date_format(d, b1), duration_format(&r->from_offset, b3),
			    date_format(x->lower, b2));
	}
	/* nothing is asked for before the customer was one */
	if (x->c->since != CS_NODATE && x->c->since > x->lower) {
		x->lower = x->c->since;
		x->lower_by = "since";
	}
	if (r->until_column) {
		if (cust_date(x->s->store, x->c, x->rx->until, &d) < 0) {
			x->status = CS_EX_DATAERR;
			return false;
		}
		if (d != CS_NODATE) {
			x->upper = add_dur(x->s, d, &r->until_offset, +1, NULL);
			x->upper_by = r->until_column;
			if (why)
				sb_addf(why, "until %s %s + %s = %s\n", r->until_column,
				    date_format(d, b1),
				    duration_format(&r->until_offset, b3),
				    date_format(x->upper, b2));
		}
	}
	return x->lower <= x->upper;
}

static void
describe_rule(const struct visit_rule *r, struct sbuf *b)
{
	char b1[32];

	sb_addf(b, "rule %s: ", r->name);
	switch (r->kind) {
	case VISIT_EVERY:
		sb_addf(b, "every %s since the last done visit",
		    duration_format(&r->every, b1));
		break;
	case VISIT_QUOTA:
		sb_addf(b, "%d per %s", r->quota, period_name(r->per));
		break;
	case VISIT_AFTER:
		sb_addf(b, "%s after each %s", duration_format(&r->delay, b1),
		    r->event);
		break;
	case VISIT_BEFORE:
		for (int i = 0; i < r->nleads; i++)
			sb_addf(b, "%s%s", i ? ", " : "",
			    duration_format(&r->leads[i], b1));
		sb_addf(b, " before %s", r->column);
		break;
	case VISIT_DORMANT:
		sb_addf(b, "once when no %s for %s", r->event,
		    duration_format(&r->delay, b1));
		break;
	}
	if (r->has_grace)
		sb_addf(b, ", grace %s", duration_format(&r->grace, b1));
	if (r->kind != VISIT_QUOTA)
		sb_addf(b, ", shift %s", r->shift > 0 ? "later" :
		    r->shift < 0 ? "earlier" : "none");
	sb_addc(b, '\n');
}

static void
gen_followup(struct sched *s, int cust)
{
	const struct cs_calendar *cal = &s->rules->cal;
	struct sbuf w = {0}, *why = s->explain ? &w : NULL;
	struct occurrence o;
	char b1[32], b2[32];

	memset(&o, 0, sizeof o);
	o.cust = cust;
	o.of = 1;
	o.done = CS_NODATE;
	o.visit = fu_id(s->ix, (size_t)cust);
	o.earliest = fu_date(s->ix, (size_t)cust);
	if (why)
		sb_addf(why, "follow-up: visit %s on %s has a score <= %d and no "
		    "done visit since\n", visit_id_format(o.visit, b2),
		    date_format(o.earliest, b1), s->rules->low_score);
	o.due = cal_add_working_days_date(cal, o.earliest, 1, why);
	if (why)
		sb_addf(why, "due 1 working day after it: %s\n",
		    date_format(o.due, b1));
	o.latest = o.due;
	judge(s, &o, -1, true, why);
	if (why)
		o.why = w.s;
	xgrow(&s->occ, &s->capocc, s->nocc + 1, sizeof *s->occ);
	s->occ[s->nocc++] = o;
}

/* The occurrences of customer c (sched_range's loop body). */
static int
sched_cust(struct sched *s, size_t c, cs_date from, cs_date to,
           unsigned flags)
{
	const struct customer *cu = &s->store->customers[c];

	for (int k = 0; k < s->rules->nvisits; k++) {
		const struct visit_rule *r = &s->rules->visits[k];
		struct rctx x;
		if (!rule_matches(r, &s->ix->rix[k], cu))
			continue;
		memset(&x, 0, sizeof x);
		x.s = s;
		x.r = r;
		x.rx = &s->ix->rix[k];
		x.cust = (int)c;
		x.c = cu;
		x.from = from;
		x.to = to;
		x.flags = flags;
		if (s->explain)
			describe_rule(r, &x.head);
		if (bounds(&x)) {
			switch (r->kind) {
			case VISIT_EVERY:   gen_every(&x);   break;
			case VISIT_QUOTA:   gen_quota(&x);   break;
			case VISIT_AFTER:   gen_after(&x);   break;
			case VISIT_BEFORE:  gen_before(&x);  break;
			case VISIT_DORMANT: gen_dormant(&x); break;
			}
		}
		sb_free(&x.head);
		if (x.status)
			return x.status; /* said why already */
	}
	if ((flags & SCHED_FOLLOWUPS) && fu_id(s->ix, c))
		gen_followup(s, (int)c);
	return 0;
}

int
sched_range(struct sched *s, cs_date from, cs_date to, unsigned flags)
{
	int rc;

	for (size_t c = 0; c < s->store->ncustomers; c++)
		if ((rc = sched_cust(s, c, from, to, flags)) != 0)
			return rc;
	return 0;
}

int
sched_customer(struct sched *s, size_t c, cs_date from, cs_date to,
               unsigned flags)
{
	sched_clear(s);
	return sched_cust(s, c, from, to, flags);
}

/* ---- the due checkpoint ------------------------------------------------ */

/* DIR/.cs-cache/due: what sched_range found for each customer on one day
 * (its date in the rules' timezone), for one range and flags, with a hash
 * of everything the engine reads of that customer (its done visits, its
 * latest one, its events up to now).  A run on the same day takes a
 * customer's occurrences from it when the hash still holds and computes
 * only the others: those the rows appended since touched.  How late an
 * overdue one is depends on the time of day: computed, never kept.  The
 * rules, customers.csv and staff.csv are in the checkpoint's deps; it is
 * marked with visits.csv as it was (another file, a shorter or rewritten
 * one: not used). */
#define DUE_CKPT "due"

struct due_key {
	uint64_t ncust;
	int32_t today, from, to, tz;
	uint32_t flags, nrules;
	uint64_t nocc;
};

struct due_occ {
	int16_t rule;             /* index, -1 a follow-up */
	uint8_t status, pad;
	int32_t nth, of;
	int32_t earliest, due, latest, done;
	uint32_t visit;
};

/* An occurrence as the checkpoint keeps it (q->cust is where it is). */
static void
occ_pack(const struct sched *s, const struct occurrence *q,
         struct due_occ *o)
{
	memset(o, 0, sizeof *o);
	o->rule = q->rule ? (int16_t)(q->rule - s->rules->visits) : -1;
	o->nth = q->nth;
	o->of = q->of;
	o->earliest = q->earliest;
	o->due = q->due;
	o->latest = q->latest;
	o->done = q->done;
	o->visit = q->visit;
	o->status = (uint8_t)q->status;
}

/* How late an overdue one is depends only on its latest day (and now):
 * remembered for the days seen last. */
struct late_memo {
	cs_date day[256];
	int64_t late[256];
};

static void
late_memo_init(struct late_memo *lm)
{
	for (int i = 0; i < 256; i++)
		lm->day[i] = CS_NODATE;
}

/* The occurrence of customer cust that occ_pack kept as q (how late an
 * overdue one is: computed now). */
static void
occ_unpack(const struct sched *s, const struct due_occ *q, int cust,
           struct occurrence *o, struct late_memo *lm)
{
	memset(o, 0, sizeof *o);
	o->cust = cust;
	o->rule = q->rule < 0 ? NULL : &s->rules->visits[q->rule];
	o->nth = q->nth;
	o->of = q->of;
	o->earliest = q->earliest;
	o->due = q->due;
	o->latest = q->latest;
	o->done = q->done;
	o->visit = q->visit;
	o->status = (enum occ_status)q->status;
	if (o->status == OCC_OVERDUE) {
		unsigned k = (unsigned)o->latest & 255;
		if (lm->day[k] != o->latest) {
			lm->day[k] = o->latest;
			lm->late[k] = occ_late(s, o);
		}
		o->late = lm->late[k];
	}
}

/* Runs sched_cust for c, noting in *noted whether it looked up a working
 * day past the calendar's years (cal_warn_beyond), as it does for the
 * whole run. */
static int
cust_noted(struct sched *s, size_t c, cs_date from, cs_date to,
           unsigned flags, uint8_t *noted)
{
	struct cal_beyond *cb = s->rules->cal.beyond;
	bool was = cb && cb->seen;
	int rc;

	if (cb)
		cb->seen = false;
	rc = sched_cust(s, c, from, to, flags);
	*noted = cb && cb->seen;
	if (cb)
		cb->seen = was || cb->seen;
	return rc;
}

/* cache_hash's step over n bytes at p, without its finishing: a
 * customer's few pieces summed as one. */
static inline uint64_t
sum_step(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	uint64_t w;

	h ^= (uint64_t)n * UINT64_C(0xC2B2AE3D27D4EB4F);
	for (; n >= 8; b += 8, n -= 8) {
		memcpy(&w, b, 8);
		h = (h ^ w) * UINT64_C(0x9E3779B97F4A7C15);
		h ^= h >> 31;
	}
	w = 0;
	if (n)
		memcpy(&w, b, n);
	h = (h ^ w ^ ((uint64_t)n << 56)) * UINT64_C(0x9E3779B97F4A7C15);
	return h ^ h >> 31;
}

/* What the engine reads of customer c, hashed (each piece's length
 * mixed in before it: pieces of other lengths sum otherwise). */
static uint64_t
cust_sum(const struct sched *s, size_t c)
{
	const struct sched_ix *ix = s->ix;
	const struct visit_days *vd = ix->vd;
	uint64_t h = ((uint64_t)c + 1) * UINT64_C(0xC2B2AE3D27D4EB4F);
	struct {
		int64_t at;
		uint32_t id, low;
	} last = {0, 0, 0};

	h = sum_step(h, ix->vdate + ix->voff[c],
	    (ix->voff[c + 1] - ix->voff[c]) * sizeof *ix->vdate);
	if (c < vd->ncust) {
		last.at = vd->last_at[c];
		last.id = vd->last_id[c];
		last.low = vd->last_low[c];
	}
	h = sum_step(h, &last, sizeof last);
	if (ix->eoff[c + 1] > ix->eoff[c]) {
		h = sum_step(h, ix->evat + ix->eoff[c],
		    (ix->eoff[c + 1] - ix->eoff[c]) * sizeof *ix->evat);
		h = sum_step(h, ix->evk + ix->eoff[c],
		    (ix->eoff[c + 1] - ix->eoff[c]) * sizeof *ix->evk);
	}
	return cache_hash(&h, sizeof h, 0);
}

static void
due_key_make(const struct sched *s, cs_date from, cs_date to,
             unsigned flags, struct due_key *k)
{
	memset(k, 0, sizeof *k);
	k->ncust = s->store->ncustomers;
	k->today = s->today;
	k->from = from;
	k->to = to;
	k->tz = s->rules->cal.tz_offset;
	k->flags = flags;
	k->nrules = (uint32_t)s->rules->nvisits;
}

/* Why a checkpoint's key does not hold, or NULL. */
static const char *
due_key_differs(const struct due_key *was, const struct due_key *k)
{
	if (was->ncust != k->ncust || was->tz != k->tz ||
	    was->nrules != k->nrules)
		return "other customers or rules";
	if (was->today != k->today)
		return "made on another day";
	if (was->from != k->from || was->to != k->to || was->flags != k->flags)
		return "another range (--since, --within)";
	return NULL;
}

/* The checkpoint: the key, then each customer's hash, its first
 * occurrence's index, its noted flag (padded to 8 bytes), then the
 * occurrences. */
static size_t
due_head(size_t n)
{
	return (n * sizeof(uint64_t) + (n + 1) * sizeof(uint32_t) + n + 7) &
	    ~(size_t)7;
}

static void
due_save(const struct sched *s, const char *dir, uint64_t deps, int fd,
         const struct due_key *key0, const uint64_t *sum,
         const uint8_t *noted)
{
	size_t n = s->store->ncustomers, len;
	struct due_key key = *key0;
	struct cache_mark m;
	struct stat sb;
	char *blob, *p;
	uint32_t *first;
	struct due_occ *o;

	if (fstat(fd, &sb) != 0 ||
	    cache_mark_make(fd, (int64_t)sb.st_size, 1, &m) != 0)
		return;
	key.nocc = s->nocc;
	len = sizeof key + due_head(n) + s->nocc * sizeof *o;
	p = blob = xcalloc(1, len);
	memcpy(p, &key, sizeof key);
	p += sizeof key;
	memcpy(p, sum, n * sizeof *sum);
	p += n * sizeof *sum;
	first = (uint32_t *)(void *)p;
	p += (n + 1) * sizeof *first;
	memcpy(p, noted, n);
	o = (struct due_occ *)(void *)(blob + sizeof key + due_head(n));
	for (size_t c = 0, i = 0; c <= n; c++) {
		first[c] = (uint32_t)i;
		for (; i < s->nocc && (size_t)s->occ[i].cust == c; i++)
			occ_pack(s, &s->occ[i], &o[i]);
	}
	ckpt_write(dir, DUE_CKPT, CACHE_DUE, deps, &m, blob, len);
	free(blob);
}

/* The checkpoint's occurrences, taken as they are used. */
struct occ_stream {
	struct ckpt_in in;
	struct cache_mark m;
	size_t left, at, n;
	struct due_occ buf[4096];
	struct late_memo late;
};

/* The next one, or NULL (cannot be read, or out of range: not used). */
static const struct due_occ *
occ_next(const struct sched *s, struct occ_stream *os)
{
	const struct due_occ *o;

	if (os->at == os->n) {
		size_t k = os->left < 4096 ? os->left : 4096;
		if (k == 0 || ckpt_take(&os->in, os->buf, k * sizeof *os->buf))
			return NULL;
		os->left -= k;
		os->at = 0;
		os->n = k;
	}
	o = &os->buf[os->at++];
	if (o->rule < -1 || o->rule >= s->rules->nvisits ||
	    o->status > OCC_LAPSED)
		return NULL;
	return o;
}

/* The checkpoint's hashes, firsts and noted flags (one block, malloc'd)
 * if it is sound for key, its occurrences left in os; else NULL (and the
 * trace says why). */
static char *
due_open(const struct sched *s, const char *dir, uint64_t deps, int fd,
         const struct due_key *key, struct occ_stream *os,
         const uint64_t **sum, const uint32_t **first, const uint8_t **noted)
{
	size_t n = s->store->ncustomers, len, head;
	struct due_key was;
	const char *why;
	uint64_t id;
	char *blob = NULL;

	if (ckpt_open(&os->in, dir, DUE_CKPT, CACHE_DUE, deps, fd, &os->m,
	    &len, &id) != 0)
		return NULL;
	why = "damaged";
	if (len < sizeof was || ckpt_take(&os->in, &was, sizeof was) != 0)
		goto fail;
	if ((why = due_key_differs(&was, key)) != NULL)
		goto fail;
	why = "damaged";
	head = due_head(n);
	if (was.nocc > UINT32_MAX || len != sizeof was + head +
	    was.nocc * sizeof(struct due_occ))
		goto fail;
	blob = xmalloc(head);
	if (ckpt_take(&os->in, blob, head) != 0)
		goto fail;
	*sum = (const uint64_t *)(void *)blob;
	*first = (const uint32_t *)(void *)(blob + n * sizeof **sum);
	*noted = (const uint8_t *)(*first + n + 1);
	for (size_t c = 0; c < n; c++)
		if ((*first)[c] > (*first)[c + 1])
			goto fail;
	if ((*first)[0] != 0 || (*first)[n] != was.nocc)
		goto fail;
	os->left = (size_t)was.nocc;
	os->at = os->n = 0;
	return blob;
fail:
	ckpt_abandon(&os->in);
	cache_trace("%s: not used: %s", DUE_CKPT, why);
	free(blob);
	return NULL;
}

int
sched_range_cached(struct sched *s, const char *dir, cs_date from,
                   cs_date to, unsigned flags)
{
	size_t n = s->store->ncustomers, ndirty = 0, nocc0 = s->nocc;
	const uint64_t *was = NULL;
	const uint32_t *first = NULL;
	const uint8_t *was_noted = NULL;
	struct cal_beyond *cb = s->rules->cal.beyond;
	bool seen = cb && cb->seen, blob_bad = false;
	struct occ_stream *os;
	uint8_t *noted;
	struct due_key key;
	struct stat sb;
	uint64_t *sum, deps;
	char *path, *blob = NULL;
	int fd, rc = 0;

	if (cache_off || s->explain || s->rules->nvisits > INT16_MAX)
		return sched_range(s, from, to, flags);
	path = path_join(dir, "visits.csv");
	fd = open(path, O_RDONLY | O_CLOEXEC);
	free(path);
	if (fd < 0 || fstat(fd, &sb) != 0 || sb.st_size < cache_min_bytes()) {
		if (fd >= 0)
			close(fd);
		return sched_range(s, from, to, flags);
	}
	deps = cache_deps(dir, s->rules, CACHE_DUE);
	due_key_make(s, from, to, flags, &key);
	sum = xcalloc(n + 1, sizeof *sum);
	noted = xcalloc(n + 1, 1);
	os = xmalloc(sizeof *os);
	late_memo_init(&os->late);
	for (size_t c = 0; c < n; c++)
		sum[c] = cust_sum(s, c);
	blob = due_open(s, dir, deps, fd, &key, os, &was, &first, &was_noted);
	if (blob)
		xgrow(&s->occ, &s->capocc, s->nocc + first[n], sizeof *s->occ);
again:
	for (size_t c = 0; c < n && rc == 0; c++) {
		bool keep = blob && was[c] == sum[c];
		if (!keep) {
			ndirty++;
			rc = cust_noted(s, c, from, to, flags, &noted[c]);
		} else {
			if ((noted[c] = was_noted[c]) != 0 && cb)
				cb->seen = true;
			xgrow(&s->occ, &s->capocc, s->nocc + (first[c + 1] -
			    first[c]), sizeof *s->occ);
		}
		/* c's occurrences in the checkpoint: taken, kept or not */
		for (uint32_t i = blob ? first[c] : 0; blob && i < first[c + 1];
		    i++) {
			const struct due_occ *o = occ_next(s, os);
			if (!o) {
				ckpt_abandon(&os->in);
				cache_trace("%s: not used: damaged", DUE_CKPT);
				blob_bad = true;
				break;
			}
			if (keep)
				occ_unpack(s, o, (int)c, &s->occ[s->nocc++],
				    &os->late);
		}
		if (blob_bad)
			break;
	}
	if (blob && !blob_bad && rc == 0 && ckpt_done(&os->in, &os->m) != 0)
		blob_bad = true;
	else if (blob && !blob_bad)
		ckpt_abandon(&os->in);
	if (blob_bad) {
		/* what was taken from it is not to be trusted: all again,
		 * without it */
		free(blob);
		blob = NULL;
		blob_bad = false;
		for (size_t i = nocc0; i < s->nocc; i++)
			free(s->occ[i].why);
		s->nocc = nocc0;
		if (cb)
			cb->seen = seen;
		ndirty = 0;
		rc = 0;
		goto again;
	}
	if (blob)
		cache_trace("%s: customers computed: %zu of %zu", DUE_CKPT, ndirty,
		    n);
	else
		cache_trace("%s: computing all %zu customers", DUE_CKPT, n);
	/* Writing it costs as much as computing an eighth of the customers:
	 * until that many differ, the one there serves (what it covers only
	 * grows with what was appended since). */
	if (rc == 0 && ndirty > 0 && (!blob || ndirty >= n / 8))
		due_save(s, dir, deps, fd, &key, sum, noted);
	else if (rc == 0 && ndirty > 0)
		cache_trace("%s: kept: %zu customers differ", DUE_CKPT, ndirty);
	free(blob);
	free(sum);
	free(noted);
	free(os);
	close(fd);
	return rc;
}
