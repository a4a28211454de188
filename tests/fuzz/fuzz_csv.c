/* fuzz_csv.c - the CSV reader (csv_read_mem) and writer (csv_format_row).
 *
 * Properties, for any input:
 *  - the reader returns 0 or CS_EX_DATAERR, in every mode;
 *  - records come in order (lines and offsets increase, inside the input),
 *    each field is as long as its text and valid UTF-8;
 *  - what the writer makes of the records reads back as the same records;
 *  - a ledger read (CSV_READ_LEDGER) of a good input gives the same records,
 *    less at most the last one when the input does not end in a newline. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <string.h>

#include "cs.h"
#include "fuzz.h"

/* Records, serialised: for each, nf then each field's length and bytes. */
struct recs {
	struct sbuf b;
	size_t *end;          /* end[i]: b.len after record i */
	size_t n, cap;
	long line;
	int64_t offset;
	size_t size;          /* of the input */
};

static int
collect(const struct csv_rec *r, void *ctx)
{
	struct recs *rs = ctx;

	if (r->nf < 1)
		fuzz_fail("record with %d fields", r->nf);
	if (r->line <= rs->line)
		fuzz_fail("line %ld after line %ld", r->line, rs->line);
	if (r->offset <= rs->offset || r->offset < 0 ||
	    (size_t)r->offset >= rs->size)
		fuzz_fail("offset %lld after %lld (size %zu)",
		    (long long)r->offset, (long long)rs->offset, rs->size);
	rs->line = r->line;
	rs->offset = r->offset;
	sb_add(&rs->b, (const char *)&r->nf, sizeof r->nf);
	for (int i = 0; i < r->nf; i++) {
		if (strlen(r->f[i]) != r->len[i])
			fuzz_fail("field %d: length %zu, text %zu", i,
			    r->len[i], strlen(r->f[i]));
		if (utf8_invalid_at(r->f[i], r->len[i]) >= 0)
			fuzz_fail("field %d: invalid UTF-8 handed out", i);
		sb_add(&rs->b, (const char *)&r->len[i], sizeof r->len[i]);
		sb_add(&rs->b, r->f[i], r->len[i]);
	}
	xgrow(&rs->end, &rs->cap, rs->n + 1, sizeof *rs->end);
	rs->end[rs->n++] = rs->b.len;
	return 0;
}

static int
read_recs(const char *buf, size_t n, unsigned flags, struct recs *rs)
{
	memset(rs, 0, sizeof *rs);
	rs->line = 0;
	rs->offset = -1;
	rs->size = n;
	return csv_read_mem("fuzz.csv", buf, n, flags, collect, rs);
}

static void
recs_free(struct recs *rs)
{
	sb_free(&rs->b);
	free(rs->end);
}

static size_t
recs_bytes(const struct recs *rs, size_t k)
{
	return k == 0 ? 0 : rs->end[k - 1];
}

/* The records of rs written out with csv_format_row. */
static void
write_recs(const struct recs *rs, struct sbuf *out)
{
	const char *p = rs->b.s;
	size_t cap = 0;
	const char **f = NULL;
	char **copies = NULL;

	for (size_t k = 0; k < rs->n; k++) {
		int nf;

		memcpy(&nf, p, sizeof nf);
		p += sizeof nf;
		xgrow(&f, &cap, (size_t)nf, sizeof *f);
		copies = xrealloc(copies, (size_t)nf * sizeof *copies);
		for (int i = 0; i < nf; i++) {
			size_t len;

			memcpy(&len, p, sizeof len);
			p += sizeof len;
			copies[i] = xstrndup(p, len);
			f[i] = copies[i];
			p += len;
		}
		csv_format_row(out, f, nf);
		for (int i = 0; i < nf; i++)
			free(copies[i]);
	}
	free(f);
	free(copies);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	cs_quiet = true;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data;
	struct recs plain, ledger, again, hdr;
	struct sbuf out = {0};
	int st, stl, sth;

	st = read_recs(buf, size, 0, &plain);
	stl = read_recs(buf, size, CSV_READ_LEDGER, &ledger);
	sth = read_recs(buf, size, CSV_READ_HEADER | CSV_READ_LEDGER, &hdr);
	if (st != 0 && st != CS_EX_DATAERR)
		fuzz_fail("status %d", st);
	if (stl != 0 && stl != CS_EX_DATAERR)
		fuzz_fail("ledger status %d", stl);
	if (sth != 0 && sth != CS_EX_DATAERR)
		fuzz_fail("header status %d", sth);
	if (st == 0) {
		bool nl_end = size > 0 && buf[size - 1] == '\n';

		if (stl != 0)
			fuzz_fail("reads as CSV, not as a ledger");
		if (ledger.n > plain.n || plain.n - ledger.n > (nl_end ? 0 : 1))
			fuzz_fail("ledger read %zu records, plain %zu",
			    ledger.n, plain.n);
		if (recs_bytes(&ledger, ledger.n) !=
		    recs_bytes(&plain, ledger.n) || (ledger.n &&
		    memcmp(ledger.b.s, plain.b.s, ledger.b.len) != 0))
			fuzz_fail("ledger records differ");

		/* write the records out, read them back */
		write_recs(&plain, &out);
		if (read_recs(out.s ? out.s : "", out.len, 0, &again) != 0)
			fuzz_fail("the writer's output does not read back");
		if (again.n != plain.n || again.b.len != plain.b.len ||
		    (plain.n && memcmp(again.b.s, plain.b.s, plain.b.len)))
			fuzz_fail("round trip changed the records");
		recs_free(&again);
		if (read_recs(out.s ? out.s : "", out.len, CSV_READ_LEDGER,
		    &again) != 0 || again.n != plain.n)
			fuzz_fail("the writer's output is not a whole ledger");
		recs_free(&again);
	}
	sb_free(&out);
	recs_free(&plain);
	recs_free(&ledger);
	recs_free(&hdr);
	return 0;
}
