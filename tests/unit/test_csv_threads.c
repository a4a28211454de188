/* test_csv_threads.c - csv.c's two reading paths: the same inputs (the
 * reliability cases: open quote, torn tail, NUL, bad UTF-8, bare CR,
 * header errors, a callback that stops the read) read from a file on
 * one thread (CS_THREADS=1), on two (CS_THREADS_MIN=0), in chunks of
 * a few bytes read at the same time (CS_CHUNK), and from memory, must give the same records, offsets, status and diagnostics,
 * in the same order relative to what the callback prints itself. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cs.h"
#include "unit.h"

/* ---- stderr capture ---- */
static FILE *cap_file;
static int cap_saved = -1;

static void
cap_begin(void)
{
	fflush(stderr);
	cap_file = tmpfile();
	cap_saved = dup(2);
	dup2(fileno(cap_file), 2);
}

static void
cap_end(struct sbuf *b)
{
	char buf[4096];
	size_t n;

	fflush(stderr);
	dup2(cap_saved, 2);
	close(cap_saved);
	rewind(cap_file);
	sb_reset(b);
	while ((n = fread(buf, 1, sizeof buf, cap_file)) > 0)
		sb_add(b, buf, n);
	fclose(cap_file);
}

/* The callback: records as "LINE@OFFSET:f1|f2", also written to stderr
 * (so that diagnostics show where they came between records); stops
 * the read with status 7 at record stop_at (1-based; 0: never). */
struct got {
	struct sbuf recs;
	long n;
	long stop_at;
};

static int
collect(const struct csv_rec *r, void *ctx)
{
	struct got *g = ctx;
	size_t at = g->recs.len;

	sb_addf(&g->recs, "%ld@%lld:", r->line, (long long)r->offset);
	for (int i = 0; i < r->nf; i++) {
		if (i)
			sb_addc(&g->recs, '|');
		sb_add(&g->recs, r->f[i], r->len[i]);
		if (r->f[i][r->len[i]] != '\0')
			sb_adds(&g->recs, "<unterminated>");
	}
	sb_addc(&g->recs, '\n');
	fprintf(stderr, "rec %.*s", (int)(g->recs.len - at), g->recs.s + at);
	if (++g->n == g->stop_at)
		return 7;
	return 0;
}

struct result {
	int st;
	int64_t end;
	long end_line;
	struct sbuf recs, err;
};

static void
result_free(struct result *res)
{
	sb_free(&res->recs);
	sb_free(&res->err);
}

/* Reads path from start (line 1 there) with flags, on one thread or
 * two (chunk > 0: in chunks of that many bytes). */
static void
read_file(const char *path, int64_t start, unsigned flags, long stop_at,
          bool two, long chunk, struct result *res)
{
	struct got g = {{0}, 0, stop_at};
	struct csv_at at = {.start = start, .line = 1};
	char cbuf[32];

	snprintf(cbuf, sizeof cbuf, "%ld", chunk > 0 ? chunk : 1L << 40);
	setenv("CS_CHUNK", cbuf, 1);
	if (two) {
		unsetenv("CS_THREADS");
		setenv("CS_THREADS_MIN", "0", 1);
	} else {
		setenv("CS_THREADS", "1", 1);
		unsetenv("CS_THREADS_MIN");
	}
	cap_begin();
	res->st = csv_read_at(path, -1, &at, flags, collect, &g);
	cap_end(&res->err);
	res->end = at.end;
	res->end_line = at.end_line;
	res->recs = g.recs;
	unsetenv("CS_THREADS");
	unsetenv("CS_THREADS_MIN");
	unsetenv("CS_CHUNK");
}

static char tmp_path[] = "/tmp/cs-test-csvthrXXXXXX";

static void
put_file(const char *data, size_t n)
{
	int fd = open(tmp_path, O_WRONLY | O_TRUNC);

	CHECK(fd >= 0 && write(fd, data, n) == (ssize_t)n, "wrote %zu bytes", n);
	close(fd);
}

/* One case through both paths (and memory, from 0 without a stop):
 * everything must agree. */
static void
same(const char *what, const char *data, size_t n, unsigned flags,
     int64_t start, long stop_at, int want_st)
{
	static const long small[] = {0, 1, 2, 3, 5, 8, 13, 40};
	static const long big[] = {0, 4096, 65536, 300000};
	struct result one = {0};

	put_file(data, n);
	read_file(tmp_path, start, flags, stop_at, false, 0, &one);
	CHECK_INT(one.st, want_st, "%s: status", what);
	for (size_t i = 0; i < 8; i++) {
		long chunk = n < 1000 ? small[i] : i < 4 ? big[i] : -1;
		struct result two = {0};

		if (chunk < 0)
			break;
		read_file(tmp_path, start, flags, stop_at, true, chunk, &two);
		CHECK_INT(two.st, one.st, "%s: same status on two threads "
		    "(chunk %ld)", what, chunk);
		CHECK_INT(two.end, one.end, "%s: same end offset (chunk %ld)",
		    what, chunk);
		CHECK_INT(two.end_line, one.end_line, "%s: same end line "
		    "(chunk %ld)", what, chunk);
		CHECK(one.recs.len == two.recs.len && memcmp(sb_str(&one.recs),
		    sb_str(&two.recs), one.recs.len) == 0, "%s: same records "
		    "(chunk %ld)", what, chunk);
		CHECK_STR(sb_str(&two.err), sb_str(&one.err),
		    "%s: same diagnostics in the same places (chunk %ld)",
		    what, chunk);
		result_free(&two);
	}
	if (start == 0 && stop_at == 0) {
		struct got g = {{0}, 0, 0};
		struct sbuf err = {0};
		int st;

		cap_begin();
		st = csv_read_mem(path_base(tmp_path), data, n, flags, collect,
		    &g);
		cap_end(&err);
		CHECK_INT(st, one.st, "%s: memory: same status", what);
		CHECK_STR(sb_str(&g.recs), sb_str(&one.recs),
		    "%s: memory: same records", what);
		CHECK_STR(sb_str(&err), sb_str(&one.err),
		    "%s: memory: same diagnostics", what);
		sb_free(&g.recs);
		sb_free(&err);
	}
	result_free(&one);
}

static void
same_s(const char *what, const char *data, unsigned flags, int want_st)
{
	same(what, data, strlen(data), flags, 0, 0, want_st);
}

static void
test_cases(void)
{
	const unsigned L = CSV_READ_LEDGER, H = CSV_READ_HEADER;

	same_s("plain", "id,name\n1,a\n2,b\n", H, 0);
	same_s("spaces kept", " id , name \n 1 , a b \n\t2\t,\"q\" \n", H,
	    CS_EX_DATAERR);
	same_s("spaces and tabs", "a,b\n x ,\ty\t\n,\n\n", 0, 0);
	same_s("quotes, CRLF, blank lines",
	    "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\r\n\"multi\nline\",z\n", 0, 0);
	same_s("last row without newline", "a,b\n1,2", 0, 0);
	same_s("torn tail", "h\nA\nB", L, 0);
	same_s("torn in a character", "h\nA\n\"B,\xE7\x8E", L, 0);
	same_s("open quote at EOF", "h\nA,\"x\ny\n", L, 0);
	same_s("open quote taking in rows", "a,b\n1,\"x\n2,y\n3,z\n", L,
	    CS_EX_DATAERR);
	same_s("open quote closed on a later line", "a,b\n1,\"x\n2,y\n3\",z\n",
	    L, 0);
	same_s("open quote closed wrongly", "a,b\n1,\"x\n2,y\n3\"z,w\n", L,
	    CS_EX_DATAERR);
	same_s("lines of a note", "a,b\n1,\"x\ny\n\nz, w, v\n", L, 0);
	same_s("open quote in the header", "a,\"b\nc,d\n", L, CS_EX_DATAERR);
	same_s("lone CR then open quote", "a,b\n1,y\r\"z", L, CS_EX_DATAERR);
	same_s("CR at the very end", "a,b\n1,y\r", L, 0);
	same_s("bare CR", "a\nb\rc\n", 0, CS_EX_DATAERR);
	same("NUL", "a\nb\0c\nd\n", 8, 0, 0, 0, CS_EX_DATAERR);
	same("NUL in a torn tail", "a\nb\nc\0", 7, L, 0, 0, 0);
	same_s("bad UTF-8", "id,name\n1,ok\n2,\xCD\xF5\n3,x\n", H,
	    CS_EX_DATAERR);
	same_s("bad UTF-8 in a torn tail", "h\nA\nB\xCD\xF5", L, 0);
	same_s("bad UTF-8 in a whole last line", "h\nA\xCD\xF5\nB", L,
	    CS_EX_DATAERR);
	same_s("quote in an unquoted field", "a,b\n1,b\"c\n", 0, CS_EX_DATAERR);
	same_s("text after a closing quote", "x\n\"a\"b\n", 0, CS_EX_DATAERR);
	same_s("unterminated quote", "a\n\"b,c\nd\n", 0, CS_EX_DATAERR);
	same_s("wrong field count", "id,name,x\n1,2,3\n1,2\n", H, CS_EX_DATAERR);
	same_s("duplicate column", "id,name,ID\n1,2,3\n", H, CS_EX_DATAERR);
	same_s("empty column name", "id,,name\n", H, CS_EX_DATAERR);
	same_s("BOM", "\xEF\xBB\xBFid,name\n1,\xE7\x8E\x8B\n", H, 0);
	same("from an offset", "id,at\nV1,2026\nV2,2027\n", 22, L, 6, 0, 0);
	same("stop at the first record", "a\nb\nc\n", 6, 0, 0, 1, 7);
	same("stop at the last record", "a\nb\nc\n", 6, 0, 0, 3, 7);
	same("stop before an error", "a\nb\nc\xCD\n", 7, 0, 0, 2, 7);
	same("stop at a torn tail's last whole row", "h\nA\nB", 5, L, 0, 2, 7);
}

/* Many batches: a stop in the middle, an error after a stop, an error
 * far in, with records cut by read blocks and by batches. */
static void
test_big(void)
{
	struct sbuf data = {0};
	size_t mid;

	for (int i = 0; i < 60000; i++) {
		sb_addf(&data, "KH%05d,王小明 %d,", i, i);
		if (i % 7 == 0)
			sb_addf(&data, "\"多行\n备注 \"\"%d\"\"\r\n,\"\n", i);
		else
			sb_adds(&data, "简单备注\n");
		if (i % 13 == 0)
			sb_adds(&data, "\n");
	}
	same("big", data.s, data.len, 0, 0, 0, 0);
	same("big, stopped early", data.s, data.len, 0, 0, 10, 7);
	same("big, stopped in the middle", data.s, data.len, 0, 0, 31111, 7);
	same("big ledger from an offset", data.s, data.len, CSV_READ_LEDGER,
	    strstr(data.s, "\nKH00001,") + 1 - data.s, 0, 0);
	mid = data.len / 2;
	while (data.s[mid] != '\n')
		mid++;
	data.s[mid - 3] = '\xFF';
	same("big, bad UTF-8 in the middle", data.s, data.len, 0, 0, 0,
	    CS_EX_DATAERR);
	same("big, stopped before the error", data.s, data.len, 0, 0, 100, 7);
	sb_free(&data);
}

int
main(void)
{
	int fd;

	cs_progname = "t";
	fd = mkstemp(tmp_path);
	CHECK(fd >= 0, "temp file");
	close(fd);
	test_cases();
	test_big();
	unlink(tmp_path);
	return UNIT_DONE();
}
