/* csv.c - the one CSV reader and writer, on libcsv.
 *
 * The reader hands libcsv one physical line at a time (split at '\n'), so
 * it knows the line and byte offset each record starts on even when
 * quoted fields span lines, and it checks every line for NUL bytes and
 * invalid UTF-8 before libcsv sees it.  libcsv's space trimming is off:
 * what is read is what was written.  A line that starts a record and has
 * no quote is its record's text as is: its fields are handed over in
 * place (each delimiter overwritten with a NUL); other fields are copied
 * into one reused buffer; nothing is allocated per field or per record.
 *
 * libcsv's space function (no character is a space) is an indirect call
 * per byte, which costs libcsv a third more time: it is set only for the
 * lines that hold a space or a tab, the only ones where it changes
 * anything.  NUL bytes, quotes, spaces and invalid UTF-8 are looked for
 * once per block, not once per line.
 *
 * Two threads (see "reading on two threads" below): a regular file larger
 * than CS_THREADS_MIN bytes is parsed on a second thread, which hands
 * the calling thread batches of whole records and diagnostics, in file
 * order; the callbacks run on the calling thread in the same order, with
 * the same diagnostics between them, as when one thread does it all. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cs.h"

#define FIELD_MAX  (1024 * 1024) /* the longest field accepted */
#define BLOCK      (256 * 1024)  /* bytes per read(2) */
#define PARSER_BLK 4096          /* libcsv grows its field buffer by this */

static const char utf8_bom[3] = {'\xEF', '\xBB', '\xBF'};

struct pipeline;
struct batch;

struct reader {
	struct csv_parser p;
	const char *name;      /* file name for messages */
	unsigned flags;
	csv_rec_fn fn;
	void *ctx;

	long line;             /* the physical line being fed */
	int64_t line_off;      /* its first byte */
	long rec_line;         /* the line the record being read starts on */
	int64_t rec_off;
	int64_t end;           /* after the last line that ended between
	                          records */
	long end_line;         /* the line number there */
	bool partial;          /* feeding a piece of a line not yet ended */

	/* the record being read: fields copied out of libcsv's buffer */
	char *text;
	size_t tlen, tcap;
	size_t *foff, *flen;
	char **fptr;
	size_t fcap;
	int nf;
	bool row_done;         /* libcsv has ended the record */
	bool saw_lf;           /* an LF outside quotes ended the line */
	bool cr_ended;         /* a CR ended the record: only LF may follow */
	long cr_line;          /* the line of that CR */

	int err;               /* status set inside a libcsv callback */
	int deferred;          /* an error held until its line ends (ledgers) */
	char why[512];         /* its message */

	long nrec;             /* records delivered */
	int ncols;             /* CSV_READ_HEADER: fields in the header */
	struct sbuf header;    /* its names joined with ',' */

	/* CSV_READ_LEDGER: a quoted field still open at the end of a line
	 * (see watch_open) */
	bool from_top;         /* reading from the start of the input */
	int want_nf;           /* fields in a row if known (csv_at.ncols) */
	int last_nf;           /* fields in the last record delivered */
	long open_line;        /* the field opened on this line, or 0 */
	int open_nf;           /* fields of its record before it */
	long swallowed;        /* first line wholly inside it that reads as a
	                          row of its own, or 0 */
	struct sbuf look;      /* the line being fed, when inside it */
	bool look_long;        /* that line is too long to check */

	/* the line being fed is its record's text, handed over in place */
	bool direct;
	char *dbase;           /* its start */
	char *cur;             /* where its next field starts */

	/* reading on two threads: this reader runs on the second thread and
	 * posts records and diagnostics into batches */
	struct pipeline *pl;   /* NULL: one thread */
	struct batch *b;       /* the batch being filled */

	/* reading a chunk of the file in parallel with the chunk before
	 * (see "reading in chunks" below): spec, the chunk is read as if it
	 * started between records, with the header already read; tainted,
	 * something happened whose output depends on what came before (a
	 * diagnostic, a quoted field over a line end): its output stops
	 * there.  safe, safe_line: the last point between records with
	 * every record before it delivered. */
	bool spec;
	bool tainted;
	int64_t safe;
	long safe_line;
};

static void post_diag(struct reader *r, const char *fmt, va_list ap);

enum { ST_STOPPED = INT_MIN, ST_NOTHREAD = INT_MIN + 1,
       ST_TAINT = INT_MIN + 2 };

#define LOOK_MAX (64 * 1024)   /* longer lines are never taken for rows */

/* libcsv trims unquoted spaces and tabs unless told none are spaces. */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* Prints a diagnostic and returns status.  A ledger's last line may be a
 * torn write: errors in a line not yet ended wait until it ends (and are
 * dropped if the file ends first). */
static int
fail(struct reader *r, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int
fail(struct reader *r, int status, const char *fmt, ...)
{
	va_list ap;

	if (r->spec) {
		/* the sequential read from r->safe says it */
		r->tainted = true;
		return ST_TAINT;
	}
	if (r->partial && (r->flags & CSV_READ_LEDGER)) {
		if (!r->deferred) {
			va_start(ap, fmt);
			vsnprintf(r->why, sizeof r->why, cs_tr(fmt), ap);
			va_end(ap);
			r->deferred = status;
		}
		return 0;
	}
	if (!(r->flags & CSV_READ_QUIET)) {
		va_start(ap, fmt);
		if (r->pl)
			post_diag(r, fmt, ap);
		else
			cs_vwarn(fmt, ap);
		va_end(ap);
	}
	return status;
}

/* 1-based column of s[i] in characters, s starting at file offset off. */
static long
column(const struct reader *r, const char *s, int64_t off, size_t i)
{
	long col = (long)(off - r->line_off) + 1;

	for (size_t k = 0; k < i; k++)
		if (((unsigned char)s[k] & 0xC0) != 0x80)
			col++;
	return col;
}

static void
grow_fields(struct reader *r)
{
	size_t cap = r->fcap;

	xgrow(&r->foff, &cap, (size_t)r->nf + 1, sizeof *r->foff);
	cap = r->fcap;
	xgrow(&r->flen, &cap, (size_t)r->nf + 1, sizeof *r->flen);
	xgrow(&r->fptr, &r->fcap, (size_t)r->nf + 1, sizeof *r->fptr);
}

static void
on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;

	if (r->err || r->deferred)
		return;
	if (r->cr_ended) {
		r->err = fail(r, CS_EX_DATAERR, "%s:%ld: carriage return "
		    "without line feed outside quotes; save the file with LF "
		    "or CRLF line ends", r->name, r->line);
		return;
	}
	if (len > FIELD_MAX) {
		r->err = fail(r, CS_EX_DATAERR, "%s:%ld: field longer than "
		    "1 MiB", r->name, r->rec_line);
		return;
	}
	if ((size_t)r->nf == r->fcap)
		grow_fields(r);
	if (r->direct) {
		/* the field is the line's bytes at cur, up to the delimiter
		 * libcsv has just read past */
		r->cur[len] = '\0';
		r->fptr[r->nf] = r->cur;
		r->flen[r->nf] = len;
		r->nf++;
		r->cur += len + 1;
		return;
	}
	if (r->tlen + len + 1 > r->tcap)
		xgrow(&r->text, &r->tcap, r->tlen + len + 1, 1);
	memcpy(r->text + r->tlen, s, len);
	r->text[r->tlen + len] = '\0';
	r->foff[r->nf] = r->tlen;
	r->flen[r->nf] = len;
	r->nf++;
	r->tlen += len + 1;
}

/* Called for every CR and LF outside quotes (CSV_REPALL_NL), and with -1
 * by csv_fini. */
static void
on_row(int c, void *data)
{
	struct reader *r = data;

	if (c == '\n') {
		r->saw_lf = true;
		r->cr_ended = false;
	} else if (c == '\r') {
		r->cr_ended = true;
		r->cr_line = r->line;
	}
	if (r->nf > 0)
		r->row_done = true;
}

static bool
ascii_eqi(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		unsigned char x = (unsigned char)*a, y = (unsigned char)*b;

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
find_col(int ncols, char *const cols[], const char *name)
{
	for (int i = 0; i < ncols; i++)
		if (ascii_eqi(cols[i], name))
			return i;
	return -1;
}

/* CSV_READ_HEADER: names trimmed of spaces, none empty, none twice. */
static int
check_header(struct reader *r, struct csv_rec *rec)
{
	for (int i = 0; i < rec->nf; i++) {
		char *s = rec->f[i];
		size_t n = rec->len[i];

		while (n && (*s == ' ' || *s == '\t'))
			s++, n--;
		while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
			n--;
		s[n] = '\0';
		rec->f[i] = s;
		rec->len[i] = n;
		if (n == 0)
			return fail(r, CS_EX_DATAERR, "%s:%ld: empty column "
			    "name in the header (column %d)", r->name,
			    rec->line, i + 1);
		if (find_col(i, rec->f, s) >= 0)
			return fail(r, CS_EX_DATAERR, "%s:%ld: duplicate "
			    "column %s", r->name, rec->line, s);
		if (i)
			sb_addc(&r->header, ',');
		sb_adds(&r->header, s);
	}
	r->ncols = rec->nf;
	return 0;
}

static int post_row(struct reader *r, const struct csv_rec *rec,
                    const char *base, size_t span);

static int
deliver(struct reader *r)
{
	struct csv_rec rec;
	const char *base = r->direct ? r->dbase : r->text;
	size_t span = r->direct ? (size_t)(r->cur - r->dbase) : r->tlen;
	int st;

	if (!r->direct)
		for (int i = 0; i < r->nf; i++)
			r->fptr[i] = r->text + r->foff[i];
	rec.file = r->name;
	rec.line = r->rec_line;
	rec.nf = r->nf;
	rec.f = r->fptr;
	rec.len = r->flen;
	rec.offset = r->rec_off;
	r->row_done = false;
	r->nf = 0;
	r->tlen = 0;
	r->last_nf = rec.nf;
	if (r->flags & CSV_READ_HEADER) {
		if (r->nrec == 0) {
			if ((st = check_header(r, &rec)))
				return st;
		} else if (r->ncols < 0) {
			r->ncols = rec.nf; /* spec: checked by the consumer */
		} else if (rec.nf != r->ncols) {
			return fail(r, CS_EX_DATAERR, "%s:%ld: %d field%s, "
			    "expected %d (header has %s)", r->name, rec.line,
			    rec.nf, rec.nf == 1 ? "" : "s", r->ncols,
			    sb_str(&r->header));
		}
	}
	r->nrec++;
	if (r->pl)
		return post_row(r, &rec, base, span);
	return r->fn ? r->fn(&rec, r->ctx) : 0;
}

/* A line has ended at offset next. */
static int
end_line(struct reader *r, int64_t next)
{
	bool between = r->saw_lf; /* else the LF was inside quotes */
	int st = 0;

	r->saw_lf = false;
	r->line++;
	r->line_off = next;
	if (between) {
		r->end = next;
		r->end_line = r->line;
	}
	if (r->row_done)
		st = deliver(r);
	if (between) {
		r->rec_line = r->line;
		r->rec_off = next;
		if (!st) {
			r->safe = next;
			r->safe_line = r->line;
		}
	}
	return st;
}

struct row_count {
	long n;
	int nf;
};

static int
count_row(const struct csv_rec *rec, void *ctx)
{
	struct row_count *c = ctx;

	c->n++;
	c->nf = rec->nf;
	return 0;
}

/* Ledgers: does the line s[0..n) (with its '\n') read on its own as a
 * whole row?  A row has as many fields as csv_at.ncols says, else as the
 * record before, and at least two (with one, any line of a note would
 * do); the header (the first record of the file) holds no line feeds, so
 * inside it any line that reads as a record will do. */
static bool
row_like(const struct reader *r, const char *s, size_t n)
{
	struct row_count c = {0, 0};
	int want = r->want_nf ? r->want_nf : r->last_nf;

	if (want == 1 || (want == 0 && !(r->nrec == 0 && r->from_top)))
		return false; /* not known */
	if (csv_read_mem(r->name, s, n, CSV_READ_QUIET, count_row, &c) != 0 ||
	    c.n != 1)
		return false;
	return want == 0 || c.nf == want;
}

/* Ledgers: follows a quoted field left open at the end of a line, from
 * the line it opened on (open_line); notes in swallowed the first line
 * wholly inside it that reads as a row of its own.  A crash cuts only the
 * last write, which ends in whole rows: a torn tail is a part of one row,
 * and a field holding a whole row's line is a quote left open by hand.
 * Called after each piece of a line is parsed; eol: the line has ended. */
static void
watch_open(struct reader *r, const char *s, size_t n, bool eol)
{
	if (r->open_line && r->nf != r->open_nf)
		r->open_line = 0; /* it was closed */
	if (r->open_line && !r->look_long) {
		if (r->look.len + n > LOOK_MAX)
			r->look_long = true;
		else
			sb_add(&r->look, s, n);
	}
	if (!eol)
		return;
	if (!r->saw_lf && r->spec) {
		/* what follows depends on the rows before the chunk */
		r->tainted = true;
		return;
	}
	if (r->saw_lf) {
		r->open_line = 0; /* the line ended between records */
	} else if (r->open_line) {
		/* the whole line lies inside the field */
		if (!r->swallowed && !r->look_long &&
		    row_like(r, r->look.s, r->look.len))
			r->swallowed = r->line;
	} else {
		r->open_line = r->line;
		r->open_nf = r->nf;
		r->swallowed = 0;
	}
	sb_reset(&r->look);
	r->look_long = false;
}

/* The quoted field opened on open_line takes in rows (swallowed): to
 * the end of the input (upto 0), or to where a quote ends it wrongly. */
static int
swallow_error(struct reader *r, long upto)
{
	r->partial = false; /* never a torn tail */
	if (upto)
		return fail(r, CS_EX_DATAERR, "%s:%ld: unterminated quoted "
		    "field (opened here, it takes in line %ld, which reads as "
		    "a row of its own, and runs on to line %ld); add the "
		    "missing closing quote, or remove the stray one",
		    r->name, r->open_line, r->swallowed, upto);
	return fail(r, CS_EX_DATAERR, "%s:%ld: unterminated quoted field "
	    "(opened here, it takes in line %ld, which reads as a row of its "
	    "own, and every line after it); add the missing closing quote, "
	    "or remove the stray one", r->name, r->open_line, r->swallowed);
}

static int
parse_error(struct reader *r, const char *s, size_t n, int64_t off,
            size_t at)
{
	int e = csv_error(&r->p);

	/* a quote ends a field left open on an earlier line that took in
	 * rows: the open quote is what is wrong */
	if ((r->flags & CSV_READ_LEDGER) && r->open_line &&
	    r->nf == r->open_nf && e != CSV_ENOMEM && e != CSV_ETOOBIG) {
		if (!r->swallowed && off == r->line_off && n > 0 &&
		    s[n - 1] == '\n' && row_like(r, s, n))
			r->swallowed = r->line;
		if (r->swallowed)
			return swallow_error(r, r->line);
	}

	if (e == CSV_ENOMEM || e == CSV_ETOOBIG)
		return fail(r, CS_EX_SOFTWARE, "%s:%ld: out of memory",
		    r->name, r->line);
	if (at < n && s[at] == '"')
		return fail(r, CS_EX_DATAERR, "%s:%ld: quote inside an "
		    "unquoted field at column %ld (quote the whole field and "
		    "double the quotes in it: \"a \"\"b\"\"\")", r->name,
		    r->line, column(r, s, off, at));
	return fail(r, CS_EX_DATAERR, "%s:%ld: text after a closing quote "
	    "at column %ld (quote the whole field and double the quotes in "
	    "it: \"a \"\"b\"\"\")", r->name, r->line, column(r, s, off, at));
}

/* Where in a block the next NUL byte, quote, space, tab and invalid
 * UTF-8 sequence are (the block's end if none): each is looked for again
 * only when a line starts past it, so that each byte is looked at about
 * once per block, not once per line. */
struct marks {
	const char *end;
	const char *nul, *quote, *space, *tab, *bad;
};

static const char *
next_byte(const char *from, const char *end, int c)
{
	const char *p = memchr(from, c, (size_t)(end - from));

	return p ? p : end;
}

static void
marks_init(struct marks *m, const char *buf, size_t n)
{
	long bad = utf8_invalid_at(buf, n);

	m->end = buf + n;
	m->nul = next_byte(buf, m->end, '\0');
	m->quote = next_byte(buf, m->end, '"');
	m->space = next_byte(buf, m->end, ' ');
	m->tab = next_byte(buf, m->end, '\t');
	m->bad = bad < 0 ? m->end : buf + bad;
}

/* s is where the next line starts. */
static void
marks_from(struct marks *m, const char *s)
{
	if (m->nul < s)
		m->nul = next_byte(s, m->end, '\0');
	if (m->quote < s)
		m->quote = next_byte(s, m->end, '"');
	if (m->space < s)
		m->space = next_byte(s, m->end, ' ');
	if (m->tab < s)
		m->tab = next_byte(s, m->end, '\t');
	if (m->bad < s) {
		long bad = utf8_invalid_at(s, (size_t)(m->end - s));

		m->bad = bad < 0 ? m->end : s + bad;
	}
}

/* Feeds s[0..n), which starts at file offset off and is a line or a
 * piece of one; eol: it ends the line (its last byte is '\n').  m: the
 * marks of s's block, from s on.  ws: s, writable, or NULL. */
static int
feed(struct reader *r, const char *s, char *ws, size_t n, int64_t off,
     bool eol, const struct marks *m)
{
	const char *e = s + n;
	size_t got;

	r->partial = !eol;
	r->direct = false;
	if (r->deferred) {
		if (!eol)
			return 0;
		return fail(r, r->deferred, "%s", r->why);
	}
	if (m->nul < e)
		return fail(r, CS_EX_DATAERR, "%s:%ld: NUL byte in data",
		    r->name, r->line);
	if (m->bad < e) {
		size_t bad = (size_t)(m->bad - s);

		return fail(r, CS_EX_DATAERR, "%s:%ld: invalid UTF-8 (byte "
		    "0x%02X at column %ld); convert the file first: iconv -f "
		    "GB18030 -t UTF-8, or use --encoding gb18030 where the "
		    "command offers it", r->name, r->line,
		    (unsigned char)s[bad], column(r, s, off, bad));
	}
	/* libcsv calls the space function for nearly every byte: only
	 * where there is a space or a tab is it needed */
	csv_set_space_func(&r->p, m->space < e || m->tab < e ? no_space :
	    NULL);
	/* a whole line without quotes that starts a record (libcsv's state
	 * 0 is ROW_NOT_BEGUN): the fields are its bytes between the commas,
	 * and each ends where libcsv has read its delimiter */
	if (ws && eol && m->quote >= e && r->nf == 0 && r->p.pstate == 0 &&
	    r->p.entry_pos == 0) {
		r->direct = true;
		r->dbase = r->cur = ws;
	}
	got = csv_parse(&r->p, s, n, on_field, on_row, r);
	if (r->err)
		return r->err;
	if (r->deferred)
		return 0;
	if (got < n || csv_error(&r->p) != CSV_SUCCESS)
		return parse_error(r, s, n, off, got);
	if (r->p.entry_pos > FIELD_MAX)
		return fail(r, CS_EX_DATAERR, "%s:%ld: field longer than "
		    "1 MiB", r->name, r->rec_line);
	if (r->flags & CSV_READ_LEDGER) {
		watch_open(r, s, n, eol);
		if (r->tainted)
			return ST_TAINT;
	}
	return eol ? end_line(r, off + (int64_t)n) : 0;
}

/* Length of the longest prefix of s[0..n) that does not end inside a
 * UTF-8 sequence (the rest waits for the next block). */
static size_t
whole_chars(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = n, back = 0, need;

	while (i > 0 && back < 3 && (u[i - 1] & 0xC0) == 0x80)
		i--, back++;
	if (i == 0)
		return n;
	need = u[i - 1] >= 0xF0 ? 4 : u[i - 1] >= 0xE0 ? 3 :
	    u[i - 1] >= 0xC0 ? 2 : 1;
	return n - (i - 1) < need ? i - 1 : n;
}

/* Feeds the lines in buf (at file offset off; wbuf: buf, writable, or
 * NULL); *used gets the bytes consumed.  Unless eof, a line cut by the
 * end of buf is fed up to its last whole character and the rest kept for
 * the next block. */
static int
process(struct reader *r, const char *buf, char *wbuf, size_t n, int64_t off,
        bool eof, size_t *used)
{
	size_t u = 0, k;
	const char *nl;
	struct marks m;
	int st = 0;

	marks_init(&m, buf, n);
	while (u < n && (nl = memchr(buf + u, '\n', n - u)) != NULL) {
		k = (size_t)(nl - buf) + 1 - u;
		marks_from(&m, buf + u);
		st = feed(r, buf + u, wbuf ? wbuf + u : NULL, k,
		    off + (int64_t)u, true, &m);
		u += k;
		if (st)
			goto out;
	}
	if (u < n) {
		k = eof ? n - u : whole_chars(buf + u, n - u);
		marks_from(&m, buf + u);
		if (k)
			st = feed(r, buf + u, NULL, k, off + (int64_t)u, false,
			    &m);
		u += k;
	}
out:
	*used = u;
	return st;
}

static void
saw_field(void *s, size_t len, void *data)
{
	(void)s;
	(void)len;
	*(bool *)data = true;
}

/* Ledgers: what follows the last whole record is a torn tail only if a
 * cut write could have left it, the first part of one row: no field open
 * at the end that takes in a whole row's line, no CR outside quotes with
 * more after it (rows are written with LF ends, a field holding a CR in
 * quotes). */
static int
torn_check(struct reader *r)
{
	bool more = false;
	bool open = csv_fini(&r->p, saw_field, NULL, &more) != 0;

	r->partial = false; /* say why now */
	if (open && r->open_line && r->swallowed)
		return swallow_error(r, 0);
	if (r->cr_ended && (open || more))
		return fail(r, CS_EX_DATAERR, "%s:%ld: carriage return "
		    "without line feed outside quotes; save the file with LF "
		    "or CRLF line ends", r->name, r->cr_line);
	return 0;
}

/* The input has ended at offset total. */
static int
finish(struct reader *r, int64_t total)
{
	r->direct = false;
	if (r->flags & CSV_READ_LEDGER) {
		int st;

		if (r->end >= total)
			return 0;
		if ((st = torn_check(r)))
			return st;
		return fail(r, 0, "%s:%ld: incomplete last row left out (a "
		    "write was cut off; the next append sets it aside)",
		    r->name, r->rec_line);
	}
	r->partial = false;
	if (csv_fini(&r->p, on_field, on_row, r) != 0)
		return fail(r, CS_EX_DATAERR, "%s:%ld: unterminated quoted "
		    "field (starts here)", r->name, r->rec_line);
	if (r->err)
		return r->err;
	r->end = total;
	r->end_line = r->line;
	return r->row_done ? deliver(r) : 0;
}

static void
reader_init(struct reader *r, const char *name, unsigned flags,
            csv_rec_fn fn, void *ctx, int64_t start, long line)
{
	memset(r, 0, sizeof *r);
	csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL |
	    CSV_REPALL_NL);
	csv_set_space_func(&r->p, no_space);
	csv_set_blk_size(&r->p, PARSER_BLK);
	r->name = name;
	r->flags = flags;
	r->fn = fn;
	r->ctx = ctx;
	r->line = r->rec_line = r->end_line = line > 0 ? line : 1;
	r->line_off = r->rec_off = r->end = r->safe = start;
	r->safe_line = r->line;
	r->from_top = start == 0;
}

static void
reader_free(struct reader *r)
{
	csv_free(&r->p);
	free(r->text);
	free(r->foff);
	free(r->flen);
	free(r->fptr);
	sb_free(&r->header);
	sb_free(&r->look);
}

/* A BOM at the very start of the input is not data. */
static size_t
skip_bom(struct reader *r, const char *buf, size_t n)
{
	if (r->line_off != 0 || n < 3 || memcmp(buf, utf8_bom, 3) != 0)
		return 0;
	r->line_off = r->rec_off = r->end = r->safe = 3;
	return 3;
}

/* Reads from start to the end of the input, or (stop >= 0, a chunk: the
 * second thread, with pread) to stop, which follows a line feed: then the
 * input is not finished there. */
static int
read_fd(struct reader *r, int fd, const char *path, int64_t start,
        int64_t stop)
{
	char *buf = xmalloc(BLOCK);
	size_t have = 0, used, skip;
	int64_t off = start; /* file offset of buf[0] */
	bool eof = false, bom_checked = start != 0, cut = false;
	int st = 0;

	if (r->pl) {
		/* the second thread: a regular file, read with pread(2) */
	} else if (lseek(fd, (off_t)start, SEEK_SET) == (off_t)-1 &&
	    start > 0) {
		/* a pipe: read up to start */
		int64_t left = start;

		while (left > 0) {
			ssize_t k = read(fd, buf, left < BLOCK ? (size_t)left :
			    BLOCK);
			if (k < 0 && errno == EINTR)
				continue;
			if (k <= 0)
				break;
			left -= k;
		}
		if (left > 0) {
			free(buf);
			return 0; /* nothing after start */
		}
	}
	for (;;) {
		size_t room = BLOCK - have;
		ssize_t k;

		if (stop >= 0 && (int64_t)room >= stop - off - (int64_t)have)
			room = (size_t)(stop - off - (int64_t)have);
		k = !room ? 0 : r->pl ? pread(fd, buf + have, room,
		    (off_t)(off + (int64_t)have)) :
		    read(fd, buf + have, room);

		if (k < 0) {
			if (errno == EINTR)
				continue;
			r->partial = false; /* say it now */
			st = fail(r, CS_EX_IOERR, "%s: cannot read: %s", path,
			    strerror(errno));
			break;
		}
		have += (size_t)k;
		if (stop >= 0 && off + (int64_t)have >= stop)
			cut = true;
		else if (k == 0)
			eof = true;
		skip = 0;
		if (!bom_checked) {
			if (have < 3 && !eof && !cut)
				continue;
			bom_checked = true;
			skip = skip_bom(r, buf, have);
		}
		st = process(r, buf + skip, buf + skip, have - skip,
		    off + (int64_t)skip, eof, &used);
		used += skip;
		if (!st && cut && used != have) {
			r->tainted = true; /* no line feed at stop */
			st = ST_TAINT;
		}
		if (st || eof || cut)
			break;
		memmove(buf, buf + used, have - used);
		off += (int64_t)used;
		have -= used;
	}
	if (!st && !cut)
		st = finish(r, off + (int64_t)have);
	free(buf);
	return st;
}

/* ---- reading on two threads ------------------------------------------- */

/* The second thread (the producer) runs read_fd: libcsv and every check,
 * line number and diagnostic above; where one thread would call the
 * callback or print, it appends the record (its fields packed, with
 * their lengths) or the diagnostic's text to a batch.  Full batches go,
 * in order, through a queue of NBATCH to the calling thread (the
 * consumer), which calls the callback on each record and prints each
 * diagnostic, in file order, then hands the batch back.  A callback that
 * stops the read sets stop: the producer gives up at its next batch.
 * The offsets a record leaves in at->end and at->end_line, were the read
 * stopped there, travel with it. */

#define THREADS_MIN (4 * 1024 * 1024) /* smaller files: one thread */
#define NBATCH      4
#define BATCH_ROWS  4096
#define BATCH_TEXT  (512 * 1024)


struct entry {          /* a record, or a diagnostic (nf < 0) */
	long line;
	int64_t offset;
	int64_t end;        /* r->end and r->end_line when it was read */
	long end_line;
	size_t text;        /* a diagnostic: its text in the batch's */
	size_t f0;          /* a record: its first field in foff, flen */
	int nf;
};

struct batch {
	char *text;
	size_t tlen, tcap;
	size_t *foff, *flen;
	size_t nfld, fcap;
	struct entry *e;
	size_t ne, ecap;
	bool last;          /* the producer's last: its status and end */
	int status;
	int64_t end;
	long end_line;
	struct batch *next;
	/* reading in chunks: the last batch of a chunk says how it ended */
	bool chunk_end;
	bool tainted;       /* its reader's tainted */
	bool last_chunk;    /* it ran to the end of the input */
	int64_t safe;       /* its reader's safe, safe_line */
	long safe_line;
	long next_line;     /* its reader's line at its end */
	int ncols;          /* CSV_READ_HEADER: the header's fields, and */
	char *header;       /* names (the first chunk), else the first
	                       row's fields */
	int64_t stop;       /* where the chunk ends */
};

struct pipeline {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct batch *full, *full_tail; /* filled, in file order */
	struct batch *spare;            /* for the producer to fill */
	bool stop;                      /* the consumer is done */
	int fd;
	const char *path;
	int64_t start;
	struct batch all[NBATCH];
};

static void
batch_reset(struct batch *b)
{
	b->tlen = b->nfld = b->ne = 0;
	b->last = false;
	b->next = NULL;
	b->chunk_end = false;
	b->header = NULL;
}

static struct entry *
batch_entry(struct batch *b)
{
	if (b->ne == b->ecap)
		xgrow(&b->e, &b->ecap, b->ne + 1, sizeof *b->e);
	return &b->e[b->ne++];
}

static void
batch_text(struct batch *b, size_t n)
{
	if (b->tlen + n > b->tcap)
		xgrow(&b->text, &b->tcap, b->tlen + n, 1);
}

/* Under pl->mu. */
static void
queue_full(struct pipeline *pl, struct batch *b)
{
	b->next = NULL;
	if (pl->full_tail)
		pl->full_tail->next = b;
	else
		pl->full = b;
	pl->full_tail = b;
	pthread_cond_broadcast(&pl->cv);
}

/* The producer hands its batch over and takes a spare one. */
static int
post_batch(struct reader *r)
{
	struct pipeline *pl = r->pl;
	struct batch *b;

	pthread_mutex_lock(&pl->mu);
	queue_full(pl, r->b);
	while (!pl->spare && !pl->stop)
		pthread_cond_wait(&pl->cv, &pl->mu);
	if (pl->stop) {
		pthread_mutex_unlock(&pl->mu);
		r->b = NULL;
		return ST_STOPPED;
	}
	b = pl->spare;
	pl->spare = b->next;
	pthread_mutex_unlock(&pl->mu);
	batch_reset(b);
	r->b = b;
	return 0;
}

/* deliver, on the producer: rec's fields lie in base[0..span). */
static int
post_row(struct reader *r, const struct csv_rec *rec, const char *base,
         size_t span)
{
	struct batch *b = r->b;
	struct entry *e = batch_entry(b);
	size_t at = b->tlen;

	batch_text(b, span);
	memcpy(b->text + at, base, span);
	b->tlen += span;
	if (b->nfld + (size_t)rec->nf > b->fcap) {
		size_t cap = b->fcap;

		xgrow(&b->foff, &cap, b->nfld + (size_t)rec->nf,
		    sizeof *b->foff);
		xgrow(&b->flen, &b->fcap, b->nfld + (size_t)rec->nf,
		    sizeof *b->flen);
	}
	for (int i = 0; i < rec->nf; i++) {
		b->foff[b->nfld + (size_t)i] = at + (size_t)(rec->f[i] - base);
		b->flen[b->nfld + (size_t)i] = rec->len[i];
	}
	e->line = rec->line;
	e->offset = rec->offset;
	e->end = r->end;
	e->end_line = r->end_line;
	e->f0 = b->nfld;
	e->nf = rec->nf;
	b->nfld += (size_t)rec->nf;
	if (b->ne >= BATCH_ROWS || b->tlen >= BATCH_TEXT)
		return post_batch(r);
	return 0;
}

/* fail, on the producer: the message as cs_vwarn would print it. */
static void
post_diag(struct reader *r, const char *fmt, va_list ap)
{
	struct batch *b = r->b;
	struct entry *e = batch_entry(b);
	const char *tfmt = cs_tr(fmt);
	va_list aq;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, tfmt, aq);
	va_end(aq);
	if (n < 0)
		n = 0;
	batch_text(b, (size_t)n + 1);
	vsnprintf(b->text + b->tlen, (size_t)n + 1, tfmt, ap);
	b->text[b->tlen + (size_t)n] = '\0';
	memset(e, 0, sizeof *e);
	e->nf = -1;
	e->text = b->tlen;
	b->tlen += (size_t)n + 1;
}

static void *
producer(void *arg)
{
	struct reader *r = arg;
	struct pipeline *pl = r->pl;
	int st = read_fd(r, pl->fd, pl->path, pl->start, -1);

	if (st == ST_STOPPED)
		return NULL;
	r->b->last = true;
	r->b->status = st;
	r->b->end = r->end;
	r->b->end_line = r->end_line;
	pthread_mutex_lock(&pl->mu);
	queue_full(pl, r->b);
	pthread_mutex_unlock(&pl->mu);
	r->b = NULL;
	return NULL;
}

/* The consumer: csv_read_at's work when two_threads says so. */
static int
read_two(struct reader *r, int fd, const char *path, struct csv_at *at)
{
	struct pipeline *pl = xcalloc(1, sizeof *pl);
	csv_rec_fn fn = r->fn;
	void *ctx = r->ctx;
	const char *name = r->name;
	char **fptr = NULL;
	size_t fcap = 0;
	pthread_t th;
	bool done = false;
	int st = 0;

	(void)cs_tr(""); /* the messages' language, chosen on this thread */
	pthread_mutex_init(&pl->mu, NULL);
	pthread_cond_init(&pl->cv, NULL);
	for (int i = 1; i < NBATCH; i++) {
		pl->all[i].next = pl->spare;
		pl->spare = &pl->all[i];
	}
	pl->fd = fd;
	pl->path = path;
	pl->start = at->start;
	r->pl = pl;
	r->b = &pl->all[0];
	if (lseek(fd, (off_t)at->start, SEEK_SET) == (off_t)-1 ||
	    pthread_create(&th, NULL, producer, r) != 0) {
		r->pl = NULL;
		r->b = NULL;
		st = ST_NOTHREAD;
		goto out;
	}
	while (!done) {
		struct batch *b;

		pthread_mutex_lock(&pl->mu);
		while (!pl->full)
			pthread_cond_wait(&pl->cv, &pl->mu);
		b = pl->full;
		if (!(pl->full = b->next))
			pl->full_tail = NULL;
		pthread_mutex_unlock(&pl->mu);

		for (size_t i = 0; i < b->ne && !done; i++) {
			const struct entry *e = &b->e[i];
			struct csv_rec rec;

			if (e->nf < 0) {
				cs_warn("%s", b->text + e->text);
				continue;
			}
			if (!fn)
				continue;
			if ((size_t)e->nf > fcap)
				xgrow(&fptr, &fcap, (size_t)e->nf, sizeof *fptr);
			for (int k = 0; k < e->nf; k++)
				fptr[k] = b->text + b->foff[e->f0 + (size_t)k];
			rec.file = name;
			rec.line = e->line;
			rec.nf = e->nf;
			rec.f = fptr;
			rec.len = b->flen + e->f0;
			rec.offset = e->offset;
			if ((st = fn(&rec, ctx)) != 0) {
				at->end = e->end;
				at->end_line = e->end_line;
				done = true;
			}
		}
		if (!done && b->last) {
			st = b->status;
			at->end = b->end;
			at->end_line = b->end_line;
			done = true;
		}
		pthread_mutex_lock(&pl->mu);
		b->next = pl->spare;
		pl->spare = b;
		pl->stop = done;
		pthread_cond_broadcast(&pl->cv);
		pthread_mutex_unlock(&pl->mu);
	}
	pthread_join(th, NULL);
	r->pl = NULL;
	r->b = NULL;
out:
	for (int i = 0; i < NBATCH; i++) {
		free(pl->all[i].text);
		free(pl->all[i].foff);
		free(pl->all[i].flen);
		free(pl->all[i].e);
	}
	pthread_cond_destroy(&pl->cv);
	pthread_mutex_destroy(&pl->mu);
	free(pl);
	free(fptr);
	return st;
}

/* ---- reading in chunks ------------------------------------------------- */

/* A large file is cut into chunks of CHUNK bytes or so, each ending after
 * a line feed, and two producers read every other chunk each, at the same
 * time, with a reader of their own: the first chunk from the start as
 * above; each other one as if it started between records, the header
 * read (spec): its lines numbered from 1, its diagnostics not said (the
 * reader is tainted and stops there instead).  The consumer takes the
 * chunks in file order and trusts a chunk only if the one before it
 * ended cleanly where it starts: the last line of the chunk before ended
 * between records, with every record delivered and nothing said; then
 * the chunk's records are those one reader would deliver, their line
 * numbers shifted by the lines before the chunk, and, with a header, its
 * first row has as many fields as the header (it checks the rows after
 * it).  Where a chunk is not trusted, or is tainted, the rest of the file
 * is read as above (read_two) from the last point between records before
 * it, with the state one reader would have there: the same records,
 * diagnostics and status, in the same order. */

#define CHUNK (1024 * 1024)

struct par;

struct par_prod {
	struct par *pa;
	struct pipeline pl;
	struct batch *cur;  /* the batch to fill next */
	long first;         /* its first chunk: 0 or 1 */
	pthread_t th;
};

struct par {
	int fd;
	const char *path, *name;
	unsigned flags;
	int64_t start, size, chunk;
	long line;
	int want_nf;
	struct par_prod prod[2];
};

/* Where chunk k starts: after the first line feed at or after its
 * nominal start; size if there is none (no chunk k). */
static int64_t
chunk_start(const struct par *pa, long k)
{
	char buf[4096];
	int64_t at;

	if (k == 0)
		return pa->start;
	at = pa->start + (int64_t)k * pa->chunk - 1;
	while (at < pa->size) {
		size_t want = sizeof buf;
		ssize_t n;
		const char *nl;

		if ((int64_t)want > pa->size - at)
			want = (size_t)(pa->size - at);
		n = pread(pa->fd, buf, want, (off_t)at);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		if ((nl = memchr(buf, '\n', (size_t)n)) != NULL)
			return at + (nl - buf) + 1;
		at += n;
	}
	return pa->size;
}

static void *
par_producer(void *arg)
{
	struct par_prod *pp = arg;
	struct par *pa = pp->pa;

	for (long k = pp->first;; k += 2) {
		int64_t from = chunk_start(pa, k), to;
		struct reader r;
		struct batch *b;
		bool last;
		int st;

		if (k > 0 && from >= pa->size)
			break; /* no chunk k: the consumer stops before it */
		to = chunk_start(pa, k + 1);
		last = to >= pa->size;
		reader_init(&r, pa->name, pa->flags, NULL, NULL, from,
		    k == 0 ? pa->line : 1);
		r.want_nf = pa->want_nf;
		if (k > 0) {
			r.spec = true;
			r.from_top = false;
			r.nrec = 1;
			r.ncols = -1;
		}
		r.pl = &pp->pl;
		r.b = pp->cur;
		st = read_fd(&r, pa->fd, pa->path, from, last ? -1 : to);
		if (st == ST_STOPPED) {
			reader_free(&r);
			break;
		}
		b = r.b;
		b->chunk_end = true;
		b->status = st;
		b->tainted = r.tainted;
		b->last_chunk = last;
		b->end = r.end;
		b->end_line = r.end_line;
		b->safe = r.safe;
		b->safe_line = r.safe_line;
		b->next_line = r.line;
		b->ncols = r.ncols;
		b->header = k == 0 ? xstrdup(sb_str(&r.header)) : NULL;
		b->stop = to;
		st = post_batch(&r) || st || last ? 1 : 0;
		pp->cur = r.b;
		reader_free(&r);
		if (st)
			break;
	}
	return NULL;
}

static void
par_stop(struct par *pa, int n)
{
	for (int i = 0; i < n; i++) {
		struct pipeline *pl = &pa->prod[i].pl;

		pthread_mutex_lock(&pl->mu);
		pl->stop = true;
		pthread_cond_broadcast(&pl->cv);
		pthread_mutex_unlock(&pl->mu);
	}
	for (int i = 0; i < n; i++)
		pthread_join(pa->prod[i].th, NULL);
}

/* The consumer: csv_read_at's work for a file of size bytes. */
static int
read_par(struct reader *r0, int fd, const char *path, struct csv_at *at,
         int64_t size, int64_t chunk)
{
	struct par *pa = xcalloc(1, sizeof *pa);
	char **fptr = NULL, *header = NULL;
	size_t fcap = 0;
	long k = 0, adj = 0, nrec = 0, rs_line = 0;
	int64_t rs_off = -1, cstart = at->start;
	int ncols = -1, last_nf = 0, st = 0, started = 0;
	bool done = false;

	(void)cs_tr(""); /* the messages' language, chosen on this thread */
	pa->fd = fd;
	pa->path = path;
	pa->name = r0->name;
	pa->flags = r0->flags;
	pa->start = at->start;
	pa->size = size;
	pa->chunk = chunk;
	pa->line = r0->line;
	pa->want_nf = r0->want_nf;
	for (int i = 0; i < 2; i++) {
		struct par_prod *pp = &pa->prod[i];

		pp->pa = pa;
		pp->first = i;
		pthread_mutex_init(&pp->pl.mu, NULL);
		pthread_cond_init(&pp->pl.cv, NULL);
		for (int j = 1; j < NBATCH; j++) {
			pp->pl.all[j].next = pp->pl.spare;
			pp->pl.spare = &pp->pl.all[j];
		}
		pp->cur = &pp->pl.all[0];
	}
	for (; started < 2; started++)
		if (pthread_create(&pa->prod[started].th, NULL, par_producer,
		    &pa->prod[started]) != 0)
			break;
	if (started < 2) {
		par_stop(pa, started);
		st = ST_NOTHREAD;
		goto out;
	}
	while (!done && rs_off < 0) {
		struct pipeline *pl = &pa->prod[k % 2].pl;
		bool first = true, end = false;

		while (!end && !done && rs_off < 0) {
			struct batch *b;

			pthread_mutex_lock(&pl->mu);
			while (!pl->full)
				pthread_cond_wait(&pl->cv, &pl->mu);
			b = pl->full;
			if (!(pl->full = b->next))
				pl->full_tail = NULL;
			pthread_mutex_unlock(&pl->mu);

			for (size_t i = 0; i < b->ne && !done; i++) {
				const struct entry *e = &b->e[i];
				struct csv_rec rec;

				if (e->nf < 0) { /* the first chunk only */
					cs_warn("%s", b->text + e->text);
					continue;
				}
				if (k > 0 && first &&
				    (pa->flags & CSV_READ_HEADER) &&
				    e->nf != ncols) {
					rs_off = cstart;
					rs_line = adj + 1;
					break;
				}
				first = false;
				nrec++;
				last_nf = e->nf;
				if (!r0->fn)
					continue;
				if ((size_t)e->nf > fcap)
					xgrow(&fptr, &fcap, (size_t)e->nf,
					    sizeof *fptr);
				for (int j = 0; j < e->nf; j++)
					fptr[j] = b->text +
					    b->foff[e->f0 + (size_t)j];
				rec.file = r0->name;
				rec.line = e->line + adj;
				rec.nf = e->nf;
				rec.f = fptr;
				rec.len = b->flen + e->f0;
				rec.offset = e->offset;
				if ((st = r0->fn(&rec, r0->ctx)) != 0) {
					at->end = e->end;
					at->end_line = e->end_line + adj;
					done = true;
				}
			}
			if (!done && rs_off < 0 && b->chunk_end) {
				end = true;
				if (k == 0) {
					ncols = b->ncols;
					header = b->header;
					b->header = NULL;
				}
				if (b->tainted) {
					rs_off = b->safe;
					rs_line = b->safe_line + adj;
				} else if (b->status || b->last_chunk) {
					st = b->status;
					at->end = b->end;
					at->end_line = b->end_line + adj;
					done = true;
				} else if (b->safe != b->stop ||
				    ((pa->flags & CSV_READ_HEADER) && !nrec)) {
					/* the next chunk starts inside a
					 * record, or before the header */
					rs_off = b->safe;
					rs_line = b->safe_line + adj;
				} else {
					cstart = b->stop;
					adj += b->next_line - 1;
				}
			}
			pthread_mutex_lock(&pl->mu);
			b->next = pl->spare;
			pl->spare = b;
			pthread_cond_broadcast(&pl->cv);
			pthread_mutex_unlock(&pl->mu);
		}
		k++;
	}
	par_stop(pa, 2);
	if (rs_off >= 0) {
		/* the rest on one reader, from the last point between
		 * records */
		struct reader r;
		struct csv_at a = *at;

		reader_init(&r, r0->name, r0->flags, r0->fn, r0->ctx, rs_off,
		    rs_line);
		r.want_nf = r0->want_nf;
		r.from_top = at->start == 0;
		r.nrec = nrec;
		r.last_nf = last_nf;
		if (nrec && (r0->flags & CSV_READ_HEADER)) {
			r.ncols = ncols;
			sb_adds(&r.header, header ? header : "");
		}
		a.start = rs_off;
		if ((st = read_two(&r, fd, path, &a)) == ST_NOTHREAD) {
			st = read_fd(&r, fd, path, rs_off, -1);
			a.end = r.end;
			a.end_line = r.end_line;
		}
		at->end = a.end;
		at->end_line = a.end_line;
		reader_free(&r);
	}
out:
	for (int i = 0; i < 2; i++) {
		struct pipeline *pl = &pa->prod[i].pl;

		for (int j = 0; j < NBATCH; j++) {
			free(pl->all[j].text);
			free(pl->all[j].foff);
			free(pl->all[j].flen);
			free(pl->all[j].e);
			free(pl->all[j].header);
		}
		pthread_cond_destroy(&pl->cv);
		pthread_mutex_destroy(&pl->mu);
	}
	free(pa);
	free(fptr);
	free(header);
	return st;
}

/* A regular file with at least CS_THREADS_MIN bytes (default 4 MiB)
 * after start, on a machine with two cores or more, unless CS_THREADS=1. */
static bool
two_threads(int fd, int64_t start, int64_t *size)
{
	const char *e = getenv("CS_THREADS");
	long long min = THREADS_MIN;
	struct stat sb;

	if (e && strcmp(e, "1") == 0)
		return false;
	if ((e = getenv("CS_THREADS_MIN")) && *e)
		min = strtoll(e, NULL, 10);
	else if (sysconf(_SC_NPROCESSORS_ONLN) < 2)
		return false;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode))
		return false;
	*size = (int64_t)sb.st_size;
	return (long long)sb.st_size - start >= min && sb.st_size > start;
}

int
csv_read_at(const char *path, int fd, struct csv_at *at, unsigned flags,
            csv_rec_fn fn, void *ctx)
{
	bool from_stdin = strcmp(path, "-") == 0;
	bool own = fd < 0 && !from_stdin;
	struct reader r;
	int64_t size = 0, chunk = CHUNK;
	const char *e = getenv("CS_CHUNK");
	int st = ST_NOTHREAD;

	if (e && *e && strtoll(e, NULL, 10) > 0)
		chunk = strtoll(e, NULL, 10);
	at->end = at->start;
	at->end_line = at->line > 0 ? at->line : 1;
	if (own && (fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		if (errno == ENOENT && (flags & CSV_READ_MISSING_OK))
			return 0;
		if (!(flags & CSV_READ_QUIET))
			cs_warn("%s: cannot open: %s", path, strerror(errno));
		return CS_EX_NOINPUT;
	}
	if (fd < 0)
		fd = 0;
	reader_init(&r, from_stdin ? "stdin" : path_base(path), flags, fn,
	    ctx, at->start, at->line);
	r.want_nf = at->ncols;
	/* a read that stops after the header: one thread */
	bool many = !(flags & CSV_READ_SHORT) &&
	    two_threads(fd, at->start, &size);
	if (many && size - at->start > chunk)
		st = read_par(&r, fd, path, at, size, chunk);
	if (st == ST_NOTHREAD && (!many ||
	    (st = read_two(&r, fd, path, at)) == ST_NOTHREAD)) {
		st = read_fd(&r, fd, path, at->start, -1);
		at->end = r.end;
		at->end_line = r.end_line;
	}
	reader_free(&r);
	if (own)
		close(fd);
	return st;
}

int
csv_read(const char *path, int64_t start, unsigned flags, csv_rec_fn fn,
         void *ctx, int64_t *end)
{
	struct csv_at at = {.start = start, .line = 1};
	int st = csv_read_at(path, -1, &at, flags, fn, ctx);

	if (end)
		*end = at.end;
	return st;
}

int
csv_read_mem(const char *name, const char *buf, size_t n, unsigned flags,
             csv_rec_fn fn, void *ctx)
{
	struct reader r;
	size_t skip, used;
	int st;

	reader_init(&r, name, flags, fn, ctx, 0, 1);
	skip = skip_bom(&r, buf, n);
	st = process(&r, buf + skip, NULL, n - skip, (int64_t)skip, true,
	    &used);
	if (!st)
		st = finish(&r, (int64_t)n);
	reader_free(&r);
	return st;
}

/* ---- tables ------------------------------------------------------------ */

/* n strings in one allocation: the pointers, then the bytes. */
static char **
pack_fields(char *const f[], const size_t len[], int n)
{
	size_t bytes = 0;
	char **v, *p;

	for (int i = 0; i < n; i++)
		bytes += len[i] + 1;
	v = xmalloc((size_t)n * sizeof *v + bytes);
	p = (char *)(v + n);
	for (int i = 0; i < n; i++) {
		memcpy(p, f[i], len[i]);
		p[len[i]] = '\0';
		v[i] = p;
		p += len[i] + 1;
	}
	return v;
}

struct table_load {
	struct csv_table *t;
	size_t cap;
};

static int
table_rec(const struct csv_rec *r, void *ctx)
{
	struct table_load *tl = ctx;
	struct csv_table *t = tl->t;

	if (!t->cols) {
		t->cols = pack_fields(r->f, r->len, r->nf);
		t->ncols = r->nf;
		return 0;
	}
	xgrow(&t->rows, &tl->cap, t->nrows + 1, sizeof *t->rows);
	t->rows[t->nrows].line = r->line;
	t->rows[t->nrows].f = pack_fields(r->f, r->len, r->nf);
	t->nrows++;
	return 0;
}

int
csv_table_load(const char *path, unsigned flags, struct csv_table *t)
{
	struct table_load tl = {t, 0};
	int st;

	memset(t, 0, sizeof *t);
	t->path = xstrdup(path);
	t->file = xstrdup(strcmp(path, "-") == 0 ? "stdin" : path_base(path));
	st = csv_read(path, 0, flags | CSV_READ_HEADER, table_rec, &tl, NULL);
	if (st)
		csv_table_free(t);
	return st;
}

void
csv_table_free(struct csv_table *t)
{
	for (size_t i = 0; i < t->nrows; i++)
		free(t->rows[i].f);
	free(t->rows);
	free(t->cols);
	free(t->path);
	free(t->file);
	memset(t, 0, sizeof *t);
}

int
csv_col(const struct csv_table *t, const char *name)
{
	return find_col(t->ncols, t->cols, name);
}

int
csv_require(const char *file, int ncols, char *const cols[],
            const char *const names[], int idx[])
{
	struct sbuf missing = {0}, have = {0};
	int nmissing = 0;

	for (int i = 0; names[i]; i++) {
		idx[i] = find_col(ncols, cols, names[i]);
		if (idx[i] >= 0)
			continue;
		if (nmissing++)
			sb_adds(&missing, ", ");
		sb_adds(&missing, names[i]);
	}
	if (!nmissing)
		return 0;
	for (int i = 0; i < ncols; i++) {
		if (i)
			sb_addc(&have, ',');
		sb_adds(&have, cols[i]);
	}
	if (ncols)
		cs_warn("%s: missing column%s %s (header has: %s)", file,
		    nmissing > 1 ? "s" : "", sb_str(&missing), sb_str(&have));
	else
		cs_warn("%s: missing column%s %s (the file has no header)",
		    file, nmissing > 1 ? "s" : "", sb_str(&missing));
	sb_free(&missing);
	sb_free(&have);
	return CS_EX_DATAERR;
}

/* ---- writing ----------------------------------------------------------- */

/* The bytes that make a field quoted wherever they are. */
static const unsigned char csv_special[256] = {
	[','] = 1, ['"'] = 1, ['\r'] = 1, ['\n'] = 1,
};

/* s's length, and in *quote whether it is written quoted: one pass over
 * it (the rows of a long listing are many short fields). */
static size_t
field_scan(const char *s, bool *quote)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char any = 0;
	size_t n;

	while (*p)
		any |= csv_special[*p++];
	n = (size_t)(p - (const unsigned char *)s);
	*quote = any != 0;
	if (n == 0 || *quote)
		return n;
	if (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t')
		*quote = true;
	/* a BOM starting a file would be read as no data */
	else if (n >= 3 && memcmp(s, utf8_bom, 3) == 0)
		*quote = true;
	return n;
}

void
csv_format_row(struct sbuf *b, const char *const f[], int n)
{
	for (int i = 0; i < n; i++) {
		const char *s = f[i] ? f[i] : "";
		bool quote;
		size_t len = field_scan(s, &quote);

		/* A lone empty field is written "" or it reads back as a
		 * blank line, which is no record at all. */
		if (quote || (n == 1 && len == 0)) {
			size_t room = 2 * len + 2;

			xgrow(&b->s, &b->cap, b->len + room + 2, 1);
			if (i)
				b->s[b->len++] = ',';
			b->len += csv_write(b->s + b->len, room, s, len);
		} else {
			xgrow(&b->s, &b->cap, b->len + len + 2, 1);
			if (i)
				b->s[b->len++] = ',';
			memcpy(b->s + b->len, s, len);
			b->len += len;
		}
	}
	xgrow(&b->s, &b->cap, b->len + 2, 1);
	b->s[b->len++] = '\n';
	b->s[b->len] = '\0';
}

int
csv_one_keep(const struct csv_rec *r, void *ctx)
{
	struct csv_one *w = ctx;
	size_t at = 0;

	if (r->nf > CSV_ONE_MAX)
		return CSV_ONE_STOP - 1;
	sb_reset(&w->text);
	for (int i = 0; i < r->nf; i++)
		sb_add(&w->text, r->f[i], r->len[i] + 1);
	for (int i = 0; i < r->nf; i++) {
		w->f[i] = w->text.s + at;
		w->len[i] = r->len[i];
		at += r->len[i] + 1;
	}
	w->nf = r->nf;
	w->offset = r->offset;
	w->got = true;
	return CSV_ONE_STOP;
}

int
csv_one_at(int fd, const char *name, int64_t off, int ncols,
           struct csv_one *w)
{
	size_t want = 4096;
	char *buf = NULL;
	ssize_t k;
	int st = -1;

	w->got = false;
	while (want <= 64 * 1024 * 1024) {
		buf = xrealloc(buf, want);
		k = pread(fd, buf, want, (off_t)off);
		if (k <= 0)
			break;
		if (csv_read_mem(name, buf, (size_t)k, CSV_READ_LEDGER |
		    CSV_READ_QUIET, csv_one_keep, w) == CSV_ONE_STOP && w->got) {
			w->offset = off;
			st = w->nf == ncols ? 0 : -1;
			break;
		}
		if ((size_t)k < want)
			break; /* the end of the file, and no whole row */
		want *= 4;
	}
	free(buf);
	return st;
}
