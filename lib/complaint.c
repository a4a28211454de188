/* complaint.c - the complaint engine: complaints.csv is an event log, a
 * complaint's state is the fold of its events.  Milestone deadlines run in
 * working time with the time spent waiting on the customer credited;
 * escalation follows the rules' ladder; reminder notices (催办单) repeat. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cs.h"

const char *const complaint_events[] = {
	"open", "assign", "reply", "answer", "resolve", "revisit", "close",
	"reopen", "wait", "resume", "note", "escalate", "remind", NULL
};
const char *const complaint_states[] = {
	"open", "waiting", "resolved", "closed", NULL
};
const char *const complaint_cols[] = {
	"seq", "complaint", "event", "at", "by", "customer", "holder",
	"severity", "category", "channel", "milestone", "rung", "scores",
	"note", "recorded_at", NULL
};
enum { K_SEQ, K_COMPLAINT, K_EVENT, K_AT, K_BY, K_CUSTOMER, K_HOLDER,
       K_SEVERITY, K_CATEGORY, K_CHANNEL, K_MILESTONE, K_RUNG, K_SCORES,
       K_NOTE, K_RECORDED_AT, K_N };
enum { STOP = -1 };    /* a record callback's "enough" */

/* Roles from the bottom up: a holder whose role is not on the ladder
 * counts as the highest rung at or below it (a gm tops a ladder that ends
 * with manager). */
static const char *const role_order[] = {
	"specialist", "advisor", "supervisor", "manager", "director", "gm", NULL
};

static int
word_index(const char *const list[], const char *s)
{
	for (int i = 0; list[i]; i++)
		if (strcmp(list[i], s) == 0)
			return i;
	return -1;
}

int
complaint_event_parse(const char *s)
{
	return word_index(complaint_events, s);
}

int
complaint_rung_of(const struct cs_rules *r, const char *role)
{
	const struct complaint_rules *cr = &r->complaints;
	int rank, best = -1;

	if (!role)
		return -1;
	for (int i = 0; i < cr->nladder; i++)
		if (strcmp(cr->ladder[i].role, role) == 0)
			return i;
	if ((rank = word_index(role_order, role)) < 0)
		return -1;
	for (int i = 0; i < cr->nladder; i++) {
		int k = word_index(role_order, cr->ladder[i].role);
		if (k >= 0 && k <= rank)
			best = i;
	}
	return best;
}

static bool
lang_zh(const struct cs_rules *r)
{
	return r->language && strncmp(r->language, "zh", 2) == 0;
}

/* A severity, category or channel as people read it: in a table, under
 * rules in Chinese, the rules' label (as reports and notices show it);
 * CSV, TSV and JSON keep the key. */
static const char *
named_shown(const struct cs_rules *r, bool table, const struct cs_named *v,
            int i, const char *key)
{
	return table && lang_zh(r) && i >= 0 && v[i].label ? v[i].label : key;
}

/* ---- the string arena ---------------------------------------------- */

static uint32_t
arena_add(struct complaint_log *l, const char *s)
{
	size_t n = strlen(s), off;

	if (n == 0)
		return 0;
	if (l->strused + n + 1 > UINT32_MAX)
		cs_die(CS_EX_SOFTWARE, "%s: too much text (over 4 GiB)", l->path);
	xgrow(&l->str, &l->strcap, l->strused + n + 1, 1);
	off = l->strused;
	memcpy(l->str + off, s, n + 1);
	l->strused += n + 1;
	return (uint32_t)off;
}

/* ---- reading and folding ------------------------------------------- */

struct cload {
	struct complaint_log *l;
	const struct cs_store *s;
	const struct cs_rules *r;
	cs_time asof;
	bool header_seen;
	int col[K_N];
	int ncols;
	size_t ccap, evcap, mscap;
	struct strmap names;  /* interned short strings */
	bool no_events;       /* keep the complaints' states, not the events */
	bool no_notes;        /* keep no note text (complaints_load_brief) */
	int64_t seq;          /* the row's, for the hook */
	cs_time max_rec;      /* of the rows kept */
	size_t nskipped;      /* rows left out: recorded after asof */
	/* called with each row kept (after its checks and fold) */
	int (*hook)(struct cload *c, const struct csv_rec *r,
	            const struct cevent *e, const char *id);
	void *hook_ctx;
};

#define MS(l, i) ((l)->ms + (size_t)(i) * (size_t)(l)->nms)

static bool
milestone_applies(const struct cs_store *s, const struct cs_milestone *m,
                  int cust)
{
	for (int i = 0; i < m->nmatch; i++) {
		const struct cs_match *x = &m->match[i];
		const char *v = customer_field(s, &s->customers[cust], x->column);
		bool any = false;

		for (int k = 0; k < x->nvalues && !any; k++)
			any = strcmp(v, x->values[k]) == 0;
		if (any == x->negate)
			return false;
	}
	return true;
}

static bool
pending(const struct cmilestone *m)
{
	return m->rule >= 0 && m->start != CS_NOTIME && m->met == CS_NOTIME &&
	    m->ended == CS_NOTIME;
}

/* Credits the working time paused in [from, to) to every pending
 * milestone (from its own start on). */
static void
credit_pause(struct complaint_log *l, const struct cs_rules *r, size_t ci,
             cs_time from, cs_time to)
{
	struct cmilestone *ms = MS(l, ci);

	for (int k = 0; k < l->nms; k++) {
		cs_time a = from;
		if (!pending(&ms[k]))
			continue;
		if (ms[k].start > a)
			a = ms[k].start;
		if (to > a)
			ms[k].paused += cal_working_between(&r->cal, a, to);
	}
}

static void
end_pause(struct complaint_log *l, const struct cs_rules *r, size_t ci,
          cs_time at)
{
	struct complaint *c = &l->c[ci];

	if (c->paused_since == CS_NOTIME)
		return;
	credit_pause(l, r, ci, c->paused_since, at);
	c->paused_since = CS_NOTIME;
}

/* Applies one event to its complaint. */
static void
fold(struct complaint_log *l, const struct cs_rules *r, const struct cevent *e)
{
	const struct complaint_rules *cr = &r->complaints;
	struct complaint *c = &l->c[e->complaint];
	struct cmilestone *ms = MS(l, e->complaint);
	const char *name = complaint_events[e->event];

	switch (e->event) {
	case CE_ASSIGN:
	case CE_ESCALATE:
		if (e->holder >= 0)
			c->holder = e->holder;
		break;
	case CE_WAIT:
		if (c->state == CST_OPEN) {
			c->state = CST_WAITING;
			c->paused_since = e->at;
		}
		break;
	case CE_RESUME:
		end_pause(l, r, (size_t)e->complaint, e->at);
		if (c->state == CST_WAITING)
			c->state = CST_OPEN;
		break;
	case CE_RESOLVE:
		end_pause(l, r, (size_t)e->complaint, e->at);
		c->state = CST_RESOLVED;
		break;
	case CE_CLOSE:
		end_pause(l, r, (size_t)e->complaint, e->at);
		c->state = CST_CLOSED;
		c->closed = e->at;
		break;
	case CE_REOPEN:
		c->state = CST_OPEN;
		c->closed = CS_NOTIME;
		break;
	default:
		break;
	}
	for (int k = 0; k < l->nms; k++)
		if (pending(&ms[k]) && strcmp(cr->milestones[k].met_by, name) == 0)
			ms[k].met = e->at;
	if (e->event == CE_RESOLVE || e->event == CE_CLOSE)
		for (int k = 0; k < l->nms; k++)
			if (pending(&ms[k]))
				ms[k].ended = e->at;
	/* A milestone restarts whenever its `from` event happens; a reopen
	 * is the opening happening again. */
	for (int k = 0; k < l->nms; k++) {
		const char *from = cr->milestones[k].from;
		if (ms[k].rule < 0)
			continue;
		if (strcmp(from, name) == 0 ||
		    (e->event == CE_REOPEN && strcmp(from, "open") == 0)) {
			ms[k].start = e->at;
			ms[k].met = ms[k].ended = CS_NOTIME;
			ms[k].paused = 0;
			ms[k].late = false;
		}
	}
}

static int
cload_header(struct cload *c, const struct csv_rec *r)
{
	static const char *const need[] = {
		"seq", "complaint", "event", "at", NULL
	};
	int idx[4];
	int rc;

	if ((rc = csv_require(r->file, r->nf, r->f, need, idx)))
		return rc;
	for (int i = 0; i < K_N; i++)
		c->col[i] = -1;
	for (int i = 0; i < r->nf; i++) {
		int k = word_index(complaint_cols, r->f[i]);
		if (k >= 0 && c->col[k] < 0)
			c->col[k] = i;
	}
	c->ncols = r->nf;
	return 0;
}

static const char *
fld(const struct cload *c, const struct csv_rec *r, int k)
{
	int i = c->col[k];

	return i >= 0 && i < r->nf ? r->f[i] : "";
}

/* C2026-0042: C, a year, '-', at least 4 digits. */
static bool
complaint_id_ok(const char *s)
{
	size_t n = strlen(s);

	if (n < 10 || n > 15 || s[0] != 'C' || s[5] != '-')
		return false;
	for (size_t i = 1; i < n; i++)
		if (i != 5 && !isdigit((unsigned char)s[i]))
			return false;
	return true;
}

static uint32_t
intern(struct cload *c, const char *s)
{
	int off;

	if (!*s)
		return 0;
	if ((off = strmap_get(&c->names, s)) >= 0)
		return (uint32_t)off;
	off = (int)arena_add(c->l, s);
	strmap_put(&c->names, s, off);
	return (uint32_t)off;
}

static int
named_index(const struct cs_named *v, int n, const char *s)
{
	for (int i = 0; i < n; i++)
		if (strcmp(v[i].name, s) == 0)
			return i;
	return -1;
}

#define BAD(what, k, val, expected)                                           \
	do {                                                                  \
		cs_warn("%s:%ld: %s \"%s\" in column %s (expected %s)",       \
		    r->file, r->line, cs_tr(what), val, complaint_cols[k],    \
		    cs_tr(expected));                                         \
		return CS_EX_DATAERR;                                         \
	} while (0)

static int
open_complaint(struct cload *c, const struct csv_rec *r, const char *id,
               struct cevent *e)
{
	struct complaint_log *l = c->l;
	const struct complaint_rules *cr = &c->r->complaints;
	struct complaint *p;
	struct cmilestone *ms;
	const char *s;
	int cust;

	s = fld(c, r, K_CUSTOMER);
	if ((cust = store_customer(c->s, s)) < 0)
		BAD("unknown customer", K_CUSTOMER, s, "an id in customers.csv");
	xgrow(&l->c, &c->ccap, l->n + 1, sizeof *l->c);
	xgrow(&l->ms, &c->mscap, (l->n + 1) * (size_t)l->nms + 1, sizeof *l->ms);
	p = &l->c[l->n];
	memset(p, 0, sizeof *p);
	snprintf(p->id, sizeof p->id, "%s", id);
	p->cust = cust;
	p->holder = e->holder;
	p->severity = (int16_t)named_index(cr->severities, cr->nseverities,
	    fld(c, r, K_SEVERITY));
	p->category = (int16_t)named_index(cr->categories, cr->ncategories,
	    fld(c, r, K_CATEGORY));
	p->channel = (int16_t)named_index(cr->channels, cr->nchannels,
	    fld(c, r, K_CHANNEL));
	p->sev_name = intern(c, fld(c, r, K_SEVERITY));
	p->cat_name = intern(c, fld(c, r, K_CATEGORY));
	p->chan_name = intern(c, fld(c, r, K_CHANNEL));
	p->summary = e->note;
	p->state = CST_OPEN;
	p->opened = e->at;
	p->closed = p->paused_since = CS_NOTIME;
	ms = MS(l, l->n);
	for (int k = 0; k < l->nms; k++) {
		memset(&ms[k], 0, sizeof ms[k]);
		ms[k].rule = milestone_applies(c->s, &cr->milestones[k], cust) ? k : -1;
		ms[k].start = ms[k].due = ms[k].met = ms[k].ended = CS_NOTIME;
	}
	strmap_put(&l->ix, id, (int)l->n);
	e->complaint = (int32_t)l->n++;
	return 0;
}

static int
cload_row(const struct csv_rec *r, void *ctx)
{
	struct cload *c = ctx;
	struct complaint_log *l = c->l;
	struct cevent e;
	cs_time recorded_at;
	const char *s, *id;
	char *end;
	int ci;

	if (!c->header_seen) {
		c->header_seen = true;
		return cload_header(c, r);
	}
	if (r->nf != c->ncols) {
		cs_warn("%s:%ld: %d fields, expected %d", r->file, r->line,
		    r->nf, c->ncols);
		return CS_EX_DATAERR;
	}
	memset(&e, 0, sizeof e);
	e.line = (uint32_t)r->line;
	s = fld(c, r, K_RECORDED_AT);
	recorded_at = CS_NOTIME;
	if (*s && time_parse(s, c->s->tz_offset, &recorded_at) < 0)
		BAD("bad time", K_RECORDED_AT, s, "an ISO 8601 time");
	if (c->asof != CS_NOTIME && recorded_at != CS_NOTIME &&
	    recorded_at > c->asof) {
		c->nskipped++;
		return 0;
	}
	if (recorded_at > c->max_rec)
		c->max_rec = recorded_at;
	s = fld(c, r, K_SEQ);
	errno = 0;
	c->seq = strtoll(s, &end, 10);
	if (!isdigit((unsigned char)*s) || *end || errno || c->seq <= 0)
		BAD("bad number", K_SEQ, s, "1, 2, 3...");
	if (c->seq <= l->max_seq) {
		cs_warn("%s:%ld: seq %s is not above the previous %lld (seq "
		    "increases down the file)", r->file, r->line, s,
		    (long long)l->max_seq);
		return CS_EX_DATAERR;
	}
	l->max_seq = c->seq;
	id = fld(c, r, K_COMPLAINT);
	if (!complaint_id_ok(id))
		BAD("bad complaint id", K_COMPLAINT, id, "C2026-0042");
	s = fld(c, r, K_EVENT);
	if ((ci = complaint_event_parse(s)) < 0)
		BAD("unknown event", K_EVENT, s, "open, assign, reply, answer, "
		    "resolve, revisit, close, reopen, wait, resume, note, "
		    "escalate or remind");
	e.event = (uint8_t)ci;
	s = fld(c, r, K_AT);
	if (time_parse(s, c->s->tz_offset, &e.at) < 0)
		BAD("bad time", K_AT, s, "an ISO 8601 time");
	s = fld(c, r, K_BY);
	if ((e.by = *s ? store_staff(c->s, s) : -1) < 0 && *s)
		BAD("unknown staff", K_BY, s, "an id in staff.csv");
	s = fld(c, r, K_HOLDER);
	if ((e.holder = *s ? store_staff(c->s, s) : -1) < 0 && *s)
		BAD("unknown staff", K_HOLDER, s, "an id in staff.csv");
	if (!c->no_events) {
		e.milestone = intern(c, fld(c, r, K_MILESTONE));
		e.rung = intern(c, fld(c, r, K_RUNG));
		e.scores = intern(c, fld(c, r, K_SCORES));
		if (!c->no_notes)
			e.note = arena_add(l, fld(c, r, K_NOTE));
	} else if (e.event == CE_OPEN) {
		e.note = arena_add(l, fld(c, r, K_NOTE)); /* the summary */
	}
	ci = strmap_get(&l->ix, id);
	if (e.event == CE_OPEN) {
		int rc;
		if (ci >= 0) {
			cs_warn("%s:%ld: complaint %s opened twice", r->file,
			    r->line, id);
			return CS_EX_DATAERR;
		}
		if ((rc = open_complaint(c, r, id, &e)))
			return rc;
	} else if (ci < 0) {
		cs_warn("%s:%ld: %s of complaint %s before it was opened",
		    r->file, r->line, complaint_events[e.event], id);
		return CS_EX_DATAERR;
	} else
		e.complaint = ci;
	/* cs-report (no_notes) reads no revisit, note or remind event */
	if (!c->no_events && !(c->no_notes && (e.event == CE_REVISIT ||
	    e.event == CE_NOTE || e.event == CE_REMIND))) {
		xgrow(&l->ev, &c->evcap, l->nev + 1, sizeof *l->ev);
		l->ev[l->nev++] = e;
	}
	fold(l, c->r, &e);
	return c->hook ? c->hook(c, r, &e, id) : 0;
}

/* The deadline of a started milestone: start + within (in the clock the
 * rules say), plus the working time paused. */
static cs_time
milestone_due(const struct cs_rules *r, const struct cmilestone *m,
              struct sbuf *why)
{
	const struct cs_milestone *rm = &r->complaints.milestones[m->rule];
	cs_time due;

	due = duration_add_time(&r->cal, m->start, &rm->within,
	    r->complaints.clock, why);
	if (m->paused > 0)
		due = cal_add_working(&r->cal, due, m->paused, why);
	return due;
}

/* Due dates and late flags as of l->now. */
static void
settle(struct complaint_log *l, const struct cs_rules *r)
{
	for (size_t i = 0; i < l->n; i++) {
		struct complaint *c = &l->c[i];
		struct cmilestone *ms = MS(l, i);

		c->ms = ms;
		if (c->paused_since != CS_NOTIME)
			credit_pause(l, r, i, c->paused_since, l->now);
		for (int k = 0; k < l->nms; k++) {
			struct cmilestone *m = &ms[k];
			if (m->rule < 0 || m->start == CS_NOTIME)
				continue;
			m->due = milestone_due(r, m, NULL);
			if (m->met != CS_NOTIME)
				m->late = m->met > m->due;
			else if (m->ended != CS_NOTIME)
				m->late = m->ended > m->due;
			else
				m->late = l->now > m->due;
		}
	}
}

static void
settle_rungs(struct complaint_log *l, const struct cs_store *s,
             const struct cs_rules *r)
{
	for (size_t i = 0; i < l->n; i++) {
		struct complaint *c = &l->c[i];
		c->rung = (int8_t)(c->holder >= 0 ?
		    complaint_rung_of(r, s->staff[c->holder].role) : -1);
	}
}

/* Groups event indexes by complaint, keeping file order. */
static void
index_events(struct complaint_log *l)
{
	size_t *pos = xcalloc(l->n + 1, sizeof *pos);

	for (size_t i = 0; i < l->nev; i++)
		l->c[l->ev[i].complaint].nev++;
	for (size_t i = 0, at = 0; i < l->n; i++) {
		l->c[i].ev = at;
		pos[i] = at;
		at += l->c[i].nev;
	}
	l->order = xmalloc((l->nev ? l->nev : 1) * sizeof *l->order);
	for (size_t i = 0; i < l->nev; i++)
		l->order[pos[l->ev[i].complaint]++] = i;
	free(pos);
}

/* Whether complaint i is over before `from`: every event of it before,
 * closed (its last close or reopen a close), every started milestone
 * due before.  No figure of a month from `from` on counts it. */
static bool
over_before(const struct complaint_log *l, size_t i, cs_time from)
{
	const struct complaint *c = &l->c[i];
	bool closed = false;

	for (size_t j = 0; j < c->nev; j++) {
		const struct cevent *e = &l->ev[l->order[c->ev + j]];
		if (e->at >= from)
			return false;
		if (e->event == CE_CLOSE)
			closed = true;
		else if (e->event == CE_REOPEN)
			closed = false;
	}
	for (int k = 0; closed && k < l->nms; k++) {
		const struct cmilestone *m = &c->ms[k];
		if (m->rule >= 0 && m->start != CS_NOTIME &&
		    m->due != CS_NOTIME && m->due >= from)
			return false;
	}
	return closed;
}

/* complaints_load_brief: the complaints over before `from` left out
 * (CS_NOTIME: none), the events of the others grouped by complaint in
 * place (order NULL: ev[c->ev .. c->ev + c->nev) are c's).  The index by
 * id goes: it would name the complaints as they were. */
static void
brief_events(struct complaint_log *l, cs_time from)
{
	bool *drop = xcalloc(l->n + 1, sizeof *drop);
	size_t *o = l->order, n = 0, nev = 0;

	for (size_t i = 0; from != CS_NOTIME && i < l->n; i++)
		drop[i] = over_before(l, i, from);
	/* ev[k] takes ev[o[k]]: the permutation's cycles, in place */
	for (size_t k = 0; k < l->nev; k++) {
		struct cevent t;
		size_t j = k;
		if (o[k] == k)
			continue;
		t = l->ev[k];
		while (o[j] != k) {
			size_t next = o[j];
			l->ev[j] = l->ev[next];
			o[j] = j;
			j = next;
		}
		l->ev[j] = t;
		o[j] = j;
	}
	free(l->order);
	l->order = NULL;
	/* then the ones left out squeezed out (towards the front) */
	for (size_t i = 0; i < l->n; i++) {
		struct complaint *c = &l->c[i];
		if (drop[i])
			continue;
		if (c->nev && nev != c->ev)
			memmove(l->ev + nev, l->ev + c->ev, c->nev * sizeof *l->ev);
		for (size_t j = 0; j < c->nev; j++)
			l->ev[nev + j].complaint = (int32_t)n;
		c->ev = nev;
		nev += c->nev;
		if (n != i) {
			memcpy(MS(l, n), c->ms, (size_t)l->nms * sizeof *c->ms);
			l->c[n] = *c;
		}
		l->c[n].ms = MS(l, n);
		n++;
	}
	free(drop);
	if (nev && nev < l->nev)
		l->ev = xrealloc(l->ev, nev * sizeof *l->ev);
	/* the complaints left out give their memory back too */
	if (n && n < l->n) {
		l->c = xrealloc(l->c, n * sizeof *l->c);
		l->ms = xrealloc(l->ms, (n * (size_t)l->nms + 1) *
		    sizeof *l->ms);
		for (size_t i = 0; i < n; i++)
			l->c[i].ms = MS(l, i);
	}
	l->nev = nev;
	l->n = n;
	strmap_free(&l->ix);
}

static int
load_all(struct complaint_log *l, const struct cs_store *s,
         const struct cs_rules *r, const char *path, cs_time asof,
         cs_time now, bool no_notes, cs_time from)
{
	struct cload c = {0};
	int rc;

	memset(l, 0, sizeof *l);
	l->path = xstrdup(path);
	l->now = now;
	l->nms = r->complaints.nmilestones;
	xgrow(&l->str, &l->strcap, 1, 1);
	l->str[0] = '\0';
	l->strused = 1;
	c.l = l;
	c.s = s;
	c.r = r;
	c.asof = asof;
	c.no_notes = no_notes;
	rc = csv_read(path, 0, CSV_READ_HEADER | CSV_READ_LEDGER |
	    CSV_READ_MISSING_OK, cload_row, &c, NULL);
	strmap_free(&c.names);
	if (rc) {
		complaints_free(l);
		return rc;
	}
	settle(l, r);
	settle_rungs(l, s, r);
	index_events(l);
	if (no_notes)
		brief_events(l, from);
	return 0;
}

int
complaints_load(struct complaint_log *l, const struct cs_store *s,
                const struct cs_rules *r, const char *path, cs_time asof,
                cs_time now)
{
	return load_all(l, s, r, path, asof, now, false, CS_NOTIME);
}

int
complaints_load_brief(struct complaint_log *l, const struct cs_store *s,
                      const struct cs_rules *r, const char *path,
                      cs_time asof, cs_time now, cs_time from)
{
	return load_all(l, s, r, path, asof, now, true, from);
}

/* ---- the states alone, from a checkpoint ------------------------------ */

#define STATE_CKPT "complaint-states"
#define STATE_TAIL (64 * 1024)

/* A checkpoint's payload: this, the complaints (before settle: their
 * states as the fold left them), their milestones, the string arena. */
struct state_meta {
	uint64_t n, nms, strused;
	int64_t max_seq, max_rec;
};

static int
cload_header_only(const struct csv_rec *r, void *ctx)
{
	struct cload *c = ctx;
	int rc;

	c->header_seen = true;
	if ((rc = cload_header(c, r)))
		return rc;
	return STOP;
}

static void
state_save(const struct complaint_log *l, const char *dir, uint64_t deps,
           int fd, const struct csv_at *at, cs_time max_rec)
{
	struct state_meta m = {l->n, (uint64_t)l->nms, l->strused, l->max_seq,
	    max_rec};
	struct sbuf b = {0};
	struct cache_mark mk;

	if (cache_mark_make(fd, at->end, at->end_line, &mk) != 0)
		return;
	sb_add(&b, (const char *)&m, sizeof m);
	if (l->n)
		sb_add(&b, (const char *)l->c, l->n * sizeof *l->c);
	if (l->n > 0 && l->nms > 0)
		sb_add(&b, (const char *)l->ms,
		    l->n * (size_t)l->nms * sizeof *l->ms);
	sb_add(&b, l->str, l->strused);
	ckpt_write(dir, STATE_CKPT, CACHE_COMPLAINTS, deps, &mk, b.s, b.len);
	sb_free(&b);
}

/* l as the checkpoint left it: 0, or -1.  Read straight into l's
 * arrays (no copy of the payload held beside them). */
static int
state_restore(struct complaint_log *l, struct cload *c, const char *dir,
              int fd, uint64_t deps, cs_time asof, struct cache_mark *mk)
{
	struct state_meta m;
	struct ckpt_in in;
	size_t len, nc, nm;
	uint64_t id;

	if (ckpt_open(&in, dir, STATE_CKPT, CACHE_COMPLAINTS, deps, fd, mk,
	    &len, &id) != 0)
		return -1;
	if (len < sizeof m || ckpt_take(&in, &m, sizeof m) != 0 ||
	    m.nms != (uint64_t)l->nms || m.n > SIZE_MAX / sizeof *l->c ||
	    m.strused == 0 || m.n > len / sizeof *l->c ||
	    (l->nms > 0 && m.n > len / ((size_t)l->nms * sizeof *l->ms))) {
		ckpt_done(&in, mk);	/* not all read: "damaged" */
		return -1;
	}
	nc = (size_t)m.n;
	nm = nc * (size_t)l->nms;
	if (len != sizeof m + nc * sizeof *l->c + nm * sizeof *l->ms +
	    m.strused) {
		ckpt_done(&in, mk);	/* not all read: "damaged" */
		return -1;
	}
	l->n = nc;
	l->c = xmalloc((nc ? nc : 1) * sizeof *l->c);
	ckpt_take(&in, l->c, nc * sizeof *l->c);
	l->ms = xmalloc((nm ? nm : 1) * sizeof *l->ms);
	ckpt_take(&in, l->ms, nm * sizeof *l->ms);
	free(l->str);
	l->strused = l->strcap = (size_t)m.strused;
	l->str = xmalloc(l->strcap);
	ckpt_take(&in, l->str, l->strused);
	if (ckpt_done(&in, mk) != 0)
		return -1;
	if (asof != CS_NOTIME && m.max_rec > asof) {
		cache_trace("%s: not used: it holds events after --now",
		    STATE_CKPT);
		return -1;
	}
	l->max_seq = m.max_seq;
	c->max_rec = m.max_rec;
	c->ccap = nc;
	c->mscap = nm;
	for (size_t i = 0; i < nc; i++) {
		struct complaint *x = &l->c[i];
		x->ms = NULL;
		x->ev = x->nev = 0;
		x->id[sizeof x->id - 1] = '\0';
		if (x->cust < 0 || (size_t)x->cust >= c->s->ncustomers ||
		    x->holder >= (int32_t)c->s->nstaff ||
		    x->summary >= l->strused || x->sev_name >= l->strused ||
		    x->cat_name >= l->strused || x->chan_name >= l->strused) {
			cache_trace("%s: not used: damaged", STATE_CKPT);
			return -1;
		}
		strmap_put(&l->ix, x->id, (int)i);
		if (l->ix.len != i + 1) { /* an id twice */
			cache_trace("%s: not used: damaged", STATE_CKPT);
			return -1;
		}
	}
	return 0;
}

static void
state_reset(struct complaint_log *l, struct cload *c, const char *path,
            const struct cs_store *s, const struct cs_rules *r, cs_time asof,
            cs_time now)
{
	complaints_free(l);
	strmap_free(&c->names);
	memset(l, 0, sizeof *l);
	memset(c, 0, sizeof *c);
	l->path = xstrdup(path);
	l->now = now;
	l->nms = r->complaints.nmilestones;
	xgrow(&l->str, &l->strcap, 1, 1);
	l->str[0] = '\0';
	l->strused = 1;
	c->l = l;
	c->s = s;
	c->r = r;
	c->asof = asof;
	c->no_events = true;
	c->max_rec = CS_NOTIME;
}

/* From the checkpoint and the rows after it: 0, or -1. */
static int
state_warm(struct complaint_log *l, struct cload *c, const char *dir,
           const char *path, int fd, int64_t size, uint64_t deps)
{
	struct cache_mark mk;
	struct csv_at at = {0, 1, 0, 0};
	struct cload hc = {0};
	bool quiet = cs_quiet;
	cs_time base_rec;
	int rc;

	hc.l = l;
	cs_quiet = true;
	rc = csv_read_at(path, fd, &at, CSV_READ_HEADER | CSV_READ_SHORT |
	    CSV_READ_QUIET, cload_header_only, &hc);
	cs_quiet = quiet;
	if (rc != STOP || !hc.header_seen)
		return -1;
	if (state_restore(l, c, dir, fd, deps, c->asof, &mk) != 0)
		return -1;
	memcpy(c->col, hc.col, sizeof c->col);
	c->ncols = hc.ncols;
	c->header_seen = true;
	base_rec = c->max_rec;
	at.start = mk.offset;
	at.line = (long)mk.line;
	cs_quiet = true;
	rc = csv_read_at(path, fd, &at, CSV_READ_LEDGER | CSV_READ_QUIET,
	    cload_row, c);
	cs_quiet = quiet;
	if (rc || at.end < size) {
		/* a bad or torn row: the full read says so */
		cache_trace("%s: not used: the rows after it need a full read",
		    STATE_CKPT);
		return -1;
	}
	if (at.end > mk.offset && c->nskipped == 0 &&
	    size >= cache_min_bytes() && at.end - mk.offset >=
	    (STATE_TAIL < cache_min_bytes() ? STATE_TAIL : cache_min_bytes()))
		state_save(l, dir, deps, fd, &at, c->max_rec > base_rec ?
		    c->max_rec : base_rec);
	return 0;
}

int
complaints_load_state(struct complaint_log *l, const char *dir,
                      const struct cs_rules *r, const struct cs_store *s,
                      cs_time asof, cs_time now)
{
	char *path = path_join(dir, "complaints.csv");
	struct cload c = {0};
	struct csv_at at = {0, 1, 0, 0};
	struct stat sb;
	uint64_t deps = 0;
	int fd, rc = -1;

	memset(l, 0, sizeof *l);
	state_reset(l, &c, path, s, r, asof, now);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0 && !cache_off && fstat(fd, &sb) == 0) {
		deps = cache_deps(dir, r, CACHE_COMPLAINTS);
		if ((rc = state_warm(l, &c, dir, path, fd, (int64_t)sb.st_size,
		    deps)) != 0)
			state_reset(l, &c, path, s, r, asof, now);
	}
	if (rc != 0) {
		if (!cache_off)
			cache_trace("%s: reading all of %s", STATE_CKPT,
			    path_base(path));
		rc = csv_read_at(path, fd, &at, CSV_READ_HEADER |
		    CSV_READ_LEDGER | CSV_READ_MISSING_OK, cload_row, &c);
		if (rc == 0 && fd >= 0 && !cache_off && c.nskipped == 0 &&
		    fstat(fd, &sb) == 0 && sb.st_size >= cache_min_bytes()) {
			if (!deps)
				deps = cache_deps(dir, r, CACHE_COMPLAINTS);
			state_save(l, dir, deps, fd, &at, c.max_rec);
		}
	}
	strmap_free(&c.names);
	if (fd >= 0)
		close(fd);
	free(path);
	if (rc) {
		complaints_free(l);
		return rc;
	}
	settle(l, r);
	settle_rungs(l, s, r);
	index_events(l);
	return 0;
}

void
complaints_free(struct complaint_log *l)
{
	free(l->path);
	free(l->ev);
	free(l->order);
	free(l->c);
	free(l->ms);
	free(l->str);
	strmap_free(&l->ix);
	memset(l, 0, sizeof *l);
}

int
complaint_find(const struct complaint_log *l, const char *id)
{
	return strmap_get(&l->ix, id);
}

const struct cmilestone *
complaint_current(const struct complaint_log *l, const struct complaint *c)
{
	const struct cmilestone *best = NULL;

	if (c->state == CST_CLOSED)
		return NULL;
	for (int k = 0; k < l->nms; k++) {
		const struct cmilestone *m = &c->ms[k];
		if (pending(m) && (!best || m->due < best->due))
			best = m;
	}
	return best;
}

int64_t
cmilestone_late(const struct cs_rules *r, const struct cmilestone *m,
                cs_time now)
{
	cs_time t = m->met != CS_NOTIME ? m->met :
	    m->ended != CS_NOTIME ? m->ended : now;

	if (m->rule < 0 || m->due == CS_NOTIME || t <= m->due)
		return 0;
	return cal_working_between(&r->cal, m->due, t);
}

/* ---- writing ------------------------------------------------------- */

/* One row to append. */
struct crow {
	const char *f[K_N];
	char seq[24], at[40], rec[40];
};

static void
crow_init(struct crow *w, const struct cs_ctx *x, int64_t seq,
          const char *id, int event, cs_time at)
{
	for (int k = 0; k < K_N; k++)
		w->f[k] = "";
	snprintf(w->seq, sizeof w->seq, "%lld", (long long)seq);
	w->f[K_SEQ] = w->seq;
	w->f[K_COMPLAINT] = id;
	w->f[K_EVENT] = complaint_events[event];
	w->f[K_AT] = time_format_iso(at, x->rules.cal.tz_offset, w->at);
	w->f[K_RECORDED_AT] = time_format_iso(x->now, x->rules.cal.tz_offset,
	    w->rec);
}

/* The staff member to hold a complaint at a role: the customer's owner if
 * that is their role, else the lowest id with that role in the owner's
 * team, else in any team; active only.  -1 if nobody. */
static int
pick_holder(const struct cs_store *s, const char *role, int cust)
{
	int owner = store_staff(s, customer_owner(s, &s->customers[cust]));
	const char *team = owner >= 0 ? s->staff[owner].team : NULL;
	int best = -1, best_any = -1;

	if (owner >= 0 && s->staff[owner].active &&
	    strcmp(s->staff[owner].role, role) == 0)
		return owner;
	for (size_t i = 0; i < s->nstaff; i++) {
		const struct staffer *p = &s->staff[i];
		if (!p->active || strcmp(p->role, role) != 0)
			continue;
		if (team && strcmp(p->team, team) == 0 &&
		    (best < 0 || strcmp(p->id, s->staff[best].id) < 0))
			best = (int)i;
		if (best_any < 0 || strcmp(p->id, s->staff[best_any].id) < 0)
			best_any = (int)i;
	}
	return best >= 0 ? best : best_any;
}

static const char *
staff_id(const struct cs_store *s, int i)
{
	return i >= 0 ? s->staff[i].id : "";
}

/* ---- the index cs-complain looks complaints up in -----------------------
 *
 * DIR/.cs-cache/complaint-index maps a complaint id to the byte offsets of
 * its rows, so an event is checked against its complaint's state without
 * reading the whole ledger: the complaint's rows are read (each checked to
 * be one of its rows) and folded in file order as complaints_load folds
 * them.  meta: [0] the highest seq, [1] how many years follow (-1: too
 * many), then year and highest number of each year's complaint ids.  The
 * rows after the index's mark are checked at each open, with the states
 * of the complaints they touch; with any doubt the whole ledger is read. */

#define CXI_NAME "complaint-index"
#define CXI_TAIL (64 * 1024)
#define CXI_YEARS 30
#define CXI_CAND 4096

struct cxi {
	bool on;
	struct cache_ix ix;
	struct cs_ctx *x;
	struct ledger_w *w;
	char *path;
	struct cload hc;          /* the header's column map */
	int64_t meta[2 + 2 * CXI_YEARS];
	char **touched;           /* ids of the complaints the tail touches */
	size_t ntouched, ctouched;
	int64_t end;
	long end_line;
	bool built;
	bool bad;                 /* a tail row did not pass */
};

static uint64_t
key_complaint(const char *id)
{
	return cache_hash_str(id, cache_hash("C", 1, 0));
}

/* Notes a complaint id's number in meta's years (-1: too many years). */
static void
cxi_year(int64_t *meta, const char *id)
{
	int year = 0;
	long n = strtol(id + 6, NULL, 10);

	for (int i = 1; i <= 4; i++)
		year = year * 10 + (id[i] - '0');
	if (meta[1] < 0)
		return;
	for (int64_t i = 0; i < meta[1]; i++)
		if (meta[2 + 2 * i] == year) {
			if (n > meta[3 + 2 * i])
				meta[3 + 2 * i] = n;
			return;
		}
	if (meta[1] == CXI_YEARS) {
		meta[1] = -1;
		return;
	}
	meta[2 + 2 * meta[1]] = year;
	meta[3 + 2 * meta[1]] = n;
	meta[1]++;
}

/* One row into the index and the figures. */
static int
cxi_note(struct cxi *cx, const char *id, int event, int64_t seq, int64_t off)
{
	if (cix_add(&cx->ix, key_complaint(id), off) != 0)
		return -1;
	if (seq > cx->meta[0])
		cx->meta[0] = seq;
	if (event == CE_OPEN)
		cxi_year(cx->meta, id);
	return 0;
}

static int
cxi_hook(struct cload *c, const struct csv_rec *r, const struct cevent *e,
         const char *id)
{
	struct cxi *cx = c->hook_ctx;

	return cxi_note(cx, id, e->event, c->seq, r->offset) ? STOP : 0;
}

static void
cxi_touch(struct cxi *cx, const char *id)
{
	for (size_t i = 0; i < cx->ntouched; i++)
		if (strcmp(cx->touched[i], id) == 0)
			return;
	xgrow(&cx->touched, &cx->ctouched, cx->ntouched + 1,
	    sizeof *cx->touched);
	cx->touched[cx->ntouched++] = xstrdup(id);
}

static void
cxi_close(struct cxi *cx)
{
	if (cx->path)      /* else the index was never opened */
		cix_close(&cx->ix);
	for (size_t i = 0; i < cx->ntouched; i++)
		free(cx->touched[i]);
	free(cx->touched);
	cx->touched = NULL;
	cx->ntouched = cx->ctouched = 0;
	free(cx->path);
	cx->path = NULL;
	cx->on = false;
}

/* The rows after the soft mark: light checks here (seq, id, event), the
 * rest when the complaints they touch are folded (cxi_fold). */
static int
cxi_tail_row(const struct csv_rec *r, void *ctx)
{
	struct cxi *cx = ctx;
	const char *s = fld(&cx->hc, r, K_SEQ), *id;
	char *end;
	int64_t seq;
	int ev;

	errno = 0;
	seq = strtoll(s, &end, 10);
	id = fld(&cx->hc, r, K_COMPLAINT);
	ev = complaint_event_parse(fld(&cx->hc, r, K_EVENT));
	if (r->nf != cx->hc.ncols || !isdigit((unsigned char)*s) || *end ||
	    errno || seq <= cx->meta[0] || !complaint_id_ok(id) || ev < 0) {
		cx->bad = true;
		return STOP;
	}
	cxi_touch(cx, id);
	return cxi_note(cx, id, ev, seq, r->offset) ? STOP : 0;
}



static int
cxi_read(struct cxi *cx, int64_t off, struct csv_one *w)
{
	return csv_one_at(cx->w->fd, path_base(cx->path), off, cx->hc.ncols, w);
}

static int
cmp_crow(const void *a, const void *b)
{
	const struct csv_one *x = a, *y = b;

	return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* l: the complaints ids[] (their rows read through the index and folded
 * in file order, as complaints_load does), the highest seq in max_seq.
 * 0, or -1 (read it all: said nothing). */
static int
cxi_fold(struct cxi *cx, char *const ids[], size_t nids,
         struct complaint_log *l)
{
	struct cs_ctx *x = cx->x;
	struct csv_one *rows = NULL;
	size_t n = 0, cap = 0;
	int64_t off[CXI_CAND];
	struct cload c = {0};
	bool quiet = cs_quiet;
	int st = 0;

	for (size_t i = 0; i < nids && st == 0; i++) {
		int k = cix_find(&cx->ix, key_complaint(ids[i]), off, CXI_CAND);
		if (k < 0) {
			st = -1;
			break;
		}
		for (int j = 0; j < k; j++) {
			struct csv_one w = {0};
			if (off[j] >= cx->end || cxi_read(cx, off[j], &w) != 0 ||
			    strcmp(fld(&cx->hc, &(struct csv_rec){NULL, 0,
			    w.nf, w.f, w.len, 0}, K_COMPLAINT), ids[i]) != 0) {
				sb_free(&w.text);
				continue;
			}
			xgrow(&rows, &cap, n + 1, sizeof *rows);
			rows[n++] = w;
		}
	}
	if (n > 1)
		qsort(rows, n, sizeof *rows, cmp_crow);
	memset(l, 0, sizeof *l);
	l->path = xstrdup(cx->path);
	l->now = x->now;
	l->nms = x->rules.complaints.nmilestones;
	xgrow(&l->str, &l->strcap, 1, 1);
	l->str[0] = '\0';
	l->strused = 1;
	c.l = l;
	c.s = &x->store;
	c.r = &x->rules;
	c.asof = CS_NOTIME;
	memcpy(c.col, cx->hc.col, sizeof c.col);
	c.ncols = cx->hc.ncols;
	c.header_seen = true;
	cs_quiet = true;
	for (size_t i = 0; i < n && st == 0; i++) {
		struct csv_rec r = {path_base(cx->path), 0, rows[i].nf, rows[i].f,
		    rows[i].len, rows[i].offset};
		/* a stale slot can point at the same row twice */
		if (i > 0 && rows[i].offset == rows[i - 1].offset)
			continue;
		if (cload_row(&r, &c) != 0)
			st = -1;
	}
	cs_quiet = quiet;
	for (size_t i = 0; i < n; i++)
		sb_free(&rows[i].text);
	free(rows);
	strmap_free(&c.names);
	if (st) {
		complaints_free(l);
		return -1;
	}
	settle(l, &x->rules);
	settle_rungs(l, &x->store, &x->rules);
	index_events(l);
	l->max_seq = cx->meta[0];
	return 0;
}

/* Opens the index of the locked ledger w: 0 (cx->on), -1 (read it all),
 * or CS_EX_* (the ledger is bad: said why). */
static int
cxi_open(struct cxi *cx, struct cs_ctx *x, struct ledger_w *w)
{
	struct csv_at at = {0, 1, 0, 0};
	struct complaint_log l;
	struct cload c = {0};
	struct stat sb;
	bool quiet = cs_quiet;
	uint64_t deps;
	int rc;

	memset(cx, 0, sizeof *cx);
	cx->ix.fd = -1;
	cx->x = x;
	cx->w = w;
	if (cache_off || fstat(w->fd, &sb) != 0 ||
	    sb.st_size < cache_min_bytes())
		return -1;
	cx->path = xstrdup(w->path);
	cs_quiet = true;
	rc = csv_read_at(cx->path, w->fd, &at, CSV_READ_HEADER |
	    CSV_READ_SHORT | CSV_READ_QUIET, cload_header_only, &cx->hc);
	cs_quiet = quiet;
	if (rc != STOP || !cx->hc.header_seen || cx->hc.ncols > 64) {
		cxi_close(cx);
		return -1;
	}
	deps = cache_deps(x->dir, &x->rules, CACHE_COMPLAINT_IX);
	if (cix_open(&cx->ix, x->dir, CXI_NAME, CACHE_COMPLAINT_IX, deps,
	    w->fd) == 0) {
		memcpy(cx->meta, cx->ix.smeta, sizeof cx->meta);
		at.start = cx->ix.soft.offset;
		at.line = (long)cx->ix.soft.line;
		cs_quiet = true;
		rc = csv_read_at(cx->path, w->fd, &at, CSV_READ_LEDGER |
		    CSV_READ_QUIET, cxi_tail_row, cx);
		cs_quiet = quiet;
		cx->end = at.end;
		cx->end_line = at.end_line;
		if (rc == 0 && !cx->bad && at.end == (int64_t)sb.st_size) {
			/* the touched complaints must fold as they would in a
			 * full read */
			if (cx->ntouched == 0 ||
			    cxi_fold(cx, cx->touched, cx->ntouched, &l) == 0) {
				if (cx->ntouched)
					complaints_free(&l);
				cx->on = true;
				return 0;
			}
		}
		cache_trace("%s: not used: the rows after it need a full read",
		    CXI_NAME);
		cix_close(&cx->ix);
		cx->bad = false;
	}
	cache_trace("%s: reading all of %s", CXI_NAME, path_base(cx->path));
	/* build it: the whole ledger, read and checked as complaints_load
	 * does (the same messages) */
	cix_new(&cx->ix, CACHE_COMPLAINT_IX, deps, (size_t)(sb.st_size / 128));
	memset(cx->meta, 0, sizeof cx->meta);
	memset(&l, 0, sizeof l);
	l.path = xstrdup(cx->path);
	l.now = x->now;
	l.nms = x->rules.complaints.nmilestones;
	xgrow(&l.str, &l.strcap, 1, 1);
	l.str[0] = '\0';
	l.strused = 1;
	c.l = &l;
	c.s = &x->store;
	c.r = &x->rules;
	c.asof = CS_NOTIME;
	c.no_events = true;
	c.hook = cxi_hook;
	c.hook_ctx = cx;
	at.start = 0;
	at.line = 1;
	rc = csv_read_at(cx->path, w->fd, &at, CSV_READ_HEADER |
	    CSV_READ_LEDGER | CSV_READ_MISSING_OK, cload_row, &c);
	strmap_free(&c.names);
	complaints_free(&l);
	if (rc == STOP)
		rc = -1;
	cx->end = at.end;
	cx->end_line = at.end_line;
	if (rc != 0) {
		cxi_close(cx);
		return rc;
	}
	cx->built = true;
	cx->on = true;
	return 0;
}

/* After rows were appended at offset before: they go into the index,
 * which is saved (built now) or has its mark moved on. */
static void
cxi_done(struct cxi *cx, int64_t before)
{
	struct csv_at at = {before, cx->end_line, 0, 0};
	struct cache_mark m;
	bool quiet = cs_quiet;
	int rc;

	/* the new rows, as the tail is read */
	for (size_t i = 0; i < cx->ntouched; i++)
		free(cx->touched[i]);
	cx->ntouched = 0;
	cs_quiet = true;
	rc = csv_read_at(cx->path, cx->w->fd, &at, CSV_READ_LEDGER |
	    CSV_READ_QUIET, cxi_tail_row, cx);
	cs_quiet = quiet;
	if (rc != 0 || cx->bad) {
		if (!cx->built)
			cix_remove(cx->x->dir, CXI_NAME);
	} else {
		if (!cx->built && cix_full(&cx->ix))
			cx->built = cix_grow(&cx->ix) == 0;
		if (cache_mark_make(cx->w->fd, at.end, at.end_line, &m) == 0) {
			if (cx->built || at.end - cx->ix.mark.offset >= CXI_TAIL) {
				memcpy(cx->ix.meta, cx->meta, sizeof cx->meta);
				if (cx->built)
					cix_save(&cx->ix, cx->x->dir, CXI_NAME, &m);
				else
					cix_advance(&cx->ix, &m);
			} else {
				memcpy(cx->ix.smeta, cx->meta, sizeof cx->meta);
				cix_soft(&cx->ix, &m);
			}
		}
	}
	cxi_close(cx);
}

/* Where the next append goes. */
static int64_t
file_end(const struct ledger_w *w)
{
	struct stat sb;

	return fstat(w->fd, &sb) == 0 ? (int64_t)sb.st_size : -1;
}

/* Opens complaints.csv for appending, under the lock: through the index
 * when there is one (cx->on: l holds only the complaints ids[] and the
 * highest seq), else reading all of it into l. */
static int
open_log_for(struct cs_ctx *x, struct ledger_w *w, struct complaint_log *l,
             struct cxi *cx, char *const ids[], size_t nids)
{
	char *path = path_join(x->dir, "complaints.csv");
	int rc;

	memset(l, 0, sizeof *l);
	rc = ledger_open(w, path, complaint_cols, x->opt.wait);
	if (rc == 0 && (rc = cxi_open(cx, x, w)) == 0) {
		if (cx->meta[1] >= 0 && cxi_fold(cx, ids, nids, l) == 0)
			goto out;
		cxi_close(cx);
	}
	if (rc <= 0)
		rc = complaints_load(l, &x->store, &x->rules, path, CS_NOTIME,
		    x->now);
	if (rc)
		ledger_close(w);
out:
	free(path);
	return rc;
}


static int
parse_at(struct cs_ctx *x, const char *s, cs_time *at)
{
	char b[40];

	if (!s) {
		*at = x->now;
		return 0;
	}
	if (time_parse(s, x->rules.cal.tz_offset, at) < 0) {
		cs_warn("bad time \"%s\" in --at (expected YYYY-MM-DD HH:MM or "
		    "ISO 8601)", s);
		return CS_EX_DATAERR;
	}
	if (*at > x->now) {
		cs_warn("future time \"%s\" in --at (expected a time not after "
		    "now, %s)", s, time_format_short(x->now,
		    x->rules.cal.tz_offset, b));
		return CS_EX_DATAERR;
	}
	return 0;
}

/* A staff id given with an option: known and active. */
static int
parse_staff(struct cs_ctx *x, const char *s, const char *opt, int *out)
{
	*out = -1;
	if (!s)
		return 0;
	if ((*out = store_staff(&x->store, s)) < 0) {
		cs_warn("unknown staff \"%s\" in %s", s, opt);
		return CS_EX_DATAERR;
	}
	if (!x->store.staff[*out].active) {
		cs_warn("staff \"%s\" is not active in %s", s, opt);
		return CS_EX_DATAERR;
	}
	return 0;
}

static int
parse_named(const struct cs_named *v, int n, const char *s, const char *opt,
            const char **name)
{
	struct sbuf b = {0};

	for (int i = 0; i < n; i++)
		if (strcmp(v[i].name, s) == 0 ||
		    (v[i].label && strcmp(v[i].label, s) == 0)) {
			*name = v[i].name;
			return i;
		}
	for (int i = 0; i < n; i++)
		sb_addf(&b, "%s%s", i ? ", " : "", v[i].name);
	cs_warn("unknown %s \"%s\" in --%s (expected %s)", opt, s, opt,
	    n ? sb_str(&b) : "a name the rules list");
	sb_free(&b);
	return -1;
}

/* The role the first holder should have: the highest `start` of the
 * severity, category and channel, else the ladder's first rung. */
static const char *
start_role(const struct cs_rules *r, int sev, int cat, int chan)
{
	const struct complaint_rules *cr = &r->complaints;
	const char *cand[3] = {
		sev >= 0 ? cr->severities[sev].start : NULL,
		cat >= 0 ? cr->categories[cat].start : NULL,
		chan >= 0 ? cr->channels[chan].start : NULL,
	};
	const char *best = NULL;
	int brung = -2;

	for (int i = 0; i < 3; i++) {
		int k;
		if (!cand[i])
			continue;
		k = complaint_rung_of(r, cand[i]);
		if (!best || k > brung) {
			best = cand[i];
			brung = k;
		}
	}
	if (!best && cr->nladder > 0)
		best = cr->ladder[0].role;
	return best;
}

static int
cmd_open(struct cs_ctx *x, const struct complaint_input *in)
{
	const struct complaint_rules *cr = &x->rules.complaints;
	const struct cs_store *s = &x->store;
	struct ledger_w w = {0};
	struct complaint_log l;
	struct sbuf b = {0};
	struct crow row;
	const char *sev = NULL, *cat = NULL, *chan = NULL, *role;
	char id[48], prefix[16];
	int cust, by, holder, isev, icat, ichan, y, m, d, rc;
	long maxn = 0;
	struct cxi cx = {0};
	int64_t before = -1;
	cs_time at;

	if ((cust = store_customer(s, in->customer)) < 0) {
		cs_warn("unknown customer \"%s\"", in->customer);
		return CS_EX_DATAERR;
	}
	if ((isev = parse_named(cr->severities, cr->nseverities, in->severity,
	    "severity", &sev)) < 0 && cr->nseverities)
		return CS_EX_DATAERR;
	if ((icat = parse_named(cr->categories, cr->ncategories, in->category,
	    "category", &cat)) < 0 && cr->ncategories)
		return CS_EX_DATAERR;
	if ((ichan = parse_named(cr->channels, cr->nchannels, in->channel,
	    "channel", &chan)) < 0 && cr->nchannels)
		return CS_EX_DATAERR;
	if ((rc = parse_staff(x, in->by, "--by", &by)) ||
	    (rc = parse_at(x, in->at, &at)))
		return rc;
	role = start_role(&x->rules, isev, icat, ichan);
	holder = role ? pick_holder(s, role, cust) : store_staff(s,
	    customer_owner(s, &s->customers[cust]));
	if (holder < 0) {
		cs_warn("no active staff with role %s to hold a complaint of "
		    "customer %s", role ? role : "(owner)", in->customer);
		return CS_EX_DATAERR;
	}
	if ((rc = open_log_for(x, &w, &l, &cx, NULL, 0)))
		return rc;
	date_to_ymd(time_date(at, x->rules.cal.tz_offset), &y, &m, &d);
	snprintf(prefix, sizeof prefix, "C%04d-", y);
	for (size_t i = 0; i < l.n; i++)
		if (strncmp(l.c[i].id, prefix, 6) == 0) {
			long k = strtol(l.c[i].id + 6, NULL, 10);
			if (k > maxn)
				maxn = k;
		}
	for (int64_t i = 0; cx.on && i < cx.meta[1]; i++)
		if (cx.meta[2 + 2 * i] == y && cx.meta[3 + 2 * i] > maxn)
			maxn = (long)cx.meta[3 + 2 * i];
	snprintf(id, sizeof id, "%s%04ld", prefix, maxn + 1);
	crow_init(&row, x, l.max_seq + 1, id, CE_OPEN, at);
	row.f[K_BY] = staff_id(s, by);
	row.f[K_CUSTOMER] = customer_id(s, &s->customers[cust]);
	row.f[K_HOLDER] = s->staff[holder].id;
	row.f[K_SEVERITY] = sev ? sev : in->severity;
	row.f[K_CATEGORY] = cat ? cat : in->category;
	row.f[K_CHANNEL] = chan ? chan : in->channel;
	row.f[K_RUNG] = s->staff[holder].role;
	row.f[K_NOTE] = in->summary;
	ledger_row(&w, &b, row.f);
	if (cx.on && (before = file_end(&w)) < 0)
		cxi_close(&cx);
	if ((rc = ledger_write(&w, &b)) == 0) {
		rc = cs_print_new_id("complaint", id, false);
		if (cx.on)
			cxi_done(&cx, before);
	}
	cxi_close(&cx);
	ledger_close(&w);
	complaints_free(&l);
	sb_free(&b);
	return rc;
}

/* The milestone an event meets that was already met, if any. */
static const struct cmilestone *
already_met(const struct cs_rules *r, const struct complaint *c, int nms,
            int event)
{
	for (int k = 0; k < nms; k++) {
		const struct cmilestone *m = &c->ms[k];
		if (m->rule >= 0 && m->start != CS_NOTIME && m->met != CS_NOTIME &&
		    strcmp(r->complaints.milestones[k].met_by,
		    complaint_events[event]) == 0)
			return m;
	}
	return NULL;
}

/* Is event allowed in c's state?  Prints why not. */
static int
step_allowed(struct cs_ctx *x, const struct complaint_log *l,
             const struct complaint *c, int event, cs_time at)
{
	const struct cs_store *s = &x->store;
	const struct cevent *last = &l->ev[l->order[c->ev + c->nev - 1]];
	const char *st = complaint_states[c->state];
	const char *ev = complaint_events[event];
	const struct cmilestone *m;
	char b[40], b2[40];
	bool ok;

	switch (event) {
	case CE_ASSIGN:
	case CE_NOTE:
		ok = event == CE_NOTE || c->state != CST_CLOSED;
		break;
	case CE_REPLY:
	case CE_ANSWER:
	case CE_RESOLVE:
		ok = c->state == CST_OPEN || c->state == CST_WAITING;
		break;
	case CE_REVISIT:
		ok = c->state == CST_RESOLVED;
		break;
	case CE_CLOSE:
		ok = c->state != CST_CLOSED;
		break;
	case CE_REOPEN:
		ok = c->state == CST_RESOLVED || c->state == CST_CLOSED;
		break;
	case CE_WAIT:
		ok = c->state == CST_OPEN;
		break;
	case CE_RESUME:
		ok = c->state == CST_WAITING;
		break;
	default:
		ok = false;
	}
	if (!ok) {
		if (c->state == CST_CLOSED && event == CE_CLOSE)
			cs_warn("%s: already closed (at %s)", c->id,
			    time_format_short(c->closed, s->tz_offset, b));
		else if (event == CE_WAIT && c->state == CST_WAITING)
			cs_warn("%s: already waiting on the customer", c->id);
		else
			cs_warn("%s: cannot record %s: the complaint is %s",
			    c->id, ev, st);
		return CS_EX_DATAERR;
	}
	if ((m = already_met(&x->rules, c, l->nms, event))) {
		cs_warn("%s: %s already recorded at %s (milestone %s)", c->id,
		    ev, time_format_short(m->met, s->tz_offset, b),
		    x->rules.complaints.milestones[m->rule].name);
		return CS_EX_DATAERR;
	}
	if (at < last->at) {
		cs_warn("%s: time %s is before its last event (%s at %s)",
		    c->id, time_format_short(at, s->tz_offset, b),
		    complaint_events[last->event],
		    time_format_short(last->at, s->tz_offset, b2));
		return CS_EX_DATAERR;
	}
	return 0;
}

static bool
dissatisfied(const struct cs_rules *r, const uint8_t score[4])
{
	int low = r->complaints.low_score ? r->complaints.low_score :
	    r->low_score;

	for (int i = 0; i < 4; i++)
		if (score[i] && score[i] <= low)
			return true;
	return false;
}

static int
cmd_step(struct cs_ctx *x, const struct complaint_input *in, int event)
{
	const struct cs_store *s = &x->store;
	struct ledger_w w = {0};
	struct complaint_log l;
	struct sbuf b = {0};
	struct crow row[3];
	const struct complaint *c;
	uint8_t score[4] = {0};
	char scorebuf[16];
	int by, to = -1, ci, rc, nrow = 0;
	cs_time at;
	struct cxi cx = {0};
	int64_t before = -1;
	char *ids[1] = {(char *)in->id};

	if ((rc = parse_staff(x, in->by, "--by", &by)) ||
	    (rc = parse_at(x, in->at, &at)))
		return rc;
	if (event == CE_ASSIGN && (rc = parse_staff(x, in->to, "--to", &to)))
		return rc;
	if (in->scores) {
		const char *why;
		if (visit_scores_parse(in->scores, score, &why) < 0) {
			cs_warn("bad scores \"%s\" in --scores (expected %s)",
			    in->scores, why);
			return CS_EX_DATAERR;
		}
		for (int i = 0, n = 0; i < 4; i++) {
			if (i)
				scorebuf[n++] = ',';
			if (score[i])
				scorebuf[n++] = (char)('0' + score[i]);
			scorebuf[n] = '\0';
		}
	}
	if ((rc = open_log_for(x, &w, &l, &cx, ids, 1)))
		return rc;
	if ((ci = complaint_find(&l, in->id)) < 0) {
		cs_warn("unknown complaint \"%s\"", in->id);
		rc = CS_EX_DATAERR;
		goto out;
	}
	c = &l.c[ci];
	if ((rc = step_allowed(x, &l, c, event, at)))
		goto out;
	if (event == CE_ASSIGN && to == c->holder) {
		cs_warn("%s: already held by %s", c->id, in->to);
		rc = CS_EX_DATAERR;
		goto out;
	}
	crow_init(&row[nrow], x, l.max_seq + 1, c->id, event, at);
	row[nrow].f[K_BY] = staff_id(s, by);
	row[nrow].f[K_HOLDER] = staff_id(s, event == CE_ASSIGN ? to : c->holder);
	if (event == CE_ASSIGN)
		row[nrow].f[K_RUNG] = s->staff[to].role;
	if (in->scores)
		row[nrow].f[K_SCORES] = scorebuf;
	if (in->note)
		row[nrow].f[K_NOTE] = in->note;
	nrow++;
	/* A dissatisfied revisit reopens the complaint and moves it up. */
	if (event == CE_REVISIT && dissatisfied(&x->rules, score)) {
		const struct complaint_rules *cr = &x->rules.complaints;
		int up = c->rung + 1, holder = -1;

		crow_init(&row[nrow], x, l.max_seq + 2, c->id, CE_REOPEN, at);
		row[nrow].f[K_BY] = staff_id(s, by);
		row[nrow].f[K_HOLDER] = staff_id(s, c->holder);
		row[nrow].f[K_SCORES] = scorebuf;
		row[nrow].f[K_NOTE] = lang_zh(&x->rules) ? "回访不满意" :
		    "dissatisfied revisit";
		nrow++;
		if (up < cr->nladder &&
		    (holder = pick_holder(s, cr->ladder[up].role, c->cust)) < 0)
			cs_warn("%s: no active staff with role %s; it stays with %s",
			    c->id, cr->ladder[up].role, staff_id(s, c->holder));
		if (holder >= 0) {
			crow_init(&row[nrow], x, l.max_seq + 3, c->id,
			    CE_ESCALATE, at);
			row[nrow].f[K_BY] = staff_id(s, by);
			row[nrow].f[K_HOLDER] = s->staff[holder].id;
			row[nrow].f[K_RUNG] = cr->ladder[up].role;
			row[nrow].f[K_NOTE] = lang_zh(&x->rules) ? "回访不满意" :
			    "dissatisfied revisit";
			nrow++;
		}
	}
	for (int i = 0; i < nrow; i++)
		ledger_row(&w, &b, row[i].f);
	if (cx.on && (before = file_end(&w)) < 0)
		cxi_close(&cx);
	if ((rc = ledger_write(&w, &b)) == 0 && cx.on)
		cxi_done(&cx, before);
out:
	if (cx.on && cx.built)
		cxi_done(&cx, cx.end); /* keep what was built */
	cxi_close(&cx);
	ledger_close(&w);
	complaints_free(&l);
	sb_free(&b);
	return rc;
}

/* ---- escalate: the cron job ---------------------------------------- */

struct notice {
	int holder;
	size_t complaint;
	const struct cmilestone *m;
	int64_t late;
	const char *escalated;    /* role moved to, or NULL */
};

static int
notice_cmp(const void *a, const void *b)
{
	const struct notice *x = a, *y = b;

	if (x->holder != y->holder)
		return x->holder < y->holder ? -1 : 1;
	return x->complaint < y->complaint ? -1 : x->complaint > y->complaint;
}

/* The last event of a kind for c and milestone name since `since`. */
static const struct cevent *
last_event(const struct complaint_log *l, const struct complaint *c,
           int event, const char *milestone, const char *rung, cs_time since)
{
	const struct cevent *found = NULL;

	for (size_t i = 0; i < c->nev; i++) {
		const struct cevent *e = &l->ev[l->order[c->ev + i]];
		if (e->event != event || e->at < since ||
		    strcmp(cevent_str(l, e->milestone), milestone) != 0 ||
		    (rung && strcmp(cevent_str(l, e->rung), rung) != 0))
			continue;
		found = e;
	}
	return found;
}

static const char *
ms_name(const struct cs_rules *r, const struct cmilestone *m)
{
	return r->complaints.milestones[m->rule].name;
}

static void
print_notices(struct cs_ctx *x, FILE *fp, const struct complaint_log *l,
              struct notice *nv, size_t n)
{
	const struct cs_store *s = &x->store;
	const int tz = x->rules.cal.tz_offset;
	bool zh = lang_zh(&x->rules);
	enum out_format fmt = x->opt.fmt;
	static const struct out_col cols[] = {
		{N_("holder"), NULL, 0}, {N_("holder_name"), NULL, 0},
		{N_("role"), NULL, 0}, {N_("complaint"), NULL, 0},
		{N_("customer"), NULL, 0}, {N_("name"), NULL, 0},
		{N_("milestone"), NULL, 0}, {N_("due"), NULL, 0},
		{N_("late"), NULL, 0}, {N_("escalated"), NULL, 0},
	};
	static const struct out_col zhcols[] = {
		{"complaint", "投诉编号", 0}, {"customer", "客户", 0},
		{"name", "客户名称", 0}, {"milestone", "环节", 0},
		{"due", "期限", 0}, {"late", "逾期(工作时间)", 0},
		{"escalated", "已升级至", 0},
	};
	static const struct out_col encols[] = {
		{N_("complaint"), NULL, 0}, {N_("customer"), NULL, 0},
		{N_("name"), NULL, 0}, {N_("milestone"), NULL, 0},
		{N_("due"), NULL, 0}, {"late", N_("late (working time)"), 0},
		{N_("escalated"), NULL, 0},
	};
	struct out o;
	char due[40], late[40], nowb[40];

	if (fmt == OUT_CSV || fmt == OUT_TSV || fmt == OUT_JSON) {
		out_begin(&o, fp, fmt, cols, 10, x->opt.ambiwidth);
		for (size_t i = 0; i < n; i++) {
			const struct staffer *h = &s->staff[nv[i].holder];
			const struct complaint *c = &l->c[nv[i].complaint];
			const char *v[10] = {
				h->id, h->name, h->role, c->id,
				customer_id(s, &s->customers[c->cust]),
				customer_name(s, &s->customers[c->cust]),
				ms_name(&x->rules, nv[i].m),
				time_format_short(nv[i].m->due, tz, due),
				span_format(nv[i].late, late),
				nv[i].escalated ? nv[i].escalated : "",
			};
			out_row(&o, v);
		}
		out_end(&o);
		return;
	}
	time_format_short(x->now, tz, nowb);
	for (size_t i = 0; i < n;) {
		const struct staffer *h = &s->staff[nv[i].holder];
		size_t j;

		if (i > 0)
			fputc('\n', fp);
		if (zh)
			fprintf(fp, "催办单\n致：%s %s（%s）\n时间：%s\n"
			    "以下投诉已超过处理期限，请尽快处理：\n\n",
			    h->id, h->name, h->role, nowb);
		else
			fprintf(fp, "Reminder notice\nTo: %s %s (%s)\nTime: %s\n"
			    "These complaints are past their deadline:\n\n",
			    h->id, h->name, h->role, nowb);
		out_begin(&o, fp, OUT_TABLE, zh ? zhcols : encols, 7,
		    x->opt.ambiwidth);
		for (j = i; j < n && nv[j].holder == nv[i].holder; j++) {
			const struct complaint *c = &l->c[nv[j].complaint];
			const char *v[7] = {
				c->id, customer_id(s, &s->customers[c->cust]),
				customer_name(s, &s->customers[c->cust]),
				ms_name(&x->rules, nv[j].m),
				time_format_short(nv[j].m->due, tz, due),
				span_format(nv[j].late, late),
				nv[j].escalated ? nv[j].escalated : "",
			};
			out_row(&o, v);
		}
		out_end(&o);
		i = j;
	}
}

/* escalate through the index: l gets the complaints that can be chased
 * (open or resolved, their current milestone late), found from the
 * checkpoint of the states, with their events read through the index.
 * 0, -1 (read it all), or CS_EX_* (a bad ledger: said why). */
static int
late_ones(struct cs_ctx *x, struct cxi *cx, struct complaint_log *l)
{
	struct complaint_log st;
	char **ids = NULL;
	size_t n = 0, cap = 0;
	int rc;

	complaints_free(l);
	if ((rc = complaints_load_state(&st, x->dir, &x->rules, &x->store,
	    CS_NOTIME, x->now)) != 0)
		return rc;
	for (size_t i = 0; i < st.n; i++) {
		const struct complaint *c = &st.c[i];
		const struct cmilestone *m;
		if (c->state != CST_OPEN && c->state != CST_RESOLVED)
			continue;
		if (!(m = complaint_current(&st, c)) || !m->late)
			continue;
		xgrow(&ids, &cap, n + 1, sizeof *ids);
		ids[n++] = xstrdup(c->id);
	}
	complaints_free(&st);
	rc = cxi_fold(cx, ids, n, l);
	for (size_t i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
	return rc;
}

/* escalate --notify: the latest reminder of each late complaint not yet
 * handed on (this run's, and earlier ones whose notifier failed, while
 * the complaint is late with the same holder), one notice per holder as
 * print_notices prints it, to the command.  The key of a reminder:
 * remind:HOLDER:COMPLAINT:RUNG:N, N counting the complaint's reminders.
 * new: this run's notices.  0, CS_EX_TEMPFAIL or another CS_EX_*. */
struct pending {
	struct notice nt;
	char *key;
};

static int
pending_cmp(const void *a, const void *b)
{
	return notice_cmp(&((const struct pending *)a)->nt,
	    &((const struct pending *)b)->nt);
}

static int
escalate_notify(struct cs_ctx *x, const char *cmd,
                const struct complaint_log *l, const struct notice *new,
                size_t nnew)
{
	const struct cs_rules *r = &x->rules;
	const struct cs_store *s = &x->store;
	struct pending *pv = NULL;
	struct notice *grp;
	size_t np = 0, cap = 0;
	struct notify n;
	int rc, worst = 0;

	if ((rc = notify_open(&n, x, cmd)) != 0)
		return rc;
	for (size_t i = 0; i < l->n; i++) {
		const struct complaint *c = &l->c[i];
		const struct cmilestone *m;
		const struct notice *now = NULL;
		const char *mname;
		int nth = 0, nlast = 0;
		char *key;

		if (c->state != CST_OPEN && c->state != CST_RESOLVED)
			continue;
		if (!(m = complaint_current(l, c)) || !m->late || c->holder < 0)
			continue;
		mname = ms_name(r, m);
		for (size_t j = 0; j < nnew; j++)
			if (new[j].complaint == i)
				now = &new[j];
		for (size_t k = 0; k < c->nev; k++) {
			const struct cevent *e = &l->ev[l->order[c->ev + k]];
			if (e->event != CE_REMIND)
				continue;
			nth++;
			if (e->at >= m->start && e->holder == c->holder &&
			    strcmp(cevent_str(l, e->milestone), mname) == 0)
				nlast = nth;
		}
		if (now)
			nth++;
		else if (nlast > 0)
			nth = nlast;
		else
			continue;
		key = xasprintf("remind:%s:%s:%d:%d", s->staff[c->holder].id,
		    c->id, c->rung, nth);
		if (notify_was_sent(&n, key)) {
			free(key);
			continue;
		}
		xgrow(&pv, &cap, np + 1, sizeof *pv);
		pv[np].nt.holder = c->holder;
		pv[np].nt.complaint = i;
		pv[np].nt.m = m;
		pv[np].nt.late = cmilestone_late(r, m, x->now);
		pv[np].nt.escalated = now ? now->escalated : NULL;
		pv[np++].key = key;
	}
	if (np > 1)
		qsort(pv, np, sizeof *pv, pending_cmp);
	grp = xcalloc(np ? np : 1, sizeof *grp);
	for (size_t i = 0, j; i < np; i = j) {
		const char **keys = xcalloc(np, sizeof *keys);
		const char *first = l->c[pv[i].nt.complaint].id;
		char *text = NULL, *subject;
		size_t len = 0, k = 0;
		FILE *fp;

		for (j = i; j < np && pv[j].nt.holder == pv[i].nt.holder; j++) {
			grp[k] = pv[j].nt;
			keys[k++] = pv[j].key;
		}
		if (k == 1)
			subject = xasprintf(lang_zh(r) ? "催办单 %s" :
			    "Reminder notice: %s", first);
		else
			subject = xasprintf(lang_zh(r) ? "催办单 %s 等 %zu 件" :
			    "Reminder notice: %s and %zu more", first,
			    lang_zh(r) ? k : k - 1);
		if ((fp = open_memstream(&text, &len)) == NULL) {
			cs_warn("cannot make a notice: %s", strerror(errno));
			rc = CS_EX_SOFTWARE;
		} else {
			print_notices(x, fp, l, grp, k);
			rc = fclose(fp) == 0 ? 0 : CS_EX_SOFTWARE;
		}
		if (rc == 0)
			rc = notify_send(&n, "remind", pv[i].nt.holder, keys, k,
			    subject, text, len);
		free(text);
		free(subject);
		free(keys);
		if (rc && (worst == 0 || worst == CS_EX_TEMPFAIL))
			worst = rc;
	}
	notify_close(&n);
	for (size_t i = 0; i < np; i++)
		free(pv[i].key);
	free(pv);
	free(grp);
	return worst;
}

static int
cmd_escalate(struct cs_ctx *x, const struct complaint_input *in)
{
	const struct cs_rules *r = &x->rules;
	const struct complaint_rules *cr = &r->complaints;
	const struct cs_store *s = &x->store;
	struct ledger_w w = {0};
	struct complaint_log l;
	struct sbuf b = {0};
	struct notice *nv = NULL;
	size_t nn = 0, ncap = 0;
	struct cxi cx = {0};
	int64_t seq, before = -1;
	int by, rc;
	struct cs_outfile of;

	if ((rc = parse_staff(x, in->by, "--by", &by)))
		return rc;
	/* Nobody is chased outside working hours: nothing happens then. */
	if (!cr->present || !cal_is_working_time(&r->cal, x->now))
		return 0;
	if ((rc = open_log_for(x, &w, &l, &cx, NULL, 0)))
		return rc;
	if (cx.on && (rc = late_ones(x, &cx, &l)) != 0) {
		/* the whole log after all */
		cxi_close(&cx);
		if (rc < 0)
			rc = complaints_load(&l, s, r, w.path, CS_NOTIME, x->now);
		if (rc) {
			ledger_close(&w);
			return rc;
		}
	}
	seq = l.max_seq;
	for (size_t i = 0; i < l.n; i++) {
		struct complaint *c = &l.c[i];
		const struct cmilestone *m;
		const struct cevent *last;
		const char *mname, *esc = NULL;
		struct crow row;
		int target = -1;
		cs_time t;

		if (c->state != CST_OPEN && c->state != CST_RESOLVED)
			continue;
		if (!(m = complaint_current(&l, c)) || !m->late)
			continue;
		mname = ms_name(r, m);
		t = m->due;
		for (int k = 1; k < cr->nladder; k++) {
			t = duration_add_time(&r->cal, t, &cr->ladder[k].after,
			    cr->clock, NULL);
			if (x->now < t)
				break;
			target = k;
		}
		if (target > c->rung && !last_event(&l, c, CE_ESCALATE, mname,
		    cr->ladder[target].role, m->start)) {
			int h = pick_holder(s, cr->ladder[target].role, c->cust);
			char late[40];
			if (h < 0)
				cs_warn("%s: no active staff with role %s; it "
				    "stays with %s", c->id, cr->ladder[target].role,
				    staff_id(s, c->holder));
			else {
				crow_init(&row, x, ++seq, c->id, CE_ESCALATE, x->now);
				row.f[K_BY] = staff_id(s, by);
				row.f[K_HOLDER] = s->staff[h].id;
				row.f[K_MILESTONE] = mname;
				row.f[K_RUNG] = cr->ladder[target].role;
				span_format(cmilestone_late(r, m, x->now), late);
				char *note = xasprintf(lang_zh(r) ? "%s 逾期 %s" :
				    "%s late by %s", mname, late);
				row.f[K_NOTE] = note;
				ledger_row(&w, &b, row.f);
				free(note);
				c->holder = h;
				c->rung = (int8_t)target;
				esc = cr->ladder[target].role;
			}
		}
		if (c->holder < 0)
			continue;
		last = last_event(&l, c, CE_REMIND, mname, NULL, m->start);
		if (last && last->holder == c->holder && (!cr->has_remind ||
		    x->now < duration_add_time(&r->cal, last->at,
		    &cr->remind_every, cr->clock, NULL)))
			continue;
		crow_init(&row, x, ++seq, c->id, CE_REMIND, x->now);
		row.f[K_BY] = staff_id(s, by);
		row.f[K_HOLDER] = s->staff[c->holder].id;
		row.f[K_MILESTONE] = mname;
		ledger_row(&w, &b, row.f);
		xgrow(&nv, &ncap, nn + 1, sizeof *nv);
		nv[nn].holder = c->holder;
		nv[nn].complaint = i;
		nv[nn].m = m;
		nv[nn].late = cmilestone_late(r, m, x->now);
		nv[nn++].escalated = esc;
	}
	if (cx.on && b.len && (before = file_end(&w)) < 0)
		cxi_close(&cx);
	if (b.len && (rc = ledger_write(&w, &b)) == 0 && cx.on)
		cxi_done(&cx, before);
	else if (cx.on && cx.built)
		cxi_done(&cx, cx.end); /* keep what was built */
	cxi_close(&cx);
	if (b.len && rc == 0 && nn && !in->notify) {
		qsort(nv, nn, sizeof *nv, notice_cmp);
		if ((rc = cs_outfile_open(&of, x->opt.output)) == 0) {
			print_notices(x, of.fp, &l, nv, nn);
			rc = cs_outfile_close(&of, 0);
		}
	}
	ledger_close(&w);
	/* the notifiers run with complaints.csv unlocked */
	if (in->notify && rc == 0)
		rc = escalate_notify(x, in->notify, &l, nv, b.len ? nn : 0);
	complaints_free(&l);
	sb_free(&b);
	free(nv);
	return rc;
}

/* ---- list and show ------------------------------------------------- */

static enum out_format
resolve_format(enum out_format f, FILE *fp)
{
	if (f == OUT_AUTO)
		f = isatty(fileno(fp)) ? OUT_TABLE : OUT_CSV;
	return f;
}

static int
load_log(struct cs_ctx *x, struct complaint_log *l)
{
	char *path = path_join(x->dir, "complaints.csv");
	int rc = complaints_load(l, &x->store, &x->rules, path, CS_NOTIME,
	    x->now);

	free(path);
	return rc;
}

static const struct out_col list_encols[] = {
	{N_("id"), NULL, 0}, {N_("customer"), NULL, 0},
	{N_("name"), NULL, 0}, {N_("severity"), NULL, 0},
	{N_("category"), NULL, 0}, {N_("state"), NULL, 0},
	{N_("holder"), NULL, 0}, {N_("milestone"), NULL, 0},
	{N_("due"), NULL, 0}, {N_("late"), NULL, 0},
};
static const struct out_col list_zhcols[] = {
	{"id", "投诉编号", 0}, {"customer", "客户", 0},
	{"name", "客户名称", 0}, {"severity", "严重程度", 0},
	{"category", "类别", 0}, {"state", "状态", 0},
	{"holder", "处理人", 0}, {"milestone", "当前环节", 0},
	{"due", "期限", 0}, {"late", "逾期", 0},
};

/* Complaint c's row of list into v (due, late: 40 bytes each), or false
 * when the options leave it out. */
static bool
list_row(const struct cs_ctx *x, const struct complaint_log *l,
         const struct complaint *c, const struct complaint_input *in,
         int holder, bool table, char *due, char *late, const char *v[10])
{
	const struct cs_store *s = &x->store;
	const struct cmilestone *m = complaint_current(l, c);

	*due = *late = '\0';
	if (in->open_only && c->state == CST_CLOSED)
		return false;
	if (in->overdue && !(m && m->late))
		return false;
	if (holder >= 0 && c->holder != holder)
		return false;
	if (m)
		time_format_short(m->due, x->rules.cal.tz_offset, due);
	if (m && m->late)
		span_format(cmilestone_late(&x->rules, m, x->now), late);
	v[0] = c->id;
	v[1] = customer_id(s, &s->customers[c->cust]);
	v[2] = customer_name(s, &s->customers[c->cust]);
	v[3] = named_shown(&x->rules, table, x->rules.complaints.severities,
	    c->severity, cevent_str(l, c->sev_name));
	v[4] = named_shown(&x->rules, table, x->rules.complaints.categories,
	    c->category, cevent_str(l, c->cat_name));
	v[5] = complaint_states[c->state];
	v[6] = staff_id(s, c->holder);
	v[7] = m ? ms_name(&x->rules, m) : "";
	v[8] = due;
	v[9] = late;
	return true;
}

static int
cmd_list(struct cs_ctx *x, const struct complaint_input *in)
{
	const struct cs_store *s = &x->store;
	struct complaint_log l;
	struct out o;
	int holder = -1, rc;
	struct cs_outfile of;

	if (in->holder && (holder = store_staff(s, in->holder)) < 0) {
		cs_warn("unknown staff \"%s\" in --holder", in->holder);
		return CS_EX_DATAERR;
	}
	if ((rc = complaints_load_state(&l, x->dir, &x->rules, s, CS_NOTIME,
	    x->now)))
		return rc;
	if ((rc = cs_outfile_open(&of, x->opt.output)) != 0) {
		complaints_free(&l);
		return rc;
	}
	out_begin(&o, of.fp, x->opt.fmt, lang_zh(&x->rules) ? list_zhcols :
	    list_encols, 10, x->opt.ambiwidth);
	o.empty_too = cs_output_named(x->opt.output);
	for (size_t i = 0; i < l.n; i++) {
		char due[40], late[40];
		const char *v[10];
		if (list_row(x, &l, &l.c[i], in, holder, o.fmt == OUT_TABLE,
		    due, late, v))
			out_row(&o, v);
	}
	rc = out_end(&o);
	complaints_free(&l);
	return cs_outfile_close(&of, rc);
}

/* A milestone's status word. */
static const char *
ms_status(const struct cmilestone *m)
{
	if (m->start == CS_NOTIME)
		return "not started";
	if (m->met != CS_NOTIME)
		return m->late ? "late" : "met";
	if (m->ended != CS_NOTIME)
		return m->late ? "missed" : "dropped";
	return m->late ? "overdue" : "pending";
}

/* Each line of t, indented by four spaces. */
static void
add_indented(struct sbuf *b, const struct sbuf *t)
{
	const char *p = sb_str(t);

	while (*p) {
		size_t n = strcspn(p, "\n");
		sb_adds(b, "    ");
		sb_add(b, p, n);
		sb_addc(b, '\n');
		p += n + (p[n] == '\n');
	}
}

/* How a milestone's due time was computed, for --explain. */
static void
explain(struct cs_ctx *x, const struct complaint_log *l,
        const struct complaint *c, const struct cmilestone *m, struct sbuf *b)
{
	const struct cs_rules *r = &x->rules;
	const struct cs_milestone *rm = &r->complaints.milestones[m->rule];
	const int tz = r->cal.tz_offset;
	struct cmilestone tmp = *m;
	char t1[40], t2[40], d[64], sp[40];
	cs_time ws = CS_NOTIME, base;
	const char *started_by = rm->from;
	int64_t total = 0;
	struct sbuf trace = {0};

	/* the event that started the clock: its `from`, or a reopen */
	for (size_t i = 0; i < c->nev; i++) {
		const struct cevent *e = &l->ev[l->order[c->ev + i]];
		if (e->at == m->start && (strcmp(complaint_events[e->event],
		    rm->from) == 0 || e->event == CE_REOPEN))
			started_by = complaint_events[e->event];
	}
	duration_format(&rm->within, d);
	sb_addf(b, "%s: from %s at %s, within %s\n", rm->name, started_by,
	    time_format_short(m->start, tz, t1), d);
	tmp.paused = 0;
	base = milestone_due(r, &tmp, &trace);
	add_indented(b, &trace);
	sb_addf(b, "  = %s\n", time_format_short(base, tz, t1));
	/* The waits that were credited, as the fold credits them. */
	for (size_t i = 0; i <= c->nev; i++) {
		const struct cevent *e = i < c->nev ?
		    &l->ev[l->order[c->ev + i]] : NULL;
		cs_time end, from;
		int64_t w;

		if (e && e->event == CE_WAIT) {
			if (ws == CS_NOTIME)
				ws = e->at;
			continue;
		}
		if (ws == CS_NOTIME || (e && e->event != CE_RESUME &&
		    e->event != CE_RESOLVE && e->event != CE_CLOSE))
			continue;
		end = e ? e->at : l->now;
		from = ws > m->start ? ws : m->start;
		ws = CS_NOTIME;
		/* credited only while the milestone was pending (fold) */
		if (end <= from || (m->met != CS_NOTIME && m->met < end) ||
		    (m->ended != CS_NOTIME && m->ended < end))
			continue;
		w = cal_working_between(&r->cal, from, end);
		total += w;
		sb_addf(b, "  waiting on the customer %s to %s%s: %s of "
		    "working time credited\n", time_format_short(from, tz, t1),
		    time_format_short(end, tz, t2), e ? "" : " (now)",
		    span_format(w, sp));
	}
	if (m->paused > 0) {
		sb_reset(&trace);
		sb_addf(b, "  %s + %s of working time paused\n",
		    time_format_short(base, tz, t1), span_format(m->paused, sp));
		cal_add_working(&r->cal, base, m->paused, &trace);
		add_indented(b, &trace);
	}
	if (total != m->paused)
		sb_addf(b, "  (paused in all: %s)\n", span_format(m->paused, sp));
	sb_free(&trace);
	sb_addf(b, "  due %s", time_format_short(m->due, tz, t1));
	if (m->met != CS_NOTIME)
		sb_addf(b, ", met %s", time_format_short(m->met, tz, t2));
	else if (m->ended != CS_NOTIME)
		sb_addf(b, ", not met when %s %s", c->state == CST_CLOSED &&
		    m->ended == c->closed ? "closed" : "resolved",
		    time_format_short(m->ended, tz, t2));
	if (m->late)
		sb_addf(b, ": late by %s of working time",
		    span_format(cmilestone_late(r, m, l->now), sp));
	sb_adds(b, "\n");
}

/* The lines of t, trimmed, joined by "; " (CSV, TSV, JSON). */
static void
one_line(struct sbuf *b, const struct sbuf *t)
{
	const char *p = sb_str(t);

	sb_add(b, "", 0);
	while (*p) {
		size_t n;
		while (*p == ' ')
			p++;
		n = strcspn(p, "\n");
		if (n > 0)
			sb_addf(b, "%s%.*s", b->len ? "; " : "", (int)n, p);
		p += n + (p[n] == '\n');
	}
}

/* zh: for people under rules in Chinese (the table of show) */
static void
event_detail(const struct complaint_log *l, const struct cevent *e,
             bool zh, struct sbuf *b)
{
	const char *rung = cevent_str(l, e->rung), *sc = cevent_str(l, e->scores);

	sb_reset(b);
	sb_add(b, "", 0);
	if (*rung && (e->event == CE_ESCALATE || e->event == CE_ASSIGN))
		sb_addf(b, zh ? "层级 %s" : "rung %s", rung);
	if (*sc)
		sb_addf(b, zh ? "%s评分 %s" : "%sscores %s",
		    b->len ? (zh ? "；" : "; ") : "", sc);
	if (*cevent_str(l, e->note))
		sb_addf(b, "%s%s", b->len ? (zh ? "；" : "; ") : "",
		    cevent_str(l, e->note));
}

static void
kv(FILE *fp, const char *key, int width, const char *val)
{
	int pad = width - (int)utf8_width(key, 1);

	fputs(key, fp);
	while (pad-- > 0)
		fputc(' ', fp);
	fprintf(fp, "  %s\n", val);
}

/* An id (of kind BR_*) as show prints it, allocated: over several branches
 * (br, the complaint's branch k) BRANCH/ID where it clashes, as list
 * prints it; else as it is. */
static char *
show_id(const struct cs_branches *br, size_t k, int kind, const char *id)
{
	return br && *id ? branches_id(br, kind, k, id) : xstrdup(id);
}

/* show ID: the complaint's fields, timeline and milestones; br: the
 * branches it was found among (show_branches), else NULL. */
static int
cmd_show(struct cs_ctx *x, const struct complaint_input *in,
         const struct cs_branches *br, size_t bk)
{
	const struct cs_rules *r = &x->rules;
	const struct cs_store *s = &x->store;
	const int tz = r->cal.tz_offset;
	bool zh = lang_zh(r);
	static const struct out_col allcols[] = {
		{N_("kind"), NULL, 0}, {N_("at"), NULL, 0},
		{N_("event"), NULL, 0}, {N_("by"), NULL, 0},
		{N_("holder"), NULL, 0}, {N_("milestone"), NULL, 0},
		{N_("detail"), NULL, 0}, {N_("due"), NULL, 0},
		{N_("met"), NULL, 0}, {N_("status"), NULL, 0},
		{N_("late"), NULL, 0},
	};
	static const struct out_col evcols[2][6] = {
		{{N_("at"), NULL, 0}, {N_("event"), NULL, 0},
		 {N_("by"), NULL, 0}, {N_("holder"), NULL, 0},
		 {N_("milestone"), NULL, 0}, {N_("detail"), NULL, 0}},
		{{"at", "时间", 0}, {"event", "事件", 0}, {"by", "操作人", 0},
		 {"holder", "处理人", 0}, {"milestone", "环节", 0},
		 {"detail", "说明", 0}},
	};
	static const struct out_col mscols[2][6] = {
		{{N_("milestone"), NULL, 0}, {N_("from"), NULL, 0},
		 {N_("due"), NULL, 0}, {N_("met"), NULL, 0},
		 {N_("status"), NULL, 0}, {N_("late"), NULL, 0}},
		{{"milestone", "环节", 0}, {"from", "起算", 0}, {"due", "期限", 0},
		 {"met", "完成", 0}, {"status", "状态", 0}, {"late", "逾期", 0}},
	};
	struct complaint_log l;
	const struct complaint *c;
	struct sbuf detail = {0}, why = {0};
	enum out_format fmt;
	struct out o;
	char b1[40], b2[40], b3[40], b4[40];
	int ci, rc;
	struct cs_outfile of;
	FILE *fp;

	if ((rc = load_log(x, &l)))
		return rc;
	if ((ci = complaint_find(&l, in->id)) < 0) {
		cs_warn("unknown complaint \"%s\"", in->id);
		complaints_free(&l);
		return CS_EX_DATAERR;
	}
	c = &l.c[ci];
	if ((rc = cs_outfile_open(&of, x->opt.output)) != 0) {
		complaints_free(&l);
		return rc;
	}
	fp = of.fp;
	fmt = resolve_format(x->opt.fmt, fp);
	if (fmt != OUT_TABLE) {
		out_begin(&o, fp, fmt, allcols, 11, x->opt.ambiwidth);
		for (size_t i = 0; i < c->nev; i++) {
			const struct cevent *e = &l.ev[l.order[c->ev + i]];
			char *by = show_id(br, bk, BR_STAFF, staff_id(s, e->by));
			char *ho = show_id(br, bk, BR_STAFF,
			    staff_id(s, e->holder));
			event_detail(&l, e, false, &detail);
			const char *v[11] = {
				"event", time_format_short(e->at, tz, b1),
				complaint_events[e->event], by, ho,
				cevent_str(&l, e->milestone), sb_str(&detail),
			};
			out_row(&o, v);
			free(by);
			free(ho);
		}
		for (int k = 0; k < l.nms; k++) {
			const struct cmilestone *m = &c->ms[k];
			if (m->rule < 0)
				continue;
			sb_reset(&why);
			if (in->explain && m->start != CS_NOTIME) {
				struct sbuf t = {0};
				explain(x, &l, c, m, &t);
				one_line(&why, &t);
				sb_free(&t);
			}
			*b1 = *b2 = *b3 = *b4 = '\0';
			if (m->start != CS_NOTIME) {
				time_format_short(m->start, tz, b1);
				time_format_short(m->due, tz, b2);
			}
			if (m->met != CS_NOTIME)
				time_format_short(m->met, tz, b3);
			if (m->late)
				span_format(cmilestone_late(r, m, l.now), b4);
			const char *v[11] = {
				"milestone", b1, r->complaints.milestones[k].from,
				"", "", r->complaints.milestones[k].name,
				sb_str(&why), b2, b3, ms_status(m), b4,
			};
			out_row(&o, v);
		}
		rc = out_end(&o);
		goto done;
	}
	{
		const struct customer *cu = &s->customers[c->cust];
		const char *keys[2][9] = {
			{"complaint", "customer", "severity", "category",
			 "channel", "state", "holder", "opened", "summary"},
			{"投诉编号", "客户", "严重程度", "类别", "渠道", "状态",
			 "处理人", "受理时间", "投诉内容"},
		};
		char *cid = show_id(br, bk, BR_COMPLAINT, c->id);
		char *uid = show_id(br, bk, BR_CUSTOMER, customer_id(s, cu));
		char *sid = show_id(br, bk, BR_STAFF, staff_id(s, c->holder));
		char *who = xasprintf("%s %s", uid, customer_name(s, cu));
		char *hold = c->holder >= 0 ? xasprintf("%s %s (%s)", sid,
		    s->staff[c->holder].name, s->staff[c->holder].role) :
		    xstrdup("");
		const char *vals[9] = {
			cid, who,
			named_shown(r, true, r->complaints.severities,
			    c->severity, cevent_str(&l, c->sev_name)),
			named_shown(r, true, r->complaints.categories,
			    c->category, cevent_str(&l, c->cat_name)),
			named_shown(r, true, r->complaints.channels,
			    c->channel, cevent_str(&l, c->chan_name)),
			complaint_states[c->state], hold,
			time_format_short(c->opened, tz, b1),
			cevent_str(&l, c->summary),
		};
		int w = 0;
		for (int i = 0; i < 9; i++)
			if ((int)utf8_width(keys[zh][i], 1) > w)
				w = (int)utf8_width(keys[zh][i], 1);
		for (int i = 0; i < 9; i++)
			kv(fp, keys[zh][i], w, vals[i]);
		free(cid);
		free(uid);
		free(sid);
		free(who);
		free(hold);
	}
	fputs(zh ? "\n处理过程\n" : "\ntimeline\n", fp);
	out_begin(&o, fp, OUT_TABLE, evcols[zh], 6, x->opt.ambiwidth);
	for (size_t i = 0; i < c->nev; i++) {
		const struct cevent *e = &l.ev[l.order[c->ev + i]];
		char *by = show_id(br, bk, BR_STAFF, staff_id(s, e->by));
		char *ho = show_id(br, bk, BR_STAFF, staff_id(s, e->holder));
		event_detail(&l, e, zh, &detail);
		const char *v[6] = {
			time_format_short(e->at, tz, b1), complaint_events[e->event],
			by, ho, cevent_str(&l, e->milestone), sb_str(&detail),
		};
		out_row(&o, v);
		free(by);
		free(ho);
	}
	rc = out_end(&o);
	if (l.nms)
		fputs(zh ? "\n处理期限\n" : "\nmilestones\n", fp);
	out_begin(&o, fp, OUT_TABLE, mscols[zh], 6, x->opt.ambiwidth);
	for (int k = 0; k < l.nms; k++) {
		const struct cmilestone *m = &c->ms[k];
		if (m->rule < 0)
			continue;
		*b1 = *b2 = *b3 = *b4 = '\0';
		if (m->start != CS_NOTIME) {
			time_format_short(m->start, tz, b1);
			time_format_short(m->due, tz, b2);
		}
		if (m->met != CS_NOTIME)
			time_format_short(m->met, tz, b3);
		if (m->late)
			span_format(cmilestone_late(r, m, l.now), b4);
		const char *v[6] = {
			r->complaints.milestones[k].name, b1, b2, b3,
			ms_status(m), b4,
		};
		out_row(&o, v);
	}
	if (out_end(&o) && !rc)
		rc = CS_EX_IOERR;
	if (in->explain) {
		fputs(zh ? "\n期限计算\n" : "\nhow each deadline was computed\n", fp);
		for (int k = 0; k < l.nms; k++)
			if (c->ms[k].rule >= 0 && c->ms[k].start != CS_NOTIME) {
				sb_reset(&why);
				explain(x, &l, c, &c->ms[k], &why);
				fputs(sb_str(&why), fp);
			}
	}
done:
	complaints_free(&l);
	sb_free(&detail);
	sb_free(&why);
	return cs_outfile_close(&of, rc);
}

int
complaint_run(struct cs_ctx *x, const struct complaint_input *in)
{
	int event;

	if (strcmp(in->sub, "open") == 0)
		return cmd_open(x, in);
	if (strcmp(in->sub, "escalate") == 0)
		return cmd_escalate(x, in);
	if (strcmp(in->sub, "list") == 0)
		return cmd_list(x, in);
	if (strcmp(in->sub, "show") == 0)
		return cmd_show(x, in, NULL, 0);
	event = complaint_event_parse(in->sub);
	if (event < 0 || event == CE_REMIND || event == CE_ESCALATE)
		cs_usage_error("unknown subcommand \"%s\"", in->sub);
	return cmd_step(x, in, event);
}

/* ---- several branches (-d given more than once) ---------------------- */

/* opened, then branch, then the order of opening */
static int
cmp_list(const void *a, const void *b)
{
	const struct branch_row *x = a, *y = b;

	for (int i = 0; i < 2; i++)
		if (x->key[i] != y->key[i])
			return x->key[i] < y->key[i] ? -1 : 1;
	if (x->k != y->k)
		return x->k < y->k ? -1 : 1;
	return (x->key[2] > y->key[2]) - (x->key[2] < y->key[2]);
}

static int
list_branches(struct cs_branches *br, const struct cs_opts *opt,
              const struct complaint_input *in)
{
	static const int kind[10] = {BR_COMPLAINT, BR_CUSTOMER, -1, -1, -1,
	    -1, BR_STAFF, -1, -1, -1};
	struct branch_rows rows = {0};
	const struct out_col *cols = list_encols;
	enum out_format fmt = opt->fmt;
	cs_time now = 0;
	size_t found = 0;
	int rc = 0;
	bool table;

	if (fmt == OUT_AUTO && !opt->output && isatty(STDOUT_FILENO))
		fmt = OUT_TABLE;
	table = fmt == OUT_TABLE;
	rows.ncols = 10;
	rows.kind = kind;
	for (size_t k = 0; rc == 0 && k < br->n; k++) {
		struct cs_opts bo;
		struct cs_ctx x;
		struct complaint_log l;
		int holder = -1;

		branches_opts(&bo, opt, br, k);
		cs_ctx_load(&x, &bo);
		if (k == 0) {
			now = x.now;
			fmt = fmt == OUT_AUTO ? x.opt.fmt : fmt;
			if (lang_zh(&x.rules))
				cols = list_zhcols;
		}
		branches_note_store(br, k, &x.store);
		/* skip: --holder is not this branch's (its ids noted all the
		 * same) */
		bool skip = in->holder && (holder = store_staff(&x.store,
		    branches_local(br, k, in->holder))) < 0;
		found += in->holder && !skip;
		if ((rc = complaints_load_state(&l, x.dir, &x.rules, &x.store,
		    CS_NOTIME, x.now)) == 0) {
			for (size_t i = 0; i < l.n; i++) {
				const struct complaint *c = &l.c[i];
				char due[40], late[40];
				const char *v[10];
				int64_t key[BRANCH_NKEYS] = {c->opened, 0,
				    (int64_t)i, 0};
				branches_note(br, BR_COMPLAINT, k, c->id);
				if (!skip && list_row(&x, &l, c, in, holder,
				    table, due, late, v))
					branch_rows_add(&rows, k, v, key, NULL);
			}
			complaints_free(&l);
		}
		cs_ctx_free(&x);
	}
	cs_warn_branch = NULL;
	if (rc == 0 && in->holder && found == 0) {
		cs_warn("unknown staff \"%s\" in --holder (not in any branch's "
		    "staff.csv)", in->holder);
		rc = CS_EX_DATAERR;
	} else if (rc == 0 && found > 1) {
		cs_warn("staff \"%s\" is in several branches: give BRANCH/%s",
		    in->holder, in->holder);
		rc = CS_EX_USAGE;
	}
	if (rc == 0) {
		branch_rows_end(&rows, br, cmp_list);
		rc = branch_rows_print(&rows, opt, fmt, cols, now);
	}
	branch_rows_free(&rows);
	return rc;
}

/* show ID (or BRANCH/ID): the branch that has it, as one directory, its
 * ids (complaint, customer, staff) qualified where they clash, as list's
 * are: every branch's ids are noted first. */
static int
show_branches(struct cs_branches *br, const struct cs_opts *opt,
              const struct complaint_input *in)
{
	struct complaint_input one = *in;
	size_t found = 0, at = 0;
	int rc = 0;

	for (size_t k = 0; rc == 0 && k < br->n; k++) {
		struct cs_opts bo;
		struct cs_ctx x;
		struct complaint_log l;

		branches_opts(&bo, opt, br, k);
		bo.store |= STORE_NO_EVENTS;
		cs_ctx_load(&x, &bo);
		branches_note_store(br, k, &x.store);
		if ((rc = complaints_load_state(&l, x.dir, &x.rules, &x.store,
		    CS_NOTIME, x.now)) == 0) {
			if (complaint_find(&l, branches_local(br, k, in->id)) >= 0) {
				found++;
				at = k;
			}
			for (size_t i = 0; i < l.n; i++)
				branches_note(br, BR_COMPLAINT, k, l.c[i].id);
			complaints_free(&l);
		}
		cs_ctx_free(&x);
	}
	cs_warn_branch = NULL;
	if (rc)
		return rc;
	if (found == 0) {
		cs_warn("unknown complaint \"%s\" (not in any branch)", in->id);
		return CS_EX_DATAERR;
	}
	if (found > 1) {
		cs_warn("complaint \"%s\" is in several branches: give BRANCH/%s",
		    in->id, in->id);
		return CS_EX_USAGE;
	}
	{
		struct cs_opts bo;
		struct cs_ctx x;
		branches_opts(&bo, opt, br, at);
		one.id = branches_local(br, at, in->id);
		cs_ctx_load(&x, &bo);
		rc = cmd_show(&x, &one, br, at);
		cs_ctx_free(&x);
		cs_warn_branch = NULL;
	}
	return rc;
}

int
complaint_run_branches(const struct cs_opts *opt,
                       const struct complaint_input *in)
{
	struct cs_branches br;
	int rc;

	if ((rc = branches_init(&br, opt)) != 0)
		return rc;
	if (strcmp(in->sub, "list") == 0)
		rc = list_branches(&br, opt, in);
	else
		rc = show_branches(&br, opt, in);
	branches_free(&br);
	return rc;
}
