/*
 * rules.c - the rules language: reading and checking rules files (libyaml).
 *
 * A file is read twice.  First as a stream of events, to refuse what the
 * document API would hide: syntax errors, anchors and aliases, nesting
 * deeper than MAX_DEPTH, several documents, NUL characters.  Then as a
 * document (yaml_parser_load) walked with a table of the keys each mapping
 * may hold: unknown and duplicate keys, wrong types and impossible values
 * are refused with file:line:col, the key or value, and what was expected.
 * See cs-rules(5).
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yaml.h>

#include "cs.h"

#ifndef CS_DATADIR
#define CS_DATADIR "/usr/local/share/cs"
#endif

enum {
	MAX_DEPTH = 64,         /* nesting of YAML collections */
	MAX_INCLUDE = 8,        /* nesting of calendar includes */
	MAX_RANGE_DAYS = 366,   /* days in one holiday or make-up range */
	MAX_HOURS = 8,          /* working-hour ranges in a day */
	MAX_LEADS = 16,         /* leads of one `before` rule */
	MAX_QUOTA = 1000,       /* visits in one quota period */
	MAX_NAME = 64,          /* bytes in a rule, milestone ... name */
	MAX_FILE_SIZE = 4 << 20,
};

/* ---- reading a file into memory ---------------------------------------- */

static int
read_file(const char *path, char **bufp, size_t *lenp)
{
	const char *name = path_base(path);
	struct sbuf b = {0};
	struct stat st;
	char chunk[65536];
	ssize_t n;
	int fd;

	fd = open(path, O_RDONLY);
	if (fd < 0) {
		cs_warn("%s: cannot open: %s", name, strerror(errno));
		return CS_EX_NOINPUT;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		cs_warn("%s: cannot open: not a regular file", name);
		close(fd);
		return CS_EX_NOINPUT;
	}
	for (;;) {
		n = read(fd, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			cs_warn("%s: cannot read: %s", name, strerror(errno));
			close(fd);
			sb_free(&b);
			return CS_EX_IOERR;
		}
		if (n == 0)
			break;
		if (b.len + (size_t)n > MAX_FILE_SIZE) {
			cs_warn("%s: file too large (expected at most %d bytes)",
			    name, MAX_FILE_SIZE);
			close(fd);
			sb_free(&b);
			return CS_EX_DATAERR;
		}
		sb_add(&b, chunk, (size_t)n);
	}
	close(fd);
	if (!b.s)
		b.s = xstrdup("");
	*bufp = b.s;
	*lenp = b.len;
	return 0;
}

/* ---- diagnostics -------------------------------------------------------- */

static char *
vformat(const char *fmt, va_list ap)
{
	va_list aq;
	char *s;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		n = 0;
	s = xmalloc((size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

/* "file:line:col: message"; line and col are 0-based as in yaml_mark_t. */
static int
vposerr(const char *file, size_t line, size_t col, const char *fmt,
    va_list ap)
{
	char *msg = vformat(cs_tr(fmt), ap);

	cs_warn("%s:%zu:%zu: %s", file, line + 1, col + 1, msg);
	free(msg);
	return CS_EX_DATAERR;
}

static int
poserr(const char *file, size_t line, size_t col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int
poserr(const char *file, size_t line, size_t col, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = vposerr(file, line, col, fmt, ap);
	va_end(ap);
	return rc;
}

/* ---- the first pass: events ----------------------------------------------- */

/* 0-based line and column of a byte offset (reader errors give only that). */
static void
offset_position(const char *buf, size_t n, size_t off, size_t *line,
    size_t *col)
{
	size_t i, start = 0;

	*line = 0;
	if (off > n)
		off = n;
	for (i = 0; i < off; i++)
		if (buf[i] == '\n') {
			(*line)++;
			start = i + 1;
		}
	*col = off - start;
}

static int
syntax_error(const char *file, const yaml_parser_t *p, const char *buf,
    size_t n)
{
	const char *problem = p->problem ? p->problem : "cannot parse";
	size_t line, col;

	if (p->error == YAML_READER_ERROR) {
		offset_position(buf, n, p->problem_offset, &line, &col);
		return poserr(file, line, col, "YAML syntax error: %s", problem);
	}
	if (p->error == YAML_MEMORY_ERROR) {
		cs_warn("%s: out of memory", file);
		return CS_EX_SOFTWARE;
	}
	line = p->problem_mark.line;
	col = p->problem_mark.column;
	if (p->context)
		return poserr(file, line, col, "YAML syntax error: %s (%s)",
		    problem, p->context);
	return poserr(file, line, col, "YAML syntax error: %s", problem);
}

static int
anchor_error(const char *file, const yaml_event_t *ev, const yaml_char_t *a)
{
	return poserr(file, ev->start_mark.line, ev->start_mark.column,
	    "anchors are not allowed (found &%s)", (const char *)a);
}

/* Refuses what the document API would hide. */
static int
check_events(const char *file, const char *buf, size_t n)
{
	yaml_parser_t p;
	yaml_event_t ev;
	int depth = 0, ndocs = 0, rc = 0, done = 0;
	const yaml_char_t *anchor;

	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, (const unsigned char *)buf, n);
	while (!rc && !done) {
		if (!yaml_parser_parse(&p, &ev)) {
			rc = syntax_error(file, &p, buf, n);
			break;
		}
		anchor = NULL;
		switch (ev.type) {
		case YAML_DOCUMENT_START_EVENT:
			if (++ndocs > 1)
				rc = poserr(file, ev.start_mark.line,
				    ev.start_mark.column,
				    "more than one YAML document (expected one)");
			break;
		case YAML_ALIAS_EVENT:
			rc = poserr(file, ev.start_mark.line,
			    ev.start_mark.column, "aliases are not allowed");
			break;
		case YAML_SCALAR_EVENT:
			anchor = ev.data.scalar.anchor;
			if (!anchor && memchr(ev.data.scalar.value, '\0',
			    ev.data.scalar.length))
				rc = poserr(file, ev.start_mark.line,
				    ev.start_mark.column,
				    "NUL character in a string (not allowed)");
			break;
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			anchor = ev.type == YAML_SEQUENCE_START_EVENT ?
			    ev.data.sequence_start.anchor :
			    ev.data.mapping_start.anchor;
			if (!anchor && ++depth > MAX_DEPTH)
				rc = poserr(file, ev.start_mark.line,
				    ev.start_mark.column,
				    "nesting deeper than %d levels", MAX_DEPTH);
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			depth--;
			break;
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		default:
			break;
		}
		if (anchor)
			rc = anchor_error(file, &ev, anchor);
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	return rc;
}

/* Parses buf into doc (to be deleted by the caller on success) and
 * returns its root, a mapping. */
static int
load_document(const char *file, const char *buf, size_t n,
    yaml_document_t *doc, yaml_node_t **rootp)
{
	yaml_parser_t p;
	yaml_node_t *root;
	int rc;

	if ((rc = check_events(file, buf, n)) != 0)
		return rc;
	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, (const unsigned char *)buf, n);
	if (!yaml_parser_load(&p, doc)) {
		rc = syntax_error(file, &p, buf, n);
		yaml_parser_delete(&p);
		return rc;
	}
	yaml_parser_delete(&p);
	root = yaml_document_get_root_node(doc);
	if (!root || (root->type == YAML_SCALAR_NODE &&
	    root->data.scalar.length == 0 &&
	    root->data.scalar.style == YAML_PLAIN_SCALAR_STYLE)) {
		yaml_document_delete(doc);
		return poserr(file, 0, 0, "empty document (expected a mapping)");
	}
	if (root->type != YAML_MAPPING_NODE) {
		rc = poserr(file, root->start_mark.line, root->start_mark.column,
		    "top level is %s (expected a mapping)",
		    root->type == YAML_SEQUENCE_NODE ? _("a list") :
		    _("a string"));
		yaml_document_delete(doc);
		return rc;
	}
	*rootp = root;
	return 0;
}

/* ---- the loader ------------------------------------------------------------ */

struct dayent {               /* a holiday or make-up day as written */
	cs_date date;
	bool holiday;             /* else a make-up working day */
	char *name;               /* owned, or NULL */
	const char *file;         /* one of loader.files */
	size_t line, col;         /* 0-based */
	size_t seq;               /* order of appearance */
};

struct calset {               /* calendar settings, as one file gives them */
	bool has_week, has_hours, has_tz;
	uint8_t week;
	const char *week_file;    /* where week was set (one of loader.files) */
	size_t week_line, week_col;
	int nhours;
	int hstart[MAX_HOURS], hend[MAX_HOURS];
	char *tz_name;
	int tz_offset;
};

struct loader {
	struct cs_rules *r;
	const char *file;         /* the file being walked, for messages */
	const char *dir;          /* its directory, for includes */
	yaml_document_t *doc;
	int depth;                /* include depth of the file being walked */
	char *stack[MAX_INCLUDE + 2]; /* real paths of the files being read */
	int nstack;
	char **files;             /* names for messages, kept to the end */
	size_t nfiles, capfiles;
	struct dayent *days;
	size_t ndays, capdays;
};

static int
yerr(struct loader *L, const yaml_node_t *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int
yerr(struct loader *L, const yaml_node_t *n, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = vposerr(L->file, n->start_mark.line, n->start_mark.column, fmt,
	    ap);
	va_end(ap);
	return rc;
}

static const char *
keep_file_name(struct loader *L, const char *name)
{
	for (size_t i = 0; i < L->nfiles; i++)
		if (strcmp(L->files[i], name) == 0)
			return L->files[i];
	xgrow(&L->files, &L->capfiles, L->nfiles + 1, sizeof *L->files);
	L->files[L->nfiles] = xstrdup(name);
	return L->files[L->nfiles++];
}

static yaml_node_t *
node_at(struct loader *L, int id)
{
	return yaml_document_get_node(L->doc, id);
}

static const char *
kind_name(const yaml_node_t *n)
{
	switch (n->type) {
	case YAML_SCALAR_NODE:
		return _("a string");
	case YAML_SEQUENCE_NODE:
		return _("a list");
	case YAML_MAPPING_NODE:
		return _("a mapping");
	default:
		return _("empty");
	}
}

static const char *
str_of(const yaml_node_t *n)
{
	return (const char *)n->data.scalar.value;
}

static bool
in_list(const char *s, const char *const list[])
{
	for (; *list; list++)
		if (strcmp(s, *list) == 0)
			return true;
	return false;
}

/* "a, b, c" */
static char *
join_list(const char *const list[], const char *sep)
{
	struct sbuf b = {0};

	for (size_t i = 0; list[i]; i++) {
		if (i)
			sb_adds(&b, sep);
		sb_adds(&b, list[i]);
	}
	return b.s ? b.s : xstrdup("");
}

/* Every key of map must be a string in keys[], and appear once. */
static int
map_check(struct loader *L, yaml_node_t *map, const char *what,
    const char *const keys[])
{
	yaml_node_pair_t *p, *q, *start = map->data.mapping.pairs.start;
	yaml_node_t *k, *kq;
	char *list;
	int rc;

	for (p = start; p < map->data.mapping.pairs.top; p++) {
		k = node_at(L, p->key);
		if (k->type != YAML_SCALAR_NODE)
			return yerr(L, k, "a key in %s is %s (expected a name)",
			    what, kind_name(k));
		if (!in_list(str_of(k), keys)) {
			list = join_list(keys, ", ");
			rc = yerr(L, k,
			    "unknown key \"%s\" in %s (expected one of: %s)",
			    str_of(k), what, list);
			free(list);
			return rc;
		}
		for (q = start; q < p; q++) {
			kq = node_at(L, q->key);
			if (strcmp(str_of(kq), str_of(k)) == 0)
				return yerr(L, k, "duplicate key \"%s\"",
				    str_of(k));
		}
	}
	return 0;
}

/* The value of key in a checked mapping (and the key node), or NULL. */
static yaml_node_t *
map_get2(struct loader *L, yaml_node_t *map, const char *key,
    yaml_node_t **keynode)
{
	yaml_node_pair_t *p;
	yaml_node_t *k;

	for (p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	    p++) {
		k = node_at(L, p->key);
		if (k->type == YAML_SCALAR_NODE && strcmp(str_of(k), key) == 0) {
			if (keynode)
				*keynode = k;
			return node_at(L, p->value);
		}
	}
	return NULL;
}

static yaml_node_t *
map_get(struct loader *L, yaml_node_t *map, const char *key)
{
	return map_get2(L, map, key, NULL);
}

static int
want_map(struct loader *L, yaml_node_t *n, const char *what,
    const char *expect)
{
	if (n->type == YAML_MAPPING_NODE)
		return 0;
	return yerr(L, n, "%s is %s (expected %s)", what, kind_name(n), expect);
}

static int
want_seq(struct loader *L, yaml_node_t *n, const char *what,
    const char *expect)
{
	if (n->type == YAML_SEQUENCE_NODE)
		return 0;
	return yerr(L, n, "%s is %s (expected %s)", what, kind_name(n), expect);
}

static int
want_str(struct loader *L, yaml_node_t *n, const char *what,
    const char *expect, const char **out)
{
	if (n->type != YAML_SCALAR_NODE)
		return yerr(L, n, "%s is %s (expected %s)", what, kind_name(n),
		    expect);
	*out = str_of(n);
	return 0;
}

/* A non-empty string. */
static int
want_word(struct loader *L, yaml_node_t *n, const char *what,
    const char *expect, const char **out)
{
	int rc;

	if ((rc = want_str(L, n, what, expect, out)) != 0)
		return rc;
	if (**out == '\0')
		return yerr(L, n, "%s is empty (expected %s)", what, expect);
	return 0;
}

/* The items of a list, or the node itself if it is a single string. */
static void
items_of(yaml_node_t *n, yaml_node_item_t **start, yaml_node_item_t **end,
    yaml_node_item_t *single)
{
	if (n->type == YAML_SEQUENCE_NODE) {
		*start = n->data.sequence.items.start;
		*end = n->data.sequence.items.top;
	} else {
		*start = single;
		*end = single + 1;
	}
}

static int
node_id(struct loader *L, yaml_node_t *n)
{
	return (int)(n - L->doc->nodes.start) + 1;
}

/* Names of rules, milestones, severities ...: [a-z0-9_-]+ */
static int
want_name(struct loader *L, yaml_node_t *n, const char *what,
    const char **out)
{
	const char *s = NULL;
	int rc;

	if ((rc = want_word(L, n, what, "a name", &s)) != 0)
		return rc;
	if (strlen(s) > MAX_NAME)
		return yerr(L, n, "bad name \"%s\" (expected at most %d "
		    "characters)", s, MAX_NAME);
	for (const char *p = s; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    *p == '-' || *p == '_'))
			return yerr(L, n, "bad name \"%s\" (expected lower-case "
			    "letters a-z, digits, - and _)", s);
	*out = s;
	return 0;
}

/* A whole number lo..hi. */
static int
want_int(struct loader *L, yaml_node_t *n, const char *key, int lo, int hi,
    const char *expect, int *out)
{
	const char *s = NULL, *p;
	char q[48];
	long v = 0;
	int rc;

	snprintf(q, sizeof q, "\"%s\"", key);
	if ((rc = want_str(L, n, q, expect, &s)) != 0)
		return rc;
	for (p = s; *p >= '0' && *p <= '9' && v <= hi; p++)
		v = v * 10 + (*p - '0');
	if (p == s || *p || v < lo || v > hi)
		return yerr(L, n, "bad %s \"%s\" (expected %s)", key, s,
		    expect);
	*out = (int)v;
	return 0;
}

/* Durations: visit rules run on dates, complaints on times. */
enum dur_use { DUR_DATE, DUR_TIME };
enum dur_sign { DUR_ZERO_OK, DUR_POSITIVE };

static int
want_duration(struct loader *L, yaml_node_t *n, const char *key,
    enum dur_use use, enum dur_sign sign, struct cs_duration *d)
{
	static const int64_t minutes[] = {
		[UNIT_MIN] = 1, [UNIT_HOUR] = 60, [UNIT_DAY] = 1440,
		[UNIT_WEEK] = 10080, [UNIT_MONTH] = 44640, [UNIT_YEAR] = 527040,
	};
	const int64_t limit = (int64_t)100 * 527040;    /* 100 years */
	const char *s = NULL, *why = "expected a number and a unit";
	char what[80];
	int rc;

	snprintf(what, sizeof what, "\"%s\"", key);
	if ((rc = want_str(L, n, what, "a duration such as 3 days or 2h",
	    &s)) != 0)
		return rc;
	if (duration_parse(s, d, &why) != 0)
		return yerr(L, n, "bad duration \"%s\": %s", s, why);
	if (use == DUR_DATE && (d->unit == UNIT_MIN || d->unit == UNIT_HOUR))
		return yerr(L, n, "bad duration \"%s\" (visit rules run on "
		    "dates: expected days, weeks, months or years)", s);
	if (d->n < 0 || (d->n == 0 && sign == DUR_POSITIVE))
		return yerr(L, n, "bad duration \"%s\" (expected more than "
		    "zero)", s);
	if ((unsigned)d->unit <= UNIT_YEAR &&
	    d->n > limit / minutes[d->unit])
		return yerr(L, n, "bad duration \"%s\" (expected at most "
		    "100 years)", s);
	return 0;
}

/* Strictly YYYY-MM-DD, and a real date. */
static int
want_date(struct loader *L, yaml_node_t *n, const char *s, cs_date *out)
{
	static const char form[] = "dddd-dd-dd";
	size_t i;

	for (i = 0; form[i] && s[i]; i++)
		if (form[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') :
		    s[i] != form[i])
			break;
	if (form[i] || s[i] || date_parse(s, out) != 0)
		return yerr(L, n, "bad date \"%s\" (expected YYYY-MM-DD)", s);
	return 0;
}

/* ---- customer matches (visit rules and milestones) ---------------------- */

static void
match_list_free(struct cs_match *m, int n)
{
	for (int i = 0; i < n; i++) {
		free(m[i].column);
		for (int j = 0; j < m[i].nvalues; j++)
			free(m[i].values[j]);
		free(m[i].values);
	}
	free(m);
}

/* match: / except: {column: value or [values]} appended to *mp. */
static int
parse_match(struct loader *L, yaml_node_t *map, const char *key, bool negate,
    struct cs_match **mp, int *np)
{
	yaml_node_pair_t *p;
	yaml_node_item_t *it, *end, single;
	yaml_node_t *k, *v, *x;
	struct cs_match *m;
	size_t cap = (size_t)*np;
	const char *s;
	char what[96];
	int rc;

	snprintf(what, sizeof what, "\"%s\"", key);
	if ((rc = want_map(L, map, what,
	    "a mapping of customer columns to values")) != 0)
		return rc;
	if (map->data.mapping.pairs.start == map->data.mapping.pairs.top)
		return yerr(L, map, "%s is empty (expected a mapping of "
		    "customer columns to values)", what);
	for (p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	    p++) {
		k = node_at(L, p->key);
		v = node_at(L, p->value);
		if ((rc = want_word(L, k, "a column name", "a customer column",
		    &s)) != 0)
			return rc;
		for (const yaml_node_pair_t *q = map->data.mapping.pairs.start;
		    q < p; q++)
			if (strcmp(str_of(node_at(L, q->key)), s) == 0)
				return yerr(L, k, "duplicate key \"%s\"", s);
		snprintf(what, sizeof what, "\"%s\" in %s", s, key);
		if (v->type != YAML_SCALAR_NODE &&
		    (rc = want_seq(L, v, what, "a value or a list of values")) != 0)
			return rc;
		if (v->type == YAML_SEQUENCE_NODE &&
		    v->data.sequence.items.start == v->data.sequence.items.top)
			return yerr(L, v, "%s is an empty list (expected at "
			    "least one value)", what);
		xgrow(mp, &cap, (size_t)*np + 1, sizeof **mp);
		m = &(*mp)[(*np)++];
		memset(m, 0, sizeof *m);
		m->column = xstrdup(s);
		m->negate = negate;
		single = node_id(L, v);
		items_of(v, &it, &end, &single);
		m->values = xcalloc((size_t)(end - it), sizeof *m->values);
		for (; it < end; it++) {
			x = node_at(L, *it);
			if ((rc = want_str(L, x, "a value", "a string", &s)) != 0)
				return rc;
			m->values[m->nvalues++] = xstrdup(s);
		}
	}
	return 0;
}

/* ---- the calendar ----------------------------------------------------------- */

static const char *const weekdays[] = {
	"mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL
};

static int
weekday_index(const char *s, size_t n)
{
	for (int i = 0; weekdays[i]; i++)
		if (n == 3 && strncmp(s, weekdays[i], 3) == 0)
			return i;
	return -1;
}

/* week: [mon, tue, ...] or ranges "mon-fri", or one such string. */
static int
parse_week(struct loader *L, yaml_node_t *n, uint8_t *week)
{
	yaml_node_item_t *it, *end, single;
	yaml_node_t *x;
	const char *s = NULL, *dash;
	int a, b;
	int rc;

	if (n->type != YAML_SCALAR_NODE &&
	    (rc = want_seq(L, n, "\"week\"", "a list of weekdays")) != 0)
		return rc;
	*week = 0;
	single = node_id(L, n);
	items_of(n, &it, &end, &single);
	for (; it < end; it++) {
		x = node_at(L, *it);
		if ((rc = want_str(L, x, "a weekday", "mon, tue, wed, thu, fri, "
		    "sat or sun", &s)) != 0)
			return rc;
		dash = strchr(s, '-');
		a = weekday_index(s, dash ? (size_t)(dash - s) : strlen(s));
		b = dash ? weekday_index(dash + 1, strlen(dash + 1)) : a;
		if (a < 0 || b < 0)
			return yerr(L, x, "unknown weekday \"%s\" (expected mon, "
			    "tue, wed, thu, fri, sat or sun, or a range such as "
			    "mon-fri)", s);
		if (b < a)
			return yerr(L, x, "bad weekday range \"%s\" (expected "
			    "the earlier day first, such as mon-fri)", s);
		for (int i = a; i <= b; i++)
			*week |= (uint8_t)(1u << i);
	}
	return 0;
}

/* "HH:MM" at s (exactly 5 bytes): minutes from midnight, 0..1440, or -1. */
static int
clock_minutes(const char *s)
{
	int h, m;

	if (!(s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' &&
	    s[2] == ':' && s[3] >= '0' && s[3] <= '9' && s[4] >= '0' &&
	    s[4] <= '9'))
		return -1;
	h = (s[0] - '0') * 10 + (s[1] - '0');
	m = (s[3] - '0') * 10 + (s[4] - '0');
	if (m > 59 || h > 24 || (h == 24 && m != 0))
		return -1;
	return h * 60 + m;
}

/* hours: ["09:00-12:00", "13:30-18:00"]: sorted, touching ranges joined,
 * overlaps refused. */
static int
parse_hours(struct loader *L, yaml_node_t *n, struct calset *cs)
{
	yaml_node_item_t *it, *end, single;
	yaml_node_t *x, *xs[MAX_HOURS];
	int nh = 0, a, b, i, j, t;
	const char *s = NULL;
	int rc;

	if (n->type != YAML_SCALAR_NODE &&
	    (rc = want_seq(L, n, "\"hours\"",
	    "a list of \"HH:MM-HH:MM\" ranges")) != 0)
		return rc;
	single = node_id(L, n);
	items_of(n, &it, &end, &single);
	if (it == end)
		return yerr(L, n, "\"hours\" is empty (expected at least one "
		    "\"HH:MM-HH:MM\" range)");
	for (; it < end; it++) {
		x = node_at(L, *it);
		if ((rc = want_str(L, x, "a working-hour range",
		    "\"HH:MM-HH:MM\"", &s)) != 0)
			return rc;
		if (strlen(s) != 11 || s[5] != '-' ||
		    (a = clock_minutes(s)) < 0 || (b = clock_minutes(s + 6)) < 0)
			return yerr(L, x, "bad working hours \"%s\" (expected "
			    "HH:MM-HH:MM within 00:00-24:00)", s);
		if (b <= a)
			return yerr(L, x, "bad working hours \"%s\" (the end "
			    "is not after the start)", s);
		if (nh == MAX_HOURS)
			return yerr(L, x, "too many working-hour ranges "
			    "(expected at most %d)", MAX_HOURS);
		/* insertion sort by start */
		for (i = nh; i > 0 && cs->hstart[i - 1] > a; i--) {
			cs->hstart[i] = cs->hstart[i - 1];
			cs->hend[i] = cs->hend[i - 1];
			xs[i] = xs[i - 1];
		}
		cs->hstart[i] = a;
		cs->hend[i] = b;
		xs[i] = x;
		nh++;
	}
	for (i = 1; i < nh; i++)
		if (cs->hstart[i] < cs->hend[i - 1]) {
			/* report the later one in the file */
			t = xs[i]->start_mark.index > xs[i - 1]->start_mark.index ?
			    i : i - 1;
			return yerr(L, xs[t], "working hours \"%s\" overlap "
			    "\"%s\" (expected separate ranges)",
			    str_of(xs[t]), str_of(xs[t == i ? i - 1 : i]));
		}
	for (i = 1, j = 0; i < nh; i++) {
		if (cs->hstart[i] == cs->hend[j]) {
			cs->hend[j] = cs->hend[i];
		} else {
			j++;
			cs->hstart[j] = cs->hstart[i];
			cs->hend[j] = cs->hend[i];
		}
	}
	cs->nhours = j + 1;
	cs->has_hours = true;
	return 0;
}

static void
add_day(struct loader *L, cs_date d, bool holiday, const char *name,
    const yaml_node_t *at)
{
	struct dayent *e;

	xgrow(&L->days, &L->capdays, L->ndays + 1, sizeof *L->days);
	e = &L->days[L->ndays];
	e->date = d;
	e->holiday = holiday;
	e->name = name && *name ? xstrdup(name) : NULL;
	e->file = keep_file_name(L, L->file);
	e->line = at->start_mark.line;
	e->col = at->start_mark.column;
	e->seq = L->ndays++;
}

static int
add_range(struct loader *L, yaml_node_t *at, cs_date a, cs_date b,
    bool holiday, const char *name, const char *text)
{
	char ba[32], bb[32];

	if (b < a)
		return yerr(L, at, "bad range \"%s\" (%s is before %s)", text,
		    date_format(b, bb), date_format(a, ba));
	if (b - a + 1 > MAX_RANGE_DAYS)
		return yerr(L, at, "bad range \"%s\" (%d days, expected at "
		    "most %d)", text, (int)(b - a + 1), MAX_RANGE_DAYS);
	for (cs_date d = a; d <= b; d++)
		add_day(L, d, holiday, name, at);
	return 0;
}

/* One item of holidays: or workdays: "2026-10-01", "2026-10-01..2026-10-07",
 * {date, name} or {from, to, name}. */
static int
parse_day_item(struct loader *L, yaml_node_t *x, bool holiday,
    const char *what)
{
	static const char *const keys[] = {"date", "from", "to", "name", NULL};
	yaml_node_t *dn, *fn, *tn, *nn;
	const char *s = NULL, *dots, *name = NULL;
	cs_date a, b;
	char buf[16], text[80];
	int rc;

	if (x->type == YAML_SCALAR_NODE) {
		s = str_of(x);
		dots = strstr(s, "..");
		if (!dots) {
			if ((rc = want_date(L, x, s, &a)) != 0)
				return rc;
			add_day(L, a, holiday, NULL, x);
			return 0;
		}
		if ((size_t)(dots - s) >= sizeof buf)
			return yerr(L, x, "bad date \"%.*s\" (expected "
			    "YYYY-MM-DD)", (int)(dots - s), s);
		memcpy(buf, s, (size_t)(dots - s));
		buf[dots - s] = '\0';
		if ((rc = want_date(L, x, buf, &a)) != 0 ||
		    (rc = want_date(L, x, dots + 2, &b)) != 0)
			return rc;
		return add_range(L, x, a, b, holiday, NULL, s);
	}
	if ((rc = want_map(L, x, what, "a date, a range FROM..TO, or a "
	    "mapping {date, name} or {from, to, name}")) != 0)
		return rc;
	if ((rc = map_check(L, x, what, keys)) != 0)
		return rc;
	dn = map_get(L, x, "date");
	fn = map_get(L, x, "from");
	tn = map_get(L, x, "to");
	nn = map_get(L, x, "name");
	if (nn && (rc = want_str(L, nn, "\"name\"", "a name for people",
	    &name)) != 0)
		return rc;
	if (dn && (fn || tn))
		return yerr(L, fn ? fn : tn, "\"%s\" together with \"date\" "
		    "(expected date, or from and to)", fn ? "from" : "to");
	if (dn) {
		if ((rc = want_str(L, dn, "\"date\"", "YYYY-MM-DD", &s)) != 0 ||
		    (rc = want_date(L, dn, s, &a)) != 0)
			return rc;
		add_day(L, a, holiday, name, x);
		return 0;
	}
	if (!fn || !tn)
		return yerr(L, x, "%s has no %s (expected date, or from and to)",
		    what, fn ? "\"to\"" : tn ? "\"from\"" : "date");
	if ((rc = want_str(L, fn, "\"from\"", "YYYY-MM-DD", &s)) != 0 ||
	    (rc = want_date(L, fn, s, &a)) != 0 ||
	    (rc = want_str(L, tn, "\"to\"", "YYYY-MM-DD", &s)) != 0 ||
	    (rc = want_date(L, tn, s, &b)) != 0)
		return rc;
	snprintf(text, sizeof text, "%s..%s", str_of(fn), str_of(tn));
	return add_range(L, x, a, b, holiday, name, text);
}

static int
parse_days(struct loader *L, yaml_node_t *n, bool holiday)
{
	const char *key = holiday ? "holidays" : "workdays";
	const char *what = holiday ? "holiday" : "make-up day";
	char buf[64];
	yaml_node_item_t *it;
	int rc;

	snprintf(buf, sizeof buf, "\"%s\"", key);
	if ((rc = want_seq(L, n, buf, "a list of dates, ranges or "
	    "mappings")) != 0)
		return rc;
	for (it = n->data.sequence.items.start; it < n->data.sequence.items.top;
	    it++)
		if ((rc = parse_day_item(L, node_at(L, *it), holiday, what)) != 0)
			return rc;
	return 0;
}

static void
calset_free(struct calset *cs)
{
	free(cs->tz_name);
	memset(cs, 0, sizeof *cs);
}

/* Settings of src win over those of dst. */
static void
calset_overlay(struct calset *dst, const struct calset *src)
{
	if (src->has_week) {
		dst->has_week = true;
		dst->week = src->week;
		dst->week_file = src->week_file;
		dst->week_line = src->week_line;
		dst->week_col = src->week_col;
	}
	if (src->has_hours) {
		dst->has_hours = true;
		dst->nhours = src->nhours;
		memcpy(dst->hstart, src->hstart, sizeof dst->hstart);
		memcpy(dst->hend, src->hend, sizeof dst->hend);
	}
	if (src->has_tz) {
		dst->has_tz = true;
		free(dst->tz_name);
		dst->tz_name = xstrdup(src->tz_name);
		dst->tz_offset = src->tz_offset;
	}
}

static int
parse_timezone(struct loader *L, yaml_node_t *n, char **name, int *offset)
{
	const char *s = NULL;
	int rc;

	if ((rc = want_word(L, n, "\"timezone\"", "a timezone such as "
	    "Asia/Shanghai", &s)) != 0)
		return rc;
	if (tz_lookup(s, offset) != 0)
		return yerr(L, n, "unknown timezone \"%s\" (expected a "
		    "fixed-offset zone such as Asia/Shanghai, UTC or +08:00)", s);
	free(*name);
	*name = xstrdup(s);
	return 0;
}

static int parse_calendar(struct loader *, yaml_node_t *, struct calset *);

/* Where an include or a rule set is looked for: dir (if not NULL), each
 * directory of $CS_RULES_PATH, then CS_DATADIR/rules.  Returns a malloc'd
 * path or NULL; *looked gets the directories tried ("a, b, c"). */
static char *
search_path(const char *name, const char *dir, struct sbuf *looked)
{
	const char *env = getenv("CS_RULES_PATH"), *p, *colon;
	struct stat st;
	char *d, *path;
	int pass;

	if (name[0] == '/') {
		if (stat(name, &st) == 0 && S_ISREG(st.st_mode))
			return xstrdup(name);
		sb_adds(looked, "/");
		return NULL;
	}
	for (pass = 0; pass < 3; pass++) {
		p = pass == 0 ? dir : pass == 1 ? env : CS_DATADIR "/rules";
		while (p) {
			colon = pass == 1 ? strchr(p, ':') : NULL;
			d = colon ? xstrndup(p, (size_t)(colon - p)) : xstrdup(p);
			p = colon ? colon + 1 : NULL;
			if (!*d) {
				free(d);
				continue;
			}
			path = path_join(d, name);
			if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
				free(d);
				return path;
			}
			free(path);
			if (looked->len)
				sb_adds(looked, ", ");
			sb_adds(looked, d);
			free(d);
		}
	}
	return NULL;
}

/* calendar.include: a file with exactly one key, calendar. */
static int
load_include(struct loader *L, yaml_node_t *at, const char *name,
    struct calset *out)
{
	static const char *const keys[] = {"calendar", NULL};
	struct sbuf looked = {0}, chain = {0};
	const char *saved_file = L->file, *saved_dir = L->dir;
	yaml_document_t *saved_doc = L->doc, doc;
	yaml_node_t *root, *cal;
	char *path, *real, *dir, *buf = NULL;
	size_t n;
	int i, rc;

	if (L->depth >= MAX_INCLUDE)
		return yerr(L, at, "includes nested deeper than %d (at \"%s\")",
		    MAX_INCLUDE, name);
	path = search_path(name, L->dir, &looked);
	if (!path) {
		rc = yerr(L, at, "cannot find calendar \"%s\" (looked in %s)",
		    name, sb_str(&looked));
		sb_free(&looked);
		return rc;
	}
	sb_free(&looked);
	real = realpath(path, NULL);
	if (!real)
		real = xstrdup(path);
	for (i = 0; i < L->nstack; i++)
		if (strcmp(L->stack[i], real) == 0)
			break;
	if (i < L->nstack) {
		for (; i < L->nstack; i++)
			sb_addf(&chain, "%s -> ", path_base(L->stack[i]));
		sb_adds(&chain, path_base(real));
		rc = yerr(L, at, "include cycle: %s", sb_str(&chain));
		goto out;
	}
	if ((rc = read_file(path, &buf, &n)) != 0) {
		if (rc == CS_EX_NOINPUT)
			rc = CS_EX_DATAERR;
		goto out;
	}
	L->file = keep_file_name(L, path_base(path));
	if ((rc = load_document(L->file, buf, n, &doc, &root)) != 0)
		goto restore;
	dir = path_dir(path);
	L->doc = &doc;
	L->dir = dir;
	L->depth++;
	L->stack[L->nstack++] = real;
	if ((rc = map_check(L, root, "calendar file", keys)) == 0) {
		cal = map_get(L, root, "calendar");
		if (!cal)
			rc = yerr(L, root, "calendar file has no \"calendar\" "
			    "key (expected calendar: {holidays, workdays, ...})");
		else
			rc = parse_calendar(L, cal, out);
	}
	L->nstack--;
	L->depth--;
	free(dir);
	yaml_document_delete(&doc);
restore:
	L->file = saved_file;
	L->dir = saved_dir;
	L->doc = saved_doc;
out:
	free(buf);
	free(real);
	free(path);
	sb_free(&chain);
	return rc;
}

static int
parse_calendar(struct loader *L, yaml_node_t *map, struct calset *out)
{
	static const char *const keys[] = {
		"include", "week", "hours", "holidays", "workdays", "timezone",
		NULL
	};
	yaml_node_item_t *it, *end, single;
	struct calset inc, own = {0};
	yaml_node_t *n, *x;
	const char *s;
	int rc;

	if ((rc = want_map(L, map, "\"calendar\"", "a mapping")) != 0 ||
	    (rc = map_check(L, map, "calendar", keys)) != 0)
		return rc;
	if ((n = map_get(L, map, "include"))) {
		if (n->type != YAML_SCALAR_NODE &&
		    (rc = want_seq(L, n, "\"include\"", "a file name or a list "
		    "of file names")) != 0)
			return rc;
		single = node_id(L, n);
		items_of(n, &it, &end, &single);
		for (; it < end; it++) {
			x = node_at(L, *it);
			if ((rc = want_word(L, x, "an include", "a file name",
			    &s)) != 0)
				return rc;
			memset(&inc, 0, sizeof inc);
			rc = load_include(L, x, s, &inc);
			calset_overlay(out, &inc);
			calset_free(&inc);
			if (rc)
				return rc;
		}
	}
	if ((n = map_get(L, map, "week"))) {
		if ((rc = parse_week(L, n, &own.week)) != 0)
			return rc;
		own.has_week = true;
		own.week_file = keep_file_name(L, L->file);
		own.week_line = n->start_mark.line;
		own.week_col = n->start_mark.column;
	}
	if ((n = map_get(L, map, "hours")) &&
	    (rc = parse_hours(L, n, &own)) != 0)
		return rc;
	if ((n = map_get(L, map, "timezone"))) {
		if ((rc = parse_timezone(L, n, &own.tz_name,
		    &own.tz_offset)) != 0) {
			calset_free(&own);
			return rc;
		}
		own.has_tz = true;
	}
	calset_overlay(out, &own);
	calset_free(&own);
	if ((n = map_get(L, map, "holidays")) &&
	    (rc = parse_days(L, n, true)) != 0)
		return rc;
	if ((n = map_get(L, map, "workdays")) &&
	    (rc = parse_days(L, n, false)) != 0)
		return rc;
	return 0;
}

static int
cmp_dayent(const void *a, const void *b)
{
	const struct dayent *x = a, *y = b;

	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static const char *
intern_name(struct cs_calendar *c, struct strmap *ix, const char *name)
{
	int i;

	if (!name)
		return NULL;
	if ((i = strmap_get(ix, name)) >= 0)
		return c->names[i];
	c->names = xrealloc(c->names, (c->nnames + 1) * sizeof *c->names);
	c->names[c->nnames] = xstrdup(name);
	strmap_put(ix, name, (int)c->nnames);
	return c->names[c->nnames++];
}

/* The years the holidays and make-up days are given for: from the first
 * one's to the last one's (none given: no years, nothing to check). */
static void
calendar_years(struct cs_calendar *c)
{
	cs_date lo = CS_NODATE, hi = CS_NODATE;
	int m, d;

	if (c->nholidays > 0)
		lo = c->holidays[0].date, hi = c->holidays[c->nholidays - 1].date;
	if (c->nextra > 0) {
		if (lo == CS_NODATE || c->extra[0].date < lo)
			lo = c->extra[0].date;
		if (hi == CS_NODATE || c->extra[c->nextra - 1].date > hi)
			hi = c->extra[c->nextra - 1].date;
	}
	free(c->beyond);
	c->beyond = NULL;
	c->year_lo = c->year_hi = 0;
	if (lo == CS_NODATE)
		return;
	date_to_ymd(lo, &c->year_lo, &m, &d);
	date_to_ymd(hi, &c->year_hi, &m, &d);
	c->cover_hi = date_from_ymd(c->year_hi, 12, 31);
	c->beyond = xcalloc(1, sizeof *c->beyond);
	c->beyond->watch = CS_NODATE;	/* nothing until a command asks */
}

/* Sorts the days collected from every file, merges repeats, refuses a
 * day named twice differently or both a holiday and a make-up day, and
 * stores them in the calendar. */
static int
build_days(struct loader *L, struct cs_calendar *c)
{
	struct strmap ix = {0};
	struct dayent *e, *first[2], *later;
	size_t i, j, nh = 0, nx = 0;
	char buf[32];
	int k, rc = 0;

	if (L->ndays > 1)
		qsort(L->days, L->ndays, sizeof *L->days, cmp_dayent);
	free(c->holidays);
	free(c->extra);
	c->holidays = xcalloc(L->ndays, sizeof *c->holidays);
	c->extra = xcalloc(L->ndays, sizeof *c->extra);
	for (i = 0; i < L->ndays; i = j) {
		first[0] = first[1] = NULL;
		for (j = i; j < L->ndays && L->days[j].date == L->days[i].date;
		    j++) {
			e = &L->days[j];
			k = e->holiday ? 0 : 1;
			if (!first[k]) {
				first[k] = e;
				continue;
			}
			if (e->name && first[k]->name &&
			    strcmp(e->name, first[k]->name) != 0) {
				rc = poserr(e->file, e->line, e->col,
				    "%s %s is named \"%s\" here and \"%s\" at "
				    "%s:%zu:%zu (expected one name)",
				    k ? "make-up day" : "holiday",
				    date_format(e->date, buf), e->name,
				    first[k]->name, first[k]->file,
				    first[k]->line + 1, first[k]->col + 1);
				goto out;
			}
			if (!first[k]->name)
				first[k]->name = e->name, e->name = NULL;
		}
		if (first[0] && first[1]) {
			later = first[0]->seq > first[1]->seq ? first[0] :
			    first[1];
			rc = poserr(later->file, later->line, later->col,
			    "%s is both a holiday and a make-up working day "
			    "(expected one or the other)",
			    date_format(later->date, buf));
			goto out;
		}
		if (first[0]) {
			c->holidays[nh].date = first[0]->date;
			c->holidays[nh++].name = intern_name(c, &ix,
			    first[0]->name);
		}
		if (first[1]) {
			c->extra[nx].date = first[1]->date;
			c->extra[nx++].name = intern_name(c, &ix, first[1]->name);
		}
	}
out:
	c->nholidays = nh;
	c->nextra = nx;
	strmap_free(&ix);
	calendar_years(c);
	return rc;
}

/* ---- visit rules ------------------------------------------------------------ */

static const char *const methods[] = {
	"phone", "onsite", "wechat", "sms", "email", "letter", "chat", NULL
};
static const char *const schedules[] = {
	"quota", "every", "after", "before", "dormant", NULL
};

static void
visit_rule_free(struct visit_rule *v)
{
	free(v->name);
	match_list_free(v->match, v->nmatch);
	free(v->anchor);
	free(v->event);
	free(v->column);
	free(v->leads);
	free(v->from_column);
	free(v->until_column);
	free(v->idle_event);
	free(v->method);
	free(v->purpose);
	free(v->content);
	memset(v, 0, sizeof *v);
}

static int
parse_quota(struct loader *L, yaml_node_t *n, struct visit_rule *v)
{
	static const char *const keys[] = {"count", "per", NULL};
	static const char *const periods[] = {
		"week", "month", "quarter", "year", NULL
	};
	yaml_node_t *c, *p;
	const char *s = NULL;
	int i, rc;

	if ((rc = want_map(L, n, "\"quota\"", "a mapping {count, per}")) != 0 ||
	    (rc = map_check(L, n, "quota", keys)) != 0)
		return rc;
	if (!(c = map_get(L, n, "count")) || !(p = map_get(L, n, "per")))
		return yerr(L, n, "quota has no \"%s\" (expected count: N, "
		    "per: week, month, quarter or year)", c ? "per" : "count");
	if ((rc = want_int(L, c, "count", 1, MAX_QUOTA,
	    "a whole number from 1 to 1000", &v->quota)) != 0)
		return rc;
	if ((rc = want_str(L, p, "\"per\"", "week, month, quarter or year",
	    &s)) != 0)
		return rc;
	for (i = 0; periods[i] && strcmp(periods[i], s) != 0; i++)
		;
	if (!periods[i])
		return yerr(L, p, "bad period \"%s\" (expected week, month, "
		    "quarter or year)", s);
	v->per = (enum cs_period)(PERIOD_WEEK + i);
	return 0;
}

/* {event: KIND, KEY: duration} of after:, dormant: and while_idle:. */
static int
parse_event_delay(struct loader *L, yaml_node_t *n, const char *what,
    const char *durkey, enum dur_sign sign, char **event,
    struct cs_duration *d)
{
	const char *const keys[] = {"event", durkey, NULL};
	yaml_node_t *e, *x;
	const char *s;
	char expect[96], q[64];
	int rc;

	snprintf(expect, sizeof expect, "a mapping {event, %s}", durkey);
	snprintf(q, sizeof q, "\"%s\"", what);
	if ((rc = want_map(L, n, q, expect)) != 0 ||
	    (rc = map_check(L, n, what, keys)) != 0)
		return rc;
	if (!(e = map_get(L, n, "event")) || !(x = map_get(L, n, durkey)))
		return yerr(L, n, "%s has no \"%s\" (expected %s)", what,
		    e ? durkey : "event", expect);
	if ((rc = want_word(L, e, "\"event\"", "an event kind such as "
	    "repair", &s)) != 0)
		return rc;
	if ((rc = want_duration(L, x, durkey, DUR_DATE, sign, d)) != 0)
		return rc;
	*event = xstrdup(s);
	return 0;
}

static int
parse_before(struct loader *L, yaml_node_t *n, struct visit_rule *v)
{
	static const char *const keys[] = {"column", "leads", NULL};
	yaml_node_item_t *it, *end, single;
	yaml_node_t *c, *ln;
	const char *s;
	int rc;

	if ((rc = want_map(L, n, "\"before\"", "a mapping {column, leads}")) != 0 ||
	    (rc = map_check(L, n, "before", keys)) != 0)
		return rc;
	if (!(c = map_get(L, n, "column")) || !(ln = map_get(L, n, "leads")))
		return yerr(L, n, "before has no \"%s\" (expected column: a "
		    "customer date column, leads: [45 days, 30 days])",
		    c ? "leads" : "column");
	if ((rc = want_word(L, c, "\"column\"", "a customer date column",
	    &s)) != 0)
		return rc;
	v->column = xstrdup(s);
	if (ln->type != YAML_SCALAR_NODE &&
	    (rc = want_seq(L, ln, "\"leads\"", "a duration or a list of "
	    "durations")) != 0)
		return rc;
	single = node_id(L, ln);
	items_of(ln, &it, &end, &single);
	if (it == end)
		return yerr(L, ln, "\"leads\" is empty (expected at least one "
		    "duration)");
	if (end - it > MAX_LEADS)
		return yerr(L, ln, "too many leads (expected at most %d)",
		    MAX_LEADS);
	v->leads = xcalloc((size_t)(end - it), sizeof *v->leads);
	for (; it < end; it++)
		if ((rc = want_duration(L, node_at(L, *it), "leads", DUR_DATE,
		    DUR_POSITIVE, &v->leads[v->nleads++])) != 0)
			return rc;
	return 0;
}

/* from: / until: COLUMN or {column, offset}. */
static int
parse_bound(struct loader *L, yaml_node_t *n, const char *key, char **column,
    struct cs_duration *offset)
{
	static const char *const keys[] = {"column", "offset", NULL};
	yaml_node_t *c, *o;
	const char *s;
	char q[32];
	int rc;

	snprintf(q, sizeof q, "\"%s\"", key);
	if (n->type == YAML_SCALAR_NODE) {
		if ((rc = want_word(L, n, q, "a customer date column", &s)) != 0)
			return rc;
		*column = xstrdup(s);
		offset->n = 0;
		offset->unit = UNIT_DAY;
		offset->clock = CLOCK_DEFAULT;
		return 0;
	}
	if ((rc = want_map(L, n, q, "a date column or a mapping {column, "
	    "offset}")) != 0 || (rc = map_check(L, n, key, keys)) != 0)
		return rc;
	if (!(c = map_get(L, n, "column")))
		return yerr(L, n, "%s has no \"column\" (expected a customer "
		    "date column)", key);
	if ((rc = want_word(L, c, "\"column\"", "a customer date column",
	    &s)) != 0)
		return rc;
	offset->n = 0;
	offset->unit = UNIT_DAY;
	offset->clock = CLOCK_DEFAULT;
	if ((o = map_get(L, n, "offset")) &&
	    (rc = want_duration(L, o, "offset", DUR_DATE, DUR_ZERO_OK,
	    offset)) != 0)
		return rc;
	*column = xstrdup(s);
	return 0;
}

static int
parse_choice(struct loader *L, yaml_node_t *n, const char *key,
    const char *const choices[], const char *expect, int *out)
{
	const char *s = NULL;
	char q[32];
	int i, rc;

	snprintf(q, sizeof q, "\"%s\"", key);
	if ((rc = want_str(L, n, q, expect, &s)) != 0)
		return rc;
	for (i = 0; choices[i]; i++)
		if (strcmp(choices[i], s) == 0) {
			*out = i;
			return 0;
		}
	return yerr(L, n, "unknown %s \"%s\" (expected %s)", key, s, expect);
}

static int
parse_visit_body(struct loader *L, yaml_node_t *map, struct visit_rule *v)
{
	static const char *const shifts[] = {"later", "earlier", "none", NULL};
	static const int shiftval[] = {+1, -1, 0};
	yaml_node_pair_t *p;
	yaml_node_t *k, *sk = NULL, *n;
	const char *s;
	int i, rc;

	/* exactly one schedule */
	for (p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	    p++) {
		k = node_at(L, p->key);
		if (!in_list(str_of(k), schedules))
			continue;
		if (sk)
			return yerr(L, k, "visit rule \"%s\" has two schedules "
			    "(%s and %s)", v->name, str_of(sk), str_of(k));
		sk = k;
	}
	if (!sk)
		return yerr(L, map, "visit rule \"%s\" has no schedule (expected "
		    "one of: quota, every, after, before, dormant)", v->name);
	n = map_get(L, map, str_of(sk));
	if (strcmp(str_of(sk), "quota") == 0) {
		v->kind = VISIT_QUOTA;
		rc = parse_quota(L, n, v);
	} else if (strcmp(str_of(sk), "every") == 0) {
		v->kind = VISIT_EVERY;
		rc = want_duration(L, n, "every", DUR_DATE, DUR_POSITIVE,
		    &v->every);
	} else if (strcmp(str_of(sk), "after") == 0) {
		v->kind = VISIT_AFTER;
		rc = parse_event_delay(L, n, "after", "delay", DUR_ZERO_OK,
		    &v->event, &v->delay);
	} else if (strcmp(str_of(sk), "before") == 0) {
		v->kind = VISIT_BEFORE;
		rc = parse_before(L, n, v);
	} else {
		v->kind = VISIT_DORMANT;
		rc = parse_event_delay(L, n, "dormant", "idle", DUR_POSITIVE,
		    &v->event, &v->delay);
	}
	if (rc)
		return rc;

	if ((n = map_get2(L, map, "anchor", &k))) {
		if (v->kind != VISIT_EVERY)
			return yerr(L, k, "\"anchor\" does not apply to a %s "
			    "rule (expected it only with every)", str_of(sk));
		if ((rc = want_word(L, n, "\"anchor\"", "a customer date "
		    "column", &s)) != 0)
			return rc;
		free(v->anchor);
		v->anchor = xstrdup(s);
	}
	if ((n = map_get(L, map, "match")) &&
	    (rc = parse_match(L, n, "match", false, &v->match, &v->nmatch)) != 0)
		return rc;
	if ((n = map_get(L, map, "except")) &&
	    (rc = parse_match(L, n, "except", true, &v->match, &v->nmatch)) != 0)
		return rc;
	if ((n = map_get(L, map, "from")) &&
	    (rc = parse_bound(L, n, "from", &v->from_column,
	    &v->from_offset)) != 0)
		return rc;
	if ((n = map_get(L, map, "until")) &&
	    (rc = parse_bound(L, n, "until", &v->until_column,
	    &v->until_offset)) != 0)
		return rc;
	if ((n = map_get(L, map, "while_idle")) &&
	    (rc = parse_event_delay(L, n, "while_idle", "for", DUR_POSITIVE,
	    &v->idle_event, &v->idle_for)) != 0)
		return rc;
	if ((n = map_get(L, map, "grace"))) {
		if ((rc = want_duration(L, n, "grace", DUR_DATE, DUR_ZERO_OK,
		    &v->grace)) != 0)
			return rc;
		v->has_grace = true;
	}
	if ((n = map_get(L, map, "shift"))) {
		if ((rc = parse_choice(L, n, "shift", shifts,
		    "later, earlier or none", &i)) != 0)
			return rc;
		v->shift = shiftval[i];
	}
	if ((n = map_get(L, map, "method"))) {
		if ((rc = parse_choice(L, n, "method", methods, "phone, onsite, "
		    "wechat, sms, email, letter or chat", &i)) != 0)
			return rc;
		free(v->method);
		v->method = xstrdup(methods[i]);
	}
	if ((n = map_get(L, map, "purpose"))) {
		if ((rc = want_str(L, n, "\"purpose\"", "text", &s)) != 0)
			return rc;
		free(v->purpose);
		v->purpose = xstrdup(s);
	}
	if ((n = map_get(L, map, "content"))) {
		if ((rc = want_str(L, n, "\"content\"", "text", &s)) != 0)
			return rc;
		free(v->content);
		v->content = xstrdup(s);
	}
	return 0;
}

static int
parse_visit(struct loader *L, yaml_node_t *map, int index,
    struct visit_rule *v)
{
	static const char *const keys[] = {
		"name", "match", "except", "quota", "every", "anchor", "after",
		"before", "dormant", "from", "until", "while_idle", "grace",
		"shift", "method", "purpose", "content", NULL
	};
	struct cs_rules *r = L->r;
	yaml_node_t *n;
	const char *s;
	char what[48];
	int rc;

	snprintf(what, sizeof what, "item %d of \"visits\"", index + 1);
	if ((rc = want_map(L, map, what, "a visit rule mapping {name, ...}")) != 0 ||
	    (rc = map_check(L, map, "visit rule", keys)) != 0)
		return rc;
	if (!(n = map_get(L, map, "name")))
		return yerr(L, map, "visit rule has no \"name\" (expected a "
		    "name such as key-weekly)");
	if ((rc = want_name(L, n, "\"name\"", &s)) != 0)
		return rc;
	for (int i = 0; i < r->nvisits; i++)
		if (strcmp(r->visits[i].name, s) == 0)
			return yerr(L, n, "duplicate visit rule name \"%s\" "
			    "(first at line %ld)", s, r->visits[i].line);
	v->name = xstrdup(s);
	v->line = (long)map->start_mark.line + 1;
	v->shift = +1;
	v->method = xstrdup("phone");
	v->anchor = xstrdup("since");
	v->purpose = xstrdup("");
	v->content = xstrdup("");
	return parse_visit_body(L, map, v);
}

static int
parse_visits(struct loader *L, yaml_node_t *n)
{
	struct cs_rules *r = L->r;
	yaml_node_item_t *it;
	struct visit_rule v;
	size_t cap = 0;
	int rc;

	if ((rc = want_seq(L, n, "\"visits\"", "a list of visit rules")) != 0)
		return rc;
	for (it = n->data.sequence.items.start; it < n->data.sequence.items.top;
	    it++) {
		memset(&v, 0, sizeof v);
		rc = parse_visit(L, node_at(L, *it),
		    (int)(it - n->data.sequence.items.start), &v);
		if (rc) {
			visit_rule_free(&v);
			return rc;
		}
		xgrow(&r->visits, &cap, (size_t)r->nvisits + 1, sizeof *r->visits);
		r->visits[r->nvisits++] = v;
	}
	return 0;
}

/* ---- complaints ------------------------------------------------------------- */

/* Events that start a milestone's clock, and events that meet one. */
static const char *const from_events[] = {
	"open", "reopen", "assign", "reply", "answer", "resolve", "revisit",
	"close", NULL
};
static const char *const met_events[] = {
	"assign", "reply", "answer", "resolve", "revisit", "close", NULL
};

static void
named_list_free(struct cs_named *v, int n)
{
	for (int i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].start);
		free(v[i].label);
	}
	free(v);
}

static void
complaint_rules_free(struct complaint_rules *c)
{
	named_list_free(c->severities, c->nseverities);
	named_list_free(c->categories, c->ncategories);
	named_list_free(c->channels, c->nchannels);
	for (int i = 0; i < c->nladder; i++)
		free(c->ladder[i].role);
	free(c->ladder);
	for (int i = 0; i < c->nmilestones; i++) {
		free(c->milestones[i].name);
		free(c->milestones[i].from);
		free(c->milestones[i].met_by);
		match_list_free(c->milestones[i].match, c->milestones[i].nmatch);
	}
	free(c->milestones);
	memset(c, 0, sizeof *c);
}

static int
ladder_role(const struct complaint_rules *c, const char *role)
{
	for (int i = 0; i < c->nladder; i++)
		if (strcmp(c->ladder[i].role, role) == 0)
			return i;
	return -1;
}

static int
parse_ladder(struct loader *L, yaml_node_t *n, struct complaint_rules *c)
{
	static const char *const keys[] = {"role", "after", NULL};
	yaml_node_item_t *it;
	yaml_node_t *x, *rn, *an;
	struct cs_rung *g;
	const char *s;
	char what[48];
	int i, rc;

	if ((rc = want_seq(L, n, "\"ladder\"", "a list of rungs {role, "
	    "after}")) != 0)
		return rc;
	c->ladder = xcalloc((size_t)(n->data.sequence.items.top -
	    n->data.sequence.items.start), sizeof *c->ladder);
	for (it = n->data.sequence.items.start, i = 0;
	    it < n->data.sequence.items.top; it++, i++) {
		x = node_at(L, *it);
		snprintf(what, sizeof what, "item %d of \"ladder\"", i + 1);
		an = NULL;
		if (x->type == YAML_SCALAR_NODE) {
			rn = x;
		} else {
			if ((rc = want_map(L, x, what, "a rung {role, after} or "
			    "a role")) != 0 ||
			    (rc = map_check(L, x, "ladder rung", keys)) != 0)
				return rc;
			if (!(rn = map_get(L, x, "role")))
				return yerr(L, x, "ladder rung has no \"role\" "
				    "(expected a staff role such as "
				    "supervisor)");
			an = map_get(L, x, "after");
		}
		if ((rc = want_name(L, rn, "\"role\"", &s)) != 0)
			return rc;
		if (ladder_role(c, s) >= 0)
			return yerr(L, rn, "role \"%s\" is on the ladder twice",
			    s);
		g = &c->ladder[c->nladder];
		g->role = xstrdup(s);
		c->nladder++;
		if (i == 0 && an)
			return yerr(L, an, "the first rung (\"%s\") takes no "
			    "\"after\" (complaints start there)", s);
		if (i > 0 && !an)
			return yerr(L, x, "rung \"%s\" has no \"after\" (expected "
			    "how late a milestone is before it moves up here, "
			    "e.g. after: 2h)", s);
		if (an && (rc = want_duration(L, an, "after", DUR_TIME,
		    DUR_POSITIVE, &g->after)) != 0)
			return rc;
	}
	if (c->nladder == 0)
		return yerr(L, n, "\"ladder\" is empty (expected at least one "
		    "rung)");
	return 0;
}

/* severities:, categories:, channels: names or {name, start, label}. */
static int
parse_named(struct loader *L, yaml_node_t *n, const char *key,
    const char *what, struct complaint_rules *c, struct cs_named **vp,
    int *np)
{
	static const char *const keys[] = {"name", "start", "label", NULL};
	yaml_node_item_t *it;
	yaml_node_t *x, *nn, *sn, *ln;
	struct cs_named *v;
	const char *s;
	char q[48], expect[96];
	char *roles;
	const char **rl;
	int i, rc;

	snprintf(q, sizeof q, "\"%s\"", key);
	snprintf(expect, sizeof expect, "a list of %s names or mappings "
	    "{name, start, label}", what);
	if ((rc = want_seq(L, n, q, expect)) != 0)
		return rc;
	if (n->data.sequence.items.start == n->data.sequence.items.top)
		return yerr(L, n, "%s is empty (expected at least one %s)", q,
		    what);
	*vp = xcalloc((size_t)(n->data.sequence.items.top -
	    n->data.sequence.items.start), sizeof **vp);
	for (it = n->data.sequence.items.start, i = 0;
	    it < n->data.sequence.items.top; it++, i++) {
		x = node_at(L, *it);
		sn = ln = NULL;
		if (x->type == YAML_SCALAR_NODE) {
			nn = x;
		} else {
			snprintf(q, sizeof q, "item %d of \"%s\"", i + 1, key);
			if ((rc = want_map(L, x, q, expect)) != 0 ||
			    (rc = map_check(L, x, what, keys)) != 0)
				return rc;
			if (!(nn = map_get(L, x, "name")))
				return yerr(L, x, "%s has no \"name\"", what);
			sn = map_get(L, x, "start");
			ln = map_get(L, x, "label");
		}
		if ((rc = want_name(L, nn, "\"name\"", &s)) != 0)
			return rc;
		for (int j = 0; j < *np; j++)
			if (strcmp((*vp)[j].name, s) == 0)
				return yerr(L, nn, "duplicate %s \"%s\"", what,
				    s);
		v = &(*vp)[(*np)++];
		v->name = xstrdup(s);
		if (ln) {
			if ((rc = want_str(L, ln, "\"label\"", "text", &s)) != 0)
				return rc;
			v->label = xstrdup(s);
		}
		if (sn) {
			if ((rc = want_name(L, sn, "\"start\"", &s)) != 0)
				return rc;
			if (ladder_role(c, s) < 0) {
				rl = xcalloc((size_t)c->nladder + 1, sizeof *rl);
				for (int j = 0; j < c->nladder; j++)
					rl[j] = c->ladder[j].role;
				roles = join_list(rl, ", ");
				rc = yerr(L, sn, "unknown role \"%s\" in start "
				    "(expected a role of the ladder: %s)", s,
				    roles);
				free(roles);
				free(rl);
				return rc;
			}
			v->start = xstrdup(s);
		}
	}
	return 0;
}

static int
parse_milestones(struct loader *L, yaml_node_t *n, struct complaint_rules *c)
{
	static const char *const keys[] = {
		"name", "from", "within", "met_by", "match", "except", NULL
	};
	yaml_node_item_t *it;
	yaml_node_t *x, *nn, *fn, *wn, *mn, *fnodes[256] = {0};
	struct cs_milestone *m;
	const char *s;
	char q[48], *list;
	int i, j, rc;

	if ((rc = want_seq(L, n, "\"milestones\"", "a list of milestones "
	    "{name, from, within, met_by}")) != 0)
		return rc;
	if (n->data.sequence.items.top - n->data.sequence.items.start > 256)
		return yerr(L, n, "too many milestones (expected at most 256)");
	c->milestones = xcalloc((size_t)(n->data.sequence.items.top -
	    n->data.sequence.items.start), sizeof *c->milestones);
	for (it = n->data.sequence.items.start, i = 0;
	    it < n->data.sequence.items.top; it++, i++) {
		x = node_at(L, *it);
		snprintf(q, sizeof q, "item %d of \"milestones\"", i + 1);
		if ((rc = want_map(L, x, q, "a milestone {name, from, within, "
		    "met_by}")) != 0 ||
		    (rc = map_check(L, x, "milestone", keys)) != 0)
			return rc;
		if (!(nn = map_get(L, x, "name")))
			return yerr(L, x, "milestone has no \"name\"");
		if ((rc = want_name(L, nn, "\"name\"", &s)) != 0)
			return rc;
		for (j = 0; j < c->nmilestones; j++)
			if (strcmp(c->milestones[j].name, s) == 0)
				return yerr(L, nn, "duplicate milestone \"%s\"",
				    s);
		m = &c->milestones[c->nmilestones++];
		m->name = xstrdup(s);
		fn = map_get(L, x, "from");
		wn = map_get(L, x, "within");
		mn = map_get(L, x, "met_by");
		if (!fn || !wn || !mn)
			return yerr(L, x, "milestone \"%s\" has no \"%s\" "
			    "(expected from, within and met_by)", m->name,
			    !fn ? "from" : !wn ? "within" : "met_by");
		if ((rc = want_name(L, fn, "\"from\"", &s)) != 0)
			return rc;
		m->from = xstrdup(s);
		fnodes[i] = fn;
		if ((rc = want_duration(L, wn, "within", DUR_TIME, DUR_POSITIVE,
		    &m->within)) != 0)
			return rc;
		if ((rc = want_name(L, mn, "\"met_by\"", &s)) != 0)
			return rc;
		if (!in_list(s, met_events)) {
			list = join_list(met_events, ", ");
			rc = yerr(L, mn, "unknown met_by \"%s\" (expected one "
			    "of: %s)", s, list);
			free(list);
			return rc;
		}
		m->met_by = xstrdup(s);
		if (strcmp(m->from, m->met_by) == 0)
			return yerr(L, mn, "milestone \"%s\" is met by the event "
			    "that starts it (\"%s\")", m->name, s);
		if ((mn = map_get(L, x, "match")) &&
		    (rc = parse_match(L, mn, "match", false, &m->match,
		    &m->nmatch)) != 0)
			return rc;
		if ((mn = map_get(L, x, "except")) &&
		    (rc = parse_match(L, mn, "except", true, &m->match,
		    &m->nmatch)) != 0)
			return rc;
	}
	/* from: a known event, or what meets another milestone */
	for (i = 0; i < c->nmilestones; i++) {
		m = &c->milestones[i];
		if (in_list(m->from, from_events))
			continue;
		for (j = 0; j < c->nmilestones; j++)
			if (j != i && strcmp(c->milestones[j].met_by, m->from) == 0)
				break;
		if (j == c->nmilestones) {
			list = join_list(from_events, ", ");
			rc = yerr(L, fnodes[i], "unknown from \"%s\" in milestone "
			    "\"%s\" (expected one of: %s, or the met_by of "
			    "another milestone)", m->from, m->name, list);
			free(list);
			return rc;
		}
	}
	return 0;
}

static int
parse_complaints(struct loader *L, yaml_node_t *map)
{
	static const char *const keys[] = {
		"clock", "severities", "categories", "channels", "ladder",
		"milestones", "remind", "low_score", NULL
	};
	static const char *const clocks[] = {"working", "calendar", NULL};
	struct complaint_rules *c = &L->r->complaints;
	yaml_node_t *n;
	int i, rc;

	if ((rc = want_map(L, map, "\"complaints\"", "a mapping")) != 0 ||
	    (rc = map_check(L, map, "complaints", keys)) != 0)
		return rc;
	c->present = true;
	if ((n = map_get(L, map, "clock"))) {
		if ((rc = parse_choice(L, n, "clock", clocks,
		    "working or calendar", &i)) != 0)
			return rc;
		c->clock = i == 0 ? CLOCK_WORKING : CLOCK_CALENDAR;
	}
	/* the ladder first: severities and channels name its roles */
	if (!(n = map_get(L, map, "ladder")))
		return yerr(L, map, "complaints has no \"ladder\" (expected a "
		    "list of rungs {role, after}, lowest first)");
	if ((rc = parse_ladder(L, n, c)) != 0)
		return rc;
	if (!(n = map_get(L, map, "severities")))
		return yerr(L, map, "complaints has no \"severities\" (expected "
		    "a list of severity names)");
	if ((rc = parse_named(L, n, "severities", "severity", c,
	    &c->severities, &c->nseverities)) != 0)
		return rc;
	if (!(n = map_get(L, map, "categories")))
		return yerr(L, map, "complaints has no \"categories\" (expected "
		    "a list of category names)");
	if ((rc = parse_named(L, n, "categories", "category", c,
	    &c->categories, &c->ncategories)) != 0)
		return rc;
	if (!(n = map_get(L, map, "channels")))
		return yerr(L, map, "complaints has no \"channels\" (expected "
		    "a list of channel names)");
	if ((rc = parse_named(L, n, "channels", "channel", c, &c->channels,
	    &c->nchannels)) != 0)
		return rc;
	if ((n = map_get(L, map, "milestones")) &&
	    (rc = parse_milestones(L, n, c)) != 0)
		return rc;
	if ((n = map_get(L, map, "remind"))) {
		if ((rc = want_duration(L, n, "remind", DUR_TIME, DUR_POSITIVE,
		    &c->remind_every)) != 0)
			return rc;
		c->has_remind = true;
	}
	if ((n = map_get(L, map, "low_score")) &&
	    (rc = want_int(L, n, "low_score", 1, 3, "1, 2 or 3",
	    &c->low_score)) != 0)
		return rc;
	return 0;
}

/* ---- the top level ---------------------------------------------------------- */

static int
parse_rules(struct loader *L, yaml_node_t *root)
{
	static const char *const keys[] = {
		"version", "name", "language", "timezone", "calendar",
		"low_score", "visits", "complaints", NULL
	};
	static const char *const languages[] = {"zh_CN", "en", NULL};
	struct cs_rules *r = L->r;
	struct calset cs = {0};
	yaml_node_t *n, *cal, *tzn;
	char *tz_name = NULL;
	const char *s = NULL;
	int i, tz_offset = 0, rc;

	if ((rc = map_check(L, root, "rules file", keys)) != 0)
		return rc;
	if (!(n = map_get(L, root, "version")))
		return yerr(L, root, "no \"version\" key (expected version: 1)");
	if ((rc = want_str(L, n, "\"version\"", "1", &s)) != 0)
		return rc;
	if (strcmp(s, "1") != 0)
		return yerr(L, n, "unsupported version \"%s\" (expected 1)", s);
	if ((n = map_get(L, root, "name"))) {
		if ((rc = want_word(L, n, "\"name\"", "a label", &s)) != 0)
			return rc;
		free(r->name);
		r->name = xstrdup(s);
	}
	if ((n = map_get(L, root, "language"))) {
		if ((rc = parse_choice(L, n, "language", languages,
		    "zh_CN or en", &i)) != 0)
			return rc;
		r->language = xstrdup(languages[i]);
	}
	if ((n = map_get(L, root, "low_score")) &&
	    (rc = want_int(L, n, "low_score", 1, 3, "1, 2 or 3",
	    &r->low_score)) != 0)
		return rc;

	/* the calendar: top-level timezone, then the calendar's own keys,
	 * then its includes (later ones win over earlier ones) */
	if ((tzn = map_get(L, root, "timezone")) &&
	    (rc = parse_timezone(L, tzn, &tz_name, &tz_offset)) != 0)
		goto out;
	if ((cal = map_get(L, root, "calendar"))) {
		if (tzn && cal->type == YAML_MAPPING_NODE &&
		    (n = map_get(L, cal, "timezone"))) {
			rc = yerr(L, n, "timezone set twice (expected it at "
			    "the top level or in calendar, not both)");
			goto out;
		}
		if ((rc = parse_calendar(L, cal, &cs)) != 0)
			goto out;
	}
	if (tz_name) {
		free(cs.tz_name);
		cs.tz_name = tz_name;
		cs.tz_offset = tz_offset;
		cs.has_tz = true;
		tz_name = NULL;
	}
	if (cs.has_tz) {
		free(r->cal.tz_name);
		r->cal.tz_name = xstrdup(cs.tz_name);
		r->cal.tz_offset = cs.tz_offset;
	}
	if (cs.has_week)
		r->cal.week = cs.week;
	if (cs.has_hours) {
		r->cal.nhours = cs.nhours;
		for (i = 0; i < cs.nhours; i++) {
			r->cal.hours[i].start = cs.hstart[i];
			r->cal.hours[i].end = cs.hend[i];
		}
	}
	if ((rc = build_days(L, &r->cal)) != 0)
		goto out;
	if (r->cal.week == 0 && r->cal.nextra == 0) {
		rc = poserr(cs.week_file ? cs.week_file : L->file, cs.week_line,
		    cs.week_col,
		    "the calendar has no working day (expected at least one "
		    "weekday or make-up day)");
		goto out;
	}

	if ((n = map_get(L, root, "visits")) &&
	    (rc = parse_visits(L, n)) != 0)
		goto out;
	if ((n = map_get(L, root, "complaints")))
		rc = parse_complaints(L, n);
out:
	free(tz_name);
	calset_free(&cs);
	return rc;
}

static int
load_mem(const char *file, const char *dir, const char *real,
    const char *buf, size_t n, struct cs_rules *r)
{
	struct loader L = {0};
	yaml_document_t doc;
	yaml_node_t *root;
	const char *dot;
	int rc;

	r->low_score = 2;
	r->complaints.clock = CLOCK_WORKING;
	r->complaints.low_score = 2;
	cal_init_default(&r->cal);
	L.r = r;
	L.file = file;
	L.dir = dir;
	if (real)
		L.stack[L.nstack++] = xstrdup(real);
	if ((rc = load_document(file, buf, n, &doc, &root)) == 0) {
		L.doc = &doc;
		rc = parse_rules(&L, root);
		yaml_document_delete(&doc);
	}
	if (rc == 0 && !r->name) {
		dot = strrchr(file, '.');
		r->name = dot && dot != file ?
		    xstrndup(file, (size_t)(dot - file)) : xstrdup(file);
	}
	for (int i = 0; i < L.nstack; i++)
		free(L.stack[i]);
	for (size_t i = 0; i < L.nfiles; i++)
		free(L.files[i]);
	free(L.files);
	for (size_t i = 0; i < L.ndays; i++)
		free(L.days[i].name);
	free(L.days);
	if (rc)
		rules_free(r);
	return rc;
}

/* ---- the interface ---------------------------------------------------------- */

char *
rules_find(const char *opt, const char *dir)
{
	struct sbuf looked = {0};
	char *name, *path;
	size_t n;

	if (!opt)
		return path_join(dir && *dir ? dir : ".", "rules.yaml");
	n = strlen(opt);
	if (strchr(opt, '/') || (n > 5 && strcmp(opt + n - 5, ".yaml") == 0) ||
	    (n > 4 && strcmp(opt + n - 4, ".yml") == 0))
		return xstrdup(opt);
	name = xasprintf("%s.yaml", opt);
	path = *opt ? search_path(name, NULL, &looked) : NULL;
	if (!path)
		cs_warn("no rule set \"%s\" (looked in %s)", opt,
		    looked.len ? sb_str(&looked) : "$CS_RULES_PATH and "
		    CS_DATADIR "/rules");
	free(name);
	sb_free(&looked);
	return path;
}

int
rules_load(const char *path, struct cs_rules *r)
{
	char *buf, *dir, *real;
	size_t n;
	int rc;

	memset(r, 0, sizeof *r);
	if ((rc = read_file(path, &buf, &n)) != 0)
		return rc;
	dir = path_dir(path);
	real = realpath(path, NULL);
	rc = load_mem(path_base(path), dir, real, buf, n, r);
	if (rc == 0)
		r->path = xstrdup(path);
	free(real);
	free(dir);
	free(buf);
	return rc;
}

int
rules_load_mem(const char *name, const char *dir, const char *buf, size_t n,
    struct cs_rules *r)
{
	int rc;

	memset(r, 0, sizeof *r);
	rc = load_mem(path_base(name), dir ? dir : ".", NULL, buf, n, r);
	if (rc == 0)
		r->path = xstrdup(name);
	return rc;
}

void
rules_free(struct cs_rules *r)
{
	free(r->path);
	free(r->name);
	free(r->language);
	cal_free(&r->cal);
	for (int i = 0; i < r->nvisits; i++)
		visit_rule_free(&r->visits[i]);
	free(r->visits);
	complaint_rules_free(&r->complaints);
	memset(r, 0, sizeof *r);
}

/* A column a rule's match or except (m) names that customers.csv (t)
 * does not have: said, with the columns it has (line 0: not known). */
static void
column_missing(const struct csv_table *t, const char *file, long line,
               bool milestone, const char *name, const struct cs_match *m)
{
	struct sbuf cols = {0};
	const char *have;
	char at[32] = "";

	if (csv_col(t, m->column) >= 0)
		return;
	for (int i = 0; i < t->ncols; i++)
		sb_addf(&cols, "%s%s", i ? ", " : "", t->cols[i]);
	have = sb_str(&cols);
	if (line > 0)
		snprintf(at, sizeof at, ":%ld", line);
	if (milestone && m->negate)
		cs_warn("%s%s: milestone \"%s\" leaves out customers by column "
		    "\"%s\", which %s does not have (columns: %s)", file, at,
		    name, m->column, t->file, have);
	else if (milestone)
		cs_warn("%s%s: milestone \"%s\" matches on column \"%s\", "
		    "which %s does not have (columns: %s)", file, at, name,
		    m->column, t->file, have);
	else if (m->negate)
		cs_warn("%s%s: rule \"%s\" leaves out customers by column "
		    "\"%s\", which %s does not have (columns: %s)", file, at,
		    name, m->column, t->file, have);
	else
		cs_warn("%s%s: rule \"%s\" matches on column \"%s\", which "
		    "%s does not have (columns: %s)", file, at, name, m->column,
		    t->file, have);
	sb_free(&cols);
}

/* A date column a rule names (anchor, before, from, until) that
 * customers.csv (t) lacks is no date for every customer -- the shipped
 * rule sets name columns many ledgers do not keep -- so it is said only
 * when the header has a column it was probably meant to be (a typo). */
static void
date_column_typo(const struct csv_table *t, const char *file, long line,
                 const char *name, const char *col)
{
	const char *near;
	char at[32] = "";

	if (!col || csv_col(t, col) >= 0)
		return;
	if ((near = str_nearest(col, (const char *const *)t->cols,
	    t->ncols)) == NULL)
		return;
	if (line > 0)
		snprintf(at, sizeof at, ":%ld", line);
	cs_warn("%s%s: rule \"%s\" takes dates from column \"%s\", which %s "
	    "does not have; did you mean \"%s\"?", file, at, name, col,
	    t->file, near);
}

void
rules_check_columns(const struct cs_rules *r, const char *file,
                    const struct csv_table *t)
{
	if (!t->cols)	/* no header at all: said when it was read */
		return;
	for (int k = 0; k < r->nvisits; k++) {
		const struct visit_rule *v = &r->visits[k];
		for (int i = 0; i < v->nmatch; i++)
			column_missing(t, file, v->line, false, v->name,
			    &v->match[i]);
		date_column_typo(t, file, v->line, v->name, v->anchor);
		date_column_typo(t, file, v->line, v->name, v->column);
		date_column_typo(t, file, v->line, v->name, v->from_column);
		date_column_typo(t, file, v->line, v->name, v->until_column);
	}
	for (int k = 0; k < r->complaints.nmilestones; k++) {
		const struct cs_milestone *m = &r->complaints.milestones[k];
		for (int i = 0; i < m->nmatch; i++)
			column_missing(t, file, 0, true, m->name, &m->match[i]);
	}
}

const struct visit_rule *
rules_visit(const struct cs_rules *r, const char *name)
{
	for (int i = 0; i < r->nvisits; i++)
		if (strcmp(r->visits[i].name, name) == 0)
			return &r->visits[i];
	return NULL;
}
