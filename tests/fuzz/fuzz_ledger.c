/* fuzz_ledger.c - opening a ledger for appending (ledger_open: the torn
 * tail set aside, the header) and appending to it, on any file content.
 *
 * Properties, for any visits-like ledger file F (columns id,a,b):
 *  - ledger_open returns 0 or CS_EX_DATAERR;
 *  - F is only ever cut at its end, and what was cut is in F.torn, byte
 *    for byte, with a line feed added if it had none: nothing is lost;
 *  - no complete record is ever cut: if F reads as a ledger (complete
 *    records up to offset E, perhaps a torn tail after), F keeps at least
 *    E bytes;
 *  - writer and readers agree on what is torn: F keeps exactly the
 *    complete records a reader sees (E bytes), and a ledger_open that
 *    refuses F (say a quote left open that takes in rows) writes nothing
 *    to it;
 *  - after an append, F reads as a ledger with every record it had plus
 *    the new row as its last: a torn tail is never glued to the next row.
 * (CS_FUZZ_STRICT, which used to turn on the check of a case the old
 * tail heuristic missed, is no longer needed: it always holds.) */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "cs.h"
#include "fuzz.h"

static const char *const cols[] = { "id", "a", "b", NULL };
static char dir[64];
static char *path, *torn_path;

static void
cleanup(void)
{
	unlink(path);
	unlink(torn_path);
	rmdir(dir);
	free(path);
	free(torn_path);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *tmp = getenv("TMPDIR");

	(void)argc;
	(void)argv;
	cs_quiet = true;
	snprintf(dir, sizeof dir, "%s/cs-fuzz.XXXXXX",
	    tmp && *tmp && strlen(tmp) < 40 ? tmp : "/tmp");
	if (!mkdtemp(dir))
		fuzz_fail("mkdtemp %s", dir);
	path = path_join(dir, "visits.csv");
	torn_path = xasprintf("%s.torn", path);
	atexit(cleanup);
	return 0;
}

static void
put(const char *p, const char *data, size_t n)
{
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0640);

	if (fd < 0 || (n && write(fd, data, n) != (ssize_t)n) || close(fd))
		fuzz_fail("cannot write %s", p);
}

/* The file, or NULL if there is none. */
static char *
slurp(const char *p, size_t *n)
{
	struct sbuf b = {0};
	char buf[8192];
	ssize_t k;
	int fd = open(p, O_RDONLY);

	*n = 0;
	if (fd < 0)
		return NULL;
	while ((k = read(fd, buf, sizeof buf)) > 0)
		sb_add(&b, buf, (size_t)k);
	close(fd);
	sb_add(&b, "", 0);
	*n = b.len;
	return b.s;
}

struct count {
	long n;
	struct sbuf last; /* the last record's fields, NUL-separated */
};

static int
count_rec(const struct csv_rec *r, void *ctx)
{
	struct count *c = ctx;

	c->n++;
	sb_reset(&c->last);
	for (int i = 0; i < r->nf; i++)
		sb_add(&c->last, r->f[i], r->len[i] + 1);
	return 0;
}

static int
read_ledger(struct count *c, int64_t *end)
{
	sb_reset(&c->last);
	c->n = 0;
	return csv_read(path, 0, CSV_READ_HEADER | CSV_READ_LEDGER |
	    CSV_READ_QUIET, count_rec, c, end);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const vals[] = {
		"V999999", "x,y", "line 1\nline \"2\""
	};
	const char *orig = (const char *)data;
	struct count before = {0}, mid = {0}, after = {0};
	struct ledger_w w;
	struct csv_table last;
	struct sbuf row = {0}, want_last = {0};
	int64_t good = 0, end2 = 0;
	size_t an, tn, kept;
	char *a, *t;
	int st, stf;

	if (size > 256 * 1024)
		return 0;
	put(path, orig, size);
	unlink(torn_path);
	stf = read_ledger(&before, &good);

	st = ledger_open(&w, path, cols, 0);
	if (st != 0 && st != CS_EX_DATAERR)
		fuzz_fail("ledger_open status %d", st);

	/* only the end was cut, and all of it went to F.torn */
	a = slurp(path, &an);
	t = slurp(torn_path, &tn);
	kept = size;
	if (t) {
		size_t piece = tn;

		if (tn == 0 || t[tn - 1] != '\n')
			fuzz_fail("F.torn does not end in a line feed");
		if (size == 0 || orig[size - 1] != '\n')
			piece--;
		if (piece == 0 || piece > size ||
		    memcmp(orig + size - piece, t, piece) != 0)
			fuzz_fail("F.torn is not the end of F");
		kept = size - piece;
	}
	if (!a || an < kept || memcmp(a, orig, kept) != 0)
		fuzz_fail("F lost bytes before its cut");
	if (st != 0 && an != kept)
		fuzz_fail("a refused F got more than its torn tail cut");
	if (an > kept && (an - kept != 7 || memcmp(a + kept, "id,a,b\n", 7)))
		fuzz_fail("F got more than a header");
	if (stf == 0 && before.n > 0 && (int64_t)kept < good)
		fuzz_fail("a complete record was cut (kept %zu of %lld)",
		    kept, (long long)good);
	free(a);
	free(t);

	if (st == 0) {
		int stl = ledger_last(&w, &last);

		/* the records it has before the append */
		if (stf == 0 && (int64_t)kept <= good &&
		    read_ledger(&mid, &end2) != 0)
			fuzz_fail("F does not read after ledger_open");

		if (stl == 0)
			csv_table_free(&last);
		else if (stl != CS_EX_DATAERR)
			fuzz_fail("ledger_last status %d", stl);
		ledger_row(&w, &row, vals);
		if (ledger_write(&w, &row) != 0)
			fuzz_fail("append failed");
		/* the fields as they should read back, in the file's order */
		for (int i = 0; i < w.ncols; i++)
			sb_add(&want_last, w.map[i] >= 0 ? vals[w.map[i]] : "",
			    strlen(w.map[i] >= 0 ? vals[w.map[i]] : "") + 1);
		ledger_close(&w);
		if (stf == 0 && (int64_t)kept > good) {
			fuzz_fail("a torn tail was kept");
		} else if (stf == 0) {
			if (read_ledger(&after, &end2) != 0)
				fuzz_fail("F does not read after an append");
			if (after.n != mid.n + 1)
				fuzz_fail("%ld records after the append, want "
				    "%ld", after.n, mid.n + 1);
			if (end2 != (int64_t)(an + row.len))
				fuzz_fail("F does not end with a whole row");
			if (after.last.len != want_last.len ||
			    memcmp(after.last.s, want_last.s, want_last.len))
				fuzz_fail("the new row did not read back");
		}
	}
	sb_free(&before.last);
	sb_free(&after.last);
	sb_free(&want_last);
	sb_free(&mid.last);
	sb_free(&row);
	return 0;
}
