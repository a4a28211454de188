/* test_cache.c - checkpoints, indexes and their keys (cache.c), and
 * reading a ledger on from a checkpoint (csv_read_at). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csv.h>

#include "cs.h"
#include "unit.h"

static char dir[] = "/tmp/test_cache.XXXXXX";

static char *
in_dir(const char *name)
{
	return path_join(dir, name);
}

static void
write_file(const char *name, const char *text, const char *mode)
{
	char *p = in_dir(name);
	FILE *fp = fopen(p, mode);

	fputs(text, fp);
	fclose(fp);
	free(p);
}

static int
open_in(const char *name)
{
	char *p = in_dir(name);
	int fd = open(p, O_RDONLY);

	free(p);
	return fd;
}

static void
test_hash(void)
{
	char a[100], b[100];

	memset(a, 'x', sizeof a);
	memcpy(b, a, sizeof b);
	CHECK(cache_hash(a, sizeof a, 1) == cache_hash(b, sizeof b, 1),
	    "same bytes, same hash");
	b[57] = 'y';
	CHECK(cache_hash(a, sizeof a, 1) != cache_hash(b, sizeof b, 1),
	    "one byte differs, the hash differs");
	CHECK(cache_hash(a, 10, 1) != cache_hash(a, 11, 1),
	    "the length counts");
	CHECK(cache_hash(a, 10, 1) != cache_hash(a, 10, 2), "the seed counts");
	CHECK(cache_hash_str("ab", 0) != cache_hash_str("a", 0) &&
	    cache_hash(NULL, 0, 3) == cache_hash("", 0, 3), "strings, empty");
}

static void
test_mark(void)
{
	struct cache_mark m, m2;
	struct sbuf big = {0};
	int fd;

	write_file("l.csv", "id,x\n1,a\n2,b\n", "w");
	fd = open_in("l.csv");
	CHECK_INT(cache_mark_make(fd, 9, 2, &m), 0, "mark at byte 9");
	CHECK(cache_mark_holds(fd, &m), "it holds");
	close(fd);
	write_file("l.csv", "3,c\n", "a");
	fd = open_in("l.csv");
	CHECK(cache_mark_holds(fd, &m), "it holds after an append");
	close(fd);
	write_file("l.csv", "id,x\n1,A\n2,b\n3,c\n", "w");
	fd = open_in("l.csv");
	CHECK(!cache_mark_holds(fd, &m), "not after a change before it");
	close(fd);
	write_file("l.csv", "id,x\n1,a\n", "w");
	fd = open_in("l.csv");
	CHECK(cache_mark_holds(fd, &m), "a change only after it: holds");
	close(fd);
	write_file("l.csv", "id,x\n", "w");
	fd = open_in("l.csv");
	CHECK(!cache_mark_holds(fd, &m), "not when shorter");
	CHECK_INT(cache_mark_make(fd, 99, 1, &m2), -1, "no mark past the end");
	close(fd);
	/* a large ledger: its first 4 KiB and the 4 KiB before the mark */
	for (int i = 0; i < 5000; i++)
		sb_addf(&big, "%d,row %d\n", i, i);
	write_file("big.csv", sb_str(&big), "w");
	fd = open_in("big.csv");
	CHECK_INT(cache_mark_make(fd, (int64_t)big.len, 5001, &m), 0,
	    "mark at the end of %zu bytes", big.len);
	close(fd);
	big.s[big.len - 100] = 'X';
	write_file("big.csv", sb_str(&big), "w");
	fd = open_in("big.csv");
	CHECK(!cache_mark_holds(fd, &m), "a change just before the mark");
	close(fd);
	big.s[big.len - 100] = big.s[big.len - 99] == ',' ? '9' : big.s[big.len - 100];
	big.s[10] = 'Y';
	write_file("big.csv", sb_str(&big), "w");
	fd = open_in("big.csv");
	CHECK(!cache_mark_holds(fd, &m), "a change at the start");
	close(fd);
	sb_free(&big);
}

static void
test_ckpt(void)
{
	struct cache_mark m, got;
	char data[1000], *p;
	size_t len;
	int fd;

	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (char)(i * 7);
	write_file("l.csv", "id,x\n1,a\n2,b\n", "w");
	fd = open_in("l.csv");
	cache_mark_make(fd, 13, 3, &m);
	CHECK_INT(ckpt_write(dir, "t", 9, 42, &m, data, sizeof data), 0,
	    "checkpoint written");
	p = ckpt_read(dir, "t", 9, 42, fd, &got, &len);
	CHECK(p && len == sizeof data && memcmp(p, data, len) == 0,
	    "read back");
	CHECK(got.offset == 13 && got.line == 3, "with its mark");
	free(p);
	CHECK(!ckpt_read(dir, "t", 8, 42, fd, &got, &len), "not another kind");
	CHECK(!ckpt_read(dir, "t", 9, 43, fd, &got, &len), "not other deps");
	setenv("CS_CACHE_VERSION", "other", 1);
	CHECK(!ckpt_read(dir, "t", 9, 42, fd, &got, &len),
	    "not another version");
	unsetenv("CS_CACHE_VERSION");
	close(fd);
	{
		char *cp = cache_path(dir, "t");
		int cfd = open(cp, O_WRONLY);
		pwrite(cfd, "Z", 1, 500);
		close(cfd);
		free(cp);
	}
	fd = open_in("l.csv");
	CHECK(!ckpt_read(dir, "t", 9, 42, fd, &got, &len), "not when damaged");
	cache_off = true;
	CHECK_INT(ckpt_write(dir, "t2", 9, 42, &m, data, 10), -1,
	    "--no-cache writes none");
	CHECK(!ckpt_read(dir, "t", 9, 42, fd, &got, &len), "and reads none");
	cache_off = false;
	close(fd);
}

/* A payload's sum in pieces of any size is its sum in one. */
static void
test_sum_pieces(void)
{
	unsigned char a[300];
	struct cache_hasher x;
	uint64_t whole, h;
	bool same = true, differs = true;

	for (size_t i = 0; i < sizeof a; i++)
		a[i] = (unsigned char)(i * 31 + 7);
	for (size_t n = 0; n <= sizeof a; n += 37) {
		cache_hash_begin(&x, n, 5);
		cache_hash_add(&x, a, n);
		whole = cache_hash_end(&x);
		for (size_t step = 1; step <= 40; step += 3) {
			cache_hash_begin(&x, n, 5);
			for (size_t at = 0; at < n; at += step)
				cache_hash_add(&x, a + at,
				    n - at < step ? n - at : step);
			same = same && cache_hash_end(&x) == whole;
		}
		if (n > 0) {
			a[n - 1] ^= 1;
			cache_hash_begin(&x, n, 5);
			cache_hash_add(&x, a, n);
			h = cache_hash_end(&x);
			a[n - 1] ^= 1;
			differs = differs && h != whole;
		}
	}
	CHECK(same, "the sum in pieces is the sum in one");
	CHECK(differs, "the last byte counts");
}

/* ckpt_open/_take/_done, and parts appended to a checkpoint. */
static void
test_ckpt_parts(void)
{
	struct cache_mark m, got, m2, m3, at;
	struct ckpt_in in;
	char data[1000], back[1000], *p;
	size_t len;
	uint64_t id, id2;
	int64_t end;
	int fd;

	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (char)(i * 11);
	write_file("p.csv", "id,x\n1,a\n2,b\n", "w");
	fd = open_in("p.csv");
	cache_mark_make(fd, 13, 3, &m);
	CHECK_INT(ckpt_write(dir, "pt", 9, 42, &m, data, sizeof data), 0,
	    "checkpoint written");
	CHECK_INT(ckpt_open(&in, dir, "pt", 9, 42, fd, &got, &len, &id), 0,
	    "opened");
	CHECK(len == sizeof data && ckpt_take(&in, back, 300) == 0 &&
	    ckpt_take(&in, back + 300, 700) == 0 &&
	    ckpt_done(&in, &got) == 0 && memcmp(back, data, len) == 0,
	    "taken in two pieces");
	CHECK_INT(ckpt_open(&in, dir, "pt", 9, 42, fd, &got, &len, &id), 0,
	    "opened again");
	CHECK(ckpt_take(&in, back, 300) == 0 && ckpt_done(&in, &got) != 0,
	    "not all taken: not good");
	close(fd);

	/* no parts yet */
	fd = open_in("p.csv");
	p = ckpt_read_id(dir, "pt", 9, 42, fd, &at, &len, &id);
	free(p);
	p = ckpt_more_read(dir, "pt", 9, id, fd, &at, &len, &end);
	CHECK(!p && len == 0 && end == 0 && at.offset == 13, "no parts");
	close(fd);
	write_file("p.csv", "3,c\n", "a");
	write_file("p.csv", "4,d\n", "a");
	fd = open_in("p.csv");
	cache_mark_make(fd, 17, 4, &m2);
	cache_mark_make(fd, 21, 5, &m3);
	CHECK_INT(ckpt_more_append(dir, "pt", 9, id, 0, &at, &m2, "one", 3), 0,
	    "a part appended");
	CHECK_INT(ckpt_more_append(dir, "pt", 9, id, 0, &at, &m2, "one", 3), -1,
	    "not where the parts do not end");
	p = ckpt_more_read(dir, "pt", 9, id, fd, &at, &len, &end);
	CHECK(p && len == 3 && memcmp(p, "one", 3) == 0 && at.offset == 17 &&
	    at.line == 4 && end > 0, "read back, the mark moved on");
	free(p);
	CHECK_INT(ckpt_more_append(dir, "pt", 9, id, end, &at, &m3, "two", 3),
	    0, "a second part");
	at = m;
	p = ckpt_more_read(dir, "pt", 9, id, fd, &at, &len, &end);
	CHECK(p && len == 6 && memcmp(p, "onetwo", 6) == 0 && at.offset == 21,
	    "both, in order");
	free(p);
	at = m;
	p = ckpt_more_read(dir, "pt", 9, id + 1, fd, &at, &len, &end);
	CHECK(!p && end == -1 && at.offset == 13,
	    "not another checkpoint's parts");
	at = m2;
	p = ckpt_more_read(dir, "pt", 9, id, fd, &at, &len, &end);
	CHECK(!p && end == -1, "not from another mark");
	/* a new checkpoint: the parts go */
	CHECK_INT(ckpt_write(dir, "pt", 9, 42, &m3, data, 10), 0, "rewritten");
	p = ckpt_read_id(dir, "pt", 9, 42, fd, &at, &len, &id2);
	free(p);
	p = ckpt_more_read(dir, "pt", 9, id2, fd, &at, &len, &end);
	CHECK(id2 != id && !p && end == 0, "its parts removed");
	close(fd);
}

#define K(s) cache_hash_str(s, 0)

static void
test_index(void)
{
	struct cache_ix x;
	struct cache_mark m;
	int64_t off[8];
	int fd, n;

	write_file("l.csv", "id,x\n1,a\n2,b\n", "w");
	fd = open_in("l.csv");
	CHECK_INT(cix_open(&x, dir, "ix", 5, 7, fd), -1, "no index yet");
	cix_close(&x);
	cix_new(&x, 5, 7, 2);
	for (int i = 1; i <= 3000; i++)
		cix_add(&x, (uint64_t)i * 0x9E3779B97F4A7C15ULL, i);
	CHECK(x.nslots > 3000 && !cix_full(&x), "grown in memory: %llu slots",
	    (unsigned long long)x.nslots);
	cix_add(&x, K("a"), 77);
	cix_add(&x, K("a"), 88);
	cix_add(&x, K("a"), 77);
	n = cix_find(&x, K("a"), off, 8);
	CHECK(n == 2 && off[0] == 77 && off[1] == 88, "two offsets for a key");
	CHECK_INT(cix_find(&x, K("b"), off, 8), 0, "none for another");
	CHECK_INT(cix_add(&x, K("c"), 0), -1, "offset 0 is the header's");
	cache_mark_make(fd, 9, 2, &m);
	x.meta[0] = 99;
	CHECK_INT(cix_save(&x, dir, "ix", &m), 0, "saved");
	cix_close(&x);
	CHECK_INT(cix_open(&x, dir, "ix", 5, 7, fd), 0, "opened");
	CHECK(x.meta[0] == 99 && x.mark.offset == 9, "its figures and mark");
	n = cix_find(&x, K("a"), off, 8);
	CHECK(n == 2 && off[0] == 77 && off[1] == 88, "found on disk");
	n = cix_find(&x, 2999 * 0x9E3779B97F4A7C15ULL, off, 8);
	CHECK(n == 1 && off[0] == 2999, "and the others");
	CHECK_INT(cix_add(&x, K("d"), 5), 0, "added on disk");
	cache_mark_make(fd, 13, 3, &m);
	x.smeta[0] = 100;
	CHECK_INT(cix_soft(&x, &m), 0, "soft mark");
	cix_close(&x);
	CHECK_INT(cix_open(&x, dir, "ix", 5, 7, fd), 0, "opened again");
	CHECK(x.mark.offset == 9 && x.soft.offset == 13 && x.smeta[0] == 100 &&
	    x.meta[0] == 99, "the soft mark, this boot");
	CHECK(cix_find(&x, K("d"), off, 8) == 1 && off[0] == 5,
	    "the added one is there");
	cix_close(&x);
	CHECK_INT(cix_open(&x, dir, "ix", 5, 8, fd), -1, "not other deps");
	cix_close(&x);
	close(fd);
	write_file("l.csv", "id,x\n1,A\n2,b\n", "w");
	fd = open_in("l.csv");
	CHECK_INT(cix_open(&x, dir, "ix", 5, 7, fd), -1,
	    "not when the ledger changed");
	cix_close(&x);
	close(fd);
}

struct lines {
	long line[8];
	int64_t off[8];
	int n;
};

static int
note_line(const struct csv_rec *r, void *ctx)
{
	struct lines *l = ctx;

	if (l->n < 8) {
		l->line[l->n] = r->line;
		l->off[l->n++] = r->offset;
	}
	return 0;
}

static void
test_read_at(void)
{
	struct csv_at at = {0, 1, 0, 0};
	struct lines l = {0};
	char *p;

	write_file("q.csv", "id,x\n1,\"a\nb\"\n2,c\n\n3,d\n4,torn", "w");
	p = in_dir("q.csv");
	CHECK_INT(csv_read_at(p, -1, &at, CSV_READ_LEDGER | CSV_READ_QUIET,
	    note_line, &l), 0, "read all");
	CHECK(l.n == 4 && l.line[1] == 2 && l.line[2] == 4 && l.line[3] == 6,
	    "lines 1 2 4 6");
	CHECK(at.end == 22 && at.end_line == 7, "ends at byte %lld line %ld "
	    "(before the torn row)", (long long)at.end, at.end_line);
	CHECK(l.off[2] == 13 && l.off[3] == 18, "offsets 13 18");
	memset(&l, 0, sizeof l);
	at.start = 13;
	at.line = 4;
	CHECK_INT(csv_read_at(p, -1, &at, CSV_READ_LEDGER | CSV_READ_QUIET,
	    note_line, &l), 0, "read on from byte 13, line 4");
	CHECK(l.n == 2 && l.line[0] == 4 && l.line[1] == 6 && l.off[0] == 13 &&
	    l.off[1] == 18, "the same lines and offsets");
	CHECK(at.end == 22 && at.end_line == 7, "and the same end");
	free(p);
}

/* csv.c splits lines without quotes itself: the same records as libcsv
 * makes of random input (quoted fields with commas, quotes and newlines,
 * spaces, empty fields, blank lines, LF and CRLF). */
struct flat {
	struct sbuf b;    /* fields joined by \x1F, records by \x1E */
	int nf;
};

static void
ref_field(void *f, size_t len, void *ctx)
{
	struct flat *x = ctx;

	sb_add(&x->b, f, len);
	sb_addc(&x->b, '\x1F');
	x->nf++;
}

static void
ref_row(int c, void *ctx)
{
	struct flat *x = ctx;

	(void)c;
	if (x->nf > 0)
		sb_addc(&x->b, '\x1E');
	x->nf = 0;
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static int
got_rec(const struct csv_rec *r, void *ctx)
{
	struct flat *x = ctx;

	for (int i = 0; i < r->nf; i++) {
		sb_add(&x->b, r->f[i], r->len[i]);
		sb_addc(&x->b, '\x1F');
	}
	sb_addc(&x->b, '\x1E');
	return 0;
}

static void
test_plain_lines(void)
{
	static const char *const bits[] = {
		"a", "bc", " ", "  x ", ",", ",", ",", "\n", "\n", "\r\n",
		"\"q,\"", "\"a\"\"b\"", "\"l1\nl2\"", "\"\"", "王", "",
	};
	unsigned seed = 12345;
	int same = 0, compared = 0, n = 2000;

	for (int t = 0; t < n; t++) {
		struct sbuf in = {0};
		struct flat want = {0}, got = {0};
		struct csv_parser p;
		int len = (int)(seed % 40) + 1;

		for (int i = 0; i < len; i++) {
			seed = seed * 1103515245u + 12345u;
			/* a quoted field only where a field starts */
			const char *b = bits[(seed >> 16) % (sizeof bits / sizeof *bits)];
			if (b[0] == '"' && in.len > 0 && in.s[in.len - 1] != ',' &&
			    in.s[in.len - 1] != '\n')
				b = ",";
			if (in.len > 0 && in.s[in.len - 1] == '"' && b[0] != ',' &&
			    b[0] != '\n' && b[0] != '\r')
				b = ",";
			sb_adds(&in, b);
		}
		sb_adds(&in, "\n");
		csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL |
		    CSV_REPALL_NL);
		csv_set_space_func(&p, no_space);
		if (csv_parse(&p, in.s, in.len, ref_field, ref_row, &want) !=
		    in.len || csv_fini(&p, ref_field, ref_row, &want) != 0) {
			csv_free(&p);
			sb_free(&in);
			sb_free(&want.b);
			continue; /* not CSV: nothing to compare */
		}
		csv_free(&p);
		compared++;
		cs_quiet = true;
		if (csv_read_mem("t", in.s, in.len, 0, got_rec, &got) == 0 &&
		    strcmp(sb_str(&want.b), sb_str(&got.b)) == 0)
			same++;
		else
			printf("# differs: [%s]\n", in.s);
		cs_quiet = false;
		sb_free(&in);
		sb_free(&want.b);
		sb_free(&got.b);
	}
	CHECK(same == compared && compared > n / 2,
	    "%d of %d random inputs read as libcsv reads them", same, compared);
}

int
main(void)
{
	char *p;

	if (!mkdtemp(dir))
		return 1;
	test_hash();
	test_mark();
	test_ckpt();
	test_sum_pieces();
	test_ckpt_parts();
	test_index();
	test_read_at();
	test_plain_lines();
	p = xasprintf("rm -rf '%s'", dir);
	if (system(p) != 0)
		printf("# could not remove %s\n", dir);
	free(p);
	return UNIT_DONE();
}
