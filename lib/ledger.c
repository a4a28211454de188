/* ledger.c - append-only ledgers.
 *
 * Rows are never rewritten.  A writer opens the file O_APPEND|O_NOFOLLOW,
 * takes an exclusive flock (waiting a bounded time), checks the ledger
 * from the furthest point known to end a row (a mark of a checkpoint or
 * index in DIR/.cs-cache, else the start) to its end with the one CSV
 * reader: a torn tail left by a crash is set aside, a quote left open
 * that takes in rows is refused.  Then it checks the header of an old
 * file, and appends rows with one write() and an fsync before the lock
 * goes; a file it created gets its header with its first rows, and is
 * removed again if none are written.  With a mark at the end of the last
 * append, the cost of an append does not grow with the ledger. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* flock */
#endif
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cs.h"

#define TAIL_BLOCK (64 * 1024)        /* first look at the tail */
#define TAIL_MAX   (16 * 1024 * 1024) /* beyond this, scan from the start */
#define PROBE_MAX  (64 * 1024 * 1024) /* bytes handed to the parser trying
                                         record starts (a bound) */

enum { STOP = -1 }; /* a record callback's "enough" */

/* The last record a scan saw, copied. */
struct lastrec {
	long n;             /* records seen */
	int nf;
	struct sbuf text;   /* the fields, each followed by a NUL */
	int64_t offset;
};

static const char *
ledger_name(const struct ledger_w *w)
{
	return path_base(w->path);
}

static int
keep_last(const struct csv_rec *r, void *ctx)
{
	struct lastrec *lr = ctx;

	sb_reset(&lr->text);
	for (int i = 0; i < r->nf; i++)
		sb_add(&lr->text, r->f[i], r->len[i] + 1);
	lr->nf = r->nf;
	lr->offset = r->offset;
	lr->n++;
	return 0;
}

/* A candidate start of the last record yields one record, no more. */
static int
keep_only(const struct csv_rec *r, void *ctx)
{
	struct lastrec *lr = ctx;

	if (lr->n > 0)
		return STOP;
	return keep_last(r, ctx);
}

static int
keep_first(const struct csv_rec *r, void *ctx)
{
	keep_last(r, ctx);
	return STOP;
}

/* The fields of lr as one allocation: the pointers, then the bytes. */
static char **
lastrec_fields(const struct lastrec *lr)
{
	char **v = xmalloc((size_t)lr->nf * sizeof *v + lr->text.len + 1);
	char *p = (char *)(v + lr->nf);

	memcpy(p, sb_str(&lr->text), lr->text.len);
	for (int i = 0; i < lr->nf; i++) {
		v[i] = p;
		p += strlen(p) + 1;
	}
	return v;
}

static char **
copy_fields(char *const f[], int n)
{
	struct lastrec lr = {0};
	char **v;

	for (int i = 0; i < n; i++)
		sb_add(&lr.text, f[i], strlen(f[i]) + 1);
	lr.nf = n;
	v = lastrec_fields(&lr);
	sb_free(&lr.text);
	return v;
}

static int
read_at(const struct ledger_w *w, char *buf, size_t n, int64_t off)
{
	size_t done = 0;

	while (done < n) {
		ssize_t k = pread(w->fd, buf + done, n - done,
		    (off_t)(off + (int64_t)done));
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			cs_warn("%s: cannot read: %s", ledger_name(w),
			    k < 0 ? strerror(errno) : "file shrank while read");
			return CS_EX_IOERR;
		}
		done += (size_t)k;
	}
	return 0;
}

static int
write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t k = write(fd, s, n);

		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			return -1;
		if (k == 0) {
			errno = ENOSPC;
			return -1;
		}
		s += k;
		n -= (size_t)k;
	}
	return 0;
}

static int
file_size(const struct ledger_w *w, int64_t *size)
{
	struct stat sb;

	if (fstat(w->fd, &sb) < 0) {
		cs_warn("%s: cannot stat: %s", ledger_name(w), strerror(errno));
		return CS_EX_IOERR;
	}
	*size = (int64_t)sb.st_size;
	return 0;
}

/* *end: the offset just after the last '\n' before size, or 0. */
static int
last_newline_end(const struct ledger_w *w, int64_t size, int64_t *end)
{
	char *buf = xmalloc(TAIL_BLOCK);
	int64_t hi = size;
	int st = 0;

	*end = 0;
	while (hi > 0) {
		int64_t lo = hi > TAIL_BLOCK ? hi - TAIL_BLOCK : 0;
		size_t n = (size_t)(hi - lo);

		if ((st = read_at(w, buf, n, lo)))
			break;
		while (n > 0 && buf[n - 1] != '\n')
			n--;
		if (n > 0) {
			*end = lo + (int64_t)n;
			break;
		}
		hi = lo;
	}
	free(buf);
	return st;
}

/* Reads the whole ledger: *good_end gets the end of the last complete
 * record (a torn tail follows it), lr the last record. */
static int
scan_all(struct ledger_w *w, int64_t *good_end, struct lastrec *lr)
{
	int st;

	lr->n = 0;
	st = csv_read(w->path, 0, CSV_READ_LEDGER | CSV_READ_QUIET, keep_last,
	    lr, good_end);
	if (st) { /* again, to say why */
		int again = csv_read(w->path, 0, CSV_READ_LEDGER, NULL, NULL,
		    NULL);
		if (again)
			st = again;
	}
	return st;
}

/* Finds the last complete record ending at or before region_end (0 or
 * just after a '\n') and where the complete records end (*good_end).
 *
 * Tries the starts of lines from the end: in a valid file, parsing from
 * a line that starts inside a quoted field flips the sense of every quote
 * after it, so it fails (a misplaced quote, or still inside quotes at the
 * end); the first line from which the region parses cleanly into exactly
 * one record of ncols fields starts the last record.  When a crash cut a
 * record inside quotes the sense is flipped for the whole tail, and a line
 * of the cut field could parse cleanly: the field count guards against
 * that.  If no line in the last 16 MiB will do, the whole file is read
 * from the start, which is exact. */
static int
find_last(struct ledger_w *w, int64_t region_end, int ncols,
          int64_t *good_end, struct lastrec *lr)
{
	int64_t wlen = TAIL_BLOCK, wstart, below = region_end, probed = 0;
	char *buf = NULL;
	int st;

	lr->n = 0;
	*good_end = region_end;
	if (region_end == 0)
		return 0;
	while (wlen <= TAIL_MAX) {
		wstart = region_end > wlen ? region_end - wlen : 0;
		buf = xrealloc(buf, (size_t)(region_end - wstart));
		if ((st = read_at(w, buf, (size_t)(region_end - wstart),
		    wstart))) {
			free(buf);
			return st;
		}
		for (int64_t c = below - 1; c >= wstart; c--) {
			if (c > 0 && (c == wstart || buf[c - 1 - wstart] != '\n'))
				continue;
			lr->n = 0;
			st = csv_read_mem(ledger_name(w), buf + (c - wstart),
			    (size_t)(region_end - c), CSV_READ_QUIET,
			    keep_only, lr);
			if (st == 0 && lr->n > 0 && lr->nf == ncols) {
				lr->offset += c;
				free(buf);
				return 0;
			}
			probed += region_end - c;
			if (c == 0 || probed > PROBE_MAX)
				goto whole;
		}
		below = wstart + 1;
		wlen *= 16;
	}
whole:
	free(buf);
	return scan_all(w, good_end, lr);
}

/* The ledger's first record (its header) among its first size bytes:
 * lr->n is 0 if there is none. */
static int
read_first(struct ledger_w *w, int64_t size, struct lastrec *lr)
{
	size_t want = 4096, n;
	char *buf = NULL;
	int st = 0;

	lr->n = 0;
	for (;;) {
		if ((int64_t)want > size)
			want = (size_t)size;
		buf = xrealloc(buf, want);
		if ((st = read_at(w, buf, want, 0)))
			break;
		n = want;
		if ((int64_t)want < size)
			while (n > 0 && buf[n - 1] != '\n')
				n--;
		if (n > 0) {
			st = csv_read_mem(ledger_name(w), buf, n,
			    CSV_READ_HEADER, keep_first, lr);
			if (st == STOP)
				st = 0;
			if (st || lr->n > 0)
				break;
		}
		if ((int64_t)want >= size)
			break;
		want *= 4;
	}
	free(buf);
	return st;
}

/* Appends bytes [from, to) of the ledger to FILE.torn. */
static int
save_torn(struct ledger_w *w, int64_t from, int64_t to)
{
	char *tpath = xasprintf("%s.torn", w->path);
	char *buf = xmalloc(TAIL_BLOCK);
	struct stat sb;
	off_t before = -1;
	bool nl = false;
	int fd, st = 0;

	fd = open(tpath, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW |
	    O_CLOEXEC, 0640);
	if (fd < 0) {
		int e = errno;

		if (lstat(tpath, &sb) == 0 && S_ISLNK(sb.st_mode))
			cs_warn("%s: is a symbolic link; refusing to write "
			    "through it", tpath);
		else
			cs_warn("%s: cannot open: %s", tpath, strerror(e));
		st = CS_EX_CANTCREAT;
		goto out;
	}
	if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode))
		before = sb.st_size;
	for (int64_t off = from; off < to; ) {
		size_t n = to - off > TAIL_BLOCK ? TAIL_BLOCK :
		    (size_t)(to - off);

		if ((st = read_at(w, buf, n, off)))
			goto out;
		if (write_all(fd, buf, n) < 0)
			goto write_error;
		nl = buf[n - 1] == '\n';
		off += (int64_t)n;
	}
	/* keep one torn tail from running into the next */
	if ((!nl && write_all(fd, "\n", 1) < 0) || fsync(fd) < 0)
		goto write_error;
	goto out;
write_error:
	cs_warn("%s: cannot write: %s", path_base(tpath), strerror(errno));
	st = CS_EX_IOERR;
out:
	/* a failed copy leaves no piece of a tail in FILE.torn (the tail
	 * stays in the ledger for the next writer) */
	if (st && fd >= 0 && before >= 0 && ftruncate(fd, before) == 0)
		fsync(fd);
	if (fd >= 0)
		close(fd);
	free(buf);
	free(tpath);
	return st;
}

/* Where to check the ledger from: the furthest byte a cache mark knows
 * to end a row (with its line, and the header's field count for telling
 * rows), else the start. */
static void
check_from(struct ledger_w *w, int64_t size, struct csv_at *at)
{
	struct lastrec hdr = {0};
	struct cache_mark m;
	char *dir = path_dir(w->path);

	memset(at, 0, sizeof *at);
	at->line = 1;
	if (cache_ledger_mark(dir, w->fd, &m) == 0 && m.offset <= size &&
	    read_first(w, m.offset, &hdr) == 0 && hdr.n > 0 &&
	    hdr.offset < m.offset) {
		at->start = m.offset;
		at->line = (long)m.line;
		at->ncols = hdr.nf;
	}
	sb_free(&hdr.text);
	free(dir);
}

/* A crash may have left part of a write after the last complete record:
 * that part was never acknowledged.  Copy it to FILE.torn, then cut it.
 * What is torn is what every reader leaves out (csv.c decides); a quote
 * left open that takes in rows is an error (CS_EX_DATAERR, said why), and
 * nothing is cut. */
static int
set_aside_torn(struct ledger_w *w, int64_t *size)
{
	struct csv_at at, again;
	int64_t good_end;
	int st;

	check_from(w, *size, &at);
	again = at;
	st = csv_read_at(w->path, w->fd, &at, CSV_READ_LEDGER |
	    CSV_READ_QUIET, NULL, NULL);
	if (st) { /* again, to say why */
		int st2 = csv_read_at(w->path, w->fd, &again, CSV_READ_LEDGER,
		    NULL, NULL);
		return st2 ? st2 : st;
	}
	good_end = at.end;
	if (good_end >= *size)
		return 0;
	if ((st = save_torn(w, good_end, *size)))
		return st;
	if (ftruncate(w->fd, (off_t)good_end) < 0 || fsync(w->fd) < 0) {
		cs_warn("%s: cannot cut the torn last row: %s", ledger_name(w),
		    strerror(errno));
		return CS_EX_IOERR;
	}
	cs_warn("%s: set aside a torn last row (%lld bytes) in %s.torn",
	    ledger_name(w), (long long)(*size - good_end), ledger_name(w));
	*size = good_end;
	return 0;
}

static int
lock_ledger(struct ledger_w *w, double wait)
{
	const struct timespec tick = {0, 10 * 1000 * 1000};
	long ticks = wait > 0 ? (long)(wait * 100 + 0.5) : 0;

	for (long i = 0;; i++) {
		if (flock(w->fd, LOCK_EX | LOCK_NB) == 0)
			return 0;
		if (errno == EINTR)
			continue;
		if (errno != EWOULDBLOCK) {
			cs_warn("%s: cannot lock: %s", ledger_name(w),
			    strerror(errno));
			return CS_EX_IOERR;
		}
		if (i >= ticks) {
			cs_warn("%s: locked by another writer for %g s; try "
			    "again later (or --wait SECONDS)", ledger_name(w),
			    wait);
			return CS_EX_TEMPFAIL;
		}
		nanosleep(&tick, NULL);
	}
}

static int
sync_dir(const char *path)
{
	char *dir = path_dir(path);
	int st = dir_sync(dir, true);

	free(dir);
	return st;
}

/* One write of the whole buffer, then fsync; on any failure the file is
 * cut back to its size before. */
static int
append(struct ledger_w *w, const char *s, size_t n)
{
	int64_t before;
	int st, e;

	if ((st = file_size(w, &before)))
		return st;
	if (write_all(w->fd, s, n) == 0 && fsync(w->fd) == 0)
		return 0;
	e = errno;
	if (ftruncate(w->fd, (off_t)before) == 0)
		fsync(w->fd);
	cs_warn("%s: cannot write: %s", ledger_name(w), strerror(e));
	return CS_EX_IOERR;
}

/* The header, then rows (NULL: none), with one append after the file's
 * directory entry is synced: all of it, or nothing. */
static int
write_header(struct ledger_w *w, const struct sbuf *rows)
{
	struct sbuf b = {0};
	int st;

	if ((st = sync_dir(w->path)))
		return st;
	csv_format_row(&b, (const char *const *)w->cols, w->ncols);
	if (rows)
		sb_add(&b, rows->s, rows->len);
	st = append(w, b.s, b.len);
	sb_free(&b);
	if (st == 0)
		w->fresh = false;
	return st;
}

/* A file this writer created gets its header with its first rows (and
 * is removed if none come); an empty one that was there gets it now. */
static int
new_ledger(struct ledger_w *w, const char *const cols[])
{
	int n;

	for (n = 0; cols[n]; n++)
		;
	w->cols = copy_fields((char *const *)cols, n);
	w->ncols = n;
	w->fresh = true;
	return w->created ? 0 : write_header(w, NULL);
}

/* Opens path for appending (creating it if it is missing: w->created),
 * refusing a symbolic link. */
static int
open_ledger(struct ledger_w *w, const char *path)
{
	struct stat sb;
	int e;

	w->created = false;
	w->fd = open(path, O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC);
	if (w->fd < 0 && errno == ENOENT) {
		w->fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_EXCL |
		    O_NOFOLLOW | O_CLOEXEC, 0640);
		if (w->fd >= 0)
			w->created = true;
		else if (errno == EEXIST && lstat(path, &sb) == 0 &&
		    !S_ISLNK(sb.st_mode))
			return -1; /* made meanwhile: again */
	}
	if (w->fd >= 0)
		return 0;
	e = errno;
	if (lstat(path, &sb) == 0 && S_ISLNK(sb.st_mode))
		cs_warn("%s: is a symbolic link; refusing to write through it",
		    path);
	else
		cs_warn("%s: cannot open: %s", path, strerror(e));
	return CS_EX_CANTCREAT;
}

/* Is the locked file still the one at its path?  A writer that created a
 * ledger and wrote nothing removes it again, under the lock: one that
 * opened it meanwhile must start again. */
static bool
still_there(const struct ledger_w *w)
{
	struct stat a, b;

	return fstat(w->fd, &a) == 0 && lstat(w->path, &b) == 0 &&
	    a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

int
ledger_open(struct ledger_w *w, const char *path, const char *const cols[],
            double wait)
{
	struct lastrec hdr = {0};
	struct stat sb;
	int64_t size;
	int *idx = NULL, st;

	memset(w, 0, sizeof *w);
	w->fd = -1;
	/* A file size limit (ulimit -f) must make a write fail with EFBIG,
	 * which append() undoes, not kill the process halfway through a
	 * row with SIGXFSZ. */
	signal(SIGXFSZ, SIG_IGN);
	w->path = xstrdup(path);
	for (int tries = 0;; tries++) {
		if ((st = open_ledger(w, path)) > 0)
			goto fail;
		if (st == 0 && fstat(w->fd, &sb) == 0 && !S_ISREG(sb.st_mode)) {
			cs_warn("%s: not a regular file", path);
			st = CS_EX_CANTCREAT;
			goto fail;
		}
		if (st == 0 && (st = lock_ledger(w, wait)))
			goto fail;
		if (st == 0 && still_there(w))
			break;
		if (w->fd >= 0)
			close(w->fd);
		w->fd = -1;
		if (tries == 100) {
			cs_warn("%s: cannot open: it keeps being replaced",
			    path);
			st = CS_EX_TEMPFAIL;
			goto fail;
		}
	}
	w->locked = true;
	if ((st = file_size(w, &size)))
		goto fail;
	if (size > 0)
		w->created = false; /* another writer got there first */
	if (size > 0 && (st = set_aside_torn(w, &size)))
		goto fail;
	if (size > 0 && (st = read_first(w, size, &hdr)))
		goto fail;
	if (hdr.n == 0) {
		/* new (or only blank lines) */
		if ((st = new_ledger(w, cols)))
			goto fail;
	} else {
		w->cols = lastrec_fields(&hdr);
		w->ncols = hdr.nf;
	}
	for (w->nknown = 0; cols[w->nknown]; w->nknown++)
		;
	idx = xmalloc(((size_t)w->nknown + 1) * sizeof *idx);
	if ((st = csv_require(ledger_name(w), w->ncols, w->cols, cols, idx)))
		goto fail;
	w->map = xmalloc((size_t)w->ncols * sizeof *w->map);
	for (int i = 0; i < w->ncols; i++)
		w->map[i] = -1;
	for (int j = 0; j < w->nknown; j++)
		w->map[idx[j]] = j;
	free(idx);
	sb_free(&hdr.text);
	return 0;
fail:
	free(idx);
	sb_free(&hdr.text);
	ledger_close(w);
	return st;
}

int
ledger_last(struct ledger_w *w, struct csv_table *last)
{
	struct lastrec first = {0}, lr = {0};
	int64_t size, region_end, good_end;
	int st;

	memset(last, 0, sizeof *last);
	last->path = xstrdup(w->path);
	last->file = xstrdup(ledger_name(w));
	last->ncols = w->ncols;
	last->cols = copy_fields(w->cols, w->ncols);
	if ((st = file_size(w, &size)) ||
	    (st = last_newline_end(w, size, &region_end)) ||
	    (st = find_last(w, region_end, w->ncols, &good_end, &lr)) ||
	    (st = read_first(w, size, &first)))
		goto out;
	if (lr.n == 0 || first.n == 0 || lr.offset <= first.offset)
		goto out; /* nothing but the header */
	if (lr.nf != w->ncols) {
		struct sbuf have = {0};

		for (int i = 0; i < w->ncols; i++) {
			if (i)
				sb_addc(&have, ',');
			sb_adds(&have, w->cols[i]);
		}
		cs_warn("%s: last row has %d field%s, expected %d (header has "
		    "%s)", ledger_name(w), lr.nf, lr.nf == 1 ? "" : "s",
		    w->ncols, sb_str(&have));
		sb_free(&have);
		st = CS_EX_DATAERR;
		goto out;
	}
	last->rows = xmalloc(sizeof *last->rows);
	last->rows[0].line = 0; /* not known without reading it all */
	last->rows[0].f = lastrec_fields(&lr);
	last->nrows = 1;
out:
	sb_free(&first.text);
	sb_free(&lr.text);
	if (st)
		csv_table_free(last);
	return st;
}

int
ledger_col(const struct ledger_w *w, const char *name)
{
	struct csv_table t = {0};

	t.ncols = w->ncols;
	t.cols = w->cols;
	return csv_col(&t, name);
}

void
ledger_row(const struct ledger_w *w, struct sbuf *b, const char *const vals[])
{
	const char **f = xmalloc(((size_t)w->ncols + 1) * sizeof *f);

	for (int i = 0; i < w->ncols; i++)
		f[i] = w->map[i] >= 0 && vals[w->map[i]] ? vals[w->map[i]] : "";
	csv_format_row(b, f, w->ncols);
	free(f);
}

int
ledger_write(struct ledger_w *w, const struct sbuf *rows)
{
	if (rows->len == 0)
		return 0;
	if (w->fresh)
		return write_header(w, rows);
	return append(w, rows->s, rows->len);
}

void
ledger_close(struct ledger_w *w)
{
	if (w->fd >= 0) {
		/* a ledger this writer created and wrote nothing to: gone
		 * again (a writer that opened it meanwhile starts again) */
		if (w->created && w->fresh && w->locked)
			unlink(w->path);
		flock(w->fd, LOCK_UN);
		close(w->fd);
	}
	free(w->path);
	free(w->cols);
	free(w->map);
	memset(w, 0, sizeof *w);
	w->fd = -1;
}
