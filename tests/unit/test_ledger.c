/* test_ledger.c - ledger.c: create, check the header, append, torn tails,
 * the last record, locking, failed writes, concurrent writers. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cs.h"
#include "unit.h"

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

static char dir[64];
static char path[128];

static void
put(const char *name, const char *data, size_t n)
{
	char p[160];
	FILE *fp;

	snprintf(p, sizeof p, "%s/%s", dir, name);
	fp = fopen(p, "w");
	fwrite(data, 1, n, fp);
	fclose(fp);
}

static void
puts_file(const char *name, const char *data)
{
	put(name, data, strlen(data));
}

/* The whole file, malloc'd ("" if missing). */
static char *
slurp(const char *name)
{
	char p[160];
	struct sbuf b = {0};
	char buf[4096];
	size_t n;
	FILE *fp;

	snprintf(p, sizeof p, "%s/%s", dir, name);
	sb_adds(&b, "");
	if (!(fp = fopen(p, "r")))
		return b.s;
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		sb_add(&b, buf, n);
	fclose(fp);
	return b.s;
}

static const char *const vcols[] = {"id", "at", "customer", "note", NULL};

static void
test_new_and_existing(void)
{
	struct ledger_w w;
	struct sbuf b = {0};
	struct stat sb;
	const char *row1[] = {"V000001", "2026-02-13T17:00:00+08:00", "KH0001",
	    "王先生说\"很好\", 下次再来"};
	const char *row2[] = {"V000002", "2026-02-14T09:00:00+08:00", "KH0002", ""};
	const char *err;
	char *s;
	int st;

	snprintf(path, sizeof path, "%s/visits.csv", dir);
	umask(022);
	cap_begin();
	st = ledger_open(&w, path, vcols, 0);
	err = cap_end();
	CHECK_INT(st, 0, "new ledger opens");
	CHECK_STR(err, "", "quietly");
	CHECK(stat(path, &sb) == 0 && (sb.st_mode & 0777) == 0640, "mode 0640");
	CHECK_INT(w.ncols, 4, "4 columns");
	ledger_row(&w, &b, row1);
	ledger_row(&w, &b, row2);
	CHECK_INT(ledger_write(&w, &b), 0, "two rows written");
	ledger_close(&w);
	s = slurp("visits.csv");
	CHECK_STR(s, "id,at,customer,note\n"
	    "V000001,2026-02-13T17:00:00+08:00,KH0001,\"王先生说\"\"很好\"\", 下次再来\"\n"
	    "V000002,2026-02-14T09:00:00+08:00,KH0002,\n", "header and rows");
	free(s);

	/* another writer's column order, with a column it does not know */
	puts_file("v2.csv", "\xEF\xBB\xBF" "customer, id ,extra,NOTE,at\r\nKH0009,V9,x,n,t\r\n");
	snprintf(path, sizeof path, "%s/v2.csv", dir);
	st = ledger_open(&w, path, vcols, 0);
	CHECK_INT(st, 0, "existing ledger with BOM, CRLF, extra column");
	CHECK_INT(w.ncols, 5, "file columns");
	CHECK_INT(w.nknown, 4, "writer columns");
	CHECK_INT(ledger_col(&w, "EXTRA"), 2, "ledger_col is case-insensitive");
	CHECK_INT(ledger_col(&w, "id"), 1, "header names trimmed");
	CHECK_INT(ledger_col(&w, "none"), -1, "ledger_col: absent");
	sb_reset(&b);
	ledger_row(&w, &b, row2);
	CHECK_STR(b.s, "KH0002,V000002,,,2026-02-14T09:00:00+08:00\n",
	    "row in the file's order, extra column empty");
	CHECK_INT(ledger_write(&w, &b), 0, "appended");
	ledger_close(&w);
	s = slurp("v2.csv");
	CHECK_STR(s, "\xEF\xBB\xBF" "customer, id ,extra,NOTE,at\r\nKH0009,V9,x,n,t\r\n"
	    "KH0002,V000002,,,2026-02-14T09:00:00+08:00\n", "old bytes untouched");
	free(s);

	/* missing column */
	puts_file("v3.csv", "id,at\nV1,t\n");
	snprintf(path, sizeof path, "%s/v3.csv", dir);
	cap_begin();
	st = ledger_open(&w, path, vcols, 0);
	err = cap_end();
	CHECK_INT(st, CS_EX_DATAERR, "missing columns: 65");
	CHECK_STR(err, "t: v3.csv: missing columns customer, note (header has: "
	    "id,at)\n", "missing column message");

	/* duplicate header column */
	puts_file("v4.csv", "id,at,customer,note,ID\n");
	snprintf(path, sizeof path, "%s/v4.csv", dir);
	cap_begin();
	st = ledger_open(&w, path, vcols, 0);
	err = cap_end();
	CHECK_INT(st, CS_EX_DATAERR, "duplicate column: 65");
	CHECK_STR(err, "t: v4.csv:1: duplicate column ID\n", "duplicate message");
	sb_free(&b);
}

static void
test_symlink(void)
{
	struct ledger_w w;
	char target[160], link[160], want[256];
	const char *err;
	char *s;
	int st;

	puts_file("target.csv", "id,at,customer,note\n");
	snprintf(target, sizeof target, "%s/target.csv", dir);
	snprintf(link, sizeof link, "%s/link.csv", dir);
	CHECK(symlink(target, link) == 0, "symlink made");
	cap_begin();
	st = ledger_open(&w, link, vcols, 0);
	err = cap_end();
	CHECK_INT(st, CS_EX_CANTCREAT, "symlink: 73");
	snprintf(want, sizeof want, "t: %s: is a symbolic link; refusing to "
	    "write through it\n", link);
	CHECK_STR(err, want, "symlink message");
	s = slurp("target.csv");
	CHECK_STR(s, "id,at,customer,note\n", "target untouched");
	free(s);

	snprintf(link, sizeof link, "%s/no/such/dir.csv", dir);
	cap_begin();
	st = ledger_open(&w, link, vcols, 0);
	err = cap_end();
	CHECK_INT(st, CS_EX_CANTCREAT, "cannot create: 73");
	CHECK(strstr(err, "no/such/dir.csv: cannot open: No such file or directory")
	    != NULL, "cannot create message: %s", err);
}

static void
test_torn(void)
{
	struct ledger_w w;
	struct sbuf b = {0};
	const char *row[] = {"V3", "t3", "KH3", "n3"};
	const char *err;
	char *s;
	int st;

	puts_file("t.csv", "id,at,customer,note\nV1,t1,KH1,n1\nV2,t2,K");
	snprintf(path, sizeof path, "%s/t.csv", dir);
	cap_begin();
	st = ledger_open(&w, path, vcols, 0);
	err = cap_end();
	CHECK_INT(st, 0, "torn ledger opens");
	CHECK_STR(err, "t: t.csv: set aside a torn last row (7 bytes) in t.csv.torn\n",
	    "torn warning");
	ledger_row(&w, &b, row);
	CHECK_INT(ledger_write(&w, &b), 0, "append after the torn tail");
	ledger_close(&w);
	s = slurp("t.csv");
	CHECK_STR(s, "id,at,customer,note\nV1,t1,KH1,n1\nV3,t3,KH3,n3\n",
	    "torn tail cut, never glued to the next row");
	free(s);
	s = slurp("t.csv.torn");
	CHECK_STR(s, "V2,t2,K\n", "torn tail kept in .torn");
	free(s);

	/* cut after a newline inside quotes: the file ends in '\n' but the
	 * last record is open */
	puts_file("t.csv", "id,at,customer,note\nV1,t1,KH1,\"a\nb\"\nV2,t2,KH2,\"line1\n");
	cap_begin();
	st = ledger_open(&w, path, vcols, 0);
	err = cap_end();
	CHECK_INT(st, 0, "ledger torn inside quotes opens");
	CHECK_STR(err, "t: t.csv: set aside a torn last row (17 bytes) in t.csv.torn\n",
	    "torn-inside-quotes warning");
	ledger_close(&w);
	s = slurp("t.csv");
	CHECK_STR(s, "id,at,customer,note\nV1,t1,KH1,\"a\nb\"\n",
	    "open record cut");
	free(s);
	s = slurp("t.csv.torn");
	CHECK_STR(s, "V2,t2,K\nV2,t2,KH2,\"line1\n", "second tail appended to .torn");
	free(s);

	/* the same with more lines of the cut field, which alone read as
	 * records (of the wrong width) */
	puts_file("t.csv", "id,at,customer,note\nV1,t1,KH1,n1\n"
	    "V2,t2,KH2,\"line1\nline2\nline3, with a comma\n");
	cap_begin();
	st = ledger_open(&w, path, vcols, 0);
	err = cap_end();
	CHECK_STR(err, "t: t.csv: set aside a torn last row (43 bytes) in t.csv.torn\n",
	    "multi-line torn field set aside");
	ledger_close(&w);
	s = slurp("t.csv");
	CHECK_STR(s, "id,at,customer,note\nV1,t1,KH1,n1\n", "cut back to V1");
	free(s);

	/* a torn header */
	puts_file("h.csv", "id,at,cus");
	snprintf(path, sizeof path, "%s/h.csv", dir);
	cap_begin();
	st = ledger_open(&w, path, vcols, 0);
	err = cap_end();
	CHECK_INT(st, 0, "torn header: starts again");
	ledger_close(&w);
	s = slurp("h.csv");
	CHECK_STR(s, "id,at,customer,note\n", "fresh header");
	free(s);

	/* what a reader sees after a crash, before the next append */
	puts_file("r.csv", "id,at,customer,note\nV1,t1,KH1,n1\nV2,t");
	snprintf(path, sizeof path, "%s/r.csv", dir);
	cap_begin();
	st = csv_read(path, 0, CSV_READ_LEDGER | CSV_READ_HEADER, NULL, NULL, NULL);
	err = cap_end();
	CHECK_INT(st, 0, "reader skips the torn row");
	CHECK_STR(err, "t: r.csv:3: incomplete last row left out (a write was cut "
	    "off; the next append sets it aside)\n", "reader warning");
	sb_free(&b);
}

static void
test_last(void)
{
	struct ledger_w w;
	struct csv_table t;
	struct sbuf b = {0};
	const char *note;
	char id[32];
	int st;

	snprintf(path, sizeof path, "%s/last.csv", dir);
	st = ledger_open(&w, path, vcols, 0);
	st = ledger_last(&w, &t);
	CHECK_INT(st, 0, "ledger_last on a new ledger");
	CHECK_INT(t.nrows, 0, "header only: no row");
	CHECK_INT(t.ncols, 4, "but the columns");
	CHECK_STR(t.cols[2], "customer", "column names");
	csv_table_free(&t);

	for (int i = 1; i <= 3000; i++) {
		const char *row[] = {id, "t", "KH", i % 3 ? "plain" : "多\n行"};

		snprintf(id, sizeof id, "V%06d", i);
		ledger_row(&w, &b, row);
	}
	CHECK_INT(ledger_write(&w, &b), 0, "3000 rows");
	st = ledger_last(&w, &t);
	CHECK_INT(st, 0, "ledger_last");
	CHECK_INT(t.nrows, 1, "one row");
	CHECK_STR(t.nrows ? t.rows[0].f[0] : NULL, "V003000", "the last row");
	CHECK_STR(t.nrows ? t.rows[0].f[3] : NULL, "多\n行", "its multi-line note");
	csv_table_free(&t);

	/* last rows whose lines, read alone, look like records */
	{
		const char *row[] = {"V003001", "t", "KH", "x\n\",KH,\"y\n"};
		const char *row2[] = {"V003002", "t", "KH", "hello\n"};

		sb_reset(&b);
		ledger_row(&w, &b, row);
		CHECK_INT(ledger_write(&w, &b), 0, "tricky row");
		st = ledger_last(&w, &t);
		CHECK_STR(t.nrows ? t.rows[0].f[0] : NULL, "V003001",
		    "quoted lines in the last row are not records");
		CHECK_STR(t.nrows ? t.rows[0].f[3] : NULL, "x\n\",KH,\"y\n", "its note");
		csv_table_free(&t);
		sb_reset(&b);
		ledger_row(&w, &b, row2);
		ledger_write(&w, &b);
		st = ledger_last(&w, &t);
		CHECK_STR(t.nrows ? t.rows[0].f[0] : NULL, "V003002",
		    "note ending in a newline");
		csv_table_free(&t);
	}

	/* a last row bigger than the first look at the tail */
	{
		struct sbuf big = {0};
		const char *row[] = {"V003003", "t", "KH", NULL};

		for (int i = 0; i < 3000; i++)
			sb_addf(&big, "第%d行, \"引号\"\n", i);
		row[3] = big.s;
		sb_reset(&b);
		ledger_row(&w, &b, row);
		ledger_write(&w, &b);
		st = ledger_last(&w, &t);
		CHECK_INT(st, 0, "ledger_last with a %zu-byte row", big.len);
		CHECK_STR(t.nrows ? t.rows[0].f[0] : NULL, "V003003", "found it");
		note = t.nrows ? t.rows[0].f[3] : "";
		CHECK(strcmp(note, big.s) == 0, "its note intact");
		csv_table_free(&t);
		sb_free(&big);
	}
	ledger_close(&w);

	/* reopening it does not see a torn tail */
	{
		const char *err;

		cap_begin();
		st = ledger_open(&w, path, vcols, 0);
		err = cap_end();
		CHECK_INT(st, 0, "reopened");
		CHECK_STR(err, "", "no torn tail in a good ledger");
		ledger_close(&w);
	}
	sb_free(&b);
}

static void
test_lock(void)
{
	struct ledger_w w;
	const char *err;
	int fd, st;

	snprintf(path, sizeof path, "%s/lock.csv", dir);
	fd = open(path, O_RDWR | O_CREAT, 0640);
	CHECK(flock(fd, LOCK_EX) == 0, "another writer holds the lock");
	cap_begin();
	st = ledger_open(&w, path, vcols, 0.05);
	err = cap_end();
	CHECK_INT(st, CS_EX_TEMPFAIL, "lock busy: 75");
	CHECK_STR(err, "t: lock.csv: locked by another writer for 0.05 s; try "
	    "again later (or --wait SECONDS)\n", "lock message");
	flock(fd, LOCK_UN);
	st = ledger_open(&w, path, vcols, 0.05);
	CHECK_INT(st, 0, "lock free: opens");
	CHECK(flock(fd, LOCK_EX | LOCK_NB) != 0, "ledger_open holds the lock");
	ledger_close(&w);
	CHECK(flock(fd, LOCK_EX | LOCK_NB) == 0, "ledger_close releases it");
	close(fd);
}

static void
test_failed_write(void)
{
	struct ledger_w w;
	struct sbuf b = {0};
	char *before, *after;
	int status;
	pid_t pid;

	/* valgrind does not keep a program's SIG_IGN of SIGXFSZ: the limit
	 * kills it (tests/golden/reliability/full-disk-fsize.t skips too) */
	const char *vg = getenv("VALGRIND");
	if (vg && *vg && strcmp(vg, "0") != 0) {
		printf("ok - a write over the limit fails with 74 # SKIP under valgrind\n");
		return;
	}
	snprintf(path, sizeof path, "%s/full.csv", dir);
	puts_file("full.csv", "id,at,customer,note\nV1,t,KH,n\n");
	before = slurp("full.csv");
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		struct rlimit rl;
		const char *row[] = {"V2", "t", "KH", "a note long enough not to fit"};
		int st;

		cs_quiet = true;
		signal(SIGXFSZ, SIG_IGN);
		if (ledger_open(&w, path, vcols, 0))
			_exit(1);
		rl.rlim_cur = rl.rlim_max = strlen(before) + 10;
		setrlimit(RLIMIT_FSIZE, &rl);
		ledger_row(&w, &b, row);
		st = ledger_write(&w, &b);
		_exit(st);
	}
	waitpid(pid, &status, 0);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == CS_EX_IOERR,
	    "a write over the limit fails with 74");
	after = slurp("full.csv");
	CHECK_STR(after, before, "ledger byte-identical after the failed write");
	free(before);
	free(after);
	sb_free(&b);
}

/* A quote left open in the middle (a hand edit) takes in rows: readers
 * and writers refuse, naming the line it opened on, and nothing is cut or
 * written; a torn tail (part of one row) is still set aside. */
static void
test_open_quote(void)
{
	static const char open_mid[] = "id,at,customer,note\n"
	    "V1,t1,KH1,\"oops\nV2,t2,KH2,n2\nV3,t3,KH3,n3\n";
	static const char want_err[] = "t: o.csv:2: unterminated quoted "
	    "field (opened here, it takes in line 3, which reads as a row of "
	    "its own, and every line after it); add the missing closing "
	    "quote, or remove the stray one\n";
	struct ledger_w w;
	struct cache_mark m;
	const char *err;
	char *s;
	int st, fd;

	puts_file("o.csv", open_mid);
	snprintf(path, sizeof path, "%s/o.csv", dir);
	cap_begin();
	st = csv_read(path, 0, CSV_READ_LEDGER | CSV_READ_HEADER, NULL, NULL,
	    NULL);
	err = cap_end();
	CHECK_INT(st, CS_EX_DATAERR, "reader: an open quote mid-file is 65");
	CHECK_STR(err, want_err, "reader names the line the quote opened on");
	cap_begin();
	st = ledger_open(&w, path, vcols, 0);
	err = cap_end();
	CHECK_INT(st, CS_EX_DATAERR, "writer: refused");
	CHECK_STR(err, want_err, "writer: the same message");
	s = slurp("o.csv");
	CHECK_STR(s, open_mid, "nothing cut or written");
	free(s);
	s = slurp("o.csv.torn");
	CHECK_STR(s, "", "nothing set aside");
	free(s);

	/* a row with a quoted field after the open quote: the quote ending
	 * it is not what is wrong */
	puts_file("o.csv", "id,at,customer,note\nV1,t1,KH1,\"oops\n"
	    "V2,t2,KH2,n2\nV3,t3,KH3,\"a, b\"\n");
	cap_begin();
	st = ledger_open(&w, path, vcols, 0);
	err = cap_end();
	CHECK_INT(st, CS_EX_DATAERR, "open quote ended by a later one: 65");
	CHECK(strstr(err, "o.csv:2: unterminated quoted field (opened here, "
	    "it takes in line 3, which reads as a row of its own, and runs on "
	    "to line 4)") != NULL, "names line 2: %s", err);

	/* the same in a torn tail: the rest of one row (its note's lines
	 * are no rows) is set aside */
	puts_file("o.csv", "id,at,customer,note\nV1,t1,KH1,n1\n"
	    "V2,t2,KH2,\"line 1\nline 2, and more\n");
	cap_begin();
	st = ledger_open(&w, path, vcols, 0);
	err = cap_end();
	CHECK_INT(st, 0, "torn inside a multi-line note: opens");
	CHECK_STR(err, "t: o.csv: set aside a torn last row (35 bytes) in "
	    "o.csv.torn\n", "torn note set aside");
	ledger_close(&w);

	/* a CR outside quotes, then an open quote: no cut write leaves that */
	puts_file("o.csv", "id,at,customer,note\nV1,t1,KH1,n1\rV2,\"x");
	cap_begin();
	st = csv_read(path, 0, CSV_READ_LEDGER | CSV_READ_HEADER, NULL, NULL,
	    NULL);
	err = cap_end();
	CHECK_INT(st, CS_EX_DATAERR, "lone CR, open quote, torn: 65");
	CHECK(strstr(err, "o.csv:2: carriage return without line feed") !=
	    NULL, "CR message: %s", err);
	cap_begin();
	st = ledger_open(&w, path, vcols, 0);
	err = cap_end();
	CHECK_INT(st, CS_EX_DATAERR, "writer agrees");
	puts_file("o.csv", "id,at,customer,note\nV1,t1,KH1,n1\r");
	st = csv_read(path, 0, CSV_READ_LEDGER | CSV_READ_HEADER | CSV_READ_QUIET,
	    NULL, NULL, NULL);
	CHECK_INT(st, 0, "a CR cut before its LF is torn");

	/* from a cache mark: only the rows after it are read (a bad byte
	 * before it is not seen), with the header's width to tell rows */
	puts_file("m.csv", "id,at,customer,note\nV1,t1,KH1,\xFF\n"
	    "V2,t2,KH2,\"oops\nV3,t3,KH3,n3\n");
	snprintf(path, sizeof path, "%s/m.csv", dir);
	fd = open(path, O_RDONLY);
	CHECK(cache_mark_make(fd, 32, 3, &m) == 0, "mark after V1");
	CHECK(ckpt_write(dir, "m-ckpt", 99, 0, &m, "", 0) == 0, "checkpoint");
	close(fd);
	cap_begin();
	st = ledger_open(&w, path, vcols, 0);
	err = cap_end();
	CHECK_INT(st, CS_EX_DATAERR, "open quote after the mark: 65");
	CHECK(strstr(err, "m.csv:3: unterminated quoted field (opened here, "
	    "it takes in line 4") != NULL, "line from the mark: %s", err);
	puts_file("m.csv", "id,at,customer,note\nV1,t1,KH1,\xFF\n"
	    "V2,t2,KH2,n2\nV3,t3,K");
	cap_begin();
	st = ledger_open(&w, path, vcols, 0);
	err = cap_end();
	CHECK_INT(st, 0, "from the mark: the bad byte before it is not read");
	CHECK_STR(err, "t: m.csv: set aside a torn last row (7 bytes) in "
	    "m.csv.torn\n", "torn tail after the mark");
	ledger_close(&w);
	cache_off = true;
	cap_begin();
	st = ledger_open(&w, path, vcols, 0);
	err = cap_end();
	CHECK_INT(st, CS_EX_DATAERR, "--no-cache: all of it is read");
	CHECK(strstr(err, "m.csv:2: invalid UTF-8") != NULL, "%s", err);
	cache_off = false;
	cix_remove(dir, "m-ckpt");
}

/* A ledger a writer creates gets its header with the first rows; if none
 * are written (refused, or the write fails) it is removed again. */
static void
test_new_left_behind(void)
{
	struct ledger_w w;
	struct sbuf b = {0};
	const char *row[] = {"V1", "t", "KH", "n"};
	struct stat sb;
	int status, st;
	pid_t pid;
	char *s;

	snprintf(path, sizeof path, "%s/new.csv", dir);
	st = ledger_open(&w, path, vcols, 0);
	CHECK_INT(st, 0, "new ledger opens");
	CHECK(stat(path, &sb) == 0 && sb.st_size == 0, "created, empty so far");
	CHECK_INT(ledger_write(&w, &b), 0, "no rows: nothing to write");
	ledger_close(&w);
	CHECK(stat(path, &sb) != 0, "nothing written: no file left behind");

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		struct rlimit rl;

		cs_quiet = true;
		if (ledger_open(&w, path, vcols, 0))
			_exit(1);
		rl.rlim_cur = rl.rlim_max = 10;
		setrlimit(RLIMIT_FSIZE, &rl);
		ledger_row(&w, &b, row);
		st = ledger_write(&w, &b);
		ledger_close(&w);
		_exit(st);
	}
	waitpid(pid, &status, 0);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == CS_EX_IOERR,
	    "the first write fails with 74");
	CHECK(stat(path, &sb) != 0, "failed first write: no file left behind");

	st = ledger_open(&w, path, vcols, 0);
	ledger_row(&w, &b, row);
	CHECK_INT(ledger_write(&w, &b), 0, "first rows written");
	ledger_close(&w);
	s = slurp("new.csv");
	CHECK_STR(s, "id,at,customer,note\nV1,t,KH,n\n", "header with them");
	free(s);

	/* an empty file that was there is left as it was */
	puts_file("empty.csv", "");
	snprintf(path, sizeof path, "%s/empty.csv", dir);
	st = ledger_open(&w, path, vcols, 0);
	ledger_close(&w);
	s = slurp("empty.csv");
	CHECK_STR(s, "id,at,customer,note\n", "an existing empty ledger gets "
	    "its header at once");
	free(s);
	sb_free(&b);
}

static int
count_ids(const struct csv_rec *r, void *ctx)
{
	struct strmap *m = ctx;

	if (r->line == 1)
		return 0;
	if (strmap_get(m, r->f[0]) >= 0)
		return 99;
	strmap_put(m, r->f[0], 1);
	return 0;
}

static void
test_concurrent(void)
{
	struct strmap ids = {0};
	int status, ok = 0, st;
	const int nproc = 6, nrows = 40;

	snprintf(path, sizeof path, "%s/conc.csv", dir);
	fflush(stdout);
	for (int p = 0; p < nproc; p++) {
		if (fork() == 0) {
			for (int i = 0; i < nrows; i++) {
				struct ledger_w w;
				struct sbuf b = {0};
				char id[32];
				const char *row[] = {id, "t", "KH", "多行\n备注"};

				snprintf(id, sizeof id, "P%dR%d", p, i);
				if (ledger_open(&w, path, vcols, 10))
					_exit(1);
				ledger_row(&w, &b, row);
				if (ledger_write(&w, &b))
					_exit(2);
				ledger_close(&w);
				sb_free(&b);
			}
			_exit(0);
		}
	}
	for (int p = 0; p < nproc; p++)
		if (wait(&status) > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0)
			ok++;
	CHECK_INT(ok, nproc, "every writer finished");
	st = csv_read(path, 0, CSV_READ_HEADER | CSV_READ_LEDGER, count_ids, &ids, NULL);
	CHECK_INT(st, 0, "ledger parses, no id twice");
	CHECK_INT(ids.len, nproc * nrows, "every row present once");
	strmap_free(&ids);
}

int
main(void)
{
	char cmd[128];

	cs_progname = "t";
	snprintf(dir, sizeof dir, "/tmp/cs-test-ledgerXXXXXX");
	if (!mkdtemp(dir))
		return 2;
	test_new_and_existing();
	test_symlink();
	test_torn();
	test_last();
	test_lock();
	test_failed_write();
	test_open_quote();
	test_new_left_behind();
	test_concurrent();
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", dir);
	return UNIT_DONE();
}
