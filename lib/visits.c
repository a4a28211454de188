/* visits.c - the visit log (visits.csv): reading it, checking visits,
 * and cs-log's appends and imports. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
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

struct vload {
	struct visit_log *l;
	const struct cs_store *s;
	cs_time asof;
	int low_score;
	bool header_seen;
	int col[C_N];         /* file column of each known column, or -1 */
	int ncols;
	struct visit *rows;   /* every row kept, in file order */
	size_t nrows, cap;
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

#define BAD(what, k, val, expected)                                           \
	do {                                                                  \
		cs_warn("%s:%ld: %s \"%s\" in column %s (expected %s)",       \
		    r->file, r->line, what, val, visit_cols[k], expected);    \
		return CS_EX_DATAERR;                                         \
	} while (0)

static int
vload_row(const struct csv_rec *r, void *ctx)
{
	struct vload *c = ctx;
	struct visit v;
	const char *s;
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
	memset(&v, 0, sizeof v);
	v.line = (uint32_t)r->line;
	s = fld(c, r, C_RECORDED_AT);
	v.recorded_at = CS_NOTIME;
	if (*s && time_parse(s, c->s->tz_offset, &v.recorded_at) < 0)
		BAD("bad time", C_RECORDED_AT, s, "an ISO 8601 time");
	if (c->asof != CS_NOTIME && v.recorded_at != CS_NOTIME &&
	    v.recorded_at > c->asof)
		return 0;
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
	if ((v.cust = store_customer(c->s, s)) < 0)
		BAD("unknown customer", C_CUSTOMER, s, "an id in customers.csv");
	s = fld(c, r, C_STAFF);
	if ((v.staff = store_staff(c->s, s)) < 0)
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
	v.rule = arena_intern(c->l, fld(c, r, C_RULE));
	v.complaint = arena_intern(c->l, fld(c, r, C_COMPLAINT));
	v.note = arena_add(c->l, fld(c, r, C_NOTE));
	if (is_low(&v, c->low_score))
		v.flags |= VISIT_LOW;
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

int
visits_load(struct visit_log *l, const struct cs_store *s, const char *path,
            cs_time asof, int low_score)
{
	struct vload c = {0};
	const char *file = path_base(path);
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
	rc = csv_read(path, 0, CSV_READ_HEADER | CSV_READ_LEDGER |
	    CSV_READ_MISSING_OK, vload_row, &c, NULL);
	if (rc) {
		free(c.rows);
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
	if (l->n > 1)
		qsort(l->v, l->n, sizeof *l->v, visit_cmp);
	l->ncust = s->ncustomers;
	l->by_cust = xcalloc(l->ncust + 1, sizeof *l->by_cust);
	for (size_t i = 0, k = 0; k <= l->ncust; k++) {
		while (i < l->n && (size_t)l->v[i].cust < k)
			i++;
		l->by_cust[k] = i;
	}
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
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (src->file)
		sb_addf(&b, "%s:%ld: ", src->file, src->line);
	sb_adds(&b, tmp);
	if (k >= 0 && src->file)
		sb_addf(&b, " in column %s", src->colname[k] ? src->colname[k] :
		    visit_cols[k]);
	else if (k >= 0 && optname[k])
		sb_addf(&b, " in %s", optname[k]);
	if (expected)
		sb_addf(&b, " (expected %s)", expected);
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
		vsrc_bad(src, C_CUSTOMER, "the id as text: format the column as "
		    "text in the spreadsheet", "customer id \"%s\" in scientific notation", v);
	else if ((n->v.cust = store_customer(s, v)) < 0)
		vsrc_bad(src, C_CUSTOMER, NULL, "unknown customer \"%s\"", v);
	else if (given[C_CUSTOMER] && !customer_active(s, n->v.cust))
		vsrc_bad(src, C_CUSTOMER, NULL, "customer \"%s\" is not active", v);
	v = n->f[C_STAFF];
	if (scientific(v))
		vsrc_bad(src, C_STAFF, "the id as text: format the column as "
		    "text in the spreadsheet", "staff id \"%s\" in scientific notation", v);
	else if ((n->v.staff = store_staff(s, v)) < 0)
		vsrc_bad(src, C_STAFF, NULL, "unknown staff \"%s\"", v);
	else if (given[C_STAFF] && !staff_active(s, n->v.staff))
		vsrc_bad(src, C_STAFF, NULL, "staff \"%s\" is not active", v);
	v = n->f[C_METHOD];
	if ((i = visit_method_parse(v)) < 0)
		vsrc_bad(src, C_METHOD, "phone, onsite, wechat, sms, email, "
		    "letter or chat", "unknown method \"%s\"", v);
	else
		n->f[C_METHOD] = visit_methods[n->v.method = (uint8_t)i];
	v = n->f[C_OUTCOME];
	if ((i = visit_outcome_parse(v)) < 0)
		vsrc_bad(src, C_OUTCOME, "done, unreached, refused or "
		    "rescheduled", "unknown outcome \"%s\"", v);
	else
		n->f[C_OUTCOME] = visit_outcomes[n->v.outcome = (uint8_t)i];
	for (int k = 0; k < 4; k++) {
		v = n->f[C_ATTITUDE + k];
		if (score_parse(v, &n->v.score[k]) < 0) {
			vsrc_bad(src, C_ATTITUDE + k, "1 to 4, 4 = very satisfied",
			    "bad %s score \"%s\"", visit_cols[C_ATTITUDE + k], v);
			continue;
		}
		n->scorebuf[k][0] = n->v.score[k] ? (char)('0' + n->v.score[k]) : 0;
		n->scorebuf[k][1] = 0;
		n->f[C_ATTITUDE + k] = n->scorebuf[k];
	}
	if (n->v.outcome != VO_DONE && (n->v.score[0] || n->v.score[1] ||
	    n->v.score[2] || n->v.score[3]) &&
	    visit_outcome_parse(n->f[C_OUTCOME]) >= 0)
		vsrc_bad(src, C_ATTITUDE, "no scores: only a done visit is scored",
		    "scores for outcome \"%s\"", n->f[C_OUTCOME]);
	v = n->f[C_AT];
	normalize_time(v, n->atbuf, sizeof n->atbuf);
	if (time_parse(n->atbuf, x->rules.cal.tz_offset, &n->v.at) < 0)
		vsrc_bad(src, C_AT, "YYYY-MM-DD HH:MM or ISO 8601",
		    "bad time \"%s\"", v);
	else if (n->v.at > x->now) {
		char nb[40];
		char *e = xasprintf("a time not after now, %s",
		    time_format_short(x->now, x->rules.cal.tz_offset, nb));
		vsrc_bad(src, C_AT, e, "future time \"%s\"", v);
		free(e);
	} else
		n->f[C_AT] = time_format_iso(n->v.at, x->rules.cal.tz_offset,
		    n->atbuf);
	v = n->f[C_RULE];
	if (given[C_RULE] && *v && !rules_visit(&x->rules, v)) {
		char *e = xasprintf("a visit rule of %s",
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
		vsrc_bad(src, C_NOTE, "UTF-8 text", "bad note");
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
		n->f[C_CUSTOMER] = s->customers[old->cust].id;
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

static int
open_visits(struct cs_ctx *x, struct ledger_w *w, struct visit_log *log)
{
	char *path = path_join(x->dir, "visits.csv");
	int rc;

	rc = ledger_open(w, path, visit_cols, x->opt.wait);
	if (rc == 0 && (rc = visits_load(log, &x->store, path, CS_NOTIME,
	    x->rules.low_score)))
		ledger_close(w);
	free(path);
	return rc;
}

int
visit_record(struct cs_ctx *x, const struct visit_input *in)
{
	struct vnew n = {0};
	struct vsrc src = {0};
	struct ledger_w w = {0};
	struct visit_log log;
	struct complaint_log cl = {0};
	struct sbuf b = {0};
	bool given[C_N] = {0};
	char recbuf[40];
	uint32_t amended = 0;
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
	if ((rc = open_visits(x, &w, &log)))
		return rc;
	if (amended) {
		const struct visit *old = visit_find(&log, amended);
		if (!old) {
			cs_warn("unknown visit \"%s\" in --amends", in->amends);
			rc = CS_EX_DATAERR;
			goto out;
		}
		amended = old->id;
		vnew_copy(&n, &log, old, &x->store, x->rules.cal.tz_offset, given);
		n.f[C_AMENDS] = visit_id_format(amended, n.amendsbuf);
		vnew_check(x, &n, given, &src);
	}
	if (src.nbad == 0 && (rc = load_complaints_if(x, &cl, *n.f[C_COMPLAINT])))
		goto out;
	if (src.nbad == 0 && *n.f[C_COMPLAINT])
		vnew_check_complaint(&n, &cl, &src);
	if (src.nbad == 0)
		vnew_check_dup(&n, &log, amended, &src);
	if (src.nbad) {
		rc = CS_EX_DATAERR;
		goto out;
	}
	n.f[C_ID] = visit_id_format(log.max_id + 1, n.idbuf);
	n.f[C_RECORDED_AT] = time_format_iso(x->now, x->rules.cal.tz_offset, recbuf);
	n.f[C_RECORDED_BY] = in->recorded_by ? in->recorded_by : n.f[C_STAFF];
	vnew_row(&w, &b, &n);
	if ((rc = ledger_write(&w, &b)) == 0)
		printf("%s\n", n.f[C_ID]);
out:
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
	xgrow(&im->rows, &im->cap, im->n + 1, sizeof *im->rows);
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
	if (encoding && strncasecmp(encoding, "gb", 2) == 0 &&
	    (rc = from_gb18030(im.file, &buf)))
		goto done;
	rc = csv_read_mem(im.file, buf.s, buf.len, CSV_READ_HEADER, import_row, &im);
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
		rc = visits_load(&log, &x->store, p, CS_NOTIME, x->rules.low_score);
		free(p);
	} else
		rc = open_visits(x, &w, &log);
	if (rc)
		goto done;
	for (size_t i = 0; i < im.n; i++)
		if (!im.rows[i].bad) {
			im.src.line = im.rows[i].line;
			vnew_check_dup(&im.rows[i], &log, 0, &im.src);
		}
	if (im.src.nbad) {
		cs_warn("%s: %d bad row%s, nothing imported", im.file,
		    im.src.nbadrows, im.src.nbadrows == 1 ? "" : "s");
		rc = CS_EX_DATAERR;
	}
	if (rc == 0 && im.n > 0) {
		time_format_iso(x->now, x->rules.cal.tz_offset, recbuf);
		for (size_t i = 0; i < im.n; i++) {
			struct vnew *n = &im.rows[i];
			n->f[C_ID] = visit_id_format(log.max_id + 1 + (uint32_t)i,
			    n->idbuf);
			n->f[C_RECORDED_AT] = recbuf;
			n->f[C_RECORDED_BY] = recorded_by ? recorded_by : n->f[C_STAFF];
			vnew_row(&w, &out, n);
		}
		if ((rc = ledger_write(&w, &out)) == 0) {
			visit_id_format(log.max_id + 1, first);
			visit_id_format(log.max_id + (uint32_t)im.n, last);
			if (im.n == 1)
				printf("%s\n", first);
			else
				printf("%s-%s\n", first, last);
		}
	}
done:
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
