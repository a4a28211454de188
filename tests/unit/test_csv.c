/* test_csv.c - utf8.c and csv.c: the reader (lines, offsets, BOM, CRLF,
 * quoting, errors), tables, and the writer's round trip. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cs.h"
#include "unit.h"

#define D "tests/data/csv/"

/* ---- stderr capture ---- */
static FILE *cap_file;
static int cap_saved = -1;
static char cap_buf[8192];

static void
cap_begin(void)
{
	fflush(stderr);
	cap_file = tmpfile();
	cap_saved = dup(2);
	dup2(fileno(cap_file), 2);
}

static const char *
cap_end(void)
{
	size_t n;

	fflush(stderr);
	dup2(cap_saved, 2);
	close(cap_saved);
	rewind(cap_file);
	n = fread(cap_buf, 1, sizeof cap_buf - 1, cap_file);
	cap_buf[n] = '\0';
	fclose(cap_file);
	return cap_buf;
}

static int unterminated_fields;

/* ---- records as text: "LINE@OFFSET:f1|f2\n" ---- */
static int
collect(const struct csv_rec *r, void *ctx)
{
	struct sbuf *b = ctx;

	sb_addf(b, "%ld@%lld:", r->line, (long long)r->offset);
	for (int i = 0; i < r->nf; i++) {
		if (i)
			sb_addc(b, '|');
		if (r->f[i][r->len[i]] != '\0')
			unterminated_fields++;
		sb_add(b, r->f[i], r->len[i]);
	}
	sb_addc(b, '\n');
	return 0;
}

/* Reads buf with csv_read_mem; returns the status, *out the records and
 * *err what went to stderr. */
static int
mem(const char *buf, size_t n, unsigned flags, struct sbuf *out,
    const char **err)
{
	int st;

	sb_reset(out);
	cap_begin();
	st = csv_read_mem("x.csv", buf, n, flags, collect, out);
	*err = cap_end();
	return st;
}

static void
test_utf8(void)
{
	uint32_t cp;

	CHECK_INT(utf8_invalid_at("hello, world", 12), -1, "ASCII is valid");
	CHECK_INT(utf8_invalid_at("王小明,李雷", strlen("王小明,李雷")), -1,
	    "Chinese is valid");
	CHECK_INT(utf8_invalid_at("\xCD\xF5", 2), 0, "GB18030 王 is not UTF-8");
	CHECK_INT(utf8_invalid_at("abcdefghijklmnop\xCD\xF5", 18), 16,
	    "offset after a long ASCII run");
	CHECK_INT(utf8_invalid_at("ab\xC0\x80", 4), 2, "overlong NUL refused");
	CHECK_INT(utf8_invalid_at("\xE0\x80\xAF", 3), 0, "overlong 3-byte refused");
	CHECK_INT(utf8_invalid_at("\xED\xA0\x80", 3), 0, "surrogate refused");
	CHECK_INT(utf8_invalid_at("\xF4\x90\x80\x80", 4), 0, "above U+10FFFF refused");
	CHECK_INT(utf8_invalid_at("\xF0\x9F\x98\x80", 4), -1, "emoji valid");
	CHECK_INT(utf8_invalid_at("x\xE7\x8E", 3), 1, "cut sequence refused");
	CHECK_INT(utf8_invalid_at("\xE7\x8E\x8B\x80", 4), 3, "stray continuation");
	CHECK_INT(utf8_invalid_at("\xEF\xBF\xBF\xE1\x80\x80", 6), -1,
	    "three-byte leads E1 and EF with any continuation bytes");
	CHECK_INT(utf8_invalid_at("\xE7\x8E\x41", 3), 0,
	    "three-byte sequence with ASCII as its third byte");
	CHECK_INT(utf8_invalid_at("\xE7\xC0\x80", 3), 0,
	    "three-byte sequence with a lead as its second byte");
	CHECK_INT(utf8_invalid_at("\xED\x9F\xBF\xED\xBF\xBF", 6), 3,
	    "ED: up to U+D7FF, no surrogates");
	CHECK_INT(utf8_decode("王", &cp), 3, "王 is 3 bytes");
	CHECK_INT(cp, 0x738B, "王 is U+738B");
	CHECK_INT(utf8_decode("\xF0\x9F\x98\x80", &cp), 4, "emoji 4 bytes");
	CHECK_INT(cp, 0x1F600, "emoji code point");
	CHECK_INT(utf8_decode("é", &cp), 2, "é is 2 bytes");
	CHECK_INT(cp, 0xE9, "é is U+00E9");
	CHECK_INT(utf8_decode("A", &cp), 1, "ASCII one byte");
}

static void
test_lines(void)
{
	struct sbuf out = {0};
	const char *err;
	const char *s;
	int st;

	s = "a,b\nc,d\n";
	st = mem(s, strlen(s), 0, &out, &err);
	CHECK_INT(st, 0, "plain read");
	CHECK_STR(out.s, "1@0:a|b\n2@4:c|d\n", "plain lines and offsets");

	s = "a,b\r\nc,d\r\n";
	mem(s, strlen(s), 0, &out, &err);
	CHECK_STR(out.s, "1@0:a|b\n2@5:c|d\n", "CRLF: CR not part of the field");

	s = "a\n\n\nb\n\n";
	mem(s, strlen(s), 0, &out, &err);
	CHECK_STR(out.s, "1@0:a\n4@4:b\n", "blank lines give no record, lines counted");

	s = "x,\"l1\nl2\nl3\"\ny,z\n";
	mem(s, strlen(s), 0, &out, &err);
	CHECK_STR(out.s, "1@0:x|l1\nl2\nl3\n4@13:y|z\n",
	    "a quoted field spanning lines: next record on its physical line");

	s = "\"a\r\nb\",c\r\n\r\nd\r\n";
	mem(s, strlen(s), 0, &out, &err);
	CHECK_STR(out.s, "1@0:a\r\nb|c\n4@12:d\n", "CRLF inside quotes is kept");

	s = "\xEF\xBB\xBFid,name\n1,王\n";
	mem(s, strlen(s), 0, &out, &err);
	CHECK_STR(out.s, "1@3:id|name\n2@11:1|王\n", "BOM stripped at offset 0");

	s = "a\n\xEF\xBB\xBF" "b\n";
	mem(s, strlen(s), 0, &out, &err);
	CHECK_STR(out.s, "1@0:a\n2@2:\xEF\xBB\xBF" "b\n", "BOM elsewhere is data");

	s = " a , b ,\t\n";
	mem(s, strlen(s), 0, &out, &err);
	CHECK_STR(out.s, "1@0: a | b |\t\n", "spaces are not trimmed");

	s = "a,b\nc,d";
	st = mem(s, strlen(s), 0, &out, &err);
	CHECK_INT(st, 0, "no final newline is fine");
	CHECK_STR(out.s, "1@0:a|b\n2@4:c|d\n", "last record without newline");

	s = "\"\"\n,\n\"x\"\n";
	mem(s, strlen(s), 0, &out, &err);
	CHECK_STR(out.s, "1@0:\n2@3:|\n3@5:x\n", "an empty quoted field is a record");

	s = "";
	st = mem(s, 0, 0, &out, &err);
	CHECK_INT(st, 0, "empty input");
	CHECK_STR(sb_str(&out), "", "empty input: no records");
	sb_free(&out);
}

static void
test_errors(void)
{
	struct sbuf out = {0};
	const char *err, *s;
	char *big;
	size_t n;
	int st;

	cs_progname = "t";
	s = "id,name\n1,\xCD\xF5\n";
	st = mem(s, strlen(s), 0, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "invalid UTF-8 is 65");
	CHECK_STR(err, "t: x.csv:2: invalid UTF-8 (byte 0xCD at column 3); "
	    "convert the file first: iconv -f GB18030 -t UTF-8, or use "
	    "--encoding gb18030 where the command offers it\n",
	    "invalid UTF-8 message");

	s = "王,\xCD\xF5\n";
	mem(s, strlen(s), 0, &out, &err);
	CHECK(strstr(err, "x.csv:1: invalid UTF-8 (byte 0xCD at column 3)") != NULL,
	    "column counts characters: %s", err);

	st = mem("a\nb\0c\n", 6, 0, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "NUL is 65");
	CHECK_STR(err, "t: x.csv:2: NUL byte in data\n", "NUL message");

	s = "a\n\"b,c\nd\n";
	st = mem(s, strlen(s), 0, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "unterminated quote is 65");
	CHECK_STR(err, "t: x.csv:2: unterminated quoted field (starts here)\n",
	    "unterminated quote message");
	CHECK_STR(out.s, "1@0:a\n", "records before it were read");

	s = "a,b\"c\n";
	st = mem(s, strlen(s), 0, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "quote in unquoted field is 65");
	CHECK_STR(err, "t: x.csv:1: quote inside an unquoted field at column 4 "
	    "(quote the whole field and double the quotes in it: \"a \"\"b\"\"\")\n",
	    "stray quote message");

	s = "x\n\"a\"b\n";
	mem(s, strlen(s), 0, &out, &err);
	CHECK_STR(err, "t: x.csv:2: text after a closing quote at column 4 "
	    "(quote the whole field and double the quotes in it: \"a \"\"b\"\"\")\n",
	    "text after closing quote message");

	s = "\"a\" ,b\n";
	st = mem(s, strlen(s), 0, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "space after closing quote is refused");

	s = "a\rb\n";
	st = mem(s, strlen(s), 0, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "bare CR is 65");
	CHECK(strstr(err, "x.csv:1: carriage return without line feed") != NULL,
	    "bare CR message: %s", err);

	n = 1024 * 1024 + 1;
	big = malloc(n + 16);
	memcpy(big, "a\n", 2);
	memset(big + 2, 'x', n);
	memcpy(big + 2 + n, "\n", 1);
	st = mem(big, n + 3, 0, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "a field over 1 MiB is 65");
	CHECK_STR(err, "t: x.csv:2: field longer than 1 MiB\n", "huge field message");
	memset(big + 2, 'x', n - 1);
	big[2 + n - 1] = '\n';
	st = mem(big, n + 2, 0, &out, &err);
	CHECK_INT(st, 0, "a field of exactly 1 MiB is fine");
	big = realloc(big, n + 64);
	memcpy(big, "a\n\"", 3);
	for (size_t i = 3; i < n + 13; i++)
		big[i] = i % 1000 ? 'x' : '\n';
	memcpy(big + n + 13, "\"\n", 2);
	st = mem(big, n + 15, 0, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "a quoted multi-line field over 1 MiB is 65");
	CHECK_STR(err, "t: x.csv:2: field longer than 1 MiB\n",
	    "huge quoted field names the line it starts on");
	free(big);

	/* headers */
	s = "id,name,x\n1,2\n";
	st = mem(s, strlen(s), CSV_READ_HEADER, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "wrong field count is 65");
	CHECK_STR(err, "t: x.csv:2: 2 fields, expected 3 (header has id,name,x)\n",
	    "field count message");
	s = " id , name \n1,2\n";
	st = mem(s, strlen(s), CSV_READ_HEADER, &out, &err);
	CHECK_STR(out.s, "1@0:id|name\n2@12:1|2\n", "header names trimmed");
	s = "id,name,ID\n";
	st = mem(s, strlen(s), CSV_READ_HEADER, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "duplicate column is 65");
	CHECK_STR(err, "t: x.csv:1: duplicate column ID\n", "duplicate column message");
	s = "id,,name\n";
	st = mem(s, strlen(s), CSV_READ_HEADER, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "empty column name is 65");
	CHECK_STR(err, "t: x.csv:1: empty column name in the header (column 2)\n",
	    "empty column message");

	/* quiet */
	s = "a\n\"b\n";
	cap_begin();
	st = csv_read_mem("x.csv", s, strlen(s), CSV_READ_QUIET, NULL, NULL);
	err = cap_end();
	CHECK_INT(st, CS_EX_DATAERR, "quiet still fails");
	CHECK_STR(err, "", "quiet prints nothing");
	sb_free(&out);
}

static void
test_ledger_mode(void)
{
	struct sbuf out = {0};
	const char *err, *s;
	int st;

	s = "h\nA\nB";
	st = mem(s, strlen(s), CSV_READ_LEDGER, &out, &err);
	CHECK_INT(st, 0, "torn tail is not an error");
	CHECK_STR(out.s, "1@0:h\n2@2:A\n", "torn last row left out");
	CHECK_STR(err, "t: x.csv:3: incomplete last row left out (a write was "
	    "cut off; the next append sets it aside)\n", "torn tail warning");

	s = "h\nA\n\"B,\xE7\x8E";
	st = mem(s, strlen(s), CSV_READ_LEDGER, &out, &err);
	CHECK_INT(st, 0, "torn in the middle of a character");
	CHECK_STR(out.s, "1@0:h\n2@2:A\n", "rows before it read");
	CHECK(strstr(err, "x.csv:3: incomplete last row") != NULL,
	    "cut character: torn, not invalid UTF-8: %s", err);

	s = "h\nA,\"x\ny\n";
	st = mem(s, strlen(s), CSV_READ_LEDGER, &out, &err);
	CHECK_INT(st, 0, "open quote at EOF in a ledger is torn");
	CHECK_STR(out.s, "1@0:h\n", "open-quote record left out");
	CHECK(strstr(err, "x.csv:2: incomplete last row") != NULL,
	    "warning names the line it starts on: %s", err);

	s = "h\nA\xCD\xF5\nB";
	st = mem(s, strlen(s), CSV_READ_LEDGER, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "a bad complete line is still an error");

	s = "h\nA\n";
	st = mem(s, strlen(s), CSV_READ_LEDGER, &out, &err);
	CHECK_STR(err, "", "whole ledger: no warning");
	sb_free(&out);
}

static void
test_files(void)
{
	struct sbuf out = {0}, viamem = {0};
	const char *err;
	int64_t end;
	int st;

	cap_begin();
	st = csv_read(D "bom-crlf-multiline.csv", 0, CSV_READ_HEADER, collect,
	    &out, &end);
	err = cap_end();
	CHECK_INT(st, 0, "fixture reads");
	CHECK_STR(err, "", "no diagnostics");
	CHECK_STR(out.s, "1@3:id|name|note\n2@17:KH0001|王小明|第一行\r\n第二行\n"
	    "5@60:KH0002|Li, Lei|say \"hi\"\n", "BOM, CRLF, multi-line, blank line");
	CHECK_INT(end, 91, "end is the file size");

	sb_reset(&out);
	cap_begin();
	st = csv_read(D "gb18030.csv", 0, 0, collect, &out, NULL);
	err = cap_end();
	CHECK_INT(st, 65, "GB18030 file refused");
	CHECK_STR(err, "t: gb18030.csv:2: invalid UTF-8 (byte 0xCD at column 8); "
	    "convert the file first: iconv -f GB18030 -t UTF-8, or use "
	    "--encoding gb18030 where the command offers it\n",
	    "GB18030 message names the file's base name");

	cap_begin();
	st = csv_read(D "unterminated.csv", 0, 0, NULL, NULL, NULL);
	err = cap_end();
	CHECK_INT(st, 65, "unterminated quote in a file");
	CHECK_STR(err, "t: unterminated.csv:2: unterminated quoted field "
	    "(starts here)\n", "unterminated message");

	sb_reset(&out);
	cap_begin();
	st = csv_read(D "torn.csv", 0, CSV_READ_LEDGER, collect, &out, &end);
	err = cap_end();
	CHECK_INT(st, 0, "torn ledger reads");
	CHECK_STR(out.s, "1@0:id|at\n2@6:V000001|2026-01-05\n", "torn row left out");
	CHECK_INT(end, 25, "end after the last whole record");
	CHECK_STR(err, "t: torn.csv:3: incomplete last row left out (a write was "
	    "cut off; the next append sets it aside)\n", "torn warning");

	sb_reset(&out);
	st = csv_read(D "torn.csv", 6, CSV_READ_LEDGER | CSV_READ_QUIET, collect,
	    &out, &end);
	CHECK_STR(out.s, "1@6:V000001|2026-01-05\n", "read from an offset");

	cap_begin();
	st = csv_read(D "nope.csv", 0, 0, NULL, NULL, NULL);
	err = cap_end();
	CHECK_INT(st, CS_EX_NOINPUT, "missing file is 66");
	CHECK_STR(err, "t: " D "nope.csv: cannot open: No such file or directory\n",
	    "missing file names the path given");
	CHECK_INT(csv_read(D "nope.csv", 0, CSV_READ_MISSING_OK, NULL, NULL, NULL),
	    0, "missing file allowed");

	cap_begin();
	st = csv_read(D, 0, 0, NULL, NULL, NULL);
	err = cap_end();
	CHECK_INT(st, CS_EX_IOERR, "a directory cannot be read: 74");
	CHECK(strstr(err, "cannot read: Is a directory") != NULL, "%s", err);

	/* stdin */
	{
		int saved = dup(0), fd = open(D "bom-crlf-multiline.csv", O_RDONLY);

		dup2(fd, 0);
		close(fd);
		sb_reset(&out);
		st = csv_read("-", 0, 0, collect, &out, NULL);
		dup2(saved, 0);
		close(saved);
		CHECK_INT(st, 0, "- reads stdin");
		CHECK(strstr(sb_str(&out), "5@60:KH0002") != NULL, "stdin records");
	}

	/* A file far bigger than a read block, with records and characters
	 * cut by block boundaries: the file reader and the memory reader
	 * must agree. */
	{
		char path[] = "/tmp/cs-test-csvXXXXXX";
		int fd = mkstemp(path);
		struct sbuf data = {0};

		for (int i = 0; i < 20000; i++) {
			sb_addf(&data, "KH%05d,王小明%d,", i, i);
			if (i % 7 == 0)
				sb_addf(&data, "\"多行\n备注 \"\"%d\"\"\r\n,\"\r\n", i);
			else
				sb_adds(&data, "简单备注\r\n");
			if (i % 13 == 0)
				sb_adds(&data, "\n");
		}
		CHECK(write(fd, data.s, data.len) == (ssize_t)data.len, "wrote");
		close(fd);
		sb_reset(&out);
		st = csv_read(path, 0, 0, collect, &out, &end);
		CHECK_INT(st, 0, "big file reads");
		CHECK_INT(end, (long long)data.len, "big file end");
		csv_read_mem(path_base(path), data.s, data.len, 0, collect, &viamem);
		CHECK(out.len == viamem.len && memcmp(out.s, viamem.s, out.len) == 0,
		    "file and memory readers agree over block boundaries");
		unlink(path);
		sb_free(&data);
	}
	sb_free(&out);
	sb_free(&viamem);
}

static void
test_table(void)
{
	struct csv_table t;
	const char *err;
	const char *need[] = {"ID", "phone", NULL}, *need2[] = {"id", "owner", "region", NULL};
	int idx[3], st;

	st = csv_table_load(D "bom-crlf-multiline.csv", 0, &t);
	CHECK_INT(st, 0, "table loads");
	CHECK_INT(t.ncols, 3, "3 columns");
	CHECK_INT(t.nrows, 2, "2 rows");
	CHECK_STR(t.file, "bom-crlf-multiline.csv", "file is the base name");
	CHECK_STR(t.cols[0], "id", "BOM not in the first name");
	CHECK_INT(t.rows[1].line, 5, "row line");
	CHECK_STR(t.rows[1].f[1], "Li, Lei", "row field");
	CHECK_INT(csv_col(&t, "NOTE"), 2, "csv_col is case-insensitive");
	CHECK_INT(csv_col(&t, "phone"), -1, "csv_col: absent");
	cap_begin();
	st = csv_require(t.file, t.ncols, t.cols, need, idx);
	err = cap_end();
	CHECK_INT(st, 65, "csv_require: missing is 65");
	CHECK_STR(err, "t: bom-crlf-multiline.csv: missing column phone (header "
	    "has: id,name,note)\n", "csv_require message");
	CHECK_INT(idx[0], 0, "found one indexed");
	cap_begin();
	st = csv_require(t.file, t.ncols, t.cols, need2, idx);
	err = cap_end();
	CHECK_STR(err, "t: bom-crlf-multiline.csv: missing columns owner, region "
	    "(header has: id,name,note)\n", "csv_require lists all missing");
	csv_table_free(&t);

	cap_begin();
	st = csv_table_load(D "short-row.csv", 0, &t);
	err = cap_end();
	CHECK_INT(st, 65, "short row is 65");
	CHECK_STR(err, "t: short-row.csv:3: 2 fields, expected 3 (header has "
	    "id,name,phone)\n", "short row message");
	CHECK_INT(t.nrows, 0, "failed table is emptied");
	csv_table_free(&t);

	{
		char path[] = "/tmp/cs-test-csvXXXXXX";
		int fd = mkstemp(path);

		close(fd);
		st = csv_table_load(path, 0, &t);
		CHECK_INT(st, 0, "empty file loads");
		CHECK_INT(t.ncols, 0, "empty file: 0 columns");
		CHECK_INT(t.nrows, 0, "empty file: 0 rows");
		csv_table_free(&t);
		unlink(path);
	}
}

static int
gather(const struct csv_rec *r, void *ctx)
{
	struct csv_table *t = ctx;

	t->nrows++;
	t->ncols = r->nf;
	for (int i = 0; i < r->nf && i < 16; i++)
		t->cols[i] = xstrdup(r->f[i]);
	return 0;
}

static void
test_write(void)
{
	struct sbuf b = {0};
	const char *row1[] = {"KH0001", "王小明", "a,b", "say \"hi\"", "", " lead",
	    "trail\t", "line1\nline2", "cr\r\nlf", "", "="};
	const char *lone[] = {""};
	char *cols[16];
	struct csv_table t = {0};
	int st;

	csv_format_row(&b, row1, 11);
	CHECK_STR(b.s, "KH0001,王小明,\"a,b\",\"say \"\"hi\"\"\",,\" lead\","
	    "\"trail\t\",\"line1\nline2\",\"cr\r\nlf\",,=\n",
	    "fields quoted only when needed");
	t.cols = cols;
	st = csv_read_mem("rt", b.s, b.len, 0, gather, &t);
	CHECK_INT(st, 0, "round trip parses");
	CHECK_INT(t.nrows, 1, "one record back");
	CHECK_INT(t.ncols, 11, "11 fields back");
	for (int i = 0; i < 11 && i < t.ncols; i++)
		CHECK_STR(cols[i], row1[i], "round trip field %d", i);
	for (int i = 0; i < t.ncols && i < 16; i++)
		free(cols[i]);

	sb_reset(&b);
	csv_format_row(&b, lone, 1);
	CHECK_STR(b.s, "\"\"\n", "a lone empty field is quoted");
	memset(&t, 0, sizeof t);
	t.cols = cols;
	csv_read_mem("rt", b.s, b.len, 0, gather, &t);
	CHECK_INT(t.nrows, 1, "a lone empty field reads back as a record");
	CHECK_STR(t.ncols == 1 ? cols[0] : NULL, "", "and is empty");
	for (int i = 0; i < t.ncols && i < 16; i++)
		free(cols[i]);

	{
		const char *bomrow[] = {"\xEF\xBB\xBFx", "y"};

		sb_reset(&b);
		csv_format_row(&b, bomrow, 2);
		CHECK_STR(b.s, "\"\xEF\xBB\xBFx\",y\n", "a field starting with a BOM is quoted");
		memset(&t, 0, sizeof t);
		t.cols = cols;
		csv_read_mem("rt", b.s, b.len, 0, gather, &t);
		CHECK_STR(t.ncols == 2 ? cols[0] : NULL, bomrow[0],
		    "and reads back at the start of a file");
		for (int i = 0; i < t.ncols && i < 16; i++)
			free(cols[i]);
	}
	{
		/* after what is in the buffer; NULL written as empty; a
		 * quote, CR or comma anywhere, first field or last */
		const char *mixed[] = {"\"a", NULL, "b\r", "x\xEF\xBB\xBF",
		    "tab\tin", "end,"};

		sb_reset(&b);
		sb_adds(&b, "head\n");
		csv_format_row(&b, mixed, 6);
		CHECK_STR(b.s, "head\n\"\"\"a\",,\"b\r\",x\xEF\xBB\xBF,tab\tin,"
		    "\"end,\"\n", "quoted as needed after other text");
		CHECK_INT((int)b.len, (int)strlen(b.s), "length kept");
	}
	sb_free(&b);
}

/* Plain lines (no quotes) and the same fields each quoted read the same:
 * random lines, and commas, CR, quotes and UTF-8 at every place in an
 * eight-byte word (a reader that splits plain lines itself, as csv_read
 * once did, must keep passing this). */
static void
test_fast_path(void)
{
	static const char *const bits[] = {
		"a", "b", " ", "\t", ",", ",", "xyz", "0123456789", "\xC3\xA9",
		"\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xEF\xBC\x8C", ";",
	};
	struct sbuf line = {0}, quoted = {0}, a = {0}, b = {0};
	const char *err;
	unsigned seed = 20261123;
	int same = 0, sta, stb;
	long bad_col = 0;

	for (int t = 0; t < 3000; t++) {
		int n = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 40;
		sb_reset(&line);
		sb_reset(&quoted);
		sb_addc(&quoted, '"');
		for (int k = 0; k < n; k++) {
			const char *p = bits[((seed = seed * 1103515245u +
			    12345u) >> 16) % (sizeof bits / sizeof *bits)];
			sb_adds(&line, p);
			sb_adds(&quoted, strcmp(p, ",") == 0 ? "\",\"" : p);
		}
		sb_adds(&line, t % 3 ? "\n" : "\r\n");
		sb_adds(&quoted, t % 3 ? "\"\n" : "\"\r\n");
		sta = mem(line.s, line.len, 0, &a, &err);
		stb = mem(quoted.s, quoted.len, 0, &b, &err);
		if (n == 0) /* a blank line; "" is one empty field */
			same += sta == 0 && stb == 0 && a.len == 0;
		else
			same += sta == stb && strcmp(sb_str(&a), sb_str(&b)) == 0;
	}
	CHECK_INT(same, 3000, "plain lines read as their quoted fields do");

	/* each stop byte at each place in a word, and a line end there */
	for (int at = 0; at < 20; at++) {
		char buf[64], want[96];
		const char *stop[] = {",", "\r", "\"", "\xC3\xA9", "\xFF"};
		for (int k = 0; k < 5; k++) {
			int st;
			memset(buf, 'x', (size_t)at);
			snprintf(buf + at, sizeof buf - (size_t)at, "%sy\n", stop[k]);
			st = mem(buf, strlen(buf), 0, &a, &err);
			if (k == 0) {
				snprintf(want, sizeof want, "1@0:%.*s|y\n", at, buf);
				same += st == 0 && strcmp(sb_str(&a), want) == 0;
			} else if (k == 1) {
				same += st == CS_EX_DATAERR &&
				    strstr(err, "carriage return") != NULL;
			} else if (k == 2) {
				same += st == CS_EX_DATAERR && (at == 0 ?
				    strstr(err, "unterminated quoted field") :
				    strstr(err, "quote inside an unquoted")) != NULL;
			} else if (k == 3) {
				snprintf(want, sizeof want, "1@0:%.*s\xC3\xA9y\n",
				    at, buf);
				same += st == 0 && strcmp(sb_str(&a), want) == 0;
			} else {
				snprintf(want, sizeof want, "column %d)", at + 1);
				same += st == CS_EX_DATAERR && strstr(err,
				    "invalid UTF-8 (byte 0xFF") != NULL &&
				    strstr(err, want) != NULL;
				bad_col += strstr(err, want) == NULL;
			}
		}
	}
	CHECK_INT(same, 3000 + 100, "stop bytes at every place of a word");

	/* many fields, then a quote: the careful path starts afresh */
	sb_reset(&line);
	for (int k = 0; k < 40; k++)
		sb_addf(&line, "f%d,", k);
	sb_adds(&line, "\"q\"\n");
	mem(line.s, line.len, 0, &a, &err);
	sb_reset(&quoted);
	sb_adds(&quoted, "1@0:");
	for (int k = 0; k < 40; k++)
		sb_addf(&quoted, "f%d|", k);
	sb_adds(&quoted, "q\n");
	CHECK_STR(sb_str(&a), quoted.s, "40 plain fields, then a quoted one");
	CHECK_INT(bad_col, 0, "invalid UTF-8: the column is said");
	sb_free(&line);
	sb_free(&quoted);
	sb_free(&a);
	sb_free(&b);
}

/* A torn tail is part of one row: a quote still open at the end that
 * takes in a line reading as a row of its own is an error. */
static void
test_ledger_open_quote(void)
{
	struct sbuf out = {0};
	const char *err, *s;
	int st;

	s = "a,b\n1,\"x\n2,y\n3,z\n";
	st = mem(s, strlen(s), CSV_READ_LEDGER, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "open quote taking in rows: 65");
	CHECK_STR(err, "t: x.csv:2: unterminated quoted field (opened here, "
	    "it takes in line 3, which reads as a row of its own, and every "
	    "line after it); add the missing closing quote, or remove the "
	    "stray one\n", "names the line it opened on");

	s = "a,b\n1,\"x\ny\n\nz, w, v\n";
	st = mem(s, strlen(s), CSV_READ_LEDGER, &out, &err);
	CHECK_INT(st, 0, "lines of a note (no commas where a row has them)");
	CHECK(strstr(err, "x.csv:2: incomplete last row") != NULL, "%s", err);

	s = "a,b\n1,\"x\n2,y\n3\",z";
	st = mem(s, strlen(s), CSV_READ_LEDGER, &out, &err);
	CHECK_INT(st, 0, "closed in the cut last line: one torn record");

	s = "a,\"b\nc,d\n";
	st = mem(s, strlen(s), CSV_READ_LEDGER, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "an open quote in the header: 65");

	s = "a,b\n1,y\r\"z";
	st = mem(s, strlen(s), CSV_READ_LEDGER, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "lone CR then an open quote: 65");
	CHECK(strstr(err, "x.csv:2: carriage return without line feed") !=
	    NULL, "%s", err);
	s = "a,b\n1,y\rz";
	st = mem(s, strlen(s), CSV_READ_LEDGER, &out, &err);
	CHECK_INT(st, CS_EX_DATAERR, "lone CR then more, torn: 65");
	s = "a,b\n1,y\r";
	st = mem(s, strlen(s), CSV_READ_LEDGER, &out, &err);
	CHECK_INT(st, 0, "a CR at the very end: cut before its LF");
	sb_free(&out);
}

int
main(void)
{
	cs_progname = "t";
	test_fast_path();
	test_utf8();
	test_lines();
	test_errors();
	test_ledger_mode();
	test_ledger_open_quote();
	test_files();
	test_table();
	test_write();
	CHECK_INT(unterminated_fields, 0, "every field NUL-terminated at its length");
	return UNIT_DONE();
}
