/* csvcol - columns of a ledger, one record a line, for the stress tests.
 *
 *   csvcol FILE COLUMN...
 *
 * Reads FILE with the one CSV reader (with its header; not as a ledger, so
 * a quoted field left open at the end is an error, not a torn tail left
 * out: the scripts check the final line feed themselves) and prints the named columns of every record,
 * tab-separated; tabs, line feeds, carriage returns and backslashes inside
 * a value are written \t \n \r \\, so each record is one line.  Exits 0,
 * or the reader's status after its message (65 for a malformed file). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdlib.h>
#include <string.h>

#include "cs.h"

struct cols {
	int n;
	char **names;
	int *idx;
	bool header_seen;
};

static void
put_escaped(const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '\t': fputs("\\t", stdout); break;
		case '\n': fputs("\\n", stdout); break;
		case '\r': fputs("\\r", stdout); break;
		case '\\': fputs("\\\\", stdout); break;
		default: putchar(*s);
		}
	}
}

static int
on_rec(const struct csv_rec *r, void *ctx)
{
	struct cols *c = ctx;

	if (!c->header_seen) {
		c->header_seen = true;
		return csv_require(r->file, r->nf, r->f,
		    (const char *const *)c->names, c->idx);
	}
	for (int i = 0; i < c->n; i++) {
		if (i)
			putchar('\t');
		put_escaped(r->f[c->idx[i]]);
	}
	putchar('\n');
	return 0;
}

int
main(int argc, char *argv[])
{
	struct cols c = {0};
	int st;

	cs_setprogname(argv[0]);
	if (argc < 3) {
		fprintf(stderr, "usage: csvcol FILE COLUMN...\n");
		return CS_EX_USAGE;
	}
	c.n = argc - 2;
	c.names = argv + 2;   /* NULL-terminated, as argv is */
	c.idx = xmalloc((size_t)c.n * sizeof *c.idx);
	st = csv_read(argv[1], 0, CSV_READ_HEADER, on_rec, &c, NULL);
	free(c.idx);
	if (fflush(stdout) != 0 && !st)
		st = CS_EX_IOERR;
	return st;
}
