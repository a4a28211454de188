/*
 * floor.c - the parser floor of `make bench`: parse CSV files and count
 * their records and fields, nothing else.
 *
 * usage: floor [-m bare|csopts|libcs] FILE...
 *
 *   bare    libcsv alone, the way a careful user sets it up (CSV_STRICT |
 *           CSV_STRICT_FINI | CSV_APPEND_NULL, default space handling),
 *           fed 256 KiB blocks straight from read(2).  The floor: every
 *           full scan of a file costs at least this much.
 *   csopts  libcsv with the options lib/csv.c gives it (CSV_REPALL_NL and,
 *           for a block holding a space or a tab, a space function that
 *           says no character is a space, so that unquoted spaces are
 *           kept), still fed whole blocks.
 *   libcs   lib/csv.c's csv_read (line splitting, NUL and UTF-8 checks,
 *           fields handed over, a header check) with a callback that only
 *           counts.  What every cs command pays before its own work.  A
 *           file over 4 MiB is parsed on a second thread (CS_THREADS=1:
 *           on this one; see lib/csv.c).
 *
 * Prints one line per file and a total: records, fields, bytes.  Exits 65
 * on a parse error, 66 if a file cannot be opened.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cs.h"

#define BLOCK (256 * 1024)

enum floor_mode { MODE_BARE, MODE_CSOPTS, MODE_LIBCS };

struct count {
	long long records, fields, bytes;
};

static void
on_field(void *s, size_t len, void *data)
{
	struct count *n = data;

	(void)s;
	(void)len;
	n->fields++;
}

static void
on_record(int c, void *data)
{
	struct count *n = data;

	(void)c; /* -1: a last record without a line end */
	n->records++;
}

/* CSV_REPALL_NL calls back for every line end, records or not: count the
 * records the way lib/csv.c does, by the fields seen since the last. */
struct csopts_count {
	struct count n;
	long long fields_at_last;
};

static void
on_field_cs(void *s, size_t len, void *data)
{
	struct csopts_count *c = data;

	(void)s;
	(void)len;
	c->n.fields++;
}

static void
on_record_cs(int ch, void *data)
{
	struct csopts_count *c = data;

	(void)ch;
	if (c->n.fields > c->fields_at_last) {
		c->n.records++;
		c->fields_at_last = c->n.fields;
	}
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static int
parse_libcsv(const char *path, enum floor_mode mode, struct count *n)
{
	struct csv_parser p;
	struct csopts_count cc = {{0, 0, 0}, 0};
	unsigned opts = CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL;
	char *buf;
	ssize_t k;
	int fd, st = 0;

	if ((fd = open(path, O_RDONLY)) < 0) {
		cs_warn("%s: cannot open: %s", path, strerror(errno));
		return CS_EX_NOINPUT;
	}
	if (mode == MODE_CSOPTS)
		opts |= CSV_REPALL_NL;
	if (csv_init(&p, opts) != 0) {
		close(fd);
		cs_warn("csv_init failed");
		return CS_EX_SOFTWARE;
	}
	if (mode == MODE_CSOPTS)
		csv_set_blk_size(&p, 4096);
	buf = xmalloc(BLOCK);
	while ((k = read(fd, buf, BLOCK)) != 0) {
		if (k < 0) {
			if (errno == EINTR)
				continue;
			cs_warn("%s: cannot read: %s", path, strerror(errno));
			st = CS_EX_IOERR;
			break;
		}
		n->bytes += k;
		/* lib/csv.c sets the space function (an indirect call per
		 * byte) only where there is a space or a tab */
		if (mode == MODE_CSOPTS)
			csv_set_space_func(&p, memchr(buf, ' ', (size_t)k) ||
			    memchr(buf, '\t', (size_t)k) ? no_space : NULL);
		if ((mode == MODE_CSOPTS ?
		    csv_parse(&p, buf, (size_t)k, on_field_cs, on_record_cs, &cc) :
		    csv_parse(&p, buf, (size_t)k, on_field, on_record, n)) !=
		    (size_t)k) {
			cs_warn("%s: %s", path, csv_strerror(csv_error(&p)));
			st = CS_EX_DATAERR;
			break;
		}
	}
	if (st == 0 && (mode == MODE_CSOPTS ?
	    csv_fini(&p, on_field_cs, on_record_cs, &cc) :
	    csv_fini(&p, on_field, on_record, n)) != 0) {
		cs_warn("%s: %s", path, csv_strerror(csv_error(&p)));
		st = CS_EX_DATAERR;
	}
	if (mode == MODE_CSOPTS) {
		n->records += cc.n.records;
		n->fields += cc.n.fields;
	}
	csv_free(&p);
	free(buf);
	close(fd);
	return st;
}

static int
count_rec(const struct csv_rec *r, void *ctx)
{
	struct count *n = ctx;

	n->records++;
	n->fields += r->nf;
	return 0;
}

static int
parse_libcs(const char *path, struct count *n)
{
	int64_t end = 0;
	int st;

	st = csv_read(path, 0, CSV_READ_HEADER | CSV_READ_LEDGER, count_rec, n,
	    &end);
	n->bytes += end;
	return st;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{"mode", required_argument, NULL, 'm'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	static const char usage[] = "usage: floor [-m bare|csopts|libcs] FILE...\n";
	enum floor_mode mode = MODE_BARE;
	struct count total = {0, 0, 0};
	int c, st = 0;

	cs_setprogname(argv[0]);
	while ((c = getopt_long(argc, argv, "m:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'm':
			if (strcmp(optarg, "bare") == 0)
				mode = MODE_BARE;
			else if (strcmp(optarg, "csopts") == 0)
				mode = MODE_CSOPTS;
			else if (strcmp(optarg, "libcs") == 0)
				mode = MODE_LIBCS;
			else {
				fputs(usage, stderr);
				return CS_EX_USAGE;
			}
			break;
		case 'h':
			fputs(usage, stdout);
			return 0;
		default:
			fputs(usage, stderr);
			return CS_EX_USAGE;
		}
	}
	if (optind == argc) {
		fputs(usage, stderr);
		return CS_EX_USAGE;
	}
	for (int i = optind; i < argc && st == 0; i++) {
		struct count n = {0, 0, 0};

		st = mode == MODE_LIBCS ? parse_libcs(argv[i], &n) :
		    parse_libcsv(argv[i], mode, &n);
		printf("%s\t%lld records\t%lld fields\t%lld bytes\n",
		    path_base(argv[i]), n.records, n.fields, n.bytes);
		total.records += n.records;
		total.fields += n.fields;
		total.bytes += n.bytes;
	}
	printf("total\t%lld records\t%lld fields\t%lld bytes\n", total.records,
	    total.fields, total.bytes);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		cs_warn("write error");
		return CS_EX_IOERR;
	}
	return st;
}
