/* store.c - the ledger directory: customers, staff and service events,
 * loaded, checked and indexed by id.
 *
 * Compact: the customers' fields live in one arena, each row's fields
 * NUL-separated in file order (customer_col walks them, customer_id and
 * the other named columns too); a customer is {row, line, since}, 16
 * bytes.  Events are {at, cust, line}, 16 bytes, with their kinds as
 * numbers beside them (each kind stored once).  Ids of the shape prefix
 * and number (KH0001, S01) are found in an array indexed by the number,
 * others through an open-addressed table of {hash tag, index}.
 *
 * The checks and their order are those of reading the three files whole
 * and then checking them: the files' CSV errors and missing columns first
 * (customers, staff, events), then staff's values, customers', events'.
 * Events are checked as they are read; the first error is kept and said
 * after the others' checks. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

#define CIX_NAME "customer-index"

struct chunk {
	struct chunk *next;
	size_t used, cap;
	char data[];
};

/* Ids that are all a prefix and a number (KH0001): the index of each
 * number (-1: none); or, when the numbers are lo, lo + 1, ... in the
 * order of the rows (seq), no array: the index is the number - lo. */
struct idnum {
	bool on;
	bool seq;
	int32_t *num;
	size_t nummax, plen, width, lo;
	char prefix[8];
};

struct store_priv {
	struct chunk *chunks;     /* the customers' text */
	uint64_t *slot;           /* id table: tag << 32 | (index + 1) */
	/* or, when every id is a prefix and a number, the customers' numbers;
	 * then there is no id table */
	struct idnum cnum;
	struct idnum snum;        /* the staff's, if numbered (else staff_ix) */
	size_t cap, nslot;        /* cap a power of two */
	size_t custcap;           /* customers[] allocated */
	int cix[C_N];             /* customers.csv's named columns */
	bool have_cols;           /* all of customer_cols are there */
	/* values said once (dict_wanted), per column */
#define DICT_COLS 64
	uint32_t dict_seen[DICT_COLS], dict_new[DICT_COLS];
	bool dict_off[DICT_COLS];
	/* kinds of events, each once */
	struct strmap kinds;
	char **kindv;
	size_t nkinds, kindcap;
	/* the kind of each event: kindv[k16[i]], or k32 once there are more
	 * kinds than 16 bits number */
	uint16_t *k16;
	uint32_t *k32;
	/* STORE_LOOKUP */
	bool lookup;              /* customers come one by one from the index */
	size_t total;             /* customers in customers.csv */
	int cfd;                  /* customers.csv, or -1 */
	struct cache_ix ix;
	bool ix_open;
	/* checkpoints (store-rows, store-customers, store-events) */
	void *rows;               /* the customers' text, read from one */
	size_t evcap;             /* events[] allocated */
};

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

#define MANGLED_FMT "%s:%ld: %s \"%s\" looks like a number mangled by a " \
    "spreadsheet (scientific notation); format the column as text and " \
    "export again"

static int
refuse_mangled(const char *file, long line, const char *col, const char *v)
{
	if (!scientific(v))
		return 0;
	cs_warn(MANGLED_FMT, file, line, col, v);
	return CS_EX_DATAERR;
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

/* ---- values said once: the customers' repeated values ---------------------
 *
 * A value that many customers share (a class, a region, a date) is kept
 * once, in one table for the process, and a row holds its number instead:
 * the field is the bytes 0xFF, b1, b2 (b1, b2 in 1..255: number
 * (b1 - 1) * 255 + b2 - 1).  0xFF never starts a field of text read as
 * UTF-8; a field that starts with it anyway is kept as 0xFF 0xFF 0xFF and
 * its bytes.  Rows need no store to be read (customer_col), and the
 * table's numbers can be given again to another store's checkpoint. */

#define DICT_MARK 0xFF
#define DICT_MAX (255 * 255 - 1)  /* the last number is the escape */
#define DICT_MIN_LEN 4            /* shorter values are kept as they are */

static struct {
	char **v;
	uint32_t *len;
	size_t n, cap;
	uint64_t *slot;           /* hash >> 32 << 32 | (number + 1); 0: empty */
	size_t scap;              /* a power of two */
} dict;

static uint64_t
dict_hash(const char *s, size_t len)
{
	return cache_hash(s, len, UINT64_C(0xd1c7));
}

static void
dict_slot_put(size_t i, uint64_t h)
{
	size_t k = (size_t)h & (dict.scap - 1);

	while (dict.slot[k])
		k = (k + 1) & (dict.scap - 1);
	dict.slot[k] = h >> 32 << 32 | (uint64_t)(i + 1);
}

/* The number of s[0..len), added if new and add; -1: none (or full). */
static long
dict_find(const char *s, size_t len, bool add)
{
	uint64_t h = dict_hash(s, len);

	if (dict.scap) {
		for (size_t k = (size_t)h & (dict.scap - 1);;
		    k = (k + 1) & (dict.scap - 1)) {
			uint64_t e = dict.slot[k];
			size_t i = (uint32_t)e - 1;
			if (e == 0)
				break;
			if (e >> 32 == h >> 32 && dict.len[i] == len &&
			    memcmp(dict.v[i], s, len) == 0)
				return (long)i;
		}
	}
	if (!add || dict.n >= DICT_MAX)
		return -1;
	if ((dict.n + 1) * 2 > dict.scap) {
		size_t cap = dict.scap ? dict.scap * 2 : 1024;
		free(dict.slot);
		dict.slot = xcalloc(cap, sizeof *dict.slot);
		dict.scap = cap;
		for (size_t i = 0; i < dict.n; i++)
			dict_slot_put(i, dict_hash(dict.v[i], dict.len[i]));
	}
	if (dict.n == dict.cap) {
		size_t cap = dict.cap;
		xgrow(&dict.v, &cap, dict.n + 1, sizeof *dict.v);
		xgrow(&dict.len, &dict.cap, dict.n + 1, sizeof *dict.len);
		if (cap != dict.cap)
			abort();
	}
	dict.v[dict.n] = xstrndup(s, len);
	dict.len[dict.n] = (uint32_t)len;
	dict_slot_put(dict.n, h);
	return (long)dict.n++;
}

/* Whether a field of column col is worth a number: per column, until too
 * many of its values turn out to be new (names, phones, plates). */
static bool
dict_wanted(struct store_priv *p, int col, size_t len)
{
	return col < DICT_COLS && col != p->cix[C_ID] && len >= DICT_MIN_LEN &&
	    len < 4096 &&
	    !p->dict_off[col];
}

static void
dict_count(struct store_priv *p, int col, bool added)
{
	p->dict_seen[col]++;
	if (added && ++p->dict_new[col] > 4096 + p->dict_seen[col] / 16)
		p->dict_off[col] = true;
}

/* ---- the arena and the id table ------------------------------------------ */

static char *
arena_take(struct store_priv *p, size_t n)
{
	struct chunk *c = p->chunks;

	if (!c || c->cap - c->used < n) {
		size_t cap = n > (1u << 20) ? n : (1u << 20);
		c = xmalloc(sizeof *c + cap);
		c->next = p->chunks;
		c->used = 0;
		c->cap = cap;
		p->chunks = c;
	}
	c->used += n;
	return c->data + c->used - n;
}

/* A first chunk of about n bytes (a whole customers.csv). */
static void
arena_reserve(struct store_priv *p, size_t n)
{
	if (!p->chunks && n > (1u << 20)) {
		arena_take(p, n + 4096);
		p->chunks->used = 0;
	}
}

static uint64_t
id_hash(const char *id)
{
	return cache_hash_str(id, UINT64_C(0x5eed1d));
}

static size_t
slot_home(const struct store_priv *p, uint64_t h)
{
	return (size_t)(h ^ (h >> 29)) & (p->cap - 1);
}

/* The number in id, spelt as the ids of x are, or -1.  Each number has
 * one spelling: width digits at least, no leading zero beyond them. */
static long long
num_parse(const struct idnum *x, const char *id)
{
	const char *d = id + x->plen;
	long long v = 0;
	size_t n = 0;

	for (size_t i = 0; i < x->plen; i++) /* stops at id's NUL */
		if (id[i] != x->prefix[i])
			return -1;
	for (; d[n] >= '0' && d[n] <= '9'; n++) {
		if (n == 9)
			return -1;
		v = v * 10 + (d[n] - '0');
	}
	if (d[n] != '\0' || n < x->width || (n > x->width && d[0] == '0'))
		return -1;
	return v;
}

/* Index of id through x, or -1. */
static int
num_get(const struct idnum *x, const char *id)
{
	long long v = num_parse(x, id);

	if (v < 0 || (size_t)v > x->nummax)
		return -1;
	if (x->seq)
		return (size_t)v >= x->lo ? (int)((size_t)v - x->lo) : -1;
	return x->num[v];
}

static void
num_free(struct idnum *x)
{
	free(x->num);
	memset(x, 0, sizeof *x);
}

/* x for the ids idof(s, 0..n), if they are all a prefix and a number,
 * each number once and not too sparse: true; else false (no x->num). */
static bool
num_build(struct idnum *x, const struct cs_store *s, size_t n,
          const char *(*idof)(const struct cs_store *, size_t))
{
	size_t plen = 0, width = 10, max = 0;
	const char *first;

	num_free(x);
	if (n == 0)
		return false;
	first = idof(s, 0);
	while (first[plen] && (first[plen] < '0' || first[plen] > '9'))
		plen++;
	if (plen > sizeof x->prefix || first[plen] == '\0')
		return false;
	memcpy(x->prefix, first, plen);
	x->plen = plen;
	for (size_t i = 0; i < n; i++) {
		const char *id = idof(s, i);
		size_t k = 0;
		if (strncmp(id, x->prefix, plen) != 0)
			return false;
		while (id[plen + k] >= '0' && id[plen + k] <= '9')
			k++;
		if (id[plen + k] != '\0' || k == 0 || k > 9)
			return false;
		if (k < width)
			width = k;
	}
	x->width = width;
	for (size_t i = 0; i < n; i++) {
		long long v = num_parse(x, idof(s, i));
		if (v < 0 || (size_t)v > 4 * n + 1024)
			return false;
		if ((size_t)v > max)
			max = (size_t)v;
	}
	x->width = width;
	x->nummax = max;
	x->on = true;
	/* lo, lo + 1, ... in the rows' order: no array */
	x->lo = (size_t)num_parse(x, idof(s, 0));
	x->seq = max - x->lo + 1 == n;
	for (size_t i = 0; i < n && x->seq; i++)
		x->seq = (size_t)num_parse(x, idof(s, i)) == x->lo + i;
	if (x->seq)
		return true;
	x->num = xcalloc_table(max + 1, sizeof *x->num);
	for (size_t v = 0; v <= max; v++)
		x->num[v] = -1;
	for (size_t i = 0; i < n; i++) {
		long long v = num_parse(x, idof(s, i));
		if (x->num[v] >= 0) { /* two spellings of one number */
			num_free(x);
			return false;
		}
		x->num[v] = (int32_t)i;
	}
	x->nummax = max;
	return true;
}

static const char *
cust_idof(const struct cs_store *s, size_t i)
{
	return customer_id(s, &s->customers[i]);
}

static const char *
staff_idof(const struct cs_store *s, size_t i)
{
	return s->staff[i].id;
}

/* The index of id, or -1. */
static int
ids_get(const struct cs_store *s, const char *id, uint64_t h)
{
	const struct store_priv *p = s->p;
	uint32_t tag = (uint32_t)(h >> 32);

	if (p && p->cnum.on)
		return num_get(&p->cnum, id);
	if (!p || !p->cap)
		return -1;
	for (size_t k = slot_home(p, h);; k = (k + 1) & (p->cap - 1)) {
		uint64_t e = p->slot[k];
		if (e == 0)
			return -1;
		if ((uint32_t)(e >> 32) == tag &&
		    strcmp(cust_idof(s, (uint32_t)e - 1), id) == 0)
			return (int)((uint32_t)e - 1);
	}
}

static void
ids_put_slot(struct store_priv *p, uint64_t h, size_t i)
{
	size_t k = slot_home(p, h);

	while (p->slot[k])
		k = (k + 1) & (p->cap - 1);
	p->slot[k] = (h >> 32) << 32 | (uint64_t)(i + 1);
	p->nslot++;
}

static void
ids_grow(struct cs_store *s, size_t want)
{
	struct store_priv *p = s->p;
	size_t cap = p->cap ? p->cap : 64;

	while (cap < want * 2)
		cap *= 2;
	if (cap == p->cap)
		return;
	free(p->slot);
	p->slot = xcalloc(cap, sizeof *p->slot);
	p->cap = cap;
	p->nslot = 0;
	for (size_t i = 0; i < s->ncustomers; i++) {
		const char *id = cust_idof(s, i);
		uint64_t h;
		if (!*id)
			continue;
		h = id_hash(id);
		if (ids_get(s, id, h) < 0)
			ids_put_slot(p, h, i);
	}
}

/* Customer i into the table, unless its id is empty or there already
 * (the first of equal ids stays: duplicates are said later). */
static void
ids_put(struct cs_store *s, size_t i)
{
	const char *id = cust_idof(s, i);
	uint64_t h;

	if (!*id)
		return;
	if ((s->p->nslot + 1) * 2 > s->p->cap)
		ids_grow(s, s->p->nslot + 1);
	h = id_hash(id);
	if (ids_get(s, id, h) < 0)
		ids_put_slot(s->p, h, i);
}

/* ---- customers -------------------------------------------------------- */

const char *
customer_col(const struct customer *c, int col)
{
	const char *v = c->row;

	if (col < 0 || !v)
		return "";
	while (col-- > 0)
		v += strlen(v) + 1;
	if ((unsigned char)*v == DICT_MARK) {
		const unsigned char *u = (const unsigned char *)v;
		if (u[1] == DICT_MARK && u[2] == DICT_MARK)
			return v + 3;
		return dict.v[(u[1] - 1) * 255 + (u[2] - 1)];
	}
	return v;
}

static const char *
named(const struct cs_store *s, const struct customer *c, int k)
{
	return s->p ? customer_col(c, s->p->cix[k]) : "";
}

const char *
customer_id(const struct cs_store *s, const struct customer *c)
{
	return named(s, c, C_ID);
}

const char *
customer_name(const struct cs_store *s, const struct customer *c)
{
	return named(s, c, C_NAME);
}

const char *
customer_class(const struct cs_store *s, const struct customer *c)
{
	return named(s, c, C_CLASS);
}

const char *
customer_phone(const struct cs_store *s, const struct customer *c)
{
	return named(s, c, C_PHONE);
}

const char *
customer_owner(const struct cs_store *s, const struct customer *c)
{
	return named(s, c, C_OWNER);
}

const char *
customer_region(const struct cs_store *s, const struct customer *c)
{
	return named(s, c, C_REGION);
}

/* A header-only table: what csv_col, csv_require and messages need. */
static void
header_keep(struct csv_table *t, const char *path, const struct csv_rec *r)
{
	size_t bytes = 0;
	char *q;

	t->path = xstrdup(path);
	t->file = xstrdup(r->file);
	for (int i = 0; i < r->nf; i++)
		bytes += r->len[i] + 1;
	t->cols = xmalloc((size_t)(r->nf + 1) * sizeof *t->cols + bytes);
	q = (char *)(t->cols + r->nf + 1);
	for (int i = 0; i < r->nf; i++) {
		memcpy(q, r->f[i], r->len[i] + 1);
		t->cols[i] = q;
		q += r->len[i] + 1;
	}
	t->cols[r->nf] = NULL;
	t->ncols = r->nf;
}

static void
cust_room(struct cs_store *s, size_t n)
{
	struct store_priv *p = s->p;

	if (n <= p->custcap)
		return;
	if (p->lookup) /* handed-out pointers stay: allocated once */
		abort();
	xgrow(&s->customers, &p->custcap, n, sizeof *s->customers);
}

/* Appends the row f[0..nf) as a customer (not checked). */
static struct customer *
cust_add(struct cs_store *s, long line, char *const f[], const size_t len[],
         int nf)
{
	struct store_priv *p = s->p;
	struct customer *c;
	long code[DICT_COLS];
	size_t bytes = 0;
	char *q;

	for (int i = 0; i < nf; i++) {
		long k = -1;
		if (dict_wanted(p, i, len[i])) {
			size_t n0 = dict.n;
			k = dict_find(f[i], len[i], true);
			dict_count(p, i, dict.n != n0);
		}
		if (i < DICT_COLS)
			code[i] = k;
		if (k >= 0)
			bytes += 4;
		else
			bytes += len[i] + 1 +
			    ((unsigned char)f[i][0] == DICT_MARK ? 3 : 0);
	}
	q = arena_take(p, bytes);
	cust_room(s, s->ncustomers + 1);
	c = &s->customers[s->ncustomers++];
	c->line = line > INT32_MAX ? INT32_MAX : (int32_t)line;
	c->row = q;
	c->since = CS_NODATE;
	for (int i = 0; i < nf; i++) {
		long k = i < DICT_COLS ? code[i] : -1;
		if (k >= 0) {
			*q++ = (char)DICT_MARK;
			*q++ = (char)(k / 255 + 1);
			*q++ = (char)(k % 255 + 1);
			*q++ = '\0';
			continue;
		}
		if ((unsigned char)f[i][0] == DICT_MARK) { /* not UTF-8 */
			memset(q, DICT_MARK, 3);
			q += 3;
		}
		memcpy(q, f[i], len[i]);
		q[len[i]] = '\0';
		q += len[i] + 1;
	}
	return c;
}

/* The header's columns: found now, said (csv_require) once the file is
 * read, as reading it whole and then checking did. */
static void
cust_header(struct cs_store *s, const char *path, const struct csv_rec *r)
{
	struct store_priv *p = s->p;

	header_keep(&s->customers_t, path, r);
	p->have_cols = true;
	for (int k = 0; k < C_N; k++)
		if ((p->cix[k] = csv_col(&s->customers_t, customer_cols[k])) < 0)
			p->have_cols = false;
}

struct cust_read {
	struct cs_store *s;
	const char *path;
	int64_t *off;             /* the rows' byte offsets (an index made) */
	size_t offcap;
};

static int
header_only(const struct csv_rec *r, void *ctx)
{
	struct cust_read *cr = ctx;

	cust_header(cr->s, cr->path, r);
	return CSV_ONE_STOP;
}

static int
cust_rec(const struct csv_rec *r, void *ctx)
{
	struct cust_read *cr = ctx;
	struct cs_store *s = cr->s;

	if (!s->customers_t.cols) {
		cust_header(s, cr->path, r);
		return 0;
	}
	if (cr->off) {
		xgrow(&cr->off, &cr->offcap, s->ncustomers + 1, sizeof *cr->off);
		cr->off[s->ncustomers] = r->offset;
	}
	cust_add(s, r->line, r->f, r->len, r->nf);
	return 0;
}

/* Reads customers.csv (CSV errors said), no value checked yet.  fd >= 0:
 * that open file; *at gets where the read ended. */
static int
cust_read(struct cs_store *s, const char *path, int fd, struct csv_at *at,
          int64_t **off)
{
	struct cust_read cr = {s, path, NULL, 0};
	struct stat sb;
	int st;

	if (off)
		cr.off = xmalloc(sizeof *cr.off), cr.offcap = 1;
	if ((fd >= 0 ? fstat(fd, &sb) : stat(path, &sb)) == 0)
		arena_reserve(s->p, (size_t)sb.st_size);
	st = csv_read_at(path, fd, at, CSV_READ_HEADER, cust_rec, &cr);
	if (off)
		*off = cr.off;
	if (st == 0 && !s->customers_t.cols) {
		/* an empty file: no header */
		s->customers_t.path = xstrdup(path);
		s->customers_t.file = xstrdup(path_base(path));
	}
	return st;
}

static int
cust_require(const struct cs_store *s)
{
	int idx[C_N];

	return csv_require(s->customers_t.file, s->customers_t.ncols,
	    s->customers_t.cols, customer_cols, idx);
}

/* The values of the customers, in file order, as store_load always
 * checked them; the id table is made here. */
static int
cust_check(struct cs_store *s)
{
	const char *file = s->customers_t.file;
	const char *phone_col = s->customers_t.cols[s->p->cix[C_PHONE]];
	const char *since_col = s->customers_t.cols[s->p->cix[C_SINCE]];
	const char *owner_col = s->customers_t.cols[s->p->cix[C_OWNER]];

	if (!s->p->cnum.on)
		ids_grow(s, s->ncustomers); /* all of them, if not yet */
	for (size_t i = 0; i < s->ncustomers; i++) {
		struct customer *c = &s->customers[i];
		const char *since = customer_col(c, s->p->cix[C_SINCE]);
		const char *id = customer_id(s, c);
		const char *phone = customer_phone(s, c);
		const char *owner = customer_owner(s, c);
		int other;

		if (*id == '\0') {
			cs_warn("%s:%ld: empty id in column id (expected %s)",
			    file, (long)c->line,
			    "a customer id such as KH0001");
			return CS_EX_DATAERR;
		}
		if (refuse_mangled(file, c->line, "id", id))
			return CS_EX_DATAERR;
		/* the table has them all, the first of equal ids */
		other = ids_get(s, id, s->p->cnum.on ? 0 : id_hash(id));
		if (other != (int)i) {
			cs_warn("%s:%ld: duplicate id \"%s\" in column id (first "
			    "on line %ld)", file, (long)c->line, id,
			    (long)s->customers[other].line);
			return CS_EX_DATAERR;
		}
		if (refuse_mangled(file, c->line, phone_col, phone))
			return CS_EX_DATAERR;
		if (*since && date_parse(since, &c->since) < 0) {
			cs_warn("%s:%ld: bad date \"%s\" in column %s (expected "
			    "YYYY-MM-DD)", file, (long)c->line, since,
			    since_col);
			return CS_EX_DATAERR;
		}
		/* an empty owner: nobody is assigned yet */
		if (*owner && store_staff(s, owner) < 0) {
			cs_warn("%s:%ld: unknown staff \"%s\" in column %s",
			    file, (long)c->line, owner, owner_col);
			return CS_EX_DATAERR;
		}
	}
	return 0;
}

/* ---- staff -------------------------------------------------------------- */

static int
staff_read(struct cs_store *s, int six[])
{
	char *path = path_join(s->dir, "staff.csv");
	int st = csv_table_load(path, 0, &s->staff_t);

	free(path);
	if (st)
		return st;
	return csv_require(s->staff_t.file, s->staff_t.ncols, s->staff_t.cols,
	    staff_cols, six);
}

static int
staff_check(struct cs_store *s, const int ix[])
{
	const struct csv_table *t = &s->staff_t;
	int st = 0;

	s->staff = xcalloc(t->nrows + 1, sizeof *s->staff);
	for (size_t i = 0; i < t->nrows; i++) {
		const struct csv_row *row = &t->rows[i];
		struct staffer *p = &s->staff[i];
		char **f = row->f;
		int other;

		p->line = row->line;
		p->f = f;
		p->id = f[ix[S_ID]];
		p->name = f[ix[S_NAME]];
		p->role = f[ix[S_ROLE]];
		p->team = f[ix[S_TEAM]];
		if (*p->id == '\0') {
			cs_warn("%s:%ld: empty id in column id (expected %s)",
			    t->file, row->line, "a staff id such as S01");
			return CS_EX_DATAERR;
		}
		if (refuse_mangled(t->file, row->line, "id", p->id))
			return CS_EX_DATAERR;
		if ((other = strmap_get(&s->staff_ix, p->id)) >= 0) {
			cs_warn("%s:%ld: duplicate id \"%s\" in column id (first "
			    "on line %ld)", t->file, row->line, p->id,
			    s->staff[other].line);
			return CS_EX_DATAERR;
		}
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
	if (st == 0)
		num_build(&s->p->snum, s, s->nstaff, staff_idof);
	return st;
}

/* ---- events ------------------------------------------------------------- */

struct ev_read {
	struct cs_store *s;
	int eix[E_N];
	struct csv_table hdr;     /* events.csv's header */
	bool cols_ok;
	char *err;                /* the first value error, said later */
};

/* The number of kind k (added if new). */
static size_t
kind_intern(struct store_priv *p, const char *k)
{
	int i = strmap_get(&p->kinds, k);

	if (i >= 0)
		return (size_t)i;
	xgrow(&p->kindv, &p->kindcap, p->nkinds + 1, sizeof *p->kindv);
	p->kindv[p->nkinds] = xstrdup(k);
	strmap_put(&p->kinds, k, (int)p->nkinds);
	return p->nkinds++;
}

static size_t
kind_of(const struct store_priv *p, size_t i)
{
	return p->k32 ? p->k32[i] : p->k16[i];
}

/* The kinds' numbers in room for n events (evcap). */
static void
kinds_room(struct store_priv *p, size_t n)
{
	if (p->k32)
		p->k32 = xrealloc(p->k32, (n ? n : 1) * sizeof *p->k32);
	else
		p->k16 = xrealloc(p->k16, (n ? n : 1) * sizeof *p->k16);
}

/* Appends an event of kind number k. */
static void
ev_push(struct cs_store *s, const struct event *e, size_t k)
{
	struct store_priv *p = s->p;
	size_t cap = p->evcap;

	if (k > UINT16_MAX && !p->k32) { /* numbers of 32 bits from now on */
		p->k32 = xmalloc((cap ? cap : 1) * sizeof *p->k32);
		for (size_t i = 0; i < s->nevents; i++)
			p->k32[i] = p->k16[i];
		free(p->k16);
		p->k16 = NULL;
	}
	xgrow(&s->events, &p->evcap, s->nevents + 1, sizeof *s->events);
	if (p->evcap != cap || (!p->k16 && !p->k32))
		kinds_room(p, p->evcap);
	if (p->k32)
		p->k32[s->nevents] = (uint32_t)k;
	else
		p->k16[s->nevents] = (uint16_t)k;
	s->events[s->nevents++] = *e;
}

static void
ev_header(struct ev_read *er, const struct csv_rec *r)
{
	header_keep(&er->hdr, "events.csv", r);
	er->cols_ok = true;
	for (int k = 0; k < E_N; k++)
		if ((er->eix[k] = csv_col(&er->hdr, event_cols[k])) < 0)
			er->cols_ok = false;
}

static int
ev_header_only(const struct csv_rec *r, void *ctx)
{
	ev_header(ctx, r);
	return CSV_ONE_STOP;
}

static int
ev_rec(const struct csv_rec *r, void *ctx)
{
	struct ev_read *er = ctx;
	struct cs_store *s = er->s;
	const struct csv_table *t = &er->hdr;
	const char *at, *cust, *kind;
	struct event e;

	if (!er->hdr.cols) {
		ev_header(er, r);
		return 0;
	}
	if (er->err || !er->cols_ok)
		return 0;
	if (r->nf != t->ncols) { /* a tail read: the reader does not check */
		er->err = xstrdup("fields");
		return 0;
	}
	at = r->f[er->eix[E_AT]];
	cust = r->f[er->eix[E_CUSTOMER]];
	kind = r->f[er->eix[E_KIND]];
	memset(&e, 0, sizeof e);
	e.line = (int32_t)r->line;
	if (time_parse(at, s->tz_offset, &e.at) < 0) {
		er->err = xasprintf(_("%s:%ld: bad time \"%s\" in column %s "
		    "(expected YYYY-MM-DD HH:MM, or ISO 8601 such as "
		    "2026-02-13T17:00:00+08:00)"), t->file, r->line, at,
		    t->cols[er->eix[E_AT]]);
		return 0;
	}
	if (scientific(cust)) {
		er->err = xasprintf(_(MANGLED_FMT), t->file, r->line,
		    t->cols[er->eix[E_CUSTOMER]], cust);
		return 0;
	}
	if ((e.cust = store_customer(s, cust)) < 0) {
		er->err = xasprintf(_("%s:%ld: unknown customer \"%s\" in "
		    "column %s"), t->file, r->line, cust,
		    t->cols[er->eix[E_CUSTOMER]]);
		return 0;
	}
	if (*kind == '\0') {
		er->err = xasprintf(_("%s:%ld: empty kind in column %s "
		    "(expected an event kind such as purchase, delivery or "
		    "repair)"), t->file, r->line, t->cols[er->eix[E_KIND]]);
		return 0;
	}
	ev_push(s, &e, kind_intern(s->p, kind));
	return 0;
}

static int
by_time(const void *a, const void *b)
{
	const struct event *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return (x->line > y->line) - (x->line < y->line); /* stable */
}

static bool
events_sorted(const struct cs_store *s)
{
	for (size_t i = 1; i < s->nevents; i++)
		if (by_time(&s->events[i - 1], &s->events[i]) > 0)
			return false;
	return true;
}

struct ev_kind {
	struct event e;
	uint32_t k;
};

static int
by_time_k(const void *a, const void *b)
{
	return by_time(&((const struct ev_kind *)a)->e,
	    &((const struct ev_kind *)b)->e);
}

/* Sorts the events by time (file order for equal times), their kinds
 * with them. */
static void
events_sort(struct cs_store *s)
{
	struct store_priv *p = s->p;
	struct ev_kind *t = xcalloc(s->nevents + 1, sizeof *t);

	for (size_t i = 0; i < s->nevents; i++) {
		t[i].e = s->events[i];
		t[i].k = (uint32_t)kind_of(p, i);
	}
	qsort(t, s->nevents, sizeof *t, by_time_k);
	for (size_t i = 0; i < s->nevents; i++) {
		s->events[i] = t[i].e;
		if (p->k32)
			p->k32[i] = t[i].k;
		else
			p->k16[i] = (uint16_t)t[i].k;
	}
	free(t);
}

/* ---- loading ------------------------------------------------------------ */

static void
store_init(struct cs_store *s, const char *dir, int tz_offset)
{
	memset(s, 0, sizeof *s);
	s->dir = xstrdup(dir);
	s->tz_offset = tz_offset;
	s->p = xcalloc(1, sizeof *s->p);
	s->p->cfd = -1;
	for (int k = 0; k < C_N; k++)
		s->p->cix[k] = -1;
}

static int lookup_open(struct cs_store *s, int six[]);

/* ---- checkpoints: the store as it was, for readers that run again ------
 *
 * Flat images, read with one read() each and used as they are (no record
 * is parsed): store-rows: the customers' text (each row's fields,
 * NUL-separated, rows one after the other); store-customers: each one's
 * {row offset, line, since} (the layout of struct customer), then the id
 * table or the numbers' array; both keyed to customers.csv (its end).
 * store-events: the events as they are in memory, their kinds' numbers
 * and the kinds, keyed to events.csv, which only grows: the rows after
 * the checkpoint's mark are read and checked as a full read would (any
 * doubt: all of events.csv is read).  All three also depend on staff.csv
 * (cache_deps) and the time zone events are read in. */

#define CK_ROWS   "store-rows"
#define CK_CUST   "store-customers"
#define CK_EVENTS "store-events"

static const char ck_cust_magic[8] = "cscust4";
static const char ck_ev_magic[8] = "csevnt2";

struct ck_cust {
	uint64_t row;             /* offset in store-rows */
	int32_t line;
	int32_t since;
};
struct ck_cust_end {
	char magic[8];
	uint64_t n, rows_len;
	int64_t ncols;
	uint64_t cap, nslot;      /* the id table (slots after the customers) */
	uint64_t nnum, plen, width; /* or the numbers' array (nnum entries) */
	char prefix[8];
	uint64_t numbered, seq, lo, nummax; /* or numbers lo.. in order */
	uint64_t ndict, dict_len; /* the values said once, NUL-separated */
};
struct ck_ev_end {
	char magic[8];
	uint64_t n, nkinds, kinds_len, kbytes;
	int64_t ncols, eix[E_N];
};

static size_t
pad8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

static uint64_t
ck_deps(const struct cs_store *s)
{
	static const struct cs_rules norules;
	uint64_t h = cache_deps(s->dir, &norules, CACHE_STORE);

	return cache_hash(&s->tz_offset, sizeof s->tz_offset, h);
}

/* The values said once in rows[0..rlen) (numbered as in the checkpoint's
 * table of nd values, v) renumbered as they are in this process's table:
 * 0, or -1 (not as written, or no room). */
static int
ck_dict(char *rows, size_t rlen, const char *v, size_t vlen, size_t nd)
{
	uint32_t *map = xcalloc(nd + 1, sizeof *map);
	const char *end = v + vlen;
	bool same = true;
	char *q = rows, *qend = rows + rlen;

	for (size_t j = 0; j < nd; j++) {
		const char *z = v < end ? memchr(v, '\0', (size_t)(end - v)) : NULL;
		long k;
		if (!z || (k = dict_find(v, (size_t)(z - v), true)) < 0)
			goto fail;
		map[j] = (uint32_t)k;
		same = same && (size_t)k == j;
		v = z + 1;
	}
	if (v != end)
		goto fail;
	if (!same)
		cache_trace("%s: values renumbered", CK_CUST);
	while (q < qend && (q = memchr(q, DICT_MARK, (size_t)(qend - q)))) {
		unsigned char *u = (unsigned char *)q;
		size_t j;
		if (qend - q < 4)
			goto fail;
		if (u[1] == DICT_MARK && u[2] == DICT_MARK) {
			q += strlen(q) + 1; /* the rows end in a NUL */
			continue;
		}
		j = (size_t)(u[1] - 1) * 255 + (u[2] - 1);
		if (u[1] == 0 || u[2] == 0 || u[3] != 0 || j >= nd)
			goto fail;
		if (!same) {
			u[1] = (unsigned char)(map[j] / 255 + 1);
			u[2] = (unsigned char)(map[j] % 255 + 1);
		}
		q += 4;
	}
	free(map);
	return 0;
fail:
	free(map);
	return -1;
}

/* The customers from their checkpoints: 0, or -1 (read customers.csv). */
static int
ck_cust_read(struct cs_store *s, int cfd, const char *path, uint64_t deps)
{
	struct store_priv *p = s->p;
	struct csv_at at = {0, 1, 0, 0, 0};
	struct cust_read cr = {s, path, NULL, 0};
	struct cache_mark m1, m2;
	struct ck_cust_end e;
	struct customer *cu = NULL;
	size_t rlen, mlen, ncols;
	char *rows, *meta = NULL, *q;
	uint64_t prev = 0;
	int st;

	if (!(rows = ckpt_read(s->dir, CK_ROWS, CACHE_STORE, deps, cfd, &m1,
	    &rlen)))
		return -1;
	if (!(meta = ckpt_read(s->dir, CK_CUST, CACHE_STORE, deps, cfd, &m2,
	    &mlen)) || m1.offset != m2.offset || mlen < sizeof e)
		goto fail;
	memcpy(&e, meta + mlen - sizeof e, sizeof e);
	if (memcmp(e.magic, ck_cust_magic, sizeof e.magic) != 0 ||
	    e.rows_len != rlen || e.n > mlen / sizeof(struct ck_cust) ||
	    e.cap > mlen / 8 || e.nnum > mlen / 4 || e.ncols < 1 ||
	    e.ncols > 100000 || (e.cap & (e.cap - 1)) != 0 ||
	    e.nslot > e.cap || (e.cap && e.numbered) ||
	    (e.nnum && (!e.numbered || e.seq || e.nnum != e.nummax + 1)) ||
	    (e.numbered && !e.seq && !e.nnum) ||
	    (e.seq && (!e.numbered || e.lo > e.nummax ||
	    e.nummax - e.lo + 1 != e.n)) ||
	    e.plen > sizeof e.prefix || e.width > 9 || e.dict_len > mlen ||
	    e.ndict > e.dict_len ||
	    mlen != sizeof e + e.n * sizeof(struct ck_cust) + e.cap * 8 +
	    pad8(e.nnum * 4) + pad8(e.dict_len) || (e.n == 0) != (rlen == 0) ||
	    (rlen && rows[rlen - 1] != '\0'))
		goto fail;
	/* the header, checked when they were made */
	st = csv_read_at(path, cfd, &at, CSV_READ_HEADER | CSV_READ_SHORT |
	    CSV_READ_QUIET, header_only, &cr);
	if (st != CSV_ONE_STOP || !p->have_cols ||
	    e.ncols != s->customers_t.ncols)
		goto fail;
	/* NULs after the last row: customer_col never walks out of it */
	ncols = (size_t)e.ncols;
	rows = xrealloc(rows, rlen + ncols);
	memset(rows + rlen, 0, ncols);
	/* the customers where they are when struct customer is as big */
	q = meta;
	if (sizeof *cu == sizeof(struct ck_cust))
		cu = (struct customer *)(void *)meta;
	else
		cu = xcalloc(e.n + 1, sizeof *cu);
	for (size_t i = 0; i < e.n; i++) {
		struct ck_cust k;
		struct customer c;
		memcpy(&k, q + i * sizeof k, sizeof k);
		/* rows one after the other, each ending in a NUL */
		if (k.row >= rlen || (i ? k.row <= prev : k.row != 0) ||
		    (i && rows[k.row - 1] != '\0'))
			goto fail;
		prev = k.row;
		c.row = rows + k.row;
		c.line = k.line;
		c.since = k.since;
		memcpy(&cu[i], &c, sizeof c);
	}
	q += e.n * sizeof(struct ck_cust);
	if (e.cap) {
		p->slot = xmalloc(e.cap * 8);
		memcpy(p->slot, q, e.cap * 8);
		for (size_t k = 0; k < e.cap; k++)
			if (p->slot[k] && (uint32_t)p->slot[k] > e.n)
				goto fail;
		p->cap = e.cap;
		p->nslot = e.nslot;
	}
	q += e.cap * 8;
	if (e.numbered) {
		struct idnum *x = &p->cnum;
		if (e.nnum) {
			x->num = xcalloc_table(e.nnum, sizeof *x->num);
			memcpy(x->num, q, e.nnum * sizeof *x->num);
			for (size_t k = 0; k < e.nnum; k++)
				if (x->num[k] < -1 || x->num[k] >= (int64_t)e.n)
					goto fail;
		}
		x->on = true;
		x->seq = e.seq;
		x->lo = e.lo;
		x->nummax = e.nummax;
		x->plen = e.plen;
		x->width = e.width;
		memcpy(x->prefix, e.prefix, sizeof x->prefix);
	}
	q += pad8(e.nnum * 4);
	if (ck_dict(rows, rlen, q, e.dict_len, e.ndict) != 0)
		goto fail;
	if ((void *)cu == (void *)meta) /* the rest is not needed */
		cu = xrealloc(meta, (e.n + 1) * sizeof *cu);
	else
		free(meta);
	meta = NULL;
	s->customers = cu;
	p->custcap = e.n + 1;
	s->ncustomers = e.n;
	p->rows = rows;
	return 0;
fail:
	cache_trace("%s: not used: does not fit", CK_CUST);
	if ((void *)cu != (void *)meta)
		free(cu);
	free(rows);
	free(meta);
	free(p->slot);
	p->slot = NULL;
	p->cap = p->nslot = 0;
	num_free(&p->cnum);
	csv_table_free(&s->customers_t);
	p->have_cols = false;
	return -1;
}

static void
ck_cust_write(struct cs_store *s, int cfd, const struct csv_at *at,
              uint64_t deps)
{
	struct store_priv *p = s->p;
	struct ck_cust_end e;
	struct cache_mark m;
	size_t len, nnum = p->cnum.num ? p->cnum.nummax + 1 : 0;
	bool numbered = p->cnum.on;
	char *meta, *q;

	/* one arena chunk, the rows in order */
	if (!p->chunks || p->chunks->next || cache_mark_make(cfd, at->end,
	    at->end_line, &m) != 0)
		return;
	if (s->ncustomers && (s->customers[0].row != p->chunks->data))
		return;
	memset(&e, 0, sizeof e);
	memcpy(e.magic, ck_cust_magic, sizeof e.magic);
	e.n = s->ncustomers;
	e.rows_len = p->chunks->used;
	e.ncols = s->customers_t.ncols;
	e.cap = numbered ? 0 : p->cap;
	e.nslot = numbered ? 0 : p->nslot;
	e.nnum = nnum;
	e.numbered = numbered;
	e.seq = p->cnum.seq;
	e.lo = p->cnum.lo;
	e.nummax = p->cnum.nummax;
	e.plen = p->cnum.plen;
	e.width = p->cnum.width;
	memcpy(e.prefix, p->cnum.prefix, sizeof e.prefix);
	e.ndict = dict.n;
	for (size_t i = 0; i < dict.n; i++)
		e.dict_len += strlen(dict.v[i]) + 1;
	len = e.n * sizeof(struct ck_cust) + e.cap * 8 + pad8(nnum * 4) +
	    pad8(e.dict_len) + sizeof e;
	q = meta = xcalloc(1, len);
	for (size_t i = 0; i < s->ncustomers; i++) {
		const struct customer *c = &s->customers[i];
		struct ck_cust k = {(uint64_t)(c->row - p->chunks->data),
		    c->line, c->since};
		memcpy(q, &k, sizeof k);
		q += sizeof k;
	}
	if (e.cap)
		memcpy(q, p->slot, e.cap * 8);
	q += e.cap * 8;
	if (nnum)
		memcpy(q, p->cnum.num, nnum * 4);
	q += pad8(nnum * 4);
	for (size_t i = 0; i < dict.n; i++) {
		size_t n = strlen(dict.v[i]) + 1;
		memcpy(q, dict.v[i], n);
		q += n;
	}
	memcpy(meta + len - sizeof e, &e, sizeof e);
	if (ckpt_write(s->dir, CK_ROWS, CACHE_STORE, deps, &m, p->chunks->data,
	    p->chunks->used) == 0)
		ckpt_write(s->dir, CK_CUST, CACHE_STORE, deps, &m, meta, len);
	free(meta);
}

/* The events from their checkpoint, then the rows after it: 0, or -1
 * (read events.csv from its start). */
static int
ck_ev_read(struct cs_store *s, struct ev_read *er, int efd, const char *path,
           uint64_t deps, struct csv_at *tail)
{
	struct store_priv *p = s->p;
	struct csv_at at = {0, 1, 0, 0, 0};
	struct cache_mark m;
	struct ck_ev_end e;
	char *ev;
	size_t len, kb;
	const char *k, *kend;
	int st;

	if (!(ev = ckpt_read(s->dir, CK_EVENTS, CACHE_STORE, deps, efd, &m,
	    &len)))
		return -1;
	if (len < sizeof e)
		goto fail;
	memcpy(&e, ev + len - sizeof e, sizeof e);
	kb = (size_t)e.kbytes;
	if (memcmp(e.magic, ck_ev_magic, sizeof e.magic) != 0 ||
	    (kb != 2 && kb != 4) || e.n > len / sizeof(struct event) ||
	    e.kinds_len > len || e.nkinds > len ||
	    len != e.n * sizeof(struct event) + pad8(e.n * kb) +
	    e.kinds_len + sizeof e)
		goto fail;
	/* the header: the same columns */
	st = csv_read_at(path, efd, &at, CSV_READ_HEADER | CSV_READ_SHORT |
	    CSV_READ_QUIET, ev_header_only, er);
	if (st != CSV_ONE_STOP || !er->hdr.cols || !er->cols_ok ||
	    er->hdr.ncols != e.ncols)
		goto fail;
	for (int i = 0; i < E_N; i++)
		if (er->eix[i] != e.eix[i])
			goto fail;
	k = ev + e.n * sizeof(struct event) + pad8(e.n * kb);
	kend = k + e.kinds_len;
	for (uint64_t i = 0; i < e.nkinds; i++) {
		const char *z = k < kend ? memchr(k, '\0', (size_t)(kend - k)) : NULL;
		if (!z)
			goto fail;
		kind_intern(p, k);
		k = z + 1;
	}
	if (k != kend || p->nkinds != e.nkinds)
		goto fail;
	/* the kinds' numbers beside the events */
	k = ev + e.n * sizeof(struct event);
	if (kb == 4) {
		p->k32 = xmalloc((e.n + 1) * kb);
		memcpy(p->k32, k, e.n * kb);
	} else {
		p->k16 = xmalloc((e.n + 1) * kb);
		memcpy(p->k16, k, e.n * kb);
	}
	for (size_t i = 0; i < e.n; i++) {
		struct event x;
		memcpy(&x, ev + i * sizeof x, sizeof x);
		if (kind_of(p, i) >= p->nkinds || x.cust < 0 ||
		    (size_t)x.cust >= s->ncustomers)
			goto fail;
	}
	s->events = xrealloc(ev, (e.n + 1) * sizeof *s->events);
	ev = NULL;
	s->nevents = e.n;
	p->evcap = e.n + 1;
	/* the rows after it */
	tail->start = m.offset;
	tail->line = (long)m.line;
	tail->ncols = (int)e.ncols;
	st = csv_read_at(path, efd, tail, CSV_READ_QUIET, ev_rec, er);
	if (st != 0 || er->err) {
		cache_trace("%s: not used: the rows after it need a full read",
		    CK_EVENTS);
		free(er->err);
		er->err = NULL;
		return -1;
	}
	return 0;
fail:
	cache_trace("%s: not used: does not fit", CK_EVENTS);
	free(ev);
	free(er->err);
	er->err = NULL;
	return -1;
}

static void
ck_ev_write(struct cs_store *s, const struct ev_read *er, int efd,
            const struct csv_at *at, uint64_t deps)
{
	struct store_priv *p = s->p;
	struct ck_ev_end e;
	struct cache_mark m;
	size_t need, n = s->nevents, kb = p->k32 ? 4 : 2;
	char *q;

	if (cache_mark_make(efd, at->end, at->end_line, &m) != 0)
		return;
	memset(&e, 0, sizeof e);
	memcpy(e.magic, ck_ev_magic, sizeof e.magic);
	e.n = n;
	e.nkinds = p->nkinds;
	e.kbytes = kb;
	e.ncols = er->hdr.ncols;
	for (size_t i = 0; i < p->nkinds; i++)
		e.kinds_len += strlen(p->kindv[i]) + 1;
	for (int i = 0; i < E_N; i++)
		e.eix[i] = er->eix[i];
	/* [events][kinds' numbers][kinds][e] in the events' own array */
	need = n * sizeof *s->events + pad8(n * kb) + e.kinds_len + sizeof e;
	if (need > p->evcap * sizeof *s->events) {
		s->events = xrealloc(s->events, need + sizeof *s->events);
		p->evcap = need / sizeof *s->events + 1;
		kinds_room(p, p->evcap);
	}
	q = (char *)(s->events + n);
	if (n)
		memcpy(q, p->k32 ? (void *)p->k32 : (void *)p->k16, n * kb);
	memset(q + n * kb, 0, pad8(n * kb) - n * kb);
	q += pad8(n * kb);
	for (size_t i = 0; i < p->nkinds; i++) {
		size_t len = strlen(p->kindv[i]) + 1;
		memcpy(q, p->kindv[i], len);
		q += len;
	}
	memcpy(q, &e, sizeof e);
	ckpt_write(s->dir, CK_EVENTS, CACHE_STORE, deps, &m, s->events, need);
}

int
store_open(struct cs_store *s, const char *dir, int tz_offset, unsigned how)
{
	struct ev_read er = {0};
	struct csv_at at = {0, 1, 0, 0, 0}, eat = {0, 1, 0, 0, 0};
	struct stat sb;
	int six[S_N], st, cfd = -1, efd = -1;
	bool ck = false, cust_ck = false, ev_ck = false;
	int64_t bytes = 0;
	uint64_t deps = 0;
	char *cpath, *epath;

	store_init(s, dir, tz_offset);
	if ((how & STORE_LOOKUP) && (st = lookup_open(s, six)) <= 0) {
		if (st) {
			store_free(s);
			return -st;
		}
		return 0;
	}
	er.s = s;
	cpath = path_join(dir, "customers.csv");
	epath = path_join(dir, "events.csv");
	if (!cache_off && !(how & STORE_NO_EVENTS)) {
		/* checkpoints: for ledgers worth one */
		cfd = open(cpath, O_RDONLY | O_CLOEXEC);
		efd = open(epath, O_RDONLY | O_CLOEXEC);
		if (cfd >= 0 && fstat(cfd, &sb) == 0)
			bytes += sb.st_size;
		if (efd >= 0 && fstat(efd, &sb) == 0)
			bytes += sb.st_size;
		ck = cfd >= 0 && efd >= 0 && bytes >= cache_min_bytes();
		if (ck) {
			deps = ck_deps(s);
			cust_ck = ck_cust_read(s, cfd, cpath, deps) == 0;
		}
	}
	if (!cust_ck) {
		st = cust_read(s, cpath, cfd, &at, NULL);
		if (st || (st = cust_require(s)))
			goto fail;
	}
	/* the table events look customers up in (all of them: the first of
	 * equal ids); a checkpoint has it */
	if (!cust_ck && !num_build(&s->p->cnum, s, s->ncustomers, cust_idof))
		ids_grow(s, s->ncustomers);
	if ((st = staff_read(s, six)))
		goto fail;
	if (!(how & STORE_NO_EVENTS)) {
		if (ck)
			ev_ck = ck_ev_read(s, &er, efd, epath, deps, &eat) == 0;
		if (!ev_ck) {
			free(s->events);
			s->events = NULL;
			s->nevents = 0;
			s->p->evcap = 0;
			free(s->p->k16);
			free(s->p->k32);
			s->p->k16 = NULL;
			s->p->k32 = NULL;
			csv_table_free(&er.hdr);
			memset(&er, 0, sizeof er);
			er.s = s;
			eat = (struct csv_at){0, 1, 0, 0, 0};
			if (efd >= 0)
				st = csv_read_at(epath, efd, &eat, CSV_READ_HEADER,
				    ev_rec, &er);
			else
				st = csv_read(epath, 0, CSV_READ_HEADER |
				    CSV_READ_MISSING_OK, ev_rec, &er, NULL);
			if (st)
				goto fail;
			if (er.hdr.cols && (st = csv_require(er.hdr.file,
			    er.hdr.ncols, er.hdr.cols, event_cols, er.eix)))
				goto fail;
		}
	}
	if ((st = staff_check(s, six)) || (!cust_ck && (st = cust_check(s))))
		goto fail;
	if (er.err) {
		cs_warn("%s", er.err);
		st = CS_EX_DATAERR;
		goto fail;
	}
	if (!events_sorted(s))  /* an append-only log: mostly in order */
		events_sort(s);
	if (ck && !cust_ck)
		ck_cust_write(s, cfd, &at, deps);
	if (ck && er.hdr.cols && (!ev_ck || eat.end > eat.start))
		ck_ev_write(s, &er, efd, &eat, deps);
	st = 0;
	goto out;
fail:
	store_free(s);
out:
	free(er.err);
	csv_table_free(&er.hdr);
	free(cpath);
	free(epath);
	if (cfd >= 0)
		close(cfd);
	if (efd >= 0)
		close(efd);
	return st;
}

int
store_load(struct cs_store *s, const char *dir, int tz_offset)
{
	return store_open(s, dir, tz_offset, 0);
}

/* ---- STORE_LOOKUP: customers through an index of customers.csv ---------- */

/* What the index depends on besides customers.csv: staff.csv (owners are
 * checked against it) and the program's cache version; not the rules. */
static uint64_t
lookup_deps(const char *dir)
{
	static const struct cs_rules norules;

	return cache_deps(dir, &norules, CACHE_CUSTOMER_IX);
}

/* The whole of customers.csv, read and checked as store_load does; then
 * an index of it is written (if it is big enough to want one). */
static int
lookup_build(struct cs_store *s, int six[], const char *path)
{
	struct store_priv *p = s->p;
	struct csv_at at = {0, 1, 0, 0};
	struct cache_mark m;
	struct stat sb;
	int64_t *off = NULL;
	int st;

	cache_trace("%s: reading all of customers.csv", CIX_NAME);
	p->lookup = false;
	st = cust_read(s, path, p->cfd, &at, &off);
	if (!st)
		st = cust_require(s);
	if (!st)
		st = staff_read(s, six);
	if (!st)
		st = staff_check(s, six);
	if (!st)
		st = cust_check(s);
	if (st) {
		free(off);
		return st;
	}
	p->total = s->ncustomers;
	/* rows are read one at a time with csv_one_at: CSV_ONE_MAX fields */
	if (!cache_off && s->customers_t.ncols <= CSV_ONE_MAX &&
	    fstat(p->cfd, &sb) == 0 && at.end == sb.st_size &&
	    sb.st_size >= cache_min_bytes() &&
	    cache_mark_make(p->cfd, at.end, at.end_line, &m) == 0) {
		struct cache_ix ix;
		bool ok = true;

		cix_new(&ix, CACHE_CUSTOMER_IX, lookup_deps(s->dir),
		    s->ncustomers);
		for (size_t i = 0; i < s->ncustomers && ok; i++)
			ok = cix_add(&ix, id_hash(cust_idof(s, i)),
			    off[i]) == 0;
		ix.meta[0] = (int64_t)s->ncustomers;
		ix.meta[1] = s->customers_t.ncols;
		if (ok)
			cix_save(&ix, s->dir, CIX_NAME, &m);
		cix_close(&ix);
	}
	free(off);
	return 0;
}

/* 0 (customers through the index), 1 (read them the usual way: no index
 * wanted or possible), or minus a CS_EX_* status. */
static int
lookup_open(struct cs_store *s, int six[])
{
	struct store_priv *p = s->p;
	struct csv_at at = {0, 1, 0, 0};
	struct cust_read cr = {s, NULL, NULL, 0};
	struct stat sb;
	char *path;
	int st;

	if (cache_off)
		return 1;
	path = path_join(s->dir, "customers.csv");
	p->cfd = open(path, O_RDONLY | O_CLOEXEC);
	if (p->cfd < 0 || fstat(p->cfd, &sb) != 0 ||
	    sb.st_size < cache_min_bytes()) {
		free(path);
		return 1;
	}
	if (cix_open(&p->ix, s->dir, CIX_NAME, CACHE_CUSTOMER_IX,
	    lookup_deps(s->dir), p->cfd) != 0)
		goto build;
	p->ix_open = true;
	/* the header (checked when the index was made) */
	cr.path = path;
	st = csv_read_at(path, p->cfd, &at, CSV_READ_HEADER | CSV_READ_SHORT |
	    CSV_READ_QUIET, header_only, &cr);
	if (st != CSV_ONE_STOP || !p->have_cols ||
	    s->customers_t.ncols > CSV_ONE_MAX ||
	    p->ix.meta[1] != s->customers_t.ncols || p->ix.meta[0] < 0) {
		/* not as it was: read it all */
		cache_trace("%s: not used: another header", CIX_NAME);
		csv_table_free(&s->customers_t);
		cix_close(&p->ix);
		p->ix_open = false;
		goto build;
	}
	free(path);
	if ((st = staff_read(s, six)) || (st = staff_check(s, six)))
		return -st;
	p->total = (size_t)p->ix.meta[0];
	p->lookup = true;
	p->custcap = p->total + 1;
	s->customers = xcalloc(p->custcap, sizeof *s->customers);
	return 0;
build:
	st = lookup_build(s, six, path);
	free(path);
	return -st;
}

/* Adds a customer's row read at an offset (checked when the index was
 * made; the file is the same). */
static int
lookup_row(struct cs_store *s, const struct csv_one *w)
{
	struct customer *c;
	const char *since;

	if (s->ncustomers >= s->p->total)
		return -1;
	/* line 0: not known, said nowhere in a writer */
	c = cust_add(s, 0, w->f, w->len, w->nf);
	since = customer_col(c, s->p->cix[C_SINCE]);
	if (*since && date_parse(since, &c->since) < 0)
		c->since = CS_NODATE;
	ids_put(s, s->ncustomers - 1);
	return (int)s->ncustomers - 1;
}

/* id through the index: its index, or -1 (none), or -2 (cannot tell). */
static int
lookup_find(struct cs_store *s, const char *id, uint64_t h)
{
	struct store_priv *p = s->p;
	int64_t off[16];
	struct csv_one w = {0};
	int n, got = -1;

	if ((n = cix_find(&p->ix, h, off, 16)) < 0)
		return -2;
	for (int i = 0; i < n && got == -1; i++) {
		if (csv_one_at(p->cfd, "customers.csv", off[i],
		    s->customers_t.ncols, &w) != 0)
			continue;
		if (strcmp(w.f[p->cix[C_ID]], id) == 0)
			got = lookup_row(s, &w);
	}
	sb_free(&w.text);
	return got < -1 ? -2 : got;
}

struct all_read {
	struct cs_store *s;
	bool header;
	size_t seen;
};

static int
all_rec(const struct csv_rec *r, void *ctx)
{
	struct all_read *a = ctx;
	struct cs_store *s = a->s;
	struct store_priv *p = s->p;
	const char *id;
	int k;

	if (!a->header) {
		a->header = true;
		return r->nf == s->customers_t.ncols ? 0 : CS_EX_DATAERR;
	}
	if (r->nf != s->customers_t.ncols)
		return CS_EX_DATAERR;
	a->seen++;
	id = r->f[p->cix[C_ID]];
	if ((k = ids_get(s, id, id_hash(id))) >= 0) {
		s->customers[k].line = (int32_t)r->line; /* looked up already */
		return 0;
	}
	if (s->ncustomers >= p->total)
		return CS_EX_DATAERR;
	{
		struct customer *c = cust_add(s, r->line, r->f, r->len, r->nf);
		const char *since = customer_col(c, p->cix[C_SINCE]);
		if (*since && date_parse(since, &c->since) < 0)
			return CS_EX_DATAERR;
		ids_put(s, s->ncustomers - 1);
	}
	return 0;
}

int
store_all(struct cs_store *s)
{
	struct store_priv *p = s->p;
	struct all_read a = {s, false, 0};
	struct csv_at at = {0, 1, 0, 0};
	int st;

	if (!p || !p->lookup)
		return 0;
	cache_trace("%s: reading all of customers.csv", CIX_NAME);
	st = csv_read_at(s->customers_t.path, p->cfd, &at, CSV_READ_HEADER,
	    all_rec, &a);
	if (st == 0 && (a.seen != p->total || s->ncustomers != p->total))
		st = CS_EX_DATAERR;
	if (st == CS_EX_DATAERR)
		cs_warn("%s: changed while it was read; try again",
		    s->customers_t.file);
	if (st == 0)
		p->lookup = false;
	return st;
}

/* ---- lookups ------------------------------------------------------------ */

void
store_free(struct cs_store *s)
{
	struct store_priv *p = s->p;

	free(s->dir);
	csv_table_free(&s->customers_t);
	csv_table_free(&s->staff_t);
	free(s->customers);
	free(s->staff);
	free(s->events);
	strmap_free(&s->staff_ix);
	if (p) {
		while (p->chunks) {
			struct chunk *c = p->chunks;
			p->chunks = c->next;
			free(c);
		}
		free(p->slot);
		num_free(&p->cnum);
		num_free(&p->snum);
		free(p->rows);
		free(p->k16);
		free(p->k32);
		for (size_t i = 0; i < p->nkinds; i++)
			free(p->kindv[i]);
		free(p->kindv);
		strmap_free(&p->kinds);
		if (p->ix_open)
			cix_close(&p->ix);
		if (p->cfd >= 0)
			close(p->cfd);
		free(p);
	}
	memset(s, 0, sizeof *s);
}

bool
store_ids_numbered(const struct cs_store *s)
{
	return s->p && s->p->cnum.on;
}

int
store_customer(const struct cs_store *s, const char *id)
{
	uint64_t h;
	int i;

	if (s->p && s->p->cnum.on)
		return num_get(&s->p->cnum, id);
	h = id_hash(id);
	i = ids_get(s, id, h);

	if (i >= 0 || !s->p || !s->p->lookup)
		return i;
	/* STORE_LOOKUP: the store grows behind the const (a cache of
	 * customers.csv; nothing handed out moves) */
	{
		struct cs_store *m = (struct cs_store *)s;
		if ((i = lookup_find(m, id, h)) == -2) {
			if (store_all(m) != 0)
				return -1;
			i = ids_get(s, id, h);
		}
	}
	return i;
}

int
store_staff(const struct cs_store *s, const char *id)
{
	if (s->p && s->p->snum.on)
		return num_get(&s->p->snum, id);
	return strmap_get(&s->staff_ix, id);
}

const char *
event_kind(const struct cs_store *s, const struct event *e)
{
	return s->p->kindv[kind_of(s->p, (size_t)(e - s->events))];
}

const char *
customer_field(const struct cs_store *s, const struct customer *c,
               const char *column)
{
	return customer_col(c, csv_col(&s->customers_t, column));
}

int
customer_date(const struct cs_store *s, const struct customer *c,
              const char *column, cs_date *out)
{
	int i = csv_col(&s->customers_t, column);
	const char *v = customer_col(c, i);

	*out = CS_NODATE;
	if (*v == '\0')
		return 0;
	if (date_parse(v, out) < 0) {
		cs_warn("%s:%ld: bad date \"%s\" in column %s (expected "
		    "YYYY-MM-DD)", s->customers_t.file, (long)c->line, v,
		    s->customers_t.cols[i]);
		*out = CS_NODATE;
		return -1;
	}
	return 0;
}
