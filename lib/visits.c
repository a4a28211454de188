/* visits.c - the visit log (visits.csv): reading it, checking visits,
 * and cs-log's appends and imports. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cs.h"

const char *const visit_methods[] = {
	"phone", "onsite", "wechat", "sms", "email", "letter", "chat", NULL
};
const char *const visit_outcomes[] = {
	"done", "unreached", "refused", "rescheduled", NULL
};
const char *const visit_cols[] = {
	"id", "at", "customer", "staff", "method", "outcome", "attitude",
	"skill", "timeliness", "promise", "rule", "complaint", "note",
	"amends", "recorded_at", "recorded_by", NULL
};
/* Internal mark of a row a later row amends (never in a loaded log). */
enum { SUPERSEDED = 0x80 };

enum { C_ID, C_AT, C_CUSTOMER, C_STAFF, C_METHOD, C_OUTCOME, C_ATTITUDE,
       C_SKILL, C_TIMELINESS, C_PROMISE, C_RULE, C_COMPLAINT, C_NOTE,
       C_AMENDS, C_RECORDED_AT, C_RECORDED_BY, C_N };

static const struct { const char *word; int val; } method_words[] = {
	{"电话", VM_PHONE}, {"上门", VM_ONSITE}, {"上门拜访", VM_ONSITE},
	{"微信", VM_WECHAT}, {"短信", VM_SMS}, {"邮件", VM_EMAIL},
	{"电子邮件", VM_EMAIL}, {"函件", VM_LETTER}, {"信函", VM_LETTER},
	{"在线", VM_CHAT}, {"在线客服", VM_CHAT},
};
static const struct { const char *word; int val; } outcome_words[] = {
	{"已回访", VO_DONE}, {"完成", VO_DONE}, {"未接通", VO_UNREACHED},
	{"联系不上", VO_UNREACHED}, {"拒绝", VO_REFUSED},
	{"改约", VO_RESCHEDULED},
};
/* The four satisfaction levels in words (S2), for imports. */
static const struct { const char *word; int val; } score_words[] = {
	{"非常满意", 4}, {"满意", 3}, {"不满意", 2}, {"非常不满意", 1},
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
visit_method_parse(const char *s)
{
	int i = word_index(visit_methods, s);

	for (size_t k = 0; i < 0 && k < sizeof method_words / sizeof *method_words; k++)
		if (strcmp(method_words[k].word, s) == 0)
			i = method_words[k].val;
	return i;
}

int
visit_outcome_parse(const char *s)
{
	int i = word_index(visit_outcomes, s);

	for (size_t k = 0; i < 0 && k < sizeof outcome_words / sizeof *outcome_words; k++)
		if (strcmp(outcome_words[k].word, s) == 0)
			i = outcome_words[k].val;
	return i;
}

/* One score: "" (0), "1".."4", or a level in words. */
static int
score_parse(const char *s, uint8_t *out)
{
	if (!*s) {
		*out = 0;
		return 0;
	}
	if (s[0] >= '1' && s[0] <= '4' && s[1] == '\0') {
		*out = (uint8_t)(s[0] - '0');
		return 0;
	}
	for (size_t k = 0; k < sizeof score_words / sizeof *score_words; k++)
		if (strcmp(score_words[k].word, s) == 0) {
			*out = (uint8_t)score_words[k].val;
			return 0;
		}
	return -1;
}

int
visit_scores_parse(const char *s, uint8_t score[4], const char **why)
{
	char item[64];
	int n = 0;

	memset(score, 0, 4);
	for (;;) {
		size_t k = strcspn(s, ",");
		size_t a = 0, b = k;

		while (a < b && s[a] == ' ')
			a++;
		while (b > a && s[b - 1] == ' ')
			b--;
		if (n == 4) {
			*why = "four scores: attitude,skill,timeliness,promise";
			return -1;
		}
		if (b - a >= sizeof item || (memcpy(item, s + a, b - a),
		    item[b - a] = '\0', score_parse(item, &score[n]) < 0)) {
			*why = "each score 1 to 4, 4 = very satisfied, or empty";
			return -1;
		}
		n++;
		if (!s[k])
			break;
		s += k + 1;
	}
	if (n != 4) {
		*why = "four scores: attitude,skill,timeliness,promise";
		return -1;
	}
	return 0;
}

char *
visit_id_format(uint32_t id, char *buf)
{
	snprintf(buf, 16, "V%06u", (unsigned)id);
	return buf;
}

/* "V" and at least six digits. */
static int
visit_id_parse(const char *s, uint32_t *id)
{
	unsigned long long v = 0;
	size_t n = 0;

	if (s[0] != 'V')
		return -1;
	for (s++; *s; s++, n++) {
		if (!isdigit((unsigned char)*s) || n >= 10)
			return -1;
		v = v * 10 + (unsigned)(*s - '0');
	}
	if (n < 6 || v == 0 || v > UINT32_MAX)
		return -1;
	*id = (uint32_t)v;
	return 0;
}

/* ---- the string arena ---------------------------------------------- */

static uint32_t
arena_add(struct visit_log *l, const char *s)
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

/* Rule names and complaint ids repeat: store each once. */
static uint32_t
arena_intern(struct visit_log *l, const char *s)
{
	int off;

	if (!*s)
		return 0;
	if ((off = strmap_get(&l->intern, s)) >= 0)
		return (uint32_t)off;
	off = (int)arena_add(l, s);
	strmap_put(&l->intern, s, off);
	return (uint32_t)off;
}

/* ---- reading visits.csv -------------------------------------------- */

/* Rows kept in compact form, in file order (visit_days_load): no
 * strings, 17 bytes a row. */
struct vrows {
	cs_time *at;
	uint32_t *id;
	int32_t *cust;
	uint8_t *fl;          /* VR_* */
	size_t n, cap;
	struct vamend {       /* the rows that amend another */
		size_t row;
		uint32_t amends, line;
	} *am;
	size_t nam, amcap;
};
enum { VR_DONE = 1, VR_LOW = 2, VR_SUPERSEDED = 4 };

struct vload;
/* Called with each row kept (after its checks); nonzero stops the read,
 * but VLOAD_TAKEN: the hook kept the row, read on. */
typedef int (*vload_hook)(struct vload *c, const struct csv_rec *r,
                          const struct visit *v);
enum { VLOAD_TAKEN = -2 };

/* Customer ids to store indexes, for the reads of millions of rows: the
 * ids (up to 12 bytes) sit in the slots, so a lookup costs one cache miss
 * where the store's map costs several.  A longer id, or none built: the
 * store's map. */
struct idslot {
	char key[12];
	int32_t idx;              /* -1: empty */
};
struct idmap {
	struct idslot *slot;
	size_t cap;               /* a power of two */
};
/* Ids that are a prefix and a number (KH0001 ... KH1000000): the store's
 * own array (store_ids_numbered), no map of the customers here. */
struct idmaps {
	struct idmap cust, staff; /* cust: none if store_ids_numbered */
};

static uint64_t
id_hash(const char key[12])
{
	uint64_t a, b;
	uint32_t c;

	memcpy(&a, key, 8);
	memcpy(&c, key + 8, 4);
	b = c;
	/* every bit of the key reaches the low bits, the slot's: ids differ
	 * in their last bytes, the high ones of a */
	a ^= b * UINT64_C(0x9E3779B97F4A7C15);
	a ^= a >> 33;
	a *= UINT64_C(0xff51afd7ed558ccd);
	a ^= a >> 33;
	a *= UINT64_C(0xc4ceb9fe1a85ec53);
	return a ^ (a >> 33);
}

static const char *
customer_id_at(const struct cs_store *s, size_t i)
{
	return customer_id(s, &s->customers[i]);
}

static const char *
staff_id_at(const struct cs_store *s, size_t i)
{
	return s->staff[i].id;
}

/* n ids, id(s, i) the i-th: the map of them. */
static void
idmap_build(struct idmap *m, const struct cs_store *s, size_t n,
            const char *(*id)(const struct cs_store *, size_t))
{
	size_t cap = 64;

	memset(m, 0, sizeof *m);
	while (cap < n * 2)
		cap *= 2;
	m->slot = xcalloc_table(cap, sizeof *m->slot);
	for (size_t i = 0; i < cap; i++)
		m->slot[i].idx = -1;
	m->cap = cap;
	for (size_t i = 0; i < n; i++) {
		const char *v = id(s, i);
		char key[12] = {0};
		size_t len = strlen(v), k;

		if (len > sizeof key || len == 0)
			continue;
		memcpy(key, v, len);
		k = (size_t)id_hash(key) & (cap - 1);
		while (m->slot[k].idx >= 0 &&
		    memcmp(m->slot[k].key, key, sizeof key) != 0)
			k = (k + 1) & (cap - 1);
		if (m->slot[k].idx < 0) { /* ids are unique (store_load) */
			memcpy(m->slot[k].key, key, sizeof key);
			m->slot[k].idx = (int32_t)i;
		}
	}
}

/* Where id's lookup starts: its key, and its slot (or SIZE_MAX: a long
 * id, for the store's map). */
static size_t
idmap_start(const struct idmap *m, const char *id, char key[12])
{
	size_t n = strlen(id);

	memset(key, 0, 12);
	if (n > 12 || n == 0)
		return SIZE_MAX;
	memcpy(key, id, n);
	return (size_t)id_hash(key) & (m->cap - 1);
}

/* The index of id, or -1; a long id: ask the store (lookup).  k: from
 * idmap_start (the caller may have prefetched the slot). */
static int
idmap_get_at(const struct idmap *m, const struct cs_store *s, const char *id,
             int (*lookup)(const struct cs_store *, const char *),
             const char key[12], size_t k)
{
	if (k == SIZE_MAX)
		return lookup(s, id);
	while (m->slot[k].idx >= 0) {
		if (memcmp(m->slot[k].key, key, 12) == 0)
			return m->slot[k].idx;
		k = (k + 1) & (m->cap - 1);
	}
	return -1;
}

static int
idmap_get(const struct idmap *m, const struct cs_store *s, const char *id,
          int (*lookup)(const struct cs_store *, const char *))
{
	char key[12];

	return idmap_get_at(m, s, id, lookup, key, idmap_start(m, id, key));
}

static void
idmaps_build(struct idmaps *m, const struct cs_store *s)
{
	memset(m, 0, sizeof *m);
	if (!store_ids_numbered(s))
		idmap_build(&m->cust, s, s->ncustomers, customer_id_at);
	idmap_build(&m->staff, s, s->nstaff, staff_id_at);
}

static void
idmaps_free(struct idmaps *m)
{
	free(m->cust.slot);
	free(m->staff.slot);
	memset(m, 0, sizeof *m);
}

struct vload {
	struct visit_log *l;
	const struct cs_store *s;
	const struct idmaps *ids; /* or NULL: store_customer, store_staff */
	cs_time asof;
	int low_score;
	bool header_seen;
	int col[C_N];         /* file column of each known column, or -1 */
	int ncols;
	struct visit *rows;   /* every row kept, in file order */
	size_t nrows, cap;
	struct vrows *compact; /* or these, without the strings */
	cs_time max_at, max_rec; /* of the rows kept */
	size_t nskipped;      /* rows left out: recorded after asof */
	vload_hook hook;
	void *hook_ctx;
};

static bool
is_low(const struct visit *v, int low_score)
{
	if (v->outcome != VO_DONE)
		return false;
	for (int i = 0; i < 4; i++)
		if (v->score[i] && v->score[i] <= low_score)
			return true;
	return false;
}

static int
vload_header(struct vload *c, const struct csv_rec *r)
{
	static const char *const need[] = {
		"id", "at", "customer", "staff", "method", "outcome", NULL
	};
	int idx[6];
	int rc;

	if ((rc = csv_require(r->file, r->nf, r->f, need, idx)))
		return rc;
	for (int i = 0; i < C_N; i++)
		c->col[i] = -1;
	for (int i = 0; i < r->nf; i++) {
		int k = word_index(visit_cols, r->f[i]);
		if (k >= 0 && c->col[k] < 0)
			c->col[k] = i;
	}
	c->ncols = r->nf;
	return 0;
}

static const char *
fld(const struct vload *c, const struct csv_rec *r, int k)
{
	int i = c->col[k];

	return i >= 0 && i < r->nf ? r->f[i] : "";
}

static void
vrows_add(struct vrows *w, const struct visit *v)
{
	if (w->n == w->cap) {
		size_t cap = w->cap;
		xgrow(&w->at, &cap, w->n + 1, sizeof *w->at);
		cap = w->cap;
		xgrow(&w->id, &cap, w->n + 1, sizeof *w->id);
		cap = w->cap;
		xgrow(&w->cust, &cap, w->n + 1, sizeof *w->cust);
		xgrow(&w->fl, &w->cap, w->n + 1, sizeof *w->fl);
	}
	w->at[w->n] = v->at;
	w->id[w->n] = v->id;
	w->cust[w->n] = v->cust;
	w->fl[w->n] = (uint8_t)((v->outcome == VO_DONE ? VR_DONE : 0) |
	    (v->flags & VISIT_LOW ? VR_LOW : 0));
	if (v->amends) {
		xgrow(&w->am, &w->amcap, w->nam + 1, sizeof *w->am);
		w->am[w->nam].row = w->n;
		w->am[w->nam].amends = v->amends;
		w->am[w->nam++].line = v->line;
	}
	w->n++;
}

static void
vrows_free(struct vrows *w)
{
	free(w->at);
	free(w->id);
	free(w->cust);
	free(w->fl);
	free(w->am);
	memset(w, 0, sizeof *w);
}

#define BAD(what, k, val, expected)                                           \
	do {                                                                  \
		cs_warn("%s:%ld: %s \"%s\" in column %s (expected %s)",       \
		    r->file, r->line, cs_tr(what), val, visit_cols[k],        \
		    cs_tr(expected));                                         \
		return CS_EX_DATAERR;                                         \
	} while (0)

static int
vload_row(const struct csv_rec *r, void *ctx)
{
	struct vload *c = ctx;
	struct visit v;
	const char *s;
	char ckey[12];
	size_t cslot = SIZE_MAX;
	int i;

	if (!c->header_seen) {
		c->header_seen = true;
		return vload_header(c, r);
	}
	if (r->nf != c->ncols) {
		cs_warn("%s:%ld: %d fields, expected %d", r->file, r->line,
		    r->nf, c->ncols);
		return CS_EX_DATAERR;
	}
	/* the customer's slot is fetched while the times are parsed */
	if (c->ids && c->ids->cust.slot && (cslot = idmap_start(&c->ids->cust,
	    fld(c, r, C_CUSTOMER), ckey)) != SIZE_MAX)
		__builtin_prefetch(&c->ids->cust.slot[cslot]);
	memset(&v, 0, sizeof v);
	v.line = (uint32_t)r->line;
	s = fld(c, r, C_RECORDED_AT);
	v.recorded_at = CS_NOTIME;
	if (*s && time_parse(s, c->s->tz_offset, &v.recorded_at) < 0)
		BAD("bad time", C_RECORDED_AT, s, "an ISO 8601 time");
	if (c->asof != CS_NOTIME && v.recorded_at != CS_NOTIME &&
	    v.recorded_at > c->asof) {
		c->nskipped++;
		return 0;
	}
	s = fld(c, r, C_ID);
	if (visit_id_parse(s, &v.id) < 0)
		BAD("bad visit id", C_ID, s, "V and at least 6 digits");
	if (v.id <= c->l->max_id) {
		char prev[16];
		cs_warn("%s:%ld: visit id %s is not above the previous %s "
		    "(ids increase down the file)", r->file, r->line, s,
		    visit_id_format(c->l->max_id, prev));
		return CS_EX_DATAERR;
	}
	c->l->max_id = v.id;
	s = fld(c, r, C_AT);
	if (time_parse(s, c->s->tz_offset, &v.at) < 0)
		BAD("bad time", C_AT, s, "an ISO 8601 time");
	s = fld(c, r, C_CUSTOMER);
	v.cust = c->ids && c->ids->cust.slot ? idmap_get_at(&c->ids->cust,
	    c->s, s, store_customer, ckey, cslot) : store_customer(c->s, s);
	if (v.cust < 0)
		BAD("unknown customer", C_CUSTOMER, s, "an id in customers.csv");
	s = fld(c, r, C_STAFF);
	if ((v.staff = c->ids ? idmap_get(&c->ids->staff, c->s, s,
	    store_staff) : store_staff(c->s, s)) < 0)
		BAD("unknown staff", C_STAFF, s, "an id in staff.csv");
	s = fld(c, r, C_METHOD);
	if ((i = word_index(visit_methods, s)) < 0)
		BAD("unknown method", C_METHOD, s,
		    "phone, onsite, wechat, sms, email, letter or chat");
	v.method = (uint8_t)i;
	s = fld(c, r, C_OUTCOME);
	if ((i = word_index(visit_outcomes, s)) < 0)
		BAD("unknown outcome", C_OUTCOME, s,
		    "done, unreached, refused or rescheduled");
	v.outcome = (uint8_t)i;
	for (int k = 0; k < 4; k++) {
		s = fld(c, r, C_ATTITUDE + k);
		if (*s && (s[0] < '1' || s[0] > '4' || s[1]))
			BAD("bad score", C_ATTITUDE + k, s, "1 to 4 or empty");
		v.score[k] = *s ? (uint8_t)(s[0] - '0') : 0;
	}
	s = fld(c, r, C_AMENDS);
	if (*s && (visit_id_parse(s, &v.amends) < 0 || v.amends >= v.id))
		BAD("bad visit id", C_AMENDS, s, "the id of an earlier visit");
	if (is_low(&v, c->low_score))
		v.flags |= VISIT_LOW;
	if (v.at > c->max_at)
		c->max_at = v.at;
	if (v.recorded_at > c->max_rec)
		c->max_rec = v.recorded_at;
	if (c->hook && (i = c->hook(c, r, &v)) != 0)
		return i == VLOAD_TAKEN ? 0 : i;
	if (c->compact) {
		vrows_add(c->compact, &v);
		return 0;
	}
	v.rule = arena_intern(c->l, fld(c, r, C_RULE));
	v.complaint = arena_intern(c->l, fld(c, r, C_COMPLAINT));
	v.note = arena_add(c->l, fld(c, r, C_NOTE));
	xgrow(&c->rows, &c->cap, c->nrows + 1, sizeof *c->rows);
	c->rows[c->nrows++] = v;
	return 0;
}

static int
visit_cmp(const void *a, const void *b)
{
	const struct visit *x = a, *y = b;

	if (x->cust != y->cust)
		return x->cust < y->cust ? -1 : 1;
	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* Rows are in increasing id order: binary search. */
static struct visit *
row_by_id(struct visit *rows, size_t n, uint32_t id)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (rows[mid].id == id)
			return &rows[mid];
		if (rows[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Sorts l->v by customer, time and id (visit_cmp) and fills by_cust:
 * the customers' runs found by counting and put in place by swaps (no
 * second array of visits), each run then sorted by insertion (it is in
 * file order, nearly by time already; a long one by qsort). */
static void
sort_by_customer(struct visit_log *l)
{
	size_t *next = xcalloc(l->ncust + 1, sizeof *next);
	size_t *at = l->by_cust;

	for (size_t i = 0; i < l->n; i++)
		at[l->v[i].cust + 1]++;
	for (size_t c = 0; c < l->ncust; c++)
		at[c + 1] += at[c];
	memcpy(next, at, (l->ncust + 1) * sizeof *next);
	for (size_t c = 0; c < l->ncust; c++)
		while (next[c] < at[c + 1]) {
			struct visit *v = &l->v[next[c]];
			size_t t = (size_t)v->cust;
			if (t == c) {
				next[c]++;
			} else {
				struct visit tmp = *v;
				*v = l->v[next[t]];
				l->v[next[t]++] = tmp;
			}
		}
	free(next);
	for (size_t c = 0; c < l->ncust; c++) {
		if (at[c + 1] - at[c] > 64) {
			qsort(l->v + at[c], at[c + 1] - at[c], sizeof *l->v,
			    visit_cmp);
			continue;
		}
		for (size_t i = at[c] + 1; i < at[c + 1]; i++) {
			struct visit x = l->v[i];
			size_t j = i;
			while (j > at[c] && visit_cmp(&l->v[j - 1], &x) > 0) {
				l->v[j] = l->v[j - 1];
				j--;
			}
			l->v[j] = x;
		}
	}
}

int
visits_load(struct visit_log *l, const struct cs_store *s, const char *path,
            cs_time asof, int low_score)
{
	struct vload c = {0};
	const char *file = path_base(path);
	struct idmaps ids;
	size_t n = 0;
	int rc;

	memset(l, 0, sizeof *l);
	l->path = xstrdup(path);
	xgrow(&l->str, &l->strcap, 1, 1);
	l->str[0] = '\0';
	l->strused = 1;
	c.l = l;
	c.s = s;
	c.asof = asof;
	c.low_score = low_score;
	idmaps_build(&ids, s);
	c.ids = &ids;
	rc = csv_read(path, 0, CSV_READ_HEADER | CSV_READ_LEDGER |
	    CSV_READ_MISSING_OK, vload_row, &c, NULL);
	idmaps_free(&ids);
	if (rc) {
		free(c.rows);
		visits_free(l);
		return rc;
	}
	/* A correction supersedes the row it names; keep a map old -> new. */
	for (size_t i = 0; i < c.nrows; i++) {
		struct visit *v = &c.rows[i], *old;
		char a[16];

		if (!v->amends)
			continue;
		if (!(old = row_by_id(c.rows, i, v->amends))) {
			cs_warn("%s:%u: amends unknown visit %s", file, v->line,
			    visit_id_format(v->amends, a));
			rc = CS_EX_DATAERR;
			break;
		}
		if (old->flags & SUPERSEDED) {
			cs_warn("%s:%u: amends %s, which was already amended",
			    file, v->line, visit_id_format(v->amends, a));
			rc = CS_EX_DATAERR;
			break;
		}
		old->flags |= SUPERSEDED;
		xgrow(&l->amended, &n, l->namended + 1, sizeof *l->amended);
		l->amended[l->namended].old = old->id;
		l->amended[l->namended++].cur = v->id;
	}
	if (rc) {
		free(c.rows);
		visits_free(l);
		return rc;
	}
	/* Follow chains: V1 -> V2 -> V3 means V1's current version is V3. */
	for (size_t i = l->namended; i-- > 0;) {
		struct visit_amended *a = &l->amended[i];
		for (size_t j = i + 1; j < l->namended; j++)
			if (l->amended[j].old == a->cur)
				a->cur = l->amended[j].cur;
	}
	l->nrows = c.nrows;
	n = 0;
	for (size_t i = 0; i < c.nrows; i++)
		if (!(c.rows[i].flags & SUPERSEDED))
			c.rows[n++] = c.rows[i];
	l->v = c.rows;
	l->n = n;
	l->ncust = s->ncustomers;
	l->by_cust = xcalloc(l->ncust + 1, sizeof *l->by_cust);
	sort_by_customer(l);
	return 0;
}

void
visits_free(struct visit_log *l)
{
	free(l->path);
	free(l->v);
	free(l->by_cust);
	free(l->str);
	free(l->amended);
	strmap_free(&l->intern);
	memset(l, 0, sizeof *l);
}

/* ---- what the schedule engine needs: done-visit dates per customer ---- */

#define DAYS_CKPT "visit-days"
#define DAYS_TAIL (64 * 1024) /* a tail this long is folded into a new
                                 checkpoint */
enum { STOP = -1 };

/* The payload of a checkpoint, and the one block a visit_days lives in:
 * this, then off, last_at, last_id, last_low and date. */
struct days_meta {
	uint64_t ncust, ndates;
	int64_t max_at, max_rec;  /* of the rows covered */
	uint32_t max_id, pad;
};
struct days_layout {
	size_t off, last_at, last_id, last_low, date, total;
};

static size_t
al8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

static void
days_layout(size_t ncust, size_t ndates, struct days_layout *L)
{
	size_t pos = al8(sizeof(struct days_meta));

	L->off = pos;
	pos += al8((ncust + 1) * sizeof(uint32_t));
	L->last_at = pos;
	pos += ncust * sizeof(cs_time);
	L->last_id = pos;
	pos += al8(ncust * sizeof(uint32_t));
	L->last_low = pos;
	pos += al8(ncust);
	L->date = pos;
	pos += ndates * sizeof(cs_date);
	L->total = pos;
}

static struct days_meta *
days_meta(const struct visit_days *d)
{
	return d->blob;
}

/* Points d's arrays into its blob. */
static void
days_point(struct visit_days *d)
{
	struct days_meta *m = d->blob;
	struct days_layout L;
	char *b = d->blob;

	days_layout((size_t)m->ncust, (size_t)m->ndates, &L);
	d->ncust = (size_t)m->ncust;
	d->off = (uint32_t *)(void *)(b + L.off);
	d->last_at = (cs_time *)(void *)(b + L.last_at);
	d->last_id = (uint32_t *)(void *)(b + L.last_id);
	d->last_low = (uint8_t *)(b + L.last_low);
	d->date = (cs_date *)(void *)(b + L.date);
}

static void
days_alloc(struct visit_days *d, size_t ncust, size_t ndates)
{
	struct days_layout L;
	struct days_meta *m;

	days_layout(ncust, ndates, &L);
	d->blob = xcalloc(1, L.total);
	d->bloblen = L.total;
	m = d->blob;
	m->ncust = ncust;
	m->ndates = ndates;
	m->max_at = m->max_rec = CS_NOTIME;
	days_point(d);
	for (size_t c = 0; c < ncust; c++)
		d->last_at[c] = CS_NOTIME;
}

void
visit_days_free(struct visit_days *d)
{
	free(d->blob);
	free(d->end);
	memset(d, 0, sizeof *d);
}

static int
date_cmp(const void *a, const void *b)
{
	cs_date x = *(const cs_date *)a, y = *(const cs_date *)b;

	return x < y ? -1 : x > y;
}

/* Dates of one customer, nearly sorted: insertion sort (a long run,
 * qsort). */
static void
sort_dates(cs_date *v, size_t n)
{
	if (n > 64) {
		qsort(v, n, sizeof *v, date_cmp);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		cs_date x = v[i];
		size_t j = i;
		while (j > 0 && v[j - 1] > x) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = x;
	}
}

/* One done visit that counts: is it c's latest (by time, then id)? */
static void
days_last(struct visit_days *d, int32_t c, cs_time at, uint32_t id, bool low)
{
	if (at > d->last_at[c] || (at == d->last_at[c] && id > d->last_id[c])) {
		d->last_at[c] = at;
		d->last_id[c] = id;
		d->last_low[c] = low ? VISIT_LOW : 0;
	}
}

static bool
row_counts(const struct vrows *w, size_t i, cs_time now, size_t ncust)
{
	return (w->fl[i] & (VR_DONE | VR_SUPERSEDED)) == VR_DONE &&
	    w->at[i] <= now && w->cust[i] >= 0 && (size_t)w->cust[i] < ncust;
}

/* d from compact rows (superseded ones marked). */
static void
days_build(struct visit_days *d, size_t ncust, const struct vrows *w,
           cs_time now, int tz)
{
	uint32_t *n = xcalloc(ncust + 1, sizeof *n), *fill;
	size_t total = 0;

	for (size_t i = 0; i < w->n; i++)
		if (row_counts(w, i, now, ncust)) {
			n[w->cust[i]]++;
			total++;
		}
	days_alloc(d, ncust, total);
	for (size_t c = 0; c < ncust; c++)
		d->off[c + 1] = d->off[c] + n[c];
	fill = n;
	memcpy(fill, d->off, ncust * sizeof *fill);
	for (size_t i = 0; i < w->n; i++) {
		int32_t c = w->cust[i];
		if (!row_counts(w, i, now, ncust))
			continue;
		d->date[fill[c]++] = time_date(w->at[i], tz);
		days_last(d, c, w->at[i], w->id[i], w->fl[i] & VR_LOW);
	}
	for (size_t c = 0; c < ncust; c++)
		sort_dates(d->date + d->off[c], d->off[c + 1] - d->off[c]);
	free(n);
}

void
visit_days_from_log(struct visit_days *d, const struct visit_log *l,
                    cs_time now, int tz)
{
	size_t ncust = l->ncust, total = 0, k = 0;

	memset(d, 0, sizeof *d);
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].outcome == VO_DONE && l->v[i].at <= now)
			total++;
	days_alloc(d, ncust, total);
	/* the log is sorted by customer, time and id */
	for (size_t c = 0; c < ncust; c++) {
		d->off[c] = (uint32_t)k;
		for (size_t i = l->by_cust[c]; i < l->by_cust[c + 1]; i++) {
			const struct visit *v = &l->v[i];
			if (v->outcome != VO_DONE || v->at > now)
				continue;
			d->date[k++] = time_date(v->at, tz);
			days_last(d, (int32_t)c, v->at, v->id, v->flags & VISIT_LOW);
		}
		sort_dates(d->date + d->off[c], k - d->off[c]);
	}
	d->off[ncust] = (uint32_t)k;
}

/* Adds the tail's rows to d (a checkpoint's), in place. */
static void
days_merge(struct visit_days *d, const struct vrows *t, cs_time now, int tz)
{
	size_t ncust = d->ncust, added = 0, old;
	uint32_t *n = xcalloc(ncust + 1, sizeof *n), *oldoff;
	struct days_meta *m;

	for (size_t i = 0; i < t->n; i++)
		if (row_counts(t, i, now, ncust)) {
			n[t->cust[i]]++;
			added++;
		}
	if (added) {
		old = days_meta(d)->ndates;
		d->bloblen += added * sizeof(cs_date);
		d->blob = xrealloc(d->blob, d->bloblen);
		m = d->blob;
		m->ndates = old + added;
		days_point(d);
		/* each customer's dates move up by what the ones before it
		 * gain: from the last customer down, nothing is overwritten */
		oldoff = xmalloc((ncust + 1) * sizeof *oldoff);
		memcpy(oldoff, d->off, (ncust + 1) * sizeof *oldoff);
		for (size_t c = 0, sum = 0; c <= ncust; c++) {
			d->off[c] = (uint32_t)(oldoff[c] + sum);
			sum += c < ncust ? n[c] : 0;
		}
		for (size_t c = ncust; c-- > 0;)
			if (d->off[c] != oldoff[c])
				memmove(d->date + d->off[c], d->date + oldoff[c],
				    (oldoff[c + 1] - oldoff[c]) * sizeof(cs_date));
		for (size_t c = 0; c < ncust; c++)
			n[c] = d->off[c] + (oldoff[c + 1] - oldoff[c]);
		free(oldoff);
	}
	for (size_t i = 0; i < t->n; i++) {
		int32_t c = t->cust[i];
		if (!row_counts(t, i, now, ncust))
			continue;
		d->date[n[c]++] = time_date(t->at[i], tz);
		days_last(d, c, t->at[i], t->id[i], t->fl[i] & VR_LOW);
	}
	if (added)
		for (size_t c = 0; c < ncust; c++)
			if (d->off[c + 1] - d->off[c] > 1)
				sort_dates(d->date + d->off[c],
				    d->off[c + 1] - d->off[c]);
	free(n);
}

/* The row with that id among w's first n (ids increase), or -1. */
static long
vrow_by_id(const struct vrows *w, size_t n, uint32_t id)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (w->id[mid] == id)
			return (long)mid;
		if (w->id[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* Marks the rows later rows amend, as visits_load does (same messages).
 * base_max: ids up to it are before w (a checkpoint): amending one of
 * them returns STOP (w alone cannot say). */
static int
vrows_amend(struct vrows *w, const char *file, uint32_t base_max)
{
	char a[16];

	for (size_t k = 0; k < w->nam; k++) {
		const struct vamend *am = &w->am[k];
		long old;

		if (am->amends <= base_max)
			return STOP;
		if ((old = vrow_by_id(w, am->row, am->amends)) < 0) {
			cs_warn("%s:%u: amends unknown visit %s", file, am->line,
			    visit_id_format(am->amends, a));
			return CS_EX_DATAERR;
		}
		if (w->fl[old] & VR_SUPERSEDED) {
			cs_warn("%s:%u: amends %s, which was already amended",
			    file, am->line, visit_id_format(am->amends, a));
			return CS_EX_DATAERR;
		}
		w->fl[old] |= VR_SUPERSEDED;
	}
	return 0;
}

/* Only the header: the column map. */
static int
vload_header_only(const struct csv_rec *r, void *ctx)
{
	struct vload *c = ctx;
	int rc;

	c->header_seen = true;
	if ((rc = vload_header(c, r)))
		return rc;
	return STOP;
}

static void
vload_init(struct vload *c, struct visit_log *l, const struct cs_store *s,
           const char *path, cs_time asof, int low_score)
{
	memset(c, 0, sizeof *c);
	memset(l, 0, sizeof *l);
	l->path = (char *)path;
	c->l = l;
	c->s = s;
	c->asof = asof;
	c->low_score = low_score;
	c->max_at = c->max_rec = CS_NOTIME;
}

/* Writes d as the checkpoint for the ledger on fd up to at. */
static void
days_save(struct visit_days *d, const char *dir, uint64_t deps, int fd,
          const struct csv_at *at)
{
	struct cache_mark m;

	if (cache_mark_make(fd, at->end, at->end_line, &m) == 0)
		ckpt_write(dir, DAYS_CKPT, CACHE_VISIT_DAYS, deps, &m, d->blob,
		    d->bloblen);
}

static bool
days_payload_ok(const void *p, size_t len, size_t ncust)
{
	const struct days_meta *m = p;
	const uint32_t *off;
	struct days_layout L;

	if (len < sizeof *m || m->ncust != ncust || m->ndates > UINT32_MAX)
		return false;
	days_layout((size_t)m->ncust, (size_t)m->ndates, &L);
	if (L.total != len)
		return false;
	off = (const uint32_t *)(const void *)((const char *)p + L.off);
	if (off[0] != 0 || off[ncust] != m->ndates)
		return false;
	for (size_t c = 0; c < ncust; c++)
		if (off[c] > off[c + 1])
			return false;
	return true;
}

/* A part appended to the checkpoint (cache.c's ckpt_more_*): the done
 * visits that count among the rows it covers, and what the meta then
 * says. */
struct days_part {
	uint64_t n;
	int64_t max_at, max_rec;
	uint32_t max_id, pad;
};
struct days_rec {
	int64_t at;
	int32_t cust;
	uint32_t id;
	uint32_t low, pad;
};

static void
vrows_push(struct vrows *w, cs_time at, uint32_t id, int32_t cust,
           uint8_t fl)
{
	struct visit v;

	memset(&v, 0, sizeof v);
	v.at = at;
	v.id = id;
	v.cust = cust;
	v.outcome = fl & VR_DONE ? VO_DONE : VO_UNREACHED;
	v.flags = fl & VR_LOW ? VISIT_LOW : 0;
	vrows_add(w, &v);
	w->fl[w->n - 1] = fl;
}

/* The parts' rows into w and their meta into m: false if one is not
 * sound (the checkpoint is then not used). */
static bool
days_parts(const char *p, size_t len, size_t ncust, struct days_meta *m,
           struct vrows *w)
{
	while (len > 0) {
		struct days_part h;
		if (len < sizeof h)
			return false;
		memcpy(&h, p, sizeof h);
		p += sizeof h;
		len -= sizeof h;
		if (h.n > len / sizeof(struct days_rec))
			return false;
		for (uint64_t i = 0; i < h.n; i++) {
			struct days_rec r;
			memcpy(&r, p, sizeof r);
			p += sizeof r;
			len -= sizeof r;
			if (r.cust < 0 || (size_t)r.cust >= ncust)
				return false;
			vrows_push(w, r.at, r.id, r.cust,
			    (uint8_t)(VR_DONE | (r.low ? VR_LOW : 0)));
		}
		if (h.max_id > m->max_id)
			m->max_id = h.max_id;
		if (h.max_at > m->max_at)
			m->max_at = h.max_at;
		if (h.max_rec > m->max_rec)
			m->max_rec = h.max_rec;
	}
	return true;
}

/* The part for the rows of t that count. */
static void *
days_part_make(const struct vrows *t, const struct days_meta *m,
               cs_time now, size_t ncust, size_t *len)
{
	struct days_part h = {0, m->max_at, m->max_rec, m->max_id, 0};
	struct days_rec *r;
	char *buf;

	for (size_t i = 0; i < t->n; i++)
		h.n += row_counts(t, i, now, ncust);
	*len = sizeof h + (size_t)h.n * sizeof *r;
	buf = xcalloc(1, *len);
	memcpy(buf, &h, sizeof h);
	r = (struct days_rec *)(void *)(buf + sizeof h);
	for (size_t i = 0; i < t->n; i++)
		if (row_counts(t, i, now, ncust)) {
			r->at = t->at[i];
			r->cust = t->cust[i];
			r->id = t->id[i];
			r->low = (t->fl[i] & VR_LOW) != 0;
			r++;
		}
	return buf;
}

/* From the checkpoint, the parts appended to it and the rows after them:
 * 0, or -1 (read it all).  Rows enough after them make a new part, or a
 * new checkpoint once the parts are an eighth of it. */
static int
days_warm(struct visit_days *d, const char *dir, const char *path, int fd,
          int64_t size, const struct cs_rules *r, const struct cs_store *s,
          cs_time now, uint64_t deps)
{
	struct visit_log l;
	struct vload c;
	struct vrows tail = {0}, parts = {0};
	struct cache_mark m, pm;
	struct csv_at at = {0, 1, 0, 0};
	struct days_meta *meta;
	size_t len, mlen = 0;
	uint64_t id;
	int64_t mend = -1;
	char *more = NULL;
	bool quiet = cs_quiet;
	int rc;

	memset(d, 0, sizeof *d);
	if (!(d->blob = ckpt_read_id(dir, DAYS_CKPT, CACHE_VISIT_DAYS, deps,
	    fd, &m, &len, &id)))
		return -1;
	d->bloblen = len;
	meta = d->blob;
	/* the checkpoint holds every row it covers: good only if none of
	 * them is after now */
	if (!days_payload_ok(d->blob, len, s->ncustomers)) {
		cache_trace("%s: not used: damaged", DAYS_CKPT);
		goto cold;
	}
	more = ckpt_more_read(dir, DAYS_CKPT, CACHE_VISIT_DAYS, id, fd, &m,
	    &mlen, &mend);
	if (!days_parts(more, mlen, s->ncustomers, meta, &parts)) {
		cache_trace("%s: not used: damaged", DAYS_CKPT);
		goto cold;
	}
	free(more);
	more = NULL;
	if (meta->max_at > now || meta->max_rec > now) {
		cache_trace("%s: not used: it holds visits after --now",
		    DAYS_CKPT);
		goto cold;
	}
	days_point(d);
	vload_init(&c, &l, s, path, now, r->low_score);
	cs_quiet = true;
	rc = csv_read_at(path, fd, &at, CSV_READ_HEADER | CSV_READ_SHORT |
	    CSV_READ_QUIET, vload_header_only, &c);
	if (rc != STOP || !c.header_seen) {
		cs_quiet = quiet;
		goto cold;
	}
	/* the rows after the checkpoint: any doubt, and it is all read
	 * again (which says what is wrong, if anything is) */
	l.max_id = meta->max_id;
	c.compact = &tail;
	at.start = m.offset;
	at.line = (long)m.line;
	rc = csv_read_at(path, fd, &at, CSV_READ_LEDGER | CSV_READ_QUIET,
	    vload_row, &c);
	if (rc == 0 && at.end < size)
		rc = -1; /* a torn last row: the full read warns */
	if (rc == 0)
		rc = vrows_amend(&tail, path_base(path), meta->max_id);
	cs_quiet = quiet;
	if (rc) {
		cache_trace("%s: not used: the rows after it need a full read",
		    DAYS_CKPT);
		goto cold;
	}
	cache_trace("%s: rows after it: %zu", DAYS_CKPT, tail.n + c.nskipped);
	/* the parts' rows and the tail's, in one pass over the dates */
	for (size_t i = 0; i < tail.n; i++)
		vrows_push(&parts, tail.at[i], tail.id[i], tail.cust[i],
		    tail.fl[i]);
	days_merge(d, &parts, now, r->cal.tz_offset);
	meta = d->blob;
	if (tail.n > 0 && c.nskipped == 0 && c.max_at <= now &&
	    c.max_rec <= now && size >= cache_min_bytes() &&
	    at.end - m.offset >= (DAYS_TAIL < cache_min_bytes() ? DAYS_TAIL :
	    cache_min_bytes())) {
		size_t plen;
		void *part;
		meta->max_id = l.max_id;
		if (c.max_at > meta->max_at)
			meta->max_at = c.max_at;
		if (c.max_rec > meta->max_rec)
			meta->max_rec = c.max_rec;
		part = days_part_make(&tail, meta, now, d->ncust, &plen);
		if (mend < 0 || (size_t)mend + plen > len / 8 ||
		    cache_mark_make(fd, at.end, at.end_line, &pm) != 0 ||
		    ckpt_more_append(dir, DAYS_CKPT, CACHE_VISIT_DAYS, id, mend,
		    &m, &pm, part, plen) != 0)
			days_save(d, dir, deps, fd, &at);
		free(part);
	}
	vrows_free(&tail);
	vrows_free(&parts);
	return 0;
cold:
	free(more);
	vrows_free(&tail);
	vrows_free(&parts);
	visit_days_free(d);
	return -1;
}

int
visit_days_load(struct visit_days *d, const char *dir,
                const struct cs_rules *r, const struct cs_store *s,
                cs_time now)
{
	char *path = path_join(dir, "visits.csv");
	struct visit_log l;
	struct vload c;
	struct vrows rows = {0};
	struct csv_at at = {0, 1, 0, 0};
	struct stat sb;
	struct idmaps ids;
	uint64_t deps = 0;
	int fd, rc;

	memset(d, 0, sizeof *d);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0 && errno == ENOENT) {
		days_alloc(d, s->ncustomers, 0);
		free(path);
		return 0;
	}
	if (fd >= 0 && !cache_off && fstat(fd, &sb) == 0) {
		deps = cache_deps(dir, r, CACHE_VISIT_DAYS);
		if (days_warm(d, dir, path, fd, (int64_t)sb.st_size, r, s, now,
		    deps) == 0) {
			close(fd);
			free(path);
			return 0;
		}
	}
	if (!cache_off)
		cache_trace("%s: reading all of %s", DAYS_CKPT, path_base(path));
	vload_init(&c, &l, s, path, now, r->low_score);
	c.compact = &rows;
	idmaps_build(&ids, s);
	c.ids = &ids;
	/* fd < 0: csv_read_at opens the path and says why it cannot */
	rc = csv_read_at(path, fd, &at, CSV_READ_HEADER | CSV_READ_LEDGER |
	    CSV_READ_MISSING_OK, vload_row, &c);
	idmaps_free(&ids);
	if (rc == 0)
		rc = vrows_amend(&rows, path_base(path), 0);
	if (rc == 0) {
		days_build(d, s->ncustomers, &rows, now, r->cal.tz_offset);
		days_meta(d)->max_id = l.max_id;
		days_meta(d)->max_at = c.max_at;
		days_meta(d)->max_rec = c.max_rec;
		if (fd >= 0 && !cache_off && c.nskipped == 0 &&
		    c.max_at <= now && c.max_rec <= now &&
		    fstat(fd, &sb) == 0 && sb.st_size >= cache_min_bytes())
			days_save(d, dir, deps, fd, &at);
	}
	vrows_free(&rows);
	if (fd >= 0)
		close(fd);
	free(path);
	return rc;
}

const struct visit *
visit_find(const struct visit_log *l, uint32_t id)
{
	for (size_t i = 0; i < l->namended; i++)
		if (l->amended[i].old == id) {
			id = l->amended[i].cur;
			break;
		}
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].id == id)
			return &l->v[i];
	return NULL;
}

const struct visit *
visit_followup(const struct visit_log *l, const struct visit *v)
{
	size_t end = l->by_cust[v->cust + 1];

	for (const struct visit *w = v + 1; w < l->v + end; w++)
		if (w->outcome == VO_DONE)
			return w;
	return NULL;
}

/* ---- cs-report's view: the span ----------------------------------- */

/* What visits_load_span keeps while it reads: every row in brief from
 * `from` on, the done rows before it as {date, id, cust}, the kept ids (as
 * runs: they increase down the file, nearly always by one) and the
 * amends, all in file order. */
/* A row from `from` on while it is read and sorted: packed into a
 * visit_brief (without the customer, the time from sp->base) at the
 * end. */
struct span_row {
	cs_time at;
	uint32_t id;
	int32_t cust, staff;
	uint16_t sc;
	uint8_t method, outcome;
};
struct span_old {
	cs_date date;             /* in the rules' timezone */
	uint32_t id;
	int32_t cust;             /* -1: superseded */
};
struct span_load {
	struct visit_span *sp;
	struct span_row *v;       /* from `from` on; at = CS_NOTIME: superseded */
	size_t n, cap;
	struct span_old *old;
	size_t nold, capold;
	struct span_run { uint32_t lo, hi; } *run;  /* kept ids [lo, hi] */
	size_t nrun, caprun;
	struct span_amend { uint32_t old, line; } *am;
	size_t nam, capam;
	int tz;
};

static int
span_hook(struct vload *c, const struct csv_rec *r, const struct visit *v)
{
	struct span_load *L = c->hook_ctx;

	(void)r;
	if (L->nrun && L->run[L->nrun - 1].hi + 1 == v->id) {
		L->run[L->nrun - 1].hi = v->id;
	} else {
		xgrow(&L->run, &L->caprun, L->nrun + 1, sizeof *L->run);
		L->run[L->nrun].lo = L->run[L->nrun].hi = v->id;
		L->nrun++;
	}
	if (v->amends) {
		xgrow(&L->am, &L->capam, L->nam + 1, sizeof *L->am);
		L->am[L->nam].old = v->amends;
		L->am[L->nam++].line = v->line;
	}
	if (v->at >= L->sp->from) {
		struct span_row *b;
		xgrow(&L->v, &L->cap, L->n + 1, sizeof *L->v);
		b = &L->v[L->n++];
		b->at = v->at;
		b->id = v->id;
		b->cust = v->cust;
		b->staff = v->staff;
		b->method = v->method;
		b->outcome = v->outcome;
		b->sc = (uint16_t)(v->score[0] | v->score[1] << 3 |
		    v->score[2] << 6 | v->score[3] << 9 |
		    (v->flags & VISIT_LOW ? BRIEF_LOW : 0));
	} else if (v->outcome == VO_DONE) {
		struct span_old *o;
		xgrow(&L->old, &L->capold, L->nold + 1, sizeof *L->old);
		o = &L->old[L->nold++];
		o->date = time_date(v->at, L->tz);
		o->id = v->id;
		o->cust = v->cust;
	}
	return VLOAD_TAKEN;
}

static bool
span_kept(const struct span_load *L, uint32_t id)
{
	size_t lo = 0, hi = L->nrun;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (id < L->run[mid].lo)
			hi = mid;
		else if (id > L->run[mid].hi)
			lo = mid + 1;
		else
			return true;
	}
	return false;
}

static int
amend_cmp(const void *a, const void *b)
{
	const struct span_amend *x = a, *y = b;

	if (x->old != y->old)
		return x->old < y->old ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
}

/* The amends checked as visits_load checks them (same messages, the
 * first bad one in file order), then the rows they supersede marked. */
static int
span_amend(struct span_load *L, const char *file)
{
	struct span_amend *by;
	uint32_t bad = 0;             /* line of the first bad amend */
	const struct span_amend *first = NULL;
	bool unknown = false;
	char a[16];

	if (L->nam == 0)
		return 0;
	by = xmalloc(L->nam * sizeof *by);
	/* amending an id an earlier row amended: sorted by id and line,
	 * each one after the first of its id */
	memcpy(by, L->am, L->nam * sizeof *by);
	qsort(by, L->nam, sizeof *by, amend_cmp);
	for (size_t k = 1; k < L->nam; k++)
		if (by[k].old == by[k - 1].old && (!bad || by[k].line < bad))
			bad = by[k].line;
	for (size_t k = 0; k < L->nam; k++) {
		const struct span_amend *am = &L->am[k];
		if (bad && am->line >= bad)
			break;
		if (!span_kept(L, am->old)) {
			first = am;
			unknown = true;
			break;
		}
	}
	free(by);
	if (first || bad) {
		if (!first)
			for (size_t k = 0; k < L->nam && !first; k++)
				if (L->am[k].line == bad)
					first = &L->am[k];
		if (unknown)
			cs_warn("%s:%u: amends unknown visit %s", file,
			    first->line, visit_id_format(first->old, a));
		else
			cs_warn("%s:%u: amends %s, which was already amended",
			    file, first->line, visit_id_format(first->old, a));
		return CS_EX_DATAERR;
	}
	for (size_t k = 0; k < L->nam; k++) {
		uint32_t id = L->am[k].old;
		size_t lo = 0, hi = L->n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (L->v[mid].id < id)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < L->n && L->v[lo].id == id) {
			L->v[lo].at = CS_NOTIME;
			continue;
		}
		lo = 0;
		hi = L->nold;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (L->old[mid].id < id)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < L->nold && L->old[lo].id == id)
			L->old[lo].cust = -1;
	}
	return 0;
}

static int
brief_cmp(const struct span_row *x, const struct span_row *y)
{
	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

static int
brief_qcmp(const void *a, const void *b)
{
	return brief_cmp(a, b);
}

/* Puts v[0, n) in order of bucket (cust - base) >> shift (of nb) in
 * place: counted, then swapped into place.  at[0 .. nb]: where each
 * bucket begins (and the end); next: nb of scratch. */
static void
bucket_pass(struct span_row *v, size_t n, int32_t base, int shift,
            size_t nb, uint32_t *at, uint32_t *next)
{
	memset(at, 0, (nb + 1) * sizeof *at);
	for (size_t i = 0; i < n; i++)
		at[((size_t)(v[i].cust - base) >> shift) + 1]++;
	for (size_t b = 0; b < nb; b++)
		at[b + 1] += at[b];
	memcpy(next, at, nb * sizeof *next);
	for (size_t b = 0; b < nb; b++)
		while (next[b] < at[b + 1]) {
			struct span_row *x = &v[next[b]];
			size_t t = (size_t)(x->cust - base) >> shift;
			if (t == b) {
				next[b]++;
			} else {
				struct span_row tmp = *x;
				*x = v[next[t]];
				v[next[t]++] = tmp;
			}
		}
}

/* The current rows from `from` to asof (+1 s: a whole month's engine runs
 * as of the next month's first second) grouped by customer, each one's in
 * time order: counted, put in place by swaps, then insertion sort (file
 * order is nearly time order). */
static void
span_sort(struct visit_span *sp, struct span_load *L)
{
	size_t n = 0;
	uint32_t *at = sp->by_cust, *next;

	for (size_t i = 0; i < L->n; i++) {
		const struct span_row *b = &L->v[i];
		if (b->at == CS_NOTIME || (sp->asof != CS_NOTIME &&
		    b->at > sp->asof + 1))
			continue;
		L->v[n++] = *b;
	}
	if (n)
		L->v = xrealloc(L->v, n * sizeof *L->v);
	L->n = sp->n = n;
	if (sp->ncust == 0)
		return;
	/* two passes, each with few enough buckets to stay in the cache:
	 * by blocks of customers, then by customer in each block */
	int shift = 0;
	while (((sp->ncust - 1) >> shift) >= 1024)
		shift++;
	size_t nb = ((sp->ncust - 1) >> shift) + 1, nin = (size_t)1 << shift;
	uint32_t *top = xcalloc(nb + 1, sizeof *top);
	next = xmalloc((nb > nin ? nb : nin) * sizeof *next);
	bucket_pass(L->v, n, 0, shift, nb, top, next);
	for (size_t b = 0; b < nb; b++) {
		size_t c0 = b << shift, k = sp->ncust - c0 < nin ?
		    sp->ncust - c0 : nin;
		bucket_pass(L->v + top[b], top[b + 1] - top[b], (int32_t)c0, 0,
		    k, at + c0, next);
		for (size_t j = 0; j <= k; j++)
			at[c0 + j] += top[b];
	}
	free(top);
	free(next);
	for (size_t c = 0; c < sp->ncust; c++) {
		if (at[c + 1] - at[c] > 64) {
			qsort(L->v + at[c], at[c + 1] - at[c], sizeof *L->v,
			    brief_qcmp);
			continue;
		}
		for (size_t i = at[c] + 1; i < at[c + 1]; i++) {
			struct span_row x = L->v[i];
			size_t j = i;
			while (j > at[c] && brief_cmp(&L->v[j - 1], &x) > 0) {
				L->v[j] = L->v[j - 1];
				j--;
			}
			L->v[j] = x;
		}
	}
}

/* After sp->until, only each customer's first done visit (the follow-up
 * of a visit before it): v (sorted) and by_cust compacted. */
static void
span_trim(struct visit_span *sp, struct span_load *L)
{
	size_t k = 0;
	uint32_t lo = 0;

	if (sp->until == CS_NOTIME)
		return;
	for (size_t c = 0; c < sp->ncust; c++) {
		uint32_t hi = sp->by_cust[c + 1];
		bool done_after = false;
		sp->by_cust[c] = (uint32_t)k;
		for (uint32_t i = lo; i < hi; i++) {
			const struct span_row *v = &L->v[i];
			if (v->at > sp->until) {
				if (done_after || v->outcome != VO_DONE)
					continue;
				done_after = true;
			}
			L->v[k++] = *v;
		}
		lo = hi;
	}
	sp->by_cust[sp->ncust] = (uint32_t)k;
	if (k < sp->n && k > 0)
		L->v = xrealloc(L->v, k * sizeof *L->v);
	L->n = sp->n = k;
}

/* The done rows' dates as visit_days: those before `from` (L->old),
 * then each customer's in the span (sp->v, sorted: after them in time).
 * Nobody asks for the latest ones: no last_*. */
static void
span_days(struct visit_span *sp, struct span_load *L, int tz)
{
	struct visit_days *d = &sp->days;
	uint32_t *fill = xcalloc(sp->ncust + 1, sizeof *fill);
	size_t total = 0, offlen = al8((sp->ncust + 1) * sizeof *d->off);

	for (size_t i = 0; i < L->nold; i++)
		if (L->old[i].cust != -1) {
			fill[L->old[i].cust]++;
			total++;
		}
	for (size_t c = 0; c < sp->ncust; c++)
		for (uint32_t i = sp->by_cust[c]; i < sp->by_cust[c + 1]; i++)
			if (sp->v[i].outcome == VO_DONE) {
				fill[c]++;
				total++;
			}
	d->bloblen = offlen + (total ? total : 1) * sizeof *d->date;
	d->blob = xcalloc(1, d->bloblen);
	d->ncust = sp->ncust;
	d->off = d->blob;
	d->date = (cs_date *)(void *)((char *)d->blob + offlen);
	for (size_t c = 0; c < sp->ncust; c++)
		d->off[c + 1] = d->off[c] + fill[c];
	memcpy(fill, d->off, sp->ncust * sizeof *fill);
	for (size_t i = 0; i < L->nold; i++) {
		const struct span_old *o = &L->old[i];
		int32_t c = o->cust;
		if (o->cust == -1)
			continue;
		d->date[fill[c]++] = o->date;
	}
	for (size_t c = 0; c < sp->ncust; c++) {
		sort_dates(d->date + d->off[c], fill[c] - d->off[c]);
		for (uint32_t i = sp->by_cust[c]; i < sp->by_cust[c + 1]; i++) {
			const struct visit_brief *v = &sp->v[i];
			if (v->outcome != VO_DONE)
				continue;
			d->date[fill[c]++] = time_date(brief_at(sp, v), tz);
		}
	}
	free(fill);
}

/* The sorted rows into sp->v in brief, in place (16 bytes from 24: each
 * row read before its brief is written over it), times from sp->base:
 * the first row's.  0 or CS_EX_SOFTWARE (times too far apart for 32
 * bits, some 136 years: an internal limit). */
static int
span_pack(struct visit_span *sp, struct span_load *L, const char *file)
{
	char *mem = (char *)L->v;
	cs_time lo = CS_NOTIME, hi = CS_NOTIME;

	for (size_t i = 0; i < L->n; i++) {
		if (lo == CS_NOTIME || L->v[i].at < lo)
			lo = L->v[i].at;
		if (hi == CS_NOTIME || L->v[i].at > hi)
			hi = L->v[i].at;
	}
	sp->base = lo != CS_NOTIME ? lo : sp->from != CS_NOTIME ? sp->from : 0;
	if (L->n && hi - sp->base > (cs_time)UINT32_MAX) {
		cs_warn("%s: visits more than 136 years apart", file);
		return CS_EX_SOFTWARE;
	}
	for (size_t i = 0; i < L->n; i++) {
		struct span_row r;
		struct visit_brief b;
		memcpy(&r, mem + i * sizeof r, sizeof r);
		b.at = (uint32_t)(r.at - sp->base);
		b.id = r.id;
		b.staff = r.staff;
		b.sc = r.sc;
		b.method = r.method;
		b.outcome = r.outcome;
		memcpy(mem + i * sizeof b, &b, sizeof b);
	}
	sp->v = L->n ? xrealloc(L->v, L->n * sizeof *sp->v) : NULL;
	if (!L->n)
		free(L->v);
	L->v = NULL;
	return 0;
}

int
visits_load_span(struct visit_span *sp, const struct cs_store *s,
                 const char *path, cs_time asof, int low_score,
                 cs_time from, cs_time until, int tz)
{
	struct span_load L = {0};
	struct visit_log l;
	struct vload c;
	struct idmaps ids;
	int rc;

	memset(sp, 0, sizeof *sp);
	sp->from = from;
	sp->asof = asof;
	sp->until = until;
	sp->ncust = s->ncustomers;
	L.sp = sp;
	L.tz = tz;
	vload_init(&c, &l, s, path, asof, low_score);
	c.hook = span_hook;
	c.hook_ctx = &L;
	idmaps_build(&ids, s);
	c.ids = &ids;
	rc = csv_read(path, 0, CSV_READ_HEADER | CSV_READ_LEDGER |
	    CSV_READ_MISSING_OK, vload_row, &c, NULL);
	idmaps_free(&ids);
	if (rc == 0)
		rc = span_amend(&L, path_base(path));
	free(L.run);
	free(L.am);
	if (rc == 0) {
		sp->by_cust = xcalloc(sp->ncust + 1, sizeof *sp->by_cust);
		span_sort(sp, &L);
		span_trim(sp, &L);
		if ((rc = span_pack(sp, &L, path_base(path))) == 0)
			span_days(sp, &L, tz);
	}
	free(L.old);
	free(L.v);
	if (rc)
		visit_span_free(sp);
	return rc;
}

void
visit_span_free(struct visit_span *sp)
{
	free(sp->v);
	free(sp->by_cust);
	visit_days_free(&sp->days);
	memset(sp, 0, sizeof *sp);
}

void
visit_days_from_span(struct visit_days *d, const struct visit_span *sp,
                     cs_time now, int tz)
{
	const struct visit_days *a = &sp->days;
	size_t ncust = sp->ncust;

	(void)tz; /* sp->days has the dates */
	memset(d, 0, sizeof *d);
	d->ncust = ncust;
	d->off = a->off;
	d->date = a->date;
	d->end = xmalloc((ncust + 1) * sizeof *d->end);
	/* each one's done visits in the span come last, in time order:
	 * those after now are left out from the end */
	for (size_t c = 0; c < ncust; c++) {
		uint32_t e = a->off[c + 1];
		for (uint32_t i = sp->by_cust[c + 1]; i > sp->by_cust[c] &&
		    brief_at(sp, &sp->v[i - 1]) > now; i--)
			e -= sp->v[i - 1].outcome == VO_DONE;
		d->end[c] = e;
	}
	d->end[ncust] = a->off[ncust];
}

const struct visit_brief *
visit_span_followup(const struct visit_span *sp, const struct visit_brief *v)
{
	/* the customer's: the first by_cust[c + 1] after v */
	uint32_t i = (uint32_t)(v - sp->v);
	size_t lo = 0, hi = sp->ncust;
	const struct visit_brief *end;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (sp->by_cust[mid + 1] <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	end = sp->v + sp->by_cust[lo + 1];

	for (const struct visit_brief *w = v + 1; w < end; w++)
		if (w->outcome == VO_DONE)
			return w;
	return NULL;
}

/* ---- checking one visit (cs-log and --import) ---------------------- */

/* Where a value came from, for messages: "--by" on the command line, or
 * FILE:LINE and the header of a column in an import. */
struct vsrc {
	const char *file;     /* NULL: the command line */
	long line;
	const char *colname[C_N];
	int nbad;             /* bad values */
	int nbadrows;         /* rows with a bad value */
	long lastbad;
};

static void
vsrc_bad(struct vsrc *src, int k, const char *expected, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* "[FILE:LINE: ]what[ in column NAME | in --opt][ (expected ...)]";
 * k < 0: no column. */
static void
vsrc_bad(struct vsrc *src, int k, const char *expected, const char *fmt, ...)
{
	static const char *const optname[C_N] = {
		[C_AT] = "--at", [C_STAFF] = "--by", [C_METHOD] = "--method",
		[C_OUTCOME] = "--outcome", [C_ATTITUDE] = "--scores",
		[C_SKILL] = "--scores", [C_TIMELINESS] = "--scores",
		[C_PROMISE] = "--scores", [C_RULE] = "--rule",
		[C_COMPLAINT] = "--complaint", [C_NOTE] = "--note",
		[C_AMENDS] = "--amends",
	};
	struct sbuf b = {0};
	char tmp[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, cs_tr(fmt), ap);
	va_end(ap);
	if (src->file)
		sb_addf(&b, "%s:%ld: ", src->file, src->line);
	sb_adds(&b, tmp);
	if (k >= 0 && src->file)
		sb_addf(&b, _(" in column %s"), src->colname[k] ? src->colname[k] :
		    visit_cols[k]);
	else if (k >= 0 && optname[k])
		sb_addf(&b, _(" in %s"), optname[k]);
	if (expected)
		sb_addf(&b, _(" (expected %s)"), cs_tr(expected));
	cs_warn("%s", sb_str(&b));
	sb_free(&b);
	src->nbad++;
	if (src->nbadrows == 0 || src->line != src->lastbad)
		src->nbadrows++;
	src->lastbad = src->line;
}

/* A spreadsheet turned an id into a number: 1.23457E+17. */
static bool
scientific(const char *s)
{
	const char *e = strpbrk(s, "eE");

	if (!e || e == s)
		return false;
	for (const char *p = s; p < e; p++)
		if (!isdigit((unsigned char)*p) && *p != '.')
			return false;
	e++;
	if (*e == '+' || *e == '-')
		e++;
	if (!*e)
		return false;
	for (; *e; e++)
		if (!isdigit((unsigned char)*e))
			return false;
	return true;
}

/* Spreadsheet dates: "2026/11/23 9:05" -> "2026-11-23 09:05". */
static void
normalize_time(const char *s, char *out, size_t n)
{
	int y, mo, d, h = -1, mi = -1, sec = -1, used = 0;

	if (s == out)
		return;
	if (strchr(s, '/') &&
	    (sscanf(s, "%d/%d/%d %d:%d:%d%n", &y, &mo, &d, &h, &mi, &sec, &used) == 6 ||
	     (sec = -1, sscanf(s, "%d/%d/%d %d:%d%n", &y, &mo, &d, &h, &mi, &used) == 5) ||
	     (h = -1, sscanf(s, "%d/%d/%d%n", &y, &mo, &d, &used) == 3)) &&
	    s[used] == '\0') {
		if (h < 0)
			snprintf(out, n, "%04d-%02d-%02d", y, mo, d);
		else if (sec < 0)
			snprintf(out, n, "%04d-%02d-%02d %02d:%02d", y, mo, d, h, mi);
		else
			snprintf(out, n, "%04d-%02d-%02d %02d:%02d:%02d", y, mo,
			    d, h, mi, sec);
		return;
	}
	snprintf(out, n, "%s", s);
}

/* A visit being written: the values as strings (to write) and parsed. */
struct vnew {
	const char *f[C_N];   /* values in visit_cols order */
	char scorebuf[4][2];
	char atbuf[40];
	char idbuf[16], amendsbuf[16];
	struct visit v;
	uint32_t amends;
	long line;            /* import line */
	bool bad;             /* import: a value was refused */
};

static bool
staff_active(const struct cs_store *s, int i)
{
	return s->staff[i].active;
}

static bool
customer_active(const struct cs_store *s, int i)
{
	const char *a = customer_field(s, &s->customers[i], "active");

	return !(strcmp(a, "no") == 0 || strcmp(a, "0") == 0 ||
	    strcmp(a, "false") == 0);
}

/* Checks the values of n that need no ledger; fills n->v.  `given` says
 * which fields came from the user (a copied field of an amended visit is
 * not checked for being active). */
static void
vnew_check(struct cs_ctx *x, struct vnew *n, const bool given[C_N],
           struct vsrc *src)
{
	const struct cs_store *s = &x->store;
	const char *v;
	int i;

	v = n->f[C_CUSTOMER];
	if (scientific(v))
		vsrc_bad(src, C_CUSTOMER, N_("the id as text: format the column as "
		    "text in the spreadsheet"), "customer id \"%s\" in scientific notation", v);
	else if ((n->v.cust = store_customer(s, v)) < 0)
		vsrc_bad(src, C_CUSTOMER, NULL, "unknown customer \"%s\"", v);
	else if (given[C_CUSTOMER] && !customer_active(s, n->v.cust))
		vsrc_bad(src, C_CUSTOMER, NULL, "customer \"%s\" is not active", v);
	v = n->f[C_STAFF];
	if (scientific(v))
		vsrc_bad(src, C_STAFF, N_("the id as text: format the column as "
		    "text in the spreadsheet"), "staff id \"%s\" in scientific notation", v);
	else if ((n->v.staff = store_staff(s, v)) < 0)
		vsrc_bad(src, C_STAFF, NULL, "unknown staff \"%s\"", v);
	else if (given[C_STAFF] && !staff_active(s, n->v.staff))
		vsrc_bad(src, C_STAFF, NULL, "staff \"%s\" is not active", v);
	v = n->f[C_METHOD];
	if ((i = visit_method_parse(v)) < 0)
		vsrc_bad(src, C_METHOD, N_("phone, onsite, wechat, sms, email, "
		    "letter or chat"), "unknown method \"%s\"", v);
	else
		n->f[C_METHOD] = visit_methods[n->v.method = (uint8_t)i];
	v = n->f[C_OUTCOME];
	if ((i = visit_outcome_parse(v)) < 0)
		vsrc_bad(src, C_OUTCOME, N_("done, unreached, refused or "
		    "rescheduled"), "unknown outcome \"%s\"", v);
	else
		n->f[C_OUTCOME] = visit_outcomes[n->v.outcome = (uint8_t)i];
	for (int k = 0; k < 4; k++) {
		/* the score's name in messages (the column's, translated) */
		static const char *const score_name[] = {N_("attitude"),
		    N_("skill"), N_("timeliness"), N_("promise")};
		v = n->f[C_ATTITUDE + k];
		if (score_parse(v, &n->v.score[k]) < 0) {
			vsrc_bad(src, C_ATTITUDE + k, N_("1 to 4, 4 = very satisfied"),
			    "bad %s score \"%s\"", _(score_name[k]), v);
			continue;
		}
		n->scorebuf[k][0] = n->v.score[k] ? (char)('0' + n->v.score[k]) : 0;
		n->scorebuf[k][1] = 0;
		n->f[C_ATTITUDE + k] = n->scorebuf[k];
	}
	if (n->v.outcome != VO_DONE && (n->v.score[0] || n->v.score[1] ||
	    n->v.score[2] || n->v.score[3]) &&
	    visit_outcome_parse(n->f[C_OUTCOME]) >= 0)
		vsrc_bad(src, C_ATTITUDE, N_("no scores: only a done visit is scored"),
		    "scores for outcome \"%s\"", n->f[C_OUTCOME]);
	v = n->f[C_AT];
	normalize_time(v, n->atbuf, sizeof n->atbuf);
	if (time_parse(n->atbuf, x->rules.cal.tz_offset, &n->v.at) < 0) {
		/* a spreadsheet's date number (a cell formatted as a number),
		 * 1950 to 2099: say what it stands for, not guess */
		double serial = atof(v);
		char *d = serial >= 18264 && serial < 73051 ?
		    xlsx_serial_text(v, false) : NULL;
		char *e = d ? xasprintf(_("YYYY-MM-DD HH:MM; %s is how a "
		    "spreadsheet stores %s: format the column as a date and "
		    "time, and export again"), v, d) : NULL;
		vsrc_bad(src, C_AT, e ? e : N_("YYYY-MM-DD HH:MM or ISO 8601"),
		    "bad time \"%s\"", v);
		free(e);
		free(d);
	} else if (n->v.at > x->now) {
		char nb[40];
		char *e = xasprintf(_("a time not after now, %s"),
		    time_format_short(x->now, x->rules.cal.tz_offset, nb));
		vsrc_bad(src, C_AT, e, "future time \"%s\"", v);
		free(e);
	} else
		n->f[C_AT] = time_format_iso(n->v.at, x->rules.cal.tz_offset,
		    n->atbuf);
	v = n->f[C_RULE];
	if (given[C_RULE] && *v && !rules_visit(&x->rules, v)) {
		char *e = xasprintf(_("a visit rule of %s"),
		    path_base(x->rules_path));
		vsrc_bad(src, C_RULE, e, "unknown rule \"%s\"", v);
		free(e);
	}
	v = n->f[C_COMPLAINT];
	if (*v && (scientific(v) || strncmp(v, "C", 1) != 0))
		vsrc_bad(src, C_COMPLAINT, "C2026-0042",
		    "bad complaint id \"%s\"", v);
	v = n->f[C_NOTE];
	if (utf8_invalid_at(v, strlen(v)) >= 0)
		vsrc_bad(src, C_NOTE, N_("UTF-8 text"), "bad note");
}

/* The complaint named exists. */
static void
vnew_check_complaint(struct vnew *n, const struct complaint_log *cl,
                     struct vsrc *src)
{
	const char *v = n->f[C_COMPLAINT];

	if (*v && cl && complaint_find(cl, v) < 0)
		vsrc_bad(src, C_COMPLAINT, NULL, "unknown complaint \"%s\"", v);
}

/* Not a duplicate of a visit in the log (other than the one amended). */
static void
vnew_check_dup(struct vnew *n, const struct visit_log *log, uint32_t amended,
               struct vsrc *src)
{
	if (n->v.cust < 0 || n->v.staff < 0 || (size_t)n->v.cust >= log->ncust)
		return;
	for (size_t i = log->by_cust[n->v.cust]; i < log->by_cust[n->v.cust + 1]; i++) {
		const struct visit *w = &log->v[i];
		char id[16];

		if (w->at == n->v.at && w->staff == n->v.staff && w->id != amended) {
			vsrc_bad(src, -1, NULL, "duplicate of visit %s (customer %s, "
			    "staff %s, at %s)", visit_id_format(w->id, id),
			    n->f[C_CUSTOMER], n->f[C_STAFF], n->f[C_AT]);
			return;
		}
	}
}

/* Duplicates inside one import batch. */
static bool
vnew_same(const struct vnew *a, const struct vnew *b)
{
	return a->v.cust >= 0 && a->v.cust == b->v.cust &&
	    a->v.staff == b->v.staff && a->v.at == b->v.at;
}

static int
load_complaints_if(struct cs_ctx *x, struct complaint_log *cl, bool need)
{
	char *p;
	int rc;

	if (!need)
		return 0;
	if ((rc = store_all(&x->store)) != 0)  /* every customer's */
		return rc;
	p = path_join(x->dir, "complaints.csv");
	rc = complaints_load(cl, &x->store, &x->rules, p, CS_NOTIME, x->now);
	free(p);
	return rc;
}

static void
vnew_row(struct ledger_w *w, struct sbuf *b, const struct vnew *n)
{
	ledger_row(w, b, n->f);
}

/* Fills the copied fields of an amended visit. */
static void
vnew_copy(struct vnew *n, const struct visit_log *log, const struct visit *old,
          const struct cs_store *s, int tz, bool given[C_N])
{
	if (!given[C_CUSTOMER])
		n->f[C_CUSTOMER] = customer_id(s, &s->customers[old->cust]);
	if (!given[C_STAFF])
		n->f[C_STAFF] = s->staff[old->staff].id;
	if (!given[C_METHOD])
		n->f[C_METHOD] = visit_methods[old->method];
	if (!given[C_OUTCOME])
		n->f[C_OUTCOME] = visit_outcomes[old->outcome];
	if (!given[C_ATTITUDE])
		for (int k = 0; k < 4; k++) {
			n->scorebuf[k][0] = old->score[k] ? (char)('0' + old->score[k]) : 0;
			n->scorebuf[k][1] = 0;
			n->f[C_ATTITUDE + k] = n->scorebuf[k];
		}
	if (!given[C_AT])
		n->f[C_AT] = time_format_iso(old->at, tz, n->atbuf);
	if (!given[C_RULE])
		n->f[C_RULE] = visit_str(log, old->rule);
	if (!given[C_COMPLAINT])
		n->f[C_COMPLAINT] = visit_str(log, old->complaint);
	if (!given[C_NOTE])
		n->f[C_NOTE] = visit_str(log, old->note);
}

/* The whole log after all, under the lock already taken. */
static int
load_visits_locked(struct cs_ctx *x, struct ledger_w *w, struct visit_log *log)
{
	int rc;

	if ((rc = store_all(&x->store)) != 0)  /* every customer's visits */
		return rc;
	return visits_load(log, &x->store, w->path, CS_NOTIME,
	    x->rules.low_score);
}

/* ---- the index cs-log looks visits up in (DIR/.cs-cache/visit-index) ----
 *
 * Reading a whole ledger to append one row would make an append cost what
 * the ledger weighs.  Instead the index (cache.c) maps three keys to the
 * byte offsets of rows: customer, staff and time (the duplicate check);
 * an id block (id >> 4) to its first row, from which the rows of the
 * block are read in order (finding a visit by id); and an amended id to
 * the rows that amend it (is it current, which version is).  Every
 * candidate row is read and checked, so the index can only make a lookup
 * slower, never wrong.  The rows after the index's mark are read and
 * checked as visits_load would at each open; with any doubt the whole
 * ledger is read (and the index built again). */

#define VIX_NAME "visit-index"
#define VIX_TAIL (64 * 1024)  /* a tail this long moves the mark */
#define VIX_CAND 64           /* candidate rows per key, at most */

struct vix {
	bool on;                  /* lookups go through the index */
	struct cache_ix ix;
	struct cs_ctx *x;
	struct ledger_w *w;
	char *path;
	struct vload hc;          /* the header's column map */
	struct visit_log hl;
	uint32_t max_id;          /* highest id in the ledger */
	int64_t block;            /* id >> 4 of the last row, or -1 */
	int64_t end;              /* offset after the last row read */
	long end_line;
	bool built;               /* in memory: save at the end */
};

static uint64_t
key_dup(const char *cust, const char *staff, cs_time at)
{
	uint64_t h = cache_hash("D", 1, 0);

	h = cache_hash_str(cust, h);
	h = cache_hash_str(staff, h);
	return cache_hash(&at, sizeof at, h);
}

static uint64_t
key_block(uint32_t id)
{
	uint32_t b = id >> 4;

	return cache_hash(&b, sizeof b, cache_hash("B", 1, 0));
}

static uint64_t
key_amends(uint32_t id)
{
	return cache_hash(&id, sizeof id, cache_hash("A", 1, 0));
}

static int
vix_add(struct vix *vx, const char *cust, const char *staff, cs_time at,
        uint32_t id, uint32_t amends, int64_t off)
{
	if (cix_add(&vx->ix, key_dup(cust, staff, at), off) != 0)
		return -1;
	if ((int64_t)(id >> 4) != vx->block) {
		vx->block = id >> 4;
		if (cix_add(&vx->ix, key_block(id), off) != 0)
			return -1;
	}
	if (amends && cix_add(&vx->ix, key_amends(amends), off) != 0)
		return -1;
	return 0;
}

/* vload hook: each row read goes into the index. */
static int
vix_hook(struct vload *c, const struct csv_rec *r, const struct visit *v)
{
	struct vix *vx = c->hook_ctx;

	if (vix_add(vx, fld(c, r, C_CUSTOMER), fld(c, r, C_STAFF), v->at,
	    v->id, v->amends, r->offset) != 0)
		return STOP;
	return 0;
}



/* The row that starts at off: 0, or -1. */
static int
vix_read(struct vix *vx, int64_t off, struct csv_one *w)
{
	return csv_one_at(vx->w->fd, vx->hl.path, off, vx->hc.ncols, w);
}

/* The row's visit, checked as visits_load checks it: 0, or -1. */
static int
vix_visit_of(struct vix *vx, struct vload *c, struct csv_one *w)
{
	struct csv_rec r = {vx->hl.path, 0, w->nf, w->f, w->len, w->offset};
	bool quiet = cs_quiet;
	int rc;

	c->l->max_id = 0;
	cs_quiet = true;
	rc = vload_row(&r, c);
	cs_quiet = quiet;
	return rc ? -1 : 0;
}

/* A loader of single rows, with the header's column map. */
static void
vix_loader(struct vix *vx, struct vload *c, struct visit_log *l)
{
	vload_init(c, l, &vx->x->store, vx->hl.path, CS_NOTIME,
	    vx->x->rules.low_score);
	xgrow(&l->str, &l->strcap, 1, 1);
	l->str[0] = '\0';
	l->strused = 1;
	memcpy(c->col, vx->hc.col, sizeof c->col);
	c->ncols = vx->hc.ncols;
	c->header_seen = true;
}

static void
vix_loader_free(struct vload *c)
{
	struct visit_log *l = c->l;

	free(c->rows);
	free(l->str);
	strmap_free(&l->intern);
}

/* The row that amends id, if any: *by gets its id (0: none).  0 or -1. */
static int
vix_amended_by(struct vix *vx, uint32_t id, uint32_t *by)
{
	int64_t off[VIX_CAND];
	struct csv_one w = {0};
	struct visit_log l;
	struct vload c;
	int n, st = 0;

	*by = 0;
	if ((n = cix_find(&vx->ix, key_amends(id), off, VIX_CAND)) < 0)
		return -1;
	vix_loader(vx, &c, &l);
	for (int i = 0; i < n && st == 0; i++) {
		if (off[i] >= vx->end)
			continue; /* left by a row that was cut off */
		if (vix_read(vx, off[i], &w) != 0)
			continue;
		c.nrows = 0;
		if (vix_visit_of(vx, &c, &w) != 0)
			continue;
		if (c.rows[0].amends != id)
			continue;
		if (*by && *by != c.rows[0].id)
			st = -1; /* amended twice: the full read says so */
		*by = c.rows[0].id;
	}
	vix_loader_free(&c);
	sb_free(&w.text);
	return st;
}

struct block_scan {
	struct vix *vx;
	uint32_t id;
	struct csv_one *w;
	bool first;
};

static int
block_row(const struct csv_rec *r, void *ctx)
{
	struct block_scan *b = ctx;
	const char *s = b->vx->hc.col[C_ID] >= 0 &&
	    b->vx->hc.col[C_ID] < r->nf ? r->f[b->vx->hc.col[C_ID]] : "";
	uint32_t id;

	if (visit_id_parse(s, &id) < 0)
		return STOP - 1;
	if (b->first && (id >> 4) != (b->id >> 4))
		return STOP - 1; /* not the block's first row */
	b->first = false;
	if (id < b->id)
		return 0;
	if (id == b->id)
		csv_one_keep(r, b->w);
	return STOP;
}

/* The row of visit id (any version): 0 with w->got set or not, or -1. */
static int
vix_row_by_id(struct vix *vx, uint32_t id, struct csv_one *w)
{
	int64_t off[VIX_CAND];
	int n;

	w->got = false;
	if ((n = cix_find(&vx->ix, key_block(id), off, VIX_CAND)) < 0)
		return -1;
	for (int i = 0; i < n && !w->got; i++) {
		struct block_scan b = {vx, id, w, true};
		struct csv_at at = {off[i], 1, 0, 0};

		if (off[i] >= vx->end)
			continue;
		csv_read_at(vx->path, vx->w->fd, &at, CSV_READ_LEDGER |
		    CSV_READ_QUIET, block_row, &b);
		if (w->got && w->nf != vx->hc.ncols)
			return -1;
	}
	return 0;
}

/* visit_find: the current version of visit id, loaded into c (c->rows[0]);
 * *found false if there is none.  0, or -1. */
static int
vix_find(struct vix *vx, uint32_t id, struct vload *c, bool *found)
{
	struct csv_one w = {0};
	uint32_t by;
	int st = 0;

	*found = false;
	/* follow the corrections to the latest */
	for (int guard = 0; guard < 1000; guard++) {
		if (vix_amended_by(vx, id, &by) != 0) {
			st = -1;
			goto out;
		}
		if (!by)
			break;
		id = by;
	}
	if (vix_row_by_id(vx, id, &w) != 0) {
		st = -1;
		goto out;
	}
	if (!w.got)
		goto out;
	c->nrows = 0;
	if (vix_visit_of(vx, c, &w) != 0) {
		st = -1;
		goto out;
	}
	/* by_cust for visit_str and vnew_copy's needs */
	c->l->v = c->rows;
	c->l->n = 1;
	*found = true;
out:
	sb_free(&w.text);
	return st;
}

/* vnew_check_dup through the index: 0, or -1 (ask the full log). */
static int
vix_check_dup(struct vix *vx, struct vnew *n, uint32_t amended,
              struct vsrc *src)
{
	const struct cs_store *s = &vx->x->store;
	int64_t off[VIX_CAND];
	struct csv_one w = {0};
	struct visit_log l;
	struct vload c;
	uint32_t dup = 0, by;
	int k, st = 0;
	char id[16];

	if (n->v.cust < 0 || n->v.staff < 0 ||
	    (size_t)n->v.cust >= s->ncustomers)
		return 0;
	if ((k = cix_find(&vx->ix, key_dup(
	    customer_id(s, &s->customers[n->v.cust]),
	    s->staff[n->v.staff].id, n->v.at), off, VIX_CAND)) < 0)
		return -1;
	vix_loader(vx, &c, &l);
	for (int i = 0; i < k && st == 0; i++) {
		const struct visit *v;
		if (off[i] >= vx->end || vix_read(vx, off[i], &w) != 0)
			continue;
		c.nrows = 0;
		if (vix_visit_of(vx, &c, &w) != 0)
			continue;
		v = &c.rows[0];
		if (v->cust != n->v.cust || v->staff != n->v.staff ||
		    v->at != n->v.at || v->id == amended ||
		    (dup && v->id >= dup))
			continue;
		if (vix_amended_by(vx, v->id, &by) != 0)
			st = -1;
		else if (!by)
			dup = v->id;
	}
	vix_loader_free(&c);
	sb_free(&w.text);
	if (st == 0 && dup)
		vsrc_bad(src, -1, NULL, "duplicate of visit %s (customer %s, "
		    "staff %s, at %s)", visit_id_format(dup, id),
		    n->f[C_CUSTOMER], n->f[C_STAFF], n->f[C_AT]);
	return st;
}

static void
vix_close(struct vix *vx)
{
	if (vx->path)      /* else the index was never opened */
		cix_close(&vx->ix);
	free(vx->path);
	vx->path = NULL;
	vx->on = false;
}

/* The rows after the index's mark, checked as visits_load checks them,
 * go into the index: 0, or -1 (read it all). */
static int
vix_tail(struct vix *vx)
{
	struct visit_log l;
	struct vload c;
	struct vrows tail = {0};
	struct csv_at at = {vx->ix.soft.offset, (long)vx->ix.soft.line, 0, 0};
	bool quiet = cs_quiet;
	int rc;

	vload_init(&c, &l, &vx->x->store, vx->path, CS_NOTIME,
	    vx->x->rules.low_score);
	memcpy(c.col, vx->hc.col, sizeof c.col);
	c.ncols = vx->hc.ncols;
	c.header_seen = true;
	c.compact = &tail;
	c.hook = vix_hook;
	c.hook_ctx = vx;
	l.max_id = (uint32_t)vx->ix.smeta[0];
	vx->block = vx->ix.smeta[1];
	cs_quiet = true;
	rc = csv_read_at(vx->path, vx->w->fd, &at, CSV_READ_LEDGER |
	    CSV_READ_QUIET, vload_row, &c);
	cs_quiet = quiet;
	vx->end = at.end;
	vx->end_line = at.end_line;
	vx->max_id = l.max_id;
	/* amends in the tail, as visits_load checks them; of rows before
	 * it through the index (the row exists, only this row amends it) */
	for (size_t k = 0; rc == 0 && k < tail.nam; k++) {
		const struct vamend *am = &tail.am[k];
		struct csv_one w = {0};
		uint32_t by;
		long old;

		if (am->amends > (uint32_t)vx->ix.smeta[0]) {
			old = vrow_by_id(&tail, am->row, am->amends);
			if (old < 0 || (tail.fl[old] & VR_SUPERSEDED))
				rc = -1;
			else
				tail.fl[old] |= VR_SUPERSEDED;
			continue;
		}
		if (vix_row_by_id(vx, am->amends, &w) != 0 || !w.got ||
		    vix_amended_by(vx, am->amends, &by) != 0 ||
		    by != tail.id[am->row])
			rc = -1;
		sb_free(&w.text);
	}
	vrows_free(&tail);
	return rc ? -1 : 0;
}

/* Opens the index of the locked ledger w: 0 (vx->on: use it), -1 (read
 * the whole log instead), or CS_EX_* (the ledger is bad: said why). */
static int
vix_open(struct vix *vx, struct cs_ctx *x, struct ledger_w *w)
{
	struct csv_at at = {0, 1, 0, 0};
	struct vrows rows = {0};
	struct visit_log l;
	struct vload c;
	struct stat sb;
	struct idmaps ids;
	bool quiet = cs_quiet;
	uint64_t deps;
	int rc;

	memset(vx, 0, sizeof *vx);
	vx->ix.fd = -1;
	vx->x = x;
	vx->w = w;
	vx->block = -1;
	if (cache_off || fstat(w->fd, &sb) != 0 ||
	    sb.st_size < cache_min_bytes())
		return -1;
	vx->path = xstrdup(w->path);
	vload_init(&vx->hc, &vx->hl, &x->store, path_base(vx->path),
	    CS_NOTIME, x->rules.low_score);
	cs_quiet = true;
	rc = csv_read_at(vx->path, w->fd, &at, CSV_READ_HEADER |
	    CSV_READ_SHORT | CSV_READ_QUIET, vload_header_only, &vx->hc);
	cs_quiet = quiet;
	if (rc != STOP || !vx->hc.header_seen || vx->hc.ncols > 64) {
		vix_close(vx);
		return -1;
	}
	deps = cache_deps(x->dir, &x->rules, CACHE_VISIT_IX);
	if (cix_open(&vx->ix, x->dir, VIX_NAME, CACHE_VISIT_IX, deps,
	    w->fd) == 0) {
		if (vix_tail(vx) == 0) {
			vx->on = true;
			return 0;
		}
		cache_trace("%s: not used: the rows after it need a full read",
		    VIX_NAME);
		cix_close(&vx->ix);
	}
	cache_trace("%s: reading all of %s", VIX_NAME, path_base(vx->path));
	if ((rc = store_all(&x->store)) != 0) {  /* every customer's visits */
		vix_close(vx);
		return rc;
	}
	/* build it: the whole ledger, read and checked as visits_load does
	 * (the same messages) */
	cix_new(&vx->ix, CACHE_VISIT_IX, deps, (size_t)(sb.st_size / 256));
	vload_init(&c, &l, &x->store, vx->path, CS_NOTIME, x->rules.low_score);
	c.compact = &rows;
	c.hook = vix_hook;
	c.hook_ctx = vx;
	idmaps_build(&ids, &x->store);
	c.ids = &ids;
	vx->block = -1;
	at.start = 0;
	at.line = 1;
	rc = csv_read_at(vx->path, w->fd, &at, CSV_READ_HEADER |
	    CSV_READ_LEDGER | CSV_READ_MISSING_OK, vload_row, &c);
	idmaps_free(&ids);
	if (rc == STOP)
		rc = -1; /* the index would not take it */
	if (rc == 0)
		rc = vrows_amend(&rows, path_base(vx->path), 0);
	vrows_free(&rows);
	vx->end = at.end;
	vx->end_line = at.end_line;
	vx->max_id = l.max_id;
	if (rc != 0 || cix_full(&vx->ix)) {
		vix_close(vx);
		return rc > 0 ? rc : -1;
	}
	vx->built = true;
	vx->on = true;
	return 0;
}

/* After n rows were appended at offsets off[]: they go into the index,
 * which is saved (built now) or has its mark moved on (a long tail). */
static void
vix_done(struct vix *vx, struct vnew *const rows[], const int64_t off[],
         size_t n, uint32_t amends, int64_t end, long lines)
{
	const struct cs_store *s = &vx->x->store;
	struct cache_mark m;
	bool ok = true;

	for (size_t i = 0; i < n && ok; i++) {
		const struct vnew *v = rows[i];
		uint32_t id = vx->max_id + 1 + (uint32_t)i;
		ok = vix_add(vx, customer_id(s, &s->customers[v->v.cust]),
		    s->staff[v->v.staff].id, v->v.at, id, amends,
		    off[i]) == 0;
	}
	vx->end_line += lines;
	if (ok && !vx->built && cix_full(&vx->ix)) {
		/* grown in memory, saved anew below */
		ok = cix_grow(&vx->ix) == 0;
		vx->built = ok;
	}
	if (!ok) {
		cix_remove(vx->x->dir, VIX_NAME);
	} else if (cache_mark_make(vx->w->fd, end, vx->end_line, &m) == 0) {
		/* the figures go with the mark */
		int64_t meta[2] = {vx->max_id + (uint32_t)n, vx->block};
		if (vx->built || end - vx->ix.mark.offset >= VIX_TAIL) {
			memcpy(vx->ix.meta, meta, sizeof meta);
			if (vx->built)
				cix_save(&vx->ix, vx->x->dir, VIX_NAME, &m);
			else
				cix_advance(&vx->ix, &m);
		} else {
			memcpy(vx->ix.smeta, meta, sizeof meta);
			cix_soft(&vx->ix, &m);
		}
	}
	vix_close(vx);
}


/* Where the next append goes. */
static int64_t
file_end(const struct ledger_w *w)
{
	struct stat sb;

	return fstat(w->fd, &sb) == 0 ? (int64_t)sb.st_size : -1;
}

static long
count_lines(const struct sbuf *b)
{
	long n = 0;

	for (size_t i = 0; i < b->len; i++)
		n += b->s[i] == '\n';
	return n;
}

int
visit_record(struct cs_ctx *x, const struct visit_input *in)
{
	struct vnew n = {0};
	struct vsrc src = {0};
	struct ledger_w w = {0};
	struct visit_log log = {0}, one;
	struct vload onec = {0};
	struct vix vx = {0};
	struct complaint_log cl = {0};
	struct sbuf b = {0};
	bool given[C_N] = {0}, found;
	char recbuf[40];
	uint32_t amended = 0, max_id;
	int64_t before = 0;
	int rc;

	for (int k = 0; k < C_N; k++)
		n.f[k] = "";
#define GIVE(k, val) if ((val)) { n.f[k] = (val); given[k] = true; }
	GIVE(C_CUSTOMER, in->customer);
	GIVE(C_STAFF, in->by);
	GIVE(C_METHOD, in->method);
	GIVE(C_OUTCOME, in->outcome);
	GIVE(C_NOTE, in->note);
	GIVE(C_AT, in->at);
	GIVE(C_RULE, in->rule);
	GIVE(C_COMPLAINT, in->complaint);
#undef GIVE
	if (in->scores) {
		const char *why;
		given[C_ATTITUDE] = true;
		if (visit_scores_parse(in->scores, n.v.score, &why) < 0) {
			cs_warn("bad scores \"%s\" in --scores (expected %s)",
			    in->scores, why);
			return CS_EX_DATAERR;
		}
		for (int k = 0; k < 4; k++) {
			n.scorebuf[k][0] = n.v.score[k] ? (char)('0' + n.v.score[k]) : 0;
			n.f[C_ATTITUDE + k] = n.scorebuf[k];
		}
	}
	if (in->amends && visit_id_parse(in->amends, &amended) < 0) {
		cs_warn("bad visit id \"%s\" in --amends (expected V and at "
		    "least 6 digits)", in->amends);
		return CS_EX_DATAERR;
	}
	/* What needs no ledger is checked before taking the lock (and
	 * before creating visits.csv). */
	if (!amended) {
		if (!given[C_AT])
			n.f[C_AT] = time_format_iso(x->now,
			    x->rules.cal.tz_offset, n.atbuf);
		vnew_check(x, &n, given, &src);
		if (src.nbad)
			return CS_EX_DATAERR;
	}
	if (amended) {	/* no visits.csv: nothing to amend, create nothing */
		char *p = path_join(x->dir, "visits.csv");
		bool none = access(p, F_OK) != 0 && errno == ENOENT;
		free(p);
		if (none) {
			cs_warn("unknown visit \"%s\" in --amends", in->amends);
			return CS_EX_DATAERR;
		}
	}
	{
		char *p = path_join(x->dir, "visits.csv");
		rc = ledger_open(&w, p, visit_cols, x->opt.wait);
		free(p);
		if (rc)
			return rc;
	}
	/* the index if there is one (or it can be made), else the whole
	 * log, read under the lock */
	if ((rc = vix_open(&vx, x, &w)) > 0)
		goto out;
	if (!vx.on && (rc = load_visits_locked(x, &w, &log)))
		goto out;
	vix_loader(&vx, &onec, &one);
	if (amended) {
		const struct visit *old = NULL;
		if (vx.on && vix_find(&vx, amended, &onec, &found) != 0) {
			vix_close(&vx);
			if ((rc = load_visits_locked(x, &w, &log)))
				goto out;
		}
		if (vx.on)
			old = found ? &one.v[0] : NULL;
		else
			old = visit_find(&log, amended);
		if (!old) {
			cs_warn("unknown visit \"%s\" in --amends", in->amends);
			rc = CS_EX_DATAERR;
			goto out;
		}
		amended = old->id;
		vnew_copy(&n, vx.on ? &one : &log, old, &x->store,
		    x->rules.cal.tz_offset, given);
		n.f[C_AMENDS] = visit_id_format(amended, n.amendsbuf);
		vnew_check(x, &n, given, &src);
	}
	if (src.nbad == 0 && (rc = load_complaints_if(x, &cl, *n.f[C_COMPLAINT])))
		goto out;
	if (src.nbad == 0 && *n.f[C_COMPLAINT])
		vnew_check_complaint(&n, &cl, &src);
	if (src.nbad == 0 && vx.on && vix_check_dup(&vx, &n, amended, &src)) {
		vix_close(&vx);
		if ((rc = load_visits_locked(x, &w, &log)))
			goto out;
	}
	if (src.nbad == 0 && !vx.on)
		vnew_check_dup(&n, &log, amended, &src);
	if (src.nbad) {
		rc = CS_EX_DATAERR;
		goto out;
	}
	max_id = vx.on ? vx.max_id : log.max_id;
	n.f[C_ID] = visit_id_format(max_id + 1, n.idbuf);
	n.f[C_RECORDED_AT] = time_format_iso(x->now, x->rules.cal.tz_offset, recbuf);
	n.f[C_RECORDED_BY] = in->recorded_by ? in->recorded_by : n.f[C_STAFF];
	vnew_row(&w, &b, &n);
	if (vx.on && (before = file_end(&w)) < 0)
		vix_close(&vx);
	if ((rc = ledger_write(&w, &b)) == 0) {
		rc = cs_print_new_id("visit", n.f[C_ID], false);
		if (vx.on) {
			struct vnew *rows[1] = {&n};
			vix_done(&vx, rows, &before, 1, amended,
			    before + (int64_t)b.len, count_lines(&b));
		}
	}
out:
	if (vx.on && vx.built)
		vix_done(&vx, NULL, NULL, 0, 0, vx.end, 0); /* keep what was built */
	vix_close(&vx);
	if (onec.l)
		vix_loader_free(&onec);
	ledger_close(&w);
	visits_free(&log);
	if (cl.path)
		complaints_free(&cl);
	sb_free(&b);
	return rc;
}

/* ---- import -------------------------------------------------------- */

/* Header names an import accepts, English and Chinese. */
static const struct { const char *name; int col; } import_names[] = {
	{"customer", C_CUSTOMER}, {"客户编号", C_CUSTOMER}, {"客户", C_CUSTOMER},
	{"staff", C_STAFF}, {"回访人", C_STAFF}, {"回访员", C_STAFF},
	{"at", C_AT}, {"回访时间", C_AT}, {"时间", C_AT},
	{"method", C_METHOD}, {"回访方式", C_METHOD}, {"方式", C_METHOD},
	{"outcome", C_OUTCOME}, {"结果", C_OUTCOME}, {"回访结果", C_OUTCOME},
	{"attitude", C_ATTITUDE}, {"态度", C_ATTITUDE},
	{"skill", C_SKILL}, {"技术", C_SKILL},
	{"timeliness", C_TIMELINESS}, {"到达时间", C_TIMELINESS},
	{"及时性", C_TIMELINESS},
	{"promise", C_PROMISE}, {"答应事情的办理", C_PROMISE}, {"承诺", C_PROMISE},
	{"note", C_NOTE}, {"备注", C_NOTE}, {"反馈", C_NOTE},
	{"rule", C_RULE}, {"规则", C_RULE},
	{"complaint", C_COMPLAINT}, {"投诉编号", C_COMPLAINT},
};

struct import {
	struct cs_ctx *x;
	const char *file;
	bool header_seen;
	int col[C_N];
	int ncols;
	struct vsrc src;
	char **hdr;           /* the file's header names, for messages */
	struct vnew *rows;
	size_t n, cap;
	char **keep;          /* copies of the fields (freed at the end) */
	size_t nkeep, keepcap;
	int rc;
};

static char *
trimmed(const char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	return xstrndup(s, n);
}

static int
import_header(struct import *im, const struct csv_rec *r)
{
	static const int need[] = { C_CUSTOMER, C_STAFF, C_AT, C_METHOD, C_OUTCOME };
	int rc = 0;

	for (int k = 0; k < C_N; k++)
		im->col[k] = -1;
	im->ncols = r->nf;
	im->hdr = xcalloc((size_t)r->nf, sizeof *im->hdr);
	for (int i = 0; i < r->nf; i++) {
		char *h = trimmed(r->f[i]);
		im->hdr[i] = h;
		for (size_t k = 0; k < sizeof import_names / sizeof *import_names; k++) {
			int c = import_names[k].col;
			if (strcmp(import_names[k].name, h) != 0)
				continue;
			if (im->col[c] >= 0) {
				cs_warn("%s:%ld: columns %s and %s both mean %s",
				    im->file, r->line, im->hdr[im->col[c]], h,
				    visit_cols[c]);
				rc = CS_EX_DATAERR;
			}
			im->col[c] = i;
			im->src.colname[c] = h;
		}
	}
	for (size_t k = 0; k < sizeof need / sizeof *need; k++)
		if (im->col[need[k]] < 0) {
			cs_warn("%s: missing column %s", im->file,
			    visit_cols[need[k]]);
			rc = CS_EX_DATAERR;
		}
	return rc;
}

static const char *
import_keep(struct import *im, const char *s)
{
	char *t = trimmed(s);

	xgrow(&im->keep, &im->keepcap, im->nkeep + 1, sizeof *im->keep);
	im->keep[im->nkeep++] = t;
	return t;
}

/* Grows im->rows for one more row.  A row's f[] may point into its own
 * buffers (atbuf, scorebuf, idbuf, amendsbuf): when the array moves, those
 * pointers are moved with it (a 1,000-row import wrote garbage otherwise). */
static void
import_grow(struct import *im)
{
	uintptr_t old = (uintptr_t)im->rows;
	size_t sz = sizeof *im->rows;

	xgrow(&im->rows, &im->cap, im->n + 1, sz);
	if (!old || (uintptr_t)im->rows == old)
		return;
	for (size_t i = 0; i < im->n; i++) {
		uintptr_t lo = old + i * sz, hi = lo + sz;

		for (int k = 0; k < C_N; k++) {
			uintptr_t p = (uintptr_t)im->rows[i].f[k];

			if (p >= lo && p < hi)
				im->rows[i].f[k] = (const char *)&im->rows[i] +
				    (p - lo);
		}
	}
}

static int
import_row(const struct csv_rec *r, void *ctx)
{
	struct import *im = ctx;
	struct vnew *n;
	bool given[C_N];
	int nbad = im->src.nbad;

	if (!im->header_seen) {
		im->header_seen = true;
		return import_header(im, r);
	}
	if (r->nf == 1 && r->len[0] == 0)
		return 0;
	import_grow(im);
	n = &im->rows[im->n++];
	memset(n, 0, sizeof *n);
	n->line = r->line;
	im->src.line = r->line;
	n->v.cust = n->v.staff = -1;
	if (r->nf > im->ncols) {
		vsrc_bad(&im->src, -1, NULL, "%d fields, expected %d", r->nf,
		    im->ncols);
		return 0;
	}
	for (int k = 0; k < C_N; k++) {
		int i = im->col[k];
		n->f[k] = i >= 0 && i < r->nf ? import_keep(im, r->f[i]) : "";
		given[k] = true;
	}
	n->f[C_AMENDS] = "";
	vnew_check(im->x, n, given, &im->src);
	for (struct vnew *p = im->rows; p < n && nbad == im->src.nbad; p++)
		if (vnew_same(p, n)) {
			vsrc_bad(&im->src, -1, NULL, "duplicate of line %ld "
			    "(same customer, staff and time)", p->line);
			break;
		}
	n->bad = nbad != im->src.nbad;
	return 0;
}

/* Reads all of path ("-" = stdin) into memory. */
static int
slurp(const char *path, struct sbuf *b)
{
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char buf[65536];
	size_t n;
	int rc = 0;

	if (!fp) {
		cs_warn("%s: %s", path, strerror(errno));
		return errno == ENOENT ? CS_EX_NOINPUT : CS_EX_IOERR;
	}
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		sb_add(b, buf, n);
	if (ferror(fp)) {
		cs_warn("%s: %s", path, strerror(errno));
		rc = CS_EX_IOERR;
	}
	if (fp != stdin)
		fclose(fp);
	if (!b->s)
		sb_add(b, "", 0);
	return rc;
}

/* GB18030 (GBK, GB2312) to UTF-8 with iconv(3). */
static int
from_gb18030(const char *file, struct sbuf *b)
{
	iconv_t cd = iconv_open("UTF-8", "GB18030");
	struct sbuf o = {0};
	char *in = b->s;
	size_t inleft = b->len;

	if (cd == (iconv_t)-1) {
		cs_warn("cannot convert from GB18030: %s", strerror(errno));
		return CS_EX_SOFTWARE;
	}
	xgrow(&o.s, &o.cap, b->len * 2 + 16, 1);
	while (inleft > 0) {
		char *out = o.s + o.len;
		size_t outleft = o.cap - o.len - 1;

		if (iconv(cd, &in, &inleft, &out, &outleft) == (size_t)-1 &&
		    errno != E2BIG) {
			long line = 1;
			for (char *p = b->s; p < in; p++)
				line += *p == '\n';
			cs_warn("%s:%ld: not GB18030 text (byte offset %ld)",
			    file, line, (long)(in - b->s));
			iconv_close(cd);
			sb_free(&o);
			return CS_EX_DATAERR;
		}
		o.len = (size_t)(out - o.s);
		xgrow(&o.s, &o.cap, o.len + inleft * 2 + 16, 1);
	}
	o.s[o.len] = '\0';
	iconv_close(cd);
	sb_free(b);
	*b = o;
	return 0;
}

static void
import_free(struct import *im)
{
	for (size_t i = 0; i < im->nkeep; i++)
		free(im->keep[i]);
	free(im->keep);
	for (int i = 0; im->hdr && i < im->ncols; i++)
		free(im->hdr[i]);
	free(im->hdr);
	free(im->rows);
}

int
visit_import(struct cs_ctx *x, const char *path, const char *encoding,
             const char *recorded_by)
{
	struct import im = {0};
	struct sbuf buf = {0}, out = {0};
	struct ledger_w w = {.fd = -1};
	struct visit_log log = {0};
	struct vix vx = {0};
	struct vnew **nv = NULL;
	int64_t *off = NULL, before = -1;
	struct complaint_log cl = {0};
	bool need_cl = false;
	char recbuf[40], first[16], last[16];
	int rc;

	im.x = x;
	im.file = strcmp(path, "-") == 0 ? "stdin" : path_base(path);
	im.src.file = im.file;
	if (encoding && strcasecmp(encoding, "utf-8") != 0 &&
	    strcasecmp(encoding, "utf8") != 0 &&
	    strcasecmp(encoding, "gb18030") != 0 &&
	    strcasecmp(encoding, "gbk") != 0 && strcasecmp(encoding, "gb2312") != 0)
		cs_usage_error("unknown encoding \"%s\" (expected utf-8 or gb18030)",
		    encoding);
	if ((rc = slurp(path, &buf)))
		goto done;
	if (xlsx_is_workbook(buf.s, buf.len) && encoding &&
	    strncasecmp(encoding, "gb", 2) == 0) {
		cs_warn("%s: a workbook's text is Unicode: --encoding %s is for "
		    "CSV files", im.file, encoding);
		rc = CS_EX_DATAERR;
		goto done;
	}
	if (xlsx_is_workbook(buf.s, buf.len))	/* xlsx_read.c; rows as CSV */
		rc = xlsx_read_mem(im.file, buf.s, buf.len, import_row, &im);
	else if (encoding && strncasecmp(encoding, "gb", 2) == 0 &&
	    (rc = from_gb18030(im.file, &buf)))
		goto done;
	else
		rc = csv_read_mem(im.file, buf.s, buf.len, CSV_READ_HEADER,
		    import_row, &im);
	if (rc == 0 && !im.header_seen) {
		cs_warn("%s: empty file (expected a header line)", im.file);
		rc = CS_EX_DATAERR;
	}
	if (rc) {
		cs_warn("%s: nothing imported", im.file);
		goto done;
	}
	for (size_t i = 0; i < im.n; i++)
		need_cl |= *im.rows[i].f[C_COMPLAINT] != '\0';
	if ((rc = load_complaints_if(x, &cl, need_cl)))
		goto done;
	for (size_t i = 0; need_cl && i < im.n; i++)
		if (!im.rows[i].bad) {
			int nbad = im.src.nbad;
			im.src.line = im.rows[i].line;
			vnew_check_complaint(&im.rows[i], &cl, &im.src);
			im.rows[i].bad = nbad != im.src.nbad;
		}
	/* Duplicates of logged visits: under the lock if all is well so
	 * far; otherwise just read, to report every bad row at once. */
	if (im.src.nbad) {
		char *p = path_join(x->dir, "visits.csv");
		if ((rc = store_all(&x->store)) == 0)
			rc = visits_load(&log, &x->store, p, CS_NOTIME,
			    x->rules.low_score);
		free(p);
	} else {
		char *p = path_join(x->dir, "visits.csv");
		if ((rc = ledger_open(&w, p, visit_cols, x->opt.wait)) == 0 &&
		    (rc = vix_open(&vx, x, &w)) < 0)
			rc = load_visits_locked(x, &w, &log);
		free(p);
	}
	if (rc)
		goto done;
	for (size_t i = 0; i < im.n; i++)
		if (!im.rows[i].bad) {
			im.src.line = im.rows[i].line;
			if (vx.on && vix_check_dup(&vx, &im.rows[i], 0,
			    &im.src) != 0) {
				/* the whole log after all; check again */
				vix_close(&vx);
				if ((rc = load_visits_locked(x, &w, &log)))
					goto done;
			}
			if (!vx.on)
				vnew_check_dup(&im.rows[i], &log, 0, &im.src);
		}
	if (im.src.nbad) {
		cs_warn("%s: %d bad row%s, nothing imported", im.file,
		    im.src.nbadrows, im.src.nbadrows == 1 ? "" : "s");
		rc = CS_EX_DATAERR;
	}
	if (rc == 0 && im.n > 0) {
		uint32_t max_id = vx.on ? vx.max_id : log.max_id;
		time_format_iso(x->now, x->rules.cal.tz_offset, recbuf);
		nv = xcalloc(im.n, sizeof *nv);
		off = xcalloc(im.n, sizeof *off);
		if (vx.on && (before = file_end(&w)) < 0)
			vix_close(&vx);
		for (size_t i = 0; i < im.n; i++) {
			struct vnew *n = &im.rows[i];
			n->f[C_ID] = visit_id_format(max_id + 1 + (uint32_t)i,
			    n->idbuf);
			n->f[C_RECORDED_AT] = recbuf;
			n->f[C_RECORDED_BY] = recorded_by ? recorded_by : n->f[C_STAFF];
			nv[i] = n;
			off[i] = before + (int64_t)out.len;
			vnew_row(&w, &out, n);
		}
		if ((rc = ledger_write(&w, &out)) == 0) {
			visit_id_format(max_id + 1, first);
			visit_id_format(max_id + (uint32_t)im.n, last);
			if (im.n == 1) {
				rc = cs_print_new_id("visit", first, false);
			} else {
				char *ids = xasprintf("%s-%s", first, last);
				rc = cs_print_new_id("visits", ids, true);
				free(ids);
			}
			if (vx.on)
				vix_done(&vx, nv, off, im.n, 0,
				    before + (int64_t)out.len, count_lines(&out));
		}
	}
done:
	if (vx.on && vx.built)
		vix_done(&vx, NULL, NULL, 0, 0, vx.end, 0); /* keep what was built */
	vix_close(&vx);
	free(nv);
	free(off);
	if (w.path)
		ledger_close(&w);
	visits_free(&log);
	if (cl.path)
		complaints_free(&cl);
	import_free(&im);
	sb_free(&buf);
	sb_free(&out);
	return rc;
}
