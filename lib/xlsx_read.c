/* xlsx_read.c - the first sheet of an .xlsx workbook, row by row, as CSV
 * records (cs-log --import FILE.xlsx).
 *
 * Debian has no maintained C library that reads .xlsx (libxlsxwriter only
 * writes; libxls and libfreexl 1.0 read the old .xls), so the workbook is
 * read here with two that are well kept: libzip for the container and
 * expat for the XML.  Only what a plain export needs:
 *   _rels/.rels -> the workbook; its rels -> the first sheet (the first
 *   <sheet> of workbook.xml), the shared strings, the styles;
 *   workbook.xml <workbookPr date1904>;
 *   styles.xml: the number format of each cell style (<cellXfs>), to tell
 *   dates: built-in formats 14-22, 27-36, 45-47, 50-58 and custom formats
 *   with y m d h s outside quotes, escapes and [...];
 *   sharedStrings.xml: <si> with <t>, or rich text runs <r><t> (phonetic
 *   runs <rPh> left out); _xHHHH_ escapes decoded;
 *   the sheet's <row r> and <c r t s> with <v> or <is>: shared strings
 *   (t="s"), inline strings (t="inlineStr"), formula results (t="str",
 *   t="e": the cached value; formulas are never evaluated), booleans
 *   (TRUE, FALSE), and numbers: in a date-formatted cell, the serial (1900
 *   or 1904 system) as "YYYY-MM-DD HH:MM" (":SS" if any, the date alone at
 *   midnight); otherwise as written, an integer never with ".0" or an
 *   exponent (an id or phone typed as a number stays its digits).
 * A record is a row with a value: r->line its row number in the sheet,
 * f[i] the cell in column i ("" for an empty one) up to the last value.
 * Limits against hostile files: an entry of more than 256 MiB
 * uncompressed is refused (counted while inflating, not trusted from the
 * header), a DTD (<!DOCTYPE>, so any entity) is refused, parameter
 * entities are never parsed, cells beyond XFD1048576 are refused. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <expat.h>
#include <zip.h>

#include "cs.h"

#define ENTRY_MAX ((zip_uint64_t)256 << 20)
enum { COL_MAX = 16384, ROW_MAX = 1048576 };

/* What one XML entry's handlers work on. */
struct xr {
	const char *name;     /* the file, for messages */
	const char *entry;    /* the entry being parsed */
	zip_t *za;
	XML_Parser p;
	int rc;               /* the first error (after its message) */
	/* _rels/.rels, the workbook's rels */
	char *office;         /* the workbook's path */
	char *sheet_rid;
	char *sheet_name;
	struct rel { char *id, *type, *target; } *rels;
	size_t nrels, relcap;
	bool date1904;
	bool in_sheets;
	/* styles */
	struct { int id; bool date; } *fmts;
	size_t nfmts, fmtcap;
	int *xf_fmt;          /* cellXfs: each style's numFmtId */
	size_t nxf, xfcap;
	bool in_xfs;
	/* shared strings */
	char **ss;
	size_t nss, sscap;
	/* text being gathered: <si>, <is>, <v> */
	struct sbuf text;
	bool in_text;         /* inside a <t> or <v> that counts */
	int rph;              /* inside <rPh> (phonetic runs): left out */
	bool in_si;
	/* the sheet */
	long row;             /* the current row's number */
	int col;              /* the current cell's column */
	char ctype[12];
	int cstyle;
	bool cell_v;          /* a <v> or <is> seen */
	char **cells;         /* a slot without a value is NULL */
	int ncells;           /* cells[0..ncells) (last value + 1) */
	int cellcap;
	struct sbuf cellv;    /* the cell's <v> or <is> text */
	bool in_v, in_is;
	csv_rec_fn fn;
	void *ctx;
};

static void
fail(struct xr *x, int rc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Prints "NAME: ENTRY: message" (the first error only) and stops the
 * parse. */
static void
fail(struct xr *x, int rc, const char *fmt, ...)
{
	va_list ap;

	if (x->rc == 0) {
		char tmp[512];

		va_start(ap, fmt);
		vsnprintf(tmp, sizeof tmp, cs_tr(fmt), ap);
		va_end(ap);
		cs_warn("%s: %s", x->name, tmp);
		x->rc = rc;
	}
	if (x->p)
		XML_StopParser(x->p, XML_FALSE);
}

/* The local part of an expat namespace-qualified name ("URI|c" -> "c"). */
static const char *
local(const char *name)
{
	const char *bar = strrchr(name, '|');

	return bar ? bar + 1 : name;
}

/* The value of the attribute with this local name (namespaced or not;
 * ns: must it be in a namespace), or NULL. */
static const char *
attr(const char **atts, const char *name, bool ns)
{
	for (int i = 0; atts[i]; i += 2)
		if (strcmp(local(atts[i]), name) == 0 &&
		    (!ns || strchr(atts[i], '|')))
			return atts[i + 1];
	return NULL;
}

static bool
ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), m = strlen(tail);

	return n >= m && strcmp(s + n - m, tail) == 0;
}

/* ---- reading an entry ---------------------------------------------------- */

static void XMLCALL
on_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
           const XML_Char *pubid, int has_internal_subset)
{
	struct xr *x = ud;

	(void)name, (void)sysid, (void)pubid, (void)has_internal_subset;
	fail(x, CS_EX_DATAERR, "%s: a DTD (<!DOCTYPE>) has no place in a "
	    "workbook", x->entry);
}

/* Parses the entry path with the handlers; missing: 0 if !required. */
static int
parse_entry(struct xr *x, const char *path, bool required,
            XML_StartElementHandler start, XML_EndElementHandler end,
            XML_CharacterDataHandler chars)
{
	zip_int64_t ix = zip_name_locate(x->za, path, ZIP_FL_NOCASE);
	zip_stat_t st;
	zip_file_t *zf;
	zip_uint64_t total = 0;
	char buf[65536];
	zip_int64_t n;

	x->entry = path;
	if (ix < 0) {
		if (required)
			fail(x, CS_EX_DATAERR, "not an xlsx workbook (no %s)", path);
		return x->rc;
	}
	zip_stat_init(&st);
	if (zip_stat_index(x->za, (zip_uint64_t)ix, 0, &st) == 0 &&
	    (st.valid & ZIP_STAT_SIZE) && st.size > ENTRY_MAX) {
		fail(x, CS_EX_DATAERR, "%s: too large (%llu bytes uncompressed, "
		    "at most 256 MiB)", path, (unsigned long long)st.size);
		return x->rc;
	}
	if (!(zf = zip_fopen_index(x->za, (zip_uint64_t)ix, 0))) {
		fail(x, CS_EX_DATAERR, "%s: cannot read: %s", path,
		    zip_strerror(x->za));
		return x->rc;
	}
	x->p = XML_ParserCreateNS(NULL, '|');
	if (!x->p)
		cs_die(CS_EX_SOFTWARE, "out of memory");
	XML_SetUserData(x->p, x);
	XML_SetParamEntityParsing(x->p, XML_PARAM_ENTITY_PARSING_NEVER);
	XML_SetStartDoctypeDeclHandler(x->p, on_doctype);
	XML_SetElementHandler(x->p, start, end);
	XML_SetCharacterDataHandler(x->p, chars);
	for (;;) {
		bool last;

		n = zip_fread(zf, buf, sizeof buf);
		if (n < 0) {
			fail(x, CS_EX_DATAERR, "%s: cannot read: %s", path,
			    zip_file_strerror(zf));
			break;
		}
		total += (zip_uint64_t)n;
		if (total > ENTRY_MAX) {
			fail(x, CS_EX_DATAERR, "%s: too large (more than 256 MiB "
			    "uncompressed)", path);
			break;
		}
		last = n == 0;
		if (XML_Parse(x->p, buf, (int)n, last) == XML_STATUS_ERROR) {
			if (x->rc == 0)
				fail(x, CS_EX_DATAERR, "%s:%lu: bad XML: %s", path,
				    (unsigned long)XML_GetCurrentLineNumber(x->p),
				    XML_ErrorString(XML_GetErrorCode(x->p)));
			break;
		}
		if (last || x->rc)
			break;
	}
	XML_ParserFree(x->p);
	x->p = NULL;
	zip_fclose(zf);
	return x->rc;
}

/* ---- relationships --------------------------------------------------------- */

static void XMLCALL
rels_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct xr *x = ud;
	const char *id, *type, *target, *mode;
	struct rel *r;

	if (strcmp(local(name), "Relationship") != 0)
		return;
	id = attr(atts, "Id", false);
	type = attr(atts, "Type", false);
	target = attr(atts, "Target", false);
	mode = attr(atts, "TargetMode", false);
	if (!id || !type || !target || (mode && strcmp(mode, "External") == 0))
		return;
	xgrow(&x->rels, &x->relcap, x->nrels + 1, sizeof *x->rels);
	r = &x->rels[x->nrels++];
	r->id = xstrdup(id);
	r->type = xstrdup(type);
	r->target = xstrdup(target);
}

static void
rels_free(struct xr *x)
{
	for (size_t i = 0; i < x->nrels; i++) {
		free(x->rels[i].id);
		free(x->rels[i].type);
		free(x->rels[i].target);
	}
	free(x->rels);
	x->rels = NULL;
	x->nrels = x->relcap = 0;
}

/* target relative to the directory of base ("xl/workbook.xml"), or from
 * the root if it starts with '/'; ".." and "." resolved. */
static char *
resolve(const char *base, const char *target)
{
	struct sbuf b = {0};
	const char *slash = strrchr(base, '/');

	if (*target == '/')
		target++;
	else if (slash)
		sb_add(&b, base, (size_t)(slash - base + 1));
	while (*target) {
		const char *e = strchr(target, '/');
		size_t n = e ? (size_t)(e - target) : strlen(target);

		if (n == 2 && strncmp(target, "..", 2) == 0) {
			/* drop the last directory */
			if (b.len > 0)
				b.len--;
			while (b.len > 0 && b.s[b.len - 1] != '/')
				b.len--;
			if (b.s)
				b.s[b.len] = '\0';
		} else if (!(n == 1 && *target == '.') && n > 0) {
			sb_add(&b, target, n);
			if (e)
				sb_addc(&b, '/');
		}
		target += n + (e != NULL);
	}
	sb_add(&b, "", 0);
	return b.s;
}

static const struct rel *
rel_of_type(const struct xr *x, const char *type)
{
	for (size_t i = 0; i < x->nrels; i++)
		if (ends_with(x->rels[i].type, type))
			return &x->rels[i];
	return NULL;
}

/* ---- workbook.xml ------------------------------------------------------------ */

static bool
truthy(const char *s)
{
	return s && (strcmp(s, "1") == 0 || strcmp(s, "true") == 0);
}

static void XMLCALL
book_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct xr *x = ud;
	const char *n = local(name);

	if (strcmp(n, "workbookPr") == 0)
		x->date1904 = truthy(attr(atts, "date1904", false));
	else if (strcmp(n, "sheets") == 0)
		x->in_sheets = true;
	else if (strcmp(n, "sheet") == 0 && x->in_sheets && !x->sheet_rid) {
		const char *id = attr(atts, "id", true);
		const char *sn = attr(atts, "name", false);
		if (id) {
			x->sheet_rid = xstrdup(id);
			x->sheet_name = xstrdup(sn ? sn : "");
		}
	}
}

static void XMLCALL
book_end(void *ud, const XML_Char *name)
{
	struct xr *x = ud;

	if (strcmp(local(name), "sheets") == 0)
		x->in_sheets = false;
}

/* ---- styles.xml ---------------------------------------------------------------- */

/* A custom number format shows a date or time: y m d h s (any case)
 * outside "quoted text", \escapes, _x and *x fills and [colours,
 * locales, elapsed times]. */
static bool
date_format_code(const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '"':
			while (s[1] && s[1] != '"')
				s++;
			if (s[1])
				s++;
			break;
		case '\\': case '_': case '*':
			if (s[1])
				s++;
			break;
		case '[':
			while (s[1] && s[1] != ']')
				s++;
			if (s[1])
				s++;
			break;
		default:
			if (strchr("yYmMdDhHsS", *s))
				return true;
		}
	}
	return false;
}

static bool
builtin_date(int id)
{
	return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) ||
	    (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/* A non-negative decimal integer attribute (at most 9 digits), or -1. */
static long
attr_num(const char **atts, const char *name)
{
	const char *s = attr(atts, name, false);
	long v = 0;

	if (!s || !*s || strlen(s) > 9)
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s - '0');
	}
	return v;
}

static void XMLCALL
styles_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct xr *x = ud;
	const char *n = local(name);

	if (strcmp(n, "numFmt") == 0) {
		long id = attr_num(atts, "numFmtId");
		const char *code = attr(atts, "formatCode", false);
		if (id < 0 || !code)
			return;
		xgrow(&x->fmts, &x->fmtcap, x->nfmts + 1, sizeof *x->fmts);
		x->fmts[x->nfmts].id = (int)id;
		x->fmts[x->nfmts++].date = date_format_code(code);
	} else if (strcmp(n, "cellXfs") == 0) {
		x->in_xfs = true;
	} else if (strcmp(n, "xf") == 0 && x->in_xfs) {
		long id = attr_num(atts, "numFmtId");
		xgrow(&x->xf_fmt, &x->xfcap, x->nxf + 1, sizeof *x->xf_fmt);
		x->xf_fmt[x->nxf++] = id < 0 ? 0 : (int)id;
	}
}

static void XMLCALL
styles_end(void *ud, const XML_Char *name)
{
	struct xr *x = ud;

	if (strcmp(local(name), "cellXfs") == 0)
		x->in_xfs = false;
}

/* Does cell style s show a date? */
static bool
style_date(const struct xr *x, int s)
{
	int id;

	if (s < 0 || (size_t)s >= x->nxf)
		return false;
	id = x->xf_fmt[s];
	for (size_t i = 0; i < x->nfmts; i++)
		if (x->fmts[i].id == id)
			return x->fmts[i].date;
	return builtin_date(id);
}

/* ---- text: shared strings, inline strings, values ------------------------------ */

static int
hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ?
	    c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* s with each _xHHHH_ (OOXML's escape of a character XML cannot hold)
 * decoded; NUL and surrogates are kept as written. */
static char *
unescape(const char *s, size_t n)
{
	struct sbuf b = {0};

	sb_add(&b, "", 0);
	for (size_t i = 0; i < n; ) {
		uint32_t cp = 0;
		bool ok = i + 7 <= n && s[i] == '_' && s[i + 1] == 'x' &&
		    s[i + 6] == '_';
		for (int k = 2; ok && k < 6; k++) {
			int h = hexval(s[i + k]);
			if (h < 0)
				ok = false;
			else
				cp = cp * 16 + (uint32_t)h;
		}
		if (ok && cp != 0 && (cp < 0xD800 || cp > 0xDFFF)) {
			char u[4];
			int len;
			if (cp < 0x80) {
				u[0] = (char)cp;
				len = 1;
			} else if (cp < 0x800) {
				u[0] = (char)(0xC0 | (cp >> 6));
				u[1] = (char)(0x80 | (cp & 0x3F));
				len = 2;
			} else {
				u[0] = (char)(0xE0 | (cp >> 12));
				u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
				u[2] = (char)(0x80 | (cp & 0x3F));
				len = 3;
			}
			sb_add(&b, u, (size_t)len);
			i += 7;
		} else {
			sb_addc(&b, s[i++]);
		}
	}
	return b.s;
}

static void XMLCALL
text_chars(void *ud, const XML_Char *s, int len)
{
	struct xr *x = ud;

	if (x->in_text && x->rph == 0) {
		sb_add(&x->text, s, (size_t)len);
		if (x->text.len > ENTRY_MAX)	/* cannot be: the entry is capped */
			fail(x, CS_EX_DATAERR, "%s: a text too long", x->entry);
	}
}

/* A text (a shared string, a cell's <v> or <is>) begins. */
static void
text_begin(struct xr *x)
{
	sb_reset(&x->text);
	sb_add(&x->text, "", 0);
}

/* Rich text, in a shared string (<si>) or an inline one (<is>; open:
 * inside one): its <t> runs are the text, less the phonetic runs
 * (<rPh>). */
static void
rich_start(struct xr *x, const char *n, bool open)
{
	if (strcmp(n, "rPh") == 0)
		x->rph++;
	else if (strcmp(n, "t") == 0 && open)
		x->in_text = true;
}

/* Whether name was <rPh> or <t>. */
static bool
rich_end(struct xr *x, const char *n)
{
	if (strcmp(n, "rPh") == 0 && x->rph > 0)
		x->rph--;
	else if (strcmp(n, "t") == 0)
		x->in_text = false;
	else
		return false;
	return true;
}

static void XMLCALL
ss_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct xr *x = ud;
	const char *n = local(name);

	(void)atts;
	if (strcmp(n, "si") == 0) {
		x->in_si = true;
		text_begin(x);
	} else {
		rich_start(x, n, x->in_si);
	}
}

static void XMLCALL
ss_end(void *ud, const XML_Char *name)
{
	struct xr *x = ud;
	const char *n = local(name);

	if (strcmp(n, "si") == 0 && x->in_si) {
		xgrow(&x->ss, &x->sscap, x->nss + 1, sizeof *x->ss);
		x->ss[x->nss++] = unescape(x->text.s ? x->text.s : "",
		    x->text.len);
		x->in_si = false;
	} else {
		rich_end(x, n);
	}
}

/* ---- the sheet --------------------------------------------------------------------- */

/* "BC12" -> column 54 (0-based), row 12; -1 if not a cell reference. */
static int
cell_ref(const char *s, int *col, long *row)
{
	long c = 0, r = 0;
	int nl = 0, nd = 0;

	for (; *s >= 'A' && *s <= 'Z' && nl < 4; s++, nl++)
		c = c * 26 + (*s - 'A' + 1);
	for (; *s >= '0' && *s <= '9' && nd < 8; s++, nd++)
		r = r * 10 + (*s - '0');
	if (nl == 0 || nd == 0 || *s || c > COL_MAX || r < 1 || r > ROW_MAX)
		return -1;
	*col = (int)(c - 1);
	*row = r;
	return 0;
}

/* A number as the workbook wrote it, for people: an integer as its
 * digits (1.3800000002E10 -> 13800000002), a fraction without trailing
 * zeros, else the shortest form that reads back the same. */
static char *
number_text(const char *v)
{
	const char *p = v + (*v == '-');
	size_t n = strspn(p, "0123456789");
	char buf[64];
	double d;
	char *end;

	if (n > 0 && p[n] == '\0')
		return xstrdup(v);
	if (n > 0 && p[n] == '.' && p[n + 1] && strspn(p + n + 1,
	    "0123456789") == strlen(p + n + 1)) {
		char *s = xstrdup(v);
		size_t len = strlen(s);
		while (s[len - 1] == '0')
			s[--len] = '\0';
		if (s[len - 1] == '.')
			s[--len] = '\0';
		return s;
	}
	d = strtod(v, &end);
	if (end == v || *end || !isfinite(d))
		return xstrdup(v);
	if (d > -1e18 && d < 1e18 && d == (double)(long long)d) {
		snprintf(buf, sizeof buf, "%.0f", d);
		return xstrdup(strcmp(buf, "-0") == 0 ? "0" : buf);
	}
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(buf, sizeof buf, "%.*g", prec, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	return xstrdup(buf);
}

char *
xlsx_serial_text(const char *v, bool date1904)
{
	char *end, date[32];
	double d = strtod(v, &end);
	long long secs, days, sod;
	cs_date cd;

	if (end == v || *end || !(d >= 0 && d < 2958466))
		return NULL;
	secs = (long long)(d * 86400.0 + 0.5);	/* to the nearest second */
	days = secs / 86400;
	sod = secs % 86400;
	if (days == 0 && !date1904) {
		cd = CS_NODATE;   /* Excel's day 0: a time of day */
	} else if (date1904) {
		cd = date_from_ymd(1904, 1, 1) + (cs_date)days;
	} else if (days < 60) {
		cd = date_from_ymd(1899, 12, 31) + (cs_date)days;
	} else if (days == 60) {
		return NULL;      /* 1900-02-29, which Excel counts */
	} else {
		cd = date_from_ymd(1899, 12, 30) + (cs_date)days;
	}
	if (cd == CS_NODATE) {
		snprintf(date, sizeof date, "%02lld:%02lld", sod / 3600,
		    sod / 60 % 60);
		if (sod % 60)
			return xasprintf("%s:%02lld", date, sod % 60);
		return xstrdup(date);
	}
	date_format(cd, date);
	if (sod == 0)
		return xstrdup(date);
	if (sod % 60)
		return xasprintf("%s %02lld:%02lld:%02lld", date, sod / 3600,
		    sod / 60 % 60, sod % 60);
	return xasprintf("%s %02lld:%02lld", date, sod / 3600, sod / 60 % 60);
}

/* The text of the cell just ended, or NULL (after a message). */
static char *
cell_text(struct xr *x, const char *v)
{
	const char *t = x->ctype;

	if (strcmp(t, "s") == 0) {
		char *end;
		unsigned long i = strtoul(v, &end, 10);
		if (end == v || *end || i >= x->nss) {
			fail(x, CS_EX_DATAERR, "%s: row %ld: shared string \"%s\" "
			    "not in the workbook", x->entry, x->row, v);
			return NULL;
		}
		return xstrdup(x->ss[i]);
	}
	if (strcmp(t, "inlineStr") == 0 || strcmp(t, "str") == 0)
		return unescape(v, strlen(v));
	if (strcmp(t, "b") == 0)
		return xstrdup(strcmp(v, "1") == 0 ? "TRUE" :
		    strcmp(v, "0") == 0 ? "FALSE" : v);
	if ((*t == '\0' || strcmp(t, "n") == 0) && *v) {
		char *s = style_date(x, x->cstyle) ?
		    xlsx_serial_text(v, x->date1904) : NULL;
		return s ? s : number_text(v);
	}
	return xstrdup(v);	/* "e" (#N/A), "d" (ISO 8601) */
}

static void XMLCALL
sheet_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct xr *x = ud;
	const char *n = local(name);

	if (strcmp(n, "row") == 0) {
		long r = attr_num(atts, "r");
		const char *rs = attr(atts, "r", false);
		if (rs && (r < 1 || r > ROW_MAX)) {
			fail(x, CS_EX_DATAERR, "%s: bad row number \"%s\"",
			    x->entry, rs);
			return;
		}
		x->row = rs ? r : x->row + 1;
		x->col = -1;
		for (int i = 0; i < x->ncells; i++) {	/* a row in a row */
			free(x->cells[i]);
			x->cells[i] = NULL;
		}
		x->ncells = 0;
	} else if (strcmp(n, "c") == 0) {
		const char *ref = attr(atts, "r", false);
		const char *t = attr(atts, "t", false);
		long s = attr_num(atts, "s"), r;
		int c;
		if (ref) {
			if (cell_ref(ref, &c, &r) != 0) {
				fail(x, CS_EX_DATAERR, "%s: bad cell reference \"%s\"",
				    x->entry, ref);
				return;
			}
			x->col = c;
		} else if (++x->col >= COL_MAX) {
			fail(x, CS_EX_DATAERR, "%s: row %ld: more than %d "
			    "columns", x->entry, x->row, COL_MAX);
			return;
		}
		snprintf(x->ctype, sizeof x->ctype, "%s", t ? t : "");
		x->cstyle = (int)s;
		x->cell_v = false;
		sb_reset(&x->cellv);
		sb_add(&x->cellv, "", 0);
	} else if (strcmp(n, "v") == 0) {
		x->in_v = x->in_text = x->cell_v = true;
		text_begin(x);
	} else if (strcmp(n, "is") == 0) {
		x->in_is = x->cell_v = true;
		text_begin(x);
	} else {
		rich_start(x, n, x->in_is);
	}
}

static void XMLCALL
sheet_end(void *ud, const XML_Char *name)
{
	struct xr *x = ud;
	const char *n = local(name);

	if (strcmp(n, "v") == 0 && x->in_v) {
		x->in_v = x->in_text = false;
		sb_reset(&x->cellv);
		sb_add(&x->cellv, x->text.s, x->text.len);
	} else if (rich_end(x, n)) {
		;
	} else if (strcmp(n, "is") == 0 && x->in_is) {
		x->in_is = false;
		sb_reset(&x->cellv);
		sb_add(&x->cellv, x->text.s, x->text.len);
		snprintf(x->ctype, sizeof x->ctype, "inlineStr");
	} else if (strcmp(n, "c") == 0 && x->cell_v && x->col >= 0) {
		char *s = cell_text(x, sb_str(&x->cellv));
		if (!s)
			return;
		if (!*s) {
			free(s);
			return;
		}
		if (x->col >= x->cellcap) {
			int cap = x->cellcap;
			size_t c = (size_t)cap;
			xgrow(&x->cells, &c, (size_t)x->col + 1, sizeof *x->cells);
			x->cellcap = (int)c;
			for (int i = cap; i < x->cellcap; i++)
				x->cells[i] = NULL;
		}
		free(x->cells[x->col]);	/* a cell given twice */
		x->cells[x->col] = s;
		if (x->col >= x->ncells)
			x->ncells = x->col + 1;
	} else if (strcmp(n, "row") == 0 && x->ncells > 0) {
		struct csv_rec r = {0};
		size_t *len = xcalloc((size_t)x->ncells, sizeof *len);
		int rc;
		for (int i = 0; i < x->ncells; i++) {
			if (!x->cells[i])
				x->cells[i] = xstrdup("");
			len[i] = strlen(x->cells[i]);
		}
		r.file = x->name;
		r.line = x->row;
		r.nf = x->ncells;
		r.f = x->cells;
		r.len = len;
		rc = x->fn(&r, x->ctx);
		free(len);
		for (int i = 0; i < x->ncells; i++) {
			free(x->cells[i]);
			x->cells[i] = NULL;
		}
		x->ncells = 0;
		if (rc) {
			x->rc = rc;	/* fn has said why */
			XML_StopParser(x->p, XML_FALSE);
		}
	}
}

/* ---- the workbook -------------------------------------------------------------------- */

bool
xlsx_is_workbook(const char *buf, size_t n)
{
	return (n >= 4 && memcmp(buf, "PK\3\4", 4) == 0) ||
	    (n >= 8 && memcmp(buf, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0);
}

static int
read_book(struct xr *x)
{
	const struct rel *r;
	char *rels, *ss = NULL, *styles = NULL, *sheet;
	const char *slash;
	int rc;

	/* the workbook: _rels/.rels, else the usual place */
	if ((rc = parse_entry(x, "_rels/.rels", false, rels_start, NULL, NULL)))
		return rc;
	r = rel_of_type(x, "/officeDocument");
	x->office = r ? resolve("", r->target) : xstrdup("xl/workbook.xml");
	rels_free(x);
	if ((rc = parse_entry(x, x->office, true, book_start, book_end, NULL)))
		return rc;
	if (!x->sheet_rid) {
		fail(x, CS_EX_DATAERR, "%s: no sheet", x->office);
		return x->rc;
	}
	slash = strrchr(x->office, '/');
	rels = slash ? xasprintf("%.*s/_rels/%s.rels", (int)(slash - x->office),
	    x->office, slash + 1) : xasprintf("_rels/%s.rels", x->office);
	rc = parse_entry(x, rels, true, rels_start, NULL, NULL);
	free(rels);
	if (rc)
		return rc;
	for (size_t i = 0; i < x->nrels && !ss; i++)
		if (ends_with(x->rels[i].type, "/sharedStrings"))
			ss = resolve(x->office, x->rels[i].target);
	if ((r = rel_of_type(x, "/styles")))
		styles = resolve(x->office, r->target);
	sheet = NULL;
	for (size_t i = 0; i < x->nrels && !sheet; i++)
		if (strcmp(x->rels[i].id, x->sheet_rid) == 0)
			sheet = resolve(x->office, x->rels[i].target);
	rels_free(x);
	if (!sheet)
		fail(x, CS_EX_DATAERR, "%s: sheet \"%s\" (%s) not found",
		    x->office, x->sheet_name, x->sheet_rid);
	if (x->rc == 0 && styles)
		parse_entry(x, styles, false, styles_start, styles_end, NULL);
	if (x->rc == 0 && ss)
		parse_entry(x, ss, false, ss_start, ss_end, text_chars);
	x->row = 0;
	if (x->rc == 0)
		parse_entry(x, sheet, true, sheet_start, sheet_end, text_chars);
	free(ss);
	free(styles);
	free(sheet);
	return x->rc;
}

int
xlsx_read_mem(const char *name, const char *buf, size_t n, csv_rec_fn fn,
              void *ctx)
{
	struct xr x = {.name = name, .fn = fn, .ctx = ctx};
	zip_error_t ze;
	zip_source_t *src;
	locale_t c_num, old = (locale_t)0;
	int rc;

	if (n >= 8 && memcmp(buf, "\xD0\xCF\x11\xE0", 4) == 0) {
		cs_warn("%s: an Excel 97-2003 (.xls) or password-protected "
		    "workbook: save it as .xlsx (no password) or CSV", name);
		return CS_EX_DATAERR;
	}
	zip_error_init(&ze);
	if (!(src = zip_source_buffer_create(buf, n, 0, &ze)) ||
	    !(x.za = zip_open_from_source(src, ZIP_RDONLY, &ze))) {
		cs_warn("%s: not an xlsx workbook: %s", name,
		    zip_error_strerror(&ze));
		if (src)
			zip_source_free(src);
		zip_error_fini(&ze);
		return CS_EX_DATAERR;
	}
	zip_error_fini(&ze);
	/* numbers in the XML are C numbers, whatever LC_NUMERIC says */
	if ((c_num = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0)))
		old = uselocale(c_num);
	rc = read_book(&x);
	if (c_num) {
		uselocale(old);
		freelocale(c_num);
	}
	zip_discard(x.za);
	rels_free(&x);
	free(x.office);
	free(x.sheet_rid);
	free(x.sheet_name);
	free(x.fmts);
	free(x.xf_fmt);
	for (size_t i = 0; i < x.nss; i++)
		free(x.ss[i]);
	free(x.ss);
	for (int i = 0; i < x.cellcap; i++)
		free(x.cells[i]);
	free(x.cells);
	sb_free(&x.text);
	sb_free(&x.cellv);
	return rc;
}
