/* gen-xlsx - workbooks for the tests of cs-log --import FILE.xlsx.
 *
 *   gen-xlsx [-i] OUT.xlsx <ROWS
 *       A workbook made with libxlsxwriter from ROWS: one line a row,
 *       cells separated by tabs; a line "---" starts the next sheet.  A
 *       cell is text, or with a prefix:
 *         n:12.5          a number
 *         d:2026-02-12 09:30  a date-time cell (yyyy-mm-dd hh:mm)
 *         c:2026-02-12    a date in a Chinese custom format (yyyy"年"m"月"d"日")
 *         b:1             a boolean
 *         r:KH|0001       rich text: runs split at |, the first bold
 *         f:=1+2|3        a formula with its cached number
 *       and an empty cell is left out.  -i: strings inline (libxlsxwriter's
 *       constant_memory mode) instead of shared.
 *   gen-xlsx -z OUT.zip ENTRY=FILE...
 *       A zip (libzip) of the files under those entry names: hand-written
 *       workbooks (the 1904 system, odd XML, hostile files).  -Z: the same,
 *       stored uncompressed (fuzz seeds whose XML a fuzzer can see).
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>
#include <zip.h>

static int
die(const char *what)
{
	fprintf(stderr, "gen-xlsx: %s\n", what);
	return 1;
}

static int
make_zip(const char *out, int argc, char **argv, bool store)
{
	int err;
	zip_t *za = zip_open(out, ZIP_CREATE | ZIP_TRUNCATE, &err);

	if (!za)
		return die("cannot create the zip");
	for (int i = 0; i < argc; i++) {
		char *eq = strchr(argv[i], '=');
		zip_source_t *src;
		if (!eq)
			return die("expected ENTRY=FILE");
		*eq = '\0';
		zip_int64_t ix;
		if (!(src = zip_source_file(za, eq + 1, 0, -1)) ||
		    (ix = zip_file_add(za, argv[i], src, ZIP_FL_ENC_UTF_8)) < 0)
			return die(zip_strerror(za));
		if (store)
			zip_set_file_compression(za, (zip_uint64_t)ix, ZIP_CM_STORE, 0);
	}
	if (zip_close(za) != 0)
		return die(zip_strerror(za));
	return 0;
}

static void
date_of(const char *s, lxw_datetime *d)
{
	memset(d, 0, sizeof *d);
	sscanf(s, "%d-%d-%d %d:%d", &d->year, &d->month, &d->day, &d->hour,
	    &d->min);
}

static void
cell(lxw_workbook *wb, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
     char *s, lxw_format **fmt)
{
	lxw_datetime d;

	if (!*s)
		return;
	if (s[0] && s[1] == ':' && strchr("ndcbrf", s[0])) {
		char *v = s + 2;
		switch (s[0]) {
		case 'n':
			worksheet_write_number(ws, r, c, strtod(v, NULL), NULL);
			return;
		case 'd':
			date_of(v, &d);
			worksheet_write_datetime(ws, r, c, &d, fmt[0]);
			return;
		case 'c':
			date_of(v, &d);
			worksheet_write_datetime(ws, r, c, &d, fmt[1]);
			return;
		case 'b':
			worksheet_write_boolean(ws, r, c, atoi(v), NULL);
			return;
		case 'f': {
			char *bar = strchr(v, '|');
			if (bar)
				*bar++ = '\0';
			worksheet_write_formula_num(ws, r, c, v, NULL,
			    bar ? strtod(bar, NULL) : 0);
			return;
		}
		case 'r': {
			lxw_rich_string_tuple t[8], *tp[9];
			int n = 0;
			for (char *p = strtok(v, "|"); p && n < 8; p = strtok(NULL, "|")) {
				t[n].format = n == 0 ? fmt[2] : NULL;
				t[n].string = p;
				tp[n] = &t[n];
				n++;
			}
			tp[n] = NULL;
			worksheet_write_rich_string(ws, r, c, tp, NULL);
			return;
		}
		}
	}
	(void)wb;
	worksheet_write_string(ws, r, c, s, NULL);
}

int
main(int argc, char **argv)
{
	lxw_workbook_options opt = {0};
	lxw_doc_properties props = {0};
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *fmt[3];
	char line[8192];
	lxw_row_t r = 0;
	int sheets = 1;

	if (argc >= 3 && (strcmp(argv[1], "-z") == 0 || strcmp(argv[1], "-Z") == 0))
		return make_zip(argv[2], argc - 3, argv + 3, argv[1][1] == 'Z');
	if (argc == 3 && strcmp(argv[1], "-i") == 0) {
		opt.constant_memory = LXW_TRUE;
		argv++;
		argc--;
	}
	if (argc != 2)
		return die("usage: gen-xlsx [-i] OUT.xlsx <ROWS | gen-xlsx -z "
		    "OUT.zip ENTRY=FILE...");
	if (!(wb = workbook_new_opt(argv[1], &opt)))
		return die("cannot create the workbook");
	props.created = 1767225600;	/* 2026-01-01: the same bytes each run */
	workbook_set_properties(wb, &props);
	fmt[0] = workbook_add_format(wb);
	format_set_num_format(fmt[0], "yyyy-mm-dd hh:mm");
	fmt[1] = workbook_add_format(wb);
	format_set_num_format(fmt[1], "yyyy\"年\"m\"月\"d\"日\"");
	fmt[2] = workbook_add_format(wb);
	format_set_bold(fmt[2]);
	ws = workbook_add_worksheet(wb, "Sheet1");
	while (fgets(line, sizeof line, stdin)) {
		lxw_col_t c = 0;
		char *p = line;

		line[strcspn(line, "\r\n")] = '\0';
		if (strcmp(line, "---") == 0) {
			char name[32];
			snprintf(name, sizeof name, "Sheet%d", ++sheets);
			ws = workbook_add_worksheet(wb, name);
			r = 0;
			continue;
		}
		for (;;) {
			char *tab = strchr(p, '\t');
			if (tab)
				*tab = '\0';
			cell(wb, ws, r, c++, p, fmt);
			if (!tab)
				break;
			p = tab + 1;
		}
		r++;
	}
	if (workbook_close(wb) != LXW_NO_ERROR)
		return die("cannot write the workbook");
	return 0;
}
