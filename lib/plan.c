/* plan.c - the visit plan: every outstanding occurrence of a period placed
 * on a working day and given to a staff member, within each person's
 * daily capacity (DOMAIN.md V12: balanced load).
 *
 * The algorithm, deterministic (the same inputs give the same plan):
 *  1. Take the outstanding occurrences (not follow-ups) whose window meets
 *     the period; sort them: fixed-day kinds before quotas, quotas with
 *     fewer days (2.) first, then by latest day, due day, customer id,
 *     rule order, nth, so the most constrained are placed first.
 *  2. Each one's days: the working days of its window clipped to the
 *     period and to today onward (a quota visit n of N per period: the
 *     n-th N-th of the period, so the N visits spread).
 *  3. On a day, the visit goes to the customer's owner if active with
 *     capacity left that day, else to the active colleague of the owner's
 *     team (all active staff if the owner is unknown or has no team) with
 *     capacity left: specialists first, then the fewest visits that day,
 *     then the lowest id.
 *  4. A visit already planned for the customer on a day of its days
 *     (another rule's) does this one too: same day and person, no load.
 *  5. Otherwise the day.  Other kinds: the due day, else the nearest day
 *     someone can take it (earlier first on ties).  Quotas: the quota
 *     visits of one owner over the same days are numbered (in the order
 *     of 1.); visit i of n targets the middle of the i-th n-th of those
 *     working days; the day is the one where the owner has the fewest
 *     visits (days only a colleague can take come after, by that one's
 *     load), nearest the target on ties: quota visits spread evenly.
 *  6. A visit that fits nowhere stays in the plan, unplaced, with the day
 *     it wanted and why. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdlib.h>
#include <string.h>

#include "cs.h"

#define PLAN_MAX_DAYS 3660

struct placer {
	struct plan *p;
	const struct cs_store *st;
	bool *spec;        /* staff i is a specialist */
	cs_date *days;     /* scratch: candidate days */
	bool *work;        /* the period's days: a working day (the calendar
	                      asked once a day, not once a visit and day) */
	int *first;        /* per customer: its last placed item, or -1 */
	int *next;         /* per item: the customer's placed item before it */
	/* per customer of the plan, found once (not once an item: the
	 * customers' rows are all over memory): */
	int *owner;        /* its owner's staff index, or -1 */
	int32_t *rank;     /* its place in the order of the ids */
};

static int
load_of(const struct placer *pl, int staff, cs_date d)
{
	return pl->p->load[(size_t)staff * (size_t)pl->p->ndays +
	    (size_t)(d - pl->p->from)];
}

static bool
can_take(const struct placer *pl, int staff, cs_date d)
{
	const struct staffer *sf = &pl->st->staff[staff];

	return sf->active && sf->capacity > 0 &&
	    load_of(pl, staff, d) < sf->capacity;
}

/* Who takes a visit of cust on day d: the owner, else the best colleague;
 * -1 if nobody has capacity. */
static int
taker(const struct placer *pl, int owner, cs_date d)
{
	const struct cs_store *st = pl->st;
	const char *team = owner >= 0 ? st->staff[owner].team : NULL;
	int best = -1;

	if (owner >= 0 && can_take(pl, owner, d))
		return owner;
	if (team && !*team)
		team = NULL;
	for (size_t i = 0; i < st->nstaff; i++) {
		int k = (int)i;
		if (k == owner || !can_take(pl, k, d))
			continue;
		if (team && strcmp(st->staff[i].team, team) != 0)
			continue;
		if (best < 0) {
			best = k;
			continue;
		}
		if (pl->spec[k] != pl->spec[best]) {
			if (pl->spec[k])
				best = k;
			continue;
		}
		int lk = load_of(pl, k, d), lb = load_of(pl, best, d);
		if (lk < lb || (lk == lb &&
		    strcmp(st->staff[i].id, st->staff[best].id) < 0))
			best = k;
	}
	return best;
}

/* Whether nobody who could take a visit of owner's customers (see taker)
 * is active with a capacity: then a full day is not why it is unplaced.
 * *team: the owner's team, or NULL (everybody). */
static bool
nobody_active(const struct placer *pl, int owner, const char **team)
{
	const struct cs_store *st = pl->st;
	const char *t = owner >= 0 ? st->staff[owner].team : NULL;

	*team = t && *t ? t : NULL;
	for (size_t i = 0; i < st->nstaff; i++) {
		const struct staffer *sf = &st->staff[i];
		if ((int)i != owner && *team && strcmp(sf->team, *team) != 0)
			continue;
		if (sf->active && sf->capacity > 0)
			return false;
	}
	return true;
}

static int
rule_index(const struct plan *p, const struct visit_rule *r)
{
	return r ? (int)(r - p->rules->visits) : -1;
}

static const struct plan *sort_plan;
static const struct placer *sort_placer;
static void window(const struct placer *pl, const struct occurrence *o,
                   cs_date *lo, cs_date *hi);

static int
cmp_occ(const void *a, const void *b)
{
	const struct occurrence *x = *(const struct occurrence *const *)a;
	const struct occurrence *y = *(const struct occurrence *const *)b;
	bool qx = x->rule->kind == VISIT_QUOTA, qy = y->rule->kind == VISIT_QUOTA;
	int c;

	if (qx != qy)
		return qx ? 1 : -1;
	if (qx) {
		/* quotas with fewer days first: a week's before a month's */
		cs_date xl, xh, yl, yh;
		window(sort_placer, x, &xl, &xh);
		window(sort_placer, y, &yl, &yh);
		if (xh - xl != yh - yl)
			return xh - xl < yh - yl ? -1 : 1;
	}
	if (x->latest != y->latest)
		return x->latest < y->latest ? -1 : 1;
	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	if (x->cust != y->cust)
		return sort_placer->rank[x->cust] < sort_placer->rank[y->cust] ?
		    -1 : 1;
	c = rule_index(sort_plan, x->rule) - rule_index(sort_plan, y->rule);
	if (c)
		return c;
	if (x->nth != y->nth)
		return x->nth - y->nth;
	return x->earliest < y->earliest ? -1 : x->earliest > y->earliest;
}

static int
cmp_item(const void *a, const void *b)
{
	const struct plan_item *x = a, *y = b;
	const struct cs_store *st = sort_plan->store;
	int c;

	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	if ((x->staff < 0) != (y->staff < 0))
		return x->staff < 0 ? 1 : -1;
	if (x->staff >= 0 && x->staff != y->staff) {
		c = strcmp(st->staff[x->staff].id, st->staff[y->staff].id);
		if (c)
			return c;
	}
	if (x->occ->cust != y->occ->cust)
		return sort_placer->rank[x->occ->cust] <
		    sort_placer->rank[y->occ->cust] ? -1 : 1;
	c = rule_index(sort_plan, x->occ->rule) -
	    rule_index(sort_plan, y->occ->rule);
	if (c)
		return c;
	if (x->occ->nth != y->occ->nth)
		return x->occ->nth - y->occ->nth;
	return x->occ->due < y->occ->due ? -1 : x->occ->due > y->occ->due;
}

static cs_date
clamp(cs_date d, cs_date lo, cs_date hi)
{
	return d < lo ? lo : d > hi ? hi : d;
}

/* The days an occurrence may be placed on: its window (visit n of a quota
 * of N: the n-th N-th of it) inside the period, from today on. */
static void
window(const struct placer *pl, const struct occurrence *o, cs_date *lo,
       cs_date *hi)
{
	*lo = o->earliest;
	*hi = o->latest;
	if (o->rule && o->rule->kind == VISIT_QUOTA && o->of > 1) {
		int64_t len = (int64_t)o->latest - o->earliest + 1;
		cs_date a = o->earliest + (cs_date)(len * o->nth / o->of);
		cs_date b = o->earliest + (cs_date)(len * (o->nth + 1) / o->of) - 1;
		if (b >= a) {
			*lo = a;
			*hi = b;
		}
	}
	if (*lo < pl->p->from)
		*lo = pl->p->from;
	if (*lo < pl->p->today)
		*lo = pl->p->today;
	if (*hi > pl->p->to)
		*hi = pl->p->to;
}

static int
owner_of(const struct placer *pl, const struct occurrence *o)
{
	return pl->owner[o->cust];
}

static const struct cs_store *sort_store;

static int
cmp_cust_id(const void *a, const void *b)
{
	return strcmp(customer_id(sort_store,
	    &sort_store->customers[*(const int *)a]), customer_id(sort_store,
	    &sort_store->customers[*(const int *)b]));
}

/* Each customer's owner and rank (pl->owner, pl->rank) for those with
 * occurrences (p->occ: in the order of the customers). */
static void
customers_of(struct placer *pl)
{
	const struct plan *p = pl->p;
	const struct cs_store *st = pl->st;
	size_t n = 0, nc = st->ncustomers ? st->ncustomers : 1;
	int *cs = xmalloc(nc * sizeof *cs);

	pl->owner = xmalloc(nc * sizeof *pl->owner);
	pl->rank = xmalloc(nc * sizeof *pl->rank);
	for (size_t i = 0; i < p->nocc; i++) {
		int c = p->occ[i].cust;
		const struct customer *cu = &st->customers[c];
		if (n > 0 && cs[n - 1] == c)
			continue;
		cs[n++] = c;
		const char *owner = customer_owner(st, cu);
		pl->owner[c] = *owner ? store_staff(st, owner) : -1;
	}
	sort_store = st;
	qsort(cs, n, sizeof *cs, cmp_cust_id);
	for (size_t k = 0; k < n; k++)
		pl->rank[cs[k]] = (int32_t)k;
	free(cs);
}

/* Places one occurrence; fills it.  A quota visit is the slot-th of
 * nslot quota visits of the same owner and days: its target is the middle
 * of its share of those working days. */
static void
place(struct placer *pl, const struct occurrence *o, int slot, int nslot,
      struct plan_item *it)
{
	struct plan *p = pl->p;
	const bool *work = pl->work;  /* [lo, hi] is in the period */
	int owner = owner_of(pl, o);
	cs_date lo, hi, target;
	int nd = 0, best = -1, bestday = -1, bk0 = 0, bk1 = 0;
	bool quota = o->rule && o->rule->kind == VISIT_QUOTA;

	it->occ = o;
	it->staff = -1;
	it->reason = NULL;
	it->team = NULL;
	it->joined = false;
	window(pl, o, &lo, &hi);
	if (lo > hi) {
		it->date = clamp(o->due, p->from, p->to);
		it->reason = o->latest < pl->p->today ?
		    N_("window already passed") : N_("no day in the period");
		return;
	}
	target = clamp(o->due, lo, hi);
	if (quota) {
		int nwork = 0, want;
		for (cs_date d = lo; d <= hi; d++)
			nwork += work[d - p->from];
		want = (int)(((int64_t)slot * 2 + 1) * nwork / (2 * (int64_t)nslot));
		for (cs_date d = lo; d <= hi; d++)
			if (work[d - p->from] && want-- == 0)
				target = d;
	}
	/* candidate days, nearest the target first (earlier on ties) */
	for (cs_date k = 0; k <= hi - lo; k++) {
		cs_date d1 = target - k, d2 = target + k;
		if (d1 >= lo && work[d1 - p->from])
			pl->days[nd++] = d1;
		if (k > 0 && d2 <= hi && work[d2 - p->from])
			pl->days[nd++] = d2;
	}
	if (nd == 0) {
		it->date = target;
		it->reason = N_("no working day in its window");
		return;
	}
	it->date = pl->days[0];
	/* a visit already planned for the customer on one of these days does
	 * this one too */
	for (int k = pl->first[o->cust]; k >= 0; k = pl->next[k]) {
		const struct plan_item *other = &p->items[k];
		if (other->staff >= 0 && other->date >= lo && other->date <= hi &&
		    other->occ->rule != o->rule) {
			it->date = other->date;
			it->staff = other->staff;
			it->joined = true;
			return;
		}
	}
	for (int i = 0; i < nd; i++) {
		cs_date d = pl->days[i];
		int who = taker(pl, owner, d);
		if (who < 0)
			continue;
		if (!quota) {
			/* the first day someone can take it */
			best = who;
			bestday = i;
			break;
		}
		/* quota: the owner's least loaded day, then a colleague's */
		int k0 = who == owner ? 0 : 1, k1 = load_of(pl, who, d);
		if (best < 0 || k0 < bk0 || (k0 == bk0 && k1 < bk1)) {
			best = who;
			bestday = i;
			bk0 = k0;
			bk1 = k1;
		}
	}
	if (best < 0) {
		it->reason = nobody_active(pl, owner, &it->team) ?
		    it->team ? N_("no active staff in team %s") :
		    N_("no active staff") : N_("capacity full");
		return;
	}
	it->date = pl->days[bestday];
	it->staff = best;
	p->load[(size_t)best * (size_t)p->ndays + (size_t)(it->date - p->from)]++;
}

/* The key of the quota visits of one owner over the same days: three
 * numbers in hex, 8 digits each (no printf: it runs for every visit). */
static void
group_key(char *k, int owner, cs_date lo, cs_date hi)
{
	uint32_t v[3] = {(uint32_t)owner, (uint32_t)lo, (uint32_t)hi};

	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 8; j++)
			k[i * 8 + j] = "0123456789abcdef"[(v[i] >> (28 - 4 * j)) &
			    15];
	k[24] = '\0';
}

int
plan_collect(struct plan *p, struct sched *s, cs_date from, cs_date to)
{
	size_t cap = 0;
	int rc = 0;

	memset(p, 0, sizeof *p);
	if (to < from || (int64_t)to - from + 1 > PLAN_MAX_DAYS) {
		cs_warn("a plan covers 1 to %d days", PLAN_MAX_DAYS);
		return CS_EX_USAGE;
	}
	p->from = from;
	p->to = to;
	p->rules = s->rules;
	p->store = s->store;
	p->today = s->today;
	/* customer by customer: only the outstanding ones are kept */
	for (size_t c = 0; c < s->store->ncustomers; c++) {
		if ((rc = sched_customer(s, c, from, to,
		    SCHED_OUTSTANDING)) != 0)
			break;
		for (size_t i = 0; i < s->nocc; i++) {
			const struct occurrence *o = &s->occ[i];
			if (!o->rule || !occ_outstanding(o) || o->latest < from ||
			    o->earliest > to)
				continue;
			xgrow(&p->occ, &cap, p->nocc + 1, sizeof *p->occ);
			p->occ[p->nocc] = *o;
			p->occ[p->nocc++].why = NULL; /* the engine's */
		}
	}
	sched_clear(s);
	if (p->occ && p->nocc < cap)
		p->occ = xrealloc(p->occ, (p->nocc ? p->nocc : 1) *
		    sizeof *p->occ);
	return rc;
}

int
plan_place(struct plan *p)
{
	const struct cs_store *st = p->store;
	cs_date from = p->from, to = p->to;
	const struct occurrence **todo;
	struct placer pl;
	size_t n = 0;

	p->ndays = (int)(to - from + 1);
	p->load = xcalloc(st->nstaff ? st->nstaff * (size_t)p->ndays : 1,
	    sizeof *p->load);
	todo = xcalloc(p->nocc ? p->nocc : 1, sizeof *todo);
	for (size_t i = 0; i < p->nocc; i++)
		todo[n++] = &p->occ[i];
	memset(&pl, 0, sizeof pl);
	pl.p = p;
	pl.st = st;
	sort_plan = p;
	sort_placer = &pl;
	customers_of(&pl);
	qsort(todo, n, sizeof *todo, cmp_occ);
	pl.spec = xcalloc(st->nstaff ? st->nstaff : 1, sizeof *pl.spec);
	for (size_t i = 0; i < st->nstaff; i++)
		pl.spec[i] = strcmp(st->staff[i].role, "specialist") == 0;
	pl.days = xcalloc((size_t)p->ndays, sizeof *pl.days);
	pl.work = xcalloc((size_t)p->ndays, sizeof *pl.work);
	/* work is placed on these days: past the calendar's years, said */
	cal_watch(&p->rules->cal, to);
	for (int d = 0; d < p->ndays; d++)
		pl.work[d] = cal_is_working_day(&p->rules->cal, from + d);
	p->items = xcalloc(n ? n : 1, sizeof *p->items);
	/* quota visits of one owner over the same days share them out */
	int *slot = xcalloc(n ? n : 1, sizeof *slot);
	int *group = xcalloc(n ? n : 1, sizeof *group);
	int *gsize = xcalloc(n ? n : 1, sizeof *gsize);
	struct strmap groups = {0};
	for (size_t i = 0; i < n; i++) {
		const struct occurrence *o = todo[i];
		cs_date lo, hi;
		group[i] = (int)i;
		if (!o->rule || o->rule->kind != VISIT_QUOTA)
			continue;
		window(&pl, o, &lo, &hi);
		char k[3 * 8 + 1];
		group_key(k, owner_of(&pl, o), lo, hi);
		int g = strmap_get(&groups, k);
		if (g < 0) {
			strmap_put(&groups, k, (int)i);
			g = (int)i;
		}
		group[i] = g;
		slot[i] = gsize[g]++;
	}
	pl.first = xcalloc(st->ncustomers ? st->ncustomers : 1,
	    sizeof *pl.first);
	pl.next = xcalloc(n ? n : 1, sizeof *pl.next);
	for (size_t c = 0; c < st->ncustomers; c++)
		pl.first[c] = -1;
	for (size_t i = 0; i < n; i++) {
		int total = gsize[group[i]] > 0 ? gsize[group[i]] : 1;
		place(&pl, todo[i], slot[i], total, &p->items[i]);
		if (p->items[i].staff < 0) {
			p->nunplaced++;
		} else {
			pl.next[i] = pl.first[todo[i]->cust];
			pl.first[todo[i]->cust] = (int)i;
		}
	}
	free(pl.first);
	free(pl.next);
	strmap_free(&groups);
	free(slot);
	free(group);
	free(gsize);
	p->n = n;
	qsort(p->items, n, sizeof *p->items, cmp_item);
	free(pl.owner);
	free(pl.rank);
	free(pl.spec);
	free(pl.days);
	free(pl.work);
	free(todo);
	return 0;
}

int
plan_make(struct plan *p, struct sched *s, cs_date from, cs_date to)
{
	int rc = plan_collect(p, s, from, to);

	return rc ? rc : plan_place(p);
}

void
plan_free(struct plan *p)
{
	free(p->items);
	free(p->occ);
	free(p->load);
	memset(p, 0, sizeof *p);
}

void
plan_unplaced(const struct plan *p, struct sbuf *b)
{
	char day[32];

	for (size_t i = 0; i < p->n;) {
		const char *why[8], *team[8];
		size_t count[8], nwhy = 0, j;
		cs_date d = p->items[i].date;
		/* items are sorted by day, placed first */
		for (j = i; j < p->n && p->items[j].date == d; j++) {
			const struct plan_item *it = &p->items[j];
			size_t k;
			if (it->staff >= 0)
				continue;
			for (k = 0; k < nwhy && (strcmp(why[k], it->reason) != 0 ||
			    !team[k] != !it->team || (team[k] &&
			    strcmp(team[k], it->team) != 0)); k++)
				;
			if (k == nwhy && nwhy < 8) {
				why[nwhy] = it->reason;
				team[nwhy] = it->team;
				count[nwhy++] = 0;
			}
			if (k < nwhy)
				count[k]++;
		}
		for (size_t k = 0; k < nwhy; k++) {
			/* "no active staff in team %s": with the team */
			char *w = team[k] ? xasprintf(_(why[k]), team[k]) : NULL;
			sb_addf(b, _("%s: %zu visit%s could not be placed: %s\n"),
			    date_format(d, day), count[k],
			    count[k] == 1 ? "" : "s", w ? w : _(why[k]));
			free(w);
		}
		i = j;
	}
}

/* ISO 8601 week of d: year and week number. */
static void
iso_week(cs_date d, int *year, int *week)
{
	cs_date thu = d - date_weekday(d) + 3; /* the Thursday of d's week */
	int y, m, dd;

	date_to_ymd(thu, &y, &m, &dd);
	*year = y;
	*week = (int)((thu - date_from_ymd(y, 1, 1)) / 7) + 1;
}

const struct out_col plan_out_cols[10] = {
	{N_("date"), NULL, OUT_DATE}, {N_("staff"), NULL, 0},
	{N_("customer"), NULL, 0}, {N_("name"), NULL, 0},
	{N_("rule"), NULL, 0}, {N_("method"), NULL, 0},
	{N_("purpose"), NULL, 0}, {N_("earliest"), NULL, OUT_DATE},
	{N_("latest"), NULL, OUT_DATE}, {N_("status"), NULL, 0},
};

static const char *
str(const char *s)
{
	return s ? s : "";
}

void
plan_item_vals(const struct cs_store *st, const struct plan_item *it,
               char buf[3][32], const char *vals[10])
{
	const struct occurrence *oc = it->occ;
	const struct customer *cu = &st->customers[oc->cust];

	vals[0] = date_format(it->date, buf[0]);
	vals[1] = it->staff >= 0 ? st->staff[it->staff].id : "";
	vals[2] = customer_id(st, cu);
	vals[3] = customer_name(st, cu);
	vals[4] = oc->rule->name;
	vals[5] = str(oc->rule->method);
	vals[6] = str(oc->rule->purpose);
	vals[7] = date_format(oc->earliest, buf[1]);
	vals[8] = date_format(oc->latest, buf[2]);
	vals[9] = it->staff >= 0 ? "planned" : "unplaced";
}

void
plan_tally(struct plan_tally *t, const struct plan *p, size_t k)
{
	const struct cs_store *st = p->store;
	cs_date mon = p->from - date_weekday(p->from);
	int nweeks = (int)((p->to - mon) / 7) + 1;
	struct sbuf why = {0};

	t->from = p->from;
	t->to = p->to;
	t->placed += p->n - p->nunplaced;
	t->unplaced += p->nunplaced;
	for (size_t i = 0; i < p->n; i++)
		t->joined += p->items[i].joined;
	for (size_t i = 0; i < st->nstaff; i++) {
		struct plan_tally_row *r;
		int *count = xcalloc((size_t)nweeks + 1, sizeof *count);
		for (int d = 0; d < p->ndays; d++) {
			int n = p->load[i * (size_t)p->ndays + (size_t)d];
			count[(p->from + d - mon) / 7] += n;
			count[nweeks] += n;
		}
		if (!st->staff[i].active && count[nweeks] == 0) {
			free(count);
			continue;
		}
		xgrow(&t->rows, &t->cap, t->nrows + 1, sizeof *t->rows);
		r = &t->rows[t->nrows++];
		r->k = k;
		r->id = xstrdup(st->staff[i].id);
		r->name = xstrdup(st->staff[i].name);
		r->count = count;
	}
	/* the days whose visits could not be placed, with why (a branch's
	 * lines begin with its name) */
	plan_unplaced(p, &why);
	if (!t->br)
		sb_adds(&t->why, sb_str(&why));
	else if (why.s) {
		char *save = NULL;
		for (char *l = strtok_r(why.s, "\n", &save); l;
		    l = strtok_r(NULL, "\n", &save))
			sb_addf(&t->why, "%s: %s\n", branches_label(t->br, k), l);
	}
	sb_free(&why);
}

int
plan_tally_print(const struct plan_tally *t, FILE *fp)
{
	cs_date mon = t->from - date_weekday(t->from);
	int nweeks = (int)((t->to - mon) / 7) + 1;
	int ncols = nweeks + 3;
	struct out_col *cols = xcalloc((size_t)ncols, sizeof *cols);
	char **keys = xcalloc((size_t)nweeks, sizeof *keys);
	const char **row = xcalloc((size_t)ncols, sizeof *row);
	char **cells = xcalloc((size_t)ncols, sizeof *cells);
	char b1[32], b2[32];
	struct out o;
	int rc;

	fprintf(fp, _("plan %s..%s: %zu visit%s placed"),
	    date_format(t->from, b1), date_format(t->to, b2), t->placed,
	    t->placed == 1 ? "" : "s");
	if (t->joined)
		fprintf(fp, _(" (%zu on the day of another visit to the "
		    "customer)"), t->joined);
	fprintf(fp, _(", %zu unplaced\n"), t->unplaced);
	cols[0] = (struct out_col){ N_("staff"), NULL, 0 };
	cols[1] = (struct out_col){ N_("name"), NULL, 0 };
	for (int w = 0; w < nweeks; w++) {
		int y, wk;
		iso_week(mon + 7 * w, &y, &wk);
		keys[w] = xasprintf("%d-W%02d", y, wk);
		cols[2 + w] = (struct out_col){ keys[w], NULL, OUT_NUM };
	}
	cols[ncols - 1] = (struct out_col){ N_("total"), NULL, OUT_NUM };
	out_begin(&o, fp, OUT_TABLE, cols, ncols, 1);
	for (size_t i = 0; i < t->nrows; i++) {
		const struct plan_tally_row *r = &t->rows[i];
		char *id = t->br ? branches_id(t->br, BR_STAFF, r->k, r->id) :
		    NULL;
		row[0] = id ? id : r->id;
		row[1] = r->name;
		for (int w = 0; w <= nweeks; w++) {
			cells[w] = xasprintf("%d", r->count[w]);
			row[2 + w] = cells[w];
		}
		out_row(&o, row);
		for (int w = 0; w <= nweeks; w++)
			free(cells[w]);
		free(id);
	}
	rc = out_end(&o);
	if (rc == 0)
		fputs(sb_str(&t->why), fp);
	for (int w = 0; w < nweeks; w++)
		free(keys[w]);
	free(keys);
	free(cols);
	free(row);
	free(cells);
	if (rc == 0 && (fflush(fp) == EOF || ferror(fp)))
		rc = CS_EX_IOERR;
	return rc;
}

void
plan_tally_free(struct plan_tally *t)
{
	for (size_t i = 0; i < t->nrows; i++) {
		free(t->rows[i].id);
		free(t->rows[i].name);
		free(t->rows[i].count);
	}
	free(t->rows);
	sb_free(&t->why);
	memset(t, 0, sizeof *t);
}

int
plan_summary(const struct plan *p, FILE *fp)
{
	struct plan_tally t = {0};
	int rc;

	plan_tally(&t, p, 0);
	rc = plan_tally_print(&t, fp);
	plan_tally_free(&t);
	return rc;
}
