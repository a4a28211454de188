/* fuzz_xlsx.c - the .xlsx reader behind cs-log --import FILE.xlsx
 * (xlsx_read_mem: libzip and expat over a hostile workbook).
 *
 * Properties, for any input:
 *  - the reader returns 0 or CS_EX_DATAERR;
 *  - each record has at least one field, a row number in 1..1048576, at
 *    most 16384 fields, each as long as its text and valid UTF-8, the last
 *    one not empty (a row ends at its last value);
 *  - a callback that stops the read (status 75) stops it: that status
 *    comes back and no record follows. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <string.h>

#include "cs.h"
#include "fuzz.h"

struct seen {
	size_t n;
	size_t stop_at;          /* stop at this record (0: never) */
	bool stopped;
};

static int
check(const struct csv_rec *r, void *ctx)
{
	struct seen *s = ctx;

	if (s->stopped)
		fuzz_fail("a record after the callback stopped the read");
	if (r->nf < 1 || r->nf > 16384)
		fuzz_fail("record with %d fields", r->nf);
	if (r->line < 1 || r->line > 1048576)
		fuzz_fail("row number %ld", r->line);
	for (int i = 0; i < r->nf; i++) {
		if (strlen(r->f[i]) != r->len[i])
			fuzz_fail("field %d: length %zu, text %zu", i,
			    r->len[i], strlen(r->f[i]));
		if (utf8_invalid_at(r->f[i], r->len[i]) >= 0)
			fuzz_fail("field %d: invalid UTF-8 handed out", i);
	}
	if (r->len[r->nf - 1] == 0)
		fuzz_fail("row %ld ends in an empty field", r->line);
	if (++s->n == s->stop_at) {
		s->stopped = true;
		return CS_EX_TEMPFAIL;
	}
	return 0;
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
	struct seen s = {0};
	int rc;

	rc = xlsx_read_mem("fuzz.xlsx", (const char *)data, size, check, &s);
	if (rc != 0 && rc != CS_EX_DATAERR)
		fuzz_fail("status %d", rc);
	if (s.n > 0) {
		size_t n = s.n;
		memset(&s, 0, sizeof s);
		s.stop_at = n;
		rc = xlsx_read_mem("fuzz.xlsx", (const char *)data, size, check,
		    &s);
		if (rc != CS_EX_TEMPFAIL || s.n != n)
			fuzz_fail("stopped at record %zu: status %d after %zu "
			    "records", n, rc, s.n);
	}
	return 0;
}
