/* output.c - the one output layer: tables, CSV, TSV, JSON Lines.
 *
 * Every format prints NOTHING AT ALL when there are no rows: no table
 * heading, no CSV or TSV header, no JSON.  A command with nothing to say
 * is silent (cron mails every line it gets).  Unless o->empty_too (a
 * named -o file, which must not keep yesterday's list): then the table's
 * heading, the CSV/TSV header, a workbook of the headings, and for JSON
 * an empty file.
 *
 * table  For people.  A heading line (each column's head, else its key),
 *        a line of ASCII '-' under each column, then the rows.  Columns are
 *        aligned by display width (utf8_width, East Asian Width, with
 *        --ambiwidth), separated by two spaces; OUT_NUM columns (heading
 *        too) are right-aligned; no line ends in a space.  A newline, tab,
 *        CR or other control character inside a value is shown as one
 *        space (CR LF as one).  ASCII only for the rules: box-drawing
 *        characters are ambiguous in width.
 * csv    A header of the keys (unless o->header is false), then the rows,
 *        through csv_format_row (csv.c), the one CSV writer.  For a
 *        spreadsheet (o->csv, --bom / --excel): out_csv_line below, the
 *        one place where cells are neutralised (OWASP CSV injection).
 * tsv    A header of the keys (unless o->header is false), then the rows,
 *        fields separated by one tab.  In values, tab, newline, CR and
 *        backslash are written \t \n \r \\, so that every row is one
 *        line; nothing else is escaped.
 * xlsx   A one-sheet workbook (report_xlsx.c): the headings for people,
 *        then the rows as they are; OUT_NUM numbers and OUT_DATE dates as
 *        such, anything else a text cell.
 * json   JSON Lines: one object per row, keys in column order.  Values are
 *        strings (", \ and control characters escaped; UTF-8 as is),
 *        except in OUT_NUM columns: a valid JSON number is written bare,
 *        an empty value is null (anything else stays a string).
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cs.h"

static const char *const format_names[] = {
	[OUT_TABLE] = "table",
	[OUT_CSV] = "csv",
	[OUT_TSV] = "tsv",
	[OUT_JSON] = "json",
	[OUT_XLSX] = "xlsx",
};

int
out_format_parse(const char *s, enum out_format *f)
{
	for (int i = OUT_TABLE; i <= OUT_XLSX; i++) {
		if (strcmp(s, format_names[i]) == 0) {
			*f = (enum out_format)i;
			return 0;
		}
	}
	return -1;
}

void
out_begin(struct out *o, FILE *fp, enum out_format fmt,
          const struct out_col *cols, int ncols, int ambiwidth)
{
	memset(o, 0, sizeof *o);
	o->fp = fp;
	if (fmt == OUT_AUTO)
		fmt = isatty(fileno(fp)) ? OUT_TABLE : OUT_CSV;
	o->fmt = fmt;
	o->ambiwidth = ambiwidth == 2 ? 2 : 1;
	o->cols = cols;
	o->ncols = ncols;
	o->header = true;
}

static const char *
val(const char *const vals[], int i)
{
	return vals[i] ? vals[i] : "";
}

static void
put(struct out *o, const struct sbuf *b)
{
	errno = 0;
	if (b->len && fwrite(b->s, 1, b->len, o->fp) != b->len && !o->err)
		o->err = errno ? errno : EIO;
}

/* ---- table ---- */

/* A copy of s for a table cell: every control character (C0, DEL, C1)
 * becomes one space, CR LF too. */
static char *
cell_text(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	struct sbuf b = {0};

	sb_add(&b, "", 0);
	while (*u) {
		if (*u == '\r' && u[1] == '\n') {
			sb_addc(&b, ' ');
			u += 2;
		} else if (*u < 0x20 || *u == 0x7F) {
			sb_addc(&b, ' ');
			u++;
		} else if (*u == 0xC2 && u[1] >= 0x80 && u[1] <= 0x9F) {
			sb_addc(&b, ' ');	/* U+0080..U+009F */
			u += 2;
		} else {
			sb_addc(&b, (char)*u);
			u++;
		}
	}
	return b.s;
}

static void
add_spaces(struct sbuf *b, size_t n)
{
	while (n-- > 0)
		sb_addc(b, ' ');
}

static void
table_line(struct out *o, struct sbuf *b, char *const cells[],
           const size_t width[])
{
	sb_reset(b);
	for (int i = 0; i < o->ncols; i++) {
		size_t w = utf8_width(cells[i], o->ambiwidth);
		size_t pad = width[i] > w ? width[i] - w : 0;

		if (i > 0)
			sb_add(b, "  ", 2);
		if (o->cols[i].flags & OUT_NUM) {
			add_spaces(b, pad);
			sb_adds(b, cells[i]);
		} else {
			sb_adds(b, cells[i]);
			add_spaces(b, pad);
		}
	}
	while (b->len > 0 && b->s[b->len - 1] == ' ')
		b->len--;
	sb_addc(b, '\n');
	put(o, b);
}

static void
table_print(struct out *o)
{
	size_t *width = xcalloc((size_t)o->ncols, sizeof *width);
	char **head = xcalloc((size_t)o->ncols, sizeof *head);
	char **rule = xcalloc((size_t)o->ncols, sizeof *rule);
	struct sbuf b = {0};

	for (int i = 0; i < o->ncols; i++) {
		const struct out_col *c = &o->cols[i];

		/* for people, translated (keys and heads are N_() marked) */
		head[i] = cell_text(cs_tr(c->head ? c->head : c->key));
		width[i] = utf8_width(head[i], o->ambiwidth);
		for (size_t r = 0; r < o->nrows; r++) {
			size_t w = utf8_width(o->rows[r][i], o->ambiwidth);

			if (w > width[i])
				width[i] = w;
		}
		rule[i] = xmalloc(width[i] + 1);
		memset(rule[i], '-', width[i]);
		rule[i][width[i]] = '\0';
	}
	table_line(o, &b, head, width);
	table_line(o, &b, rule, width);
	for (size_t r = 0; r < o->nrows; r++)
		table_line(o, &b, o->rows[r], width);
	for (int i = 0; i < o->ncols; i++) {
		free(head[i]);
		free(rule[i]);
	}
	free(head);
	free(rule);
	free(width);
	sb_free(&b);
}

/* ---- TSV ---- */

static void
tsv_field(struct sbuf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '\t': sb_add(b, "\\t", 2); break;
		case '\n': sb_add(b, "\\n", 2); break;
		case '\r': sb_add(b, "\\r", 2); break;
		case '\\': sb_add(b, "\\\\", 2); break;
		default: sb_addc(b, *s); break;
		}
	}
}

/* ---- JSON ---- */

static void
json_string(struct sbuf *b, const char *s)
{
	sb_addc(b, '"');
	for (const unsigned char *u = (const unsigned char *)s; *u; u++) {
		switch (*u) {
		case '"': sb_add(b, "\\\"", 2); break;
		case '\\': sb_add(b, "\\\\", 2); break;
		case '\n': sb_add(b, "\\n", 2); break;
		case '\r': sb_add(b, "\\r", 2); break;
		case '\t': sb_add(b, "\\t", 2); break;
		default:
			if (*u < 0x20 || *u == 0x7F)
				sb_addf(b, "\\u%04x", *u);
			else
				sb_addc(b, (char)*u);
			break;
		}
	}
	sb_addc(b, '"');
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* RFC 8259: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
bool
out_is_number(const char *s)
{
	if (*s == '-')
		s++;
	if (*s == '0')
		s++;
	else if (*s >= '1' && *s <= '9')
		while (is_digit(*s))
			s++;
	else
		return false;
	if (*s == '.') {
		s++;
		if (!is_digit(*s))
			return false;
		while (is_digit(*s))
			s++;
	}
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '+' || *s == '-')
			s++;
		if (!is_digit(*s))
			return false;
		while (is_digit(*s))
			s++;
	}
	return *s == '\0';
}

static void
json_row(struct out *o, struct sbuf *b, const char *const vals[])
{
	sb_addc(b, '{');
	for (int i = 0; i < o->ncols; i++) {
		const char *v = val(vals, i);

		if (i > 0)
			sb_addc(b, ',');
		json_string(b, o->cols[i].key);
		sb_addc(b, ':');
		if ((o->cols[i].flags & OUT_NUM) && *v == '\0')
			sb_add(b, "null", 4);
		else if ((o->cols[i].flags & OUT_NUM) && out_is_number(v))
			sb_adds(b, v);
		else
			json_string(b, v);
	}
	sb_add(b, "}\n", 2);
}

/* ---- CSV for spreadsheets ---- */

bool
out_formula_like(const char *s)
{
	return s && (*s == '=' || *s == '+' || *s == '-' || *s == '@' ||
	    *s == '\t' || *s == '\r');
}

void
out_csv_line(struct sbuf *b, const char *const f[], const bool num[], int n,
             unsigned flags, bool bom)
{
	const char *g1[16], **g;
	char *own1[16] = {0}, **own;

	if (!(flags & OUT_CSV_EXCEL)) {
		/* nothing to neutralise: the values as they are */
		if (bom && (flags & OUT_CSV_BOM))
			sb_adds(b, "\xEF\xBB\xBF");
		csv_format_row(b, f, n);
		return;
	}
	/* the usual few columns without an allocation */
	g = n <= 16 ? g1 : xcalloc((size_t)n, sizeof *g);
	own = n <= 16 ? own1 : xcalloc((size_t)n, sizeof *own);
	if (bom && (flags & (OUT_CSV_BOM | OUT_CSV_EXCEL)))
		sb_adds(b, "\xEF\xBB\xBF");
	for (int i = 0; i < n; i++) {
		g[i] = f[i] ? f[i] : "";
		/* a number stays a number: -3 is not a formula */
		if ((flags & OUT_CSV_EXCEL) && out_formula_like(g[i]) &&
		    !(num && num[i] && out_is_number(g[i])))
			g[i] = own[i] = xasprintf("'%s", g[i]);
	}
	csv_format_row(b, g, n);
	if ((flags & OUT_CSV_EXCEL) && b->len > 0 && b->s[b->len - 1] == '\n') {
		b->s[--b->len] = '\0';
		sb_add(b, "\r\n", 2);
	}
	for (int i = 0; i < n; i++)
		free(own[i]);
	if (own != own1)
		free(own);
	if (g != g1)
		free(g);
}

/* ---- rows ---- */

/* The CSV or TSV header (if o->header) into b. */
static void
header_line(struct out *o, struct sbuf *b)
{
	const char **keys;

	if (!o->header || (o->fmt != OUT_CSV && o->fmt != OUT_TSV))
		return;
	keys = xcalloc((size_t)o->ncols, sizeof *keys);
	for (int i = 0; i < o->ncols; i++)
		keys[i] = o->cols[i].key;
	if (o->fmt == OUT_CSV) {
		out_csv_line(b, keys, NULL, o->ncols, o->csv, true);
	} else {
		for (int i = 0; i < o->ncols; i++) {
			if (i > 0)
				sb_addc(b, '\t');
			tsv_field(b, keys[i]);
		}
		sb_addc(b, '\n');
	}
	free(keys);
}

void
out_row(struct out *o, const char *const vals[])
{
	struct sbuf *b = &o->line;
	bool first;

	if (o->fmt == OUT_TABLE || o->fmt == OUT_XLSX) {
		char **row = xcalloc((size_t)o->ncols, sizeof *row);

		/* a table cleans cells for the terminal; xlsx keeps the
		 * values as they are */
		for (int i = 0; i < o->ncols; i++)
			row[i] = o->fmt == OUT_TABLE ? cell_text(val(vals, i)) :
			    xstrdup(val(vals, i));
		xgrow(&o->rows, &o->cap, o->nrows + 1, sizeof *o->rows);
		o->rows[o->nrows++] = row;
		return;
	}
	first = !o->began;
	if (first)
		header_line(o, b);
	o->began = true;
	switch (o->fmt) {
	case OUT_CSV: {
		bool num1[16], *num = o->ncols <= 16 ? num1 :
		    xcalloc((size_t)o->ncols, sizeof *num);

		for (int i = 0; i < o->ncols; i++)
			num[i] = (o->cols[i].flags & OUT_NUM) != 0;
		/* the BOM before the header, or before the first row */
		out_csv_line(b, vals, num, o->ncols, o->csv,
		    first && !o->header);
		if (num != num1)
			free(num);
		break;
	}
	case OUT_TSV:
		for (int i = 0; i < o->ncols; i++) {
			if (i > 0)
				sb_addc(b, '\t');
			tsv_field(b, val(vals, i));
		}
		sb_addc(b, '\n');
		break;
	case OUT_JSON:
		json_row(o, b, vals);
		break;
	default:
		break;
	}
	/* lines go out 32 KiB at a time (out_end writes the rest) */
	if (b->len >= 32768) {
		put(o, b);
		sb_reset(b);
	}
}

int
out_end(struct out *o)
{
	int status = 0;

	if (!o->began && o->empty_too)
		header_line(o, &o->line);
	put(o, &o->line);
	if (o->fmt == OUT_TABLE && (o->nrows > 0 || o->empty_too))
		table_print(o);
	if (o->fmt == OUT_XLSX && (o->nrows > 0 || o->empty_too))
		status = out_write_xlsx(o);	/* report_xlsx.c */
	for (size_t r = 0; r < o->nrows; r++) {
		for (int i = 0; i < o->ncols; i++)
			free(o->rows[r][i]);
		free(o->rows[r]);
	}
	free(o->rows);
	sb_free(&o->line);
	o->rows = NULL;
	o->nrows = o->cap = 0;
	errno = 0;
	if (status == 0 && (fflush(o->fp) == EOF || ferror(o->fp))) {
		/* a write that failed before the last: its errno, not EIO */
		cs_warn("write error: %s", strerror(errno ? errno : o->err ?
		    o->err : EIO));
		status = CS_EX_IOERR;
	}
	return status;
}
